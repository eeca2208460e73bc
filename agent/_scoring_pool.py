"""Scoring in the background, so the rubric never holds up the next question.

The assess node submits a job — a (session id, turn id) pair — and moves on; a worker
thread reads the turn from the session store, runs the Scorer and writes the score
back. `Interviewer.run` collects finished scores between streamed pieces of the next
question (`take_ready`), and the wrap-up waits for whatever is still running.
Submitting a turn twice (a node re-run after a crash) scores it once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Protocol

from agent._models import Answer, TurnScore
from agent._turn import Reference, Turn
from agent.keypoints import Point
from agent.state import Language
from agent.store import SessionStore
from knowledge import Stage

log = logging.getLogger(__name__)


class TurnScorer(Protocol):
    """What `agent.scoring.Scorer` offers the interviewer."""

    def score(
        self,
        question: str,
        answer: Answer,
        stage: Stage,
        *,
        references: Sequence[Reference] | None = None,
        previous_answers: Sequence[str] = (),
        points: Sequence[Point] | None = None,
        backing: str = "",
        follow_up: bool = False,
    ) -> TurnScore: ...


def run_job(scorer: TurnScorer, turn: Turn, earlier: Sequence[Turn] = ()) -> TurnScore:
    """Score one answered turn; any failure becomes a visible "scoring failed", never a guess."""
    assert turn.answer is not None
    try:
        return scorer.score(
            turn.question,
            turn.answer,
            turn.stage,
            references=_as_list(turn.reference_text()),
            previous_answers=[t.answer.text for t in earlier if t.answer],
            # a follow-up has its points, or none when it asked generically (no point named)
            points=turn.key_points if turn.is_follow_up else turn.key_points or None,
            backing=_topic_notes(turn, earlier),
            follow_up=turn.is_follow_up,
        )
    except Exception as exc:  # the scorer should not raise; a crash must not lose the turn
        log.exception("scoring turn %s failed", turn.turn_id)
        return TurnScore(status="failed", summary="scoring failed", error=str(exc) or repr(exc))


def _topic_notes(turn: Turn, earlier: Sequence[Turn]) -> str:
    """A follow-up's whole topic in the notes (its main question's reference): a detail the
    answer gives from elsewhere in the write-up is the notes', not "not in your notes"."""
    if not turn.is_follow_up:
        return ""
    same = (turn.stage, turn.topic_index)
    main = [t for t in earlier if (t.stage, t.topic_index) == same and not t.is_follow_up]
    return main[-1].reference if main else ""


def _as_list(reference: Reference | None) -> list[Reference] | None:
    return None if reference is None else [reference]


class ScoringPool:
    def __init__(
        self, scorer: Callable[[Language], TurnScorer], store: SessionStore, workers: int = 2
    ) -> None:
        self._scorer_factory = scorer
        self._scorers: dict[Language, TurnScorer] = {}  # feedback in the interview's language
        self._store = store
        self._executor = ThreadPoolExecutor(max(1, workers), thread_name_prefix="mianba-score")
        self._lock = threading.Lock()
        self._futures: dict[tuple[str, str], Future[TurnScore]] = {}
        self._delivered: set[tuple[str, str]] = set()

    def scorer(self, language: Language) -> TurnScorer:
        with self._lock:
            if language not in self._scorers:
                self._scorers[language] = self._scorer_factory(language)
            return self._scorers[language]

    def submit(self, session_id: str, turn_id: str) -> None:
        key = (session_id, turn_id)
        with self._lock:
            if key in self._futures:
                return
            self._futures[key] = self._executor.submit(self._score_and_store, session_id, turn_id)

    def _score_and_store(self, session_id: str, turn_id: str) -> TurnScore:
        started = time.perf_counter()
        turns = self._store.turns(session_id)
        turn = next((t for t in turns if t.turn_id == turn_id), None)
        if turn is None or turn.answer is None:
            raise ValueError(f"turn {turn_id!r} of session {session_id!r} has no answer to score")
        scorer = self.scorer(self._store.options(session_id).language)
        score = run_job(scorer, turn, [t for t in turns if t.seq < turn.seq])
        seconds = time.perf_counter() - started
        self._store.record_score(session_id, turn_id, score, seconds=seconds)
        return score

    def score_now(self, session_id: str, turn_id: str) -> TurnScore:
        """Score synchronously (retry after a failure); replaces any earlier result."""
        score = self._score_and_store(session_id, turn_id)
        with self._lock:
            done: Future[TurnScore] = Future()
            done.set_result(score)
            self._futures[(session_id, turn_id)] = done
            self._delivered.add((session_id, turn_id))
        return score

    def take_ready(self, session_id: str) -> list[tuple[str, TurnScore]]:
        """Scores finished since the last call, each handed out once."""
        ready = []
        with self._lock:
            for (sid, turn_id), future in self._futures.items():
                if sid == session_id and future.done() and (sid, turn_id) not in self._delivered:
                    self._delivered.add((sid, turn_id))
                    if future.exception() is None:  # a turn not in the store: nothing to show
                        ready.append((turn_id, future.result()))
                    else:
                        log.error("scoring %s/%s: %s", sid, turn_id, future.exception())
        return sorted(ready)

    def pending(self, session_id: str) -> bool:
        with self._lock:
            return any(sid == session_id and not f.done() for (sid, _), f in self._futures.items())

    def wait(self, session_id: str, timeout: float | None) -> None:
        with self._lock:
            futures = [f for (sid, _), f in self._futures.items() if sid == session_id]
        wait(futures, timeout=timeout)

    def forget(self, session_id: str) -> None:
        with self._lock:
            for key in [k for k in self._futures if k[0] == session_id]:
                self._futures.pop(key)
                self._delivered.discard(key)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=False)
