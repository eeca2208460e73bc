"""The interview graph's nodes: one function each, returning a partial state update.

    plan -> ask -> await_answer -> assess -> (ask | wrap_up)
                        \\-> wrap_up (the candidate ended early)

Dependencies (retriever, LLM, store, scoring pool) come in through LangGraph's
runtime context, `InterviewContext`. Nodes may be re-run from their beginning after a
crash or on resume, so their side effects are idempotent: store writes are upserts
keyed by turn id, a scoring job is submitted once per turn. `await_answer` has no
side effect before its `interrupt()`.

The turns live in the session store; the state holds their ids. A turn is written
before the checkpoint that lists its id, so a row past the state's ids is one a crash
left half-done: the re-run node writes it again under the same id.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from agent import (
    _challenge,
    _intro,
    _llm_questions,
    _non_answers,
    _planning,
    _probing,
    _project_titles,
    _questions,
    _rephrasing,
    keypoints,
    policy,
)
from agent._events import QuestionAsked, QuestionDelta, StageChanged
from agent._models import Answer
from agent._related import RelatedNotes
from agent._retriever import Retriever
from agent._scoring_pool import ScoringPool
from agent._turn import Turn
from agent.config import AgentConfig
from agent.report import build_report
from agent.state import (
    InterviewState,
    Language,
    PlannedTopic,
    RouteAfterAnswer,
    RouteAfterAssess,
    StagePlan,
)
from agent.store import SessionStore

if TYPE_CHECKING:
    from agent._answer_text import Embedder
    from agent.llm import LLMGateway


@dataclass
class InterviewContext:
    config: AgentConfig
    retriever: Retriever
    store: SessionStore
    scoring: ScoringPool
    llm: LLMGateway | None = None
    related: RelatedNotes | None = None  # LLM mode: context for the question prompts
    embedder: Embedder | None = None  # key-point coverage by meaning, as the score card has it


Ctx = Runtime[InterviewContext]


def plan(state: InterviewState, runtime: Ctx) -> dict[str, Any]:
    ctx, options = runtime.context, state.options
    budgets = policy.stage_budgets(options.stages, options.minutes, ctx.config.minutes_per_question)
    bank = ctx.retriever.questions()
    projects = ctx.retriever.projects() if "project" in options.stages else []
    candidates = {
        stage: _planning.candidate_topics(stage, bank, projects, options.language)
        for stage in options.stages
    }
    past = ctx.store.topic_scores(exclude=state.session_id)
    weak = {topic: v for (_, topic), v in past.items() if v < ctx.config.weak_topic_below}
    asked = ctx.store.recent_questions(ctx.config.avoid_recent_sessions, exclude=state.session_id)
    recent = {policy.normalise(text) for _, text in asked} | {i for i, _ in asked if i}
    stages = _planning.build_plan(
        options,
        budgets,
        candidates,
        weak=weak,
        recent=recent,
        embedder=ctx.embedder,
        same_cosine=ctx.config.scoring.same_question_cosine,
    )
    if ctx.related is not None and stages:
        ctx.related.prefetch(stages[0].topics[0])
    return {
        "plan": stages,
        "time_budget_s": options.minutes * 60.0,
        "stage_index": 0,
        "topic_index": 0,
        "asked_in_stage": 0,
        "follow_ups_on_topic": 0,
    }


def _asked(state: InterviewState, ctx: InterviewContext) -> list[Turn]:
    """The turns the state lists, read from their home, in the order they were asked."""
    ids = set(state.turns)
    return [t for t in ctx.store.turns(state.session_id) if t.turn_id in ids]


def _write_question(
    state: InterviewState,
    ctx: InterviewContext,
    turns: list[Turn],
    turn_id: str,
    topic: PlannedTopic,
) -> tuple[str, dict[str, Any], bool]:
    """The question text, the LLM tokens it cost, and whether a follow-up names the point it
    probes (a generic one - "what would you change?" - asks about none); streamed through
    the custom channel."""
    from langgraph.config import get_stream_writer

    writer = get_stream_writer()
    opts, seq = state.options, len(turns) + 1
    previous = turns[-1] if turns else None
    opening = previous is None or previous.stage != topic.stage
    if state.probe == policy.REPHRASE_PROBE and previous is not None:  # "what do you mean?"
        offline, named = _rephrased(previous, topic, opts.language, seq, turns), True
    elif state.probe == policy.STORY_PROBE:  # a story the notes do not tell: ask about it
        asked, story = [t.question for t in turns], previous.answer_text if previous else ""
        offline = _questions.story_follow_up(opts, seq, asked, story, topic.seed)
        named = False
    elif state.probe == policy.INTRO_PROBE and previous is not None:  # "我叫小王" alone
        offline, named = _intro.ask_more(previous.answer_text, opts.language), True
    elif state.probe and previous is not None:
        asked = [t.question for t in turns]
        points = _probing.topic_points(topic)
        probe = keypoints.find(points, state.probe)
        main = next(
            t for t in turns if (t.stage, t.topic_index) == (previous.stage, previous.topic_index)
        )
        hits = [p for p in main.key_points or points if p.label not in previous.missed]
        on_topic = [t for t in turns if (t.stage, t.topic_index) == (main.stage, main.topic_index)]
        told = "\n".join(t.answer_text for t in on_topic if t.answer)
        said = previous.answer_text
        claim = _challenge.claim_on_topic(probe, points, on_topic)
        about = _questions.FollowUp(probe, hits, topic.stage, said, told, main.question, claim)
        offline, named = _questions.written_follow_up(about, opts, seq, asked)
    else:
        introduced = any(t.stage == "project" and t.topic == topic.topic for t in turns)
        first = previous is None
        offline = _questions.offline_main(
            topic, opts.language, opening, introduced, first, previous
        )
        named = True
    if ctx.llm is not None:
        text, usage = _from_llm(state, ctx, turns, turn_id, topic, opening, writer)
        if text is not None:
            return text, usage, True  # the model is told the point a follow-up is about
    for piece in _questions.pieces(offline):
        writer(QuestionDelta(turn_id=turn_id, text=piece))
    return offline, {}, named


def _rephrased(
    previous: Turn, topic: PlannedTopic, language: Language, seq: int, turns: list[Turn]
) -> str:
    """The question the candidate did not understand, asked about one part of it: the
    point a follow-up probed, or the notes' first point."""
    points = _probing.topic_points(topic)
    measured = previous.key_points or points
    if previous.probe:
        point: keypoints.Point | None = keypoints.find(points, previous.probe)
    else:
        point = measured[0] if measured else None
    asked = [t.question for t in turns]
    project = _project_titles.spoken_title(topic.topic) if topic.kind == "project" else ""
    return _rephrasing.rephrased(
        previous.question, point, topic.stage, language, seq, asked, project
    )


