"""When two numbers say the same: one family, overlapping within a tolerance ("大约 1 倍" is
not "1.5 倍", "八十毫秒左右" is 80 ms), and a score said in hundredths ("fifty-eight" for
the notes' 0.58)."""

from __future__ import annotations

from agent._quantities import Quantity

EXACT, HEDGED = 0.12, 0.3  # relative tolerance of a plain and of a hedged number
PERCENT_SLACK = 3  # points two shares near 100% may differ by and still agree


def same_family(a: Quantity, b: Quantity) -> bool:
    """Do two numbers measure alike? "涨了一点七个点" is how "+1.7%" is said: percent and
    percentage points are told alike."""
    return a.family == b.family or {a.family, b.family} == {"percent", "points"}


def agree(a: Quantity, b: Quantity) -> bool:
    """Do two numbers of one family overlap, within the looser of their tolerances?"""
    if _in_hundredths(a, b) or _in_hundredths(b, a):
        return True
    if not same_family(a, b):
        return False
    # each upper end widened by the tolerance: "大约 1 倍" is not "1.5 倍", "八十毫秒左右" is 80ms
    tol = 1 + (HEDGED if a.hedged or b.hedged else EXACT)
    close = a.low <= b.high * tol and b.low <= a.high * tol
    return close and (a.family != "percent" or _shortfalls_agree(a, b, tol))


def _shortfalls_agree(a: Quantity, b: Quantity, tol: float) -> bool:
    """Near 100% a share is told by what it falls short: "准确率 99%" (1% wrong) is not
    "92%" (8% wrong), though 99 is within 12% of 92. A few points apart always agree."""
    if min(a.low, b.low) < 50 or max(a.high, b.high) > 100:
        return True
    short_a, short_b = (100 - a.high, 100 - a.low), (100 - b.high, 100 - b.low)
    if abs(short_a[0] - short_b[0]) <= PERCENT_SLACK:
        return True
    return short_a[0] <= short_b[1] * tol and short_b[0] <= short_a[1] * tol


def _in_hundredths(whole: Quantity, fraction: Quantity) -> bool:
    """Is a whole number up to 100 the fraction said in hundredths ("fifty-eight" or "58%"
    for an AUC of 0.58)?"""
    exact = whole.low == whole.high and fraction.low == fraction.high
    plain = whole.family in ("count", "percent") and fraction.family in ("count", "ratio")
    return exact and plain and 0 < fraction.low < 1 and abs(whole.low - fraction.low * 100) < 0.5
