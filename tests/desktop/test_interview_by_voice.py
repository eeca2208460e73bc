"""A voice interview through the GUI: real speech from a WAV through the recorder, the
transcript edited and sent, its recording played from Review; without a microphone the
typed box still works."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from gui_helpers import make_context
from interview_helpers import (
    ANSWER,
    options,
    ready_window,
    type_and_send,
    wait_for_question,
    window_with_notes,
)

from desktop._main_window import MainWindow
from desktop._score_card import ScoreCard

pytestmark = pytest.mark.slow  # real embedder, real Whisper, real graph, real store


@pytest.fixture
def window(qtbot, tmp_path) -> Iterator[MainWindow]:
    win = window_with_notes(qtbot, tmp_path)
    yield win
    win.close()


def test_voice_turn_from_a_wav_through_the_recorder(qtbot, tmp_path) -> None:
    from pathlib import Path

    from gui_helpers import real_speech

    from desktop.audio import PcmStreamSource

    wav = real_speech("en_jfk")
    context = make_context()
    context.settings.voice.language = "en"
    context.settings.voice.tts_engine = "mock"  # Qt's test engine: the question is spoken
    with ready_window(qtbot, context, tmp_path) as win:
        view = win.interview_view
        view.start(options(input="voice", language="en"))  # Qt's mock engine speaks English
        wait_for_question(qtbot, view)
        panel = view.answers.voice
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


def _last(win: MainWindow) -> str:
    return win.services.interviewer().store.list_sessions()[0].id


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


def test_without_a_microphone_the_typed_box_stays_usable(qtbot, window) -> None:
    from desktop.audio import Recorder

    if Recorder.microphone_available()[0]:
        pytest.skip("this machine has a microphone")
    view = window.interview_view
    view.start(options(input="voice"))
    wait_for_question(qtbot, view)
    said = view.answers.voice.live_text  # "Speech model ready." promised a take
    qtbot.waitUntil(lambda: "No microphone was found" in said.text(), timeout=120000)
    view.answers.voice.mic_button.click()
    assert window.banner.isVisible() and window.banner.property("level") == "warning"
    assert window.banner.text().count("type your answer") == 1  # it was said twice
    assert not view.answers.voice.mic_button.isChecked()
    type_and_send(qtbot, view, ANSWER)  # typing still works
    qtbot.waitUntil(lambda: bool(view.findChildren(ScoreCard)), timeout=120000)


def test_an_answer_from_a_phone_file_is_sent_and_kept_with_the_session(
    qtbot, tmp_path, monkeypatch
) -> None:
    """A file that is not audio is refused in the banner and the interview goes on; a real
    recording (FLAC, as a recorder app writes it) is transcribed into the box, sent, and its
    audio is the answer's recording in the session."""
    from pathlib import Path

    from gui_helpers import real_speech
    from PySide6.QtWidgets import QFileDialog

    context = make_context()
    context.settings.voice.language = "en"
    with ready_window(qtbot, context, tmp_path) as win:
        view = win.interview_view
        view.start(options(input="voice", language="en"))
        wait_for_question(qtbot, view)
        panel = view.answers.voice
        picked: list[Path] = [tmp_path / "memo.m4a", real_speech("en_jfk")]
        picked[0].write_text("not audio", encoding="utf-8")
        monkeypatch.setattr(
            QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(picked.pop(0)), ""))
        )
        panel.file_button.click()
        qtbot.waitUntil(lambda: not panel.wait.waiting, timeout=60000)
        assert win.banner.isVisible() and "memo.m4a" in win.banner.text()
        assert view.answer_box.isEnabled() and view.session_id is not None
        panel.file_button.click()
        qtbot.waitUntil(lambda: bool(view.answer_box.toPlainText()), timeout=180000)
        assert "ask not what your country" in re.sub(
            r"[^a-z ]", "", view.answer_box.toPlainText().lower()
        )
        assert not win.banner.isVisible()  # the warning about memo.m4a is over
        session = view.session_id
        view.send_answer()
        qtbot.waitUntil(
            lambda: view.answer_box.isEnabled() or view.session_id is None, timeout=120000
        )
        answer = win.services.interviewer().store.get(session).turns[0].answer
        assert answer.source == "file" and answer.metrics.get("speaking_rate", 0) > 0
        assert "time_to_first_word_s" not in answer.metrics  # the file's lead-in, not thinking
        assert answer.audio_path and Path(answer.audio_path).is_file()
        qtbot.waitUntil(lambda: bool(view.findChildren(ScoreCard)), timeout=120000)
        card = view.findChildren(ScoreCard)[0].text()
        assert "Delivery (from an audio file)" in card and "First word" not in card


def test_the_voice_row_goes_with_the_answer_box_when_the_interview_ends(qtbot, tmp_path) -> None:
    """After End interview the report showed, and under it Start speaking and Answer from
    a file… stayed (greyed) though nothing could be answered any more."""
    with ready_window(qtbot, make_context(), tmp_path) as win:
        view = win.interview_view
        view.start(options(input="voice"))
        wait_for_question(qtbot, view)
        assert view.answers.voice.isVisible()
        view.end_early()
        qtbot.waitUntil(lambda: view.session_id is None, timeout=120000)
        assert view.new_button.isVisible() and not view.answer_box.isVisible()
        assert not view.answers.voice.isVisible()
        view.start(options(input="voice"))  # a new voice interview brings it back
        wait_for_question(qtbot, view)
        assert view.answers.voice.isVisible()
        view.pause()


def test_an_english_interview_s_spoken_answer_is_transcribed_in_english(
    qtbot, tmp_path, monkeypatch
) -> None:
    """The speech setting (Chinese by default) decided the language of every take, so an
    English interview's answers came out in Chinese characters; takes follow the
    interview's language (Detect still detects)."""
    from gui_helpers import real_speech
    from PySide6.QtWidgets import QFileDialog

    context = make_context()
    assert context.settings.voice.language == "zh"  # as a new user has it
    with ready_window(qtbot, context, tmp_path) as win:
        view = win.interview_view
        view.start(options(input="voice", language="en"))
        wait_for_question(qtbot, view)
        panel = view.answers.voice
        assert panel.take_language() == "en"
        monkeypatch.setattr(
            QFileDialog,
            "getOpenFileName",
            staticmethod(lambda *a, **k: (str(real_speech("en_jfk")), "")),
        )
        panel.file_button.click()
        qtbot.waitUntil(lambda: bool(view.answer_box.toPlainText()), timeout=180000)
        assert "ask not what your country" in re.sub(
            r"[^a-z ]", "", view.answer_box.toPlainText().lower()
        )
        context.settings.voice.language = "auto"
        assert panel.take_language() is None
        view.pause()
