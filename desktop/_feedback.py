"""The score cards of one interview, each right below the answer it judges.

Scores are computed while the next question is written, so a score may arrive before
or after that question: placing the card under its answer keeps the order the same
every time (answer, feedback, next question). Mock interviews hold the scores back
until the report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from desktop._chat import ChatTranscript
from desktop._score_card import ScoreCard

if TYPE_CHECKING:
    from agent import Answer, TurnScore


class FeedbackCards:
    def __init__(
        self,
        transcript: ChatTranscript,
        caption: str,
        on_retry: Callable[[str], object],
        estimate: Callable[[], bool] = lambda: False,
        language: Callable[[], str | None] = lambda: None,
    ) -> None:
        self.transcript = transcript
        self._caption = caption
        self._on_retry = on_retry
        self._estimate = estimate  # whether the session is scored offline
        self._language = language  # the session's (its feedback is written in it)
        self.cards: dict[str, ScoreCard] = {}
        self._held: dict[str, Any] = {}
        self._answers: dict[str, QWidget] = {}  # turn id -> the candidate's bubble
        self._metrics: dict[str, dict[str, Any]] = {}  # turn id -> a voice answer's delivery
        self._from_file: set[str] = set()  # turn ids answered from an audio file

    def clear(self) -> None:
        self.cards.clear()
        self._held.clear()
        self._answers.clear()
        self._metrics.clear()
        self._from_file.clear()

    def answered(self, turn_id: str, bubble: QWidget, answer: Answer | None = None) -> None:
        self._answers[turn_id] = bubble
        self._metrics[turn_id] = dict(answer.metrics) if answer is not None else {}
        if answer is not None and answer.source == "file":
            self._from_file.add(turn_id)

    def show(self, turn_id: str, score: TurnScore, visible: bool) -> None:
        if not visible:
            self._held[turn_id] = score  # mock mode: shown with the report
            return
        card = self.cards.get(turn_id)
        if card is not None:
            card.set_score(score)
            return
        card = ScoreCard(
            turn_id,
            score,
            metrics=self._metrics.get(turn_id),
            estimate=self._estimate(),
            from_file=turn_id in self._from_file,
            language=self._language(),
        )
        card.retry_requested.connect(self._on_retry)
        self.cards[turn_id] = card
        self.transcript.add_widget(card, self._caption, after=self._answers.get(turn_id))

    def show_held(self) -> None:
        for turn_id, score in self._held.items():
            self.show(turn_id, score, True)
        self._held.clear()

    def set_retrying(self, turn_id: str) -> None:
        card = self.cards.get(turn_id)
        if card is not None:
            card.set_retrying()
