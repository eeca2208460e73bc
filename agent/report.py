"""The end-of-interview report, computed by code from the session's turns and scores.

Overall and per-stage scores are means of the turns' `overall` (0-100); dimension
averages are on the rubric's 1-5 scale, each belonging to the stage whose rubric has it
(`dimensions_by_stage`). Strengths and weak topics are both topics, judged on one mean
per topic, so none is both. Turns whose scoring failed, or that were never answered,
count nowhere and are reported as such.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from statistics import mean
from typing import Any, Literal, Protocol

from pydantic import BaseModel, Field, ValidationError

from agent._answer_text import mostly_cjk
from agent._labels import is_stage_name, stage_title
from agent._models import TurnScore
from agent._rubric import RUBRIC
from agent._topic_names import named_in_full
from agent._turn import Turn
from agent.prompts.scoring import CAPPED_DETAILS
from knowledge import Citation, Stage
from voice.metrics import DeliveryMetrics

ScoreBasis = Literal["llm", "offline_estimate", "mixed", "none"]

STRONG_TURN = 80.0  # a topic averaging this or more (0-100) is a strength
WEAK_TURN = 60.0  # below this, a topic to work on
MAX_LISTED = 5


class DeliverySummary(BaseModel):
    """How the spoken answers were delivered, over every answer with delivery metrics."""

    voice_answers: int
    speaking_rate: float | None = None  # mean, in rate_unit
    rate_unit: str = ""
    filler_count: int = 0
    fillers_per_min: float | None = None  # mean
    long_pauses: int = 0
    longest_pause_s: float = 0.0
    time_to_first_word_s: float | None = None  # mean over answers where something was said


class WeakTopic(BaseModel):
    stage: Stage
    topic: str
    score: float  # the mean of the topic's judged answers (`_judged`)
    review: list[Citation] = Field(default_factory=list)  # where in the notes to read up
    # answers of the topic left out of `score`: capped rough estimates. The stage's mean
    # counts them, so without saying so the two figures disagree ("自我介绍 32" as the
    # topic to work on, 23 as the stage).
    left_out: int = 0


class Repractise(BaseModel):
    turn_id: str
    question: str
    overall: float
    improved_answer: str = ""


class Report(BaseModel):
    session_id: str
    overall: float | None = None
    by_stage: dict[str, float] = Field(default_factory=dict)
    # capped rough estimates counted in a stage's mean (and in no topic's): a stage of them
    # alone showed 16 with no topic to work on under it, and no word why
    rough_by_stage: dict[str, int] = Field(default_factory=dict)
    by_dimension: dict[str, float] = Field(default_factory=dict)
    strengths: list[str] = Field(default_factory=list)
    weak_topics: list[WeakTopic] = Field(default_factory=list)
    repractise: list[Repractise] = Field(default_factory=list)
    answered: int = 0
    scored: int = 0
    failed: int = 0  # turns whose scoring failed ("scoring failed - retry")
    basis: ScoreBasis = "none"  # "offline_estimate" / "mixed" -> label every score shown
    delivery: DeliverySummary | None = None  # None: no answer was spoken

    @property
    def is_estimate(self) -> bool:
        return self.basis in ("offline_estimate", "mixed")


def _scored(turns: Iterable[Turn]) -> list[tuple[Turn, float]]:
    """Turns with a score."""
    return [
        (t, t.score.overall)
        for t in turns
        if t.score is not None and t.score.status != "failed" and t.score.overall is not None
    ]


def _answered(turn: Turn) -> bool:
    """The turn has an answer to count: asking what the question meant is none (its card
    says "没有作答"; the question is asked again in other words, and that answer is
    scored), so it is neither answered nor scored, and its 1s are in no dimension's mean."""
    asked_back = turn.score is not None and turn.score.guard == "not_understood"
    return bool(turn.answer_text.strip()) and not asked_back


def _basis(scores: Sequence[TurnScore], offline: bool | None) -> ScoreBasis:
    """Where the scores came from. Guarded scores are set by code in either mode, so they
    follow the session (`offline`) or, when that is unknown, the other scores."""
    if not scores:
        return "none"
    if offline:
        return "offline_estimate"
    kinds = {"offline" if s.status == "offline_estimate" else "llm" for s in scores}
    if any(s.status == "guarded" for s in scores) and len(scores) > 1:
        kinds = {
            "offline" if s.status == "offline_estimate" else "llm"
            for s in scores
            if s.status != "guarded"
        } or kinds
    if kinds == {"offline"}:
        return "offline_estimate"
    return "llm" if kinds == {"llm"} else "mixed"


