"""Timed pieces of a transcript, shared by every backend and by the metrics."""

from __future__ import annotations

from pydantic import BaseModel, Field

Span = tuple[float, float]  # (start, end) in seconds, e.g. a stretch of speech the VAD heard


class Word(BaseModel):
    start: float
    end: float
    text: str


class Segment(BaseModel):
    start: float  # seconds from the start of the audio
    end: float
    text: str
    words: list[Word] = Field(default_factory=list)  # empty when the backend gives none
