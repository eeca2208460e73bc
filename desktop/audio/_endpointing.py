"""When has the candidate started, and finished, speaking? Energy against a noise floor.

Hands-free answering stops the recording after `silence_stop_s` of silence following
speech. Interviews have long thinking pauses (longer in technical stages), so the
caller sets that per stage, and we never stop before any speech was heard unless
`max_wait_s` passes. Every duration is counted in samples, not wall time: the same
logic runs on a live microphone and on a WAV fed faster than real time in tests.

The noise floor is a low percentile of recent frame loudness: speech has gaps between
words, so the floor follows the room (a fan switching on) even while someone talks.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Literal

import numpy as np

from desktop.audio._pcm import TARGET_RATE, rms_dbfs

StopReason = Literal[
    "user", "cancel", "silence", "no_speech", "max_duration", "error", "end_of_input"
]


@dataclass(frozen=True)
class Endpointing:
    """How a recording turn ends. `silence_stop_s=None` means push-to-talk."""

    silence_stop_s: float | None = None
    max_wait_s: float = 30.0  # hands-free: give up when nobody spoke by then
    max_duration_s: float = 600.0  # any mode: a forgotten recording ends eventually
    speech_margin_db: float = 12.0  # speech is this much louder than the noise floor...
    min_speech_dbfs: float = -50.0  # ...and never quieter than this
    max_threshold_dbfs: float = -28.0  # anything louder is speech, however noisy the room
    onset_ms: int = 120  # this much continuous voice before we believe speech began
    frame_ms: int = 30
    floor_window_s: float = 5.0
    floor_percentile: float = 10.0

    @property
    def hands_free(self) -> bool:
        return self.silence_stop_s is not None


@dataclass(frozen=True)
class FrameVerdict:
    dbfs: float
    voiced: bool
    speech_started: bool  # True on the one frame where onset was confirmed
    stop: StopReason | None


class Endpointer:
    """Feed it consecutive frames of `frame_samples` int16 samples; it says when to stop."""

    def __init__(self, config: Endpointing, sample_rate: int = TARGET_RATE) -> None:
        self.config = config
        self.sample_rate = sample_rate
        self.frame_samples = sample_rate * config.frame_ms // 1000
        window = max(1, int(config.floor_window_s * 1000 / config.frame_ms))
        self._history: deque[float] = deque(maxlen=window)
        self._onset_frames = max(1, config.onset_ms // config.frame_ms)
        self.samples_seen = 0
        self.heard_speech = False
        self.trailing_silence = 0  # samples since the last run of voice
        self._voiced_run = 0

    @property
    def noise_floor_dbfs(self) -> float:
        if not self._history:
            return self.config.min_speech_dbfs - self.config.speech_margin_db
        return float(
            np.percentile(
                np.fromiter(self._history, dtype=np.float64), self.config.floor_percentile
            )
        )

    @property
    def threshold_dbfs(self) -> float:
        raw = self.noise_floor_dbfs + self.config.speech_margin_db
        return min(self.config.max_threshold_dbfs, max(self.config.min_speech_dbfs, raw))

    def push(self, frame: np.ndarray) -> FrameVerdict:
        dbfs = rms_dbfs(frame)
        voiced = dbfs >= self.threshold_dbfs
        self._history.append(dbfs)
        self.samples_seen += len(frame)
        started = self._track_voice(voiced, len(frame))
        return FrameVerdict(dbfs, voiced, started, self._stop_reason())

    def _track_voice(self, voiced: bool, samples: int) -> bool:
        self._voiced_run = self._voiced_run + 1 if voiced else 0
        self.trailing_silence += samples
        if self._voiced_run < self._onset_frames:
            return False
        self.trailing_silence = 0
        if self.heard_speech:
            return False
        self.heard_speech = True
        return True

    def _stop_reason(self) -> StopReason | None:
        cfg = self.config
        if self.samples_seen >= cfg.max_duration_s * self.sample_rate:
            return "max_duration"
        if cfg.silence_stop_s is None:
            return None
        if self.heard_speech:
            enough = self.trailing_silence >= cfg.silence_stop_s * self.sample_rate
            return "silence" if enough else None
        return "no_speech" if self.samples_seen >= cfg.max_wait_s * self.sample_rate else None


# Technical answers come with thinking pauses; a self-introduction flows. Stage names
# are knowledge.STAGES (kept as text here: this module needs nothing from knowledge).
_STAGE_PAUSE_FACTOR = {"self_intro": 1.0, "project": 1.6, "fundamentals": 1.8, "behavioral": 1.2}


def silence_stop_for_stage(stage: str, base_s: float) -> float:
    """The hands-free pause that ends an answer in `stage`, from the user's setting
    (`VoiceSettings.silence_stop_s`); unknown stages get the setting unchanged."""
    return round(base_s * _STAGE_PAUSE_FACTOR.get(stage, 1.0), 2)
