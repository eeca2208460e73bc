"""A whole typed interview through the GUI: offline, and against the scripted LLM server."""

from __future__ import annotations

import re
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


def test_resume_carries_on_the_session_clock(qtbot, window) -> None:
    from desktop._interview_widgets import time_spent

    view = window.interview_view
    view.start(_options())
    _wait_for_question(qtbot, view)
    _answer(qtbot, view, ANSWER)
    _wait_for_question(qtbot, view)
    session_id = view.session_id
    view.pause()
    record = window.services.interviewer().store.get(session_id)
    spent = time_spent(record)
    assert spent > 0
    qtbot.waitUntil(lambda: bool(view.welcome.resume_buttons()), timeout=30000)
    view.welcome.resume_buttons()[0].click()
    qtbot.waitUntil(lambda: view.session_id == session_id, timeout=30000)
    assert view.session_clock.seconds >= spent  # not back at 00:00


def test_llm_interview_streams_questions_and_shows_rubric_scores(qtbot, tmp_path, monkeypatch):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "agent"))
    from interview_fixtures import InterviewerScript
    from scripted_server import ScriptedLLMServer

    monkeypatch.setenv("MIANBA_LLM_API_KEY", "sk-desktop-test-key")
    with ScriptedLLMServer() as server:
        server.on_chat = InterviewerScript("zh")
        context = make_context()
        context.settings.llm.base_url = server.base_url
        context.settings.llm.model = server.model
        context.settings.llm.max_retries = 1
        win = MainWindow(context)
        qtbot.addWidget(win)
        win.show()
        try:
            _run_llm_interview(qtbot, win, write_demo_note(tmp_path / "notes"))
        finally:
            win.close()
        assert server.chat_requests, "the GUI reached the scripted LLM"


def _run_llm_interview(qtbot, win: MainWindow, note) -> None:
    qtbot.waitUntil(lambda: win.status_label.text() == "Ready", timeout=120000)
    win.services.knowledge().ingest([note])
    view = win.interview_view
    kinds: list[str] = []
    view.event_handled.connect(kinds.append)
    view.start(_options())
    _wait_for_question(qtbot, view)
    assert kinds.count("question_delta") > 1  # the question streamed in pieces
    assert view.transcript.messages()[0].text().startswith("第1个问题")
    _answer(qtbot, view, ANSWER)
    qtbot.waitUntil(lambda: bool(view.findChildren(ScoreCard)), timeout=60000)
    card = view.findChildren(ScoreCard)[0]
    assert card.score.status == "llm"
    assert "Offline estimate" not in card.text()
    assert "scripted improved answer" in card.text()
    _wait_for_question(qtbot, view)
    view.end_early()
    qtbot.waitUntil(lambda: view.session_id is None, timeout=60000)
    assert "finished" in kinds


def test_voice_turn_from_a_wav_through_the_recorder(qtbot, tmp_path) -> None:
    from pathlib import Path

    from gui_helpers import real_speech

    from desktop.audio import PcmStreamSource

    wav = real_speech("en_jfk")
    context = make_context()
    context.settings.voice.language = "en"
    context.settings.voice.tts_engine = "mock"  # Qt's test engine: the question is spoken
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.status_label.text() == "Ready", timeout=120000)
        win.services.knowledge().ingest([write_demo_note(tmp_path / "notes")])
        view = win.interview_view
        view.start(_options(input="voice", language="en"))  # Qt's mock engine speaks English
        _wait_for_question(qtbot, view)
        panel = view.voice
        assert panel is not None and panel.isVisible()
        assert panel._speaker is not None and panel._speaker.enabled, panel._speaker.reason
        source = PcmStreamSource.from_wav(wav, interval_ms=5)
        source.finished.connect(lambda: panel.recorder.stop("user"))
        panel.test_source = source
        levels: list[float] = []
        panel.recorder.level.connect(levels.append)
        panel.mic_button.click()
        qtbot.waitUntil(lambda: bool(view.answer_box.toPlainText()), timeout=180000)
        text = view.answer_box.toPlainText().lower()
        words = re.sub(r"[^a-z ]", "", text)  # live segments may end on a pause: "ask not."
        assert "ask not what your country" in words
        assert max(levels) > 0.05  # the meter moved
        view.answer_box.setPlainText(text + " (edited)")  # the final text is editable
        view.send_answer()
        qtbot.waitUntil(
            lambda: view.answer_box.isEnabled() or view.session_id is None, timeout=120000
        )
        record = win.services.interviewer().store.get(view.session_id or _last(win))
        answer = record.turns[0].answer
        assert answer.source == "voice" and answer.text.endswith("(edited)")
        assert answer.audio_path and Path(answer.audio_path).exists()
        assert answer.metrics.get("speaking_rate", 0) > 0
        _review_plays_the_recording(qtbot, win, record.id, Path(answer.audio_path))
    finally:
        win.close()


