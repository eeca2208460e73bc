"""Small pieces of the Interview view: the stage indicator, the answer box, drafts."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from desktop._named import named
from desktop._stages import STAGE_ORDER, stage_names
from desktop._theme import ACCENT, current_colors

log = logging.getLogger(__name__)


class StageBar(QWidget):
    """self-intro → projects → fundamentals → behavioral → wrap-up, the current one marked.

    In a narrow window the stages beside the current one are shortened with "…" (the full
    name in their tooltip): between the minimum width and ~900 px the English names were
    cut mid-word ("Self-introc")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._row = layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._labels: dict[str, QLabel] = {}
        self._arrows: list[QLabel] = []
        self._names = stage_names()
        for index, key in enumerate(STAGE_ORDER):
            if index:
                arrow = named(QLabel("→"), "muted")
                self._arrows.append(arrow)
                layout.addWidget(arrow)
            label = QLabel(self._names[key])
            label.setToolTip(self._names[key])
            self._labels[key] = label
            layout.addWidget(label)
        layout.addStretch(1)
        self.current = ""
        self.set_stages(list(STAGE_ORDER))

    def minimumSizeHint(self) -> QSize:
        """Any width: the names are shortened to fit it (`_fit`)."""
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def set_stages(self, stages: list[str]) -> None:
        """Dim the stages this interview skips."""
        self._included = set(stages) | {"wrap_up"}
        self.set_current(self.current)

    def set_current(self, stage: str) -> None:
        self.current = stage
        c = current_colors()
        passed = True
        for key, label in self._labels.items():
            if key == stage:
                passed = False
                style = f"background:{ACCENT}; color:white; border-radius:9px; padding:2px 10px;"
            elif key not in self._included:
                style = f"color:{c['border']}; padding:2px 10px;"
            elif passed and stage:
                style = f"color:{c['text']}; padding:2px 10px;"
            else:
                style = f"color:{c['muted']}; padding:2px 10px;"
            label.setStyleSheet(style)
        self._fit()

    def _fit(self) -> None:
        """Full names and arrows when they fit; else no arrows (the pills still read left to
        right), the current stage in full and the others sharing what is left."""
        padding = {key: _padding(label) for key, label in self._labels.items()}
        widths = {
            key: label.fontMetrics().horizontalAdvance(self._names[key]) + padding[key]
            for key, label in self._labels.items()
        }
        spacing = self._row.spacing()
        arrows = sum(a.sizeHint().width() + spacing for a in self._arrows)
        room = self.width() - spacing * len(widths)
        fits = sum(widths.values()) + arrows <= room
        for arrow in self._arrows:
            arrow.setVisible(fits)
        if not fits and self.current in widths:
            room -= widths[self.current]
        others = [k for k in widths if fits or k != self.current]
        for index, key in enumerate(sorted(others, key=widths.__getitem__)):
            width = min(widths[key], max(0, room // (len(others) - index)))
            name, metrics = self._names[key], self._labels[key].fontMetrics()
            # with room for the whole name, the whole name: horizontalAdvance is rounded,
            # and eliding to it cut "Behavioral" to "Behavio…" in a 1280 px window
            shown = (
                name
                if width >= widths[key]
                else metrics.elidedText(name, Qt.TextElideMode.ElideRight, width - padding[key])
            )
            self._labels[key].setText(shown)
            room -= width
        if self.current in widths:
            self._labels[self.current].setText(self._names[self.current])


def _padding(label: QLabel) -> int:
    """What the label's style adds around its text (its pill's padding, margins)."""
    return label.sizeHint().width() - label.fontMetrics().horizontalAdvance(label.text())


class AnswerBox(QPlainTextEdit):
    """Multi-line answer; Ctrl+Enter (or Cmd+Enter) sends."""

    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class Stopwatch:
    """Seconds that only run while started (a paused session does not count)."""

    def __init__(self) -> None:
        self._total = 0.0
        self._since: float | None = None

    def start(self, already: float = 0.0) -> None:
        """Run (again); `already`: seconds counted before, e.g. by an earlier run."""
        self._total += already
        if self._since is None:
            self._since = time.monotonic()

    def stop(self) -> None:
        if self._since is not None:
            self._total += time.monotonic() - self._since
            self._since = None

    def reset(self) -> None:
        self._total, self._since = 0.0, None

    @property
    def seconds(self) -> float:
        running = time.monotonic() - self._since if self._since is not None else 0.0
        return self._total + running


def time_spent(record: Any) -> float:
    """Interview time a stored session already took: from its start to its last question
    or answer (a pause, however long, is not counted)."""
    moments = [m for t in record.turns for m in (t.asked_at, t.answered_at) if m is not None]
    return max(0.0, max(moments) - record.started_at) if moments else 0.0


def clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes:02d}:{secs:02d}"


class DraftStore:
    """The unsent answer of each session, on disk as the user types (nothing is lost)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, session_id: str) -> Path:
        return self.folder / f"{session_id}.txt"

    def save(self, session_id: str, text: str) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp = self._path(session_id).with_suffix(".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(self._path(session_id))
        except OSError as exc:  # a full disk must not stop the interview
            log.warning("could not save the draft: %s", exc)

    def load(self, session_id: str) -> str:
        try:
            return self._path(session_id).read_text(encoding="utf-8")
        except OSError:
            return ""

    def clear(self, session_id: str) -> None:
        self._path(session_id).unlink(missing_ok=True)


class DraftAutosave(QObject):
    """Saves the answer box as a draft of the current session shortly after each edit."""

    def __init__(self, store: DraftStore, box: QPlainTextEdit, session: Callable[[], str | None]):
        super().__init__(box)
        self.store, self._box, self._session = store, box, session
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.save)
        box.textChanged.connect(self._timer.start)

    def save(self) -> None:
        self._timer.stop()
        session_id = self._session()
        if session_id is not None:
            self.store.save(session_id, self._box.toPlainText())
