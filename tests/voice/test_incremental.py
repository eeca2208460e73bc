"""Live transcription: chunks in, utterances cut at pauses, decoded while speaking.

Bounds: the incremental transcript is within INCREMENTAL_BOUND word error rate
(English, real speech) / CHINESE_BOUND character error rate (Chinese, real speech) of
the one-shot transcript of the same audio. Measured here: 0 % English (32 s, four
utterances), 0 % Chinese (one 4 s AISHELL utterance: the only real Mandarin we have).
"""

from __future__ import annotations

import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from voice_helpers import TRADITIONAL_ONLY, load_16k, silence

from voice import AudioError, Transcriber, VoiceError
from voice._accuracy import cer, wer

pytestmark = pytest.mark.slow
INCREMENTAL_BOUND = 0.10  # English, real speech
CHINESE_BOUND = 0.15
CHUNK = 1600  # 100 ms, as the microphone delivers it


def _clip(real_speech: list[dict[str, Any]], lang: str, n: int = 0) -> np.ndarray:
    return load_16k([c for c in real_speech if c["lang"] == lang][n]["path"])


@pytest.fixture(scope="module")
def english_answer(real_speech: list[dict[str, Any]]) -> np.ndarray:
    jfk, libri = _clip(real_speech, "en", 0), _clip(real_speech, "en", 1)
    return np.concatenate([jfk, silence(1.0), libri, silence(1.2), jfk])


def _feed(inc: Any, audio: np.ndarray, as_int16: bool = True) -> None:
    pcm = (np.clip(audio, -1, 1) * 32767).astype(np.int16) if as_int16 else audio
    for i in range(0, len(pcm), CHUNK):
        inc.feed(pcm[i : i + CHUNK])


def _no_worker_left() -> bool:
    return not [t for t in threading.enumerate() if t.name == "mianba-transcribe"]


def test_incremental_matches_one_shot_english(
    transcriber: Transcriber, english_answer: np.ndarray
) -> None:
    one_shot = transcriber.transcribe(english_answer, language="en")
    partials: list[str] = []
    inc = transcriber.incremental(language="en", on_partial=partials.append)
    _feed(inc, english_answer)
    assert inc.utterances >= 2  # cut at pauses while "speaking", not all at the end
    result = inc.finish()
    assert wer(one_shot.text, result.text) <= INCREMENTAL_BOUND, (one_shot.text, result.text)
    assert len(partials) >= 2 and partials[-1] == inc.partial_text()
    assert len(partials[0]) < len(partials[-1])
    assert result.duration_s == pytest.approx(len(english_answer) / 16000, abs=0.01)
    assert result.segments == sorted(result.segments, key=lambda s: s.start)
    assert result.segments[-1].end <= result.duration_s + 0.5  # times are absolute
    assert not inc.running and _no_worker_left()


def test_incremental_matches_one_shot_chinese(
    transcriber: Transcriber, real_speech: list[dict[str, Any]]
) -> None:
    clip = next(c for c in real_speech if c["lang"] == "zh")
    audio = np.concatenate([silence(0.5), load_16k(clip["path"]), silence(1.0)])
    one_shot = transcriber.transcribe(audio, language="zh")
    inc = transcriber.incremental(language="zh")
    _feed(inc, audio)
    result = inc.finish()
    assert cer(one_shot.text, result.text) <= CHINESE_BOUND, (one_shot.text, result.text)
    assert not TRADITIONAL_ONLY.search(result.text)


def test_incremental_keeps_every_chinese_utterance(
    transcriber: Transcriber, real_speech: list[dict[str, Any]], tmp_path: Path
) -> None:
    """Real AISHELL speech, the same clip faster and higher (sox), the original again.
    Whisper tends to drop such repeats (one-shot here sometimes keeps one of three);
    the live path decodes what Whisper skipped at the end of a piece (unless pieces
    wait behind it: voice._incremental.HURRIED_PASSES)."""
    clip = next(c for c in real_speech if c["lang"] == "zh")
    variant = tmp_path / "variant.wav"
    subprocess.run(
        ["sox", "-q", str(clip["path"]), str(variant), "tempo", "1.15", "pitch", "200"],
        check=True,
    )
    zh = load_16k(clip["path"])
    audio = np.concatenate([zh, silence(1.0), load_16k(variant), silence(1.0), zh])
    inc = transcriber.incremental(language="zh")
    _feed(inc, audio)
    _wait_idle(inc)  # the worker kept up, as in real time: it looks for what was skipped
    result = inc.finish()
    assert cer(clip["text"] * 3, result.text) <= 0.25, result.text


def test_48k_stereo_microphone_chunks(
    transcriber: Transcriber, real_speech: list[dict[str, Any]]
) -> None:
    jfk = _clip(real_speech, "en")
    from voice._audio import resample

    stereo = np.repeat(resample(jfk, 16000, 48000)[:, None], 2, axis=1)
    inc = transcriber.incremental(language="en", sample_rate=48000)
    for i in range(0, len(stereo), 4800):
        inc.feed((stereo[i : i + 4800] * 32767).astype(np.int16))
    result = inc.finish()
    assert (
        wer(
            "And so my fellow Americans, ask not what your country can do for you, ask "
            "what you can do for your country.",
            result.text,
        )
        <= 0.1
    )