def _judged(turn: Turn) -> bool:
    """The score judged what the answer said (see `is_rough_estimate`)."""
    return turn.score is None or not is_rough_estimate(turn.score)


def is_rough_estimate(score: TurnScore) -> bool:
    """An offline estimate capped for having nothing to compare the answer with (its card
    says so: a rough estimate, 50 at most): an answer in another language than the notes, a
    story of the candidate's own, a question the notes do not answer. It makes no topic
    weak and is no answer to practise again - the cap measured the notes, not what the
    candidate knows."""
    if score.status != "offline_estimate":
        return False
    return any(words in score.summary for details in CAPPED_DETAILS for words in details)


def _rough_by_stage(scored: list[tuple[Turn, float]]) -> dict[str, int]:
    """How many of each stage's scores are capped rough estimates (`_judged` is False)."""
    counts: dict[str, int] = defaultdict(int)
    for turn, _ in scored:
        if not _judged(turn):
            counts[turn.stage] += 1
    return dict(counts)


def _dimension_means(turns: Iterable[Turn]) -> dict[str, float]:
    values: dict[str, list[int]] = defaultdict(list)
    for turn in turns:
        if turn.score is not None and turn.score.status != "failed":
            for dim in turn.score.dimensions:
                values[dim.name].append(dim.score)
    return {name: round(mean(v), 2) for name, v in values.items()}


def _review_citations(turns: Sequence[Turn]) -> list[Citation]:
    """Reference passages first, then the missed key points' sources, then the question's."""
    found: list[Citation] = []
    for turn in turns:
        score = turn.score
        candidates = [
            *(score.references if score else []),
            *(kp.citation for kp in (score.key_points if score else []) if kp.citation),
            *([turn.citation] if turn.citation else []),
        ]
        found.extend(c for c in candidates if c is not None and c not in found)
    return found[:3]


def _topic_of(turn: Turn) -> str:
    """The topic as the report names it: a template question's topic ("behavioral") is
    its stage, named as headings name it ("Behavioral", "行为面试")."""
    if not is_stage_name(turn.topic, turn.stage):
        return turn.topic
    return stage_title(turn.stage, "zh" if mostly_cjk(turn.topic) else "en")


def _topic_means(scored: list[tuple[Turn, float]]) -> list[WeakTopic]:
    """Each (stage, topic) with the mean of its turns, follow-ups included: one figure a
    topic, so it is a strength or a weakness, never both."""
    by_topic: dict[tuple[Stage, str], list[tuple[Turn, float]]] = defaultdict(list)
    for turn, overall in scored:
        by_topic[(turn.stage, _topic_of(turn))].append((turn, overall))
    return [
        WeakTopic(stage=stage, topic=topic, score=round(mean(o for _, o in items), 1))
        for (stage, topic), items in by_topic.items()
    ]


def _weak_topics(scored: list[tuple[Turn, float]]) -> list[WeakTopic]:
    """Topics whose judged answers average below WEAK_TURN, each with how many of its
    answers (capped rough estimates) that mean leaves out."""
    judged = [(t, o) for t, o in scored if _judged(t)]
    weak = []
    for topic in _topic_means(judged):
        if topic.score < WEAK_TURN:
            key = (topic.stage, topic.topic)
            turns = [t for t, _ in judged if (t.stage, _topic_of(t)) == key]
            left_out = sum(1 for t, _ in scored if (t.stage, _topic_of(t)) == key) - len(turns)
            update = {"review": _review_citations(turns), "left_out": left_out}
            weak.append(topic.model_copy(update=update))
    return sorted(weak, key=lambda w: w.score)[:MAX_LISTED]


def _strengths(scored: list[tuple[Turn, float]], weak: list[WeakTopic]) -> list[str]:
    """Topics whose answers averaged STRONG_TURN or more, best first: the same kind of thing
    as the weak topics (rubric dimensions have their own averages, by stage)."""
    weak_names = {w.topic for w in weak}
    strong = sorted(
        (t for t in _topic_means(scored) if t.score >= STRONG_TURN), key=lambda t: -t.score
    )
    names = dict.fromkeys(t.topic for t in strong if t.topic not in weak_names)
    return list(names)[:MAX_LISTED]


