"""The one window: a sidebar (Interview, Review, Knowledge, Settings) and the views.

Start-up order (each step after the previous one is on screen):
1. the shell — sidebar, banner, status bar, an empty page per view — from StartupPrefs;
2. after the first paint: the full settings (pydantic) load in a worker, if the window
   was opened with `load_context` instead of a ready AppContext;
3. the view the candidate last used is built, then the others one per event-loop turn
   (or at once when a view is switched to or asked for);
4. the heavy services (notes store, embedder, interviewer) load in a worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStackedWidget, QWidget

from desktop._banner import Banner
from desktop._collector import pause_collection, resume_collection
from desktop._context import AppContext, StartupPrefs
from desktop._i18n import install_translator
from desktop._services import Services
from desktop._shell import build_sidebar, frame, set_sidebar_icons
from desktop._theme import apply_theme, confirm_system_theme
from desktop._views import VIEW_KEYS, LazyViews

log = logging.getLogger(__name__)


class MainWindow(LazyViews, QMainWindow):
    first_shown = Signal()
    views_built = Signal()  # all four views exist (the last one was built)

    def __init__(
        self,
        context: AppContext | None = None,
        parent: QWidget | None = None,
        *,
        prefs: StartupPrefs | None = None,
        load_context: Callable[[], AppContext] | None = None,
    ) -> None:
        """Give `context`, or `prefs` and `load_context` to show the shell before settings load."""
        super().__init__(parent)
        if context is None and (prefs is None or load_context is None):
            raise TypeError("MainWindow needs a context, or prefs and load_context")
        self.prefs = prefs or StartupPrefs.from_settings(context.settings)  # type: ignore[union-attr]
        self.context: AppContext | None = None
        self.services: Services | None = None
        self._load_context = load_context
        self._views: dict[str, QWidget] = {}
        self._tasks: list[Any] = []
        self._shown_once = False
        self._loading_started = False
        self._services_ready = False
        self._language = self.prefs.language
        self.setMinimumSize(QSize(760, 520))
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._build_shell()
        self._ui = QSettings(str(self.prefs.home / "ui.ini"), QSettings.Format.IniFormat)
        self._restore_state()
        if context is not None:
            self.attach(context)
        else:
            self.set_status(self.tr("Loading settings…"))  # on screen from the first paint

    # ---- the shell ----------------------------------------------------------------------
    def _build_shell(self) -> None:
        """Sidebar, banner and one empty page per view; called again to switch language."""
        self.setWindowTitle(self.tr("Mianba — interview coach"))
        self.banner = Banner()
        names = (self.tr("Interview"), self.tr("Review"), self.tr("Knowledge"), self.tr("Settings"))
        self.sidebar = build_sidebar(names)
        self.stack = QStackedWidget()
        for _key in VIEW_KEYS:
            self.stack.addWidget(QWidget())  # replaced by the view when it is built
        self.sidebar.currentRowChanged.connect(self._on_view_chosen)
        self.stack.currentChanged.connect(lambda _index: self._dock_banner())
        self.setCentralWidget(frame(self.sidebar, self.banner, self.stack))

    # ---- the views ---------------------------------------------------------------------
    def attach(self, context: AppContext) -> None:
        """The full settings and service factories are here: build the current view."""
        self.context = context
        self.services = Services(context)
        self._view(self.current_view_key())

    def show_view(self, key: str) -> None:
        self.sidebar.setCurrentRow(VIEW_KEYS.index(key))

    def current_view_key(self) -> str:
        return VIEW_KEYS[max(self.stack.currentIndex(), 0)]

    def notify(
        self,
        text: str,
        level: str = "info",
        action: tuple[str, Callable[[], None]] | None = None,
        until: Any = None,
    ) -> None:
        """A non-blocking message; errors stay until dismissed (or until `until`, a signal,
        says they are over), details go to the log."""
        if level == "error":
            log.warning("shown to the user: %s", text)
        self._dock_banner()
        self.banner.show_message(text, level, action, until)

    def _dock_banner(self) -> None:
        """The banner sits in the view's own slot for it, if the view shown has one."""
        view = self._views.get(self.current_view_key())
        slot = getattr(view, "banner_slot", None)
        self.banner.dock(slot() if callable(slot) else None)

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
        if self._loading_started:
            return
        self._loading_started = True
        set_sidebar_icons(self.sidebar)
        app = QApplication.instance()
        if isinstance(app, QApplication) and self.theme_choice() == "system":
            confirm_system_theme(app, self._ui)
        if self.context is not None:
            self._on_context_loaded(self.context)
            return
        self.set_status(self.tr("Loading settings…"))
        from desktop._tasks import run_task  # ~10 ms (ctypes, the emit patch) not before paint

        pause_collection()  # until the services are loaded (or fail to)

        self._tasks.append(
            run_task(
                self._load_context,  # type: ignore[arg-type]
                on_done=self._on_context_loaded,
                on_error=self._on_context_failed,
                owner=self,
            )
        )

    def _on_context_loaded(self, context: AppContext) -> None:
        if self.context is None:
            self.attach(context)
            self._follow_loaded_settings()
            self.repaint()  # the view on screen now, before the other views are built
        QTimer.singleShot(0, self, lambda: self._build_next_view(then=self._load_in_background))

    def _follow_loaded_settings(self) -> None:
        """The quick read and the full settings agree; should they not, the full ones win."""
        assert self.services is not None
        ui = self.services.settings.ui
        if (ui.language, ui.theme) != (self.prefs.language, self.prefs.theme):
            log.warning("start-up prefs differed from the settings: %s/%s", ui.language, ui.theme)
            self._apply_ui_settings()

    def _on_context_failed(self, error: BaseException) -> None:
        resume_collection()
        log.error("reading the settings failed: %s", error, exc_info=error)
        self.set_status(self.tr("Not ready"))
        self.notify(
            self.tr("Mianba could not read its settings: %1").replace("%1", str(error)), "error"
        )

    def _load_in_background(self) -> None:
        assert self.services is not None
        services = self.services
        self.set_status(self.tr("Loading notes…"))
        from desktop._tasks import run_task

        self._tasks.append(
            run_task(
                lambda: services.interviewer(),
                on_done=self._on_services_loaded,
                on_error=self._on_services_failed,
            )
        )

    def _on_services_loaded(self, _interviewer: Any) -> None:
        assert self.services is not None
        built = dict(self._views)  # views built from now on get ready in _make_view
        self._services_ready = True
        resume_collection()
        self.set_status(self.tr("Ready"))
        recovery = getattr(self.services.knowledge(), "recovery", None)
        if recovery is not None and recovery.messages:
            self.notify(" ".join(recovery.messages), "warning")
        if self.services.take_demo_notice():  # once, not after every settings save
            self._notify_demo_notes()
        if "knowledge" in built:
            self.knowledge_view.services_ready()  # the demo notes row, when they are in
        if "interview" in built:
            self.interview_view.services_ready()
        if "review" in built:
            self.review_view.refresh()

    def _notify_demo_notes(self) -> None:
        """Where to add one's own notes, said from where the user is: on Knowledge, the
        buttons below; elsewhere, a way there (the message goes once they go anywhere)."""
        if self.current_view_key() == "knowledge":
            self.notify(
                self.tr(
                    "No notes yet, so the demo notes were imported. Add yours with "
                    "“Add folder…” or “Add files…” below, then Import notes."
                )
            )
            return
        self.notify(
            self.tr("No notes yet, so the demo notes were imported. Add yours under Knowledge."),
            action=(self.tr("Open Knowledge"), lambda: self.show_view("knowledge")),
            until=self.sidebar.currentRowChanged,
        )

    def _on_services_failed(self, error: BaseException) -> None:
        resume_collection()
        log.error("loading services failed: %s", error, exc_info=error)
        self.set_status(self.tr("Not ready"))
        self.notify(
            self.tr("Mianba could not load its data: %1").replace("%1", str(error)), "error"
        )

    # ---- slots --------------------------------------------------------------------------
    def _on_view_chosen(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        if self.services is not None:
            self._view(VIEW_KEYS[row])

    def _on_review_requested(self, session_id: str) -> None:
        """The report's "Open in Review": that session, on the session tab."""
        self.show_view("review")
        self.review_view.open_session(session_id)

    def _on_session_saved(self) -> None:
        if "review" in self._views:  # a review view built later reads the store itself
            self.review_view.refresh()

    def _on_practise_requested(self, topics: list[str]) -> None:
        self.show_view("interview")
        self.interview_view.open_start_dialog(focus_topics=topics)

    def _on_settings_saved(self) -> None:
        self._apply_ui_settings()
        self._load_in_background()

    def _apply_ui_settings(self) -> None:
        assert self.services is not None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.services.settings.ui.theme)
            if self.services.settings.ui.language != self._language:
                self._switch_language(app)

    def theme_choice(self) -> str:
        """The theme setting now in force ("system", "light" or "dark")."""
        if self.services is None:
            return self.prefs.theme
        return str(self.services.settings.ui.theme)

    def _switch_language(self, app: QApplication) -> None:
        """Rebuild the views in the new language (kept for later while an interview runs)."""
        interview = self._views.get("interview")
        if interview is not None and interview.session_id is not None:  # type: ignore[attr-defined]
            self.notify(self.tr("The new language applies after this interview."), "info")
            return
        assert self.services is not None
        self._language = self.services.settings.ui.language
        install_translator(app, self._language)
        key = self.current_view_key()
        if interview is not None:
            interview.shutdown()  # type: ignore[attr-defined]
        self._views = {}
        self._build_shell()
        set_sidebar_icons(self.sidebar)
        self.show_view(key)
        QTimer.singleShot(0, self, self._build_next_view)
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
        interview = self._views.get("interview")
        if interview is not None:
            interview.shutdown()  # type: ignore[attr-defined]
        for task in self._tasks:
            task.cancel()
        from desktop._tasks import wait_all

        if not wait_all(3000):  # a model load or LLM call ignores cancel: it ends on its own
            log.warning("background work was still running when the window closed")
        if self.services is not None:
            self.services.close()
        super().closeEvent(event)
