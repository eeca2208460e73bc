"""The numbers of a text as words coverage can match (agent._coverage, agent._retold),
whatever way they are written: "20w", "20万" and "二十万" are all "200000"; a unit's
family is kept ("0.08s"). A bound says its figure: "超过两个小时" says the notes' ">2h",
"under 5 minutes" their "5 min"; and "上千层" reaches the notes' "1000 层"."""

from __future__ import annotations

import math

from agent._quantities import Quantity, quantities


def number_terms(text: str) -> set[str]:
    """Each number of the text as a word: its value, or its range, with its family."""
    found = set()
    for q in quantities(text):
        values = {_value(q)}
        if q.vague and q.low >= 100 and math.log10(q.low).is_integer():
            values.add(f"{q.low:g}")  # "上百", "上千", "上万" reach a round figure
        found |= {v if q.family == "count" else f"{v}{q.family[0]}" for v in values}
    return found


def _value(q: Quantity) -> str:
    if q.low == q.high or math.isinf(q.high):  # "超过两个小时": two hours
        return f"{q.low:g}"
    if q.low == 0:  # "under 5 minutes": five minutes
        return f"{q.high:g}"
    return f"{q.low:g}-{q.high:g}"
