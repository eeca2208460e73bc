"""`mianba gui --self-check` (hidden): open the real window, let it load, check it, exit.

Made for smoke tests of a built app (packaging/smoke_test.sh) and for start-up
benchmarks of the frozen and the pip-installed app (benchmarks/bench_frozen_startup.py).
Prints one JSON line: `ok`, the monotonic clock at the first paint of the window and
of a view (the caller knows when it started the process), how long loading took from
the window's show, the views, and what Qt found
(text-to-speech engines, image formats, audio inputs, the UI language). Exit code 0
only when every view exists and the notes, embedder and interviewer loaded.
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop import AppContext, StartupPrefs

LOAD_TIMEOUT_S = 600.0  # a first start imports the demo notes; slow machines take a while
POLL_MS = 50
VIEW_CLASSES = ("InterviewView", "ReviewView", "KnowledgeView", "SettingsView")


def self_check(
    prefs: StartupPrefs,
    load_context: Callable[[], AppContext],
    timeout_s: float = LOAD_TIMEOUT_S,
) -> int:
    """Start the window the way `mianba gui` does (shell first, settings in a worker)."""
    from PySide6.QtCore import QTimer

    from desktop import MainWindow, create_application, prepare_application

    app = create_application()
    prepare_application(app, prefs)
    report: dict[str, Any] = {"ok": False, "first_paint_monotonic": None}
    spy = _paint_spy(report)
    app.installEventFilter(spy)
    window = MainWindow(prefs=prefs, load_context=load_context)
    shown_at = time.monotonic()
    done_texts = {window.tr("Ready"): True, window.tr("Not ready"): False}

    def poll() -> None:
        loaded = done_texts.get(window.status_label.text())
        if loaded is None and time.monotonic() - shown_at < timeout_s:
            return
        timer.stop()
        report.update(load_s=round(time.monotonic() - shown_at, 3), loaded=bool(loaded))
        report.update(_inspect(window))
        painted = report["first_paint_monotonic"] is not None
        report["ok"] = bool(loaded) and painted and len(report["views"]) == 4
        window.close()
        app.quit()

    timer = QTimer(window)
    timer.timeout.connect(poll)
    timer.start(POLL_MS)
    window.show()
    app.exec()
    app.removeEventFilter(spy)
    print(json.dumps(report, ensure_ascii=False), flush=True)
    return 0 if report["ok"] else 1


def _paint_spy(report: dict[str, Any]) -> Any:
    """Notes the monotonic clock at the window's first paint and at a view's first paint."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMainWindow

    class PaintSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                key = "first_paint_monotonic" if isinstance(watched, QMainWindow) else None
                if type(watched).__name__ in VIEW_CLASSES:
                    key = "view_paint_monotonic"
                if key is not None and report.get(key) is None:
                    report[key] = time.monotonic()
            return False

    return PaintSpy()


def _inspect(window: Any) -> dict[str, Any]:
    """What the window holds and what Qt's plugins provide in this build."""
    from PySide6.QtGui import QImageReader
    from PySide6.QtMultimedia import QMediaDevices
    from PySide6.QtTextToSpeech import QTextToSpeech

    return {
        "views": [type(v).__name__ for v in window.views() if window.stack.indexOf(v) >= 0],
        "sidebar_items": window.sidebar.count(),
        "window_title": window.windowTitle(),
        "tts_engines": list(QTextToSpeech.availableEngines()),
        "image_formats": sorted(
            bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()
        ),
        "audio_inputs": len(QMediaDevices.audioInputs()),
    }
