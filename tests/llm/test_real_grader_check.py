"""The grader check against the real local model: the exam's first question, four answers.

What must hold whatever the model's taste: every answer scored (valid structured
replies), the result kept and read back, and the trust that follows from it the one the
check decided (a model that did not pass stays held near the offline estimate). What the
model scored, and whether it passed, is printed for the report.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from llm_tier import LLM_URL, MODEL, needs_llm, report

from agent import AgentConfig, LLMConfig, LLMGateway, Scorer
from agent.grader_check import describe, passed, remember, take_exam

pytestmark = [needs_llm, pytest.mark.slow]


def test_the_real_model_takes_the_exam(tmp_path: Path):
    llm = LLMConfig(base_url=LLM_URL, model=MODEL, api_key="sk-none", timeout_s=300)
    scorer = Scorer(AgentConfig(sessions_db=tmp_path / "s.sqlite", llm=llm), None, LLMGateway(llm))
    check = take_exam(scorer, language="zh", limit=1)
    report(f"grader check (1 question): {describe(check, 'en')}")

    assert check.failed == 0  # every answer scored: the replies had the required form
    assert check.total == 1 and check.ordered in (0, 1)
    path = tmp_path / "grader_checks.json"
    remember(path, check)
    assert (passed(path, LLM_URL, MODEL, "zh") is not None) == check.passed
