"""Streaming voice-activity detection: Silero VAD (bundled with faster-whisper), fed live.

faster-whisper runs Silero over a whole file at once; a live answer arrives in
small chunks, so this keeps the model's recurrent state (h, c) and the 64-sample
context between calls. Probabilities are per 512-sample window (32 ms at 16 kHz).
"""

from __future__ import annotations

import numpy as np

WINDOW = 512
_CONTEXT = 64


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
