"""The one shape of user-facing text in both languages: `Words(en, zh).said_in(language)`.

A leaf module (it imports nothing of ours), so the rubric, the prompts and the labels can
all use it without an import cycle.
"""

from __future__ import annotations

from typing import NamedTuple


class Words(NamedTuple):
    """One piece of user-facing text in both languages: the shape the exports, the labels,
    the rubric and the prompts use for zh/en text (`words.said_in(language)`)."""

    en: str
    zh: str

    def said_in(self, language: str) -> str:
        return self.zh if language.startswith("zh") else self.en
