"""The exceptions the voice package raises; every message is written for a person."""

from __future__ import annotations

from typing import Literal

# What is wrong with the audio, for a caller that words the message itself (the window
# says it in Chinese or English; str(exc) is the English message).
AudioProblem = Literal[
    "missing", "empty", "unreadable", "too_long", "too_short", "silent", "no_speech", "invalid"
]


class VoiceError(Exception):
    """Base class: something in speech handling went wrong; str(exc) says what to do."""


class AudioError(VoiceError):
    """The audio cannot be transcribed (silent, too short, corrupt, unsupported...)."""

    def __init__(
        self, message: str, kind: AudioProblem = "invalid", seconds: float | None = None
    ) -> None:
        super().__init__(message)
        self.kind: AudioProblem = kind
        self.seconds = seconds  # the audio's length, where it is the problem (too_long)


class ModelUnavailableError(VoiceError):
    """The requested speech model cannot be prepared; the current model stays in use."""


class TranscriptionError(VoiceError):
    """The backend failed (remote endpoint down, refused, malformed reply...)."""
