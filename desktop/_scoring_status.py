""" "Scoring…" under each answer whose score is still being written, with the seconds waited.

A local model on a CPU may take one or two minutes per score. Scores are written in
the background while the interview goes on, so the candidate needs to see which
answers are still being scored and that nothing hangs: each line counts the seconds,
says so plainly once the wait passes the endpoint's time limit, and is replaced by the
score card (or its "scoring failed — retry" state) when the score arrives.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from desktop._chat import ChatTranscript


class ScoringLine(QLabel):
    """One answer's "Scoring… 12 s" line; past `slow_after_s` it says the endpoint is slow."""

    def __init__(self, slow_after_s: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("muted")
        self.setWordWrap(True)
        self._slow_after_s = slow_after_s
        self._started = time.monotonic()
        self.refresh()

    @property
    def seconds(self) -> int:
        return int(time.monotonic() - self._started)

    @property
    def slow(self) -> bool:
        return self.seconds >= self._slow_after_s

    def refresh(self) -> None:
        seconds = str(self.seconds)
        if not self.slow:
            self.setText(self.tr("Scoring… %1 s").replace("%1", seconds))
            return
        limit = f"{self._slow_after_s:.0f}"
        text = self.tr(
            "Still scoring after %1 s: the LLM endpoint is slow (its time limit is %2 s "
            "per wait). Your answer is kept; carry on, the score appears here when it is ready."
        )
        self.setText(text.replace("%1", seconds).replace("%2", limit))


class ScoringStatus(QObject):
    """The answers of this session still being scored, each with its line in the transcript.

    `slow_after_s` is read when a line starts (the LLM timeout from the settings).
    Mock interviews show no line (feedback comes with the report), but the answers
    still count as pending, so the status line can say what the app waits for.
    """

    def __init__(
        self,
        transcript: ChatTranscript,
        slow_after_s: Callable[[], float],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._transcript = transcript
        self._slow_after_s = slow_after_s
        self._pending: dict[str, ScoringLine | None] = {}
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._on_tick)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def line(self, turn_id: str) -> ScoringLine | None:
        return self._pending.get(turn_id)

    def started(self, turn_id: str, answer: QWidget, visible: bool) -> None:
        """The answer shown by `answer` is being scored; `visible`: draw its line."""
        self.finished(turn_id)
        line = ScoringLine(self._slow_after_s()) if visible else None
        if line is not None:
            self._transcript.add_widget(line, after=answer)
        self._pending[turn_id] = line
        self._timer.start()

    def finished(self, turn_id: str) -> None:
        """Its score (or failure) arrived: the card takes the line's place."""
        line = self._pending.pop(turn_id, None)
        if line is not None and shiboken6.isValid(line):
            line.hide()  # gone now, before the event loop deletes it
            line.deleteLater()
        if not self._pending:
            self._timer.stop()

    def clear(self) -> None:
        for turn_id in list(self._pending):
            self.finished(turn_id)

    def describe(self, doing: str, besides: str | None = None) -> str:
        """`doing`, plus how many answers (other than `besides`) are still being scored."""
        waiting = len([t for t in self._pending if t != besides])
        if not waiting:
            return doing
        if waiting == 1:
            return self.tr("%1 (an earlier answer is still being scored)").replace("%1", doing)
        text = self.tr("%1 (%2 earlier answers are still being scored)")
        return text.replace("%1", doing).replace("%2", str(waiting))

    def _on_tick(self) -> None:
        for line in self._pending.values():
            if line is not None and shiboken6.isValid(line):
                line.refresh()
