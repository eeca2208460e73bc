"""Numbers said of the same unit: "approved in one round" against "needed four rounds",
"p99 from 900 ms to 60 ms" against "from 900 ms to 800 ms", "降到 2%" against "升到 8%".

A result stated with the wrong figure shares every word of the notes' result but the
number, so word overlap and meaning both take it for the point. Numbers are compared
per unit (the word or character right after the number; "percent" is "%"), and only
where the clause gives a figure the point does not have while leaving out one it has:
"from 900 ms to about 60 ms, median 20 ms" says all of the point's and more.
"""

from __future__ import annotations

import re

_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
] + [f"{t}ty" for t in ("twen", "thir", "for", "fif", "six", "seven", "eigh", "nine")]
_VALUE = {w: str(i) for i, w in enumerate(_WORDS[:13])} | {
    w: str(20 + 10 * i) for i, w in enumerate(_WORDS[13:])
}
_NUMBER = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?|" + "|".join(_WORDS) + r")\s*"
    r"(%|percent\b|[\u4e00-\u9fff]|[a-z]+)",
    re.IGNORECASE,
)
# words after a number that are no unit of it ("from 8 to 2", "3 and 4")
_NOT_UNITS = frozenset(
    [
        "to",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "the",
        "a",
        "an",
        "by",
        "for",
        "from",
        "than",
        "with",
        "per",
        "is",
        "are",
        "was",
        "were",
    ]
)


def figures(text: str) -> dict[str, set[str]]:
    """unit -> the numbers the text says of it."""
    found: dict[str, set[str]] = {}
    for number, unit in _NUMBER.findall(text.lower()):
        unit = "%" if unit.startswith("percent") else unit.rstrip("s") if len(unit) > 3 else unit
        if unit in _NOT_UNITS:
            continue
        found.setdefault(unit, set()).add(_VALUE.get(number, number))
    return found


def other_figure(point: str, clause: str, notes: str = "") -> bool:
    """Does the clause give, for a unit the point counts in, a number the point does not
    have (nor the rest of the `notes`: "原来 800ms" beside "降到 150ms"), while leaving
    out one the point has?"""
    said, noted = figures(clause), figures(notes)
    for unit, values in figures(point).items():
        theirs = said.get(unit, set())
        if theirs - values - noted.get(unit, set()) and not values <= theirs:
            return True
    return False
