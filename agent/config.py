"""Configuration handed to the agent package by the shell."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel


class LLMConfig(BaseModel):
    base_url: str | None = None  # None -> offline mode
    model: str = "gpt-4o-mini"
    api_key: str | None = None
    timeout_s: float = 60.0
    max_retries: int = 3
    temperature: float = 0.4


class AgentConfig(BaseModel):
    sessions_db: Path  # <MIANBA_HOME>/sessions.sqlite
    llm: LLMConfig = LLMConfig()
    language: Literal["zh", "en"] = "zh"
    style: Literal["friendly", "neutral", "pressure"] = "neutral"
    max_follow_ups: int = 2
