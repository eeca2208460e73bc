"""Configuration handed to the voice package by the shell."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel


class VoiceConfig(BaseModel):
    models_dir: Path  # <MIANBA_HOME>/models: the joined Whisper model is cached here
    backend: Literal["local", "openai"] = "local"
    model: str = "base"  # tiny/base/small/medium/large-v3/large-v3-turbo or a CTranslate2 folder
    language: Literal["zh", "en", "auto"] = "zh"
    script: Literal["simplified", "traditional"] = "simplified"
    cpu_threads: int = 2
    # remote /v1/audio/transcriptions
    base_url: str | None = None
    api_key: str | None = None
    remote_model: str = "whisper-1"
    timeout_s: float = 60.0
