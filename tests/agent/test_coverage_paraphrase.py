"""A right answer said in other words than the notes covers their points: cases from real
interviews on the sample notes, where a paraphrase was marked missed."""

from __future__ import annotations

from agent._coverage import Coverage, PointCoverage, measure
from agent._offline_scoring import estimate
from agent.keypoints import Point, key_points

HNSW_NOTES = (  # the sample notes' own text
    "HNSW 算法是一种用于向量相似性搜索的算法。它是基于可导航小世界图的概念，在构建图结构时具有"
    "高效的性能。\n\n1.构建层次结构\n\n2.利用层次结构，搜索过程可以从粗到细地进行，先在较高"
    "层次的节点上搜索，然后逐渐向下深入细化搜索，从而提高了搜索效率。"
)
HNSW = [
    Point(text="HNSW 算法：构建层次结构"),
    Point(text="利用层次结构，搜索过程可以从粗到细地进行，先在较高层次的节点上搜索"),
    Point(text="逐渐向下深入细化搜索，从而提高了搜索效率"),
]
HNSW_ANSWER = "它是一个分层的图，搜索的时候从最上面一层开始，然后逐层往下细化。"


def _hnsw_cover(glyphs: float, echo: float = 0.0) -> Coverage:
    """What the real interview's answer measured: two points in part, few of its bigrams
    the notes' (分层/逐层/往下), most of its characters theirs."""
    return Coverage(
        [PointCoverage(HNSW[0], 0.0), PointCoverage(HNSW[1], 0.36), PointCoverage(HNSW[2], 0.3)],
        precision=1.0,
        support=0.12,
        content=[HNSW_ANSWER],
        echo=echo,
        glyphs=glyphs,
    )


def _content(cover: Coverage) -> int:
    dims = estimate("fundamentals", cover, "zh").dimensions
    return next(d.score for d in dims if d.name == "key_point_coverage")


def test_an_answer_in_the_notes_characters_is_backed_by_them():
    """ "分层的图…逐层往下细化" shares few bigrams with "构建层次结构 / 从粗到细" but most
    of its characters: it is backed beyond what an answer on another subject shares (~30%),
    and not cut down as mostly not in the notes. An answer that is mostly the question
    again gets no such backing."""
    notes = key_points(HNSW_NOTES)
    assert measure(notes, HNSW_ANSWER, "HNSW 算法是怎么工作的？").glyphs >= 0.6
    assert _content(_hnsw_cover(0.64)) > _content(_hnsw_cover(0.3))
    assert _content(_hnsw_cover(0.64, echo=0.5)) == _content(_hnsw_cover(0.3, echo=0.5))
