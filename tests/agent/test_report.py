"""The end-of-interview report reads as one account: a topic is a strength or a weakness,
never both; strengths and weak topics are both topics; template topics are named as
their stage is; a dimension's average is shown beside the stage whose rubric has it."""

from __future__ import annotations

import io

from agent import Answer, DimensionScore, Turn, TurnScore
from agent._export import _dimension_lines
from agent.report import Report, WeakTopic, build_report, dimensions_by_stage
from mianba.commands._interview_view import print_report

_DIMENSIONS = {
    "self_intro": ("structure", "relevance", "concision"),
    "fundamentals": ("correctness", "depth", "key_point_coverage", "clarity"),
    "behavioral": ("star_structure", "specificity", "reflection"),
}


def _turn(
    n: int, stage: str, topic: str, overall: float, points: int, *, guarded: bool = False
) -> Turn:
    score = TurnScore(
        status="guarded" if guarded else "offline_estimate",
        overall=overall,
        dimensions=[DimensionScore(name=d, score=points, reason="") for d in _DIMENSIONS[stage]],
    )
    return Turn(
        turn_id=f"t{n:03d}",
        seq=n,
        stage=stage,  # type: ignore[arg-type]
        topic=topic,
        question=f"question {n}",
        is_follow_up=n > 1 and topic != "self-introduction",
        answer=Answer(text=f"answer {n}"),
        score=score,
    )


def _session(language: str = "en") -> list[Turn]:
    """A strong introduction, then LoRA answered well once and off-topic on the follow-up,
    then two off-topic answers the guards zeroed."""
    intro = "self-introduction" if language == "en" else "自我介绍"
    behavioral = "behavioral" if language == "en" else "行为面试"
    return [
        _turn(1, "self_intro", intro, 95, 5),
        _turn(2, "fundamentals", "LoRA", 85, 5),
        _turn(3, "fundamentals", "LoRA", 0, 1, guarded=True),
        _turn(4, "fundamentals", "Dropout", 0, 1, guarded=True),
        _turn(5, "behavioral", behavioral, 20, 1),
    ]


def test_a_topic_is_never_both_a_strength_and_a_weakness() -> None:
    report = build_report("s", _session(), offline=True)
    weak = {w.topic for w in report.weak_topics}
    assert "LoRA" in weak, "one strong turn does not outweigh an off-topic follow-up"
    assert not weak & set(report.strengths)
    assert report.strengths == ["Self-introduction"]
    assert not set(report.strengths) & set(report.by_dimension), "strengths are topics only"


def test_template_topics_are_named_as_their_stage_in_the_sessions_language() -> None:
    en = build_report("s", _session("en"), offline=True)
    zh = build_report("s", _session("zh"), offline=True)
    assert "Behavioral" in {w.topic for w in en.weak_topics}
    assert "行为面试" in {w.topic for w in zh.weak_topics} and zh.strengths == ["自我介绍"]
    shown = io.StringIO()
    print_report(en, shown)
    assert "behavioral (" not in shown.getvalue() and "self-introduction" not in shown.getvalue()


def test_relevance_is_shown_beside_the_introduction_it_was_measured_on() -> None:
    report = build_report("s", _session(), offline=True)
    assert report.by_dimension["relevance"] == 5.0  # the introduction alone has it
    groups = dict(dimensions_by_stage(report.by_dimension))
    assert set(groups) == {"self_intro", "fundamentals", "behavioral"}
    assert "relevance" in groups["self_intro"]
    assert groups["fundamentals"]["correctness"] == round((5 + 1 + 1) / 3, 2)
    shown = io.StringIO()
    print_report(report, shown)
    lines = shown.getvalue().splitlines()
    (relevance_line,) = [line for line in lines if "Relevance" in line]
    assert relevance_line.strip().startswith("Self-introduction:")
    (zh_line,) = [line for line in _dimension_lines(report.by_dimension, "zh") if "相关性" in line]
    assert zh_line.startswith("- 自我介绍：") and "正确性" not in zh_line


def test_a_follow_up_worth_practising_is_shown_with_the_question_it_followed() -> None:
    main = _turn(2, "fundamentals", "LoRA", 85, 5).model_copy(
        update={"is_follow_up": False, "question": "LoRA 的原理是什么？"}
    )
    generic = _turn(3, "fundamentals", "LoRA", 20, 1).model_copy(
        update={"question": "我们回到问题本身：它最基本的思路是什么？"}
    )
    report = build_report("s", [main, generic], offline=True)
    assert [r.question for r in report.repractise] == [
        "LoRA 的原理是什么？ → 我们回到问题本身：它最基本的思路是什么？"
    ]


def test_asking_what_the_question_meant_is_not_counted_as_an_answer() -> None:
    """A reader's "没听懂你的意思" was scored 0, averaged into the stage and listed to
    practise again; the question is asked again in other words and that answer counts."""
    main = _turn(2, "fundamentals", "sqrt(d_k)", 0, 1, guarded=True).model_copy(
        update={"is_follow_up": False}
    )
    main.score.guard = "not_understood"  # type: ignore[union-attr]
    rephrased = _turn(3, "fundamentals", "sqrt(d_k)", 90, 5)
    report = build_report("s", [main, rephrased], offline=True)
    assert report.overall == 90 and report.scored == 1
    assert report.repractise == [] and report.weak_topics == []
    # its card says no answer was given: the report counts it neither answered nor scored
    # ("已回答 3 题，已评分 2 题" beside a card of 0/100), and its 1s are in no mean
    assert report.answered == 1
    assert report.by_dimension["correctness"] == 5.0
    dont_know = main.model_copy(deep=True)
    dont_know.score.guard = "not_known"  # type: ignore[union-attr]
    assert build_report("s", [dont_know, rephrased], offline=True).overall == 45


