"""Figures said loosely (vague amounts, fractions of a percent, "one and a half million",
"point four", "一个月") are read as what they mean, so a right answer is not flagged as
stating a wrong figure; a really different figure still is."""

from __future__ import annotations

import pytest

from agent._coverage import measure
from agent._number_terms import number_terms
from agent._quantities import quantities
from agent.keypoints import Point

SKEW = Point(text="现象：某 stage 大部分 task 1 min 跑完，个别 task 40 min+ / OOM")
ACCENT = Point(text="两周补 300 h 口音数据再训")
LOOP = Point(text="负责数据闭环：难例挖掘 → 标注 → 回灌，迭代周期 4 周 → 10 天")
RESULTS = Point(text="Results: offline AUC +0.35%, online CTR +2.1%, RPM +1.6%")
LISTINGS = Point(text="Context: second-hand furniture marketplace, ~1.5M listings")
STRIDE = Point(text="problem = small objects. deep layers: strong semantics, low res (stride 32)")
THRESHOLD = Point(
    text="rental platform; listing photos scored by a quality classifier, "
    "score < 0.4 -> listing demoted"
)


def _contradicted(point: Point, answer: str) -> bool:
    return measure([point], answer, "").statuses == ["contradicted"]


def _read(text: str) -> list[tuple[float, float, str]]:
    return [(round(q.low, 4), round(q.high, 4), q.family) for q in quantities(text)]


def test_a_vague_amount_is_no_other_things_figure() -> None:
    """ "几十分钟" covers the 40 min of the slow tasks; its words, borrowed from the clause
    before, were nearer the 1 min of the fast ones, and it was called a swap."""
    right = "一般是某个 stage 绝大多数 task 很快就跑完了，就剩一两个拖几十分钟，甚至直接 OOM。"
    assert not _contradicted(SKEW, right)
    assert _contradicted(SKEW, right.replace("几十分钟", "几百分钟"))
    assert _contradicted(SKEW, right.replace("几十分钟", "五个小时"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上百个请求", [(100, 900, "count")]),
        ("上千个", [(1000, 9000, "count")]),
        ("几万条", [(2e4, 9e4, "count")]),
        ("dozens of requests", [(24, 99, "count")]),
        ("tens of thousands of rows", [(2e4, 9e4, "count")]),
        ("hundreds of milliseconds", [(0.2, 0.9, "seconds")]),
    ],
)
def test_vague_amounts_are_ranges(text: str, expected: list[tuple[float, float, str]]) -> None:
    assert _read(text) == expected
    assert all(q.vague and q.hedged for q in quantities(text))


def test_the_shang_of_online_is_no_vague_amount() -> None:
    assert _read("线上百万用户的 20万条日志") == [(2e5, 2e5, "count")]
    assert _read("加上百分之五") == [(5, 5, "percent")]
    assert not any(q.vague for q in quantities("加上百分之五，二十万条"))


def test_hours_written_h_are_hours() -> None:
    """ "300 h" was a bare count, against which the answer's "字错率降到了八点七" (a
    rate said without its %) was a wrong count."""
    assert _read("两周补 300 h 口音数据") == [
        (1209600, 1209600, "seconds"),
        (1080000, 1080000, "seconds"),
    ]
    assert not _contradicted(ACCENT, "一月初新版本在口音用户上的字错率降到了八点七。")
    assert not _contradicted(ACCENT, "花两周补了三百小时左右的口音数据重新训练。")
    assert _contradicted(ACCENT, "花两周补了三十小时左右的口音数据重新训练。")
    assert _read("一月初上线，三月全量") == []  # months of the year are no time taken


def test_one_unit_of_time_is_a_time_taken() -> None:
    """ "从一个月缩到十天" is the notes' "4 周 → 10 天": "一个月" was not read, and "十天"
    was held against the 4 周 whose words it shared."""
    assert _read("从一个月缩到十天左右") == [(2.6e6, 2.6e6, "seconds"), (864000, 864000, "seconds")]
    assert _read("一分钟就跑完") == [(60, 60, "seconds")]
    assert _read("有一天我发现同一天上线的一天天多了，用最新一天的快照") == []
    assert not _contradicted(LOOP, "一轮迭代从一个月缩到十天左右。")
    assert _contradicted(LOOP, "一轮迭代从一个月缩到三天左右。")
    assert _contradicted(LOOP, "一轮迭代从半年缩到十天左右。")