def _last(win: MainWindow) -> str:
    return win.services.interviewer().store.list_sessions()[0].id


def test_without_a_microphone_the_typed_box_stays_usable(qtbot, window) -> None:
    from desktop.audio import Recorder

    if Recorder.microphone_available()[0]:
        pytest.skip("this machine has a microphone")
    view = window.interview_view
    view.start(_options(input="voice"))
    _wait_for_question(qtbot, view)
    view.voice.mic_button.click()
    assert window.banner.isVisible() and window.banner.property("level") == "warning"
    assert "type your answer" in window.banner.text()
    assert not view.voice.mic_button.isChecked()
    _answer(qtbot, view, ANSWER)  # typing still works
    qtbot.waitUntil(lambda: bool(view.findChildren(ScoreCard)), timeout=120000)


def test_closing_the_window_during_an_import_is_safe(qtbot, tmp_path) -> None:
    from gui_helpers import LONGER_NOTE, SMALL_NOTE, copy_notes

    win = MainWindow(make_context())
    qtbot.addWidget(win)
    win.show()
    win.knowledge_view.add_sources([copy_notes(tmp_path / "more", (SMALL_NOTE, LONGER_NOTE))])
    win.knowledge_view.start_import()
    qtbot.wait(300)
    win.close()  # cancels, waits for the worker, releases the store; no thread left behind
    assert not win.services.loaded("knowledge")


def test_failed_score_says_so_and_retry_scores_again(qtbot, tmp_path, monkeypatch) -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "agent"))
    from interview_fixtures import InterviewerScript, is_scoring
    from scripted_server import ScriptedLLMServer

    script = InterviewerScript("zh")
    broken = {"on": True}

    def on_chat(request):
        if broken["on"] and is_scoring(request):
            return "this is not the JSON you asked for"
        return script(request)

    monkeypatch.setenv("MIANBA_LLM_API_KEY", "sk-desktop-test-key")
    with ScriptedLLMServer() as server:
        server.on_chat = on_chat
        context = make_context()
        context.settings.llm.base_url = server.base_url
        context.settings.llm.model = server.model
        context.settings.llm.max_retries = 1
        win = MainWindow(context)
        qtbot.addWidget(win)
        win.show()
        try:
            qtbot.waitUntil(lambda: win.status_label.text() == "Ready", timeout=120000)
            win.services.knowledge().ingest([write_demo_note(tmp_path / "notes")])
            view = win.interview_view
            view.start(_options())
            _wait_for_question(qtbot, view)
            _answer(qtbot, view, ANSWER)
            qtbot.waitUntil(lambda: bool(view.findChildren(ScoreCard)), timeout=60000)
            card = view.findChildren(ScoreCard)[0]
            assert card.score.status == "failed"
            assert "Scoring failed" in card.text() and not card.retry_button.isHidden()
            assert "Your answer is kept" in card.body.text()  # in the UI language first
            _wait_for_question(qtbot, view)
            broken["on"] = False
            card.retry_button.click()
            qtbot.waitUntil(lambda: card.score.status == "llm", timeout=60000)
            assert card.retry_button.isHidden()
            view.end_early()
            qtbot.waitUntil(lambda: view.session_id is None, timeout=60000)
        finally:
            win.close()