def test_cancel_stops_the_worker_and_refuses_more_audio(
    transcriber: Transcriber, english_answer: np.ndarray
) -> None:
    inc = transcriber.incremental(language="en")
    _feed(inc, english_answer[: len(english_answer) // 2])
    inc.cancel()
    assert not inc.running and _no_worker_left()
    with pytest.raises(VoiceError):
        inc.feed(np.zeros(CHUNK, dtype=np.int16))
    with pytest.raises(VoiceError):
        inc.finish()
    inc.cancel()  # twice is harmless


def test_silent_recording_raises_audio_error_and_leaves_no_thread(
    transcriber: Transcriber,
) -> None:
    with transcriber.incremental(language="en") as inc:
        _feed(inc, silence(2.0))
        with pytest.raises(AudioError, match="silent"):
            inc.finish()
    assert _no_worker_left()


def test_feeding_and_reading_from_two_threads(
    transcriber: Transcriber, english_answer: np.ndarray
) -> None:
    inc = transcriber.incremental(language="en")
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        try:
            while not stop.is_set():
                inc.partial_text()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=reader)
    thread.start()
    _feed(inc, english_answer[: 16000 * 12], as_int16=False)
    result = inc.finish()
    stop.set()
    thread.join()
    assert not errors and "Americans" in result.text
    assert inc.audio().shape == (16000 * 12,)


def _wait_idle(inc: Any, limit_s: float = 300.0) -> None:
    deadline = time.monotonic() + limit_s  # a generous limit, not a speed requirement
    while not inc.idle:
        assert time.monotonic() < deadline, "the worker never ran dry"
        time.sleep(0.05)


def test_pause_before_the_stop_is_decoded_ahead(
    transcriber: Transcriber, real_speech: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answer ends with a short utterance (too short to be cut on its own) and a
    pause: the worker decodes it during the pause, so finish() decodes nothing, and
    the text is the one decoding it at the stop gives."""
    libri, jfk = _clip(real_speech, "en", 1), _clip(real_speech, "en")
    # one 7 s sentence (cut at the pause after it), then "And so my fellow Americans"
    audio = np.concatenate([libri, silence(1.2), jfk[: 16000 * 3], silence(1.0)])
    at_stop = transcriber.incremental(language="en")
    _feed(at_stop, audio)
    expected = at_stop.finish().text

    decoded: list[float] = []
    real = transcriber._local.transcribe

    def counting(*args: Any, **kwargs: Any) -> Any:  # the real model, counted
        decoded.append(kwargs["offset_s"])
        return real(*args, **kwargs)

    monkeypatch.setattr(transcriber._local, "transcribe", counting)
    partials: list[str] = []
    inc = transcriber.incremental(language="en", on_partial=partials.append)
    _feed(inc, audio)
    _wait_idle(inc)
    assert "Americans" in partials[-1]  # shown during the pause, before the stop
    before_stop, cut = len(decoded), inc.utterances
    result = inc.finish()
    assert inc.utterances == cut + 1  # the stop did leave an utterance open...
    assert len(decoded) == before_stop  # ... and it was decoded already
    assert result.text == expected
    assert "fellow Americans" in result.text[-30:], result.text


def _counting_decodes(transcriber: Transcriber, monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Offsets of the pieces the real model decodes from now on."""
    decoded: list[float] = []
    real = transcriber._local.transcribe

    def counting(*args: Any, **kwargs: Any) -> Any:
        decoded.append(kwargs["offset_s"])
        return real(*args, **kwargs)

    monkeypatch.setattr(transcriber._local, "transcribe", counting)
    return decoded


def test_at_the_stop_only_the_unfinished_tail_is_decoded(
    transcriber: Transcriber,
    english_answer: np.ndarray,
    real_speech: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The answer ends in mid-utterance: finish() decodes what follows the utterances
    already decoded, and none of those again."""
    decoded = _counting_decodes(transcriber, monkeypatch)
    inc = transcriber.incremental(language="en")
    libri = _clip(real_speech, "en", 1)  # 7 s of continuous reading: no pause in 2 s
    _feed(inc, np.concatenate([english_answer, silence(1.0), libri[: 16000 * 2]]))
    _wait_idle(inc)
    assert inc.queued_s == 0  # the worker kept up: what is left is the open utterance
    tail_from = inc.duration_s - inc.undecoded_s
    assert 0 < inc.undecoded_s < inc.duration_s / 2
    before = len(decoded)
    inc.finish()
    assert decoded[before:], "the open utterance was decoded at the stop"
    assert all(offset >= tail_from - 0.5 for offset in decoded[before:]), decoded


def test_a_result_that_arrives_after_cancel_is_dropped(
    transcriber: Transcriber, english_answer: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A decode still running when the answer is cancelled (the question moved on):
    its text never reaches on_partial nor the transcript."""
    entered, release = threading.Event(), threading.Event()
    real = transcriber._local.transcribe

    def held(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        release.wait(300)
        return real(*args, **kwargs)

    monkeypatch.setattr(transcriber._local, "transcribe", held)
    partials: list[str] = []
    inc = transcriber.incremental(language="en", on_partial=partials.append)
    _feed(inc, english_answer[: 16000 * 14])  # JFK, then a pause: one utterance cut
    assert entered.wait(300)
    canceller = threading.Thread(target=inc.cancel)
    canceller.start()
    while True:  # cancel() has marked the recording cancelled once feeding is refused
        try:
            inc.feed(np.zeros(CHUNK, dtype=np.int16))
        except VoiceError:
            break
    release.set()
    canceller.join()
    assert partials == [] and inc.partial_text() == ""
    assert not inc.running
