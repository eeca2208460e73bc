"""A short zh interview through the real Interviewer, the real gateway and the local model.

The model writes the questions (streamed) and the scores; code still decides the rest:
a deep-dive question names the candidate's project, a statement is never asked as a
question, guarded answers never reach the model, every score is valid and in range.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from interview_fixtures import MemoryRetriever, drive, of_type
from llm_tier import needs_llm, report

from agent import AgentConfig, Interviewer, InterviewOptions, LLMConfig, LLMGateway, _rubric
from agent._llm_questions import asks_something

pytestmark = [needs_llm, pytest.mark.slow]

ANSWERS = [
    # the project deep-dive: what the notes say, told well
    "我负责检索部分。原来只用向量检索，很多带型号和专有名词的问题召回不到，"
    "我加了 BM25 和向量的混合检索，召回率从 71% 提到 89%；又加了 cross-encoder 重排，"
    "最后用 vLLM 部署，把延迟降到 300ms。",
    "不知道",  # guarded: too short, never sent to the model
    "过拟合就是模型把训练集学得太好，在测试集上反而变差。可以用正则化、dropout、早停，"
    "也可以增加数据或者做数据增强。",
]


def test_a_short_zh_interview_with_the_local_model(mianba_home: Path, real_llm: LLMConfig):
    config = AgentConfig(
        sessions_db=mianba_home / "sessions.sqlite", llm=real_llm, max_follow_ups=1
    )
    gateway = LLMGateway(real_llm)
    iv = Interviewer(config, MemoryRetriever(), llm=gateway)
    options = InterviewOptions(stages=["project", "fundamentals"], minutes=5, language="zh")
    start = time.perf_counter()
    sid = iv.start(options)
    events = drive(iv, sid, ANSWERS)
    iv.close()
    seconds = time.perf_counter() - start

    asked = of_type(events, "question_asked")
    deltas = of_type(events, "question_delta")
    scores = [e.score for e in of_type(events, "score_ready")]
    for q in asked:
        report(f"question ({q.stage}{', follow-up' if q.is_follow_up else ''}): {q.text}")
    for s in scores:
        report(f"interview score: {s.status} overall={s.overall} {s.summary[:80]}")
    usage = gateway.usage
    report(
        f"interview: {len(asked)} questions, {len(scores)} scores in {seconds:.0f} s; "
        f"{usage.calls} calls, {usage.prompt_tokens} prompt + {usage.completion_tokens} "
        "completion tokens"
    )

    assert len(asked) >= 2 and usage.completion_tokens > 0
    for q in asked:  # streamed: several pieces per question, joined into the final text
        assert len([d for d in deltas if d.turn_id == q.turn_id]) > 1
    project = [q for q in asked if q.stage == "project" and not q.is_follow_up]
    assert project and all("企业知识库问答" in q.text for q in project)
    assert all(asks_something(q.text) for q in asked)  # a statement is never asked
    assert scores and all(s.status in ("llm", "guarded") for s in scores), [s.error for s in scores]
    assert any(s.status == "guarded" for s in scores)  # "不知道"
    assert any(s.status == "llm" for s in scores)
    for s in scores:
        assert s.overall is not None and 0 <= s.overall <= 100
        stage_dims = {d.name for dims in _rubric.RUBRIC.values() for d in dims}
        assert {d.name for d in s.dimensions} <= stage_dims
