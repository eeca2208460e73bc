"""Review: past sessions, a session turn by turn, progress charts, weak topics, export."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop._banner import BannerSlot, title_row
from desktop._export import FILTERS, FORMATS, export_name, export_session
from desktop._hint_browser import HintBrowser
from desktop._interview_widgets import clock
from desktop._named import named
from desktop._note_viewer import open_citation_link
from desktop._progress_panel import ProgressPanel
from desktop._resume_panel import when
from desktop._review_html import session_html
from desktop._services import Services
from desktop._tasks import run_task
from desktop._tr import said

log = logging.getLogger(__name__)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_WIDTH_MAX = 520  # px: wider, and the session's detail beside it gets too narrow
DETAIL_MIN = 280  # px: narrower, a report wraps a word a line ("Ove / rall:")


class ReviewView(QWidget):
    practise_requested = Signal(list)  # weak topics to focus a new session on
    session_shown = Signal(str)

    def __init__(self, services: Services, notify: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._notify = notify
        self._task: Any = None
        self._player: Any = None
        self._wanted: str | None = None  # a session to select once the list is loaded
        self.sessions: list[Any] = []
        self.record: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        header, self._banner_slot = title_row(named(QLabel(self.tr("Review")), "viewTitle"))
        layout.addLayout(header)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_sessions_tab(), self.tr("Sessions"))
        self.progress_panel = ProgressPanel(self)
        self.progress_panel.practise_requested.connect(self.practise_requested)
        self.tabs.addTab(_scrolling(self.progress_panel), self.tr("Progress"))
        layout.addWidget(self.tabs, 1)

    def banner_slot(self) -> BannerSlot:
        """Where the window's messages go: beside the title (desktop._banner)."""
        return self._banner_slot

    def _build_sessions_tab(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search questions and answers…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search_changed)
        self.list = QTreeWidget()
        self.list.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Score"),  # beside the date: still in view in a narrow window
                self.tr("Mode"),
                self.tr("Duration"),
                self.tr("Scored by"),
            ]
        )
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 130)
        self.list.currentItemChanged.connect(self._on_session_chosen)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self._on_delete)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        delete_row = QHBoxLayout()  # a button as wide as its word, as Export is on the right
        delete_row.addWidget(self.delete_button)
        delete_row.addStretch(1)
        left_layout.addLayout(delete_row)
        self.detail = HintBrowser()
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_link)
        export_row = QHBoxLayout()
        export_row.addStretch(1)
        export_row.addWidget(self._export_button())
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 1)
        right_layout.addLayout(export_row)
        right.setMinimumWidth(DETAIL_MIN)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter = splitter
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 620])
        splitter.setCollapsible(0, False)  # a list squeezed to nothing never came back
        splitter.installEventFilter(self)  # fitted to the splitter's own size (_fit_list)
        self._set_detail_enabled(False)
        return splitter

    def _export_button(self) -> QPushButton:
        """One Export button with a menu of formats: four "Export <format>" buttons were
        squeezed to "Mar", "ort H" beside the session in a narrow window."""
        self.export_button = QPushButton(self.tr("Export"))
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for fmt, label in (("md", "Markdown"), ("html", "HTML"), ("pdf", "PDF"), ("json", "JSON")):
            action = menu.addAction(f"{label} ({FORMATS[fmt]})")
            action.triggered.connect(lambda _=False, f=fmt: self._on_export_clicked(f))
            self.export_actions[fmt] = action
        self.export_button.setMenu(menu)
        return self.export_button

    # ---- the list -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the session list and the progress charts from the store (in a worker)."""
        self._task = run_task(
            self._load, on_done=self._on_loaded, on_error=self._on_failed, owner=self
        )

    def _load(self) -> tuple[list[Any], list[Any], dict[tuple[str, str], float]]:
        store = self.services.interviewer().store
        summaries = store.list_sessions()
        records = [store.get(s.id) for s in summaries]
        return summaries, [r for r in records if _worth_listing(r)], store.topic_scores()

    def _on_loaded(self, loaded: tuple[list[Any], list[Any], dict[tuple[str, str], float]]) -> None:
        from agent import current_report

        _summaries, records, topic_scores = loaded
        self.sessions = records
        self._fill_list()
        wanted, self._wanted = self._wanted, None
        if wanted is not None:
            self.select_session(wanted)
        self.progress_panel.show_progress([current_report(r) for r in records], topic_scores)

    def _on_failed(self, error: BaseException) -> None:
        log.error("review failed: %s", error, exc_info=error)
        self._notify(self.tr("Could not read past sessions: %1").replace("%1", str(error)), "error")

    def _fill_list(self) -> None:
        current = self.record.id if self.record is not None else None
        self.list.clear()
        query = self.search.text().strip().lower()
        for record in self.sessions:
            if query and not _matches(record, query):
                continue
            item = QTreeWidgetItem(self._row(record))
            item.setData(0, ID_ROLE, record.id)
            self.list.addTopLevelItem(item)
            if record.id == current:
                self.list.setCurrentItem(item)
        for column in range(self.list.columnCount()):
            self.list.resizeColumnToContents(column)
        self._fit_list()
        self._say_what_goes_here()

    def _say_what_goes_here(self) -> None:
        """The session pane, empty until a session is chosen, says what to do (it was blank)."""
        if self.list.topLevelItemCount() == 0 and not self.search.text().strip():
            hint = self.tr(
                "No interviews yet. Each interview you finish or pause is kept here with "
                "its report, answers and feedback."
            )
        elif self.list.topLevelItemCount() == 0:
            hint = self.tr("No interview matches the search.")
        else:
            hint = self.tr(
                "Choose an interview on the left to see its report, answers and feedback."
            )
        self.detail.setPlaceholderText(hint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._fit_list()
        return super().eventFilter(watched, event)

    def _fit_list(self) -> None:
        """The list asks for its columns' width, so "Scored by" is not cut to "Offline
        estim" behind a scroll bar; the session's detail keeps the rest of the window."""
        header = self.list.header()  # the last column stretches: measure what it needs
        columns = sum(
            max(self.list.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(self.list.columnCount())
        )
        edges = 2 * self.list.frameWidth() + self.list.verticalScrollBar().sizeHint().width()
        want = min(columns + edges, LIST_WIDTH_MAX)
        # its width now, not sum(sizes()): a splitter never shown measures 100 px, and a
        # list fitted into that was squeezed to 0 px and stayed so once Review was shown
        total = self.splitter.contentsRect().width() - self.splitter.handleWidth()
        if total > DETAIL_MIN:  # the list as wide as its columns, the detail keeps
            # DETAIL_MIN: a narrow window scrolls the list rather than squeeze the detail
            shown = max(min(want, total - DETAIL_MIN), 0)
            self.splitter.setSizes([shown, total - shown])

    def _row(self, record: Any) -> list[str]:
        from agent import BASIS_LABELS, current_report

        mode = self.tr("Practice") if record.options.mode == "practice" else self.tr("Mock")
        if record.status != "finished":
            mode += " · " + self.tr("unfinished")
        ended = record.ended_at or max((t.answered_at or 0 for t in record.turns), default=0)
        seconds = max(ended - record.started_at, 0) if ended else 0
        overall = current_report(record)
        score = "—" if overall.overall is None else f"{overall.overall:.0f}"
        basis = said(BASIS_LABELS[overall.basis]) if overall.basis != "none" else "—"
        return [when(record.started_at), score, mode, clock(seconds), basis]

    def _on_search_changed(self, _text: str) -> None:
        self._fill_list()

    # ---- one session --------------------------------------------------------------------
    def _on_session_chosen(self, item: QTreeWidgetItem | None, _previous: Any) -> None:
        session_id = item.data(0, ID_ROLE) if item else None
        record = next((r for r in self.sessions if r.id == session_id), None)
        self.show_session(record)

    def show_session(self, record: Any) -> None:
        self.record = record
        self._set_detail_enabled(record is not None)
        self.detail.setHtml(session_html(record) if record is not None else "")
        if record is not None:
            self.session_shown.emit(record.id)

    def open_session(self, session_id: str) -> None:
        """Show this session (once the list has it: it may have just been saved)."""
        self.tabs.setCurrentIndex(0)
        if not self.select_session(session_id):
            self._wanted = session_id
            self.refresh()

    def select_session(self, session_id: str) -> bool:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(0, ID_ROLE) == session_id:
                self.list.setCurrentItem(item)
                return True
        return False

    def _set_detail_enabled(self, enabled: bool) -> None:
        self.delete_button.setEnabled(enabled)
        self.export_button.setEnabled(enabled)

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "audio":
            self.play_audio(Path(url.path()))
        else:
            open_citation_link(url, self)

    def play_audio(self, path: Path) -> None:
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        if not path.exists():
            self._notify(
                self.tr("The recording is missing: %1").replace("%1", str(path)), "warning"
            )
            return
        if self._player is None:
            self._player = QMediaPlayer(self)
            self._audio_out = QAudioOutput(self)
            self._player.setAudioOutput(self._audio_out)
        self._player.stop()
        self._player.setSource(QUrl.fromLocalFile(str(path)))
        self._player.play()

    def _on_delete(self) -> None:
        if self.record is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete session"), self.tr("Delete this session and its recordings?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_session(self.record.id)

    def delete_session(self, session_id: str) -> None:
        self.show_session(None)
        self._task = run_task(
            lambda: self.services.interviewer().store.delete(session_id),
            on_done=lambda _r: self.refresh(),
            on_error=self._on_failed,
            owner=self,
        )

    # ---- export -------------------------------------------------------------------------
    def _on_export_clicked(self, fmt: str) -> None:
        if self.record is None:
            return
        suggested = Path.home() / export_name(self.record, fmt)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export session"), str(suggested), FILTERS[fmt]
        )
        if path:
            self.export_to(fmt, Path(path))

    def export_to(self, fmt: str, target: Path) -> Any:
        session_id = self.record.id
        store = self.services.interviewer().store
        return run_task(
            lambda: export_session(store, session_id, fmt, target),
            on_done=lambda p: self._notify(self.tr("Saved %1").replace("%1", str(p)), "info"),
            on_error=lambda e: self._notify(
                self.tr("Export failed: %1").replace("%1", str(e)), "error"
            ),
            owner=self,
        )


def _matches(record: Any, query: str) -> bool:
    for turn in record.turns:
        if query in turn.question.lower() or query in turn.topic.lower():
            return True
        if turn.answer is not None and query in turn.answer.text.lower():
            return True
    return False


def _worth_listing(record: Any) -> bool:
    """A finished session nobody answered in has nothing to review (unfinished ones may
    still be resumed, so they stay)."""
    answered = any(turn.answer is not None for turn in record.turns)
    return answered or record.status != "finished"


def _scrolling(panel: QWidget) -> QScrollArea:
    """The progress panel scrolls when the window is too low for its charts, legends and
    weakest topics: at the minimum size the legends lay over the charts and hid "Weakest
    topics" and Practise these."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(panel)
    return scroll
