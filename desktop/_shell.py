"""The main window's frame, painted first: the sidebar, the side panel and the layout.

Nothing here asks the style or Qt's namespace for enums before the first paint (PySide6
builds those in Python, ~35 ms for `Qt` and ~12 ms for `QStyle`); the sidebar's standard
icons are set by `set_sidebar_icons` right after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop._named import named

ICON_SIZE = 20


def build_sidebar(names: Sequence[str]) -> QListWidget:
    """One row per view; blank icons hold the places of the real ones (no shift later)."""
    sidebar = named(QListWidget(), "sidebar")
    sidebar.setFixedWidth(190)
    sidebar.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
    blank = QPixmap(ICON_SIZE, ICON_SIZE)
    blank.fill(QColor(0, 0, 0, 0))
    for text in names:
        sidebar.addItem(QListWidgetItem(QIcon(blank), text))
    return sidebar


def set_sidebar_icons(sidebar: QListWidget) -> None:
    from PySide6.QtWidgets import QStyle

    style = sidebar.style()
    pixmaps = QStyle.StandardPixmap
    icons = (
        pixmaps.SP_MediaPlay,
        pixmaps.SP_FileDialogDetailedView,
        pixmaps.SP_DirOpenIcon,
        pixmaps.SP_FileDialogInfoView,
    )
    for row, pixmap in enumerate(icons):
        sidebar.item(row).setIcon(style.standardIcon(pixmap))


def frame(sidebar: QWidget, banner: QWidget, stack: QWidget) -> QWidget:
    """Side panel (title over the sidebar) on the left; banner over the views on the right."""
    side = named(QFrame(), "sidePanel")  # a QFrame paints its style-sheet background
    side_layout = QVBoxLayout(side)
    side_layout.setContentsMargins(0, 0, 0, 0)
    side_layout.setSpacing(0)
    side_layout.addWidget(named(QLabel("面霸 Mianba"), "appTitle"))
    side_layout.addWidget(sidebar, 1)
    content = QWidget()
    content_layout = QVBoxLayout(content)
    content_layout.setContentsMargins(8, 8, 8, 0)
    content_layout.addWidget(banner)
    content_layout.addWidget(stack, 1)
    central = QWidget()
    row = QHBoxLayout(central)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    row.addWidget(side)
    row.addWidget(content, 1)
    return central
