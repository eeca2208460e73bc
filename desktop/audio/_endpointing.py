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

_PAUSE_STRETCH = 1.3  # a speaker who paused 3 s and went on gets 3.9 s before the stop

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
    resume_ms: int = 60  # once speech began, this much voice means the speaker goes on
    speaker_margin_db: float = 20.0  # after speech began: voice is within this of its level
    floor_margin_db: float = 6.0  # ...but always this much above the room
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
        self._resume_frames = max(1, config.resume_ms // config.frame_ms)
        self._voiced_levels: deque[float] = deque(maxlen=window)
        self.samples_seen = 0
        self.heard_speech = False
        self.trailing_silence = 0  # samples since the last run of voice
        self._voiced_run = 0
        self.longest_pause = 0  # samples: the longest pause this speaker came back from

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
    def speech_level_dbfs(self) -> float | None:
        """How loud this speaker is (the loud end of their voiced frames), once heard."""
        if not self._voiced_levels:
            return None
        return float(np.percentile(np.fromiter(self._voiced_levels, dtype=np.float64), 90))

    @property
    def threshold_dbfs(self) -> float:
        cfg = self.config
        floor = self.noise_floor_dbfs
        fixed = min(cfg.max_threshold_dbfs, max(cfg.min_speech_dbfs, floor + cfg.speech_margin_db))
        level = self.speech_level_dbfs
        if not self.heard_speech or level is None:
            return fixed
        # A quiet speaker's soft syllables are still speech: judge them by their own level.
        return max(floor + cfg.floor_margin_db, min(fixed, level - cfg.speaker_margin_db))

    @property
    def silence_left_s(self) -> float | None:
        """Hands-free, after speech: seconds of silence left before the recording stops."""
        if self.config.silence_stop_s is None or not self.heard_speech:
            return None
        return max(0.0, self.stop_after_s - self.trailing_silence / self.sample_rate)

    @property
    def stop_after_s(self) -> float:
        """The pause that ends the answer: the setting, longer for a speaker who already
        came back from long pauses (at most twice the setting)."""
        base = self.config.silence_stop_s or 0.0
        longest = self.longest_pause / self.sample_rate
        return min(2 * base, max(base, longest * _PAUSE_STRETCH))

    def push(self, frame: np.ndarray) -> FrameVerdict:
        dbfs = rms_dbfs(frame)
        voiced = dbfs >= self.threshold_dbfs
        self._history.append(dbfs)
        if voiced:
            self._voiced_levels.append(dbfs)
        self.samples_seen += len(frame)
        started = self._track_voice(voiced, len(frame))
        return FrameVerdict(dbfs, voiced, started, self._stop_reason())

    def _track_voice(self, voiced: bool, samples: int) -> bool:
        self._voiced_run = self._voiced_run + 1 if voiced else 0
        self.trailing_silence += samples
        needed = self._resume_frames if self.heard_speech else self._onset_frames
        if self._voiced_run < needed:
            return False
        if self.heard_speech:
            pause = self.trailing_silence - self._voiced_run * samples
            self.longest_pause = max(self.longest_pause, pause)
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
            enough = self.trailing_silence >= self.stop_after_s * self.sample_rate
            return "silence" if enough else None
        return "no_speech" if self.samples_seen >= cfg.max_wait_s * self.sample_rate else None


# Technical answers come with thinking pauses; a self-introduction flows. Stage names
# are knowledge.STAGES (kept as text here: this module needs nothing from knowledge).
_STAGE_PAUSE_FACTOR = {"self_intro": 1.0, "project": 1.6, "fundamentals": 1.8, "behavioral": 1.2}
DEFAULT_SILENCE_STOP_S = 3.0  # VoiceSettings.silence_stop_s; a stage factor stretches it


def silence_stop_for_stage(stage: str, base_s: float) -> float:
    """The hands-free pause that ends an answer in `stage`, from the user's setting
    (`VoiceSettings.silence_stop_s`); unknown stages get the setting unchanged."""
    return round(base_s * _STAGE_PAUSE_FACTOR.get(stage, 1.0), 2)
