"""A follow-up does not ask about a point an answer on its topic made in words of its own.

Offline, a point is credited for the notes' words: "上层稀疏下层稠密，从上往下贪心搜索"
earned nothing for the demo-reader's HNSW point "逐渐向下深入细化搜索", and the next
follow-up asked it again - what the candidate had just said.
"""

from __future__ import annotations

from agent import keypoints, policy
from agent._coverage import Coverage, PointCoverage, measure
from agent._models import Answer
from agent._probing import not_probed, said_otherwise
from agent._turn import Turn
from agent.config import ScoringConfig
from agent.state import PlannedTopic

# written for this test: a skip list, three points
NOTES = (
    "跳表在有序链表上加了多层索引，越往上节点越少。\n"
    "查找时先在最高层的索引上找，然后逐层向下深入，缩小查找范围。\n"
    "插入新节点时用抛硬币的方式随机决定它的层数。"
)
QUESTION = "跳表是怎么工作的？"
SAID = "跳表就是链表上面建了几层稀疏的索引，找的时候从顶上往下一层层贪心地找。"


def _turn(answer: str) -> Turn:
    return Turn(
        turn_id="t001",
        seq=1,
        stage="fundamentals",
        topic="跳表",
        question=QUESTION,
        answer=Answer(text=answer),
    )


def test_a_point_said_in_other_words_is_not_probed(use_embedder: object) -> None:
    points = keypoints.key_points(NOTES)
    search, insert = points[1], points[2]
    cover = measure(points, SAID, QUESTION, use_embedder, ScoringConfig().cosine_range)  # type: ignore[arg-type]
    assert search.label in cover.missed  # the estimate does not credit it in full
    told = said_otherwise(cover, [_turn(SAID)], use_embedder)  # type: ignore[arg-type]
    assert told == [search.label]
    topic = PlannedTopic(
        stage="fundamentals", topic="跳表", seed=QUESTION, reference=NOTES, kind="bank"
    )
    position = policy.Position(1, 4, 2, 0, 0, 60.0, 1800.0)
    probed = not_probed(topic, [], [_turn(SAID)], cover, use_embedder)  # type: ignore[arg-type]
    assert policy.decide(position, cover, policy.Thresholds(), probed)[1] == insert.label
    # once the point left out was asked about, what was said is not asked next
    asked = _turn(SAID).model_copy(update={"probe": insert.label})
    probed = not_probed(topic, [asked], [_turn(SAID)], cover, use_embedder)  # type: ignore[arg-type]
    assert policy.decide(position, cover, policy.Thresholds(), probed) == ("next_topic", None)


def test_a_point_said_against_the_notes_is_still_probed(use_embedder: object) -> None:
    """Standing by a claim that contradicts the notes is what a follow-up asks."""
    points = keypoints.key_points(NOTES)
    wrong = "查找时不在最高层的索引上找，而是直接在底层链表上找。"
    cover = measure(points, wrong, QUESTION, use_embedder, ScoringConfig().cosine_range)  # type: ignore[arg-type]
    contradicted = [c.point.label for c in cover.points if c.contradicted]
    assert contradicted
    told = said_otherwise(cover, [_turn(wrong)], use_embedder)  # type: ignore[arg-type]
    assert not set(contradicted) & set(told)


def test_without_an_embedder_nothing_is_judged_said() -> None:
    points = keypoints.key_points(NOTES)
    cover = measure(points, SAID, QUESTION)
    assert said_otherwise(cover, [_turn(SAID)], None) == []


def test_a_clause_already_challenged_is_not_challenged_again() -> None:
    """ "You said 'The knowledge base had about 120k documents'. Are you sure?" and then
    "Let me check one thing: 'The knowledge base had about 120k documents'. Why is that
    so?": one clause read as contradicting two points was challenged once for each."""
    points = keypoints.key_points(NOTES)
    clause = "跳表的节点都在同一层"
    cover = Coverage(
        [
            PointCoverage(points[0], 0.0, contradicted=True, against=clause),
            PointCoverage(points[1], 0.0, contradicted=True, against=clause),
            PointCoverage(points[2], 0.0),
        ]
    )
    topic = PlannedTopic(
        stage="fundamentals", topic="跳表", seed=QUESTION, reference=NOTES, kind="bank"
    )
    asked = _turn(clause).model_copy(update={"probe": points[0].label})
    probed = not_probed(topic, [asked], [_turn(clause)], cover, None)
    assert points[1].label in probed and points[2].label not in probed
    position = policy.Position(2, 4, 2, 0, 1, 60.0, 1800.0)
    assert policy.decide(position, cover, policy.Thresholds(), probed)[1] == points[2].label


# written for this test: a short step the notes go on to explain
STEPS = (
    "跳表是一种有序的数据结构。\n\n"
    "1.构建多层索引\n\n"
    "2.利用多层索引，查找可以从粗到细地进行，先在高层找，然后逐层向下缩小范围。"
)


def test_a_short_step_whose_explanation_was_told_is_not_asked() -> None:
    """ "上层稀疏下层稠密，从上往下贪心搜索" told how HNSW's layers are built and used; the
    next follow-up asked "构建层次结构，这一点你能具体讲讲吗？" all the same."""
    points = keypoints.key_points(STEPS)
    short = next(p for p in points if p.text.endswith("构建多层索引"))
    explaining = keypoints.explained(STEPS, short)[1:]
    assert explaining  # the notes explain the short step by what follows it
    statuses = {p.label: 0.4 if p in explaining else 0.0 for p in points}  # 0.4: in part
    cover = Coverage([PointCoverage(p, statuses[p.label]) for p in points])
    topic = PlannedTopic(
        stage="fundamentals", topic="跳表", seed=QUESTION, reference=STEPS, kind="bank"
    )
    probed = not_probed(topic, [], [_turn("上面几层稀疏，从上往下找。")], cover, None)
    assert short.label in probed
    # the explanation not told: the short step is asked about
    untold = Coverage([PointCoverage(p, 0.0) for p in points])
    assert short.label not in not_probed(topic, [], [_turn("不清楚。")], untold, None)
