"""The voice panel while the last words are transcribed: progress, a way out, no stale text.

A hung decode cannot be provoked on demand with the real model, so these tests hand the
panel a transcriber whose `finish()` waits until the test lets it go; everything else
(the recorder fed through the microphone path, the worker pool, the widgets) is real.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from gui_helpers import make_context
from PySide6.QtWidgets import QPlainTextEdit

from desktop._services import Services
from desktop._voice_panel import VoicePanel
from desktop.audio import PcmStreamSource


class HeldLive:
    """An incremental transcriber whose final text comes only when `release()` is called."""

    def __init__(self, text: str, heard: str) -> None:
        self.text, self.heard = text, heard
        self._release = threading.Event()

    def feed(self, _chunk) -> None:
        pass

    def partial_text(self) -> str:
        return self.heard

    def finish(self):
        from voice import Segment, Transcript, compute_metrics

        self._release.wait(30)
        segments = [Segment(start=0.6, end=3.0, text=self.text)]
        metrics = compute_metrics(segments, 6.0, "en")
        return Transcript(
            text=self.text, language="en", segments=segments, duration_s=6.0, metrics=metrics
        )

    def cancel(self) -> None:
        self._release.set()

    def release(self) -> None:
        self._release.set()


class HeldTranscriber:
    backend = "local"

    def __init__(self) -> None:
        self.takes: list[HeldLive] = []

    def load(self) -> None:
        pass

    def incremental(self, language=None, on_partial=None) -> HeldLive:
        live = HeldLive(f"final text {len(self.takes) + 1}", "heard so far")
        self.takes.append(live)
        return live


@pytest.fixture
def panel(qtbot, speech_clip) -> Iterator[tuple[VoicePanel, HeldTranscriber, list]]:
    services = Services(make_context())
    transcriber = HeldTranscriber()
    services._transcriber = transcriber  # built already: the getter hands it out
    messages: list[tuple[str, str]] = []
    box = QPlainTextEdit()
    widget = VoicePanel(
        services, box, lambda text, level="info", until=None: messages.append((level, text))
    )
    qtbot.addWidget(widget)
    qtbot.addWidget(box)
    widget.show()
    widget.set_turn("turn-1")
    yield widget, transcriber, messages
    for live in transcriber.takes:
        live.release()


def _speak(qtbot, panel: VoicePanel, speech_clip) -> None:
    """One take from the speech clip, stopped by the candidate; waits for 'Transcribing'."""
    source = PcmStreamSource(speech_clip.pcm, interval_ms=0)
    source.finished.connect(lambda: panel.recorder.stop("user"))
    panel.test_source = source
    panel.mic_button.click()
    qtbot.waitUntil(lambda: panel.wait.waiting, timeout=20_000)


def test_waiting_shows_progress_and_cancel_really_stops_it(qtbot, panel, speech_clip) -> None:
    widget, transcriber, _ = panel
    _speak(qtbot, widget, speech_clip)
    assert "Transcribing" in widget.live_text.text()
    assert widget.cancel_button.isVisible()
    assert not widget.mic_button.isEnabled()
    assert "Stop waiting" in widget.mic_button.toolTip()  # disabled, and says why
    qtbot.waitUntil(lambda: "1 s" in widget.live_text.text(), timeout=5000)  # it counts
    widget.cancel_button.click()
    assert widget.mic_button.isEnabled() and not widget.cancel_button.isVisible()
    assert "cancelled" in widget.live_text.text()
    transcriber.takes[0].release()  # the decode ends later: its text is dropped
    qtbot.wait(300)
    assert widget.answer_box.toPlainText() == ""


def test_a_transcript_for_an_earlier_question_never_lands_in_a_later_one(
    qtbot, panel, speech_clip
) -> None:
    widget, transcriber, _ = panel
    _speak(qtbot, widget, speech_clip)
    widget.set_turn("turn-2")  # the candidate typed, sent, and the next question came
    assert widget.mic_button.isEnabled()  # "Start speaking" is usable for the new question
    transcriber.takes[0].release()
    qtbot.wait(300)
    assert widget.answer_box.toPlainText() == ""
    _speak(qtbot, widget, speech_clip)  # the next take is for turn-2 and lands
    transcriber.takes[1].release()
    qtbot.waitUntil(lambda: widget.answer_box.toPlainText() == "final text 2", timeout=5000)
    assert widget.take_answer_extras("")["source"] == "voice"


def test_past_its_budget_the_wait_ends_and_offers_the_text_heard(
    qtbot, panel, speech_clip, monkeypatch
) -> None:
    from desktop import _transcription_wait

    widget, transcriber, _ = panel
    monkeypatch.setattr(_transcription_wait, "finish_budget_s", lambda _audio_s: 1.0)
    _speak(qtbot, widget, speech_clip)
    qtbot.waitUntil(lambda: not widget.wait.waiting, timeout=5000)
    assert widget.answer_box.toPlainText() == "heard so far"
    assert "took over 1 s" in widget.live_text.text()
    assert widget.mic_button.isEnabled()
    transcriber.takes[0].release()
    qtbot.wait(300)
    assert widget.answer_box.toPlainText() == "heard so far"  # the late text is dropped


def test_a_pause_stop_says_so_and_how_to_go_on(qtbot, panel, speech_clip) -> None:
    widget, transcriber, _ = panel
    widget.services.settings.voice.silence_stop_s = 2.0
    widget.test_source = PcmStreamSource(speech_clip.pcm, interval_ms=0)  # no Stop pressed
    widget.mic_button.click()
    qtbot.waitUntil(lambda: widget.wait.waiting, timeout=20_000)
    transcriber.takes[0].release()
    qtbot.waitUntil(lambda: widget.answer_box.toPlainText() == "final text 1", timeout=5000)
    assert "Stopped after a 2.0 s pause" in widget.live_text.text()
    assert "Start speaking" in widget.live_text.text()


def test_press_to_talk_only_stops_when_told(qtbot, panel, speech_clip) -> None:
    import numpy as np

    widget, transcriber, _ = panel
    widget.services.settings.voice.stop_mode = "manual"
    quiet_tail = np.zeros(8 * 16_000, dtype=np.int16)  # hands-free would stop in here
    pcm = np.concatenate([speech_clip.pcm, quiet_tail])
    widget.test_source = PcmStreamSource(pcm, interval_ms=0)
    stops: list[str] = []
    widget.recorder.stopped.connect(stops.append)
    widget.mic_button.click()
    qtbot.waitUntil(lambda: bool(stops), timeout=20_000)
    assert stops == ["end_of_input"]  # not "silence": only the end of the audio stopped it
    assert widget.recorder.duration_s() >= len(pcm) / 16_000 - 0.1
    qtbot.waitUntil(lambda: widget.wait.waiting, timeout=5000)
    transcriber.takes[0].release()
    qtbot.waitUntil(lambda: widget.answer_box.toPlainText() == "final text 1", timeout=5000)


def test_a_second_take_joins_the_answer_audio_text_and_metrics(qtbot, panel, speech_clip):
    import soundfile as sf

    widget, transcriber, _ = panel
    lengths: list[float] = []
    widget.recorder.stopped.connect(lambda _reason: lengths.append(widget.recorder.duration_s()))
    for take in range(2):
        _speak(qtbot, widget, speech_clip)
        transcriber.takes[take].release()
        qtbot.waitUntil(lambda: not widget.wait.waiting, timeout=5000)
    assert widget.answer_box.toPlainText() == "final text 1\nfinal text 2"
    assert "Take 2 was added" in widget.live_text.text()
    extras = widget.take_answer_extras(widget.answer_box.toPlainText())
    audio, rate = sf.read(extras["audio_path"], dtype="int16")
    assert abs(len(audio) / rate - sum(lengths)) < 0.05  # both takes, one after the other
    metrics = extras["metrics"]
    one_take = 3.0 - 0.6
    assert metrics["speech_span_s"] > one_take + 1  # measured over both takes
    assert metrics["duration_s"] > sum(lengths) - 0.05


def test_the_level_meter_shows_only_while_the_microphone_is_open(qtbot, panel, speech_clip):
    """Idle, an empty white box sat beside Start speaking and Answer from a file…, looking
    broken; it is there while a take records and gone again after."""
    widget, transcriber, _ = panel
    assert not widget.meter.isVisible()
    seen: list[bool] = []
    widget.recorder.level.connect(lambda _level: seen.append(widget.meter.isVisible()))
    _speak(qtbot, widget, speech_clip)
    assert seen and all(seen)
    assert not widget.meter.isVisible()
    transcriber.takes[0].release()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_no_microphone_points_to_answering_from_a_file(qtbot, panel, language) -> None:
    """Without a microphone the message offered only typing, beside a button that answers
    from a recording: it names that button too, as the window labels it."""
    from PySide6.QtWidgets import QApplication

    from desktop._i18n import install_translator
    from desktop.audio import input_devices

    if input_devices():
        pytest.skip("this machine has a microphone")
    install_translator(QApplication.instance(), language)
    try:
        widget, _, messages = panel
        file_button = widget.make_file_button()  # labelled in the language now in use
        widget.mic_button.click()
        assert messages and messages[-1][0] == "warning"
        assert f"“{file_button.text()}”" in messages[-1][1], messages
    finally:
        install_translator(QApplication.instance(), "en")