def test_the_end_of_a_change_told_is_held_against_the_notes_end() -> None:
    """The start agreeing with the notes' start, the end must agree with the notes' end: it
    was compared with the start, whose words it takes, and passed as stated elsewhere."""
    assert _contradicted(LOOP, "一轮迭代从四周缩到三天左右。")
    assert not _contradicted(LOOP, "一轮迭代从四周缩到了十天。")


def test_a_fraction_of_a_percent_is_a_fraction_of_one_percent() -> None:
    assert _read("up about a third of a percent") == [(0.3333, 0.3333, "percent")]
    assert _read("half of a percentage point") == [(0.5, 0.5, "points")]
    assert _read("two thirds of users") == [(66.6667, 66.6667, "percent")]
    assert not _contradicted(RESULTS, "Offline AUC went up about a third of a percent.")
    assert _contradicted(RESULTS, "Offline AUC went up about three percent.")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("about one and a half million listings", 1.5e6),
        ("a million and a half listings", 1.5e6),
        ("half a million rows", 5e5),
        ("a half million listings", 5e5),
        ("one and a half times faster", 1.5),
    ],
)
def test_a_half_said_in_words_is_read(text: str, value: float) -> None:
    assert [q.low for q in quantities(text)] == [value]


def test_one_and_a_half_million_is_not_a_half_million() -> None:
    """ "and" split the clause: "about one" and "a half million listings", read as 1M."""
    right = "On a second-hand furniture marketplace with about one and a half million listings."
    assert not _contradicted(LISTINGS, right)
    assert _contradicted(LISTINGS, right.replace("one and a half", "half a"))


def test_a_range_said_in_words_is_read_whole() -> None:
    """ "strides four up to thirty-two": "thirty-two" has no noun after it and was dropped,
    and "four" alone was held against the notes' stride 32."""
    assert _read("strides four up to thirty-two, and") == [(4, 32, "count")]
    assert _read("batch 4 up to 32 GPUs") == [(4, 32, "count")]
    right = (
        "FPN keeps the backbone, stages C2 to C5 at strides four up to thirty-two, and adds a path."
    )
    assert not _contradicted(STRIDE, right)
    assert _contradicted(STRIDE, right.replace("thirty-two", "sixteen"))


def test_point_four_said_aloud_is_a_decimal() -> None:
    """ "under point four" was read as under 4, against the notes' 0.4 threshold."""
    assert _read("anything scoring under point four got demoted") == [(0, 0.4, "count")]
    assert _read("set the threshold to point three five") == [(0.35, 0.35, "count")]
    assert _read("at some point four users complained") == [(4, 4, "count")]  # a moment
    right = (
        "Listing photos went through a quality classifier, and anything scoring under point "
        "four got demoted in search."
    )
    assert not _contradicted(THRESHOLD, right)
    assert _contradicted(THRESHOLD, right.replace("point four", "point two"))


def test_a_half_more_of_a_unit_of_time() -> None:
    """ "做了一年半" was read as one year against the notes' "1.5 年"."""
    assert _read("做了一年半风控") == [(4.725e7, 4.725e7, "seconds")]
    assert _read("一个半月，2 个半月") == [(3.9e6, 3.9e6, "seconds"), (6.5e6, 6.5e6, "seconds")]
    stint = Point(text="第一份：蚂蚁 风控数据分析 → 1.5 年，做反套现策略")
    assert not _contradicted(stint, "我第一份工作在蚂蚁，做了一年半风控的数据分析，做反套现策略。")
    assert _contradicted(stint, "我第一份工作在蚂蚁，做了三年半风控的数据分析，做反套现策略。")


def test_only_a_change_told_next_to_its_start_is_held_against_the_notes_end() -> None:
    """ "from 32 up to 512" is no change whose end is every number of the answer: "three
    knobs" and "took 128" were held against the notes' 512."""
    sweep = Point(text="efSearch (query-time candidate list): swept 32..512, picked 128")
    answer = (
        "There are really three knobs. The one you live with is efSearch, the candidate list "
        "at query time: I swept it from 32 up to 512 and took 128, where recall flattened."
    )
    assert not _contradicted(sweep, answer)
    assert _contradicted(sweep, answer.replace("took 128", "picked 16"))


def test_a_bound_or_a_vague_round_figure_says_its_figure() -> None:
    """ "超过两个小时" is the notes' ">2h" and "上千层" their "1000 层" for coverage."""
    assert number_terms("卡住超过两个小时就必须来问") == number_terms("卡住 >2h 必须来问")
    assert number_terms("under 5 minutes") == number_terms("5 min") == {"300s"}
    assert "1000" in number_terms("能训到上千层")
    assert number_terms("几十分钟") == {"1200-5400s"}  # no figure of its own