def dimensions_by_stage(by_dimension: dict[str, float]) -> list[tuple[str, dict[str, float]]]:
    """The dimension averages under the stage whose rubric has them, in rubric order.

    Each stage is scored on its own dimensions ("relevance" is the self-introduction's),
    so an average means something only beside its stage: a strong introduction's
    relevance says nothing of off-topic answers later, which were scored (and guarded)
    on their own stage's dimensions. Names no rubric has come last, under "".
    """
    groups: list[tuple[str, dict[str, float]]] = []
    placed: set[str] = set()
    for stage in ("self_intro", "project", "fundamentals", "behavioral"):  # interview order
        dims = RUBRIC.get(stage, ())
        values = {d.name: by_dimension[d.name] for d in dims if d.name in by_dimension}
        placed.update(values)
        if values:
            groups.append((stage, values))
    rest = {k: v for k, v in by_dimension.items() if k not in placed}
    return [*groups, ("", rest)] if rest else groups


def summarize_delivery(metrics: Iterable[dict[str, Any]]) -> DeliverySummary | None:
    """Means and totals of the answers' delivery metrics; None when none was spoken."""
    measured = []
    for item in metrics:
        try:
            measured.append(DeliveryMetrics.model_validate(item))
        except ValidationError:
            continue  # typed answers have none; an unreadable record is skipped, not fatal
    if not measured:
        return None
    unit = measured[0].rate_unit
    rates = [m.speaking_rate for m in measured if m.rate_unit == unit and m.speech_span_s > 0]
    starts = [m.time_to_first_word_s for m in measured if m.time_to_first_word_s is not None]
    return DeliverySummary(
        voice_answers=len(measured),
        speaking_rate=round(mean(rates), 1) if rates else None,
        rate_unit=unit,
        filler_count=sum(m.filler_count for m in measured),
        fillers_per_min=round(mean(m.fillers_per_min for m in measured), 2),
        long_pauses=sum(m.long_pauses for m in measured),
        longest_pause_s=max(m.longest_pause_s for m in measured),
        time_to_first_word_s=round(mean(starts), 2) if starts else None,
    )


class StoredSession(Protocol):
    """What `current_report` reads of a session (agent.store.SessionRecord has it)."""

    @property
    def id(self) -> str: ...
    @property
    def report(self) -> Report | None: ...
    @property
    def turns(self) -> Sequence[Turn]: ...


def _in_context(turn: Turn, turns: Sequence[Turn]) -> str:
    """A follow-up with the question it followed: "What would you change?" alone says
    nothing about what to practise."""
    if not turn.is_follow_up:
        return turn.question
    main = next(
        (
            t
            for t in turns
            if not t.is_follow_up and (t.stage, t.topic_index) == (turn.stage, turn.topic_index)
        ),
        None,
    )
    return f"{main.question} → {turn.question}" if main else turn.question


def current_report(session: StoredSession) -> Report:
    """The stored final report, or one computed now for an unfinished session."""
    return session.report or build_report(session.id, session.turns)


def build_report(session_id: str, turns: Sequence[Turn], *, offline: bool | None = None) -> Report:
    turns = named_in_full(turns)  # "Why hybrid instead of pure…" named as asked
    answered = [t for t in turns if _answered(t)]
    scored = _scored(answered)
    stage_values: dict[str, list[float]] = defaultdict(list)
    for turn, overall in scored:
        stage_values[turn.stage].append(overall)
    by_dimension = _dimension_means(answered)
    judged = [(t, o) for t, o in scored if _judged(t)]
    weak = _weak_topics(scored)
    repractise = [
        Repractise(
            turn_id=t.turn_id,
            question=_in_context(t, turns),
            overall=o,
            improved_answer=t.score.improved_answer if t.score else "",
        )
        for t, o in sorted(judged, key=lambda pair: pair[1])
        if o < WEAK_TURN
    ][:MAX_LISTED]
    return Report(
        session_id=session_id,
        overall=round(mean(o for _, o in scored), 1) if scored else None,
        by_stage={stage: round(mean(v), 1) for stage, v in stage_values.items()},
        rough_by_stage=_rough_by_stage(scored),
        by_dimension=by_dimension,
        strengths=_strengths(scored, weak),
        weak_topics=weak,
        repractise=repractise,
        answered=len(answered),
        scored=len(scored),
        failed=sum(1 for t in answered if t.score is not None and t.score.status == "failed"),
        basis=_basis([t.score for t, _ in scored if t.score is not None], offline),
        delivery=summarize_delivery(t.metrics for t in turns if t.answer_text.strip()),
    )
