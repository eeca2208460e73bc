"""agent._planning: which topics each stage can ask, and in what order (pure, no graph)."""

from __future__ import annotations

from agent._planning import build_plan, candidate_topics
from agent.prompts import interviewer as prompts
from agent.state import InterviewOptions
from knowledge import Citation, Question

ZH_INTRO = "面试官您好，我叫林知远，研究方向是检索增强生成和大模型对齐。"
EN_INTRO = "Good afternoon, I'm Lin Zhiyuan; my research is on retrieval-augmented generation."


def _q(qid: str, question: str, answer: str) -> Question:
    citation = Citation(source="/notes/intro.md", line_start=1, line_end=2)
    return Question(
        id=qid, question=question, answer=answer, stage="self_intro", topic="自我介绍",
        citation=citation,
    )  # fmt: skip


BANK = [
    _q("q-why", "你为什么从计算机视觉转到大模型方向？", "研一接触 RAG 后……"),
    _q("q-intro-zh", "请做一个自我介绍。", ZH_INTRO),
    _q("q-intro-en", "Please introduce yourself.", EN_INTRO),
]


def test_the_interview_opens_with_introduce_yourself_judged_against_the_notes() -> None:
    zh = candidate_topics("self_intro", BANK, [], "zh")
    assert zh[0].seed == prompts.SELF_INTRO["zh"]
    assert (zh[0].source_id, zh[0].reference) == ("q-intro-zh", ZH_INTRO)
    assert [t.source_id for t in zh[1:]] == ["q-why"]  # the notes' follow-ups come after
    en = candidate_topics("self_intro", BANK, [], "en")
    assert en[0].seed == prompts.SELF_INTRO["en"]
    assert (en[0].source_id, en[0].reference) == ("q-intro-en", EN_INTRO)


def test_notes_without_an_introduction_still_open_with_it() -> None:
    topics = candidate_topics("self_intro", BANK[:1], [], "zh")
    assert topics[0].seed == prompts.SELF_INTRO["zh"] and topics[0].reference == ""
    assert [t.source_id for t in topics[1:]] == ["q-why"]


def test_introduce_yourself_stays_first_even_when_asked_last_time() -> None:
    topics = candidate_topics("self_intro", BANK, [], "zh")
    plan = build_plan(
        InterviewOptions(stages=["self_intro"]),
        {"self_intro": 1},
        {"self_intro": topics},
        weak={"自我介绍": 20.0},
        recent={"q-intro-zh", prompts.SELF_INTRO["zh"]},
    )
    assert [t.source_id for t in plan[0].topics] == ["q-intro-zh"]
