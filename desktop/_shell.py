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

from desktop._banner import Banner
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
    """The style's icons; the play arrow, a bare near-black shape in Fusion (invisible on
    the dark sidebar), is redrawn in the theme's text colour, and white when selected."""
    from PySide6.QtWidgets import QStyle

    from desktop._theme import current_colors

    style = sidebar.style()
    pixmaps = QStyle.StandardPixmap
    icons = (
        pixmaps.SP_MediaPlay,
        pixmaps.SP_FileDialogDetailedView,
        pixmaps.SP_DirOpenIcon,
        pixmaps.SP_FileDialogInfoView,
    )
    text = QColor(current_colors()["text"])
    for row, pixmap in enumerate(icons):
        icon = style.standardIcon(pixmap)
        if pixmap == pixmaps.SP_MediaPlay:
            shape = icon.pixmap(ICON_SIZE, ICON_SIZE)
            icon = QIcon(tinted(shape, text))
            icon.addPixmap(tinted(shape, QColor("white")), QIcon.Mode.Selected)
        sidebar.item(row).setIcon(icon)


def tinted(shape: QPixmap, color: QColor) -> QPixmap:
    """`shape`'s opaque pixels in one colour (its alpha kept)."""
    from PySide6.QtGui import QPainter

    out = QPixmap(shape.size())
    out.setDevicePixelRatio(shape.devicePixelRatio())
    out.fill(QColor(0, 0, 0, 0))
    painter = QPainter(out)
    painter.drawPixmap(0, 0, shape)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(out.rect(), color)
    painter.end()
    return out


def frame(sidebar: QWidget, banner: Banner, stack: QWidget) -> QWidget:
    """Side panel (title over the sidebar) on the left; the views on the right, with the
    banner floating over their top (it never moves them)."""
    side = named(QFrame(), "sidePanel")  # a QFrame paints its style-sheet background
    side_layout = QVBoxLayout(side)
    side_layout.setContentsMargins(0, 0, 0, 0)
    side_layout.setSpacing(0)
    side_layout.addWidget(named(QLabel("面霸 Mianba"), "appTitle"))
    side_layout.addWidget(sidebar, 1)
    content = QWidget()
    content_layout = QVBoxLayout(content)
    content_layout.setContentsMargins(8, 8, 8, 0)
    content_layout.addWidget(stack, 1)
    banner.float_over(content)
    central = QWidget()
    row = QHBoxLayout(central)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(0)
    row.addWidget(side)
    row.addWidget(content, 1)
    return central
