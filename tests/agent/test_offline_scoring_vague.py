"""Vague but on-topic answers earn a little, in every stage; answers about other things do not."""

from __future__ import annotations

from dataclasses import replace

from agent._coverage import Coverage, PointCoverage, measure
from agent._offline_scoring import estimate
from agent.keypoints import Point

POINTS = [
    Point(text="代价：精度会有损失，位数越低损失越大"),
    Point(text="好处：显存占用更小，推理更快"),
    Point(text="GPTQ 用少量校准数据减少误差"),
]


def _cover(
    covered: float, support: float, glyphs: float, foreign: int = 0, names: int = 0
) -> Coverage:
    return Coverage(
        [PointCoverage(POINTS[0], covered), *(PointCoverage(p, 0.0) for p in POINTS[1:])],
        precision=1.0,
        support=support,
        content=["差不多就是变小一点，会掉一点精度。"],
        echo=0.0,
        glyphs=glyphs,
        foreign=foreign,
        names=names,
    )


def _earned(stage: str, cover: Coverage) -> int:
    return sum(d.score - 1 for d in estimate(stage, cover, "zh").dimensions)  # type: ignore[arg-type]


def test_a_point_stated_in_part_with_little_backing_counts_as_a_vague_answer() -> None:
    """In part and in the notes' characters, though few of its bigrams are the notes':
    no less than an answer touching the point without stating it."""
    touched = _earned("fundamentals", _cover(0.05, support=0.1, glyphs=0.5))
    assert touched > 0
    assert _earned("fundamentals", _cover(0.35, support=0.1, glyphs=0.5)) >= touched


def test_evidence_earns_its_floor_in_a_stage_with_only_form_dimensions() -> None:
    """A behavioral answer's dimensions are all form; a short answer with evidence of
    saying something relevant still gets above the bottom on each of them."""
    dims = estimate("behavioral", _cover(0.05, support=0.3, glyphs=0.5), "zh").dimensions
    assert all(d.score >= 2 for d in dims)
    assert _earned("behavioral", _cover(0.0, support=0.0, glyphs=0.0)) == 0


def test_an_answer_naming_tools_the_notes_never_name_is_not_on_topic_by_characters() -> None:
    question = "模型量化是怎么回事？"
    about_serving = "我们线上用 SGLang 部署，RadixAttention 复用前缀，吞吐很高。"
    assert measure(POINTS, about_serving, question).foreign >= 2
    vague = "就是把模型弄小一点，精度会差一些。"
    assert measure(POINTS, vague, question).foreign == 0
    assert _earned("fundamentals", _cover(0.05, support=0.1, glyphs=0.5, foreign=2)) == 0


def test_a_chinese_answer_saying_a_name_the_notes_use_is_on_topic() -> None:
    """ "GPTQ" is the notes' own name (the question does not say it): an answer using it,
    and no name the notes lack, is on the topic though few of its characters are - when
    it touches a point (its name's). A name alone, beside no point and few of the notes'
    characters ("POI" in an answer about map search to "introduce yourself"), is not."""
    question = "模型量化是怎么回事？"
    said = measure(POINTS, "大概就是 GPTQ 那一类方法，让模型小一些。", question)
    assert (said.names, said.foreign) == (1, 0)
    assert _earned("fundamentals", said) > 0
    assert _earned("fundamentals", _cover(0.3, support=0.1, glyphs=0.2, names=1)) > 0
    assert _earned("fundamentals", _cover(0.05, support=0.1, glyphs=0.2, names=1)) == 0
    assert _earned("fundamentals", _cover(0.3, support=0.1, glyphs=0.2)) == 0
    assert _earned("fundamentals", _cover(0.3, support=0.1, glyphs=0.2, names=1, foreign=1)) == 0


