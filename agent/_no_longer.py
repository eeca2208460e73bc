"""Before and after: a "no longer" tells of a past ("不再出现退化问题" says the thing was
there before), and a point telling the past ("原来…几乎没有曝光") is no claim about after."""

from __future__ import annotations

import re

from agent._subjects import the_problem

# "不再出现退化问题" / "no longer spikes": the thing happened before, so an answer telling
# how it used to be ("以前…就是退化问题", "used to spike") describes it, claims it no more
_NO_LONGER = re.compile(
    r"不再|再也不|不会再|没有?再|未再|\bno longer\b|\bnot any ?more\b|\bnever again\b",
    re.IGNORECASE,
)
# what says a thing is there after the change a "no longer" tells of
_STILL = re.compile(
    r"还是|仍然|仍旧|依然|依旧|照样|又|再次|还会|还在|\b(?:still|again|kept|continued)\b",
    re.IGNORECASE,
)
PAST = re.compile(
    r"以前|之前|原来|原先|过去|本来|早先|\b(?:used to|before|previously|originally|in the past)\b",
    re.IGNORECASE,
)


def used_to_be(point: str, sentence: str) -> bool:
    """Does the point say something no longer happens and the sentence tell the past? A
    "no longer" says the thing was there before: a sentence saying it is there without
    "still" or "again" ("它的毛病是跷跷板" of "没再出现跷跷板") tells that before too."""
    if _NO_LONGER.search(point) is None:
        return False
    return PAST.search(sentence) is not None or _STILL.search(sentence) is None


def told_of_before(point: str, sentence: str) -> bool:
    """Does the point tell how things were before ("原来用的是协同过滤，冷启动商品几乎没有
    曝光"), and the sentence not, or only as what it changed ("把原来整句识别改成了流式")?
    An answer telling what the work changed ("曝光占比从 2% 提到 9%") says the after."""
    if PAST.match(point.strip()) is None and _FIRST_VERSION.match(point.strip()) is None:
        return False
    return PAST.search(sentence) is None or _CHANGED_TO.search(sentence) is not None


def past_told(point: str, sentence: str) -> bool:
    """Does the sentence tell how things used to be ("原来按流失概率发券不太划算") where the
    point tells no past? The old way it tells is what the notes' way replaced, no claim
    against it ("真正要预测的是增量，不是流失概率")."""
    return _USED_TO.search(sentence) is not None and PAST.search(point) is None


# a point naming the first version it tells ("v0 = 固定 512 token 切块", "Baseline: …"):
# the way the work replaced, as a past told
_FIRST_VERSION = re.compile(
    r"(?:v0|baseline|基线|初版|旧版|老版|旧方案|老方案|一开始|最初|起初|\b(?:initially|at first)\b)"
    r"\s*(?:版本|方案|version)?\s*[:：=（(]?",
    re.IGNORECASE,
)
# "改成了流式", "switched to streaming": a sentence telling a change says the after
_CHANGED_TO = re.compile(
    r"改成|换成|变成|改为|换为|转成|切到|换到|迁到|\b(?:switched|moved|changed|migrated)\s+(?:\w+\s+)?to\b",
    re.IGNORECASE,
)
# the past as a way of working replaced ("before" is too common a word to count; "is
# mainly used to fix" is a purpose)
_USED_TO = re.compile(
    r"以前|原来|原先|过去|本来|\b(?:previously|originally)\b"
    r"|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!ly )\bused to\b",
    re.IGNORECASE,
)


def stopped_since(point: str, sentence: str) -> bool:
    """Does the sentence say the problem the point tells ("现象：…有 2 次没回落 → 发散")
    stopped ("后面一点七万亿 token 没再发散")? A "no longer" says it was there before,
    as the point says: the sentence tells the after, no denial of it."""
    return the_problem(point) and _NO_LONGER.search(sentence) is not None
