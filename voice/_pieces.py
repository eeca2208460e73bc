"""Cutting a whole recording into pieces that Whisper decodes one by one.

Decoding a long file window by window, base loses speech: after the first sentence of
a 30 s window it may predict the end and jump to the next window (five real Mandarin
utterances joined into 34.6 s came out as the first one only). Our pieces are cut at
pauses heard by the VAD, each fits in one window, and each piece is checked for text
missing at its end (Transcriber._fill_gaps), as the live path does.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from voice._audio import SAMPLE_RATE
from voice._segmenter import PAD_S, Cut
from voice._segments import Segment, Span
from voice._text import spoken_units
from voice._vad import speech_probabilities, speech_spans

# Long pieces give Whisper more context (Mandarin CER on espeak speech: 0.33 with pieces
# of up to 28 s against 0.44 with 20 s), but must fit in its 30 s window with the padding.
MAX_PIECE_S = 28.0


def whole_file_cuts(spans: Sequence[Span], total_samples: int) -> list[Cut]:
    """Stretches of speech joined into pieces of at most MAX_PIECE_S, cut in the pauses."""
    if total_samples <= MAX_PIECE_S * SAMPLE_RATE:  # one piece: all of it, as raw Whisper
        return [Cut(0, total_samples)]
    pieces: list[list[float]] = []
    for start, end in spans:
        while end - start > MAX_PIECE_S:  # no pause at all for 28 s: cut anyway
            pieces.append([start, start + MAX_PIECE_S])
            start += MAX_PIECE_S
        if pieces and end - pieces[-1][0] <= MAX_PIECE_S:
            pieces[-1][1] = end
        else:
            pieces.append([start, end])
    if not pieces:  # the VAD heard nothing: let Whisper judge the whole recording
        return [Cut(0, total_samples)]  # (past 30 s, faster-whisper goes window by window)
    total_s = total_samples / SAMPLE_RATE
    bounds = [0.0] + [(a[1] + b[0]) / 2 for a, b in itertools.pairwise(pieces)] + [total_s]
    cuts = []  # padded, but never into the next piece
    for (start, end), (before, after) in zip(pieces, itertools.pairwise(bounds), strict=True):
        begin, finish = max(before, start - PAD_S), min(after, end + PAD_S)
        cuts.append(Cut(int(begin * SAMPLE_RATE), int(finish * SAMPLE_RATE)))
    return cuts


# Articulation rates (pauses excluded) of even slow speakers; a piece whose text falls
# short of this over the speech the VAD hears in it has probably lost a phrase: Whisper
# can stop a piece early, typically on a repeated phrase.
_MIN_UNITS_PER_SPEECH_S = {"zh": 3.0, "en": 1.5}
RESUME_MIN_S = 1.0  # speech longer than this that no word covers is decoded again


def says_too_little(text: str, audio: np.ndarray, language: str) -> bool:
    speech_s = sum(end - start for start, end in speech_spans(speech_probabilities(audio)))
    if speech_s < RESUME_MIN_S:
        return False
    rate = _MIN_UNITS_PER_SPEECH_S.get(language[:2], _MIN_UNITS_PER_SPEECH_S["en"])
    return spoken_units(text) < rate * speech_s


def uncovered_speech(audio: np.ndarray, segments: Sequence[Segment], offset_s: float) -> list[Span]:
    """Stretches of speech in a piece (seconds from its start, padded) that no decoded
    word overlaps: what Whisper skipped. Only stretches of RESUME_MIN_S or more count."""
    heard = speech_spans(speech_probabilities(audio))
    words = [(w.start - offset_s, w.end - offset_s) for s in segments for w in s.words]
    if not words:  # no word times: the segments' own
        words = [(s.start - offset_s, s.end - offset_s) for s in segments]
    gaps = []
    for start, end in heard:
        if end - start >= RESUME_MIN_S and not any(a < end and b > start for a, b in words):
            gaps.append((max(0.0, start - PAD_S), min(audio.size / SAMPLE_RATE, end + PAD_S)))
    return gaps