def test_a_wrong_claim_costs_more_than_a_right_one_earns() -> None:
    """Two points right and one contradicted is worse than one right and none wrong: an
    interviewer holds a wrong claim against an answer more than a missing one. (Beside
    three points made a lone one costs half, one point's worth: the word-level check
    misreads a long paraphrase more often than a wrong answer states three claims right.)"""
    points = [Point(text=f"要点 {n} 的内容") for n in range(5)]

    def content(hits: int, wrong: int) -> int:
        marks = [PointCoverage(p, 1.0) for p in points[:hits]]
        marks += [PointCoverage(p, 0.0, contradicted=True) for p in points[hits : hits + wrong]]
        marks += [PointCoverage(p, 0.0) for p in points[hits + wrong :]]
        cover = Coverage(marks, 1.0, 0.8, ["一句回答。"], 0.0, 0.8)
        dims = estimate("fundamentals", cover, "zh").dimensions
        return next(d.score for d in dims if d.name == "key_point_coverage")

    assert content(2, 1) < content(1, 0)
    assert content(3, 2) < content(1, 0)
    assert content(3, 1) == content(2, 0)


def test_two_of_five_points_is_not_full_content_four_is() -> None:
    """Stating 40% of what the notes hold (full content before) scores below stating all
    of it; a complete but concise answer (four of five points) still earns full content."""
    from agent._coverage import Coverage, PointCoverage
    from agent._offline_scoring import estimate
    from agent.keypoints import Point

    points = [Point(text=f"要点{i}") for i in range(5)]

    def content(hits: int) -> int:
        cover = Coverage(
            [PointCoverage(p, 0.9 if i < hits else 0.0) for i, p in enumerate(points)],
            precision=1.0,
            support=hits / len(points),  # the notes' words come with their points
            content=["回答"],
        )
        dims = estimate("fundamentals", cover, "zh").dimensions
        return next(d.score for d in dims if d.name == "key_point_coverage")

    assert content(5) == content(4) == 5
    assert 1 < content(2) < 5
    assert content(0) == 1


def test_a_lone_contradiction_beside_three_points_made_costs_half() -> None:
    """One point marked contradicted in an answer making three others is as likely the
    word-level check misreading a paraphrase: it costs half; beside fewer, or with a
    second one, the full cost."""
    from agent._coverage import Coverage, PointCoverage
    from agent._offline_scoring import estimate
    from agent._rubric import weights
    from agent.keypoints import Point

    points = [Point(text=f"要点{i}") for i in range(8)]

    def overall(hits: int, contradicted: int) -> float:
        found = [
            PointCoverage(p, 0.9 if i < hits else 0.0, hits <= i < hits + contradicted)
            for i, p in enumerate(points)
        ]
        cover = Coverage(found, precision=1.0, support=0.5, content=["回答"])
        return estimate("fundamentals", cover, "zh").overall(weights("fundamentals", {}))

    assert overall(4, 1) == overall(3, 0) > 0  # one point's worth, as if only a fourth
    assert overall(4, 2) == 0.0  # two: each costs two points' worth
    assert overall(2, 1) == 0.0  # beside two points made, the full cost


def test_evidence_floor_rises_with_nearness_to_the_topic_never_to_three_of_five() -> None:
    """Two answers each stating a point in part, one vague about the question and one
    fluent about something nearby, both earn evidence's floor; the one nearer the notes'
    topic as a whole earns a little more, so the two are not tied. The floor stays a
    floor: 2 of 5 on content at most, below a third of the points made."""
    from agent._rubric import weights

    def scored(nearness: float) -> tuple[float, int]:
        cover = replace(_cover(0.35, support=0.3, glyphs=0.5), nearness=nearness)
        got = estimate("fundamentals", cover, "zh")
        content = next(d.score for d in got.dimensions if d.name == "key_point_coverage")
        return got.overall(weights("fundamentals", {})), content

    near, far = scored(0.6), scored(0.15)
    assert near[0] > far[0] >= 25.0
    assert near[1] == far[1] == 2
