"""agent.policy: budgets, topic order and the next-step decision (pure)."""

from __future__ import annotations

import pytest

from agent import Answer, policy
from agent._coverage import Coverage, PointCoverage
from agent.keypoints import Point
from agent.policy import Position, Thresholds
from agent.state import PlannedTopic


def _position(**overrides: object) -> Position:
    base: dict[str, object] = {
        "asked_in_stage": 1,
        "stage_budget": 3,
        "topics_left_in_stage": 2,
        "stages_left": 1,
        "follow_ups_on_topic": 0,
        "time_used_s": 60.0,
        "time_budget_s": 1800.0,
    }
    base.update(overrides)
    return Position(**base)  # type: ignore[arg-type]


WEAK = Coverage(
    [PointCoverage(Point(text="早停和正则化"), 0.0), PointCoverage(Point(text="过拟合的定义"), 1.0)]
)
STRONG = Coverage(
    [PointCoverage(Point(text="a b c"), 1.0), PointCoverage(Point(text="d e f"), 0.8)]
)
LIMITS = Thresholds(max_follow_ups=2, follow_up_below=0.6, seconds_per_question=180.0)


def test_budgets_split_the_length_by_stage_weight() -> None:
    budgets = policy.stage_budgets(["self_intro", "project", "fundamentals", "behavioral"], 30, 3.0)
    assert sum(budgets.values()) == 10
    assert budgets["self_intro"] == 1
    assert budgets["project"] >= budgets["behavioral"] >= 1
    longer = policy.stage_budgets(["self_intro", "project", "fundamentals", "behavioral"], 60, 3.0)
    assert sum(longer.values()) == 20 and longer["fundamentals"] > budgets["fundamentals"]


def test_every_chosen_stage_gets_a_question_even_in_a_short_round() -> None:
    assert policy.stage_budgets(["project", "behavioral"], 5, 3.0) == {
        "project": 1,
        "behavioral": 1,
    }
    assert policy.stage_budgets(["fundamentals"], 30, 3.0) == {"fundamentals": 10}


def test_a_weak_answer_gets_a_follow_up_on_its_weakest_missed_point() -> None:
    decision, probe = policy.decide(_position(), WEAK, LIMITS)
    assert decision == "follow_up"
    assert probe == "早停和正则化"


def test_a_non_answer_is_not_followed_up() -> None:
    """ "I don't know", a question back or "not my part": a finer point of the same topic
    would get the same answer, so the interview moves on (a story probe neither)."""
    assert policy.decide(_position(), WEAK, LIMITS, no_answer=True) == ("next_topic", None)
    own = policy.decide(_position(), Coverage([]), LIMITS, own_story=True, no_answer=True)
    assert own == ("next_topic", None)
    last = _position(topics_left_in_stage=0)
    assert policy.decide(last, WEAK, LIMITS, no_answer=True) == ("next_stage", None)


def test_follow_ups_per_topic_are_capped() -> None:
    assert policy.decide(_position(follow_ups_on_topic=2), WEAK, LIMITS) == ("next_topic", None)


def test_a_good_answer_moves_to_the_next_topic_then_the_next_stage() -> None:
    assert policy.decide(_position(), STRONG, LIMITS) == ("next_topic", None)
    last_topic = _position(topics_left_in_stage=0)
    assert policy.decide(last_topic, STRONG, LIMITS) == ("next_stage", None)


def test_a_spent_stage_budget_moves_on_even_after_a_weak_answer() -> None:
    spent = _position(asked_in_stage=3)
    assert policy.decide(spent, WEAK, LIMITS) == ("next_stage", None)
    assert policy.decide(_position(asked_in_stage=3, stages_left=0), WEAK, LIMITS) == (
        "wrap_up",
        None,
    )


def test_no_reference_means_no_follow_up() -> None:
    assert policy.decide(_position(), Coverage([]), LIMITS) == ("next_topic", None)


def test_a_story_of_ones_own_gets_one_follow_up_about_itself() -> None:
    first = policy.decide(_position(), Coverage([]), LIMITS, own_story=True)
    assert first == ("follow_up", policy.STORY_PROBE)
    again = policy.decide(_position(follow_ups_on_topic=1), Coverage([]), LIMITS, own_story=True)
    assert again == ("next_topic", None)
    spent = policy.decide(_position(asked_in_stage=3), Coverage([]), LIMITS, own_story=True)
    assert spent == ("next_stage", None)


def test_time_budget_wraps_up_and_keeps_room_for_the_stages_to_come() -> None:
    over = _position(time_used_s=1800.0)
    assert policy.decide(over, WEAK, LIMITS) == ("wrap_up", None)
    tight = _position(time_used_s=1700.0, stages_left=1)  # 100 s left < one question's 180 s
    assert policy.decide(tight, WEAK, LIMITS) == ("next_stage", None)
    assert policy.decide(_position(end_requested=True), WEAK, LIMITS) == ("wrap_up", None)


