"""A clause that says the point's claim in a form whose negation flips nothing:

- an attempt: "we tried SMOTE" of the notes' "NO SMOTE" (tried, then dropped);
- a difference told in words: "理论感受野和有效感受野不是一回事" of "ERF ≠ 理论 RF";
- the contrapositive: "C 越大越不容忍错分" of "C 小 → 容忍错分", the setting turned
  the other way and the claim denied.

agent._contradiction and agent._denials read a negation through this first.
"""

from __future__ import annotations

import re

from agent._asked import told_apart
from agent._negation import NEGATION

# "we tried SMOTE", "我们也试过 RGB 模型" (not "on the first try")
_TRIED = re.compile(r"\b(?:tried|did try|trying|experimented with)\b|试过|尝试过", re.IGNORECASE)
_DEGREES = (("大", "小"), ("高", "低"), ("多", "少"), ("长", "短"))
# a setting and its degree: "C 小", "λ 越大", "k 较小"
_SETTING = r"(?<![A-Za-z0-9_]){name}\s*(?:越|更|较|很|太)?(?:{degree})"


def said_alike(point: str, clause: str) -> bool:
    """Does the clause say the point's claim in one of these forms?"""
    if told_apart(point, clause):
        return True
    if not NEGATION.search(point + " " + clause):
        return False
    return (_TRIED.search(clause) is not None and NEGATION.search(point) is not None) or (
        _contrapositive(point, clause)
    )


def _contrapositive(point: str, clause: str) -> bool:
    """Does the clause turn a setting the point names the other way ("C 小" / "c 越大")
    and deny what the point asserts?"""
    if not NEGATION.search(clause) or NEGATION.search(point):
        return False
    low = clause.lower()
    for name in set(re.findall(r"(?<![A-Za-z0-9_])([A-Za-zα-ωλ]\w{0,3})", point)):
        for one, other in _DEGREES:
            for mine, theirs in ((one, other), (other, one)):
                if _said(point, name, mine) and _said(low, name.lower(), theirs):
                    return True
    return False


def _said(text: str, name: str, degree: str) -> bool:
    pattern = _SETTING.format(name=re.escape(name), degree=degree)
    return re.search(pattern, text) is not None
