"""The local backend: faster-whisper (CTranslate2) on the CPU."""

from __future__ import annotations

import dataclasses
import functools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from voice._segments import Segment, Word
from voice._text import is_prompt_echo, repeats_context, repeats_phrase, spoken_units

log = logging.getLogger(__name__)

# Decodes of one piece, at most. Each attempt below is one pass of the model; none runs
# faster-whisper's own fallback over six temperatures. Retries nested in retries once
# decoded each phrase of a 16.6 s answer many times (minutes of CPU on two threads).
MAX_PASSES = 3
FALLBACK_TEMPERATURE = 0.5  # the last resort samples (best of 5), as Whisper's fallback does
# A live Mandarin piece is decoded greedily (beam 1): on bench_voice's Mandarin answers a
# pass cost about 0.7 of a beam-5 pass, a loop (written to the token budget by each beam)
# far less; end of speech -> text at 186 s 0.80 s against 3.92 s, CER no worse. English
# kept beam 5: greedy doubled its word errors there (19-24 % against 11-15 %).
LIVE_BEAM = {"zh": 1}
FILE_BEAM = 5  # faster-whisper's default: a whole file, a live English piece


@dataclass(frozen=True)
class Attempt:
    """One decode: its prompt, its encoder window (None: Whisper's 30 s) and temperature."""

    prompt: str | None
    frames: int | None = None
    temperature: float = 0.0


def attempts(
    audio: np.ndarray,
    language: str | None,
    prompt: str | None,
    context: str | None,
    short_window: bool,
) -> list[Attempt]:
    """The decodes to try on one piece, in order; each drops what may have spoilt the one
    before: the text said before the piece (a piece cut in mid-sentence after a full
    stop can send base into a loop, or base writes that text again), then the short
    window, then the prompt (base may say it back), then the greedy search.

    A live piece drops the context before the short window: on the bench's Mandarin
    answers the 30 s window with the context failed every time the short one had (four
    pieces out of four), at twice the cost; without the context the short window passed."""
    with_context = " ".join(p for p in (prompt, context) if p) or None
    ladder = []
    if short_window and language:
        frames = _window_frames(audio)
        ladder = [Attempt(with_context, frames), Attempt(prompt or None, frames)]
    else:
        ladder = [Attempt(with_context)]
    ladder += [
        Attempt(prompt or None),
        Attempt(None),
        Attempt(None, temperature=FALLBACK_TEMPERATURE),
    ]
    return list(dict.fromkeys(ladder))


class LocalWhisper:
    """One loaded WhisperModel. CTranslate2 models are not re-entrant: calls are serialised."""

    def __init__(self, folder: Path, name: str, cpu_threads: int = 2) -> None:
        self.name = name
        self.folder = folder
        self._model = _windowed_model_class()(
            str(folder), device="cpu", compute_type="int8", cpu_threads=cpu_threads
        )
        self._lock = threading.Lock()
        self.passes = 0  # decodes run so far (tests and the benchmark count them)

    def transcribe(
        self,
        audio: np.ndarray,
        *,
        language: str | None,
        prompt: str | None = None,
        context: str | None = None,
        hotwords: str | None = None,
        offset_s: float = 0.0,
        short_window: bool = False,
        word_timestamps: bool = False,
        max_passes: int = MAX_PASSES,
        keep_going: Callable[[bool], bool] | None = None,
    ) -> tuple[list[Segment], str]:
        """Segments of one piece of speech (times shifted by offset_s), and its language.

        The piece was cut by our VAD (no VAD filter here) and fits in one Whisper window.
        Attempts run in order until one passes Whisper's own checks, does not loop and
        is not the prompt said back; at most `max_passes` run, and when none passes the
        likeliest is kept. Word timestamps cost an extra alignment pass: the delivery
        metrics do without them (voice._vad.speech_spans).

        `short_window` (a live piece, its language known) first encodes only the audio
        plus a margin instead of Whisper's 30 s window: 2-4x faster on a short piece; it
        may be decoded greedily (LIVE_BEAM). `keep_going(broken)` is asked before each
        retry, `broken` saying whether the decode that failed is unusable (see `broken`)
        or only unsure: False keeps the likeliest so far (a live piece's budget)."""
        ladder = attempts(audio, language, prompt, context, short_window)[: max(1, max_passes)]
        beam = LIVE_BEAM.get(language or "", FILE_BEAM) if short_window else FILE_BEAM
        tried: list[tuple[list[Any], str]] = []
        with self._lock:
            failed_badly = False
            for attempt in ladder:
                if tried and keep_going is not None and not keep_going(failed_badly):
                    break
                found, detected = self._decode(
                    audio, attempt, language, hotwords, beam, word_timestamps
                )
                tried.append((found, detected))
                said_before = context if context and attempt.prompt != prompt else None
                if acceptable(found, audio, detected, prompt, said_before):
                    return _kept(found, offset_s), detected
                failed_badly = broken(found, audio, detected, prompt, said_before)
                log.info("decode rejected (%s): %.80s", attempt, "".join(s.text for s in found))
        found, detected = max(tried, key=lambda t: _likelihood(t[0], audio, t[1], prompt))
        return _kept(found, offset_s), detected

    def _decode(
        self,
        audio: np.ndarray,
        attempt: Attempt,
        language: str | None,
        hotwords: str | None,
        beam_size: int = FILE_BEAM,
        word_timestamps: bool = False,
    ) -> tuple[list[Any], str]:
        """One pass of the model, no temperature fallback."""
        self.passes += 1
        self._model.encoded_frames = attempt.frames
        try:
            raw, info = self._model.transcribe(
                audio,
                language=language,
                initial_prompt=attempt.prompt,
                hotwords=hotwords,
                temperature=attempt.temperature,
                beam_size=beam_size,
                vad_filter=False,
                word_timestamps=word_timestamps,
                max_new_tokens=self._token_budget(audio, language),
            )
            return list(raw), info.language
        finally:
            self._model.encoded_frames = None

    def _token_budget(self, audio: np.ndarray, language: str | None = None) -> int:
        """Tokens one decode may write: about what `loops` would let through in this
        audio (WindowedWhisperModel keeps it within what the prompt leaves of the
        model's 448). A loop used to run on to the model's limit: 13 s of CPU for one
        6.5 s Mandarin piece, 16 s more sampled."""
        rate = MAX_TOKENS_PER_S_ZH if language == "zh" else MAX_TOKENS_PER_S
        return int(rate * max(audio.size / 16000, 1.0)) + 16