def _topic(seed: str, topic: str, source_id: str) -> PlannedTopic:
    return PlannedTopic(
        stage="fundamentals", topic=topic, kind="bank", source_id=source_id, seed=seed
    )


def test_topic_order_focus_then_weak_then_rest_and_recent_last() -> None:
    topics = [
        _topic("Q1", "激活函数", "a"),
        _topic("Q2", "过拟合", "b"),
        _topic("Q3", "注意力", "c"),
        _topic("Q4", "归一化", "d"),
    ]
    ordered = policy.order_topics(
        topics, focus=["注意力"], weak={"归一化": 30.0, "过拟合": 50.0}, recent={"a"}
    )
    assert [t.source_id for t in ordered] == ["c", "d", "b", "a"]


def test_within_weak_topics_a_question_not_asked_recently_comes_first() -> None:
    topics = [_topic("Q1", "过拟合", "a"), _topic("Q2", "过拟合", "b"), _topic("Q3", "其他", "c")]
    ordered = policy.order_topics(topics, weak={"过拟合": 40.0}, recent={"a", "c"})
    assert [t.source_id for t in ordered] == ["b", "a", "c"]


def test_topic_order_drops_duplicate_questions() -> None:
    same = [_topic("What is BN?", "bn", "x"), _topic("what is  BN", "bn", "x")]
    assert len(policy.order_topics(same)) == 1


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (Answer(text="x", seconds=40.0), 40.0 + policy.QUESTION_OVERHEAD_S),
        (Answer(text="过拟合" * 20), 60 / policy.ZH_CHARS_PER_S + policy.QUESTION_OVERHEAD_S),
        (Answer(text="word " * 25), 25 / policy.EN_WORDS_PER_S + policy.QUESTION_OVERHEAD_S),
    ],
)
def test_answer_time_is_measured_or_estimated(answer: Answer, expected: float) -> None:
    assert policy.answer_seconds(answer) == pytest.approx(expected)


@pytest.mark.parametrize(
    "theirs",
    ["生成侧的 prompt 由另一位同事负责，我们一起定了评测口径", "My teammate owned the frontend"],
)
def test_another_persons_part_of_the_work_is_not_probed(theirs: str) -> None:
    cover = Coverage(
        [
            PointCoverage(Point(text=theirs), 0.0),
            PointCoverage(Point(text="混合检索各取 Top-20 用 RRF 融合"), 0.2),
            PointCoverage(Point(text="我负责检索链路和评测"), 1.0),
        ]
    )
    decision, probe = policy.decide(_position(), cover, LIMITS)
    assert (decision, probe) == ("follow_up", "混合检索各取 Top-20 用 RRF 融合")
    only_theirs = Coverage(
        [PointCoverage(Point(text=theirs), 0.0), PointCoverage(Point(text="a b c"), 0.5)]
    )
    assert policy.decide(_position(), only_theirs, LIMITS)[0] == "follow_up"  # the other one
    nothing_else = Coverage([PointCoverage(Point(text=theirs), 0.0)])
    assert policy.decide(_position(), nothing_else, LIMITS) == ("next_topic", None)


def test_a_question_not_understood_is_asked_again_once_time_allows() -> None:
    """ "不太明白您的意思": asked again in other words, even when a weak answer's follow-up
    or the next topic would come - unless the stages to come need the time left."""
    again = policy.decide(_position(), WEAK, LIMITS, no_answer=True, rephrase=True)
    assert again == ("follow_up", policy.REPHRASE_PROBE)
    short = _position(time_used_s=1700.0)
    assert policy.decide(short, WEAK, LIMITS, no_answer=True, rephrase=True)[0] == "next_stage"


def test_a_follow_up_that_still_made_no_point_of_the_topic_moves_on() -> None:
    """Read in an interview: "我觉得关键是把学习率调大" to "讲一下 KV cache 的原理？", then
    hiking to "先说说 KV cache，你会怎么解释它？", and a second follow-up still came ("我们聚焦
    在新 token 上，它的核心思路是什么？"). Two answers that made nothing of the topic: next."""
    nothing = Coverage(
        [
            PointCoverage(Point(text="缓存历史 key 和 value"), 0.0),
            PointCoverage(Point(text="显存随长度增长"), 0.0),
        ]
    )
    assert policy.decide(_position(), nothing, LIMITS)[0] == "follow_up"  # one more try first
    assert policy.decide(_position(follow_ups_on_topic=1), nothing, LIMITS) == ("next_topic", None)
    # a follow-up that got part of it is followed up again
    assert policy.decide(_position(follow_ups_on_topic=1), WEAK, LIMITS)[0] == "follow_up"
