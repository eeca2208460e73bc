"""The claim a follow-up asks the candidate to stand by: what their answer said against a
point of their notes, quoted as they said it (agent.nodes writes the challenge with it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import mostly_cjk, terms, units
from agent._coverage import measure
from agent._markdown import plain
from agent._phrasing import unjoined
from agent._turn import Turn
from agent.keypoints import Point


def claim_on_topic(probe: Point, points: Sequence[Point], on_topic: Sequence[Turn]) -> str:
    """What the latest answer on the topic to contradict the probed point said against it
    (a claim made in the main answer is still taken up after a follow-up on another)."""
    for turn in reversed([t for t in on_topic if t.answer]):
        measured = turn.key_points or points
        claim = challenged_claim(probe, measured, turn.answer_text, turn.question)
        if claim:
            return claim
    return ""


def challenged_claim(probe: Point, points: Sequence[Point], answer: str, question: str) -> str:
    """The clause of the answer saying the opposite of the probed point, as the candidate
    said it ("ROUGE-L 到了 0.9"), or "" when none does or it is too long to quote. Read
    among all the turn's `points`, as the answer was measured: alone, a point has no
    neighbours to tell what the answer says of another thing."""
    at_probe = next((i for i, p in enumerate(points) if p.text == probe.text), None)
    if at_probe is None:
        return ""
    against = measure(points, answer, question).points[at_probe].against
    said = unjoined(_unmarked(against).strip(" ，,。.;；"))
    # "the evaluation set", said of a point on what the evaluation set must hold: the point's
    # own words assert nothing against it
    if _folded(said) in _folded(probe.text) or _notes_figures(said, points):
        return ""
    if _HINDSIGHT.search(probe.text):  # the story's deed, against what it should have been
        return ""
    said = _in_context(said, _unmarked(answer))
    return said if 0 < units(said) <= CLAIM_UNITS else ""


def _in_context(said: str, answer: str) -> str:
    """A bare figure ("21003 条", "12%") quoted with what it counts: the phrase of the answer
    it sits in ("构造微调指令数据集（21003 条）") - "我确认一下：「21003 条」" named nothing."""
    if not said or terms(_FIGURE.sub("", said)) - _UNIT_WORDS:
        return said
    at = answer.find(said)
    if at < 0:
        return said
    start = max((answer.rfind(mark, 0, at) for mark in _PHRASE_ENDS), default=-1) + 1
    ends = [i for mark in _PHRASE_ENDS if (i := answer.find(mark, at + len(said))) >= 0]
    phrase = answer[start : min(ends, default=len(answer))].strip(" ，,。.;；")
    if units(phrase) > CLAIM_UNITS and mostly_cjk(phrase):  # "并结合…" -> "结合…"
        cuts = [m.end() for m in _PART_START.finditer(phrase[: phrase.find(said)])]
        phrase = next((phrase[c:] for c in cuts if units(phrase[c:]) <= CLAIM_UNITS), said)
    return phrase.strip(" ，,。.;；")


_PART_START = re.compile(r"并|再|又|然后|随后|之后")


_PHRASE_ENDS = ("，", ",", "。", "；", ";", "\n", ". ", "：", ": ")
# a unit beside a figure names nothing of what it counts
_UNIT_WORDS = {"条", "个", "篇", "对", "次", "万", "ms", "s", "%", "x", "k", "w", "token", "tokens"}


# "T — I was asked…": the STAR letter of a pasted answer's line is no word the candidate said
_STAR_LEAD = re.compile(r"^\s*[STAR]\s*(?:[：:]|[—–]+|--?(?=\s))\s*")


def _unmarked(said: str) -> str:
    """The clause as said: a pasted answer's markdown ("T** — I was asked…") and STAR
    letter out."""
    return _STAR_LEAD.sub("", plain(said.replace("**", "")))


# a lesson told as what should have been done ("反思：我应该先花半天抽查数据，而不是先调超参",
# "I should have checked the data instead of tuning"): the story did the other thing, and an
# answer retelling it ("我花了三天调超参") is the notes' story, not a claim to stand by
_HINDSIGHT = re.compile(
    r"应该|应当|本应|本该|早该|早应|\bshould(?:'ve| have)\b|\bought to have\b", re.IGNORECASE
)
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _figures(text: str) -> list[float]:
    return [float(f) for f in _FIGURE.findall(re.sub(r"(?<=\d),(?=\d{3})", "", text))]


def _notes_figures(claim: str, points: Sequence[Point]) -> bool:
    """The claim gives a point's own figures, in the notes' order ("上线后 CTR 从 3.1% 提到
    3.6%" of "上线后 CTR 从 3.1% 提升到 3.6%…"): the interviewer does not ask the candidate
    to stand by what their notes say, whatever else the wording was taken for."""
    said = _figures(claim)
    return bool(said) and any(_in_order(said, _figures(p.text)) for p in points)


def _in_order(said: list[float], noted: list[float]) -> bool:
    rest = iter(noted)
    return all(any(n == f for n in rest) for f in said)


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


CLAIM_UNITS = 24  # a claim quoted back is short: a clause, not the answer
