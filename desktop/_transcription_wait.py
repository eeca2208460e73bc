"""Waiting for the final transcript of one take: a bound, a progress line and a way out.

Each take gets a number; a result is used only by the take that is still waited for
and only for the question it was recorded for. Cancelling, a new take, a new question
or the time budget end the wait: the worker's late result is then dropped, never
pasted into a later answer.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

_BASE_BUDGET_S = 20.0  # a busy 2-core machine needs a few seconds for the last utterance
_BUDGET_PER_AUDIO_S = 0.5  # ...and a long answer may have more left to decode


def finish_budget_s(audio_s: float) -> float:
    """How long the final transcript of `audio_s` seconds of answer may take."""
    return round(_BASE_BUDGET_S + _BUDGET_PER_AUDIO_S * audio_s, 1)


@dataclass
class Take:
    number: int
    turn_id: str | None  # the question the take answers
    live: Any  # voice.IncrementalTranscriber: partial_text() is the best text so far
    budget_s: float
    started: float
    task: Any = None  # desktop._tasks.TaskHandle of the finishing worker
    file: str = ""  # the audio file's name, when the take is a file (no live text to offer)
    share: float = 0.0  # of a file: how much is transcribed (0.0 .. 1.0)

    @property
    def elapsed_s(self) -> float:
        return time.monotonic() - self.started


class TranscriptionWait(QObject):
    """At most one take is waited for; `ticked` each second, `timed_out` past its budget."""

    ticked = Signal(int)  # whole seconds waited so far
    timed_out = Signal(object)  # the Take given up on

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._taken = 0
        self.current: Take | None = None
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._on_tick)

    @property
    def waiting(self) -> bool:
        return self.current is not None

    def begin(self, live: Any, turn_id: str | None, audio_s: float, file: str = "") -> Take:
        """Wait for a take's text; a file is waited for until done or dropped (it has no
        text heard so far to offer, and its progress shows)."""
        self.drop()
        self._taken += 1
        budget = math.inf if file else finish_budget_s(audio_s)
        take = Take(self._taken, turn_id, live, budget, time.monotonic(), file=file)
        self.current = take
        self._timer.start()
        return take

    def accepts(self, take: Take) -> bool:
        """True (and the wait ends) when `take` is the one still waited for."""
        if self.current is not take:
            return False
        self._end()
        return True

    def drop(self) -> Take | None:
        """Stop waiting: the worker's result will not be delivered."""
        take = self.current
        if take is not None and take.task is not None:
            take.task.cancel()
        self._end()
        return take

    def _end(self) -> None:
        self.current = None
        self._timer.stop()

    def _on_tick(self) -> None:
        take = self.current
        if take is None:
            return
        if take.elapsed_s >= take.budget_s:
            self.drop()
            self.timed_out.emit(take)
            return
        self.ticked.emit(int(take.elapsed_s))
