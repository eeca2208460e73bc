"""A term negated on one side and not the other that is still no flip: both say one thing.

agent._contradiction and agent._denials call `alike(point, clause, term)` before counting
a negation said by one side only:

- a pair that names the thing and its absence side by side ("有条件和无条件的结果",
  "X 和非 X", "with and without X") says the term neither way;
- both take the thing out ("cut silence" / "drop the silence");
- one side denies only that the thing comes first ("先回滚，不先查原因"), and the other
  does it later ("然后再查原因"), not first;
- the point says the term again further on as the clause says it ("发版有问题 → 之后定了
  周五不发版" / "团队定了周五不发版"): the clause restates that half;
- one side calls the thing low or little ("区分度低") and the other says there is
  hardly any ("没什么区分度");
- the point names a measure ("通道重要性 = |γ|") and the clause picks out the things at
  its low end ("把不重要的通道剪掉");
- one side says the aim is "not just" the term and the other "rather than" it ("不只是拼
  流水线" / "而不是一直在拼流水线");
- one side warns of an excess ("α 太大 → 伤主任务") and the other advises against it
  ("系数不能太大");
- the point makes the thing ("定成功指标") and the clause tells it was missing before
  ("没有 PRD，没有指标").
"""

from __future__ import annotations

import re

from agent._answer_text import content_terms
from agent._negation import SCOPE_END, negated
from agent._removals import removed

# what joins the two halves of a pair: "和", "与", "、", "/", "+", "and", "or", "vs"
_JOIN = r"\s*(?:和|与|跟|及|或|、|/|\+|＋|\band\b|\bor\b|\bvs\.?)\s*"
_WITHOUT_ZH = r"(?:无|没有|非|不)"


def alike(point: str, clause: str, term: str) -> bool:
    """Does the clause say of `term` what the point says, though one of them negates it
    and the other does not (lower-case texts)?"""
    if paired(point, term) or paired(clause, term):
        return True
    if only_order_denied(point, clause, term) or only_order_denied(clause, point, term):
        return True
    if restated_later(point, clause, term):
        return True
    if (said_low(point, term) and negated(clause, term)) or (
        said_low(clause, term) and negated(point, term)
    ):
        return True
    if low_end_named(point, clause, term):
        return True
    if lesser_half(point, clause, term) or lesser_half(clause, point, term):
        return True
    if warned_against(point, clause, term) or warned_against(clause, point, term):
        return True
    if lack_filled(point, clause, term):
        return True
    return removed(point, term) and removed(clause, term)


def paired(text: str, term: str) -> bool:
    """Is the term named with and without, side by side ("有条件和无条件", "条件 + 无条件",
    "X 和非 X", "with and without X", "X or no X")? Such a pair names both cases: it
    denies neither."""
    t = re.escape(term)
    return (
        re.search(rf"(?:有)?{t}{_JOIN}{_WITHOUT_ZH}{t}", text) is not None
        or re.search(rf"{_WITHOUT_ZH}{t}{_JOIN}(?:有)?{t}", text) is not None
        or re.search(rf"\bwith{_JOIN}without\s+(?:the\s+|a\s+)?{t}", text) is not None
        or re.search(rf"\b{t}{_JOIN}(?:no|non-?|without)\s*{t}", text) is not None
        or re.search(rf"{t}{_SHORT_ZH}{_JOIN}{_SHARE}{_WITHOUT_ZH}{re.escape(term[:1])}", text)
        is not None
    )


# "随机 50% 发券 / 50% 不发", "发券组和不发券组": a share before each half, the second
# half said short
_SHORT_ZH, _SHARE = r"[\u4e00-\u9fff]{0,2}", r"(?:[\d.]+\s*%\s*)?"


# "不先查原因", "别先调参": the negation is of 先 ("first"), not of what follows it
_NOT_FIRST = re.compile(r"(?:不要?|别|没有?|不用)\s*先\s*[\u4e00-\u9fff]{0,3}$")
_FIRST = re.compile(r"(?:首先|先)\s*[\u4e00-\u9fff]{0,3}$")


def only_order_denied(denier: str, other: str, term: str) -> bool:
    """Does `denier` deny only that the term comes first ("先回滚，不先查原因") while
    `other` says it without putting it first ("然后再查原因")? Doing it later is what the
    point says; only "先查原因" would flip it."""
    at, there = denier.find(term), other.find(term)
    if at < 0 or there < 0 or not _NOT_FIRST.search(denier[:at]):
        return False
    return _FIRST.search(other[:there]) is None


_MASK = "#"


def restated_later(point: str, clause: str, term: str) -> bool:
    """Does the point say the term again the other way, in a part nearer the clause's
    words than its first saying, and negate it there as the clause does ("周五晚上发版本身
    就有问题 → 之后团队定了周五不发版" / "团队后来也定了周五不发版")? The clause says that
    later part."""
    said, first_way = content_terms(clause), negated(point, term)
    first = point.find(term)
    near = len(content_terms(_part_at(point, first)) & said)
    at = point.find(term, first + 1)
    while at > 0:
        masked = point[:at].replace(term, _MASK * len(term)) + point[at:]
        way = negated(masked, term)
        nearer = len(content_terms(_part_at(point, at)) & said) > near
        if nearer and way != first_way and way == negated(clause, term):
            return True
        at = point.find(term, at + 1)
    return False


