"""Knowledge: note sources and import, the question bank, detected projects, note search."""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop._banner import BannerSlot, title_row
from desktop._columns import stretch_first_column
from desktop._import_progress import import_step_text
from desktop._named import named
from desktop._note_markdown import note_html
from desktop._note_viewer import citation_label, citation_url, open_citation_link
from desktop._question_editor import QuestionBankTab
from desktop._services import Services
from desktop._tasks import run_task

log = logging.getLogger(__name__)

DEMO_ROW = "demo-notes"  # the item data of the Notes list row standing for the demo notes
RESULT_COLUMN = 200  # px: "Skipped: <why>" reads in full in its tooltip


class KnowledgeView(QWidget):
    def __init__(self, services: Services, notify: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._notify = notify
        self._task: Any = None
        self._removal: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        header, self._banner_slot = title_row(named(QLabel(self.tr("Knowledge")), "viewTitle"))
        layout.addLayout(header)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_sources_tab(), self.tr("Notes"))
        self.bank = QuestionBankTab(services, notify, self)
        self.tabs.addTab(self.bank, self.tr("Question bank"))
        self.tabs.addTab(self._build_projects_tab(), self.tr("Projects"))
        self.tabs.addTab(self._build_search_tab(), self.tr("Search"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout.addWidget(self.tabs, 1)
        self._refresh_sources()

    def banner_slot(self) -> BannerSlot:
        """Where the window's messages go: beside the title (desktop._banner)."""
        return self._banner_slot

    # ---- notes and import -------------------------------------------------------------
    def _build_sources_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        hint = named(
            QLabel(self.tr("Folders and files of your interview notes (Markdown or text).")),
            "muted",
        )
        self.sources = QListWidget()
        self.sources.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        # wrapped, not behind a horizontal scroll bar ("…removed when you import your own")
        self.sources.setWordWrap(True)
        self.sources.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QHBoxLayout()
        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.import_button = QPushButton(self.tr("Import notes"))
        self.import_button.setProperty("primary", True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.add_folder_button.clicked.connect(self._on_add_folder)
        self.add_files_button.clicked.connect(self._on_add_files)
        self.remove_button.clicked.connect(self._on_remove_sources)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button.clicked.connect(self._on_cancel_import)
        for button in (self.add_folder_button, self.add_files_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        self.progress = QProgressBar()
        self.progress.hide()
        self.progress_label = named(QLabel(), "muted")
        self.results = QTreeWidget()
        self.results.setHeaderLabels([self.tr("File"), self.tr("Result")])
        self.results.setRootIsDecorated(False)
        stretch_first_column(self.results, RESULT_COLUMN, Qt.TextElideMode.ElideMiddle)
        layout.addWidget(hint)
        layout.addWidget(self.sources, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.results, 2)
        return tab

    def source_paths(self) -> list[Path]:
        return [Path(p) for p in self.services.settings.note_sources]

    def _refresh_sources(self) -> None:
        self.sources.clear()
        for path in self.source_paths():
            self.sources.addItem(str(path))
        if self.services.demo_active:
            demo = QListWidgetItem(
                self.tr("Demo notes (a sample candidate) — removed when you import your own")
            )
            demo.setData(Qt.ItemDataRole.UserRole, DEMO_ROW)
            demo.setToolTip(str(self.services.context.demo_notes or ""))
            self.sources.addItem(demo)
        self.import_button.setEnabled(bool(self.source_paths()) and self._task is None)

    def services_ready(self) -> None:
        self._refresh_sources()

    def demo_row(self) -> QListWidgetItem | None:
        for row in range(self.sources.count()):
            item = self.sources.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == DEMO_ROW:
                return item
        return None

    def add_sources(self, paths: list[Path]) -> None:
        current = self.source_paths()
        current += [p for p in paths if p not in current]
        self._store_sources(current)

    def _store_sources(self, paths: list[Path]) -> None:
        self.services.settings.note_sources = paths
        try:
            self.services.save_settings()
        except Exception as exc:
            log.exception("saving note sources failed")
            self._notify(
                self.tr("Could not save the note list: %1").replace("%1", str(exc)), "error"
            )
        self._refresh_sources()

    def _on_add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a notes folder"))
        if folder:
            self.add_sources([Path(folder)])

    def _on_add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose note files"), "", self.tr("Notes (*.md *.markdown *.txt)")
        )
        self.add_sources([Path(f) for f in files])

    def _on_remove_sources(self) -> None:
        """Selected sources leave the list and the store (the files stay on disk)."""
        picked = self.sources.selectedItems()
        demo = any(item.data(Qt.ItemDataRole.UserRole) == DEMO_ROW for item in picked)
        chosen = {item.text() for item in picked}
        removed = [p for p in self.source_paths() if str(p) in chosen]
        self._store_sources([p for p in self.source_paths() if str(p) not in chosen])
        if not removed and not demo:
            return

        def forget() -> bool:
            knowledge = self.services.knowledge()
            for path in removed:
                knowledge.remove(path)
            return self.services.remove_demo_notes() if demo else False

        self._removal = run_task(
            forget, on_done=self._on_sources_removed, on_error=self._on_import_failed
        )

    def _on_sources_removed(self, demo_removed: bool) -> None:
        self._refresh_sources()
        self.bank.invalidate()
        self._projects_loaded = False
        if demo_removed:
            self._notify(self.tr("The demo notes were removed."), "info")

    def start_import(self) -> None:
        paths = self.source_paths()
        if not paths or self._task is not None:
            return
        self.results.clear()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.progress_label.setText(self.tr("Loading notes…"))
        self.import_button.setEnabled(False)
        self.cancel_button.show()

        def ingest(report: Any, cancel: Any) -> Any:
            def progress(update: Any) -> None:
                cancel.raise_if_cancelled()  # stops the import between files
                report(update)

            result = self.services.knowledge().ingest(paths, progress=progress)
            return result, self.services.retire_demo_notes()

        self._task = run_task(
            ingest,
            on_done=self._on_import_done,
            on_error=self._on_import_failed,
            on_progress=self._on_import_progress,
        )

    def _on_import_progress(self, update: Any) -> None:
        total = max(int(getattr(update, "total", 0)), 1)
        self.progress.setRange(0, total)
        self.progress.setValue(int(getattr(update, "done", 0)))
        self.progress_label.setText(import_step_text(update))

    def _finish_import(self) -> None:
        self._task = None
        self.progress.hide()
        self.cancel_button.hide()
        self._refresh_sources()

    def _on_import_done(self, outcome: tuple[Any, bool]) -> None:
        report, demo_retired = outcome
        self._finish_import()
        self.show_report(report)
        if demo_retired:
            self._notify(
                self.tr(
                    "Your notes are in, so the demo notes were removed: questions and "
                    "reference answers now come from your notes only."
                ),
                "info",
            )
        self.bank.invalidate()
        self._projects_loaded = False

    def _on_import_failed(self, error: BaseException) -> None:
        self._finish_import()
        log.error("import failed: %s", error)
        self.progress_label.setText("")
        self._notify(self.tr("Import failed: %1").replace("%1", str(error)), "error")

    def _on_cancel_import(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.progress_label.setText(self.tr("Cancelling…"))

    def show_report(self, report: Any) -> None:
        rows: list[tuple[str, str]] = []
        rows += [(p, self.tr("Imported")) for p in report.imported]
        rows += [(p, self.tr("Unchanged")) for p in report.unchanged]
        rows += [(p, self.tr("Removed")) for p in report.removed]
        rows += [(s.path, self.tr("Skipped: %1").replace("%1", s.reason)) for s in report.skipped]
        for message in getattr(report, "messages", []):
            self._notify(message, "warning")
        for path, result in rows:
            item = QTreeWidgetItem([path, result])
            item.setToolTip(0, path)
            item.setToolTip(1, result)
            self.results.addTopLevelItem(item)
        self.progress_label.setText(
            self.tr("%1 imported, %2 unchanged, %3 skipped; %4 questions found.")
            .replace("%1", str(len(report.imported)))
            .replace("%2", str(len(report.unchanged)))
            .replace("%3", str(len(report.skipped)))
            .replace("%4", str(report.questions))
        )

    # ---- projects ---------------------------------------------------------------------
    def _build_projects_tab(self) -> QWidget:
        self._projects_loaded = False
        self.projects = QTextBrowser()
        self.projects.setOpenLinks(False)
        self.projects.anchorClicked.connect(self._on_link)
        return self.projects

    def _load_projects(self) -> None:
        self._projects_loaded = True
        loading = self.tr("Loading notes…")
        self.projects.setHtml(f"<p>{html.escape(loading)}</p>")
        self._task_projects = run_task(
            lambda: self.services.knowledge().projects(),
            on_done=self._on_projects,
            on_error=lambda e: self._notify(str(e), "error"),
        )

    def _on_projects(self, projects: list[Any]) -> None:
        if not projects:
            empty = self.tr("No projects found yet. Import notes with a projects section.")
            self.projects.setHtml(f"<p>{html.escape(empty)}</p>")
            return
        self.projects.setHtml(
            "".join(
                f"<h3>{html.escape(p.name)}</h3>{note_html(p.description)}"
                f"<p>{_cited(p.citation)}</p>"
                for p in projects
            )
        )

    # ---- search -----------------------------------------------------------------------
    def _build_search_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search your notes…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.returnPressed.connect(self.run_search)
        self.search_results = QTextBrowser()
        self.search_results.setOpenLinks(False)
        self.search_results.anchorClicked.connect(self._on_link)
        layout.addWidget(self.search_box)
        layout.addWidget(self.search_results, 1)
        return tab

    def run_search(self) -> None:
        query = self.search_box.text().strip()
        if not query:
            return
        searching = self.tr("Searching…")
        self.search_results.setHtml(f"<p>{html.escape(searching)}</p>")
        self._task_search = run_task(
            lambda: self.services.knowledge().search(query, 10),
            on_done=lambda hits: self._on_hits(query, hits),
            on_error=lambda e: self._notify(
                self.tr("Search failed: %1").replace("%1", str(e)), "error"
            ),
        )

    def _on_hits(self, query: str, hits: list[Any]) -> None:
        if not hits:
            nothing = self.tr("Nothing found.")
            self.search_results.setHtml(f"<p>{html.escape(nothing)}</p>")
            return
        self.search_results.setHtml(
            "".join(f"<p>{_cited(h.citation)}<br>{highlight(h.text, query)}</p><hr>" for h in hits)
        )

    def _on_link(self, url: QUrl) -> None:
        open_citation_link(url, self)

    def _on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.bank:
            self.bank.ensure_loaded()
        elif widget is self.projects and not self._projects_loaded:
            self._load_projects()


def highlight(text: str, query: str, limit: int = 400) -> str:
    """Escaped text with the query's words (or Chinese characters runs) marked."""
    shown = text if len(text) <= limit else text[:limit] + "…"
    escaped = html.escape(shown)
    terms = sorted({t for t in re.split(r"\s+", query) if t}, key=len, reverse=True)
    if not terms:
        return escaped
    pattern = re.compile("|".join(re.escape(html.escape(t)) for t in terms), re.IGNORECASE)
    return pattern.sub(
        lambda m: f'<span style="background:#ffe066;color:#000">{m.group(0)}</span>', escaped
    )


def _cited(citation: Any) -> str:
    """A clickable citation: opens the note at that place in the note viewer."""
    return f'<a href="{citation_url(citation)}">{html.escape(citation_label(citation))}</a>'
