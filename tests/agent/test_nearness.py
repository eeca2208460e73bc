"""An answer that makes no point of the notes but is about their topic earns a little, one
about something else nothing; the offline overall is read before rounding, so the two are
not tied at 1/5 (agent._nearness, agent._offline_scoring)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from scoring_fixtures import NOTES, MemoryRetriever

from agent import AgentConfig, Answer, Scorer
from agent._coverage import Coverage, PointCoverage
from agent._nearness import nearness
from agent._offline_scoring import NEAR_FLOOR, NEAR_SPAN, estimate
from agent._rubric import overall, weights
from agent.keypoints import Point
from knowledge import Question, Stage

# question, stage, notes, a vague answer on the topic, one fluent about something nearby,
# one on the topic that says the opposite of a point (written for this test)
CASES = [
    (
        "zh",
        "你们的召回服务是怎么把 P99 延迟降下来的？",
        "project",
        "召回服务延迟优化\n"
        "- 背景：双塔召回 P99 180ms，超 SLO\n"
        "- 向量索引从 Flat 换成 IVF-PQ，nprobe 调到 32\n"
        "- 用户塔结果按 uid 缓存 10 分钟，命中率 65%\n"
        "- 结果：P99 180ms → 70ms，召回率只掉 0.8 个点",
        "主要是在召回这块做了一些优化，把检索变快了一点，也加了缓存，整体延迟下来了不少。",
        "我们组后来主要在做精排模型的特征工程，加了很多交叉特征，离线 AUC 涨得还不错。",
        "我们没有用缓存，用户塔每次都重新算，向量索引也一直是 Flat，没有换过。",
    ),
    (
        "en",
        "How did you bring down the P99 latency of the retrieval service?",
        "project",
        "Retrieval latency work\n"
        "- Context: two-tower retrieval at P99 180 ms, over the SLO\n"
        "- Switched the vector index from flat to IVF-PQ, nprobe tuned to 32\n"
        "- Cached user-tower outputs per uid for 10 minutes, 65% hit rate\n"
        "- Result: P99 from 180 ms to 70 ms, recall down only 0.8 points",
        "We mostly optimised the retrieval side, made the search itself faster and added "
        "some caching, and the latency came down quite a bit overall.",
        "Later my team mostly worked on feature engineering for the ranking model, adding a "
        "lot of cross features, and offline AUC improved nicely.",
        "We never cached anything, the user tower was recomputed every time, and the index "
        "stayed flat the whole time.",
    ),
]


def _scorer(tmp_path: Path, embedder: object, language: str) -> Scorer:
    config = AgentConfig(sessions_db=tmp_path / "s.sqlite", language=language)  # type: ignore[arg-type]
    return Scorer(config, MemoryRetriever(NOTES), llm=None, embedder=embedder)  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0])
def test_a_vague_answer_on_the_topic_earns_a_little_more_than_one_off_it(
    tmp_path: Path, use_embedder: object, case: tuple[str, ...]
) -> None:
    language, question, stage, notes, vague, nearby, against = case
    scorer = _scorer(tmp_path, use_embedder, language)
    ref = Question(
        id="near", question=question, answer=notes, stage=stage, topic=question,
        citation=NOTES[0].citation,
    )  # fmt: skip
    turns = {
        name: scorer.score(question, Answer(text=text), stage, references=[ref])  # type: ignore[arg-type]
        for name, text in (("vague", vague), ("nearby", nearby), ("against", against))
    }
    scores = {name: t.overall or 0.0 for name, t in turns.items()}
    assert scores["vague"] > scores["nearby"], scores
    assert 0 < scores["vague"] <= 25, scores  # a little: less than an answer making a point
    assert scores["against"] == 0.0, scores  # saying the opposite earns nothing for topic
    said = "与笔记的话题相近" if language == "zh" else "near the topic of your notes"
    assert said in turns["vague"].summary
    assert said not in turns["nearby"].summary


def _cover(support: float, near: float, echo: float = 0.0, contradicted: bool = False) -> Coverage:
    points = [Point(text=f"point {i}") for i in range(4)]
    found = [PointCoverage(p, 0.0, contradicted and i == 0) for i, p in enumerate(points)]
    return Coverage(found, 0.0, support, ["an answer"], echo, nearness=near)


def test_the_overall_is_read_before_rounding() -> None:
    """Two answers whose dimensions all round to the same 1-5 are told apart by the overall,
    which on the 1-5 grid is the dimensions' own weighted mean."""
    stage: Stage = "fundamentals"
    weight_of = weights(stage, {})
    # two fifths and one fifth of the way to the most topic earns: both under 1/5 + 1/2
    near = (NEAR_FLOOR + share * NEAR_SPAN for share in (0.4, 0.2))
    nearer, farther = (estimate(stage, _cover(0.0, n), "en") for n in near)
    assert [d.score for d in nearer.dimensions] == [d.score for d in farther.dimensions]
    assert nearer.overall(weight_of) > farther.overall(weight_of) > 0
    full = estimate(stage, _cover(0.0, 0.0), "en")  # nothing said: every dimension 1/5
    assert full.overall(weight_of) == overall(full.dimensions, weight_of) == 0.0


def test_no_topic_credit_for_a_contradiction_an_echo_or_a_far_answer() -> None:
    stage: Stage = "project"
    weight_of = weights(stage, {})
    near = NEAR_FLOOR + 0.5
    assert estimate(stage, _cover(0.0, near), "en").overall(weight_of) > 0
    for cover in (
        _cover(0.0, near, contradicted=True),
        _cover(0.0, near, echo=0.5),  # mostly the question again
        _cover(0.0, NEAR_FLOOR - 0.05),
    ):
        assert estimate(stage, cover, "en").overall(weight_of) == 0.0


def test_nearness_needs_an_embedder_points_and_content() -> None:
    point = [Point(text="IVF-PQ index")]
    assert nearness(point, ["we made it faster"], None) == 0.0
    assert nearness([], ["we made it faster"], object()) == 0.0  # type: ignore[arg-type]
    assert nearness(point, [], object()) == 0.0  # type: ignore[arg-type]


def test_measuring_an_answer_embeds_each_key_point_once() -> None:
    """Its sentences and the whole answer are compared with the same points' vectors."""
    from collections import Counter

    from scoring_fixtures import HashEmbedder

    from agent._coverage import measure

    class Counting(HashEmbedder):
        def __init__(self) -> None:
            self.seen: Counter[str] = Counter()

        def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
            self.seen.update(texts)
            return super().embed_passages(texts)

    points = [Point(text="向量索引从 Flat 换成 IVF-PQ"), Point(text="用户塔结果按 uid 缓存")]
    counting = Counting()
    answer = "我们换了 IVF-PQ 索引。用户塔的结果也缓存了。"
    cover = measure(points, answer, "延迟怎么降的？", counting)
    assert cover.nearness > 0
    assert all(counting.seen[p.label] == 1 for p in points), counting.seen
