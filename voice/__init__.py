"""Speech: model location, transcription (batch + incremental), VAD, delivery metrics."""

from voice.config import VoiceConfig

__all__ = ["VoiceConfig"]
