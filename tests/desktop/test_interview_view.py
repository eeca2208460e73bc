"""A whole typed interview through the GUI: offline, and against the scripted LLM server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_helpers import make_context, write_demo_note
from PySide6.QtCore import Qt

from desktop._main_window import MainWindow
from desktop._score_card import ScoreCard

pytestmark = pytest.mark.slow  # real embedder, real graph, real store

ANSWER = (
    "除以根号 d 是因为点积的方差会随维度 d 增大，softmax 会饱和，梯度变小；"
    "缩放以后方差稳定，训练更稳。"
)


@pytest.fixture
def window(qtbot, tmp_path) -> Iterator[MainWindow]:
    context = make_context()
    notes = write_demo_note(tmp_path / "notes")
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.status_label.text() == "Ready", timeout=120000)
    win.knowledge_view.add_sources([notes.parent])
    win.knowledge_view.start_import()
    qtbot.waitUntil(lambda: win.knowledge_view.results.topLevelItemCount() > 0, timeout=120000)
    yield win
    win.close()


def _options(**changes):
    from agent.state import InterviewOptions

    base = {"mode": "practice", "stages": ["fundamentals"], "minutes": 5, "language": "zh"}
    return InterviewOptions(**{**base, **changes})


def _wait_for_question(qtbot, view) -> None:
    banner = view.window().banner

    def ready_or_failed() -> bool:
        failed = banner.isVisible() and banner.property("level") == "error"
        return view.answer_box.isEnabled() or failed

    qtbot.waitUntil(ready_or_failed, timeout=120000)
    assert view.answer_box.isEnabled(), banner.text()


def _answer(qtbot, view, text: str) -> None:
    view.answer_box.setFocus()
    view.answer_box.setPlainText(text)
    qtbot.keyClick(view.answer_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_offline_practice_interview_end_to_end(qtbot, window) -> None:
    view = window.interview_view
    window.show_view("interview")
    view.start(_options())
    _wait_for_question(qtbot, view)
    first_question = view.transcript.messages()[0].text()
    assert first_question.strip()
    assert view.stage_bar.current == "fundamentals"

    _answer(qtbot, view, ANSWER)
    assert view.answer_box.toPlainText() == ""  # sent
    qtbot.waitUntil(lambda: bool(view.findChildren(ScoreCard)), timeout=120000)
    card = view.findChildren(ScoreCard)[0]
    assert "Offline estimate" in card.text()  # labelled as such
    assert card.score.overall is not None

    _wait_for_question(qtbot, view)
    view.end_early()
    qtbot.waitUntil(lambda: view.session_id is None, timeout=120000)
    report_text = view.transcript.widget().findChildren(type(card).__mro__[1])  # QFrame cards
    assert report_text
    sessions = window.services.interviewer().store.list_sessions()
    assert len(sessions) == 1 and sessions[0].status == "finished"
    assert sessions[0].answered == 1

    window.show_view("review")
    qtbot.waitUntil(lambda: window.review_view.list.topLevelItemCount() == 1, timeout=30000)
    assert window.review_view.select_session(sessions[0].id)
    html = window.review_view.detail.toPlainText()
    assert ANSWER[:10] in html and "Offline estimate" in html


def test_draft_is_saved_while_typing(qtbot, window) -> None:
    view = window.interview_view
    view.start(_options())
    _wait_for_question(qtbot, view)
    view.answer_box.setPlainText("半句没写完的答案")
    qtbot.waitUntil(lambda: view.drafts.load(view.session_id) == "半句没写完的答案", timeout=5000)
    session_id = view.session_id
    view.pause()
    assert view.session_id is None
    assert view.drafts.load(session_id) == "半句没写完的答案"
    qtbot.waitUntil(lambda: bool(view.welcome.resume_buttons()), timeout=30000)
    view.welcome.resume_buttons()[0].click()
    _wait_for_question(qtbot, view)
    assert view.session_id == session_id
    assert view.answer_box.toPlainText() == "半句没写完的答案"
