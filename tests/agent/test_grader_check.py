"""The grader check (agent.grader_check): an LLM takes an exam of answers of known quality
over HTTP (the real gateway, the scripted server playing graders of known skill), and a
grader that passed has its scores believed (ScoringConfig.grader_trusted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from grader_fixtures import asked, careful_grader
from scoring_fixtures import rubric_reply
from scripted_server import RecordedRequest, ScriptedLLMServer, Status

from agent import (
    AgentConfig,
    Answer,
    LLMConfig,
    LLMConnectionError,
    LLMError,
    LLMGateway,
    LLMRateLimitError,
    LLMServerError,
    Scorer,
    ScoringConfig,
)
from agent._grader_exam import exam
from agent.grader_check import GraderCheck, exam_reference, latest, passed, remember, take_exam
from agent.keypoints import key_points


def scorer_for(llm_config: LLMConfig, tmp_path: Path, language: str = "zh", **scoring: object):
    config = AgentConfig(
        sessions_db=tmp_path / "s.sqlite",
        llm=llm_config,
        language=language,  # type: ignore[arg-type]
        scoring=ScoringConfig(**scoring),  # type: ignore[arg-type]
    )
    return Scorer(config, None, LLMGateway(config.llm, sleep=lambda s: None))


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_careful_grader_passes_and_the_check_is_remembered(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path, language: str
):
    scripted_llm.on_chat = careful_grader(language)
    progress: list[tuple[int, int]] = []
    check = take_exam(
        scorer_for(llm_config, tmp_path, language),
        language=language,
        on_answer=lambda done, total: progress.append((done, total)),
    )
    assert (check.ordered, check.total, check.failed) == (3, 3, 0)
    assert check.passed and check.worst_wrong < 10
    assert progress[-1] == (12, 12) and len(progress) == 12

    path = tmp_path / "grader_checks.json"
    remember(path, check)
    base_url, model = llm_config.base_url or "", llm_config.model
    assert passed(path, base_url, model, language) == check
    assert passed(path, base_url, "another-model", language) is None  # a new model: a new exam
    assert passed(path, base_url, model, "en" if language == "zh" else "zh") is None


def test_a_grader_scoring_everything_alike_fails(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    """The 0.5B test model's habit: 4s for any answer, every point hit."""

    def alike(request: RecordedRequest) -> str:
        item, _ = asked(request, "zh")
        return rubric_reply(item.stage, len(key_points(item.notes, 8)), 4)

    scripted_llm.on_chat = alike
    check = take_exam(scorer_for(llm_config, tmp_path), language="zh")
    assert check.ordered == 0 and check.worst_wrong > 50 and not check.passed


def test_answers_a_grader_cannot_score_fail_the_check(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    careful = careful_grader("zh")
    scripted_llm.on_chat = lambda r: "不是 JSON" if "学习率预热" in r.user_text else careful(r)
    check = take_exam(scorer_for(llm_config, tmp_path), language="zh")
    assert check.failed == 1  # the off-topic answer: no JSON, even after the repair request
    assert check.ordered == 2 and not check.passed  # its question is not ordered


@pytest.mark.parametrize("status", [500, 429])
def test_an_endpoint_that_keeps_failing_ends_the_exam_and_keeps_nothing(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path, status: int
):
    """Server errors or rate limits past the gateway's retries say nothing of how the model
    grades: a "did not pass" kept for them would hold a good model's scores down."""
    scripted_llm.on_chat = careful_grader("zh")
    scripted_llm.push(*[Status(status, "busy")] * 4)
    progress: list[tuple[int, int]] = []
    with pytest.raises(LLMError) as raised:
        take_exam(
            scorer_for(llm_config, tmp_path),
            language="zh",
            on_answer=lambda done, total: progress.append((done, total)),
        )
    assert raised.type in (LLMServerError, LLMRateLimitError) and str(raised.value)
    assert progress == []  # stopped at the first answer


def test_an_endpoint_that_cannot_be_reached_ends_the_exam(tmp_path: Path):
    """No server on the port: the exam says nothing of a grader, so there is no check to
    keep (a 'did not pass' would hold a good model's scores down until it is taken again)."""
    unreachable = LLMConfig(base_url="http://127.0.0.1:9/v1", model="m", timeout_s=2, max_retries=1)
    progress: list[tuple[int, int]] = []
    with pytest.raises(LLMConnectionError, match=r"127\.0\.0\.1:9"):
        take_exam(
            scorer_for(unreachable, tmp_path),
            language="zh",
            on_answer=lambda done, total: progress.append((done, total)),
        )
    assert progress == []  # stopped at the first answer


def test_a_damaged_or_old_checks_file_means_no_check(tmp_path: Path):
    path = tmp_path / "grader_checks.json"
    path.write_text("{not json", encoding="utf-8")
    assert latest(path, "http://x/v1", "m", "zh") is None
    check = GraderCheck("http://x/v1", "m", "zh", 3, 3, 0.0, 0, "2026-12-06T10:00:00", exam="0")
    path.unlink()
    remember(path, check)
    assert latest(path, "http://x/v1", "m", "zh") is None  # taken on an older exam


VAGUE = "就是梯度太大的时候把它限制一下，防止训练不稳定，一般设个阈值。"


def test_a_trusted_graders_reading_counts_for_most_of_the_overall(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    """A vague but right answer the offline estimate scores near 0: a grader that passed
    the check scores it 3s with a point in part, and the overall follows the grader, not
    the estimate's band."""
    item = exam("zh")[0]
    n = len(key_points(item.notes, 8))
    reply = json.loads(rubric_reply(item.stage, n, 3, status="missed"))
    reply["key_points"]["2"]["mark"] = "partly"
    scripted_llm.on_chat = lambda r: reply
    reference = exam_reference(item, 0)
    turns = {
        trusted: scorer_for(llm_config, tmp_path, grader_trusted=trusted).score(
            item.question, Answer(text=VAGUE), item.stage, references=[reference]
        )
        for trusted in (False, True)
    }
    held, believed = turns[False], turns[True]
    assert held.overall is not None and believed.overall is not None
    assert believed.overall >= held.overall + 15
    assert [k.status for k in believed.key_points].count("partly") == 1
    assert "已通过评分校验" in believed.summary and "已通过评分校验" not in held.summary
    assert "上调" not in believed.summary  # its scores stand as it gave them
