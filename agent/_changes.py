"""Key points an answer turns round or fills with another thing: "from X to Y", "X instead of Y".

- Reversed: the reference moved "from nightly batch jobs to Kafka streaming" ("从 Python 挪到
  C++ 算子里", "from 24 hours to under 5 minutes"); the answer says from Y to X.
- Replaced: the same start and another named end ("from Whisper large-v2 to Whisper tiny"
  where the notes moved to something else): the names after "to" share nothing.
- Rejected: "ran it on CPUs instead of the A10Gs" rejects what a key point asserts (A10G)
  for a name the notes never use (CPU). A restated contrast of the notes ("而不是…" of what
  they reject too) names nothing new and is kept.

A name here is a latin word with a capital or a digit ("Kafka", "A10G", "C++"), or any
latin word in a Chinese text; numbers count in a change ("from 5 minutes to 24 hours").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import EN_STOPWORDS, content_terms, mostly_cjk
from agent._negation import NEGATION, REJECTING, negated
from agent._turned_figures import ARROW
from agent.keypoints import Point

SIDE_SAID = 0.5  # share of one side's terms the other text's side must have to be "the same"

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)
# from terms, to terms, the text, and the names the end adds to the start
_Change = tuple[frozenset[str], frozenset[str], str, frozenset[str]]

_STOP = r"(?=\s*(?:[,.;:，。；：、)）](?!\d)|$|\b(?:and|which|with|so|but|while)\b))"
_PART = r"(?:[^,.;:]|(?<=\d)\.(?=\d))"  # a decimal point is no sentence's end ("0.8%")
_EN_CHANGE = re.compile(
    rf"\bfrom\s+(?P<a>{_PART}{{1,60}}?)\s+(?:to|into|onto)\s+(?P<b>{_PART}{{1,60}}?){_STOP}",
    re.IGNORECASE,
)
# a figure's change in notes' shorthand: "answer-leak rate 11% -> 0.8%", "P99 180ms → 70ms"
_FIGURE = r"\d[\d.,]*\s*(?:%|[a-zA-Z]{1,3}\b|万|亿|倍)?"
FIGURE_CHANGE = re.compile(rf"(?P<a>{_FIGURE})\s*(?:→|->|=>|⇒)\s*(?P<b>{_FIGURE})")
# "ended up at 0.61, up from 0.78": the change told end first
_UP_FROM = re.compile(
    rf"(?P<b>{_FIGURE})\s*,?\s*(?:up|down)\s+from\s+(?P<a>{_FIGURE})", re.IGNORECASE
)
_ZH_CHANGE = re.compile(
    r"从\s*(?P<a>[^，。；,;：:]{1,20}?)\s*(?:[挪迁换改搬转切降提涨升减增扩缩压砍拆合][移回进]?)?"
    r"(?:到|至|成|为|回)了?\s*(?P<b>[^，。；,;：:]{1,20})"
)
_INSTEAD = re.compile(
    r"(?P<x>[^,.;:，。；：]{1,60}?)\s*(?:\binstead of\b|\brather than\b|而不是|而非)\s*"
    r"(?P<y>[^,.;:，。；：]{1,40})",
    re.IGNORECASE,
)
_LAST_PART = re.compile(r"\s(?:and|then|but|so)\s|然后|并且|并", re.IGNORECASE)
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9+#.\-]*")


def changed(points: Sequence[Point], kept: list[str]) -> list[tuple[int, Where]]:
    """(point index, the answer's sentence and clause) for each change turned round or
    filled with another thing, and each rejection of what a point asserts."""
    reference = [(i, c) for i, p in enumerate(points) for c in _changes(p.text)]
    everything = " ".join(p.text for p in points)
    found = []
    for j, sentence in enumerate(kept):
        for change in _changes(sentence):
            for i, ref in reference:
                if _reversed(change, ref) or _replaced(change, ref):
                    found.append((i, (j, change[2])))
                    break
        found += [(i, (j, text)) for i, text in _rejected(points, sentence, everything)]
    return found + _kept_start(points, kept)


# "还是每个提交都跑", "we still retrained daily": the start of a change said to go on
_STILL = re.compile(
    r"还是|仍然|仍旧|依然|依旧|照样|照旧|\b(?:still|kept|continued|stayed)\b", re.IGNORECASE
)

# what happened, not a way of working: "got merged", "was flagged", "被误杀", "出现了漂移"
_HAPPENED = re.compile(r"\b(?:got|gets|was|were|became|broke|failed)\b|被|出现", re.IGNORECASE)


def _kept_start(points: Sequence[Point], kept: list[str]) -> list[tuple[int, Where]]:
    """(point index, clause) for each answer clause saying the start of a change the notes
    made ("每个 commit 都跑 → 每天一次") goes on as it was, and not its end."""
    # (a chain of arrows, "scores first -> weight drifted -> dropped", is causes, no change)
    # (nor is a happening and its remedy: "burst shots got merged -> keypoint match")
    starts = [
        (i, c)
        for i, p in enumerate(points)
        if not _HAPPENED.search(ARROW.split(p.text)[0])
        for c in _changes(p.text)
        + (_arrow_sides(p.text) if len(ARROW.findall(p.text)) == 1 else [])
    ]
    found = []
    for j, sentence in enumerate(kept):
        for clause in (c for c in re.split(r"[，,；;。.!?！？]", sentence) if _STILL.search(c)):
            if NEGATION.search(clause):
                continue
            said = _side(clause)
            for i, (start, end, _, _) in starts:
                # (all of the start: an arrow in notes is as often a cause and its effect,
                # and "kept missing scams" names one word of "scams 61%")
                if start and start <= said and not _said(end, said) and not start & end:
                    found.append((i, (j, clause.lower())))
                    break
    return found


def _changes(text: str) -> list[_Change]:
    found = [*_EN_CHANGE.finditer(text), *_ZH_CHANGE.finditer(text), *FIGURE_CHANGE.finditer(text)]
    found += _UP_FROM.finditer(text)
    return [
        (
            _side(m.group("a")),
            _side(m.group("b")),
            m.group(0).lower(),
            _added_names(m.group("a"), m.group("b"), text),
        )
        for m in found
    ]


def _added_names(start: str, end: str, sentence: str) -> frozenset[str]:
    """The names the end of a change adds; an end that repeats a name of the start names a
    variant of it by its other words ("Whisper large-v2" to "Whisper tiny": "tiny")."""
    before, after = _names(start, sentence, lead=True), _names(end, sentence, lead=True)
    if before & after:
        return frozenset(_side(end) - _side(start))
    return frozenset(after - before)


def _side(text: str) -> frozenset[str]:
    return frozenset(content_terms(text))


def _said(part: frozenset[str], whole: frozenset[str]) -> bool:
    return bool(part) and len(part & whole) / len(part) >= SIDE_SAID


def _alike(one: frozenset[str], other: frozenset[str]) -> bool:
    return _said(one, other) or _said(other, one)


def _reversed(change: _Change, ref: _Change) -> bool:
    """From where the notes ended to where they started."""
    start, end = change[:2]
    return _said(start, ref[1]) and _said(end, ref[0]) and not _said(start, ref[0])


def _replaced(change: _Change, ref: _Change) -> bool:
    """The notes' start, and an end naming other things than the notes' end does: its
    names ("Whisper tiny") share no word with theirs ("distil-whisper"), nor its terms."""
    start, end, _, named = change
    if not _said(start, ref[0]) or _said(start, ref[1]):
        return False
    new, wanted = end - start, ref[1] - ref[0]
    return bool(named) and bool(ref[3]) and not (new & wanted) and not (named & ref[3])


def restates_change(point: str, clause: str) -> bool:
    """Does one of the two choose the end of a change the other makes over its start ("256
    instead of 1024" of "1024 -> 256 dims", "from hiding the listing to a soft ranking
    penalty" of "soft rank penalty instead of hiding")? Its rejection is the other's "from"."""
    return _chooses_end(point, clause) or _chooses_end(clause, point)


def _chooses_end(changing: str, choosing: str) -> bool:
    changes = _changes(changing) + _arrow_sides(changing)
    for found in _INSTEAD.finditer(choosing) if changes else ():
        chosen = _side(_LAST_PART.split(found.group("x"))[-1])
        rejected = _side(found.group("y"))
        # (the chosen side runs back to the clause's start: "let us train hourly")
        if any(_said(rejected, c[0]) and _alike(chosen, c[1]) for c in changes):
            return True
    return False


# "training daily -> hourly streaming": a change in the notes' shorthand, its sides the
# words next to the arrow (only read against a choice said over one of them: an arrow
# between words is as often a cause and its effect)
_WORD_ARROW = re.compile(
    r"(?P<a>[^\s,.;:，。；：()（）→>]{1,20}(?:\s[^\s,.;:，。；：()（）→>]{1,20})?)\s*(?:→|->|=>|⇒)"
    r"\s*(?P<b>[^,.;:，。；：()（）→>]{1,30})"
)


def _arrow_sides(text: str) -> list[_Change]:
    return [
        (_side(m.group("a")), _side(m.group("b")), m.group(0).lower(), frozenset())
        for m in _WORD_ARROW.finditer(text)
    ]


def _rejected(points: Sequence[Point], sentence: str, everything: str) -> list[tuple[int, str]]:
    """Points asserting a name the sentence rejects for a name the notes never use."""
    out: list[tuple[int, str]] = []
    if REJECTING.search(sentence) is None:
        return out  # the pattern below tries every start: only where a rejection is said
    for found in _INSTEAD.finditer(sentence):
        # what is chosen is said just before "instead of": "…and ran it on CPUs instead of"
        chosen = _names(_LAST_PART.split(found.group("x"))[-1], sentence)
        rejected = _names(found.group("y"), sentence)
        if not rejected or not {n for n in chosen if n not in everything.lower()}:
            continue
        for i, point in enumerate(points):
            text = point.text.lower()
            if all(n in text and not negated(text, n) for n in rejected):
                out.append((i, found.group(0).lower()))
                break
    return out


def _names(part: str, sentence: str, lead: bool = False) -> set[str]:
    """Names in part of a sentence, lower case, with a plural "s" off ("A10Gs", "CPUs"):
    in English a capital counts on its first word only when the part does not open the
    sentence (`lead`: the side after "to"), so "We" is no name."""
    chinese = mostly_cjk(sentence)
    names = set()
    for n, word in enumerate(_NAME.findall(part)):
        marked = any(c.isupper() or c.isdigit() for c in word[1:])
        capital = word[0].isupper() and (n > 0 or lead) and word.lower() not in EN_STOPWORDS
        if chinese or marked or capital:
            names.add(re.sub(r"(?<=[A-Z0-9])s$", "", word).lower())
    return names
