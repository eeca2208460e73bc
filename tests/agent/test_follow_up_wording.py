"""How an offline follow-up names its point: an English clause is no noun, a claim is no
thing, a lesson is asked as a lesson, a figure is the candidate's, a lead is not repeated."""

from __future__ import annotations

import re

import pytest
from follow_up_fixtures import ask

from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import Point, handle, key_points
from agent.state import InterviewOptions

ENGLISH_CLAUSES = [
    "during training each unit is zeroed with probability p",
    "I added position-bias correction with inverse propensity weighting",
]


@pytest.mark.parametrize("point", ENGLISH_CLAUSES)
@pytest.mark.parametrize("stage", ["fundamentals", "project"])
@pytest.mark.parametrize("hits", [(), ("Dropout",)])
def test_an_english_clause_is_never_put_where_a_noun_belongs(
    point: str, stage: str, hits: tuple[str, ...]
) -> None:
    for seq in range(3):
        text = ask(point, stage, "en", seq, hits)
        # "What about during training…", "tell me about how you…?", "Another angle: how you…?"
        assert not re.search(r"\babout (during|how you|you)\b|about [a-z]+ (is|are)\b", text)
        assert not re.search(r"(angle|thing|detail): how you", text), text
        assert text.endswith("?") and "I added" not in text


@pytest.mark.parametrize(
    ("point", "language"),
    [
        ("it is by far the most expensive stage", "en"),
        ("this approach reduces memory a lot", "en"),
        ("它的计算量比全量微调小得多", "zh"),
        ("这就是 GQA 要解决的问题", "zh"),
        ("代码数据的预处理流程如下", "zh"),  # announces a list, says nothing itself
    ],
)
def test_a_clause_that_lost_its_subject_is_not_read_out(point: str, language: str) -> None:
    for seq in range(3):
        text = ask(point, "fundamentals", language, seq)
        named = point.split(" ", 1)[1] if language == "en" else point[2:]
        assert named not in text, text  # asked without naming it


def test_a_thought_is_not_said_as_how_you_did_it() -> None:
    text = ask("I thought it would wrongly refuse short questions", "behavioral", "en", 1)
    assert "how you thought" not in text and "you thought it would" in text


@pytest.mark.parametrize("seq", [0, 1, 2])
def test_quotes_in_a_chinese_follow_up_are_chinese_quotes_with_no_space_before_them(
    seq: int,
) -> None:
    text = ask('指标是 Recall@5、MRR 和答案"有依据率"', "project", "zh", seq)
    assert "“有依据率”" in text and '"' not in text and "” " not in text


def test_a_labelled_figure_is_named_with_its_label() -> None:
    for seq in range(3):
        text = ask("有依据率：62% → 84%", "project", "zh", seq)
        assert "有依据率 62% → 84%" in text, text


def test_a_point_whose_short_clause_says_nothing_is_named_by_its_main_clause() -> None:
    point = Point(
        text="L1 adds the sum of absolute weights to the loss and drives many weights to "
        "exactly zero, so it also selects features"
    )
    about = FollowUp(point, [], "project")  # named: a knowledge claim is not (test_aspects)
    text = offline_follow_up(about, InterviewOptions(language="en"), seq=1)
    assert "drives many weights to exactly zero" in text, text


def test_a_claim_is_never_asked_as_if_it_were_a_noun() -> None:
    """ "那 HNSW 算法是基于可导航小世界图的概念呢？" asks "what about <a sentence>?"."""
    probe = key_points("HNSW 算法是一种图算法。它是基于可导航小世界图的概念，搜索很快。")[1]
    hit = [Point(text="HNSW 是分层的图")]
    for seq in range(6):
        asked = offline_follow_up(
            FollowUp(probe, hit, "fundamentals", "HNSW 是分层的图"), InterviewOptions(), seq
        )
        assert "呢？" not in asked, asked