def test_a_weak_topic_says_which_rough_estimates_its_figure_leaves_out() -> None:
    """The report listed "Self-introduction (32)" to work on while its stage said 23: the
    stage counts a capped rough estimate (an answer in another language than the notes),
    the topic's mean does not. Both figures stay; the topic says what it leaves out."""
    from agent import InterviewOptions, Look, report_html
    from agent._export import _markdown
    from agent._html import words_in
    from agent.prompts.scoring import OTHER_LANGUAGE_DETAILS

    intro = _turn(1, "self_intro", "自我介绍", 31.7, 2)
    rough = _turn(2, "self_intro", "自我介绍", 14.2, 1).model_copy(update={"is_follow_up": True})
    rough.score.summary = OTHER_LANGUAGE_DETAILS.said_in("zh")  # type: ignore[union-attr]
    report = build_report("s", [intro, rough], offline=True)
    assert report.by_stage == {"self_intro": 22.9} and report.rough_by_stage == {"self_intro": 1}
    (weak,) = report.weak_topics
    assert (weak.score, weak.left_out) == (31.7, 1)
    shown = report_html(report, Look())
    assert "(32, leaving out 1 rough estimate)" in shown
    assert "incl. 1 rough estimate<" in shown  # beside the stage's 23
    zh = report_html(report, Look(words=words_in("zh")))
    assert "自我介绍（32，未计入 1 个粗略估计）" in zh  # full-width brackets: "自我介绍 (59)"
    options = InterviewOptions(language="zh").model_dump(mode="json")
    doc = {"id": "s", "started_at": "", "ended_at": "", "options": options, "turns": []}
    doc |= {"report": report.model_dump(mode="json"), "score_basis": report.basis}
    markdown = _markdown(doc)
    assert (
        "32/100，未计入 1 个粗略估计" in markdown
        and "23/100（离线估计）；含 1 个粗略估计" in markdown
    )


def test_rough_estimates_are_counted_in_proper_english() -> None:
    """ "incl. 1 rough estimate(s)" in the report, the exports and the window: one is an
    estimate, two are estimates."""
    from agent import InterviewOptions, Look, report_html, rough_estimates
    from agent._export import _markdown

    assert rough_estimates(1, "en") == "1 rough estimate"
    assert rough_estimates(2, "en") == "2 rough estimates"
    assert rough_estimates(2, "zh") == "2 个粗略估计"
    report = Report(
        session_id="s",
        overall=30,
        by_stage={"self_intro": 30},
        rough_by_stage={"self_intro": 2},
        weak_topics=[WeakTopic(stage="self_intro", topic="Intro", score=30, left_out=2)],
        basis="offline_estimate",
    )
    shown = report_html(report, Look())
    assert "incl. 2 rough estimates<" in shown and "(30, leaving out 2 rough estimates)" in shown
    assert "(s)" not in shown
    options = InterviewOptions(language="en").model_dump(mode="json")
    doc = {"id": "s", "started_at": "", "ended_at": "", "options": options, "turns": []}
    doc |= {"report": report.model_dump(mode="json"), "score_basis": report.basis}
    markdown = _markdown(doc)
    assert "; incl. 2 rough estimates" in markdown and "leaving out 2 rough estimates" in markdown
    assert "(s)" not in markdown


def test_delivery_and_failed_counts_are_worded_in_proper_english() -> None:
    """The exports said "1 spoken answer(s) · 0 filler word(s) · 0 long pause(s)"."""
    from agent import InterviewOptions
    from agent._export import _markdown
    from agent._export_text import delivery_line

    one = {"voice_answers": 1, "filler_count": 1, "long_pauses": 1, "longest_pause_s": 2.0}
    assert delivery_line(one, "en") == (
        "1 spoken answer · 1 filler word · 1 long pause (longest 2.0 s)"
    )
    none = {"voice_answers": 2, "filler_count": 0, "long_pauses": 0, "longest_pause_s": 0.0}
    assert delivery_line(none, "en") == (
        "2 spoken answers · 0 filler words · 0 long pauses (longest 0.0 s)"
    )
    report = Report(session_id="s", overall=30, answered=2, scored=1, failed=1)
    options = InterviewOptions(language="en").model_dump(mode="json")
    doc = {"id": "s", "started_at": "", "ended_at": "", "options": options, "turns": []}
    doc |= {"report": report.model_dump(mode="json"), "score_basis": report.basis}
    assert "1 answer: scoring failed - retry from the app." in _markdown(doc)


def _asked(n: int, topic: str, question: str, overall: float, follow_up: bool) -> Turn:
    turn = _turn(n, "fundamentals", topic, overall, 1)
    return turn.model_copy(update={"question": question, "is_follow_up": follow_up})


def test_a_topic_named_by_a_cut_question_is_listed_by_the_whole_question() -> None:
    # "使用外挂知识库主要是为了解决…" listed as a weak topic reads as a sentence broken off
    turns = [
        _asked(1, "向量索引为什么要用…", "接下来聊聊基础。向量索引为什么要用 HNSW？", 10, False),
        _asked(2, "向量索引为什么要用…", "那构建的时候呢？", 20, True),
        _asked(3, "Why pick cosine over…", "Why pick cosine over dot product here?", 12, False),
    ]
    weak = {w.topic: w.score for w in build_report("s1", turns).weak_topics}
    assert weak == {"向量索引为什么要用 HNSW": 15.0, "Why pick cosine over dot product here": 12.0}
