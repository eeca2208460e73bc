"""What the Interview page tests share: a window with the demo note imported, the options
of a short practice interview, waiting for the next question and sending a typed answer."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from gui_helpers import make_context, write_demo_note
from PySide6.QtCore import Qt

from desktop._main_window import MainWindow

ANSWER = (
    "除以根号 d 是因为点积的方差会随维度 d 增大，softmax 会饱和，梯度变小；"
    "缩放以后方差稳定，训练更稳。"
)


def window_with_notes(qtbot: Any, tmp_path: Any) -> MainWindow:
    """The main window, ready, with the demo note imported through the Knowledge page."""
    context = make_context()
    notes = write_demo_note(tmp_path / "notes")
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.status_label.text() == "Ready", timeout=120000)
    win.knowledge_view.add_sources([notes.parent])
    win.knowledge_view.start_import()
    qtbot.waitUntil(lambda: win.knowledge_view.results.topLevelItemCount() > 0, timeout=120000)
    return win


@contextmanager
def ready_window(qtbot: Any, context: Any, tmp_path: Any) -> Iterator[MainWindow]:
    """The main window on `context`, ready, the demo note ingested; closed afterwards."""
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.status_label.text() == "Ready", timeout=120000)
        win.services.knowledge().ingest([write_demo_note(tmp_path / "notes")])
        yield win
    finally:
        win.close()


def scripted_llm_context(server: Any) -> Any:
    """A context whose LLM is the scripted server (one retry: failures show fast)."""
    context = make_context()
    context.settings.llm.base_url = server.base_url
    context.settings.llm.model = server.model
    context.settings.llm.max_retries = 1
    return context


def options(**changes: Any) -> Any:
    from agent.state import InterviewOptions

    base = {"mode": "practice", "stages": ["fundamentals"], "minutes": 5, "language": "zh"}
    return InterviewOptions(**{**base, **changes})


def wait_for_question(qtbot: Any, view: Any) -> None:
    banner = view.window().banner

    def ready_or_failed() -> bool:
        failed = banner.isVisible() and banner.property("level") == "error"
        return bool(view.answer_box.isEnabled()) or failed

    qtbot.waitUntil(ready_or_failed, timeout=120000)
    assert view.answer_box.isEnabled(), banner.text()


def type_and_send(qtbot: Any, view: Any, text: str) -> None:
    view.answer_box.setFocus()
    view.answer_box.setPlainText(text)
    qtbot.keyClick(view.answer_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
