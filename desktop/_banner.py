"""A non-blocking message strip (errors a person understands).

A message coming or going must neither move the buttons under the user's cursor nor
cover them, nor the view's title. A view with controls along its top (the interview's
Pause and End) gives the banner a BannerSlot beside the part of it that stretches (the
conversation): the banner takes its room from that part alone. Review, Knowledge and
Settings give it a slot in their title row, beside the title (`title_row`): the row is
as tall as a one-line message, so one moves nothing; a longer one, wrapped at a narrow
width, moves the view down by its extra lines rather than lie over the tabs. With no
slot (a view not built yet) it floats over the top of the views.

A message about something that can come right by itself (a spoken take that failed)
names the signal that says it has (`until`): the next take succeeded, the question moved
on. It goes then, instead of staying up until it is dismissed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

MARGIN = 8  # from the host's edges


class BannerSlot(QWidget):
    """The banner's place in a view's layout, next to its stretching part; it takes no
    room (it is hidden) while it holds no message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holder = QVBoxLayout(self)
        self.holder.setContentsMargins(0, 0, 0, 0)
        self.hide()


def title_row(title: QLabel) -> tuple[QHBoxLayout, BannerSlot]:
    """A view's title with the banner's slot beside it (see the module's docstring)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(16)
    slot = BannerSlot()
    title.setMinimumHeight(one_line_height())
    row.addWidget(title, 0, Qt.AlignmentFlag.AlignTop)  # level with a long message's top line
    row.addWidget(slot, 1)
    return row, slot


def one_line_height() -> int:
    """How tall a one-line message is, in the style sheet in force."""
    sample = Banner()
    sample._label.setText("M")
    for widget in (sample, *sample.findChildren(QWidget)):
        widget.ensurePolished()
    height = sample.minimumSizeHint().height()
    sample.deleteLater()
    return height


class Banner(QFrame):
    """Shows one message at a time; info messages fade after a few seconds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setObjectName("bannerText")
        self._action = QPushButton(self)
        self._action.hide()
        self._close = QPushButton(self.tr("Dismiss"), self)
        self._close.clicked.connect(self.hide)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._action)
        layout.addWidget(self._close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self._callback: Callable[[], None] | None = None
        self._action.clicked.connect(self._on_action)
        self._host: QWidget | None = None
        self._slot: BannerSlot | None = None
        self._until: Any = None  # the signal that makes the message shown stale
        self.hide()

    def text(self) -> str:
        return self._label.text()

    def float_over(self, host: QWidget) -> None:
        """Show over the top of `host`, following its width, outside any layout."""
        self._host = host
        self.setParent(host)
        host.installEventFilter(self)
        self._place()

    def dock(self, slot: BannerSlot | None) -> None:
        """Sit in `slot` (the current view's), or float over the host again (None)."""
        if slot is self._slot:
            return
        showing, until = not self.isHidden(), self._until
        self._until = None  # moving the message is not its going
        if self._slot is not None:
            self._slot.hide()
        self._slot = slot
        if slot is not None:
            slot.holder.addWidget(self)  # takes the banner out of its old parent
        elif self._host is not None:
            self.setParent(self._host)
            self._place()
        self._until = until
        self.setVisible(showing)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if self._slot is not None:  # an empty slot gives its room back
            self._slot.setVisible(visible)
        if not visible:
            self._stop_watching()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None or host is not self._host:
            return
        width = max(host.width() - 2 * MARGIN, 100)
        # the height its text needs at this width: the size hint's (two lines' worth for
        # any longer message) made a one-line banner 60 px tall, over the view's tabs
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        if height <= 0:
            height = self.sizeHint().height()
        self.setGeometry(MARGIN, MARGIN, width, max(height, self.minimumSizeHint().height()))

    def show_message(
        self,
        text: str,
        level: str = "info",
        action: tuple[str, Callable[[], None]] | None = None,
        until: Any = None,
    ) -> None:
        """`until`: a signal whose emission makes this message stale (it then goes)."""
        self._stop_watching()
        self._label.setText(text)
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self._callback = action[1] if action else None
        self._action.setVisible(action is not None)
        if action:
            self._action.setText(action[0])
        self._timer.stop()
        if level == "info" and action is None:
            self._timer.start(6000)
        self._place()
        self.show()
        self.raise_()
        if until is not None:
            until.connect(self._on_stale)
            self._until = until

    def _on_stale(self) -> None:
        self.hide()

    def _stop_watching(self) -> None:
        until, self._until = self._until, None
        if until is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # its sender is gone already
                until.disconnect(self._on_stale)

    def dismiss_notice(self) -> None:
        """A passing notice ("Interview paused…") is stale once the user goes on: hide it.
        Warnings and errors stay until dismissed."""
        if self.property("level") == "info":
            self._timer.stop()
            self.hide()

    def _on_action(self) -> None:
        callback, self._callback = self._callback, None
        self.hide()
        if callback:
            callback()
