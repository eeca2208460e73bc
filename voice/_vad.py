"""Streaming voice-activity detection: Silero VAD (bundled with faster-whisper), fed live.

faster-whisper runs Silero over a whole file at once; a live answer arrives in
small chunks, so this keeps the model's recurrent state (h, c) and the 64-sample
context between calls. Probabilities are per 512-sample window (32 ms at 16 kHz).

The same probabilities also time the delivery metrics (`speech_spans`): they say
when the candidate was audibly speaking, which Whisper's segment times do not, and
they cost one small model pass instead of Whisper's word-alignment pass.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from voice._audio import SAMPLE_RATE
from voice._segments import Span

WINDOW = 512
_CONTEXT = 64
THRESHOLD = 0.5  # speech starts at or above this probability (Silero's defaults)
NEG_THRESHOLD = 0.35  # ... and pauses below this one
MIN_PAUSE_S = 0.3  # shorter dips are the flow of speech (stops, breaths), not pauses


class StreamingVad:
    """Speech probability per 32 ms window, identical to Silero run on the whole audio."""

    def __init__(self) -> None:
        from faster_whisper.vad import get_vad_model

        self._session = get_vad_model().session  # cached, shared; ONNX Runtime run() is thread-safe
        self._h = np.zeros((1, 1, 128), dtype=np.float32)
        self._c = np.zeros((1, 1, 128), dtype=np.float32)
        self._context = np.zeros(_CONTEXT, dtype=np.float32)
        self._pending = np.zeros(0, dtype=np.float32)

    def push(self, audio: np.ndarray) -> np.ndarray:
        """Add 16 kHz float32 samples; return probabilities of the windows completed."""
        data = np.concatenate([self._pending, audio.astype(np.float32, copy=False)])
        n = data.size // WINDOW
        self._pending = data[n * WINDOW :]
        if n == 0:
            return np.zeros(0, dtype=np.float32)
        windows = data[: n * WINDOW].reshape(n, WINDOW)
        contexts = np.concatenate([self._context[None, :], windows[:-1, -_CONTEXT:]])
        self._context = windows[-1, -_CONTEXT:].copy()
        batch = np.concatenate([contexts, windows], axis=1)
        out, self._h, self._c = self._session.run(
            None, {"input": batch, "h": self._h, "c": self._c}
        )
        return np.asarray(out, dtype=np.float32).reshape(-1)


def speech_probabilities(audio: np.ndarray) -> np.ndarray:
    """Probabilities over a whole recording (its last partial window padded with silence)."""
    return StreamingVad().push(np.pad(audio, (0, -audio.size % WINDOW)))


def speech_spans(probabilities: Sequence[float] | np.ndarray) -> list[Span]:
    """Stretches of speech, unpadded: one ends where a pause of MIN_PAUSE_S or more begins."""
    min_pause = round(MIN_PAUSE_S * SAMPLE_RATE / WINDOW)
    spans: list[tuple[int, int]] = []
    start: int | None = None
    silent_from: int | None = None
    values = np.asarray(probabilities, dtype=np.float32).tolist()
    for i, p in enumerate(values):
        if start is None:
            start = i if p >= THRESHOLD else None
            continue
        if p >= THRESHOLD:
            silent_from = None
        elif p < NEG_THRESHOLD and silent_from is None:
            silent_from = i
        if silent_from is not None and i - silent_from >= min_pause:
            spans.append((start, silent_from))
            start = silent_from = None
    if start is not None:
        spans.append((start, silent_from if silent_from is not None else len(values)))
    return [(s * WINDOW / SAMPLE_RATE, e * WINDOW / SAMPLE_RATE) for s, e in spans]
