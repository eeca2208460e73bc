"""`mianba check-grader [--lang zh|en]`: give the configured LLM the grader check's exam.

Twelve answers of known quality (agent.grader_check); a model that scores them in
order has its scores believed from then on (until the endpoint or model changes).
Exit status: 0 passed, 1 did not pass, 2 no LLM endpoint configured or the exam could
not be finished (the endpoint failed; nothing is kept).
"""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "check-grader",
        help="test whether the configured LLM grades answers well enough to be believed",
        description="Score an exam of answers of known quality with the configured LLM.",
    )
    p.add_argument("--lang", choices=("zh", "en"), help="exam language (default: interview's)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from agent import LLMError
    from agent.grader_check import describe
    from mianba.grader import take_grader_check
    from mianba.settings import interview_language, load_settings
    from mianba.wiring import agent_config

    settings = load_settings()
    if not settings.llm.base_url:
        print("mianba check-grader: no LLM endpoint is configured (offline mode).", file=sys.stderr)
        return 2
    language = args.lang or interview_language(settings)
    print(f"{settings.llm.base_url} ({settings.llm.model}): scoring the exam answers…")
    try:
        check = take_grader_check(
            settings, language, on_answer=lambda done, total: print(f"  {done}/{total}", flush=True)
        )
    except LLMError as exc:  # the endpoint failed, not the model: there is no check to keep
        print(
            f"mianba check-grader: the exam could not be finished, nothing was kept: {exc}",
            file=sys.stderr,
        )
        return 2
    print(describe(check, language, agent_config(settings).scoring))
    return 0 if check.passed else 1
