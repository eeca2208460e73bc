"""The interviewer as the CLI and the GUI use it: start, run turn by turn, resume, end early.

    iv = Interviewer(config, retriever, llm=llm_or_None, scorer=None, embedder=None)
    sid = iv.start(InterviewOptions(mode="practice", stages=[...], minutes=30,
                                    language="zh", style="neutral"))
    for event in iv.run(sid):                 # first call, or resume after a restart
        ...                                   # QuestionDelta*, QuestionAsked, AwaitingAnswer
    for event in iv.run(sid, Answer(text="...")):
        ...                                   # ScoreReady?, StageChanged?, QuestionDelta*, ...
    iv.end_early(sid)                         # -> ... Finished(report)
    iv.retry_score(sid, turn_id) -> TurnScore
    iv.unfinished() -> list[SessionSummary]   # sessions that can be resumed
    iv.store.list_sessions() / get(id) / delete(id) / export(id, "md" | "html" | "json")

Events (agent._events, discriminated by `type`): QuestionDelta(turn_id, text),
QuestionAsked(turn_id, stage, topic, text, is_follow_up), AwaitingAnswer(turn_id),
ScoreReady(turn_id, score, visible), StageChanged(stage), Finished(report).

`run` drives the graph until the next question is fully asked (it ends with
AwaitingAnswer) or the interview is over (Finished). Scoring runs in background
threads while the next question is written; ScoreReady events come as soon as a score
is ready, interleaved with the question's pieces, and `run` returns once the scores
of earlier answers are in (AwaitingAnswer has been yielded by then, so a UI can
enable the answer box at once). `visible` is False in mock mode: the feedback is
only in the final report. Iterate the generator in a worker thread; one session is
driven by one caller at a time.

Resume: `run(sid)` on a session stopped at any point continues from its last
checkpoint; a session waiting for an answer re-announces its question
(QuestionAsked + AwaitingAnswer) without writing it again.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from agent._embedder_memo import remembering
from agent._events import (
    AwaitingAnswer,
    Finished,
    InterviewEvent,
    QuestionAsked,
    QuestionDelta,
    ScoreReady,
    StageChanged,
)
from agent._models import Answer, TurnScore
from agent._related import RelatedNotes
from agent._retriever import Retriever
from agent._scoring_pool import ScoringPool, TurnScorer
from agent.config import AgentConfig
from agent.report import Report, build_report, current_report
from agent.state import InterviewOptions, InterviewState, Language
from agent.store import SessionStore, SessionSummary

if TYPE_CHECKING:
    from langchain_core.runnables import RunnableConfig
    from langgraph.graph.state import CompiledStateGraph

    from agent._answer_text import Embedder
    from agent.llm import LLMGateway
    from agent.nodes import InterviewContext

__all__ = ["InterviewOptions", "Interviewer"]

STREAM_MODES: list[Literal["custom", "updates"]] = ["custom", "updates"]


class Interviewer:
    def __init__(
        self,
        config: AgentConfig,
        retriever: Retriever,
        *,
        llm: LLMGateway | None = None,
        scorer: TurnScorer | None = None,
        embedder: Embedder | None = None,
    ) -> None:
        self.config = config
        self.retriever = retriever
        self.llm = llm
        self.store = SessionStore(config.sessions_db)
        self._given_scorer = scorer
        # for the semantic key-point coverage; one vector per text for assess and scoring
        self._embedder = remembering(embedder)
        self._scoring = ScoringPool(self._make_scorer, self.store, config.scoring_workers)
        self._related = RelatedNotes(retriever) if llm is not None else None
        self._graph: CompiledStateGraph[Any, Any, Any, Any] | None = None
        self._graph_lock = threading.Lock()
        self._opened: set[str] = set()  # sessions this process has checked for lost scores
        self._modes: dict[str, str] = {}

    # --- public API --------------------------------------------------------------------

    def start(self, options: InterviewOptions) -> str:
        session_id = f"{datetime.now():%Y%m%d-%H%M%S}-{secrets.token_hex(2)}"
        self.store.create_session(session_id, options)
        return session_id

    def run(self, session_id: str, answer: Answer | None = None) -> Iterator[InterviewEvent]:
        summary = self.store.get_summary(session_id)  # SessionNotFound for a bad id
        if summary.status == "finished":
            yield Finished(report=self._final_report(session_id))
            return
        snapshot = self.graph.get_state(self._thread(session_id))
        if not snapshot.values:
            start = {"session_id": session_id, "options": summary.options}
            yield from self._drive(session_id, start)
            return
        state = InterviewState.model_validate(snapshot.values)
        self._recover_lost_scores(session_id)
        if snapshot.interrupts:
            turn_id = state.turns[-1]
            if answer is not None:  # stored first: the graph reads it from the store
                self.store.record_answer(session_id, turn_id, answer)
            elif not self._answered(session_id, turn_id):  # else: answered just before a crash
                yield from self._awaiting(session_id, turn_id)
                return
            yield from self._drive(session_id, _resume({"turn_id": turn_id}))
            return
        yield from self._drive(session_id, None)  # stopped between nodes: carry on

    def end_early(self, session_id: str) -> Iterator[InterviewEvent]:
        """Stop asking; score what was answered and produce the report."""
        summary = self.store.get_summary(session_id)
        snapshot = self.graph.get_state(self._thread(session_id))
        if summary.status == "finished":
            yield Finished(report=self._final_report(session_id))
            return
        state = InterviewState.model_validate(snapshot.values) if snapshot.values else None
        if state is None or not state.plan:
            report = build_report(session_id, [])
            self.store.finish_session(session_id, report, {})
            yield Finished(report=report)
            return
        self._recover_lost_scores(session_id)
        if snapshot.interrupts:
            yield from self._drive(session_id, _resume({"end": True}))
            return
        if "wrap_up" not in snapshot.next:
            self.graph.update_state(self._thread(session_id), {"end_requested": True})
        yield from self._drive(session_id, None)

    def retry_score(self, session_id: str, turn_id: str) -> TurnScore:
        """Score one answer again now (after "scoring failed"); the report follows."""
        score = self._scoring.score_now(session_id, turn_id)  # ValueError: nothing to score
        record = self.store.get(session_id)
        if record.status == "finished":
            self.store.update_report(session_id, build_report(session_id, record.turns))
        return score

    def unfinished(self) -> list[SessionSummary]:
        return self.store.list_sessions(status="active")

    def close(self) -> None:
        """Finish the background scoring and close the database."""
        self._scoring.shutdown()
        if self._related is not None:
            self._related.shutdown()
        self.store.close()

    # --- internals --------------------------------------------------------------------------

    @property
    def graph(self) -> CompiledStateGraph[Any, Any, Any, Any]:
        with self._graph_lock:
            if self._graph is None:
                from agent.graph import build_graph

                self._graph = build_graph(self.store.checkpointer)
            return self._graph

    def _make_scorer(self, language: Language) -> TurnScorer:
        if self._given_scorer is not None:
            return self._given_scorer
        from agent.scoring import Scorer

        config = self.config.in_language(language)  # the session's, trusted in it or not
        scorer: TurnScorer = Scorer(config, self.retriever, self.llm, embedder=self._embedder)
        return scorer

    def _context(self) -> InterviewContext:
        from agent.nodes import InterviewContext

        return InterviewContext(
            config=self.config,
            retriever=self.retriever,
            store=self.store,
            scoring=self._scoring,
            llm=self.llm,
            related=self._related,
            embedder=self._embedder,
        )

    @staticmethod
    def _thread(session_id: str) -> RunnableConfig:
        return {"configurable": {"thread_id": session_id}}

    def _visible(self, session_id: str) -> bool:
        if session_id not in self._modes:  # options never change once a session starts
            self._modes[session_id] = self.store.get_summary(session_id).options.mode
        return self._modes[session_id] == "practice"

    def _drive(self, session_id: str, graph_input: Any) -> Iterator[InterviewEvent]:
        visible = self._visible(session_id)
        announced: set[str] = set()
        stream = self.graph.stream(
            graph_input,
            self._thread(session_id),
            context=self._context(),
            stream_mode=STREAM_MODES,
            durability="sync",
        )
        for mode, chunk in stream:  # "updates" only give finished scores a way out sooner
            yield from self._ready_scores(session_id, visible)
            if mode == "custom" and isinstance(chunk, QuestionDelta | StageChanged):
                yield chunk
            elif mode == "custom" and isinstance(chunk, QuestionAsked):
                announced.add(chunk.turn_id)
                yield chunk
        yield from self._after_stream(session_id, announced)

    def _after_stream(self, session_id: str, announced: set[str]) -> Iterator[InterviewEvent]:
        snapshot = self.graph.get_state(self._thread(session_id))
        state = InterviewState.model_validate(snapshot.values)
        if snapshot.interrupts:
            turn_id = state.turns[-1]
            # asked before a restart: say it again
            yield from self._awaiting(session_id, turn_id, announce=turn_id not in announced)
        elif state.finished:
            yield from self._ready_scores(session_id, self._visible(session_id))
            yield Finished(report=self._final_report(session_id))
            self._scoring.forget(session_id)

    def _awaiting(
        self, session_id: str, turn_id: str, *, announce: bool = True
    ) -> Iterator[InterviewEvent]:
        turn = self.store.turn(session_id, turn_id)
        if announce and turn is not None:
            yield QuestionAsked.of(turn)
        yield AwaitingAnswer(turn_id=turn_id)
        yield from self._wait_scores(session_id)

    def _wait_scores(self, session_id: str) -> Iterator[InterviewEvent]:
        self._scoring.wait(session_id, self.config.score_wait_s)
        yield from self._ready_scores(session_id, self._visible(session_id))

    def _ready_scores(self, session_id: str, visible: bool) -> Iterator[InterviewEvent]:
        for turn_id, score in self._scoring.take_ready(session_id):
            yield ScoreReady(turn_id=turn_id, score=score, visible=visible)

    def _answered(self, session_id: str, turn_id: str) -> bool:
        turn = self.store.turn(session_id, turn_id)
        return turn is not None and turn.answer is not None

    def _recover_lost_scores(self, session_id: str) -> None:
        """Answers whose background scoring died with an earlier process are scored again."""
        if session_id in self._opened:
            return
        self._opened.add(session_id)
        for turn_id in self.store.unscored(session_id):
            self._scoring.submit(session_id, turn_id)

    def _final_report(self, session_id: str) -> Report:
        return current_report(self.store.get(session_id))


def _resume(value: dict[str, Any]) -> Any:
    from langgraph.types import Command

    return Command(resume=value)
