"""Recorder fed from WAVs through the same QIODevice path a microphone uses."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from gui_helpers import real_speech
from PySide6.QtMultimedia import QAudioDevice
from speech_helpers import espeak_phrase, synthetic_phrase

from desktop.audio import (
    NO_MICROPHONE,
    MicrophoneSource,
    PcmFormat,
    PcmStreamSource,
    Recorder,
    describe_stop,
    input_devices,
)

RATE = 16_000


class Capture:
    """Everything a recorder emitted during one test."""

    def __init__(self, recorder: Recorder) -> None:
        self.chunks: list[np.ndarray] = []
        self.levels: list[float] = []
        self.errors: list[str] = []
        self.stops: list[str] = []
        self.onsets = 0
        recorder.chunk.connect(self.chunks.append)
        recorder.level.connect(self.levels.append)
        recorder.error.connect(self.errors.append)
        recorder.stopped.connect(self.stops.append)
        recorder.speech_started.connect(self._on_onset)

    def _on_onset(self) -> None:
        self.onsets += 1

    @property
    def audio(self) -> np.ndarray:
        return np.concatenate(self.chunks) if self.chunks else np.zeros(0, np.int16)


def record(qtbot, recorder: Recorder, source: PcmStreamSource, **options) -> Capture:
    capture = Capture(recorder)
    with qtbot.waitSignal(recorder.stopped, timeout=20_000):
        assert recorder.start(source=source, **options)
    return capture


def test_push_to_talk_keeps_every_sample_in_order(qtbot, speech_clip) -> None:
    recorder = Recorder()
    capture = record(qtbot, recorder, PcmStreamSource(speech_clip.pcm))
    assert capture.stops == ["end_of_input"]
    assert len(capture.chunks) > 10  # streamed in pieces, not one blob
    np.testing.assert_array_equal(recorder.recorded(), speech_clip.pcm)
    np.testing.assert_array_equal(capture.audio, speech_clip.pcm)
    assert not recorder.is_recording


def test_level_rises_during_speech_and_falls_to_zero_on_stop(qtbot, speech_clip) -> None:
    recorder = Recorder()
    capture = record(qtbot, recorder, PcmStreamSource(speech_clip.pcm, piece_ms=30))
    lead_in_pieces = speech_clip.speech_start // (RATE * 30 // 1000) - 1
    quiet = capture.levels[:lead_in_pieces]
    assert max(quiet) < 0.2
    assert max(capture.levels) > 0.5
    assert capture.levels[-1] == 0.0
    assert capture.onsets == 1


def test_hands_free_stops_after_the_configured_silence(qtbot, speech_clip) -> None:
    recorder = Recorder()
    capture = record(
        qtbot, recorder, PcmStreamSource(speech_clip.pcm), hands_free=True, silence_stop_s=1.5
    )
    assert capture.stops == ["silence"]
    kept = len(recorder.recorded())
    # the 1.0 s thinking pause did not end the answer; 1.5 s after the last word did
    assert kept > speech_clip.speech_end
    silence_after = (kept - speech_clip.speech_end) / RATE
    assert 1.5 <= silence_after < 1.5 + 0.25
    np.testing.assert_array_equal(recorder.recorded(), speech_clip.pcm[:kept])


def test_a_longer_silence_setting_lets_a_long_pause_pass(qtbot, speech_clip) -> None:
    """Technical stages use a longer silence_stop_s so thinking pauses are not cut."""
    recorder = Recorder()
    capture = record(
        qtbot, recorder, PcmStreamSource(speech_clip.pcm), hands_free=True, silence_stop_s=0.8
    )
    assert capture.stops == ["silence"]
    assert len(recorder.recorded()) < speech_clip.pause[1]  # 0.8 s cut the 1.0 s pause

    capture = record(
        qtbot, recorder, PcmStreamSource(speech_clip.pcm), hands_free=True, silence_stop_s=5.0
    )
    assert capture.stops == ["end_of_input"]  # 3.5 s of quiet tail never reached 5 s
    assert len(recorder.recorded()) == len(speech_clip.pcm)


def test_hands_free_never_stops_before_speech_until_max_wait(qtbot) -> None:
    room = np.random.default_rng(3).normal(0, 12, 6 * RATE).astype(np.int16)
    recorder = Recorder()
    capture = record(
        qtbot,
        recorder,
        PcmStreamSource(room),
        hands_free=True,
        silence_stop_s=1.0,
        max_wait_s=4.0,
    )
    assert capture.stops == ["no_speech"]
    assert capture.onsets == 0
    assert abs(len(recorder.recorded()) / RATE - 4.0) < 0.05  # not after 1.0 s of silence


def test_push_to_talk_stop_mid_answer_keeps_what_was_said(qtbot, speech_clip) -> None:
    recorder = Recorder()
    capture = Capture(recorder)

    def release_after_a_while(_chunk: np.ndarray) -> None:
        if len(capture.chunks) == 40 and recorder.is_recording:
            recorder.stop()

    recorder.chunk.connect(release_after_a_while)
    with qtbot.waitSignal(recorder.stopped, timeout=20_000):
        recorder.start(source=PcmStreamSource(speech_clip.pcm))
    assert capture.stops == ["user"]
    kept = recorder.recorded()
    assert 0 < len(kept) < len(speech_clip.pcm)
    np.testing.assert_array_equal(kept, speech_clip.pcm[: len(kept)])
    np.testing.assert_array_equal(capture.audio, kept)


def test_device_error_mid_answer_reports_and_keeps_the_audio(qtbot, speech_clip) -> None:
    recorder = Recorder()
    source = PcmStreamSource(speech_clip.pcm)
    capture = Capture(recorder)

    def unplug_after_a_while(_chunk: np.ndarray) -> None:
        if len(capture.chunks) == 25:
            source.failed.emit("Microphone “USB headset” was disconnected.")

    recorder.chunk.connect(unplug_after_a_while)
    with qtbot.waitSignal(recorder.stopped, timeout=20_000):
        recorder.start(source=source)
    assert capture.errors == ["Microphone “USB headset” was disconnected."]
    assert capture.stops == ["error"]
    kept = recorder.recorded()
    assert len(kept) >= 25 * 40 * RATE // 1000
    np.testing.assert_array_equal(kept, speech_clip.pcm[: len(kept)])


def test_audio_after_a_turn_ended_never_leaks_into_the_next(qtbot, speech_clip) -> None:
    recorder = Recorder()
    first = PcmStreamSource(speech_clip.pcm[: 2 * RATE])
    record(qtbot, recorder, first)
    first_turn = recorder.turn_id
    first_audio = recorder.recorded()

    answer = speech_clip.pcm[2 * RATE : 4 * RATE]
    second = PcmStreamSource(answer)
    capture = Capture(recorder)
    with qtbot.waitSignal(recorder.started) as started:
        recorder.start(source=second)
    first.push_now(np.full(RATE, 20_000, np.int16).tobytes())  # late audio of turn 1
    qtbot.waitUntil(lambda: not recorder.is_recording, timeout=20_000)

    assert started.args == [first_turn + 1]
    np.testing.assert_array_equal(recorder.recorded(), answer)
    np.testing.assert_array_equal(capture.audio, answer)
    assert not np.any(capture.audio == 20_000)
    np.testing.assert_array_equal(first_audio, speech_clip.pcm[: 2 * RATE])


def test_starting_a_new_turn_ends_the_running_one(qtbot, speech_clip) -> None:
    recorder = Recorder()
    capture = Capture(recorder)
    slow = PcmStreamSource(speech_clip.pcm, interval_ms=1000)
    assert recorder.start(source=slow)
    replacement = PcmStreamSource(speech_clip.pcm[:RATE])
    with qtbot.waitSignal(recorder.stopped, timeout=20_000):
        assert recorder.start(source=replacement)  # ends turn 1 with "user" first
    qtbot.waitUntil(lambda: len(capture.stops) == 2, timeout=20_000)
    assert capture.stops == ["user", "end_of_input"]
    np.testing.assert_array_equal(recorder.recorded(), speech_clip.pcm[:RATE])


def test_stereo_44k_wav_is_converted_to_16k_mono(qtbot, speech_clip, tmp_path) -> None:
    seconds = len(speech_clip.pcm) / RATE
    positions = np.arange(int(seconds * 44_100)) * RATE / 44_100
    resampled = np.interp(positions, np.arange(len(speech_clip.pcm)), speech_clip.pcm)
    stereo = np.stack([resampled, resampled * 0.5], axis=1).astype(np.int16)
    path = tmp_path / "stereo.wav"
    sf.write(str(path), stereo, 44_100, subtype="PCM_16")

    source = PcmStreamSource.from_wav(path)
    assert source.pcm_format == PcmFormat(44_100, 2, "int16")
    recorder = Recorder()
    capture = record(qtbot, recorder, source, hands_free=True, silence_stop_s=1.5)
    assert capture.stops == ["silence"]
    assert capture.onsets == 1
    assert len(recorder.recorded()) > speech_clip.speech_end


def test_wav_file_source_matches_the_samples(qtbot, speech_clip, speech_wav) -> None:
    recorder = Recorder()
    record(qtbot, recorder, PcmStreamSource.from_wav(speech_wav))
    np.testing.assert_array_equal(recorder.recorded(), speech_clip.pcm)


@pytest.mark.parametrize("name", ["en_jfk", "en_librivox_sas01_0870", "zh_BAC009S0764W0121"])
def test_real_speech_is_heard_and_not_cut_before_the_end(qtbot, name) -> None:
    speech, rate = sf.read(str(real_speech(name)), dtype="int16")
    assert rate == RATE
    pcm = np.concatenate([speech, np.zeros(4 * RATE, np.int16)])
    recorder = Recorder()
    capture = record(qtbot, recorder, PcmStreamSource(pcm), hands_free=True, silence_stop_s=2.5)
    assert capture.stops == ["silence"]
    assert capture.onsets == 1
    assert len(recorder.recorded()) > len(speech)  # pauses between clauses survive


def test_every_stop_reason_has_a_sentence() -> None:
    reasons = ["user", "cancel", "silence", "no_speech", "max_duration", "error", "end_of_input"]
    sentences = {describe_stop(reason) for reason in reasons}
    assert len(sentences) == len(reasons)
    assert describe_stop("unheard-of") == "Recording stopped."


def test_no_microphone_gives_a_clear_message(qtbot) -> None:
    if input_devices():
        pytest.skip("this machine has a microphone")
    recorder = Recorder()
    capture = Capture(recorder)
    assert recorder.start() is False
    assert capture.errors == [NO_MICROPHONE]
    assert not recorder.is_recording
    assert Recorder.microphone_available() == (False, NO_MICROPHONE)


def test_a_microphone_that_cannot_open_gives_a_message(qtbot) -> None:
    recorder = Recorder()
    capture = Capture(recorder)
    assert recorder.start(source=MicrophoneSource(QAudioDevice())) is False
    assert len(capture.errors) == 1
    assert "could not be opened" in capture.errors[0]
    assert capture.stops == []
    assert not recorder.is_recording


def test_a_microphone_failing_mid_take_is_found_without_its_state_signal(qtbot) -> None:
    """PySide6 6.11 cannot convert stateChanged's QAudio::State (a red banner on every
    take): the source must not listen to it, and its health check finds the failure."""
    from PySide6.QtCore import SIGNAL

    from desktop.audio import AudioSourceError

    source = MicrophoneSource(QAudioDevice())
    with pytest.raises(AudioSourceError):
        source.open()  # the device is now stopped with an error, as an unplugged one is
    assert source._audio is not None
    assert source._audio.receivers(SIGNAL("stateChanged(QAudio::State)")) == 0
    with qtbot.waitSignal(source.failed, timeout=1000) as failure:
        source._on_stall_check()
    assert "could not be opened" in failure.args[0]
    source.close()


def _quiet_answer_with_a_thinking_pause(workdir: Path) -> tuple[np.ndarray, int, int]:
    """Two Mandarin sentences peaking at -26 dBFS, 3.5 s apart, in a -60 dBFS room;
    returns (pcm, first sample of the second sentence, last sample of speech)."""
    first = espeak_phrase("我们先用向量检索召回候选，然后再用重排模型排序", "zh", workdir)
    second = espeak_phrase("最后把准确率从百分之六十提升到百分之八十", "zh", workdir)
    if first is None or second is None:
        first, second = synthetic_phrase(3.0, 1), synthetic_phrase(2.5, 2)
    rng = np.random.default_rng(3)

    def room(samples: int) -> np.ndarray:
        return rng.normal(0, 32767 * 10 ** (-60 / 20), samples)

    def quiet(phrase: np.ndarray) -> np.ndarray:
        scaled = phrase / np.abs(phrase).max() * 32767 * 10 ** (-26 / 20)
        return scaled + room(len(phrase))

    lead, pause, tail = room(RATE // 2), room(int(3.5 * RATE)), room(10 * RATE)
    pcm = np.concatenate([lead, quiet(first), pause, quiet(second), tail]).astype(np.int16)
    second_at = len(lead) + len(first) + len(pause)
    return pcm, second_at, second_at + len(second)


def test_a_thinking_pause_in_a_quiet_answer_does_not_end_it(qtbot, tmp_path) -> None:
    from desktop.audio import silence_stop_for_stage
    from mianba.settings import VoiceSettings

    pcm, second_at, speech_end = _quiet_answer_with_a_thinking_pause(tmp_path)
    recorder = Recorder()
    countdown: list[int] = []
    recorder.silence_countdown.connect(countdown.append)
    stop_s = silence_stop_for_stage("project", VoiceSettings().silence_stop_s)
    capture = record(qtbot, recorder, PcmStreamSource(pcm), hands_free=True, silence_stop_s=stop_s)
    assert capture.stops == ["silence"]
    assert len(capture.audio) > speech_end > second_at  # the second sentence was kept
    assert len(capture.audio) <= speech_end + (2 * stop_s + 1) * RATE
    assert -1 in countdown  # the countdown began in the pause and ended when speech resumed
    assert countdown[-1] in (0, 1) and max(countdown) >= 2  # then it counted down to the stop
    assert recorder.stop_pause_s >= stop_s
