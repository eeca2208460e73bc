"""Getting audio into the one shape Whisper wants (16 kHz mono float32), and out to FLAC.

Files are decoded by PyAV (through faster_whisper.decode_audio); raw arrays from a
microphone are converted here: int16 -> float, channels averaged, resampled with
libswresample (PyAV). Anything we cannot use becomes an AudioError a person can read.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import numpy as np

from voice._errors import AudioError

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
MIN_DURATION_S = 0.3
SILENCE_PEAK = 0.005  # ~ -46 dBFS: below this nothing audible was recorded
CLIP_LEVEL = 0.99
CLIPPED_SHARE = 0.01  # more than 1 % of samples at full scale: clipped


def load_audio(source: str | os.PathLike[str], max_seconds: float | None = None) -> np.ndarray:
    """Decode an audio file of any common format to 16 kHz mono float32.

    With `max_seconds`, a longer file is refused from its header, before hours of audio
    are decoded into memory (and again after decoding, when the header did not say)."""
    path = Path(source)
    if not path.is_file():
        raise AudioError(f"The audio file {path} does not exist.", "missing")
    if path.stat().st_size == 0:
        raise AudioError(f"The audio file {path.name} is empty.", "empty")
    if max_seconds is not None:
        _refuse_if_long(path, _stated_seconds(path), max_seconds)
    from faster_whisper.audio import decode_audio

    try:
        audio = decode_audio(str(path), sampling_rate=SAMPLE_RATE)
    except Exception as exc:  # PyAV raises many error types for bad containers
        log.info("cannot decode %s: %s", path, exc)
        raise AudioError(
            f"{path.name} is not an audio file we can read (corrupt or unsupported format). "
            "Use WAV, FLAC, MP3, M4A or OGG.",
            "unreadable",
        ) from exc
    if audio.size == 0:
        raise AudioError(f"{path.name} contains no audio.", "empty")
    if max_seconds is not None:
        _refuse_if_long(path, audio.size / SAMPLE_RATE, max_seconds)
    return np.asarray(audio, dtype=np.float32)


def _stated_seconds(path: Path) -> float | None:
    """The duration the container's header states; None when it states none (or is no
    container PyAV knows: decoding then says what is wrong)."""
    import av

    try:
        with av.open(str(path)) as container:
            if container.duration is not None:
                return float(container.duration) / av.time_base
            stated = [
                float(s.duration * s.time_base)
                for s in container.streams.audio
                if s.duration is not None and s.time_base is not None
            ]
            return max(stated, default=None)
    except Exception as exc:  # not audio, or damaged: the decoder reports it
        log.info("no duration in the header of %s: %s", path, exc)
        return None


def _refuse_if_long(path: Path, seconds: float | None, max_seconds: float) -> None:
    if seconds is not None and seconds > max_seconds:
        raise AudioError(
            f"{path.name} is {seconds / 60:.0f} min long; an answer may be at most "
            f"{max_seconds / 60:.0f} min. Trim the recording to the answer.",
            "too_long",
            seconds,
        )


def to_mono_16k(pcm: Any, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """Convert a raw PCM array (int16/int32/float, mono or multi-channel) to 16 kHz mono."""
    audio = _as_float(np.asarray(pcm))
    if audio.ndim == 2:  # (frames, channels) or (channels, frames): channels is the short side
        audio = audio.mean(axis=1 if audio.shape[0] >= audio.shape[1] else 0)
    elif audio.ndim != 1:
        raise AudioError(f"Audio must be mono or multi-channel PCM, got shape {audio.shape}.")
    if sample_rate <= 0:
        raise AudioError(f"Invalid sample rate {sample_rate}.")
    if sample_rate != SAMPLE_RATE and audio.size:
        audio = resample(audio, sample_rate, SAMPLE_RATE)
    return np.ascontiguousarray(audio, dtype=np.float32)


def _as_float(audio: np.ndarray) -> np.ndarray:
    if audio.dtype == np.int16:
        return audio.astype(np.float32) / 32768.0
    if audio.dtype == np.int32:
        return audio.astype(np.float32) / 2147483648.0
    if audio.dtype == np.uint8:
        return (audio.astype(np.float32) - 128.0) / 128.0
    if np.issubdtype(audio.dtype, np.floating):
        if not np.all(np.isfinite(audio)):
            raise AudioError("The audio contains invalid samples (NaN or infinity).")
        return audio.astype(np.float32, copy=False)
    raise AudioError(f"Unsupported audio sample type {audio.dtype}.")


def resample(audio: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    """Band-limited resampling by libswresample (PyAV), float32 mono in and out."""
    import av

    frame = av.AudioFrame.from_ndarray(
        audio.reshape(1, -1).astype(np.float32), format="flt", layout="mono"
    )
    frame.sample_rate = rate_in
    resampler = av.AudioResampler(format="flt", layout="mono", rate=rate_out)
    out = [f.to_ndarray().reshape(-1) for f in resampler.resample(frame)]
    out += [f.to_ndarray().reshape(-1) for f in resampler.resample(None)]
    return np.concatenate(out) if out else np.zeros(0, dtype=np.float32)


def check_audio(audio: np.ndarray) -> list[str]:
    """Raise AudioError for audio nobody can transcribe; return warnings for poor audio."""
    duration = audio.size / SAMPLE_RATE
    if duration < MIN_DURATION_S:
        raise AudioError(
            f"The recording is too short ({duration:.2f} s); an answer needs at least "
            f"{MIN_DURATION_S} s of speech.",
            "too_short",
        )
    peak = float(np.max(np.abs(audio)))
    if peak < SILENCE_PEAK:
        raise AudioError(
            "The recording is silent. Check that the right microphone is selected and "
            "not muted, then answer again (or type your answer).",
            "silent",
        )
    warnings = []
    if float(np.mean(np.abs(audio) >= CLIP_LEVEL)) > CLIPPED_SHARE:
        warnings.append(
            "The recording is clipped (too loud): lower the microphone gain or move away "
            "from it. The transcript may contain errors."
        )
    return warnings


def save_answer_audio(pcm: Any, sample_rate: int, path: str | os.PathLike[str]) -> Path:
    """Save an answer's audio as compressed FLAC (16-bit) and return the written path.

    The file is written to a temporary name first, so a crash never leaves half a file.
    """
    import soundfile

    audio = to_mono_16k(pcm, sample_rate)
    if audio.size == 0:
        raise AudioError("There is no audio to save.")
    target = Path(path).with_suffix(".flac")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    soundfile.write(tmp, np.clip(audio, -1.0, 1.0), SAMPLE_RATE, format="FLAC", subtype="PCM_16")
    tmp.replace(target)
    return target
