"""Word / character error rate, for tests and benchmarks (not used at run time)."""

from __future__ import annotations

import re

_ABBREVIATIONS = {"mr": "mister", "mrs": "missus", "dr": "doctor"}


def normalize_words(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return [_ABBREVIATIONS.get(w, w) for w in words]


def normalize_chars(text: str) -> list[str]:
    return [c for c in text if c.isalnum()]


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        current = [i]
        for j, h in enumerate(hyp, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1]


def wer(reference: str, hypothesis: str) -> float:
    ref = normalize_words(reference)
    return edit_distance(ref, normalize_words(hypothesis)) / max(1, len(ref))


def cer(reference: str, hypothesis: str) -> float:
    ref = normalize_chars(reference)
    return edit_distance(ref, normalize_chars(hypothesis)) / max(1, len(ref))
