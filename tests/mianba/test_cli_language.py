"""The terminal speaks the session's language: feedback, scores and the report of a zh
session are worded in Chinese (notes and answers are quoted as written), an en session's
in English."""

from __future__ import annotations

import io
import re

import pytest

from agent import KeyPoint, QuestionAsked, QuestionDelta, ScoreReady, StageChanged, TurnScore
from agent.report import Report, Repractise, WeakTopic
from mianba.commands._interview_view import EventPrinter, print_report, score_text

# English words the terminal itself writes around a session (not the notes' words)
ENGLISH_CHROME = re.compile(
    r"Interviewer|feedback on|missed:|offline estimate|Overall|answered|Dimensions|Strengths"
    r"|Weakest|Worth practising|Self-introduction|Fundamentals|Conflict|Key-point"
)


def _report() -> Report:
    return Report(
        session_id="s",
        overall=40,
        by_stage={"self_intro": 50, "behavioral": 30},
        by_dimension={"structure": 2.0, "star_structure": 1.5},
        strengths=["Self-introduction"],
        weak_topics=[
            WeakTopic(stage="behavioral", topic="Conflict", score=30),
            WeakTopic(stage="fundamentals", topic="LoRA", score=35),
        ],
        repractise=[Repractise(turn_id="t002", question="讲一次意见冲突的经历？", overall=30)],
        answered=2,
        scored=2,
        failed=1,
        basis="offline_estimate",
    )


def test_a_zh_report_is_worded_in_chinese() -> None:
    out = io.StringIO()
    print_report(_report(), out, "zh")
    text = out.getvalue()
    assert ENGLISH_CHROME.search(text) is None, text
    assert "==== 面试报告 ====" in text
    assert "总分：40/100（离线估计）" in text and "已回答 2 题" in text
    assert "1 个回答评分失败" in text
    assert "  自我介绍：50/100（离线估计）" in text
    assert "结构 2.0" in text and "STAR结构 1.5" in text
    assert "优势：自我介绍" in text  # a stage's own name reads as the stage, in zh
    assert "  * 意见冲突（30/100，离线估计）" in text  # a canonical topic, named in zh
    assert "  * LoRA（35/100，离线估计）" in text  # a term stays as it is
    assert "  * [t002] 讲一次意见冲突的经历？（30/100，离线估计）" in text


def test_an_en_report_keeps_its_english_words() -> None:
    out = io.StringIO()
    print_report(_report(), out, "en")
    text = out.getvalue()
    assert "Overall: 40/100 (offline estimate)   answered: 2, scored: 2" in text
    assert "  Self-introduction: 50/100 (offline estimate)" in text
    assert "  * Conflict (30/100, offline estimate)" in text
    assert "Strengths: Self-introduction" in text
    assert "1 answer: scoring failed" in text  # not "1 answer(s)"
    assert not re.search(r"[\u4e00-\u9fff]", text.replace("讲一次意见冲突的经历？", ""))


def test_the_report_says_which_rough_estimates_a_figure_counts_or_leaves_out() -> None:
    """The window's report says "incl. 1 rough estimate" beside a stage and "leaving out 2
    rough estimates" beside a weak topic; `mianba sessions show` printed neither, so the
    stage's 23 and the topic's 32 disagreed unexplained."""
    report = _report().model_copy(
        update={
            "rough_by_stage": {"self_intro": 1, "behavioral": 2},
            "weak_topics": [WeakTopic(stage="behavioral", topic="Conflict", score=30, left_out=2)],
        }
    )
    out = io.StringIO()
    print_report(report, out, "en")
    text = out.getvalue()
    assert "  Self-introduction: 50/100 (offline estimate); incl. 1 rough estimate\n" in text
    assert "  Behavioral: 30/100 (offline estimate); incl. 2 rough estimates\n" in text
    assert "  * Conflict (30/100, offline estimate, leaving out 2 rough estimates)" in text
    out = io.StringIO()
    print_report(report, out, "zh")
    text = out.getvalue()
    assert "  自我介绍：50/100（离线估计）；含 1 个粗略估计\n" in text
    assert "  * 意见冲突（30/100，离线估计，未计入 2 个粗略估计）" in text


