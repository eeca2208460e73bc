"""Helpers shared by the voice tests (imported as a plain module: tests/ has no packages)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

# Characters that differ between scripts: any of these in output means "not simplified"
TRADITIONAL_ONLY = re.compile(r"[們這個體與會為說時對來過還點發現麼學將們當應關經實門頭問題開]")


def load_16k(path: Path) -> np.ndarray:
    from faster_whisper.audio import decode_audio

    return np.asarray(decode_audio(str(path)), dtype=np.float32)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * 16000), dtype=np.float32)
