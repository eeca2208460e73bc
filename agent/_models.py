"""The interviewer's domain data shared by scoring, the graph, the store and the views."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from knowledge import Citation

KeyPointStatus = Literal["hit", "partly", "missed", "contradicted"]
ScoreStatus = Literal["llm", "offline_estimate", "guarded", "failed"]
# "file": spoken, but recorded elsewhere (a phone) and transcribed from the file
AnswerSource = Literal["typed", "voice", "file"]
# delivery figures that time a live take from the moment the recording opened
LIVE_ONLY_METRICS = ("time_to_first_word_s",)


class Answer(BaseModel):
    """What the candidate said or typed for one question."""

    text: str
    source: AnswerSource = "typed"
    audio_path: str | None = None
    metrics: dict[str, Any] = Field(default_factory=dict)  # voice.metrics.DeliveryMetrics dumped
    seconds: float | None = None  # time from question shown to answer submitted

    @model_validator(mode="after")
    def _no_live_figures_for_a_file(self) -> Answer:
        """A file's time to the first word timed the recording's lead-in (a phone started
        before the candidate spoke), not the candidate: it is not kept."""
        if self.source == "file" and any(k in self.metrics for k in LIVE_ONLY_METRICS):
            self.metrics = {k: v for k, v in self.metrics.items() if k not in LIVE_ONLY_METRICS}
        return self


class DimensionScore(BaseModel):
    name: str
    score: int = Field(ge=1, le=5)
    reason: str
    evidence: str = ""  # a quote from the answer


class KeyPoint(BaseModel):
    point: str
    status: KeyPointStatus
    citation: Citation | None = None
    said: str = ""  # the answer's words the status was read from, verbatim ("" for none)


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
