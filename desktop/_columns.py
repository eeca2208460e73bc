"""Two-column lists that fit their pane: no horizontal scroll bar hiding the second one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget


def stretch_first_column(tree: QTreeWidget, second: int) -> None:
    """The first column takes what the second (`second` px, or its title's width if more;
    the user can drag it) leaves: a fixed 420 px first column pushed the second behind a
    horizontal scroll bar ("Answer in notes", "Result"). Long paths lose their middle."""
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
    title = header.fontMetrics().horizontalAdvance(tree.headerItem().text(1))
    tree.setColumnWidth(1, max(second, title + 24))
    tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
