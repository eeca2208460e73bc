"""Shapes of a right figure a strong answer says aloud, or beside other figures, that the
number check once took for a wrong one; each with a wrong figure still caught."""

from __future__ import annotations

from agent._coverage import measure
from agent._number_mentions import mentions
from agent._percent_kinds import kind
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


ALERTS = Point(text="Result: false alerts 3.5 -> 0.8 /week/host, precision ~90%")


def test_a_rate_per_thing_per_time_is_read_on_both_sides() -> None:
    assert [m.quantity.family for m in mentions("false alerts 3.5 -> 0.8 /week/host")] == [
        "count",
        "rate",
    ]
    assert [m.quantity.family for m in mentions("down to 0.8 per host per week")] == ["rate"]
    right = "False alerts went from three point five to zero point eight per host per week."
    assert _statuses([ALERTS], right) != ["contradicted"]
    wrong = "False alerts went from three point five to two point nine per host per week."
    assert _statuses([ALERTS], wrong) == ["contradicted"]


TEAM = Point(text="管 5 人（4 后端 + 1 测试）")


def test_one_beside_another_count_counts() -> None:
    assert [m.quantity.low for m in mentions("四个做后端一个做测试")] == [4, 1]
    assert [m.quantity.low for m in mentions("管一个五个人的组")] == [5]  # 一个: an article
    right = "我管一个五个人的组，四个做后端一个做测试。"
    assert _statuses([TEAM], right) != ["contradicted"]
    wrong = "我管一个五个人的组，两个做后端三个做测试。"
    assert _statuses([TEAM], wrong) == ["contradicted"]


RERANK = Point(
    text="Retrieval: PQ search on 96-d codes -> top-100 -> rerank with full 768-d (in RAM)"
)


def test_a_dimension_written_onto_its_number_is_a_count() -> None:
    assert [m.quantity.low for m in mentions("rerank with full 768-d vectors")] == [768]
    right = (
        "We trained at several sizes, 96, 192, 384 and the full 768, so a short prefix is "
        "already a good vector."
    )
    assert _statuses([RERANK], right) != ["contradicted"]
    assert _statuses([RERANK], "The rerank uses the full 1536-d vectors.") == ["contradicted"]


OPT_IN = Point(text="Result: 42% of eligible drivers opted in within week 2")


def test_a_change_in_percent_is_no_share_of_the_same_clause() -> None:
    right = (
        "By the second week most eligible drivers had opted in, and those drivers finished "
        "about nine percent more trips."
    )
    assert _statuses([OPT_IN], right) != ["contradicted"]
    upped = "By the second week eligible drivers had opted in, and their trips went up by 9%."
    assert _statuses([OPT_IN], upped) != ["contradicted"]
    wrong = "By the second week only 12% of eligible drivers had opted in."
    assert _statuses([OPT_IN], wrong) == ["contradicted"]


def test_a_percentage_is_told_a_share_or_a_change_by_its_words() -> None:
    told = [kind(m) for m in mentions("占 31%，点击提升了 11%，recall 95%")]
    assert told == ["share", "change", None]
    assert [kind(m) for m in mentions("31% of sellers, 9% more trips")] == ["share", "change"]


CONVERTED = Point(text="Result: 48% of trial users converted by day 30")


def test_a_fraction_of_a_group_said_in_words_is_a_share() -> None:
    shares = [(m.quantity.family, round(m.quantity.low)) for m in mentions("a third of users")]
    assert shares == [("percent", 33)]
    assert [round(m.quantity.low) for m in mentions("two thirds of them, half of it")] == [67, 50]
    right = "By day thirty about half of trial users had converted."
    assert _statuses([CONVERTED], right) != ["contradicted"]
    wrong = "By day thirty only a quarter of trial users had converted."
    assert _statuses([CONVERTED], wrong) == ["contradicted"]
