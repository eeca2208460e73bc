"""Raw audio bytes -> 16 kHz mono int16, and loudness in dBFS.

Speech recognition wants 16 kHz mono; not every microphone offers it (Qt then hands
us the device's preferred format), so the recorder converts whatever arrives here.
Pure numpy: no Qt, easy to test.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

TARGET_RATE = 16_000
SILENCE_DBFS = -100.0  # what digital zero reports instead of -inf

SampleType = Literal["int16", "int32", "uint8", "float32"]

_DTYPES: dict[str, tuple[str, float, float]] = {
    # sample type -> (numpy dtype, offset, full scale)
    "int16": ("<i2", 0.0, 32768.0),
    "int32": ("<i4", 0.0, 2147483648.0),
    "uint8": ("u1", 128.0, 128.0),
    "float32": ("<f4", 0.0, 1.0),
}


@dataclass(frozen=True)
class PcmFormat:
    sample_rate: int = TARGET_RATE
    channels: int = 1
    sample_type: SampleType = "int16"

    @property
    def bytes_per_frame(self) -> int:
        return np.dtype(_DTYPES[self.sample_type][0]).itemsize * self.channels

    @property
    def is_target(self) -> bool:
        return self == PcmFormat()


class Converter:
    """Turns byte blocks of one format into 16 kHz mono int16, block after block.

    Keeps the odd trailing bytes of a block and the resampling phase between blocks so
    that the stream is continuous however the device slices it.
    """

    def __init__(self, fmt: PcmFormat) -> None:
        self.format = fmt
        self._leftover = b""
        self._next_pos = 0.0  # resampling: where the next output sample falls in the next block
        self._tail = np.zeros(0, dtype=np.float32)  # the last source sample seen

    def convert(self, data: bytes) -> np.ndarray:
        data = self._leftover + data
        usable = len(data) - len(data) % self.format.bytes_per_frame
        self._leftover = data[usable:]
        if self.format.is_target:
            return np.frombuffer(data[:usable], dtype="<i2").astype(np.int16)
        mono = self._to_mono_float(data[:usable])
        if self.format.sample_rate != TARGET_RATE:
            mono = self._resample(mono)
        return float_to_int16(mono)

    def _to_mono_float(self, data: bytes) -> np.ndarray:
        dtype, offset, scale = _DTYPES[self.format.sample_type]
        samples = (np.frombuffer(data, dtype=dtype).astype(np.float32) - offset) / scale
        mono: np.ndarray = samples.reshape(-1, self.format.channels).mean(axis=1)
        return mono

    def _resample(self, block: np.ndarray) -> np.ndarray:
        """Linear interpolation; plenty for speech recognition and a level meter."""
        if block.size == 0:
            return block
        # the previous block's last sample sits at index -1, so output may fall between blocks
        source = np.concatenate([self._tail, block])
        offset = len(self._tail)
        step = self.format.sample_rate / TARGET_RATE
        positions = np.arange(self._next_pos, len(block) - 1 + 1e-9, step)
        out = np.interp(positions + offset, np.arange(len(source)), source)
        last = positions[-1] + step if len(positions) else self._next_pos
        self._next_pos = float(last) - len(block)
        self._tail = block[-1:]
        resampled: np.ndarray = out.astype(np.float32)
        return resampled


def float_to_int16(samples: np.ndarray) -> np.ndarray:
    return np.clip(np.round(samples * 32767.0), -32768, 32767).astype(np.int16)


def rms_dbfs(frame: np.ndarray) -> float:
    """Root-mean-square loudness of int16 samples, in dB relative to full scale."""
    if frame.size == 0:
        return SILENCE_DBFS
    rms = float(np.sqrt(np.mean(np.square(frame.astype(np.float64))))) / 32768.0
    return max(SILENCE_DBFS, 20.0 * float(np.log10(rms))) if rms > 0 else SILENCE_DBFS


def level_from_dbfs(dbfs: float, floor_dbfs: float = -60.0) -> float:
    """Map dBFS to 0..1 for a meter: `floor_dbfs` and below -> 0, full scale -> 1."""
    return float(min(1.0, max(0.0, (dbfs - floor_dbfs) / -floor_dbfs)))
