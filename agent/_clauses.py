"""A key point's clauses: split at commas and colons, not inside brackets, not in a
number ("1,677 万") and not between the items of an English list ("fluent, likely
continuations"), as "、" does not split a Chinese one."""

from __future__ import annotations

import re


def split_clauses(sentence: str) -> list[str]:
    """Clauses after each comma or colon, keeping the space after it ("system: I replaced")
    and never inside brackets ("−log σ(r(x, y_w) − r(x, y_l))" is one formula)."""
    clauses, start, depth = [], 0, 0
    for i, ch in enumerate(sentence):
        depth += (ch in "(（[{") - (ch in ")）]}")
        if (
            ch in "，,：:"
            and depth <= 0
            and not _thousands(sentence, i)
            and not _in_list(sentence, i)
        ):
            clauses.append(sentence[start : i + 1])
            start = i + 1
    return [*clauses, sentence[start:]]


# an English comma between items of a list, as "、" in Chinese: "fluent, likely
# continuations", "missing, outdated or only weakly stored" - not before a clause of its
# own ("First, we cached…", ", and decoding rewards confident text")
_NOT_AN_ITEM = r"(?:I|we|it|they|this|that|these|he|she|you|there|which|who|and|or|but|so|then)\b"
_ITEM = re.compile(rf"\s*(?!{_NOT_AN_ITEM})(?:[A-Za-z-]+\s+){{0,4}}[A-Za-z-]+\s*", re.IGNORECASE)
_LAST_ITEM = re.compile(r"\b(?:and|or)\s", re.IGNORECASE)
_SEGMENT_END = re.compile(r"[,，:：;；.。]")


def _in_list(text: str, i: int) -> bool:
    """Is the comma at i one between the items of an English list: the words after it, up
    to the next comma, are a few with no subject, two at most or the list's last item
    ("outdated or only weakly stored")?"""
    if text[i] != ",":
        return False
    item = _SEGMENT_END.split(text[i + 1 :], maxsplit=1)[0]
    if not _ITEM.fullmatch(item):
        return False
    return len(item.split()) <= 2 or _LAST_ITEM.search(item) is not None


def _thousands(text: str, i: int) -> bool:
    """The comma of "1,677 万": one number, not two clauses."""
    return text[i] == "," and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()
