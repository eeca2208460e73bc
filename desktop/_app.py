"""Start the desktop app: QApplication, translation, theme, the main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from desktop._context import AppContext, StartupPrefs
from desktop._i18n import install_translator
from desktop._main_window import MainWindow
from desktop._theme import apply_startup_theme, apply_theme

log = logging.getLogger(__name__)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationName("Mianba")
    app.setApplicationDisplayName("面霸 Mianba")
    app.setOrganizationName("Mianba")
    app.setDesktopFileName("mianba")
    return app


def prepare_application(app: QApplication, context: AppContext | StartupPrefs) -> None:
    """Language and theme from the settings; the theme follows the system while it may."""
    if isinstance(context, StartupPrefs):
        prefs = context
        _prepare(app, prefs, lambda: prefs.theme)
        return
    full: AppContext = context
    _prepare(app, StartupPrefs.from_settings(full.settings), lambda: full.settings.ui.theme)


def _prepare(app: QApplication, prefs: StartupPrefs, theme_choice: Callable[[], str]) -> None:
    install_translator(app, prefs.language)
    ui = QSettings(str(prefs.home / "ui.ini"), QSettings.Format.IniFormat)
    apply_startup_theme(app, prefs.theme, ui)  # MainWindow confirms "system" after painting

    def _on_scheme_changed() -> None:
        if theme_choice() == "system":
            apply_theme(app, "system")

    app.styleHints().colorSchemeChanged.connect(_on_scheme_changed)


def run_app(
    context: AppContext | None = None,
    argv: Sequence[str] | None = None,
    *,
    prefs: StartupPrefs | None = None,
    load_context: Callable[[], AppContext] | None = None,
) -> int:
    """Show the main window and run the event loop; returns the exit code.

    With `prefs` and `load_context` instead of a context, the window shows first and
    the full settings load after its first paint (see MainWindow).
    """
    app = create_application(argv)
    if context is not None:
        prefs = StartupPrefs.from_settings(context.settings)
    if prefs is None:
        raise TypeError("run_app needs a context, or prefs and load_context")
    start: StartupPrefs = prefs
    windows: list[MainWindow] = []
    _prepare(app, start, lambda: windows[0].theme_choice() if windows else start.theme)
    window = MainWindow(context, prefs=start, load_context=load_context)
    windows.append(window)
    previous_hook = sys.excepthook
    sys.excepthook = _banner_hook(window)
    window.show()
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
    from desktop._tasks import wait_all  # imported after the first paint, not before

    if not wait_all(3000):  # a model load or LLM call is still running: let it end quietly
        log.warning("some background work was still running at exit")
    return int(code)


def _banner_hook(window: MainWindow) -> Callable[..., None]:
    """An error escaping a slot goes to the log and a banner, not a traceback at the user."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected error in the window", exc_info=(kind, error, trace))
        try:
            text = QCoreApplication.translate("", "Something went wrong: %1 (details in the log)")
            window.notify(text.replace("%1", str(error) or kind.__name__), "error")
        except RuntimeError:  # the window is already gone
            pass

    return hook
