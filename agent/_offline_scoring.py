"""The offline estimator: scores an answer without an LLM, from measurable features.

Key-point coverage against the reference answer (lexical overlap plus embedding
similarity when an embedder is given), length against a per-stage range, and
structure markers per stage: STAR and reflection words (behavioral), numbers and
first-person role words (project), order markers and connectives (fundamentals),
background/experience/skills/motivation (self-intro). It cannot judge correctness:
"correctness" is estimated from coverage (a claim contradicting a key point earns
nothing for it), every dimension is scaled by coverage so form around no content
earns little, and every such score is labelled an offline estimate. An answer making no
point earns a little for being on the notes' topic as a whole (agent._nearness), and the
overall is read before each dimension is rounded to 1-5, so such answers are not tied.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from agent._answer_text import CJK_RUN, mostly_cjk, terms, tokens, units
from agent._card_reasons import (
    FORM_CANCELLED,
    FORM_UNCOUNTED,
    NARROW,
    STORY,
    coverage_reason,
    form_facts,
)
from agent._coverage import HIT, Coverage, PointCoverage
from agent._markers import MARKERS
from agent._models import DimensionScore, KeyPointStatus
from agent._quantities import quantities
from knowledge import Stage

# (min, max) length in units (Chinese characters or English words) of a good answer.
_IDEAL_UNITS: dict[Stage, tuple[int, int]] = {
    "fundamentals": (60, 450),
    "project": (100, 650),
    "behavioral": (120, 650),
    "self_intro": (100, 450),
}
CONTRADICTION_COST = 2.0  # content lost per share of points contradicted: twice a point's worth
# ... half that for a lone one beside this many points made: a wrong answer in the notes'
# words rarely states three of their claims right, while a word-level check misreads a long
# paraphrase (on eight fresh sets, before their fixes, 13 right answers and no wrong one
# had one point contradicted and three made; on every read set now, 4 right and 1 wrong)
LONE_CONTRADICTION_HITS = 3
# content level = ((content - NOISE) / (FULL_CONTENT - NOISE)) ** CURVE, at most 1: concave,
# so the first points stated count most and a complete but concise answer (two thirds of
# the points) is full; a third of the points is 3 of 5, not full marks as it was at 0.4
FULL_CONTENT, CURVE, NOISE = 0.65, 0.5, 0.02
TOUCHED = 0.1  # a missed point this much covered was touched on: it counts, the card says so
SUPPORT_NONE, SUPPORT_SPAN = 0.05, 0.3  # support (0..1) under 0.05 backs nothing, 0.35 all
HIT_BACKING = 1.5  # two thirds of the points hit back an answer in full, whatever its words
FORM_BASE, FORM = 0.5, 0.5  # a dimension's value: level * (FORM_BASE + FORM * form)
NO_REFERENCE_CEILING = 0.5  # no reference: no dimension above 3 of 5
# an answer compared with notes in another language, by meaning: what it contradicts goes
# mostly unseen, so no dimension above 4 of 5
ACROSS_LANGUAGES_CEILING = 0.75
# an answer that states a key point at least in part, in words the notes use, and
# contradicts none has said something: its level is at least this (2 of 5 on content),
# when at least a fifth of what it says beyond the question is in the notes
EVIDENCE_LEVEL, EVIDENCE_SUPPORT = 0.25, 0.2
# ... or, stating no point even in part, still says in the notes' words (a fifth of its
# new words) something near a point, and is not mostly the question again: on topic
ON_TOPIC_ECHO = 0.4
# (in Chinese, whose words are often one character, 簇/层/图, counted in characters: 40%
# of the new ones; an answer on another subject shares the commonest ones, up to ~30%)
ON_TOPIC_GLYPHS = 0.4
NAMED_TOUCH = 0.2  # how far a point must be covered for a name the notes use to count
COMMON_GLYPHS = 0.3  # the share of the notes' characters an answer on another subject has
# ... or, stating and touching no point, is near their topic as a whole (agent._nearness,
# plus the share of its words the notes use): up to that level, never past it - it said
# something about the question, less than an answer that makes a point
NEAR_FLOOR, NEAR_SPAN = 0.2, 0.6
# evidence's floor rises up to this much with that nearness: a vague answer to the question
# and one fluent about something nearby that states a point in part are not tied (0.35 at
# most: still 2 of 5; on the read sets +10 ordered, none lost)
FLOOR_NEARNESS = 0.1
THEIR_STORY_WORDS = 0.4  # an answer this much in the notes' words tells their story
SUBSTANCE_TERMS = 20
CONTENT_DIMENSIONS = frozenset(
    {"correctness", "key_point_coverage", "relevance"}
)  # = coverage  # content terms of an answer that has said something
_EN_UNITS_PER_ZH = 0.6  # an English word carries about as much as 1.7 Chinese characters


@dataclass(frozen=True)
class OfflineEstimate:
    dimensions: list[DimensionScore]
    statuses: list[KeyPointStatus]
    coverage: float | None  # mean key-point credit, None without a reference
    details: str = ""  # what the content score rests on, for the card's summary line
    values: dict[str, float] = field(default_factory=dict)  # each dimension 0-1, unrounded

    def overall(self, weight_of: Mapping[str, float]) -> float:
        """0-100 from the dimensions before they are rounded to 1-5 (as agent._rubric.overall
        reads a 1-5 score): a vague answer on the topic and one on another subject may both
        show 1/5, but the first said more and the overall says so, not a tie."""
        total = sum(weight_of.get(name, 0.0) for name in self.values)
        if total <= 0:
            return 0.0
        points = sum(weight_of.get(name, 0.0) * v for name, v in self.values.items())
        return round(100 * points / total, 1)


def estimate(
    stage: Stage, cover: Coverage, language: str, narrow: bool = False, rough: bool = False
) -> OfflineEstimate:
    """Dimension scores from features of what the answer adds (`cover.content`).

    Every dimension is scaled by how much of the reference the answer covers, so
    structure and length around the wrong content, or none, earn little; without a
    reference no dimension goes above the middle of the scale. `narrow`: the answer is to
    a follow-up on one point ("how did you chunk?"), judged on that point alone - no
    story, role or trade-off is asked of it. `rough`: the answer and the points are in
    different languages, compared by meaning: no dimension goes above 4 of 5.
    """
    f = _Features(stage, cover)
    raw = _STAGE_FORMULAS[stage](f)
    ceiling = (
        (ACROSS_LANGUAGES_CEILING if rough else 1.0) if f.points_total else NO_REFERENCE_CEILING
    )
    dims, values = [], {}
    for name, value in raw.items():
        # form (structure, length, markers) only modulates content, never stands in for it;
        # nor takes away the floor evidence earns (a behavioral stage has only form dimensions)
        content = name in CONTENT_DIMENSIONS or (narrow and f.points_total > 0)
        scaled = f.level if content else f.level * (FORM_BASE + FORM * value)
        scaled = max(scaled, f.floor)
        values[name] = min(ceiling, max(0.0, scaled))
        score = _to_score(values[name])
        reason = f.reason(name, language)
        if narrow and f.points_total and name not in CONTENT_DIMENSIONS:
            reason = NARROW.said_in(language).format(reason=reason)
        dims.append(DimensionScore(name=name, score=score, reason=reason))
    zh = language == "zh"
    details = coverage_reason(f.statuses, zh, f.backed, f.touched, f.near) if f.points_total else ""
    return OfflineEstimate(dims, cover.statuses, cover.ratio, details, values)


def another_story(stage: Stage, cover: Coverage) -> bool:
    """A behavioral answer that is not the notes' story: it never touches their situation
    (their story's first point), or makes none of their points in little of their words
    ("my manager wanted to ship a new ranking model…" shares only the verbs of "My mentor
    wanted to ship the reranker…"). What it says against the notes' later points is about
    another story, and a follow-up on their story would presume it."""
    if stage != "behavioral" or not cover.points:
        return False
    # (one that contradicts them in their setting is their story told wrong, and judged)
    made = {"hit", "contradicted"} & set(cover.statuses)
    if len(made) == 2:  # a point of theirs made and another said wrong: theirs, told wrong
        return False
    foreign = cover.support < EVIDENCE_SUPPORT and not made
    # (nor is one in much of their words: its setting's sentence may have been cut out as
    # the clause that contradicts another point, "…wanted a Redis cache in front of our API")
    untouched = cover.points[0].covered < TOUCHED and cover.support < THEIR_STORY_WORDS
    return foreign or untouched


def own_story(stage: Stage, cover: Coverage) -> bool:
    """Another story (see another_story) told as a story: what happened, what the
    candidate did, how it ended. Such an answer is not wrong for differing from the
    notes; offline it can only be judged on its form."""
    # an answer that is mostly the question said again ("坚持自己的意见是很重要的，我当时
    # 就是坚持了自己的意见") tells no story, however many story words it uses
    if not another_story(stage, cover) or cover.echo >= ON_TOPIC_ECHO:
        return False
    told = "\n".join(cover.content)
    found = {name for name in STORY if MARKERS[name].search(told)}
    return {"action", "result"} <= found and bool(found & {"situation", "task"})


def _evidence(cover: Coverage) -> bool:
    """None contradicted, the answer's words the notes' words often enough that the match
    is not a coincidence, and some point covered at least in part - or, for a vague answer
    ("我会先做最重要的功能"), some point touched and not mostly the question said again."""
    statuses = cover.statuses
    if "contradicted" in statuses:
        return False
    stated = [p for p in cover.points if p.status in ("hit", "partly")]
    # a point named by its own name ("可以用 RAG 缓解") is a claim of the notes, a quoted
    # claim told further is the question answered (its telling is the candidate's own, not
    # the notes'); a point stated in part with little backing is judged as a vague answer is
    named = any(p.named or p.explained for p in stated)
    if stated and (cover.support >= EVIDENCE_SUPPORT or named):
        return True
    # the notes' characters in an answer naming tools they never name ("vLLM 的
    # PagedAttention 很高效" to a question on quantisation) are common ones, not the topic
    # so are a Chinese answer's names of the notes' own ("BatchNorm 在 NLP 里效果不好")
    # (a name alone is not: "POI" in an answer on map search is no introduction of the
    # candidate's own; with more than the commonest of the notes' characters it is)
    touched = max((p.covered for p in cover.points), default=0.0) >= NAMED_TOUCH
    names_said = cover.names > 0 and (cover.glyphs >= COMMON_GLYPHS or touched)
    glyphs = (cover.glyphs >= ON_TOPIC_GLYPHS or names_said) and not cover.foreign
    on_topic = cover.support >= EVIDENCE_SUPPORT or glyphs
    return on_topic and cover.echo < ON_TOPIC_ECHO and any(p.covered > 0 for p in cover.points)


def _contradicted_share(statuses: list[KeyPointStatus]) -> float:
    """The share of points contradicted, as content lost: a lone one beside three points
    made is as likely the check's misreading as a wrong claim, and costs half."""
    wrong = statuses.count("contradicted")
    if wrong == 1 and statuses.count("hit") >= LONE_CONTRADICTION_HITS:
        return 0.5 / len(statuses)
    return wrong / len(statuses)


def _near_level(cover: Coverage) -> float:
    """What an answer making no point earns for being on the notes' topic: none if it
    contradicts them or is mostly the question again."""
    if "contradicted" in cover.statuses or cover.echo >= ON_TOPIC_ECHO:
        return 0.0
    return EVIDENCE_LEVEL * _topic_share(cover)


def _topic_share(cover: Coverage) -> float:
    """How near the answer is to the notes' topic as a whole, 0-1 (agent._nearness, plus
    the share of its words the notes use)."""
    near = (cover.nearness + cover.support - NEAR_FLOOR) / NEAR_SPAN
    return min(1.0, max(0.0, near))


def content_level(content: float) -> float:
    """How far a share of the key points supports full content marks (0-1, concave)."""
    share = min(1.0, max(0.0, content - NOISE) / (FULL_CONTENT - NOISE))
    return float(share**CURVE)


def _credit(point: PointCoverage) -> float:
    """A hit counts in full, as the card says; a point stated in part or touched on counts
    as far as it is; below that, nothing the card would not show."""
    if point.status == "hit":
        return 1.0
    if point.status == "partly":  # in part: at most half a point, as the card says
        return point.credit / HIT / 2
    return point.credit if point.credit >= TOUCHED else 0.0


def _to_score(value: float) -> int:
    return 1 + round(4 * min(1.0, max(0.0, value)))


class _Features:
    def __init__(self, stage: Stage, cover: Coverage) -> None:
        self.answer = "\n".join(cover.content)  # echoes of the question and repeats left out
        self.coverage = cover.ratio
        self.statuses = cover.statuses
        self.points_hit = sum(s == "hit" for s in cover.statuses)
        self.points_total = len(cover.points)
        self.backed = 1.0
        self.near = False  # the level is the answer's nearness to the topic, no point made
        self.floor = 0.0  # the least any dimension gets, for evidence of saying something
        self.touched = sum(p.status == "missed" and p.covered >= TOUCHED for p in cover.points)
        if cover.ratio is not None:  # claims the notes do not make dilute the credit
            # a Chinese answer in the notes' characters, not their bigrams ("分层的图" for
            # "层次结构") is backed by what it shares beyond what any answer shares
            # (not an answer that is mostly the question again)
            glyphs = cover.glyphs - COMMON_GLYPHS if cover.echo < ON_TOPIC_ECHO else 0.0
            support = max(cover.support, glyphs)
            self.backed = min(1.0, max(0.0, (support - SUPPORT_NONE) / SUPPORT_SPAN))
            # a point hit is the notes' claim made: a paraphrase hitting most of them in
            # words of its own ("线上人均时长加一点七个点") is backed that far at least
            hits = HIT_BACKING * self.points_hit / self.points_total
            self.backed = max(self.backed, min(1.0, hits))
            wrong = _contradicted_share(cover.statuses)
            credit = sum(_credit(p) for p in cover.points) / len(cover.points)
            self.content = max(0.0, credit * self.backed - CONTRADICTION_COST * wrong)
            self.level = content_level(self.content)
            if _evidence(cover):
                self.floor = EVIDENCE_LEVEL + FLOOR_NEARNESS * _topic_share(cover)
                self.level = max(self.level, self.floor)
            elif (near := _near_level(cover)) > self.level:  # said no point, but on topic
                self.level, self.near = near, True
        else:  # nothing to compare with: substance only, and never much
            self.content = min(1.0, len(terms(self.answer)) / SUBSTANCE_TERMS)
            self.level = NO_REFERENCE_CEILING * self.content
        self.length_fit = _length_fit(self.answer, stage)
        self.sentences = len(cover.content)
        self.tech_terms = _technical_terms(self.answer, cover)
        self.counts = {name: len(pattern.findall(self.answer)) for name, pattern in MARKERS.items()}
        # "千分之三", "一点七个点", "eighty-six percent": numbers said in words count too
        self.counts["number"] = max(self.counts["number"], len(quantities(self.answer)))

    def share(self, name: str, enough: int) -> float:
        return min(1.0, self.counts[name] / enough)

    def present(self, *names: str) -> float:
        return sum(self.counts[n] > 0 for n in names) / len(names)

    def reason(self, name: str, language: str) -> str:
        zh = language == "zh"
        if name in ("key_point_coverage", "correctness", "relevance") and self.points_total:
            return coverage_reason(self.statuses, zh, self.backed, self.touched, self.near)
        fact = form_facts(self.counts, self.answer, self.sentences, self.tech_terms)
        said = fact[name].said_in(language)
        if self.points_total and self.level <= 0:  # "技术术语 11 个" beside a 1/5 says why
            why = FORM_CANCELLED if "contradicted" in self.statuses else FORM_UNCOUNTED
            return said + why.said_in(language)
        return said


def _technical_terms(answer: str, cover: Coverage) -> int:
    """Technical terms said: in Chinese, its latin words ("LoRA", "dropout"); in English,
    where every word is latin, the names (acronyms, "LoRA", "GPT-4", "top-k") and the notes'
    own words ("reranker") - not "the" or "team"."""
    latin = {t.lower(): t for t in tokens(answer) if not CJK_RUN.match(t)}
    if mostly_cjk(answer):
        return len(latin)
    noted = set().union(*(terms(p.point.text) for p in cover.points)) if cover.points else set()
    return sum(bool(_NAME_LIKE.search(t)) or bool(terms(t) & noted) for t in latin.values())


_NAME_LIKE = re.compile(r"^[A-Z0-9]{2,}s?$|^[a-z]+[A-Z]|[0-9+#\-]")  # BM25, LoRA, GPT-4, top-k


def _length_fit(answer: str, stage: Stage) -> float:
    """1.0 inside the stage's ideal range, falling off below (fast) and above (slowly)."""
    low, high = _IDEAL_UNITS[stage]
    found = tokens(answer)
    cjk = sum(len(t) for t in found if CJK_RUN.match(t))
    if cjk < len(found) - sum(1 for t in found if CJK_RUN.match(t)):  # mostly English
        low, high = int(low * _EN_UNITS_PER_ZH), int(high * _EN_UNITS_PER_ZH)
    n = units(answer)
    if n < low:
        return n / low
    if n > high:
        return max(0.4, 1 - (n - high) / (2 * high))
    return 1.0


def _fundamentals(f: _Features) -> dict[str, float]:
    return {
        "correctness": f.content,
        "depth": 0.5 * f.content + 0.25 * f.share("because", 2) + 0.25 * f.length_fit,
        "key_point_coverage": f.content,
        "clarity": 0.4 * f.length_fit + 0.3 * min(1.0, f.sentences / 3) + 0.3 * f.share("order", 2),
    }


def _project(f: _Features) -> dict[str, float]:
    return {
        "role_contribution": 0.75 * f.share("role", 2) + 0.25 * f.length_fit,
        "technical_depth": 0.4 * f.content + 0.3 * min(1.0, f.tech_terms / 5) + 0.3 * f.length_fit,
        "results_numbers": 0.6 * f.share("number", 3) + 0.4 * f.share("result", 2),
        "trade_offs": 0.8 * f.share("trade_off", 2) + 0.2 * f.length_fit,
    }


def _behavioral(f: _Features) -> dict[str, float]:
    return {
        "star_structure": f.present(*STORY),
        "specificity": 0.35 * f.share("number", 2)
        + 0.35 * f.length_fit
        + 0.3 * min(1.0, f.sentences / 5),
        "reflection": 0.85 * f.share("reflection", 1) + 0.15 * f.length_fit,
    }


def _self_intro(f: _Features) -> dict[str, float]:
    relevance = (
        f.coverage
        if f.coverage is not None
        else 0.5 * f.present("experience", "skills") + 0.5 * min(1.0, f.tech_terms / 4)
    )
    return {
        "structure": f.present("education", "experience", "skills", "motivation"),
        "relevance": relevance,
        "concision": f.length_fit,
    }


_STAGE_FORMULAS = {
    "fundamentals": _fundamentals,
    "project": _project,
    "behavioral": _behavioral,
    "self_intro": _self_intro,
}
