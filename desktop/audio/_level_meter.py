"""A microphone level bar with a peak-hold line, fed by `Recorder.level`.

Peak hold is counted in updates rather than wall time: the recorder sends ~20-30 levels
a second while recording, and a test can drive the meter without waiting.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

_GREEN = QColor("#2e9d4f")
_AMBER = QColor("#d99a1e")
_RED = QColor("#d23b3b")
_WARN_AT = 0.75  # ≈ -15 dBFS: loud but fine
_CLIP_AT = 0.93  # ≈ -4 dBFS: about to clip


class LevelMeter(QWidget):
    """Horizontal bar 0..1; a thin line marks the recent peak and then sinks slowly."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        hold_updates: int = 20,
        fall_per_update: float = 0.02,
    ) -> None:
        super().__init__(parent)
        self.hold_updates = hold_updates
        self.fall_per_update = fall_per_update
        self._level = 0.0
        self._peak = 0.0
        self._held_for = 0
        self.setAccessibleName(self.tr("Microphone level"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._update_description()

    @property
    def level(self) -> float:
        return self._level

    @property
    def peak(self) -> float:
        return self._peak

    def set_level(self, level: float) -> None:
        """Slot for `Recorder.level`."""
        self._level = min(1.0, max(0.0, float(level)))
        if self._level >= self._peak:
            self._peak, self._held_for = self._level, 0
        elif self._held_for < self.hold_updates:
            self._held_for += 1
        else:
            self._peak = max(self._level, self._peak - self.fall_per_update)
        self._update_description()
        self.update()

    def reset(self) -> None:
        self._level = self._peak = 0.0
        self._held_for = 0
        self._update_description()
        self.update()

    def color_for(self, level: float) -> QColor:
        if level >= _CLIP_AT:
            return _RED
        return _AMBER if level >= _WARN_AT else _GREEN

    def sizeHint(self) -> QSize:
        return QSize(160, 14)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRect(rect)
        inner = rect.adjusted(1.5, 1.5, -1.5, -1.5)
        if self._level > 0:
            bar = QRectF(inner.left(), inner.top(), inner.width() * self._level, inner.height())
            painter.fillRect(bar, self.color_for(self._level))
        if self._peak > 0:
            x = inner.left() + inner.width() * self._peak
            painter.setPen(Qt.PenStyle.NoPen)
            painter.fillRect(
                QRectF(x - 1.5, inner.top(), 2.0, inner.height()), self.color_for(self._peak)
            )
        painter.end()

    def _update_description(self) -> None:
        # screen readers get the value as text; the tooltip shows the same
        text = self.tr("%n percent", "", round(self._level * 100))
        self.setAccessibleDescription(text)
        self.setToolTip(text)