# About 1.3 tokens per Han character, ~1.3 per English word, timestamps: the fastest
# speech (7 characters or 4.5 words per second) takes under 11 tokens per second.
MAX_TOKENS_PER_S = 20
# Mandarin: `loops` rejects more than 9 characters a second, 12.3 tokens at the 1.37 per
# character (punctuation included) of the bench's sentences; 14 leave room for timestamps.
# The rest of a loop was written for nothing: a third of a Mandarin loop's cost.
MAX_TOKENS_PER_S_ZH = 14

# faster-whisper's defaults for falling back to a higher temperature
LOG_PROB_THRESHOLD = -1.0
COMPRESSION_RATIO_THRESHOLD = 2.4


def _failed(raw: Any) -> bool:
    return bool(
        raw.avg_logprob < LOG_PROB_THRESHOLD or raw.compression_ratio > COMPRESSION_RATIO_THRESHOLD
    )


def acceptable(
    raw: list[Any],
    audio: np.ndarray,
    language: str,
    prompt: str | None,
    context: str | None = None,
) -> bool:
    """A decode to keep: Whisper's own checks pass, and it is not `broken`."""
    return not any(_failed(s) for s in raw) and not broken(raw, audio, language, prompt, context)


def broken(
    raw: list[Any],
    audio: np.ndarray,
    language: str,
    prompt: str | None,
    context: str | None = None,
) -> bool:
    """A decode that is of no use, however sure Whisper is: it loops, or it is the prompt
    said back or (when it was given) the text said before it."""
    text = "".join(s.text for s in raw)
    if loops(text, audio, language) or (context and repeats_context(text, context)):
        return True
    return bool(prompt and text.strip() and is_prompt_echo(text, prompt))


def _likelihood(
    raw: list[Any], audio: np.ndarray, language: str, prompt: str | None
) -> tuple[bool, bool, float]:
    """Order of preference among decodes that all failed: no loop, no echo, likeliest."""
    text = "".join(s.text for s in raw)
    echo = bool(prompt and text.strip() and is_prompt_echo(text, prompt))
    logprob = float(np.mean([s.avg_logprob for s in raw])) if raw else -10.0
    return (not loops(text, audio, language), not echo, logprob)


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


def loops(text: str, audio: np.ndarray, language: str) -> bool:
    """The text repeats itself, or says more than anyone could in this audio."""
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

        def generate_with_fallback(
            self, encoder_output: Any, prompt: list[int], tokenizer: Any, options: Any
        ) -> Any:
            """faster-whisper refuses a budget the prompt leaves no room for: shrink it
            (the prompt grows with the piece's own text past its first window)."""
            room = self.max_length - len(prompt)
            if options.max_new_tokens is not None and options.max_new_tokens > room:
                options = dataclasses.replace(options, max_new_tokens=room)
            return super().generate_with_fallback(encoder_output, prompt, tokenizer, options)

    return WindowedWhisperModel
