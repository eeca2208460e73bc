"""The one window: a sidebar (Interview, Review, Knowledge, Settings) and the views."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop._banner import Banner
from desktop._context import AppContext
from desktop._i18n import install_translator
from desktop._interview_view import InterviewView
from desktop._knowledge_view import KnowledgeView
from desktop._named import named
from desktop._review_view import ReviewView
from desktop._services import Services
from desktop._settings_view import SettingsView
from desktop._tasks import run_task, wait_all
from desktop._theme import apply_theme

log = logging.getLogger(__name__)
VIEW_KEYS = ("interview", "review", "knowledge", "settings")


class MainWindow(QMainWindow):
    first_shown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.services = Services(context)
        self._tasks: list[Any] = []
        self._shown_once = False
        self._loading_started = False
        self._language = context.settings.ui.language
        self.setMinimumSize(QSize(760, 520))
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._create_views()
        self._ui = QSettings(str(context.home / "ui.ini"), QSettings.Format.IniFormat)
        self._restore_state()

    def _create_views(self) -> None:
        """The views and the layout; called again to switch the UI language."""
        self.setWindowTitle(self.tr("Mianba — interview coach"))
        self.banner = Banner()
        self.interview_view = InterviewView(self.services, self.notify)
        self.review_view = ReviewView(self.services, self.notify)
        self.knowledge_view = KnowledgeView(self.services, self.notify)
        self.settings_view = SettingsView(self.services, self.notify)
        self._build_layout()
        self.interview_view.session_saved.connect(self.review_view.refresh)
        self.review_view.practise_requested.connect(self._on_practise_requested)
        self.settings_view.settings_saved.connect(self._on_settings_saved)

    def _build_layout(self) -> None:
        self.sidebar = named(QListWidget(), "sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(QSize(20, 20))
        style = self.style()
        pixmaps = QStyle.StandardPixmap
        entries = (
            (self.tr("Interview"), pixmaps.SP_MediaPlay),
            (self.tr("Review"), pixmaps.SP_FileDialogDetailedView),
            (self.tr("Knowledge"), pixmaps.SP_DirOpenIcon),
            (self.tr("Settings"), pixmaps.SP_FileDialogInfoView),
        )
        for text, pixmap in entries:
            self.sidebar.addItem(text)
            self.sidebar.item(self.sidebar.count() - 1).setIcon(style.standardIcon(pixmap))
        self.stack = QStackedWidget()
        for view in self.views():
            self.stack.addWidget(view)
        self.sidebar.currentRowChanged.connect(self._on_view_chosen)
        side = named(QWidget(), "sidePanel")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(named(QLabel("面霸 Mianba"), "appTitle"))
        side_layout.addWidget(self.sidebar, 1)
        side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(8, 8, 8, 0)
        content_layout.addWidget(self.banner)
        content_layout.addWidget(self.stack, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side)
        row.addWidget(content, 1)
        self.setCentralWidget(central)

    def views(self) -> list[QWidget]:
        return [self.interview_view, self.review_view, self.knowledge_view, self.settings_view]

    def show_view(self, key: str) -> None:
        self.sidebar.setCurrentRow(VIEW_KEYS.index(key))

    def current_view_key(self) -> str:
        return VIEW_KEYS[max(self.stack.currentIndex(), 0)]

    def notify(
        self, text: str, level: str = "info", action: tuple[str, Callable[[], None]] | None = None
    ) -> None:
        """A non-blocking message; errors stay until dismissed, details go to the log."""
        if level == "error":
            log.warning("shown to the user: %s", text)
        self.banner.show_message(text, level, action)

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    # ---- start-up: the window first, the heavy parts after ------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.first_shown.emit()
            QTimer.singleShot(300, self._start_loading)  # in case no paint event comes

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._shown_once and not self._loading_started:
            QTimer.singleShot(0, self._start_loading)  # after the first frame is on screen

    def _start_loading(self) -> None:
        """Heavy imports in a worker still take the GIL: start them after the first paint."""
        if not self._loading_started:
            self._loading_started = True
            self._load_in_background()

    def _load_in_background(self) -> None:
        self.set_status(self.tr("Loading notes…"))
        self._tasks.append(
            run_task(
                lambda: self.services.interviewer(),
                on_done=self._on_services_loaded,
                on_error=self._on_services_failed,
            )
        )

    def _on_services_loaded(self, _interviewer: Any) -> None:
        self.set_status(self.tr("Ready"))
        recovery = getattr(self.services.knowledge(), "recovery", None)
        if recovery is not None and recovery.messages:
            self.notify(" ".join(recovery.messages), "warning")
        if self.services.demo_imported:
            self.notify(
                self.tr("No notes yet, so the demo notes were imported. Add yours under Knowledge.")
            )
        self.interview_view.services_ready()
        self.review_view.refresh()

    def _on_services_failed(self, error: BaseException) -> None:
        log.error("loading services failed: %s", error, exc_info=error)
        self.set_status(self.tr("Not ready"))
        self.notify(
            self.tr("Mianba could not load its data: %1").replace("%1", str(error)), "error"
        )

    # ---- slots --------------------------------------------------------------------------
    def _on_view_chosen(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)

    def _on_practise_requested(self, topics: list[str]) -> None:
        self.show_view("interview")
        self.interview_view.open_start_dialog(focus_topics=topics)

    def _on_settings_saved(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.services.settings.ui.theme)
            if self.services.settings.ui.language != self._language:
                self._switch_language(app)
        self._load_in_background()

    def _switch_language(self, app: QApplication) -> None:
        """Rebuild the views in the new language (kept for later while an interview runs)."""
        if self.interview_view.session_id is not None:
            self.notify(self.tr("The new language applies after this interview."), "info")
            return
        self._language = self.services.settings.ui.language
        install_translator(app, self._language)
        key = self.current_view_key()
        self.interview_view.shutdown()
        self._create_views()
        self.show_view(key)
        self.status_label.setText(self.tr("Ready"))

    # ---- window state -------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self._ui.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 780)
        last = str(self._ui.value("window/view", "interview"))
        self.show_view(last if last in VIEW_KEYS else "interview")

    def save_state(self) -> None:
        self._ui.setValue("window/geometry", self.saveGeometry())
        self._ui.setValue("window/view", self.current_view_key())
        self._ui.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.interview_view.shutdown()
        for task in self._tasks:
            task.cancel()
        if not wait_all(3000):  # a model load or LLM call ignores cancel: it ends on its own
            log.warning("background work was still running when the window closed")
        self.services.close()
        super().closeEvent(event)
