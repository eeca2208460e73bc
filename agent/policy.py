"""The interviewer's decisions, in code: budgets, topic order, key-point coverage, what next.

Pure functions over plain values, no LLM and no graph, so each rule is unit-tested.
The LLM writes questions and judgements; it never decides when to move on.

The decision reads the key-point coverage (agent._coverage, the same measure the score
card shows) of the answers on the topic; the full rubric score runs concurrently in the
background and does not hold up the next question.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from agent._coverage import Coverage
from agent._models import Answer
from agent.state import Decision, PlannedTopic
from knowledge import Stage

STAGE_WEIGHTS: dict[Stage, float] = {
    "self_intro": 0.1,
    "project": 0.35,
    "fundamentals": 0.35,
    "behavioral": 0.2,
}
QUESTION_OVERHEAD_S = 20.0  # reading/listening to the question and thinking, per turn
ZH_CHARS_PER_S = 4.0
EN_WORDS_PER_S = 2.5


# --- budgets and topic order ---------------------------------------------------------------


def stage_budgets(
    stages: Sequence[Stage], minutes: int, minutes_per_question: float
) -> dict[Stage, int]:
    """Questions per stage (follow-ups included): the interview's length split by weight.

    Every chosen stage gets at least one question; the self-introduction gets one.
    """
    total = max(len(stages), round(minutes / max(minutes_per_question, 0.5)))
    budgets: dict[Stage, int] = {stage: 1 for stage in stages}
    rest = [s for s in stages if s != "self_intro"]
    spare = total - len(stages)
    if not rest or spare <= 0:
        return budgets
    weight = sum(STAGE_WEIGHTS[s] for s in rest)
    shares = {s: spare * STAGE_WEIGHTS[s] / weight for s in rest}
    for s in rest:
        budgets[s] += int(shares[s])
    leftover = total - sum(budgets.values())
    by_remainder = sorted(rest, key=lambda s: shares[s] - int(shares[s]), reverse=True)
    for s in by_remainder[:leftover]:
        budgets[s] += 1
    return budgets


def order_topics(
    topics: Sequence[PlannedTopic],
    *,
    focus: Collection[str] = (),
    weak: Mapping[str, float] | None = None,
    recent: Collection[str] = (),
) -> list[PlannedTopic]:
    """Focus topics first, then topics weak in earlier sessions (weakest first), then the rest.

    Within each group, questions asked in recent sessions go last; otherwise the order
    is kept. Duplicate questions are dropped.
    """
    weak = weak or {}

    def rank(item: tuple[int, PlannedTopic]) -> tuple[int, int, int, float, int]:
        index, t = item
        is_focus = in_focus(t, focus)
        weakness = weak.get(t.topic)
        is_recent = t.source_id in recent or normalise(t.seed) in recent
        return (
            0 if is_focus else 1,
            0 if weakness is not None else 1,
            int(is_recent),
            weakness if weakness is not None else 0.0,
            index,
        )

    seen: set[str] = set()
    ordered = []
    for _, topic in sorted(enumerate(topics), key=rank):
        key = normalise(topic.seed) + "|" + (topic.source_id or "")
        if key not in seen:
            seen.add(key)
            ordered.append(topic)
    return ordered


def in_focus(topic: PlannedTopic, focus: Collection[str]) -> bool:
    """Whether the topic is one the candidate chose to practise ("lora" names LoRA's)."""
    wanted = [f.lower() for f in focus if f.strip()]
    return any(f in topic.topic.lower() or f in topic.seed.lower() for f in wanted)


def normalise(text: str) -> str:
    """Text compared for repeats: no spaces, punctuation or case."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


# --- time ---------------------------------------------------------------------------------------


def answer_seconds(answer: Answer) -> float:
    """Interview time one turn used: measured when known, else estimated from its length."""
    if answer.seconds is not None:
        return max(0.0, answer.seconds) + QUESTION_OVERHEAD_S
    cjk = len(re.findall(r"[\u4e00-\u9fff]", answer.text))
    words = len(re.findall(r"[A-Za-z0-9]+", answer.text))
    return cjk / ZH_CHARS_PER_S + words / EN_WORDS_PER_S + QUESTION_OVERHEAD_S


# --- what next -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Position:
    """Where the interview stands after an answer, in the terms the decision needs."""

    asked_in_stage: int
    stage_budget: int
    topics_left_in_stage: int  # main questions not yet asked in this stage
    stages_left: int  # stages after this one that still have a question to ask
    follow_ups_on_topic: int
    time_used_s: float
    time_budget_s: float
    end_requested: bool = False


@dataclass(frozen=True)
class Thresholds:
    max_follow_ups: int = 2
    follow_up_below: float = 0.6
    seconds_per_question: float = 180.0


# "生成侧的 prompt 由另一位同事负责", "my teammate owned the frontend": another person's
# part of the work, not something to ask the candidate how they did
_SOMEONE_ELSES = re.compile(
    r"由(?:另一位|另外一位|其他|别的)?(?:同事|同学|导师|组长|队友|他|她|别人)(?:来)?(?:负责|完成|做)"
    r"|\b(?:my|a|another|the other) (?:colleague|teammate|mentor|manager)s? "
    r"(?:owned|handled|did|wrote|was responsible)\b",
    re.IGNORECASE,
)


def someone_elses(point: str) -> bool:
    """The key point is about another person's part of the work."""
    return bool(_SOMEONE_ELSES.search(point))


# the probe of a follow-up on a story of the candidate's own, which no key point is about
STORY_PROBE = "#own-story"
# the probe of the question asked again in narrower words ("我换个问法：…")
REPHRASE_PROBE = "#rephrase"
# the probe of the one question asking a self-introduction that said almost nothing for more
INTRO_PROBE = "#more-intro"


def decide(
    position: Position,
    cover: Coverage,
    limits: Thresholds,
    probed: Collection[str] = (),
    own_story: bool = False,
    no_answer: bool = False,
    rephrase: bool = False,
    thin_intro: bool = False,
) -> tuple[Decision, str | None]:
    """Follow up on the weakest missed key point, or move to the next topic or stage, or wrap up.

    Returns the decision and, for a follow-up, the key point to probe: the weakest one
    not probed before in this session (`probed`), so no follow-up is asked twice. A story
    of the candidate's own (`own_story`: not the notes', none of their points applies) gets
    one follow-up about itself (STORY_PROBE). After a non-answer (`no_answer`: "I don't
    know", a question back, "not my part") the topic is left: a finer point of what the
    candidate just said they do not know would get the same answer - unless they did not
    understand the question (`rephrase`: not yet asked again on this topic): then it is
    asked once more in narrower words (REPHRASE_PROBE), as long as time allows.
    """
    p = position
    time_left = p.time_budget_s - p.time_used_s
    if p.end_requested or time_left <= 0:
        return "wrap_up", None
    stage_spent = p.asked_in_stage >= p.stage_budget
    # keep at least one question's time for each stage still to come
    must_move_on = p.stages_left > 0 and time_left < p.stages_left * limits.seconds_per_question
    if rephrase and not must_move_on:
        return "follow_up", REPHRASE_PROBE
    if thin_intro and not no_answer and p.follow_ups_on_topic == 0 and not must_move_on:
        return "follow_up", INTRO_PROBE
    ratio = cover.ratio
    # a point the answer contradicted first: a wrong claim is what an interviewer takes up
    wrong = {c.point.label for c in cover.points if c.contradicted}
    missed = sorted(cover.missed, key=lambda label: label not in wrong)
    fresh = [p for p in missed if p not in probed and not someone_elses(p)]
    # a follow-up answered and still nothing of the topic said (off the subject twice, vague
    # twice): a finer point would fare no better, so the interview moves on as a person would
    stalled = p.follow_ups_on_topic > 0 and ratio == 0
    wants_follow_up = (
        not no_answer
        and not stalled
        and ratio is not None
        and ratio < limits.follow_up_below
        and bool(fresh)
        and p.follow_ups_on_topic < limits.max_follow_ups
    )
    if not stage_spent and not must_move_on:
        if wants_follow_up:
            return "follow_up", fresh[0]
        if own_story and p.follow_ups_on_topic == 0 and not no_answer:
            return "follow_up", STORY_PROBE
        if p.topics_left_in_stage > 0:
            return "next_topic", None
    return ("next_stage", None) if p.stages_left > 0 else ("wrap_up", None)
