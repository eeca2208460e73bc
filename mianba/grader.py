"""The grader check (agent.grader_check) for the configured endpoint: taken, kept, looked up.

The CLI (`mianba check-grader`) and the desktop's Settings page both call these.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from mianba.settings import Settings, interview_language
from mianba.wiring import agent_config, grader_checks_path

if TYPE_CHECKING:
    from agent.grader_check import GraderCheck


def take_grader_check(
    s: Settings,
    language: str | None = None,
    on_answer: Callable[[int, int], None] | None = None,
    api_key: str | None = None,
) -> GraderCheck:
    """Give the configured model the exam in `language` (default: the interview's), keep
    the result and return it (`api_key`: a key not yet stored, as the Settings page has
    typed it). Raises ValueError in offline mode, LLMError when the endpoint cannot be
    reached (nothing is kept then)."""
    from agent import LLMGateway, Scorer
    from agent.grader_check import remember, take_exam

    if not s.llm.base_url:
        raise ValueError("no LLM endpoint is configured (offline mode)")
    language = language or interview_language(s)
    config = agent_config(s).in_language(language)
    if api_key:
        config.llm = config.llm.model_copy(update={"api_key": api_key})
    scorer = Scorer(config, None, LLMGateway(config.llm))
    check = take_exam(scorer, language=language, on_answer=on_answer)
    remember(grader_checks_path(s), check)
    return check


def latest_grader_check(s: Settings) -> GraderCheck | None:
    """The configured model's last check in the interview's language, if it took one."""
    from agent.grader_check import latest

    if not s.llm.base_url:
        return None
    return latest(grader_checks_path(s), s.llm.base_url, s.llm.model, interview_language(s))
