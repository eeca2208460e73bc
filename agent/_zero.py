"""A term said to be zero: "zero downtime", "零故障", "launch slipped 0 days" say what
"without downtime", "没出故障", "didn't slip" do, with a number."""

from __future__ import annotations

import re

from agent._negation import is_cjk, negated


def none(text: str, term: str) -> bool:
    """Negated, or said to be zero: "with zero downtime" says what "without downtime" does."""
    return negated(text, term) or zero(text, term)


def zero(text: str, term: str) -> bool:
    """Is the term said to be zero: "zero downtime", "零故障", "0 差错" (= "没出故障")?"""
    if is_cjk(term):  # most texts say no 零: no pattern to build
        before = rf"(?:零|(?<![\d.])0)\s*{re.escape(term)}"
        return (
            re.search(rf"{before}|{re.escape(term)}了?\s*(?:零|0\b)\s*{_ZH_UNIT}", text) is not None
        )
    # "0 regretted" is "none regretted"; "slipped 0 days" is "didn't slip"
    before = rf"(?:\bzero|(?<![\d.])\b0)\s+{re.escape(term)}"
    after = rf"\b{re.escape(term)}\w*\s+(?:by\s+)?(?:zero|0)\s+[a-z]"
    return re.search(f"{before}|{after}", text) is not None


_ZH_UNIT = "[天周月年次个小分秒]"  # "延期 0 天", "回滚了零次"
