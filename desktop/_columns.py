"""Two-column lists that fit their pane: no horizontal scroll bar hiding the second one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget

SECOND_SHARE = 0.4  # of the list's width, at most, for the second column


class _SecondColumn(QObject):
    """Keeps the second column at `width` px, or less in a narrow list (SECOND_SHARE of it,
    never under its title): a fixed 180 px left the question column "…" at the minimum
    window width."""

    def __init__(self, tree: QTreeWidget, width: int) -> None:
        super().__init__(tree)
        self.tree, self.width = tree, width
        tree.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.tree.header()
        title = header.fontMetrics().horizontalAdvance(self.tree.headerItem().text(1)) + 24
        share = int(self.tree.viewport().width() * SECOND_SHARE)
        self.tree.setColumnWidth(1, max(title, min(self.width, share)))


def stretch_first_column(
    tree: QTreeWidget, second: int, elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight
) -> None:
    """The first column takes what the second (`second` px in a wide list) leaves: a fixed
    420 px first column pushed the second behind a horizontal scroll bar ("Answer in
    notes", "Result"). Paths are better elided in the middle (`elide`)."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    tree.setTextElideMode(elide)
    _SecondColumn(tree, second).fit()
