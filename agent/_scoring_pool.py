"""Scoring in the background, so the rubric never holds up the next question.

The assess node submits a job and moves on; a worker thread runs the Scorer and
writes the result to the session store. `Interviewer.run` collects finished scores
between streamed pieces of the next question (`take_ready`), and the wrap-up waits
for whatever is still running. Submitting a turn twice (a node re-run after a
crash) scores it once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Protocol

from agent._models import Answer, TurnScore
from agent.keypoints import Point
from agent.state import Language
from agent.store import SessionStore
from knowledge import Question, Stage

log = logging.getLogger(__name__)


class TurnScorer(Protocol):
    """What `agent.scoring.Scorer` offers the interviewer."""

    def score(
        self,
        question: str,
        answer: Answer,
        stage: Stage,
        *,
        references: list[Question] | None = None,
        previous_answers: Sequence[str] = (),
        points: Sequence[Point] | None = None,
    ) -> TurnScore: ...


@dataclass(frozen=True)
class ScoreJob:
    session_id: str
    turn_id: str
    question: str
    answer: Answer
    stage: Stage
    language: Language = "zh"
    references: list[Question] | None = None
    previous_answers: list[str] = field(default_factory=list)
    points: list[Point] | None = None  # the turn's key points, computed when it was asked


def run_job(scorer: TurnScorer, job: ScoreJob) -> TurnScore:
    """Score one answer; any failure becomes a visible "scoring failed" score, never a guess."""
    try:
        return scorer.score(
            job.question,
            job.answer,
            job.stage,
            references=job.references,
            previous_answers=job.previous_answers,
            points=job.points,
        )
    except Exception as exc:  # the scorer should not raise; a crash must not lose the turn
        log.exception("scoring turn %s failed", job.turn_id)
        return TurnScore(status="failed", summary="scoring failed", error=str(exc) or repr(exc))


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

    def submit(self, job: ScoreJob) -> None:
        key = (job.session_id, job.turn_id)
        with self._lock:
            if key in self._futures:
                return
            self._futures[key] = self._executor.submit(self._score_and_store, job)

    def _score_and_store(self, job: ScoreJob) -> TurnScore:
        started = time.perf_counter()
        score = run_job(self.scorer(job.language), job)
        self._store.record_score(
            job.session_id, job.turn_id, score, seconds=time.perf_counter() - started
        )
        return score

    def score_now(self, job: ScoreJob) -> TurnScore:
        """Score synchronously (retry after a failure); replaces any earlier result."""
        score = self._score_and_store(job)
        with self._lock:
            done: Future[TurnScore] = Future()
            done.set_result(score)
            self._futures[(job.session_id, job.turn_id)] = done
            self._delivered.add((job.session_id, job.turn_id))
        return score

    def take_ready(self, session_id: str) -> list[tuple[str, TurnScore]]:
        """Scores finished since the last call, each handed out once."""
        ready = []
        with self._lock:
            for (sid, turn_id), future in self._futures.items():
                if sid == session_id and future.done() and (sid, turn_id) not in self._delivered:
                    self._delivered.add((sid, turn_id))
                    ready.append((turn_id, future.result()))
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
