"""The interviewer's domain data shared by scoring, the graph, the store and the views."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from knowledge import Citation

KeyPointStatus = Literal["hit", "partly", "missed", "contradicted"]
ScoreStatus = Literal["llm", "offline_estimate", "guarded", "failed"]


class Answer(BaseModel):
    """What the candidate said or typed for one question."""

    text: str
    source: Literal["typed", "voice"] = "typed"
    audio_path: str | None = None
    metrics: dict[str, Any] = Field(default_factory=dict)  # voice.metrics.DeliveryMetrics dumped
    seconds: float | None = None  # time from question shown to answer submitted


class DimensionScore(BaseModel):
    name: str
    score: int = Field(ge=1, le=5)
    reason: str
    evidence: str = ""  # a quote from the answer


class KeyPoint(BaseModel):
    point: str
    status: KeyPointStatus
    citation: Citation | None = None


class TurnScore(BaseModel):
    """The score of one answer. `overall` (0-100) is always computed by code."""

    status: ScoreStatus
    overall: float | None = None  # None when status == "failed"
    dimensions: list[DimensionScore] = Field(default_factory=list)
    key_points: list[KeyPoint] = Field(default_factory=list)
    improved_answer: str = ""
    summary: str = ""  # one line: why this score (guards say what was wrong here)
    references: list[Citation] = Field(default_factory=list)
    error: str | None = None  # set when status == "failed"
    # the guard that set a "guarded" score ("not_understood": a question back, no answer)
    guard: str | None = None
