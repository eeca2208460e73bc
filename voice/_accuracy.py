"""Word / character error rate, for tests and benchmarks (not used at run time)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np

_ABBREVIATIONS = {"mr": "mister", "mrs": "missus", "dr": "doctor"}


def normalize_words(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9']+", text.lower())
    return [_ABBREVIATIONS.get(w, w) for w in words]


def normalize_chars(text: str) -> list[str]:
    return [c for c in text if c.isalnum()]


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        current = [i]
        for j, h in enumerate(hyp, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1]


def wer(reference: str, hypothesis: str) -> float:
    ref = normalize_words(reference)
    return edit_distance(ref, normalize_words(hypothesis)) / max(1, len(ref))


def cer(reference: str, hypothesis: str) -> float:
    ref = normalize_chars(reference)
    return edit_distance(ref, normalize_chars(hypothesis)) / max(1, len(ref))


def recall(reference: str, hypothesis: str, language: str) -> float:
    """Share of the reference's characters (zh) or words (other languages) found, in
    order, in the hypothesis (longest common subsequence): what a long recording lost,
    whatever else was misheard."""
    from voice._text import common_subsequence

    split = normalize_chars if language.startswith("zh") else normalize_words
    ref = split(reference)
    return common_subsequence(ref, split(hypothesis)) / max(1, len(ref))


# sox effects: each utterance of a long recording sounds a little different, as a
# speaker's do (Whisper tends to drop an exact repeat of the same audio)
VARIANTS = (
    ("tempo", "1.0"),
    ("tempo", "1.15", "pitch", "200"),
    ("tempo", "0.9"),
    ("pitch", "-150"),
    ("tempo", "1.1", "pitch", "-100"),
    ("tempo", "0.95", "pitch", "120"),
)
PAUSES_S = (0.6, 1.4, 0.8, 2.0, 0.7, 1.1)


def long_recording(
    clips: list[dict[str, Any]], lang: str, seconds: float, work: Path
) -> tuple[np.ndarray, str]:
    """Real clips of `lang` ({"path", "lang", "text"}) in turn, each in the next sox
    variant, with pauses between, until `seconds`; returns (16 kHz audio, what is said)."""
    import subprocess

    from faster_whisper.audio import decode_audio

    chosen = [c for c in clips if c["lang"] == lang]
    parts: list[np.ndarray] = []
    said: list[str] = []
    while sum(p.size for p in parts) < seconds * 16000:
        n = len(said)
        clip, effect = chosen[n % len(chosen)], VARIANTS[n % len(VARIANTS)]
        out = work / f"{lang}_{n}.wav"
        subprocess.run(["sox", "-q", str(clip["path"]), str(out), *effect], check=True)
        pause = np.zeros(int(PAUSES_S[n % len(PAUSES_S)] * 16000), dtype=np.float32)
        parts += [np.asarray(decode_audio(str(out)), dtype=np.float32), pause]
        said.append(clip["text"])
    return np.concatenate(parts), ("" if lang == "zh" else " ").join(said)