def _part_at(text: str, at: int) -> str:
    """The stretch of the text between the scope ends around position `at`."""
    return SCOPE_END.split(text[:at])[-1] + SCOPE_END.split(text[at:])[0]


# "区分度低", "收益很小", "成本比较低": the rest of the term's word, a degree, then low
_LOW_AFTER = re.compile(
    r"[\u4e00-\u9fff]?\s*(?:很|太|较|比较|非常|极|偏|都)?\s*(?:低|小|少|弱|差|有限|不足|不高|不大|不多)"
)


def said_low(text: str, term: str) -> bool:
    """Is the term said to be low or little right after it ("区分度低")? That says what
    "没什么区分度" says: a negation against it is no flip."""
    at = text.find(term)
    return at >= 0 and _LOW_AFTER.match(text, at + len(term)) is not None


# "重要性", "稳定程度": the term names a measure; "重要性高" would claim a degree of it
_MEASURE_AFTER = re.compile(r"(?:性|程度|度)(?!\s*(?:很|更|较|比较|非常)?\s*(?:好|高|强|大))")


def low_end_named(point: str, clause: str, term: str) -> bool:
    """Does the point name a measure by the term ("通道重要性 = BN 层 |γ|") and the clause
    say the term only as a negated attribute of a noun ("把不重要的通道剪掉")? Those are
    the things at the measure's low end: the clause uses the measure, denies nothing."""
    at = point.find(term)
    if at < 0 or not _MEASURE_AFTER.match(point, at + len(term)):
        return False
    attribute = rf"(?:不|非|没有?|无)\s*{re.escape(term)}\s*的"
    return re.search(attribute, clause) is not None


# "不只是拼流水线", "not just a pipeline": the aim is more than the term, which is its lesser
# half; "而不是一直在拼流水线", "rather than a pipeline" sets the term against the aim too
_NOT_MERELY = re.compile(r"(?:不只|不仅|不单|\bnot (?:just|only|merely)\b)[^，,。；;]{0,4}$")
_RATHER_THAN = re.compile(r"(?:而不是|而非|\brather than\b|\binstead of\b)[^，,。；;]{0,6}$")


def lesser_half(merely: str, rather: str, term: str) -> bool:
    """Does one side put the term as "not just" the aim and the other as "rather than"
    it? Both set it below the aim: no flip ("做端到端，不只是拼流水线" / "而不是一直在拼
    流水线")."""
    at, there = merely.find(term), rather.find(term)
    if at < 0 or there < 0:
        return False
    return bool(_NOT_MERELY.search(merely[:at]) and _RATHER_THAN.search(rather[:there]))


# an excess: "太大", "过大", "过于激进", "too large"
_EXCESS_BEFORE = re.compile(r"(?:太|过于?|\btoo)\s*$")
# advice against it: "不能太大", "不要过大", "shouldn't be too large"
_ADVISED_NOT = re.compile(
    r"(?:不能|不要|不宜|不可|不应该?|别|切勿|\b(?:shouldn't|should not|mustn't|must not|can't|"
    r"cannot|don't|do not)(?:\s+(?:be|set it|make it))?)\s*(?:太|过于?|\btoo)?\s*$"
)


def warned_against(warning: str, advice: str, term: str) -> bool:
    """Does one side name an excess of the term as a warning ("α 太大 → 伤主任务效果") and
    the other advise against that excess ("但系数不能太大")? Both say the same."""
    at, there = warning.find(term), advice.find(term)
    if at < 0 or there < 0 or negated(warning, term):
        return False
    excess = term[:1] in "太过" or _EXCESS_BEFORE.search(warning[:at]) is not None
    return excess and _ADVISED_NOT.search(advice[:there]) is not None


# an act that makes the thing: "定成功指标", "建了评测集", "set up alerts", "wrote a doc"
_MADE_BEFORE = re.compile(
    r"(?:定|制定|定下|建|建立|搭|搭建|设|设计|写|加|引入|补|做了|"
    r"\b(?:set up|built|build|defined|define|added|add|introduced|wrote|write|created|create))"
    r"[\u4e00-\u9fff]{0,3}\s*(?:\b(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)


_LACKING = r"(?:没有|没|无|缺少?|\bno\b|\bwithout\b|\bthere (?:was|were) no\b)"


def lack_filled(point: str, clause: str, term: str) -> bool:
    """Does the point make the term ("定成功指标") and the clause say there was none ("没有
    指标", "there were no alerts")? The lack is what the act filled: no flip. A clause
    denying the act ("没定指标") negates its verb, not the thing, and is still read."""
    at = point.find(term)
    if at < 0 or _MADE_BEFORE.search(point[:at]) is None:
        return False
    return re.search(rf"{_LACKING}\s*{re.escape(term)}", clause) is not None
