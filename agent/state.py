"""The interview graph's typed state, and the `Literal` names of its nodes and routes.

Every field is a plain last-value channel: nodes return partial updates (see nodes.py)
and lists are replaced whole. The state is checkpointed after every node and holds only
the interview's position: the plan, where in it we are, and the ids of the turns asked.
The turns themselves (question, answer, coverage, score) live in the session store
(agent.store), their only home.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

from agent._models import Answer
from agent.keypoints import Point
from knowledge import STAGES, Citation, Stage

Mode = Literal["practice", "mock"]
Language = Literal["zh", "en"]
Style = Literal["friendly", "neutral", "pressure"]
TopicKind = Literal["bank", "project", "template"]

# Node names, and what the routers may return.
NodeName = Literal["plan", "ask", "await_answer", "assess", "wrap_up"]
RouteAfterAnswer = Literal["assess", "wrap_up"]
RouteAfterAssess = Literal["ask", "wrap_up"]
Decision = Literal["follow_up", "next_topic", "next_stage", "wrap_up"]


class InterviewOptions(BaseModel):
    """What the candidate chose for one interview."""

    mode: Mode = "practice"
    stages: list[Stage] = Field(default_factory=lambda: list(STAGES))
    minutes: int = Field(default=30, ge=5, le=180)
    language: Language = "zh"
    style: Style = "neutral"
    input: Literal["typed", "voice"] = "typed"
    focus_topics: list[str] = Field(default_factory=list)


class PlannedTopic(BaseModel):
    """One main question to ask: from the question bank, a project, or a template."""

    stage: Stage
    topic: str  # shown to the candidate and used to find weak topics later
    kind: TopicKind
    source_id: str | None = None  # Question.id or Project.id
    seed: str  # the bank question, the project name, or the template question
    reference: str = ""  # reference answer / project write-up, for the coverage check
    citation: Citation | None = None
    key_points: list[Point] = Field(default_factory=list)  # of `reference`, computed once


class StagePlan(BaseModel):
    stage: Stage
    budget: int  # questions in this stage, follow-ups included
    topics: list[PlannedTopic] = Field(default_factory=list)


class InterviewState(BaseModel):
    session_id: str = ""
    options: InterviewOptions = Field(default_factory=InterviewOptions)
    plan: list[StagePlan] = Field(default_factory=list)
    time_budget_s: float = 0.0
    time_used_s: float = 0.0
    stage_index: int = 0
    topic_index: int = 0
    asked_in_stage: int = 0
    follow_ups_on_topic: int = 0
    probe: str | None = None  # the missed key point the next question follows up on
    turns: list[str] = Field(default_factory=list)  # ids of the turns asked, in order
    decision: Decision | None = None  # what assess decided after the last answer
    end_requested: bool = False
    finished: bool = False

    @field_validator("turns", mode="before")
    @classmethod
    def _ids_of_legacy_turns(cls, value: Any) -> Any:
        """Checkpoints written before turns moved to the store hold whole turns (as dicts)."""
        if isinstance(value, list):
            return [t.get("turn_id") if isinstance(t, dict) else t for t in value]
        return value


STATE_TYPES: tuple[type[BaseModel], ...] = (
    InterviewOptions,
    PlannedTopic,
    StagePlan,
    InterviewState,
    Answer,
    Citation,
    Point,
)
"""Types the checkpoint serializer may rebuild (LangGraph warns on unlisted classes)."""

LEGACY_STATE_TYPES: tuple[tuple[str, str], ...] = (("agent.state", "Turn"),)
"""Classes of older checkpoints that are gone: read back as plain dicts, without a warning."""
