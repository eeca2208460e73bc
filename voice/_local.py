"""The local backend: faster-whisper (CTranslate2) on the CPU."""

from __future__ import annotations

import functools
import logging
import threading
from pathlib import Path
from typing import Any

import numpy as np

from voice._segments import Segment, Word
from voice._text import repeats_phrase, spoken_units

log = logging.getLogger(__name__)


class LocalWhisper:
    """One loaded WhisperModel. CTranslate2 models are not re-entrant: calls are serialised."""

    def __init__(self, folder: Path, name: str, cpu_threads: int = 2) -> None:
        self.name = name
        self.folder = folder
        self._model = _windowed_model_class()(
            str(folder), device="cpu", compute_type="int8", cpu_threads=cpu_threads
        )
        self._lock = threading.Lock()

    def transcribe(
        self,
        audio: np.ndarray,
        *,
        language: str | None,
        prompt: str | None = None,
        context: str | None = None,
        hotwords: str | None = None,
        vad_filter: bool = True,
        word_timestamps: bool = False,
        offset_s: float = 0.0,
        short_window: bool = False,
    ) -> tuple[list[Segment], str]:
        """Segments (times shifted by offset_s) and the language used or detected.

        `context` is the text said just before a live piece. It joins the prompt for a
        first, greedy decode; if that fails Whisper's own checks, the piece is decoded
        again without it, with Whisper's usual temperature fallback: a piece cut in
        mid-sentence after a context ending in a full stop can send base into a loop
        that every fallback temperature repeats (six decodes, 20 s on two busy cores).

        `short_window` (a live piece, its language known) first encodes only the audio
        plus a margin instead of Whisper's 30 s window: 2-4x faster on a short piece.
        Whisper never saw such windows in training and now and then loops at the end of
        one, so a result that repeats itself or says more than anyone could is decoded
        again the usual way.

        Word timestamps cost an extra alignment pass (~5-10 % of decoding); the delivery
        metrics do without them (voice._vad.speech_spans)."""
        options: dict[str, Any] = {
            "language": language,
            "hotwords": hotwords,
            "vad_filter": vad_filter,
            "word_timestamps": word_timestamps,
        }
        with_context = " ".join(p for p in (prompt, context) if p) or None
        with self._lock:
            if short_window and language:
                found, _ = self._greedy(audio, with_context, _window_frames(audio), options)
                if not any(_failed(s) for s in found) and not _loops(found, audio, language):
                    return _kept(found, offset_s), language
            if context:
                found, detected = self._greedy(audio, with_context, None, options)
                if not any(_failed(s) for s in found):
                    return _kept(found, offset_s), detected
            raw, info = self._model.transcribe(audio, initial_prompt=prompt or None, **options)
            return _kept(list(raw), offset_s), info.language

    def _greedy(
        self, audio: np.ndarray, prompt: str | None, frames: int | None, options: dict[str, Any]
    ) -> tuple[list[Any], str]:
        """One greedy decode, no temperature fallback (the caller has its own)."""
        self._model.encoded_frames = frames
        try:
            raw, info = self._model.transcribe(
                audio, initial_prompt=prompt, temperature=0.0, **options
            )
            return list(raw), info.language
        finally:
            self._model.encoded_frames = None


# faster-whisper's defaults for falling back to a higher temperature
LOG_PROB_THRESHOLD = -1.0
COMPRESSION_RATIO_THRESHOLD = 2.4


def _failed(raw: Any) -> bool:
    return bool(
        raw.avg_logprob < LOG_PROB_THRESHOLD or raw.compression_ratio > COMPRESSION_RATIO_THRESHOLD
    )


def _kept(raw: list[Any], offset_s: float) -> list[Segment]:
    return [_segment(s, offset_s) for s in raw if not _hallucinated(s)]


# Whisper drops a segment when no_speech_prob > 0.6 AND avg_logprob < -1.0. Base
# invents text over trailing silence that passes that rule (seen on a real AISHELL
# clip: no_speech 0.98 with logprob -0.98; and 40 characters "said" in 0.5 s of
# padding), so a likely-silent segment is also dropped when it is unsure or too fast.
NO_SPEECH_PROB = 0.6
HALLUCINATION_LOGPROB = -0.5
MAX_UNITS_PER_S = 12.0  # fast Mandarin is ~6 characters/s, fast English ~4 words/s


def _hallucinated(raw: Any) -> bool:
    if raw.no_speech_prob < NO_SPEECH_PROB:
        return False
    units = spoken_units(raw.text)
    too_fast = units > MAX_UNITS_PER_S * max(raw.end - raw.start, 0.5)
    return bool(raw.avg_logprob < HALLUCINATION_LOGPROB or too_fast)


def _segment(raw: Any, offset_s: float) -> Segment:
    words = [
        Word(start=w.start + offset_s, end=w.end + offset_s, text=w.word) for w in (raw.words or [])
    ]
    return Segment(start=raw.start + offset_s, end=raw.end + offset_s, text=raw.text, words=words)


# faster-whisper pads every window to 30 s of features (3000 frames, 100 per second)
WINDOW_FRAMES = 3000
# On 53 live pieces of the voice bench, text differed from the 30 s window's by 4 % of
# words with these; with 10 s and 2 s, by 14 % (dropped phrases, loops).
SHORT_WINDOW_MIN_S = 15.0
SHORT_WINDOW_MARGIN_S = 5.0


def _window_frames(audio: np.ndarray) -> int:
    seconds = max(audio.size / 16000 + SHORT_WINDOW_MARGIN_S, SHORT_WINDOW_MIN_S)
    return min(WINDOW_FRAMES, int(seconds * 100) // 2 * 2)  # the encoder halves: keep it even


# Articulation rates of the fastest speakers, per second of audio: more is a loop.
_MAX_UNITS_PER_AUDIO_S = {"zh": 9.0, "en": 5.0}


def _loops(raw: list[Any], audio: np.ndarray, language: str) -> bool:
    text = "".join(s.text for s in raw)
    limit = _MAX_UNITS_PER_AUDIO_S.get(language[:2], _MAX_UNITS_PER_AUDIO_S["en"])
    return repeats_phrase(text) or spoken_units(text) > limit * max(audio.size / 16000, 1.0)


@functools.cache
def _windowed_model_class() -> type:
    """WhisperModel that can encode less than its 30 s window (see LocalWhisper)."""
    from faster_whisper import WhisperModel

    class WindowedWhisperModel(WhisperModel):  # type: ignore[misc]
        encoded_frames: int | None = None  # None: the whole padded window, as trained

        def encode(self, features: np.ndarray) -> Any:
            if self.encoded_frames is not None:
                features = features[..., : self.encoded_frames]
            return super().encode(features)

    return WindowedWhisperModel
