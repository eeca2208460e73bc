"""Amounts said in words rather than figures, as agent._quantities reads them.

- A fraction of a group, "a third of", "two thirds of", "half of": a share, in percent;
  but "a third of a percent" is a third of one percent, 0.33%, not 33%.
- A vague amount, "几十分钟", "十几万条", "上百个", "几万", "一两个", "两三倍", "dozens of",
  "tens of thousands", "a few hundred": a range a speaker means, never one exact figure.
  "几十分钟" is as right for 40 minutes as for 20, so agent._wrong_numbers holds it
  against no figure it covers ("就剩一两个拖几十分钟" of "个别 task 40 min+").
- One unit of time, "一个月", "一周", "一分钟", is a time taken (not "有一天"); "一年半",
  "一个半月" are a half more.
"""

from __future__ import annotations

import re

_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5}
SHARE_WORDS = (
    r"\b(?:an?|one|two|three)[\s-]+(?:half|third|quarter|fifth)s?"
    r"|(?<!first )(?<!second )\bhalf"  # not "the first half of the year"
)
# "a third of a percent", "half of a percentage point": a part of one unit
_OF_ONE = re.compile(
    r"\s+of\s+(?:a|one)\s+(percent|percentage\s+points?|points?|pp)\b", re.IGNORECASE
)
# the ranges vague amounts mean
_VAGUE = {
    "十几": (11.0, 19.0),
    "几十": (20.0, 90.0),
    "几百": (200.0, 900.0),
    "上百": (100.0, 900.0),
    "几千": (2e3, 9e3),
    "上千": (1e3, 9e3),
    "几万": (2e4, 9e4),
    "上万": (1e4, 9e4),
    "tens": (20.0, 90.0),
    "dozens": (24.0, 99.0),
    "hundreds": (200.0, 900.0),
    "hundred": (200.0, 900.0),  # "a few hundred tokens"
    "thousands": (2e3, 9e3),
    "thousand": (2e3, 9e3),
    "millions": (2e6, 9e6),
}
# "上百个" is vague; not the 上 of "线上", "加上" or "以上" before a number ("线上百万用户")
VAGUE_WORDS = (
    r"十几|几[十百千万]|(?<![线加以晚之马早网向往楼桌身手面路顶市])上[百千万](?!分)"
    r"|(?:a\s+)?few\s+(?:hundred|thousand)\b"
    r"|(?:tens|dozens|hundreds|thousands|millions)\s+of\b"
)


def share(words: str) -> tuple[float, float]:
    """ "two thirds" is 66.7%, "a quarter" 25%, "half" 50%."""
    *count, part = re.split(r"[\s-]+", words.lower())
    value = 100 * (_NUMERATORS[count[0]] if count else 1) / _PARTS[part.removesuffix("s")]
    return value, value


def of_one_unit(text: str, at: int) -> tuple[str, int] | None:
    """After a share, "of a percent" (its family, percent or points, and where it ends):
    the share is of one unit, not of a group."""
    unit = _OF_ONE.match(text, at)
    if unit is None:
        return None
    return ("percent" if unit.group(1).lower() == "percent" else "points"), unit.end()


def vague(run: str) -> tuple[float, float]:
    """ "十几" 11~19, "几十" 20~90, "上百" 100~900, "dozens of" 24~99, "a few hundred" 200~900."""
    words = run.lower().split()
    if len(words) > 1:  # "tens of", "a few hundred": the word that says the scale
        run = words[0] if words[-1] == "of" else words[-1]
    return _VAGUE[run]


# "有一天", "同一天", "前一天", "最新一天": a day or week named, no time taken; nor "一天天"
_NO_SPAN_BEFORE = re.compile(r"[有某哪同每这那上下前后头当另单唯新]$")
_NO_SPAN_AFTER = re.compile(r"天|年|到晚|到头|级")


def one_span(text: str, start: int, at: int) -> bool:
    """ "一个月", "一周", "一分钟": one of a unit of time is a time taken ("从一个月缩到十天
    左右" of "4 周 → 10 天"), unless it names a day ("有一天") or runs on ("一天天")."""
    return not _NO_SPAN_BEFORE.search(text[:start]) and not _NO_SPAN_AFTER.match(text, at)


def and_a_half(text: str, start: int, end: int, value: float) -> tuple[float, float, int]:
    """ "一年半", "两天半", "一个半月", "两个半小时": a half more of the unit."""
    if "半" in text[start:end]:
        return value + 0.5, value + 0.5, end
    if text.startswith("半", end):
        return value + 0.5, value + 0.5, end + 1
    return value, value, end