def test_a_zh_session_streams_questions_and_feedback_in_chinese() -> None:
    missed = KeyPoint(point="B 初始化为 0", status="missed")
    score = TurnScore(
        status="offline_estimate", overall=20, summary="覆盖参考要点 0/1", key_points=[missed]
    )
    out = io.StringIO()
    printer = EventPrinter(out, offline=True, language="zh")
    printer.show(
        [
            StageChanged(stage="fundamentals"),
            QuestionDelta(turn_id="t001", text="LoRA 的原理？"),
            QuestionAsked(turn_id="t001", stage="fundamentals", topic="LoRA", text="LoRA 的原理？"),
            ScoreReady(turn_id="t000", score=score, visible=True),
            QuestionAsked(turn_id="t002", stage="fundamentals", topic="RAG", text="RAG 是什么？"),
        ]
    )
    text = out.getvalue()
    assert ENGLISH_CHROME.search(text) is None, text
    assert "== 基础知识 ==" in text and "[t001] 面试官：LoRA 的原理？" in text
    assert "  -- t000 的反馈：20/100（离线估计）" in text
    assert "     遗漏：B 初始化为 0" in text
    assert "[t002] 面试官：RAG 是什么？" in text  # re-announced after a resume


def test_score_text_names_how_a_score_was_made_in_either_language() -> None:
    guarded = TurnScore(status="guarded", overall=0)
    assert score_text(guarded, offline=True, language="zh") == "0/100 · 离线估计（经规则校正）"
    assert score_text(guarded, language="en") == "0/100 · rule-based (guarded)"  # no (( ))
    offline = TurnScore(status="offline_estimate", overall=20)
    assert score_text(offline, language="en") == "20/100 (offline estimate)"
    failed = TurnScore(status="failed", error="timeout")
    assert score_text(failed, language="zh") == "评分失败 - timeout"
    assert score_text(TurnScore(status="llm", overall=71), language="zh") == "71/100"


@pytest.mark.parametrize(
    ("language", "missed", "against"),
    [("zh", "遗漏：", "可能矛盾："), ("en", "missed: ", "may contradict: ")],
)
def test_a_point_said_against_the_notes_is_not_listed_as_missed(
    language: str, missed: str, against: str
) -> None:
    """The candidate said it: "遗漏：只学习一个低秩增量…" right after saying it reads as not
    listening; the card's word for it is the hedged "may contradict"."""
    points = [
        KeyPoint(point="B 初始化为 0", status="missed"),
        KeyPoint(point="推理时没有额外延迟", status="contradicted"),
    ]
    score = TurnScore(status="offline_estimate", overall=20, key_points=points)
    out = io.StringIO()
    EventPrinter(out, offline=True, language=language).show(
        [
            ScoreReady(turn_id="t001", score=score, visible=True),
            QuestionAsked(turn_id="t002", stage="fundamentals", topic="LoRA", text="LoRA？"),
        ]
    )
    text = out.getvalue()
    assert f"{against}推理时没有额外延迟" in text and f"{missed}B 初始化为 0" in text
    assert f"{missed}推理时没有额外延迟" not in text


def test_weak_topics_citing_no_notes_are_not_sent_to_review_the_notes() -> None:
    """An interview with no notes ended "Weakest topics - review these notes:" over topics
    with nothing to review; with a citation the notes are named, as before."""
    from knowledge import Citation

    for language, bare, cited in (
        ("en", "Weakest topics:\n", "Weakest topics - review these notes:\n"),
        ("zh", "最薄弱的话题：\n", "最薄弱的话题——复习这些笔记：\n"),
    ):
        out = io.StringIO()
        print_report(_report(), out, language)
        assert bare in out.getvalue() and cited not in out.getvalue()
        note = Citation(source="/notes/behavioral.md", line_start=3, line_end=9)
        weak = [WeakTopic(stage="behavioral", topic="Conflict", score=30, review=[note])]
        out = io.StringIO()
        print_report(_report().model_copy(update={"weak_topics": weak}), out, language)
        assert cited in out.getvalue()
