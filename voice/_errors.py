"""The exceptions the voice package raises; every message is written for a person."""

from __future__ import annotations


class VoiceError(Exception):
    """Base class: something in speech handling went wrong; str(exc) says what to do."""


class AudioError(VoiceError):
    """The audio cannot be transcribed (silent, too short, corrupt, unsupported...)."""


class ModelUnavailableError(VoiceError):
    """The requested speech model cannot be prepared; the current model stays in use."""


class TranscriptionError(VoiceError):
    """The backend failed (remote endpoint down, refused, malformed reply...)."""
