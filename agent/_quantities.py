"""Numbers in a text with what they measure: value (or range), unit family, hedge, context.

"一般 2~3x", "cost -62%", "32 Q heads, 8 KV heads", "十六个字节", "百分之九十五",
"六到八成", "seventy billion parameters", "under 5 minutes" are each read as a range of
values in one family (percent, points, ratio, duration in seconds, bytes, money, or a plain
count with its scale), whether hedged ("大概", "左右", "roughly": a wider tolerance). The
words around each number are agent._number_mentions'.
Numbers that are names are skipped: ZeRO-1, P99, fp16, A10G, recall@10, 第一周, 2022 年;
so are number words said for no value ("一个", "一点", "one of", "the one that"), but "in
one round" counts rounds ("needed four rounds" gets it wrong).
agent._wrong_numbers compares an answer's numbers with a reference's.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from agent._answer_text import mostly_cjk
from agent._numerals import EN_RUN, ZH_NUMERAL, en_value, zh_pair, zh_value
from agent._spoken_amounts import (
    SHARE_WORDS,
    VAGUE_WORDS,
    and_a_half,
    of_one_unit,
    one_span,
    share,
    vague,
)

_ZH = rf"[{ZH_NUMERAL}]+(?:点[{ZH_NUMERAL}]+)?"
# "42,000" and "16,777,216" are one number (thousands grouped); "1,2,3" and "5, 10" are several
_DIGIT = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?"
_RANGE = r"\s*(?:~|～|-|–|—|到|至|(?:up\s+)?to)\s*"  # "4 up to 32" spans 4~32
# one number, a range of two, or a fraction; alternatives tried in this order
_CORE = re.compile(
    rf"百分之(?P<zpct>{_ZH}|几十)(?:{_RANGE}(?:百分之)?(?P<zpct2>{_ZH}))?"
    rf"|(?P<zfrac>{_ZH})分之(?P<znum>{_ZH})"
    r"|(?P<tenths>[一二两三四五六七八九])成(?P<tenth>[一二三四五六七八九])(?![成倍])"
    # "负样本 1:100": 100 per one (not "at 1:30 pm", a time)
    rf"|(?<![\d:：∶])(?<!at )1\s*[:：∶]\s*(?P<per>{_DIGIT})(?![\d:：∶]|\s*[ap]\.?m\b)"
    rf"|(?P<dnum>{_DIGIT})\s*/\s*(?P<dden>{_DIGIT})"
    rf"|(?P<d1>{_DIGIT})\s*%?(?:{_RANGE}(?P<d2>{_DIGIT}))?"
    rf"|(?P<some>{VAGUE_WORDS})"
    rf"|(?P<z1>{_ZH})(?:(?:到|至|~)(?P<z2>{_ZH}))?"
    rf"|(?P<share>{SHARE_WORDS})(?=\s+of\b)"
    rf"|(?P<e1>{EN_RUN.pattern})(?:\s+(?:up\s+)?to\s+(?P<e2>{EN_RUN.pattern}))?",
    re.IGNORECASE,
)
_SCALES = {"k": 1e3, "千": 1e3, "万": 1e4, "m": 1e6, "百万": 1e6, "亿": 1e8, "b": 1e9, "t": 1e12}
_SCALES |= {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Chinese notes write 万 as "w" ("20w 条", "2kw 的指令数据"): read so only in Chinese
_SCALES |= {"w": 1e4, "kw": 1e7}
# "tens of thousands": a scale word may be plural after a vague amount
_SCALE = re.compile(
    r"\s*(百万|[千万亿]|kw(?![A-Za-z])|[kKMBTw](?![A-Za-z])"
    r"|(?:thousand|million|billion|trillion)(?=s?\b))(?:(?<=[a-z])s)?"
)
# "from 120 to 35 ms" is a change, not a range
_FROM = re.compile(r"(?:\bfrom|从)\s*$", re.IGNORECASE)
_YEAR = 3.15e7  # seconds
_PER_TIME = "(?:second|minute|min|hour|day|week|month)"
# unit -> (family, factor to the family's base)
_UNITS = [
    # "four hundred queries a second", "2k QPS", "每秒 400 次", "0.4 per device per day": a
    # rate, not a count of things
    (rf"(?:[a-z]+\s+)?(?:per\s+[a-z]+\s+)?(?:a|per)\s+{_PER_TIME}\b|qps\b", "rate", 1.0),
    (r"(?:[a-z]+\s*)?/\s*(?:s|sec|h|hr|d|wk|" + _PER_TIME + r")\b", "rate", 1.0),
    (r"%|percent\b|个?百分比", "percent", 1.0),
    (r"成(?![本为功熟员果立绩长交型都])", "percent", 10.0),
    (r"个?百分点|个?点(?![击赞])|percentage points?\b|points?\b|pp\b|pts?\b", "points", 1.0),
    (r"倍|x\b|×|times\b|-?fold\b", "ratio", 1.0),
    (r"ms\b|毫秒|milliseconds?\b", "seconds", 1e-3),
    (r"seconds?\b|secs?\b|s\b|秒", "seconds", 1.0),
    (r"minutes?\b|mins?\b|分钟", "seconds", 60.0),
    (r"hours?\b|hrs?\b|h\b|(?:个半?)?小时", "seconds", 3600.0),  # "300 h 口音数据": hours
    (r"days?\b|天", "seconds", 86400.0),
    (r"weeks?\b|(?:个半?)?星期|周(?![期末围边])", "seconds", 604800.0),
    (r"months?\b|个半?月", "seconds", 2.6e6),
    (r"years?\b|年", "seconds", _YEAR),
    (r"cents?\b|美分", "money", 0.01),
    # spoken "二十五块左右", "花了三千块": 块 ending its phrase is yuan ("两块 A100" counts)
    (
        r"dollars?\b|bucks\b|美元|美金|块钱|块(?=\s*(?:左右|$|[，,。；;！？!?）)]))|元(?![素件组])",
        "money",
        1.0,
    ),
    (r"bytes?\b|字节", "bytes", 1.0),
    (r"KB\b", "bytes", 1e3),
    (r"MB\b", "bytes", 1e6),
    (r"GB\b", "bytes", 1e9),
    (r"TB\b", "bytes", 1e12),
]
# "三个多点": "more than three points", the 多 between the counter and the unit
_UNIT = [(re.compile(r"\s*(?:个\s*)?多?(?:" + p + ")", re.IGNORECASE), f, k) for p, f, k in _UNITS]
# "两秒四", said for 2.4 seconds: one digit after the unit, no unit or numeral of its own
_SPOKEN_TENTH = re.compile(rf"([一二三四五六七八九])(?![{ZH_NUMERAL}点个次倍秒%成分])")
# "one answer in four points at the wrong commit": the four of a "one in four" is a
# count; the word after it is the sentence's verb, no unit of it
_ONE_IN = re.compile(r"\b(?:one|an?|\d+)\s+(?:[a-z]+\s+)?in\s+$", re.IGNORECASE)
_CURRENCY = re.compile(r"[$¥￥]\s*$")
_TIMES_SMALLER = re.compile(r"\s*(?:smaller|fewer|less)\b", re.IGNORECASE)
_HEDGE_BEFORE = re.compile(
    r"(?:大概|大约|约|差不多|将近|接近|近|一般|通常|about|around|roughly|approximately|nearly"
    r"|almost|some|~|≈)\s*[有是在为占要]?\s*$",
    re.IGNORECASE,
)
_HEDGE_AFTER = re.compile(r"^\s*(?:左右|上下|多|出头|来)")
_UPTO = re.compile(
    r"(?:under|less than|below|within|fewer than|up to|不到|少于|低于|小于|以内|控制在)\s*$", re.I
)
_UPTO_AFTER = re.compile(r"^\s*(?:以下|以内|之内|内)")
_ATLEAST = re.compile(r"(?:over|more than|above|at least|超过|至少|大于|高于)\s*$", re.IGNORECASE)
# ZeRO-1, P99, v2, 第一: names; but "top-2" / "top 20" counts what is kept; a 1:1 (a
# meeting of two, a ratio, a time of day) is no count of anything
_NAME_BEFORE = re.compile(r"(?:[A-Za-z_@#]|[A-Za-z][-./]|第|\d[:∶])$")  # "ViT-L/14"
# "recall at twenty" is recall@20 said aloud: the metric's name, no value
_METRIC_AT = re.compile(r"\b(?:recall|precision|ndcg|map|mrr|hits?|pass|acc\w*|f1)\s+at\s+$", re.I)
# "23 年 Q2", "二三年第二季度", "19 年底": a year of a date, not a count of years
_DATE_PART = re.compile(
    r"\s*(?:Q[1-4]|第?[一二三四1-4]季度|[上下]半年|[初底末]|(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月)",
    re.I,
)
# "point four" is 0.4, but "at some point", "this point", "the point" name a moment
_A_POINT = re.compile(
    r"\b(?:the|this|that|some|any|one|each|every|no|which|what|whose|its|his|her|their|our"
    r"|my|your|an?|key|main|next|last|first|second|another|other|same|decimal)\s+$",
    re.IGNORECASE,
)
_TOP = re.compile(r"\btop-?$", re.IGNORECASE)
# 4-bit, 1/N, 3x4 kept out; but "768-d", "256-dim" count dimensions
_NAME_AFTER = re.compile(
    r"^(?:[A-Za-z]+\d|-(?!(?:d|dim|dimensional)\b)[A-Za-z]|[_/][A-Za-z]|[:∶]\d)"
)
# what English "one" counts: a noun after it, not "of", "the one that", "one can", "one
# more", nor a fraction's denominator ("one half" is 0.5)
_ONE_COUNTS = re.compile(
    r"\s*(?!(?:of|the|an?|and|or|to|in|on|at|by|for|from|with|is|are|was|were|that|which|who"
    r"|can|could|would|should|must|may|might|will|another|more|way|thing"
    r"|half|third|quarter|fifth|tenth|minus|plus|over|times)\b)[a-z]{2,}",  # "p times one minus p"
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    low: float
    high: float
    family: str  # percent | points | ratio | seconds | bytes | money | count
    hedged: bool
    start: int
    end: int
    vague: bool = False  # "几十", "一两个", "dozens of": a range meant, no one figure


def quantities(text: str) -> list[Quantity]:
    """The numbers of a text that measure something, in order."""
    out: list[Quantity] = []
    at = 0
    while (found := _CORE.search(text, at)) is not None:
        at = max(found.end(), found.start() + 1)
        before = text[: found.start()]
        named = _NAME_BEFORE.search(before) and not _TOP.search(before)
        if not found.group(0).strip() or named or _METRIC_AT.search(before):
            continue
        if _A_POINT.search(before) and found.group(0).lower().startswith("point"):
            at = found.start() + 1  # "at this point two things broke": two things
            continue
        found = _single(text, found)
        quantity = _read(text, found)
        if quantity is not None:
            out.append(quantity)
            at = quantity.end
    return out


def _single(text: str, found: re.Match[str]) -> re.Match[str]:
    """The first number alone when "from" leads a pair: "from 120 to 35 ms"."""
    for first, second in (("d1", "d2"), ("z1", "z2"), ("e1", "e2")):
        if found.group(second) and _FROM.search(text[: found.start()]):
            again = _CORE.match(text, found.start(), found.end(first))
            return again or found
    return found


def _read(text: str, found: re.Match[str]) -> Quantity | None:
    """One core number with its scale, unit, hedge and bound; None for a name or year."""
    values = _values(found)
    # "$0.0004/item" is a price per item, not a name like "1/N"
    priced = _CURRENCY.search(text[: found.start()]) is not None
    # a name is written onto its number ("4-bit", "1/N"); "0.4 /day" is a rate
    named = _NAME_AFTER.match(text[found.end() :]) and not found.group(0)[-1].isspace()
    if values is None or (named and not priced):
        return None
    low, high, family, factor = *values, "count", 1.0
    end = found.end()
    scale = _SCALE.match(text, end)
    if scale and scale.group(1).startswith(("w", "kw")) and not mostly_cjk(text):
        scale = None  # "3w" in English is no ten thousands
    if scale and not found.group("e1"):
        times = _SCALES[scale.group(1).lower()]
        low, high, end = low * times, high * times, scale.end()
    if family == "count":
        family, factor, end = _unit(text, end, found)
        if family == "points" and _ONE_IN.search(text[: found.start()]):
            family, factor, end = "count", 1.0, found.end()
        tenth = _SPOKEN_TENTH.match(text, end) if found.group("z1") else None
        if tenth and family == "seconds" and text[end - 1] == "秒" and low == high:
            low = high = low + (zh_value(tenth.group(1)) or 0) / 10  # "两秒四" is 2.4 s
            end = tenth.end()
        if family == "seconds" and low == high:
            low, high, end = and_a_half(text, found.end(), end, low)
    if found.group("share") and (part := of_one_unit(text, end)):
        family, end = part
        low, high = low / 100, high / 100  # "a third of a percent" is 0.33%, not 33%
    if family == "count" and priced:
        family = "money"
    if family == "count" and (found.group("zfrac") or found.group("dnum")):
        family = "ratio"
    if not _said_for_value(text, end, found, high, family):
        return None  # "一个", "one of", "一点", "统一": a word, not a number said for its value
    # a year: "2022", "2022 年"; not "2,000 txns" (a year is written with no comma)
    year_like = not found.group(0).lstrip().startswith("0") and "," not in found.group(0)
    in_years = family in ("count", "seconds") and factor in (1.0, _YEAR)
    if year_like and in_years and 1900 <= low == high <= 2100:
        return None
    if factor == _YEAR and text[end - 1] == "年" and _a_date(text, end, found.group("z1")):
        return None
    if family == "ratio" and _TIMES_SMALLER.match(text, end):
        low, high = 1 / high, 1 / low  # "four times smaller"
    low, high = low * factor, high * factor
    quantity = _bounded(text, found.start(), end, low, high, family)
    return replace(quantity, vague=True, hedged=True) if _vague(found) else quantity


def _vague(found: re.Match[str]) -> bool:
    """ "几十分钟", "百分之几十", "一两个", "两三倍", "dozens of": a range meant."""
    run = found.group("z1")
    return bool(found.group("some") or found.group("zpct") == "几十" or (run and zh_pair(run)))


def _a_date(text: str, end: int, numeral: str | None) -> bool:
    """Is the "NN 年" ending at `end` a year of a date: a month or quarter follows, or it is
    said digit by digit ("一九年毕业"; "二三年" is also "two or three years", so not that)?"""
    digits, run = "零〇一二三四五六七八九", numeral or ""
    spelled = len(run) == 2 and set(run) <= set(digits)
    if spelled and digits.find(run[1]) != digits.find(run[0]) + 1:
        return True
    return _DATE_PART.match(text, end) is not None


def _values(found: re.Match[str]) -> tuple[float, float] | None:
    g = found.group
    if g("zfrac"):
        whole, part = zh_value(g("zfrac")), zh_value(g("znum"))
        return (part / whole, part / whole) if whole and part is not None else None
    if g("zpct"):
        if g("zpct") == "几十":
            return vague("几十")
        return _pair(zh_value(g("zpct")), zh_value(g("zpct2") or ""))
    if g("per"):  # ("1:1" is one-on-one, a meeting, no ratio to compare)
        return None if _digits(g("per")) == 1 else (_digits(g("per")), _digits(g("per")))
    if g("dnum"):
        den = _digits(g("dden"))
        return (_digits(g("dnum")) / den, _digits(g("dnum")) / den) if den else None
    if g("d1"):
        return _pair(_digits(g("d1")), _digits(g("d2")) if g("d2") else None)
    if g("tenths"):  # "五成八" is 58%
        value = 10 * (zh_value(g("tenths")) or 0) + (zh_value(g("tenth")) or 0)
        return value, value
    if g("some"):
        return vague(g("some"))
    if g("share"):
        return share(g("share"))
    if g("z1"):
        return zh_pair(g("z1")) or _pair(zh_value(g("z1")), zh_value(g("z2") or ""))
    return _pair(en_value(g("e1")), en_value(g("e2")) if g("e2") else None)


def _digits(number: str) -> float:
    return float(number.replace(",", ""))


def _pair(first: float | None, second: float | None) -> tuple[float, float] | None:
    """One number, or the range of two (in either order); None when the first is no number."""
    if first is None:
        return None
    if second is None:
        return first, first
    return min(first, second), max(first, second)


def _unit(text: str, at: int, found: re.Match[str]) -> tuple[str, float, int]:
    if found.group("zpct") or found.group("tenths") or found.group("share"):
        return "percent", 1.0, at
    if "%" in found.group(0):
        return "percent", 1.0, at
    for pattern, family, factor in _UNIT:
        unit = pattern.match(text, at)
        if unit:
            return family, factor, unit.end()
    return "count", 1.0, at


def _said_for_value(text: str, at: int, found: re.Match[str], high: float, family: str) -> bool:
    """A number in words counts something: not "一个", "一点", "one of", "the one that";
    in English one thing counted is ("passed in one round" against "needed four rounds")."""
    if not (found.group("z1") or found.group("e1")):
        return True
    if found.group("e2"):  # "strides four up to thirty-two": a range is said for its values
        return high != 1
    if family == "seconds" and found.group("z1") == "一":
        return one_span(text, found.start(), at)
    if _SET_TO.search(text[: found.start()]) and not _MEASURED.match(text, at):
        return True  # "α 等于三", "k 取五", "equals one": a setting's value
    spoken_decimal = "point" in (found.group("e1") or "").lower()  # "point four": 0.4
    if family == "count" and not (
        _counted(text, at) or _decimal(found.group("z1") or "", text, at) or spoken_decimal
    ):
        return False
    if high != 1 or family != "count":
        return high != 1
    if found.group("e1"):
        return _ONE_COUNTS.match(text, at) is not None
    return _one_beside_others(text, at)


_SET_TO = re.compile(r"(?:等于|设成|设为|取值|=|\bequals?|\bset to)\s*$", re.IGNORECASE)
_MEASURED = re.compile(r"[\u4e00-\u9fff](?<![的时])")  # "设成一个…": an article, not a value
# a Chinese count and its measure word; "一" is left out, the one being asked about
_ZH_COUNT = re.compile(r"(?:\d+|[两二三四五六七八九十百千]+)\s*([个名位条种次台块张])")
_ONE_OF = re.compile(r"\s*([个名位条种次台块张])(?![\d零〇一二两三四五六七八九十])")


def _one_beside_others(text: str, at: int) -> bool:
    """ "一个" is an article ("带一个五个人的组", a numeral next), except beside another
    count of the same measure word, which it splits with: "四个做后端一个做测试" (not
    "十六个字节", a unit's)."""
    word = _ONE_OF.match(text, at)
    return word is not None and any(
        other.group(1) == word.group(1)
        and not any(unit.match(text, other.start(1)) for unit, _, _ in _UNIT)
        for other in _ZH_COUNT.finditer(text)
    )


def _decimal(run: str, text: str, at: int) -> bool:
    """ "零点五", "一点二": a Chinese decimal is a value whatever follows it; not "一点一点"
    (bit by bit), whose second 点 shows it is no number."""
    whole, point, fraction = run.partition("点")
    return bool(whole and point and fraction) and not text.startswith("点", at)


def _counted(text: str, at: int) -> bool:
    """A number word is read only when it counts something next to it: "十六个字节" was
    read by its unit; "twenty tokens", "三个模块", "seventy billion parameters" count."""
    return re.match(r"\s*多?(?:个|张|条|次|层|种|位|台|块|[a-zA-Z]{2,})", text[at:]) is not None


def _bounded(text: str, start: int, end: int, low: float, high: float, family: str) -> Quantity:
    before, after = text[max(0, start - 12) : start], text[end : end + 4]
    hedged = bool(_HEDGE_BEFORE.search(before) or _HEDGE_AFTER.match(after))
    hedged = hedged or "多" in text[start:end]  # "三个多点", "两百多次"
    if _UPTO.search(before) or _UPTO_AFTER.match(after):
        low = 0.0
    elif _ATLEAST.search(before):
        high = math.inf
    return Quantity(low, high, family, hedged, start, end)