def _from_llm(
    state: InterviewState,
    ctx: InterviewContext,
    turns: list[Turn],
    turn_id: str,
    topic: PlannedTopic,
    opening: bool,
    writer: Any,
) -> tuple[str | None, dict[str, Any]]:
    from agent._llm_errors import LLMError

    assert ctx.llm is not None
    opts = state.options
    asked = [t.question for t in turns]
    if state.probe and turns:
        messages = _questions.follow_up_messages(  # the topic's points: the claim probed
            turns[-1], state.probe, opts.language, opts.style, _probing.topic_points(topic)
        )
    else:
        related = ctx.related.get(topic) if ctx.related else []
        messages = _questions.main_messages(
            topic, opts.language, opts.style, opening=opening, asked=asked, related=related
        )
    before = ctx.llm.usage
    try:
        raw = _llm_questions.stream_llm(
            ctx.llm, messages, lambda d: writer(QuestionDelta(turn_id=turn_id, text=d))
        )
    except LLMError:
        return None, {}  # the offline question follows; QuestionAsked carries the final text
    after = ctx.llm.usage
    usage = {
        "prompt_tokens": after.prompt_tokens - before.prompt_tokens,
        "completion_tokens": after.completion_tokens - before.completion_tokens,
    }
    guarded_topic = None if state.probe else topic
    return _llm_questions.guard_llm_question(raw, guarded_topic, asked, opts.language), usage