def test_a_remark_on_a_claim_does_not_name_the_point() -> None:
    """ "接着说说：代价是参数稍多，它是怎么起作用的？" named the remark after the claim."""
    point = Point(text="实践中加到所有线性层（q/k/v/o 和 MLP）通常效果更好，代价是参数稍多")
    told = "LoRA 只能加在 embedding 层上。"
    for seq in (1, 2, 3):
        about = FollowUp(point, [], "fundamentals", told, told)
        text = offline_follow_up(about, InterviewOptions(language="zh"), seq)
        assert "代价是参数稍多" not in text, text
    english = Point(
        text="Adding it to every linear layer usually works better, the cost is more params"
    )
    text = offline_follow_up(
        FollowUp(english, [], "fundamentals"), InterviewOptions(language="en"), 1
    )
    assert not text.lower().startswith("the cost") and "cost is more params," not in text


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_lesson_the_notes_drew_is_asked_as_a_lesson(language: str) -> None:
    """Read in an interview: "那用数据而不是观点说服人这件事，当时是什么情况、你是怎么做的？" -
    the story's lesson asked as if it were an event."""
    story = "S：同事想上 TensorRT-LLM\nA：两个方案各做 3 天 PoC\n反思：用数据而不是观点说服人"
    lesson = Point(text="反思：用数据而不是观点说服人")
    about = FollowUp(lesson, [], "behavioral", "我们各做了 PoC。", told="我们各做了 PoC。")  # type: ignore[arg-type]
    text = offline_follow_up(about, InterviewOptions(language=language), seq=1, asked=[story])  # type: ignore[arg-type]
    assert "用数据而不是观点说服人" in text and ("体会" in text or "lesson" in text), text
    assert "当时是什么情况" not in text, text


def test_a_point_named_as_the_candidates_says_no_figure_they_did_not() -> None:
    """Read: "You mentioned rules engine, caught only 58% of fraud." after "it was catching,
    I don't remember exactly, around half the fraud"."""
    hit = Point(text="rules engine caught only 58% of fraud")
    probe = Point(text="labels arrive late, so we trained on data older than 60 days")
    said = "the old rules engine was catching around half the fraud, roughly"
    about = FollowUp(probe, [hit], "project", said)  # type: ignore[arg-type]
    for seq in (1, 2, 3):
        text = offline_follow_up(about, InterviewOptions(language="en"), seq=seq)
        assert "58%" not in text, text
    exact = FollowUp(probe, [hit], "project", "the rules engine caught only 58% of fraud")  # type: ignore[arg-type]
    assert any(
        "58%" in offline_follow_up(exact, InterviewOptions(language="en"), seq=s) for s in (1, 2, 3)
    )


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_pressure_interviewer_does_not_open_every_follow_up_the_same_way(language: str) -> None:
    """Read in a pressure interview: six follow-ups in a row began "Be specific."."""
    probe = Point(text="labels arrive late, so we trained on data older than 60 days")
    about = FollowUp(probe, [], "project", "We used LightGBM.")  # type: ignore[arg-type]
    options = InterviewOptions(language=language, style="pressure")  # type: ignore[arg-type]
    texts = [offline_follow_up(about, options, seq=seq) for seq in range(1, 4)]
    firsts = {re.split(r"[.。]", text)[0] for text in texts}
    assert len(firsts) == 3, texts


@pytest.mark.parametrize("seq", [0, 1, 2])
def test_a_listed_deed_starting_in_capitals_is_said_as_the_candidates(seq: int) -> None:
    # a numbered step of a write-up: "2. Trained a gradient boosted model…" has no "I"
    point = "Trained a gradient boosted model on transaction and device features"
    text = ask(point, "project", "en", seq)
    assert "Trained" not in text and "you trained a gradient boosted model" in text, text


@pytest.mark.parametrize("point", ["Speed of retrieval matters most", "Detailed logs per query"])
def test_a_noun_that_ends_like_a_past_verb_is_no_deed(point: str) -> None:
    assert "you " not in ask(point, "project", "en", 1).split(":", 1)[-1][:12]


@pytest.mark.parametrize("seq", [0, 1, 2])
def test_an_english_clause_stands_without_its_heading(seq: int) -> None:
    # "…dropped by 45% (Results)": a clause of six words says what it is about itself
    point = Point(text="False positive workload dropped by 45%", context="Results")
    about = FollowUp(point, [], "project")
    text = offline_follow_up(about, InterviewOptions(language="en"), seq=seq)
    # mid-sentence the line's plain first word loses its capital (agent._capitals)
    assert "(Results)" not in text and "false positive workload dropped by 45%" in text, text


@pytest.mark.parametrize("seq", range(3))
def test_a_formula_keeps_its_argument_when_a_point_is_named(seq: int) -> None:
    # "复杂度从每步 O(n^2) 降到 O(n)" was named "复杂度从每步 O 降到 O": an aside is left
    # out, a formula's argument is not
    text = ask("查找的代价从 O(n) 降到 O(log n)", "fundamentals", "zh", seq)
    assert "O(n)" in text and "O(log n)" in text, text


def test_a_dangling_condition_is_no_name_for_a_point() -> None:
    # "I follow you on given a customer's question." named a point by its condition
    point = Point(
        text="I owned the ranking side of an internal search tool: given an engineer's query, "
        "surface the right runbook before they page someone"
    )
    said = "I owned the ranking side, given an engineer query"
    assert not handle(point, said=said).startswith("given"), handle(point, said=said)