def _review_plays_the_recording(qtbot, win: MainWindow, session_id: str, audio) -> None:
    import re

    from PySide6.QtCore import QUrl

    review = win.review_view
    review.refresh()
    qtbot.waitUntil(lambda: review.select_session(session_id), timeout=30000)
    found = re.search(r'href="(audio:[^"]+)"', review.detail.toHtml())
    assert found, "the review offers the recording"
    review._on_link(QUrl(found.group(1)))
    assert review._player is not None
    assert review._player.source().toLocalFile() == str(audio)
    review._player.stop()


def _button(box, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def test_ending_with_an_unsent_answer_asks_and_sends_it(qtbot, window) -> None:
    view = window.interview_view
    view.start(_options())
    _wait_for_question(qtbot, view)
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
    view.start(_options())
    _wait_for_question(qtbot, view)
    session_id = view.session_id
    view.answer_box.setPlainText(ANSWER)
    view.end_button.click()
    _button(view.unsent_question, "Discard it and end").click()
    qtbot.waitUntil(lambda: view.session_id is None, timeout=120000)
    record = window.services.interviewer().store.get(session_id)
    assert all(turn.answer is None for turn in record.turns)
    assert view.drafts.load(session_id) in (None, "")


def test_an_unreachable_llm_is_found_at_the_start_and_offline_is_offered(
    qtbot, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("MIANBA_LLM_API_KEY", "sk-desktop-test-key")
    context = make_context()
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.status_label.text() == "Ready", timeout=120000)
        win.services.knowledge().ingest([write_demo_note(tmp_path / "notes")])
        context.settings.llm.base_url = "http://127.0.0.1:9/v1"  # nothing listens there
        win.services.reset("interviewer")
        view = win.interview_view
        kinds: list[str] = []
        view.event_handled.connect(kinds.append)
        view.start(_options())
        qtbot.waitUntil(lambda: view.endpoint.question is not None, timeout=30000)
        box = view.endpoint.question
        assert "http://127.0.0.1:9/v1" in box.text() and box.isVisible()
        assert kinds == []  # told before the first question
        next(b for b in box.buttons() if b.text() == "Start offline").click()
        _wait_for_question(qtbot, view)
        assert "offline" in view.mode_label.text()
        _answer(qtbot, view, ANSWER)
        qtbot.waitUntil(lambda: bool(view.findChildren(ScoreCard)), timeout=60000)
        card = view.findChildren(ScoreCard)[0]
        assert card.score.status == "offline_estimate"  # not a failed LLM score
        assert win.services.llm_unreachable() is not None  # remembered: no second wait
        _wait_for_question(qtbot, view)
        view.end_early()
        qtbot.waitUntil(lambda: view.session_id is None, timeout=60000)
    finally:
        win.close()


def test_open_in_review_shows_the_interview_just_finished(qtbot, window) -> None:
    from PySide6.QtWidgets import QPushButton

    from desktop._report_card import ReportCard

    review = window.review_view
    window.show_view("review")
    review.tabs.setCurrentIndex(1)  # the user last looked at Progress
    window.show_view("interview")
    view = window.interview_view
    view.start(_options())
    _wait_for_question(qtbot, view)
    session_id = view.session_id
    _answer(qtbot, view, ANSWER)
    _wait_for_question(qtbot, view)
    view.end_early()
    qtbot.waitUntil(lambda: bool(view.findChildren(ReportCard)), timeout=60000)
    card = view.findChildren(ReportCard)[0]
    next(b for b in card.findChildren(QPushButton) if b.text() == "Open in Review").click()
    assert review.tabs.currentIndex() == 0
    qtbot.waitUntil(
        lambda: review.record is not None and review.record.id == session_id, timeout=30000
    )
