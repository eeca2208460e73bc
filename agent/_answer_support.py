"""How much of what an answer adds is the notes' own words: the measures beside key-point
coverage that tell an answer on the notes' topic from one about something else."""

from __future__ import annotations

from collections.abc import Sequence

from agent._answer_text import (
    CJK_RUN,
    ZH_LONE_FUNCTION,
    content_terms,
    mostly_cjk,
    terms,
    tokens,
)
from agent.keypoints import Point

SUPPORT_WORDS = 4  # new words an answer must say before their share of the notes counts in full


def new_characters(sentence: str, question: str) -> set[str]:
    """The Chinese characters of a sentence that the question does not have (function
    characters aside): bigrams across rearranged words ("少大") are not new words."""
    said = {c for t in tokens(sentence) if CJK_RUN.match(t) for c in t}
    return said - set(question) - ZH_LONE_FUNCTION


def latin_names(points: Sequence[Point], kept: list[str], question: str) -> tuple[int, int]:
    """How many latin names a Chinese answer says that the points use and the question
    does not ("NLP"), and how many neither uses ("vLLM", "AdamW"): an answer naming other
    tools is most likely about them, one naming the notes' own is on their topic."""
    said = {t for s in kept for t in terms(s) if t.isascii() and any(c.isalpha() for c in t)}
    if not said or not mostly_cjk(" ".join(kept)):
        return 0, 0
    noted = set().union(*(terms(p.text) for p in points))
    asked = terms(question)
    return len((said & noted) - asked), len(said - noted - asked)


def glyph_share(points: Sequence[Point], kept: list[str], question: str) -> float:
    """Share of the Chinese characters the answer adds to the question that the points
    use too: "分好几层，从上往下搜索" shares no bigram with "上层稀疏，下层稠密" but its
    层/上/下 are the notes' words (0 for an answer with no Chinese)."""
    said = set().union(*(new_characters(s, question) for s in kept))
    known = set().union(*(new_characters(p.text, question) for p in points))
    return len(said & known) / len(said) if said else 0.0


def echo_share(kept: list[str], asked: set[str]) -> float:
    """Share of the kept sentences' terms that are the question's: a sentence adding two
    words to a restated question is kept, but it is still mostly the question."""
    said = set().union(*(content_terms(s) for s in kept))
    return len(said & asked) / len(said) if said else 0.0


def notes_share(
    points: Sequence[Point], kept: list[str], asked: set[str], backing: str = ""
) -> float:
    """Share of what the answer says (beyond the question's words) that the points also say.

    An answer making claims the notes do not make — a wrong account sharing a few of
    the topic's words — has little support; a short right answer has a lot.
    """
    said = set().union(*(content_terms(s) for s in kept)) - asked
    known = set().union(*(terms(p.label) for p in points)) | terms(backing)
    # (a share of two or three words is chance: "weak at" beside the question's
    # "weaknesses" is no support)
    return len(said & known) / max(len(said), SUPPORT_WORDS) if said else 0.0
