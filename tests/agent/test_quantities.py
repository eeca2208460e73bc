"""Numbers read with what they measure: zh numerals and English words as digits, names skipped."""

from __future__ import annotations

import pytest

from agent._agreement import agree
from agent._coverage import measure
from agent._number_mentions import mentions
from agent._number_terms import number_terms
from agent._numerals import en_value, zh_value
from agent._quantities import Quantity, quantities
from agent.keypoints import Point


def _read(text: str) -> list[tuple[float, float, str]]:
    return [(round(q.low, 6), round(q.high, 6), q.family) for q in quantities(text)]


@pytest.mark.parametrize(
    ("run", "value"),
    [("十六", 16), ("九十五", 95), ("一点五", 1.5), ("十二", 12), ("两", 2), ("三千万", 3e7)],
)
def test_chinese_numerals_are_values(run: str, value: float) -> None:
    assert zh_value(run) == value


@pytest.mark.parametrize(
    ("run", "value"),
    [("seventy billion", 7e10), ("twenty-five", 25), ("one hundred and twenty", 120)],
)
def test_english_number_words_are_values(run: str, value: float) -> None:
    assert en_value(run) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每个参数大约占 16 字节", [(16, 16, "bytes")]),
        ("一个参数差不多要十六个字节", [(16, 16, "bytes")]),
        ("碎片导致 60%~80% 的显存被浪费", [(60, 80, "percent")]),
        ("差不多有六到八成的显存是浪费的", [(60, 80, "percent")]),
        ("命中率大概百分之九十五", [(95, 95, "percent")]),
        ("一般 2~3x", [(2, 3, "ratio")]),
        ("吞吐高两三倍", [(2, 3, "ratio")]),
        ("只有教师的十分之一", [(0.1, 0.1, "ratio")]),
        ("只有教师的 1/10", [(0.1, 0.1, "ratio")]),
        ("精度一般只掉一两个点", [(1, 2, "points")]),
        ("P99 在八十毫秒左右", [(0.08, 0.08, "seconds")]),
        (
            "seventy billion parameters on 1.4T tokens",
            [(7e10, 7e10, "count"), (1.4e12, 1.4e12, "count")],
        ),
        ("roughly twenty tokens per parameter", [(20, 20, "count")]),
        ("serving cost fell by sixty percent", [(60, 60, "percent")]),
        ("four times smaller", [(0.25, 0.25, "ratio")]),
        ("命中率才五成八左右", [(58, 58, "percent")]),
        ("路由器选 top-2 专家", [(2, 2, "count")]),
    ],
)
def test_numbers_are_read_with_their_unit(
    text: str, expected: list[tuple[float, float, str]]
) -> None:
    assert _read(text) == [(float(a), float(b), f) for a, b, f in expected]


@pytest.mark.parametrize(
    "text",
    [
        "ZeRO-1 切分优化器状态，P99 延迟高",
        "用 fp16 在 A10G 上跑，看 recall@10",
        "第一周就上线了，在 2022 年",
        "每张卡只存 1/N",
        "一个塔编码 query，统一处理，十分重要，掉一点",
        "one of the models, a day late",
    ],
)
def test_names_words_and_years_are_no_quantities(text: str) -> None:
    assert quantities(text) == []


def test_from_one_number_to_another_is_a_change_not_a_range() -> None:
    assert _read("p95 went from 120 to 35 milliseconds") == [
        (120, 120, "count"),
        (0.035, 0.035, "seconds"),
    ]


def test_a_bound_makes_a_range_and_a_hedge_a_wider_tolerance() -> None:
    under = quantities("under 5 minutes")[0]
    assert (under.low, under.high) == (0.0, 300.0)
    about = quantities("大约 1 倍")[0]
    assert about.hedged
    assert not agree(about, Quantity(1.5, 1.5, "ratio", False, 0, 0))  # 1.5x is not "about 1x"
    assert agree(quantities("八十毫秒左右")[0], quantities("80ms")[0])


def test_each_number_keeps_the_words_next_to_it() -> None:
    found = mentions("8 query heads for every 32 KV heads")
    assert "query" in found[0].local and "kv" not in found[0].local
    assert "kv" in found[1].local and "query" not in found[1].local


def test_a_number_is_the_same_word_however_it_is_written() -> None:
    """The shared notes' "20w" was said back as "二十万条" and the interviewer followed up
    as if it had not been said."""
    assert number_terms("跟之前微调的 20w 融合做微调") == {"200000"}
    assert number_terms("和之前的二十万条数据一起微调") == {"200000"}
    assert number_terms("2kw 的指令数据") == number_terms("两千万条指令数据")
    assert number_terms("we waited 3w") == {"3"}  # "w" is 万 only in Chinese
    assert number_terms("P99 从 80ms 降到 30ms") == {"0.08s", "0.03s"}
    point = [Point(text="随后跟之前微调的 20w 融合做微调")]
    assert measure(point, "然后和之前的二十万条数据一起微调。").points[0].covered > 0.1


def test_thousands_grouped_with_commas_are_one_number() -> None:
    """ "42,000" was read as 42 and 0, and "12,500 to 30,000" as a range of 30 to 500."""
    assert number_terms("清洗后剩 42,000 条") == number_terms("清洗后剩四万二千条") == {"42000"}
    assert number_terms("from 12,500 to 30,000 users") == {"12500", "30000"}
    assert number_terms("1,234.5 ms") == {"1.2345s"}
    assert number_terms("步骤 1,2,3") == {"1", "2", "3"}  # a list, not a number
    assert number_terms("top-5, 10, 20") == {"5", "10", "20"}
