"""A whole typed interview through the GUI, offline: answers, drafts, resuming, ending with
an answer not sent, and the report's way to Review."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from interview_helpers import ANSWER, options, type_and_send, wait_for_question, window_with_notes

from desktop._main_window import MainWindow
from desktop._score_card import ScoreCard

pytestmark = pytest.mark.slow  # real embedder, real graph, real store


@pytest.fixture
def window(qtbot, tmp_path) -> Iterator[MainWindow]:
    win = window_with_notes(qtbot, tmp_path)
    yield win
    win.close()


def test_offline_practice_interview_end_to_end(qtbot, window) -> None:
    view = window.interview_view
    window.show_view("interview")
    view.start(options())
    wait_for_question(qtbot, view)
    first_question = view.transcript.messages()[0].text()
    assert first_question.strip()
    assert view.stage_bar.current == "fundamentals"

    type_and_send(qtbot, view, ANSWER)
    assert view.answer_box.toPlainText() == ""  # sent
    qtbot.waitUntil(lambda: bool(view.findChildren(ScoreCard)), timeout=120000)
    card = view.findChildren(ScoreCard)[0]
    assert "Offline estimate" in card.text()  # labelled as such
    assert card.score.overall is not None

    wait_for_question(qtbot, view)
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
    view.start(options())
    wait_for_question(qtbot, view)
    view.answer_box.setPlainText("半句没写完的答案")
    qtbot.waitUntil(
        lambda: view.answers.drafts.load(view.session_id) == "半句没写完的答案", timeout=5000
    )
    session_id = view.session_id
    view.pause()
    assert view.session_id is None
    assert view.answers.drafts.load(session_id) == "半句没写完的答案"
    qtbot.waitUntil(lambda: bool(view.welcome.resume_buttons()), timeout=30000)
    view.welcome.resume_buttons()[0].click()
    wait_for_question(qtbot, view)
    assert view.session_id == session_id
    assert view.answer_box.toPlainText() == "半句没写完的答案"


def test_resume_carries_on_the_session_clock(qtbot, window) -> None:
    from desktop._interview_widgets import time_spent

    view = window.interview_view
    view.start(options())
    wait_for_question(qtbot, view)
    type_and_send(qtbot, view, ANSWER)
    wait_for_question(qtbot, view)
    session_id = view.session_id
    view.pause()
    record = window.services.interviewer().store.get(session_id)
    spent = time_spent(record)
    assert spent > 0
    qtbot.waitUntil(lambda: bool(view.welcome.resume_buttons()), timeout=30000)
    view.welcome.resume_buttons()[0].click()
    qtbot.waitUntil(lambda: view.session_id == session_id, timeout=30000)
    assert view.session_clock.seconds >= spent  # not back at 00:00


def test_closing_the_window_during_an_import_is_safe(qtbot, tmp_path) -> None:
    from gui_helpers import LONGER_NOTE, SMALL_NOTE, copy_notes, make_context

    win = MainWindow(make_context())
    qtbot.addWidget(win)
    win.show()
    win.knowledge_view.add_sources([copy_notes(tmp_path / "more", (SMALL_NOTE, LONGER_NOTE))])
    win.knowledge_view.start_import()
    qtbot.wait(300)
    win.close()  # cancels, waits for the worker, releases the store; no thread left behind
    assert not win.services.loaded("knowledge")


def _button(box, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def test_ending_with_an_unsent_answer_asks_and_sends_it(qtbot, window) -> None:
    view = window.interview_view
    view.start(options())
    wait_for_question(qtbot, view)
    session_id = view.session_id
    view.answer_box.setPlainText(ANSWER)  # typed (or transcribed), not sent
    view.end_button.click()
    box = view.unsent_question
    assert box.isVisible() and view.session_id == session_id  # nothing ended yet
    _button(box, "Keep editing").click()
    assert view.session_id == session_id and view.answer_box.toPlainText() == ANSWER
    view.end_button.click()
    _button(view.unsent_question, "Send it, then end").click()
    qtbot.waitUntil(lambda: view.session_id is None, timeout=120000)
    record = window.services.interviewer().store.get(session_id)
    answered = [turn for turn in record.turns if turn.answer is not None]
    assert [turn.answer.text for turn in answered] == [ANSWER]


def test_ending_with_an_unsent_answer_can_discard_it(qtbot, window) -> None:
    view = window.interview_view
    view.start(options())
    wait_for_question(qtbot, view)
    session_id = view.session_id
    view.answer_box.setPlainText(ANSWER)
    view.end_button.click()
    _button(view.unsent_question, "Discard it and end").click()
    qtbot.waitUntil(lambda: view.session_id is None, timeout=120000)
    record = window.services.interviewer().store.get(session_id)
    assert all(turn.answer is None for turn in record.turns)
    assert view.answers.drafts.load(session_id) in (None, "")


def test_open_in_review_shows_the_interview_just_finished(qtbot, window) -> None:
    from PySide6.QtWidgets import QPushButton

    from desktop._report_card import ReportCard

    review = window.review_view
    window.show_view("review")
    review.tabs.setCurrentIndex(1)  # the user last looked at Progress
    window.show_view("interview")
    view = window.interview_view
    view.start(options())
    wait_for_question(qtbot, view)
    session_id = view.session_id
    type_and_send(qtbot, view, ANSWER)
    wait_for_question(qtbot, view)
    view.end_early()
    qtbot.waitUntil(lambda: bool(view.findChildren(ReportCard)), timeout=60000)
    card = view.findChildren(ReportCard)[0]
    next(b for b in card.findChildren(QPushButton) if b.text() == "Open in Review").click()
    assert review.tabs.currentIndex() == 0
    qtbot.waitUntil(
        lambda: review.record is not None and review.record.id == session_id, timeout=30000
    )


def test_a_non_answer_offline_is_labelled_an_offline_estimate(qtbot, window) -> None:
    view = window.interview_view
    window.show_view("interview")
    view.start(options())
    wait_for_question(qtbot, view)
    type_and_send(qtbot, view, "不知道")
    qtbot.waitUntil(lambda: bool(view.findChildren(ScoreCard)), timeout=120000)
    card = view.findChildren(ScoreCard)[0]
    assert card.score.status == "guarded"
    assert "Offline estimate (guarded)" in card.text()  # as Review says of the same turn
    view.end_early()
    qtbot.waitUntil(lambda: view.session_id is None, timeout=120000)


def test_a_new_interview_starts_its_clocks_at_zero(qtbot, window) -> None:
    """The next interview showed "Answer 01:15" (the last answer of the one before) while
    it checked the endpoint and wrote its first question."""
    view = window.interview_view
    window.show_view("interview")
    view.answers.clock.start(already=75)
    view.answers.clock.stop()
    view.session_timer.setText("12:00")
    view.start(options())
    assert (view.answer_timer.text(), view.session_timer.text()) == ("00:00", "00:00")
    wait_for_question(qtbot, view)
    assert view.answer_timer.isVisible() and view.page.answer_label.isVisible()
    view.end_early()
    qtbot.waitUntil(lambda: view.session_id is None, timeout=120000)
    # under the report no answer is being given: "Answer 00:08" of the last one stayed up
    assert not view.answer_timer.isVisible() and not view.page.answer_label.isVisible()
    assert view.session_timer.isVisible()  # the interview's length stays