def _upcoming(plan: list[StagePlan], stage_index: int, topic_index: int) -> PlannedTopic | None:
    """The main topic after (stage_index, topic_index), if any: the one to prefetch."""
    topics = plan[stage_index].topics if stage_index < len(plan) else []
    if topic_index + 1 < len(topics):
        return topics[topic_index + 1]
    return plan[stage_index + 1].topics[0] if stage_index + 1 < len(plan) else None


def ask(state: InterviewState, runtime: Ctx) -> dict[str, Any]:
    from langgraph.config import get_stream_writer

    ctx, writer = runtime.context, get_stream_writer()
    stage_plan = state.plan[state.stage_index]
    topic = stage_plan.topics[state.topic_index]
    turns = _asked(state, ctx)
    seq = len(state.turns) + 1
    turn_id = f"t{seq:03d}"
    if not turns or turns[-1].stage != stage_plan.stage:
        writer(StageChanged(stage=stage_plan.stage))
    started = time.perf_counter()
    text, usage, named = _write_question(state, ctx, turns, turn_id, topic)
    again = turns[-1] if state.probe == policy.REPHRASE_PROBE else None  # what it asks again
    if again is not None:
        measured = again.key_points or _probing.topic_points(topic)
    elif named:
        measured = _probing.measured_on(topic, state.probe, turns[-1].missed if turns else ())
    else:
        measured = _probing.generic_on(topic, turns)
    if state.probe and again is None:  # not what the topic's answers already said
        same = [t for t in turns if (t.stage, t.topic_index) == (topic.stage, state.topic_index)]
        cosines = ctx.config.scoring.cosine_range
        measured = _probing.still_open(measured, state.probe, same, ctx.embedder, cosines)
    if ctx.related is not None:  # searched while the candidate answers this one
        ctx.related.prefetch(_upcoming(state.plan, state.stage_index, state.topic_index))
    turn = Turn(
        turn_id=turn_id,
        seq=seq,
        stage=stage_plan.stage,
        topic=topic.topic,
        topic_index=state.topic_index,
        question=text,
        is_follow_up=state.probe is not None,
        probe=state.probe,
        source_id=None if state.probe else topic.source_id,
        citation=topic.citation,
        reference=(
            again.reference
            if again is not None
            else _probing.follow_up_reference(topic, measured)
            if state.probe and measured
            else topic.reference
        ),
        key_points=measured,
        timings={"question_s": round(time.perf_counter() - started, 4)},
        usage=usage,
    )
    ctx.store.record_question(state.session_id, turn)
    writer(QuestionAsked.of(turn))
    return {
        "turns": [*state.turns, turn_id],
        "asked_in_stage": state.asked_in_stage + 1,
        "probe": None,
    }


def await_answer(state: InterviewState, runtime: Ctx) -> dict[str, Any]:
    """Wait for the answer, which `Interviewer.run` writes to the store before it resumes."""
    turn_id = state.turns[-1]
    reply = interrupt({"turn_id": turn_id})
    # what follows runs only once the caller resumed with an answer (or asked to stop)
    if not isinstance(reply, dict) or reply.get("end"):
        return {"end_requested": True}
    if "answer" in reply:  # a resume value written by older code carries the answer itself
        answer = Answer.model_validate(reply["answer"])
        runtime.context.store.record_answer(state.session_id, turn_id, answer)
    return {"end_requested": False}


def route_after_answer(state: InterviewState) -> RouteAfterAnswer:
    return "wrap_up" if state.end_requested else "assess"


