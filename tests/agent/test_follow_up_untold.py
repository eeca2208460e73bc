"""A missed claim of knowledge no aspect can be read from is asked for, not read out:
"我们换个角度：不需要反向传播，泛化更好，这一点你能具体讲讲吗？" and "Let's look at this:
ground answers in retrieved documents and require citations. How does it work?" told the
candidate the answer. A point that only names a thing is still named."""

from __future__ import annotations

import pytest
from follow_up_fixtures import ask

from agent._answer_text import terms
from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import Point, key_points
from agent.state import InterviewOptions

# written for this test: claims of knowledge with no subject or condition to ask about, of
# several clauses or denying something
UNTOLD = [
    ("zh", "不需要额外的标注数据，泛化也更稳"),
    ("zh", "词表里没有 OOV"),
    ("zh", "块越大召回越稳，但延迟也越高"),
    ("zh", "奖励和策略之间存在一一对应的闭式解"),  # one clause stating how things are
    ("zh", "实践中放到所有注意力层上通常效果更好"),
    ("en", "needs no backward pass, and generalizes better"),
    ("en", "does not need a reward model at all"),
    # one English clause stating how things are, as "存在一一对应的闭式解" is
    ("en", "scores from the two retrievers can be added without calibration"),
]


@pytest.mark.parametrize(("language", "point"), UNTOLD)
@pytest.mark.parametrize("seq", range(3))
def test_a_claim_with_no_aspect_is_asked_for_not_told(language: str, point: str, seq: int) -> None:
    text = ask(point, "fundamentals", language, seq)
    told = terms(point) & terms(text)
    assert len(told) <= 1, (text, told)
    assert any(w in text for w in ("关键", "缺", "missing", "key point")), text


@pytest.mark.parametrize(
    ("language", "heading"), [("zh", "梯度累积"), ("en", "Gradient checkpointing")]
)
def test_a_claim_with_no_aspect_is_asked_by_its_heading(language: str, heading: str) -> None:
    point = "用时间换显存，等效 batch 不变" if language == "zh" else "time for memory, same batch"
    about = FollowUp(Point(text=point, context=heading), [], "fundamentals", "")
    text = offline_follow_up(about, InterviewOptions(language=language), seq=0)  # type: ignore[arg-type]
    assert heading.lower() in text.lower(), text
    assert not terms(point) & terms(text) - terms(heading), text


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("zh", "双重量化和分页优化器"),
        ("zh", "按结构切分并保留标题路径"),
        ("en", "fuse the two rankings"),
    ],
)
def test_a_thing_or_a_step_named_is_still_named(language: str, name: str) -> None:
    assert name in ask(name, "fundamentals", language, 0)


@pytest.mark.parametrize(
    ("point", "not_named"),
    [
        ("如果说我们直接用线上日志训练，会引入大量噪声样本", "如果"),
        ("可以拿现成的分类器，继续用人工标注数据做二分类，判断数据质量", "继续"),
    ],
)
def test_a_condition_or_a_verb_is_no_subject_to_ask_about(point: str, not_named: str) -> None:
    # "说说如果说你们吧：它具体是怎么回事？", "那继续这块呢？能具体讲讲吗？" (shared notes)
    for seq in range(3):
        text = ask(point, "fundamentals", "zh", seq)
        assert f"说说{not_named}" not in text and f"那{not_named}" not in text, text


# written for this test: an answer whose remedies are a list of steps, under a label and not
STEPS = (
    "Models learn to continue text fluently, not to check it. Remedies: retrieve supporting "
    "passages first and cite them, teach the model to abstain on unanswerable prompts, "
    "reduce the temperature for factual questions, and check every answer against its sources."
)


@pytest.mark.parametrize("seq", range(3))
@pytest.mark.parametrize(
    "point",
    [
        *key_points(STEPS)[1:],
        Point(
            text="reduce the temperature for factual questions, and check every answer against it"
        ),
    ],
)
def test_steps_of_knowledge_listed_in_a_point_are_asked_for_not_read_out(
    point: Point, seq: int
) -> None:
    """Read in an interview on the demo notes: "Let's look at this: verify answers against
    sources afterwards. How does it work?" and "Let's take another angle: ground answers in
    retrieved documents and require citations. Can you explain that?" - the notes' remedies
    read out after an answer that gave the cause only."""
    cause = key_points(STEPS)[0]
    said = "Models continue text fluently."
    about = FollowUp(point, [cause], "fundamentals", said, question="Why do models make things up?")
    text = offline_follow_up(about, InterviewOptions(language="en"), seq)
    told = [w for w in ("passages", "cite", "abstain", "temperature", "check every") if w in text]
    assert not told, text


@pytest.mark.parametrize("seq", range(3))
def test_a_clause_opening_on_a_preposition_names_no_subject(seq: int) -> None:
    """Read in an interview: "Thanks. First, with k: how would you explain it?" - the tail
    "with k usually 60" of a point about RRF read as a subject."""
    point = Point(
        text="RRF merges several ranked lists by summing 1/(k + rank) for each document across "
        "the lists, with k usually 60"
    )
    about = FollowUp(point, [], "fundamentals", "I like hiking.", question="What is RRF?")
    text = offline_follow_up(about, InterviewOptions(language="en"), seq)
    assert "with k" not in text and "usually 60" not in text, text
