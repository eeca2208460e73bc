"""What a percentage measures by how it is said: a share of something ("31% of active
sellers", "占 31%") or a change of something ("eleven percent more clicks", "up by 9%",
"提升了 11%"). A share and a change are two measures, however near their clauses: "a
third of sellers used it, and those listings got eleven percent more clicks" gives no
wrong share of sellers. A percentage said neither way (a level, "recall 95%") is of
either kind. agent._wrong_numbers compares only numbers of one kind.
"""

from __future__ import annotations

import re
from typing import Literal

from agent._number_mentions import Mention

Kind = Literal["share", "change"]

_HEDGE = r"(?:about|around|roughly|nearly|almost|some|~|约|大约|大概|将近)?\s*"
# "up by 9%", "grew 12%", "提升了 11%", "+9%": the amount a figure moved, not where it is
# ("fell to 5%" is where it is)
_CHANGED_BEFORE = re.compile(
    r"(?:\b(?:up|down|rose|fell|grew|dropped|increased|decreased|reduced|improved|lifted"
    r"|boosted|raised|lowered|gained|cut)(?:\s+by)?|\bby"
    r"|提升了?|提高了?|降低了?|下降了?|增加了?|减少了?|增长了?|涨了|降了|多了|少了)\s*"
    + _HEDGE
    + r"$|[+＋]\s*$",
    re.IGNORECASE,
)
_CHANGED_AFTER = re.compile(
    r"^\s*(?:more|less|fewer|higher|lower|faster|slower|better|worse|increase|decrease"
    r"|drop|lift|uplift|gain|reduction|improvement|的(?:提升|增长|下降|提高|降低))\b",
    re.IGNORECASE,
)
_SHARE_AFTER = re.compile(r"^\s*(?:of\b|的)", re.IGNORECASE)
_SHARE_BEFORE = re.compile(r"占(?:了|比)?\s*" + _HEDGE + "$")


def kind(mention: Mention) -> Kind | None:
    """A percentage's kind, when the words next to it say it."""
    if mention.quantity.family not in ("percent", "points"):
        return None
    before = mention.clause[max(0, mention.quantity.start - 20) : mention.quantity.start]
    after = mention.clause[mention.quantity.end :]
    if _CHANGED_BEFORE.search(before) or _CHANGED_AFTER.match(after):
        return "change"
    if _SHARE_AFTER.match(after) or _SHARE_BEFORE.search(before):
        return "share"
    return None


def other_kinds(a: Mention, b: Mention) -> bool:
    """Is one a share and the other a change?"""
    kinds = {kind(a), kind(b)}
    return kinds == {"share", "change"}
