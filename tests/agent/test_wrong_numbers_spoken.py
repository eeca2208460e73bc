"""Shapes of a right figure a strong answer says aloud, or beside other figures, that the
number check once took for a wrong one; each with a wrong figure still caught."""

from __future__ import annotations

from agent._coverage import measure
from agent._number_mentions import mentions
from agent.keypoints import Point


def _statuses(points: list[Point], answer: str) -> list[str]:
    return measure(points, answer).statuses


GRAPH = Point(text="Index: ~3M users, 120M follow edges")


def test_a_hundred_and_twenty_million_is_one_number() -> None:
    read = mentions("about three million users and a hundred and twenty million follow edges")
    assert [m.quantity.low for m in read] == [3e6, 1.2e8]
    right = "It holds about three million users and a hundred and twenty million follow edges."
    assert _statuses([GRAPH], right) != ["contradicted"]
    wrong = "It holds about three million users and four hundred million follow edges."
    assert _statuses([GRAPH], wrong) == ["contradicted"]
