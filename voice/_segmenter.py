"""Cut a live stream into utterances at pauses, from per-window VAD probabilities.

An utterance of at least MIN_UTTERANCE_S ends after MIN_SILENCE_S of non-speech
(shorter pieces decode worse: Whisper needs some context). Past SOFT_MAX_S a short
breath (BREATH_S) is enough to cut, and at HARD_MAX_S we cut anyway, at the quietest
moment since SOFT_MAX_S (a cut in mid-word costs Whisper both halves of the word), so
no piece exceeds one Whisper window and the tail left when speech ends stays short.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from voice._audio import SAMPLE_RATE
from voice._vad import NEG_THRESHOLD, THRESHOLD, WINDOW

MIN_UTTERANCE_S = 5.0
MIN_SILENCE_S = 0.5
BREATH_S = 0.15
SOFT_MAX_S = 8.0
HARD_MAX_S = 12.0
PAD_S = 0.3


@dataclass(frozen=True)
class Cut:
    start: int  # sample index, padded
    end: int


class Segmenter:
    def __init__(self) -> None:
        self._windows = 0  # windows seen so far
        self._start: int | None = None  # speech start (sample) while in speech
        self._silence_from: int | None = None  # first silent sample inside speech
        self._last_end = 0  # end of the previous cut: cuts never overlap
        self._late: list[tuple[float, int]] = []  # (probability, sample) past SOFT_MAX_S

    @property
    def in_speech(self) -> bool:
        return self._start is not None

    def update(self, probabilities: Iterable[float]) -> list[Cut]:
        """Consume the next window probabilities; return utterances that just ended."""
        cuts: list[Cut] = []
        for p in probabilities:
            at = self._windows * WINDOW
            self._windows += 1
            cut = self._step(float(p), at)
            if cut is not None:
                cuts.append(cut)
        return cuts

    def _step(self, p: float, at: int) -> Cut | None:
        if self._start is None:
            if p >= THRESHOLD:
                self._start, self._silence_from = at, None
            return None
        if p >= THRESHOLD:
            self._silence_from = None
        elif p < NEG_THRESHOLD and self._silence_from is None:
            self._silence_from = at
        length = (at - self._start) / SAMPLE_RATE
        if length >= SOFT_MAX_S:
            self._late.append((p, at))
        needed = MIN_SILENCE_S if length < SOFT_MAX_S else BREATH_S
        long_enough = (self._silence_from or 0) - self._start >= MIN_UTTERANCE_S * SAMPLE_RATE
        silent_for = at - (self._silence_from or at)
        if self._silence_from is not None and long_enough and silent_for >= needed * SAMPLE_RATE:
            return self._close(self._silence_from, heard=at)
        if length >= HARD_MAX_S:
            quietest = min(self._late)[1] if self._late else at
            return self._close(quietest, heard=at, reopen=True)
        return None

    def _close(self, end: int, heard: int, reopen: bool = False) -> Cut:
        """End the utterance at `end`, padded with trailing audio already heard."""
        cut = self._cut(end, heard)
        self._last_end = cut.end
        self._start = end if reopen else None
        self._silence_from = None
        self._late = []
        return cut

    def _cut(self, end: int, heard: int) -> Cut:
        assert self._start is not None
        pad = int(PAD_S * SAMPLE_RATE)
        return Cut(start=max(self._last_end, self._start - pad), end=min(end + pad, heard))

    def pending(self) -> Cut | None:
        """The open utterance as flush() would cut it, once its speaker has paused for
        PAD_S or more: from then on the cut stays the same until speech resumes, so it
        can be decoded ahead of time (the recording may be about to stop)."""
        heard = self._windows * WINDOW
        if self._silence_from is None or heard - self._silence_from < PAD_S * SAMPLE_RATE:
            return None
        return self._cut(self._silence_from, heard)

    def flush(self, total_samples: int) -> Cut | None:
        """The utterance still open when the recording stops, if any."""
        if self._start is None:
            return None
        end = self._silence_from if self._silence_from is not None else total_samples
        return self._close(end, heard=total_samples)