def assess(state: InterviewState, runtime: Ctx) -> dict[str, Any]:
    """Quick coverage check -> decision in code; the full score runs in the background."""
    ctx = runtime.context
    turns = _asked(state, ctx)
    turn = turns[-1]
    assert turn.answer is not None
    stage_plan = state.plan[state.stage_index]
    topic = stage_plan.topics[turn.topic_index]
    on_topic = [t for t in turns if t.stage == turn.stage and t.topic_index == turn.topic_index]
    cap, cosines = ctx.config.scoring.max_key_points, ctx.config.scoring.cosine_range
    points, cover, own_story = _probing.assessed(topic, on_topic, ctx.embedder, cap, cosines)
    # a main question's card is scored on the points its follow-ups are decided on
    kept = None if turn.is_follow_up else points
    ctx.store.record_coverage(state.session_id, turn.turn_id, cover.ratio, cover.missed, kept)
    ctx.scoring.submit(state.session_id, turn.turn_id)
    time_used = state.time_used_s + policy.answer_seconds(turn.answer)
    claims_said = [t.probe for t in turns if t.probe] + [p.label for p in cover.hits]
    answers = "\n".join(t.answer_text for t in turns if t.stage == turn.stage and t.answer)
    told = _probing.disowned(turns), (ctx.embedder, cosines)
    upcoming = _probing.unsaid(stage_plan.topics, state.topic_index, claims_said, answers, *told)
    position = policy.Position(
        asked_in_stage=state.asked_in_stage,
        stage_budget=stage_plan.budget,
        topics_left_in_stage=len(upcoming),
        stages_left=len(state.plan) - state.stage_index - 1,
        follow_ups_on_topic=state.follow_ups_on_topic,
        time_used_s=time_used,
        time_budget_s=state.time_budget_s,
        end_requested=state.end_requested,
    )
    probed = _probing.not_probed(topic, turns, on_topic, cover)
    kind = _non_answers.non_answer(turn.answer_text, turn.question)
    # "what do you mean?": asked again in other words, once on a topic
    rephrase = kind == "not_understood" and all(t.probe != policy.REPHRASE_PROBE for t in on_topic)
    limits = thresholds(ctx.config)
    thin = turn.stage == "self_intro" and _intro.thin(turn.answer_text)
    decision, probe = policy.decide(
        position, cover, limits, probed, own_story, kind is not None, rephrase, thin
    )
    # asking again is the same question: the topic keeps its follow-ups
    counted = decision if probe != policy.REPHRASE_PROBE else "rephrase"
    return {
        "time_used_s": time_used,
        "decision": decision,
        "probe": probe,
        **_advance(state, counted, upcoming[0] if upcoming else state.topic_index + 1),
    }


def thresholds(config: AgentConfig) -> policy.Thresholds:
    return policy.Thresholds(
        max_follow_ups=config.max_follow_ups,
        follow_up_below=config.follow_up_below,
        seconds_per_question=config.minutes_per_question * 60.0,
    )


def _advance(state: InterviewState, decision: str, next_topic: int) -> dict[str, Any]:
    if decision == "follow_up":
        return {"follow_ups_on_topic": state.follow_ups_on_topic + 1}
    if decision == "next_topic":
        return {"topic_index": next_topic, "follow_ups_on_topic": 0}
    if decision == "next_stage":
        return {
            "stage_index": state.stage_index + 1,
            "topic_index": 0,
            "asked_in_stage": 0,
            "follow_ups_on_topic": 0,
        }
    return {}


def route_after_assess(state: InterviewState) -> RouteAfterAssess:
    return "wrap_up" if state.decision == "wrap_up" or state.end_requested else "ask"


def wrap_up(state: InterviewState, runtime: Ctx) -> dict[str, Any]:
    """Wait for the scores still running (re-scoring any lost in a crash), then the report."""
    ctx = runtime.context
    for turn_id in ctx.store.unscored(state.session_id):
        ctx.scoring.submit(state.session_id, turn_id)
    ctx.scoring.wait(state.session_id, ctx.config.score_wait_s)
    session = ctx.store.get(state.session_id)
    report = build_report(state.session_id, session.turns, offline=ctx.llm is None)
    usage: dict[str, int] = {}
    for t in session.turns:
        for key, value in t.usage.items():
            usage[key] = usage.get(key, 0) + int(value)
    ctx.store.finish_session(state.session_id, report, usage)
    return {"finished": True}
