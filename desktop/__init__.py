"""The PySide6 GUI: windows, views, widgets, Qt workers, mic capture, text-to-speech.

Qt-heavy names are loaded on first use, so `import desktop` (e.g. by `mianba doctor`
for the probe) does not build every view module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop._context import AppContext, StartupPrefs

if TYPE_CHECKING:
    from desktop._app import create_application, prepare_application, run_app
    from desktop._main_window import MainWindow

_LAZY = {
    "MainWindow": "desktop._main_window",
    "run_app": "desktop._app",
    "create_application": "desktop._app",
    "prepare_application": "desktop._app",
}

__all__ = [
    "AppContext",
    "MainWindow",
    "StartupPrefs",
    "create_application",
    "prepare_application",
    "run_app",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'desktop' has no attribute {name!r}")
