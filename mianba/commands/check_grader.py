"""`mianba check-grader [--lang zh|en]`: give the configured LLM the grader check's exam.

Twelve answers of known quality (agent.grader_check); a model that scores them in
order has its scores believed from then on (until the endpoint or model changes).
Exit status: 0 passed, 1 did not pass, 2 no LLM endpoint configured.
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
    from agent import LLMGateway, Scorer
    from agent._grader_exam import exam
    from agent.grader_check import KINDS, describe, remember, take_exam
    from mianba.settings import load_settings
    from mianba.wiring import agent_config, grader_checks_path

    settings = load_settings()
    if not settings.llm.base_url:
        print("mianba check-grader: no LLM endpoint is configured (offline mode).", file=sys.stderr)
        return 2
    language = args.lang or settings.interview.language
    config = agent_config(settings).model_copy(update={"language": language})
    scorer = Scorer(config, None, LLMGateway(config.llm))
    count = len(exam(language)) * len(KINDS)
    print(f"{settings.llm.base_url} ({settings.llm.model}): scoring {count} exam answers…")
    check = take_exam(
        scorer, language=language, on_answer=lambda done, total: print(f"  {done}/{total}")
    )
    remember(grader_checks_path(settings), check)
    print(describe(check, language, config.scoring))
    return 0 if check.passed else 1
