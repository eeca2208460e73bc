from pathlib import Path

import numpy as np
import pytest
import soundfile
from voice_helpers import load_16k

from voice import AudioError, Transcriber, save_answer_audio
from voice._accuracy import wer
from voice._audio import to_mono_16k

EN_ANSWER = (  # what scripts/make_audio_fixtures.sh says in en_answer.wav
    "I built a retrieval system for interview notes. It splits the notes into chunks, embeds "
    "them, and ranks them with hybrid search. Then the answers are checked against the reference."
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "message", "kind"),
    [
        ("silence.wav", "silent", "silent"),
        ("too_short.wav", "too short", "too_short"),
        ("corrupt_header.wav", "not an audio file we can read", "unreadable"),
        ("not_audio.wav", "not an audio file we can read", "unreadable"),
        ("empty.wav", "is empty", "empty"),
        ("missing.wav", "does not exist", "missing"),
    ],
)
def test_bad_files_raise_audio_error_with_a_readable_message(
    transcriber: Transcriber, audio_fixtures: Path, name: str, message: str, kind: str
) -> None:
    """The message is for a person; `kind` lets the window say it in the person's language."""
    with pytest.raises(AudioError, match=message) as raised:
        transcriber.transcribe(audio_fixtures / name)
    assert raised.value.kind == kind


@pytest.mark.slow
def test_clipped_audio_is_transcribed_with_a_warning(
    transcriber: Transcriber, audio_fixtures: Path
) -> None:
    result = transcriber.transcribe(audio_fixtures / "clipped.wav", language="en")
    assert any("clipped" in w for w in result.warnings)
    assert "retrieval" in result.text.lower()


def _snr_db(reference: np.ndarray, other: np.ndarray) -> float:
    n = min(reference.size, other.size)
    noise = reference[:n] - other[:n]
    return float(10 * np.log10(np.sum(reference[:n] ** 2) / max(np.sum(noise**2), 1e-12)))


@pytest.mark.slow
def test_44k_stereo_file_and_arrays_give_the_same_transcript(
    transcriber: Transcriber, audio_fixtures: Path
) -> None:
    """The 44.1 kHz stereo file and its int16 array come out as the 16 kHz mono audio they
    were made from (compared sample by sample), so the transcripts agree too; those are
    compared loosely: base's int8 kernels differ a little from one CPU to another."""
    mono = load_16k(audio_fixtures / "en_answer.wav")
    data, rate = soundfile.read(audio_fixtures / "stereo_44k.wav", dtype="int16")
    assert data.shape[1] == 2 and rate == 44100
    from_file = load_16k(audio_fixtures / "stereo_44k.wav")
    from_array = to_mono_16k(data, rate)
    assert abs(from_array.size - mono.size) <= 16 and abs(from_file.size - mono.size) <= 16
    assert _snr_db(mono, from_array) > 25 and _snr_db(mono, from_file) > 25
    texts = [
        transcriber.transcribe(audio, sample_rate=r, language="en").text
        for audio, r in ((mono, 16000), (data, rate))
    ]
    texts.append(transcriber.transcribe(audio_fixtures / "stereo_44k.wav", language="en").text)
    assert all(wer(EN_ANSWER, text) <= 0.5 for text in texts), texts
    assert not transcriber.transcribe(data, sample_rate=rate, language="en").warnings


@pytest.mark.slow
def test_silent_and_short_arrays_are_refused(transcriber: Transcriber) -> None:
    with pytest.raises(AudioError, match="silent"):
        transcriber.transcribe(np.zeros(32000, dtype=np.int16))
    with pytest.raises(AudioError, match="too short"):
        transcriber.transcribe(np.full(1600, 0.3, dtype=np.float32))


def test_invalid_arrays_are_refused() -> None:
    with pytest.raises(AudioError, match="NaN"):
        to_mono_16k(np.array([0.1, np.nan], dtype=np.float32))
    with pytest.raises(AudioError, match="sample type"):
        to_mono_16k(np.array(["a", "b"]))
    with pytest.raises(AudioError, match="shape"):
        to_mono_16k(np.zeros((2, 2, 2), dtype=np.float32))


def test_int16_stereo_48k_is_converted_to_16k_mono() -> None:
    t = np.arange(48000) / 48000
    tone = (np.sin(2 * np.pi * 440 * t) * 16000).astype(np.int16)
    audio = to_mono_16k(np.stack([tone, tone], axis=1), 48000)
    assert audio.dtype == np.float32 and audio.shape == (16000,)
    assert 0.45 < float(np.max(np.abs(audio))) < 0.52


def test_save_answer_audio_writes_flac_that_reads_back(tmp_path: Path) -> None:
    pcm = (np.sin(np.linspace(0, 2000, 32000)) * 8000).astype(np.int16)
    path = save_answer_audio(pcm, 16000, tmp_path / "session" / "answer-1.wav")
    assert path.suffix == ".flac" and path.is_file()
    assert soundfile.info(str(path)).format == "FLAC"
    data, rate = soundfile.read(path, dtype="int16")
    assert rate == 16000 and np.array_equal(data, pcm)
    assert path.stat().st_size < pcm.nbytes  # compressed
    assert not list(path.parent.glob(".*tmp"))
    with pytest.raises(AudioError):
        save_answer_audio(np.zeros(0, dtype=np.int16), 16000, tmp_path / "empty")


@pytest.mark.slow
def test_saved_flac_transcribes_like_the_original(
    transcriber: Transcriber, audio_fixtures: Path, tmp_path: Path
) -> None:
    audio = load_16k(audio_fixtures / "en_answer.wav")
    flac = save_answer_audio(audio, 16000, tmp_path / "a.flac")
    original = transcriber.transcribe(audio, language="en").text
    assert wer(original, transcriber.transcribe(flac, language="en").text) <= 0.1
