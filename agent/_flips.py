"""A point clause flipped by an answer clause sharing its words: a shared term negated
in one and not the other, the opposite direction ("提到 91%" / "降到 78%"), or an antonym
of the point's word ("same" / "different", said of one thing). agent._contradiction pairs
the clauses; this says whether one flips the other."""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import content_terms
from agent._asked import asked_whether
from agent._comparison import OPPOSITES, only
from agent._denied_objects import denied_far, new_kind, object_said, verb_only
from agent._negation import all_rejected, contrast_kept, hypothetical, negated, qualified
from agent._predicates import both_deny, opinion_denied, predicate_negated
from agent._said_alike import alike
from agent._subjects import names_property
from agent._zero import none

# which way a clause says something moves: up (+1) or down (-1)
_DIRECTION = (
    (
        1,
        re.compile(
            r"提高|提升|提到\s*\d|增加|增长|增大|上升|上涨|涨到|升到|变大|变多|"
            r"\b(?:increas\w*|rais(?:e|es|ed|ing)|ris(?:e|es|ing)|rose|grow(?:s|n|ing)?|grew"
            r"|boost\w*|went up|goes up)\b",
            re.IGNORECASE,
        ),
    ),
    (
        -1,
        re.compile(
            r"降低|下降|降到|减少|减小|减到|下跌|跌到|变小|变少|"
            r"\b(?:decreas\w*|lower(?:s|ed|ing)?|reduc\w*|fall(?:s|ing)?|fell|shrink\w*"
            r"|went down|goes down)\b",
            re.IGNORECASE,
        ),
    ),
)
# what a clause says stayed as it was: no change where the notes say it went up or down
_STEADY = re.compile(
    r"一直是|一直都|始终|仍然|依然|没有?变|不变"
    r"|\b(?:stayed|remained|unchanged|did(?: not|n't) change|flat)\b",
    re.IGNORECASE,
)


def flipped(point: str, sentence: str, purpose: bool = False, answer: Sequence[str] = ()) -> bool:
    """A shared term negated in one and not the other (unless the sentence says what is
    avoided, `purpose`, or another clause of the `answer` says it as the point does:
    "softmax 会饱和… 除以根号 d_k 后不容易饱和" is two conditions, not a denial), the
    opposite direction, or an antonym of the point's word (the same exception); a wrong
    figure is agent._wrong_numbers' to find."""
    p, s = point.lower(), sentence.lower()
    # a condition's negation ("without positions, order is lost", "otherwise it wouldn't
    # know the order") names what is needed: no denial to flip
    conditional = hypothetical(p) or hypothetical(s)
    purpose = purpose or contrast_kept(p, s)  # "不在计算而在显存" / "…换了显存读写"
    conditional = conditional or both_deny(p, s) or opinion_denied(p, s)
    if not (purpose or conditional) and _negation_flipped(p, s, answer):
        return True
    if (
        not conditional
        and predicate_negated(p, s) != predicate_negated(s, p)
        and not any(predicate_negated(c, p) == predicate_negated(p, s) for c in answer)
    ):
        return True
    way = _direction(p)
    # the other way, or no way at all: "覆盖率一直是 30%" against "从 30% 提到 80%"
    against = _direction(s) == -way or (_direction(s) == 0 and _STEADY.search(s) is not None)
    if way and against and not any(_direction(c) == way for c in answer):
        return True
    for a, b in OPPOSITES:
        for one, other in ((a, b), (b, a)):
            flipped = only(p, one, other) and only(s, other, one)
            # "the same txn" is not the opposite of "different code": same or not, of what
            flipped = flipped and (a != "same" or _said_of_alike(p, one, s, other))
            if flipped and not any(only(c, one, other) for c in answer):  # said as the point
                return True
    return False


def _said_of_alike(p: str, one: str, s: str, other: str) -> bool:
    """Do "same" in `p` and "different" in `s` (or the other way) say it of one thing: a
    content word of the few after each is shared?"""
    after = [
        content_terms(" ".join(t[t.find(w) + len(w) :].split()[:3]))
        for t, w in ((p, one), (s, other))
    ]
    return bool(after[0] & after[1])


def _negation_flipped(p: str, s: str, answer: Sequence[str]) -> bool:
    """A term both say, negated in one and not the other, and not said as the point says
    it by another clause of the `answer` (lower-case point and clause)."""
    # "n" in "n×n" is no word; "stores only some" is half a denial already
    shared = {t for t in content_terms(p) & content_terms(s) if len(t) > 1 and not qualified(p, t)}
    # "评估能不能做" asks whether: "不能做" is no flip of it, nor "看看能不能做" of "不能做"
    shared = {t for t in shared if not asked_whether(p, t) and not asked_whether(s, t)}
    # both deny the same thing ("下游零故障" / "下游都没出故障"): the words before the
    # denial are its subject, said by both, not denied by one
    if any(none(p, t) and none(s, t) for t in shared):
        return False
    # both take it out ("cut silence" / "drop the silence"), a pair ("有X和无X"): no flip
    shared = {t for t in shared if not alike(p, s, t)}
    shared = {t for t in shared if not all_rejected(p, t, s)}  # "one caller" / "every caller"
    # "一致性校验" names the property, it claims none: no flip of "特征不一致"
    shared = {t for t in shared if not names_property(p, t) and not names_property(s, t)}
    for term in shared:
        # "zero X" only answers a negation ("with zero downtime" / "without downtime"):
        # it makes no flip of its own ("zero point" is a quantisation term)
        flipped = negated(p, term) != negated(s, term) and none(p, term) != none(s, term)
        # "without making them zero" is not flipped by "making the weights smaller" (in
        # Chinese the clauses sharing words with the point are about the same claim)
        denier, other = (p, s) if negated(p, term) else (s, p)
        flipped = flipped and (object_said(denier, term, other) or not term.isascii())
        flipped = flipped and not new_kind(denier, term, other)
        flipped = flipped and not verb_only(other, term, denier)  # "no edit" / "need to edit"
        flipped = flipped and not denied_far(other, term)
        if flipped and not any(term in c and negated(c, term) == negated(p, term) for c in answer):
            return True
    return False


def _direction(text: str) -> int:
    """+1 when the text says something goes up, -1 down, 0 for neither or both."""
    ways = {sign for sign, pattern in _DIRECTION if pattern.search(text)}
    return ways.pop() if len(ways) == 1 else 0
