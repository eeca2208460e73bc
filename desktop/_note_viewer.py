"""A read-only note viewer opened from a citation, scrolled to and highlighting the lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, QUrlQuery
from PySide6.QtGui import QColor, QFont, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop._named import named
from desktop._theme import current_colors

SCHEME = "note"


def citation_url(citation: Any) -> str:
    """A link a QTextBrowser/QLabel can carry: note:/path?start=3&end=9."""
    url = QUrl.fromLocalFile(str(citation.source))
    url.setScheme(SCHEME)
    query = QUrlQuery()
    query.addQueryItem("start", str(citation.line_start))
    query.addQueryItem("end", str(citation.line_end))
    url.setQuery(query)
    return url.toString()


def parse_citation_url(url: QUrl) -> tuple[Path, int, int] | None:
    if url.scheme() != SCHEME:
        return None
    query = QUrlQuery(url)
    try:
        start = int(query.queryItemValue("start") or 1)
        end = int(query.queryItemValue("end") or start)
    except ValueError:
        start, end = 1, 1
    return Path(url.path()), start, end


def citation_label(citation: Any) -> str:
    heading = " › ".join(citation.heading_path)
    where = f"{Path(citation.source).name}:{citation.line_start}-{citation.line_end}"
    return f"{where} — {heading}" if heading else where


class NoteViewer(QDialog):
    """Shows one note file read-only, the cited lines highlighted and in view."""

    def __init__(self, path: Path, line_start: int, line_end: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note: %1").replace("%1", path.name))
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        where = named(QLabel(f"{path}  ·  {line_start}-{line_end}"), "muted")
        where.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setReadOnly(True)
        font = QFont(self.editor.font())
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.editor.setFont(font)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(where)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.line_start, self.line_end = line_start, line_end
        self._load(path)

    def _load(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            text = self.tr("This note cannot be opened: %1").replace("%1", str(exc))
            self.line_start = self.line_end = 0
        self.editor.setPlainText(text)
        if self.line_start > 0:
            self._highlight(self.line_start, self.line_end)

    def _highlight(self, start: int, end: int) -> None:
        doc = self.editor.document()
        first = doc.findBlockByLineNumber(max(start - 1, 0))
        last = doc.findBlockByLineNumber(max(end - 1, 0))
        if not last.isValid():
            last = doc.lastBlock()
        cursor = QTextCursor(first)
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        dark = current_colors()["window"] < "#888888"
        selection.format.setBackground(QColor("#5a4b12" if dark else "#fff3b0"))
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        self.editor.setExtraSelections([selection])
        self.editor.setTextCursor(QTextCursor(last))
        self.editor.ensureCursorVisible()
        self.editor.setTextCursor(QTextCursor(first))
        self.editor.centerCursor()

    def highlighted_text(self) -> str:
        selections = self.editor.extraSelections()
        return selections[0].cursor.selectedText().replace("\u2029", "\n") if selections else ""


def open_citation_link(url: QUrl, parent: QWidget | None) -> bool:
    """Open a note: link in a NoteViewer; returns False for other links."""
    parsed = parse_citation_url(url)
    if parsed is None:
        return False
    viewer = NoteViewer(*parsed, parent=parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.show()
    return True
