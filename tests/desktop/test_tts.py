"""Speaker on Qt's `mock` text-to-speech engine: say, stop, off states, barge-in."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from desktop.audio import PcmStreamSource, Recorder, Speaker, _speaker, connect_barge_in

LONG_QUESTION = " ".join(["Tell me about the retrieval pipeline you built."] * 40)


@pytest.fixture
def speaker(qtbot) -> Speaker:
    if "mock" not in Speaker.available_engines():
        pytest.fail("Qt's mock text-to-speech engine is missing from this PySide6 build")
    return Speaker(engine="mock", language="en")


def test_mock_engine_speaks_english_with_an_english_voice(speaker) -> None:
    assert speaker.enabled, speaker.reason
    assert speaker.reason == ""
    assert speaker.engine_name == "mock"
    assert speaker.voice_name in speaker.voices()
    assert speaker.voice_name in {"Charly", "Mary"}  # en_US preferred over en_GB


def test_say_runs_to_the_end(qtbot, speaker) -> None:
    with qtbot.waitSignal(speaker.started):
        assert speaker.say("Why did you pick BM25?")
    assert speaker.is_speaking
    with qtbot.waitSignal(speaker.finished, timeout=10_000) as finished:
        pass
    assert finished.args == ["done"]
    assert not speaker.is_speaking


def test_stop_ends_speech_early(qtbot, speaker) -> None:
    speaker.say(LONG_QUESTION)
    with qtbot.waitSignal(speaker.finished) as finished:
        speaker.stop()
    assert finished.args == ["stopped"]
    assert not speaker.is_speaking
    speaker.stop()  # stopping twice is harmless


def test_new_question_replaces_the_old_one(qtbot, speaker) -> None:
    reasons: list[str] = []
    speaker.finished.connect(reasons.append)
    speaker.say(LONG_QUESTION)
    speaker.say("Next question.")
    assert reasons == ["replaced"]
    assert speaker.is_speaking
    speaker.stop()
    assert reasons == ["replaced", "stopped"]


def test_a_chosen_voice_is_used(qtbot) -> None:
    assert Speaker(engine="mock", voice="Mary", language="en").voice_name == "Mary"
    assert Speaker(engine="mock", voice="Nobody", language="en").voice_name == "Charly"


def test_no_voice_for_the_language_turns_speech_off(qtbot) -> None:
    speaker = Speaker(engine="mock", language="zh")
    assert not speaker.enabled
    assert "no Chinese voice" in speaker.reason
    assert speaker.say("请介绍一下你的项目") is False
    assert speaker.voices() == []


def test_off_in_settings(qtbot) -> None:
    settings = SimpleNamespace(
        voice=SimpleNamespace(tts_engine="off", tts_voice=None),
        interview=SimpleNamespace(language="en"),
    )
    speaker = Speaker.from_settings(settings)
    assert not speaker.enabled
    assert "turned off" in speaker.reason
    assert speaker.say("hello") is False


def test_unknown_engine_is_named_in_the_reason(qtbot) -> None:
    speaker = Speaker(engine="festival-9000", language="en")
    assert not speaker.enabled
    assert "festival-9000" in speaker.reason and "mock" in speaker.reason


def test_no_engine_installed(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(_speaker, "available_engines", lambda: [])
    speaker = Speaker(language="en")
    assert not speaker.enabled
    assert "No text-to-speech engine" in speaker.reason


def test_a_real_engine_without_audio_output_is_off_not_hung(qtbot) -> None:
    """Headless machines (CI) have speechd but no speakers: speaking would block forever."""
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.audioOutputs():
        pytest.skip("this machine has an audio output")
    speaker = Speaker(language="en")  # the system default engine
    assert not speaker.enabled
    assert "No speaker or headphones" in speaker.reason


def test_candidate_speech_interrupts_the_interviewer(qtbot, speaker, speech_clip) -> None:
    recorder = Recorder()
    connect_barge_in(recorder, speaker)
    speaker.say(LONG_QUESTION)
    assert speaker.is_speaking
    with qtbot.waitSignal(speaker.finished, timeout=10_000) as finished:
        recorder.start(source=PcmStreamSource(speech_clip.pcm))
    assert finished.args == ["barge_in"]
    assert recorder.heard_speech
    qtbot.waitUntil(lambda: not recorder.is_recording, timeout=20_000)
    np.testing.assert_array_equal(recorder.recorded(), speech_clip.pcm)  # answer kept whole


def test_barge_in_can_be_disconnected(qtbot, speaker, speech_clip) -> None:
    recorder = Recorder()
    disconnect = connect_barge_in(recorder, speaker)
    disconnect()
    speaker.say(LONG_QUESTION)
    with qtbot.waitSignal(recorder.stopped, timeout=20_000):
        recorder.start(source=PcmStreamSource(speech_clip.pcm))
    assert recorder.heard_speech
    assert speaker.is_speaking  # nobody stopped it
    speaker.stop()
