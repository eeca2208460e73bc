"""Speech-like test audio for the desktop tests: espeak-ng phrases, or a voiced buzz."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import soundfile as sf

RATE = 16_000


def espeak_phrase(text: str, voice: str, workdir: Path) -> np.ndarray | None:
    """A phrase said by espeak-ng, 16 kHz mono int16, its silence trimmed; None without
    espeak-ng or sox."""
    if not (shutil.which("espeak-ng") and shutil.which("sox")):
        return None
    raw, resampled = workdir / f"{voice}-raw.wav", workdir / f"{voice}-16k.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", "165", "-w", str(raw), text], check=True)
    subprocess.run(
        ["sox", str(raw), "-r", str(RATE), "-c", "1", "-b", "16", str(resampled)], check=True
    )
    samples, rate = sf.read(str(resampled), dtype="int16")
    assert rate == RATE
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > 300)
    return samples[loud[0] : loud[-1] + 1]  # trim espeak's own silence: we place the pauses


def synthetic_phrase(seconds: float, seed: int) -> np.ndarray:
    """Voiced buzz (150 Hz + harmonics) in syllable-like bursts, ~-20 dBFS."""
    t = np.arange(int(seconds * RATE)) / RATE
    voice = sum(np.sin(2 * np.pi * 150 * k * t) / k for k in range(1, 6))
    syllables = 0.6 + 0.4 * np.sin(2 * np.pi * 4 * t + seed)
    return (voice * syllables * 0.12 * 32767 / 1.5).astype(np.int16)
