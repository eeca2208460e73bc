"""The interview graph's typed state, and the `Literal` names of its nodes and routes.

Every field is a plain last-value channel: nodes return partial updates (see nodes.py)
and lists are replaced whole. The state is checkpointed after every node, so it only
holds what is needed to continue exactly where a session stopped; scores live in the
session store because they arrive later, from a background thread.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

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


class Turn(BaseModel):
    """One question and (once given) its answer, as the graph sees it."""

    turn_id: str
    seq: int
    stage: Stage
    topic: str
    topic_index: int
    question: str
    is_follow_up: bool = False
    probe: str | None = None  # for a follow-up: the missed key point it asks about
    source_id: str | None = None
    answer: Answer | None = None
    coverage: float | None = None  # the quick key-point coverage used to decide, 0..1
    missed: list[str] = Field(default_factory=list)  # labels of key points not covered
    key_points: list[Point] = Field(default_factory=list)  # what this answer is measured on


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
    turns: list[Turn] = Field(default_factory=list)
    decision: Decision | None = None  # what assess decided after the last answer
    end_requested: bool = False
    finished: bool = False


STATE_TYPES: tuple[type[BaseModel], ...] = (
    InterviewOptions,
    PlannedTopic,
    StagePlan,
    Turn,
    InterviewState,
    Answer,
    Citation,
    Point,
)
"""Types the checkpoint serializer may rebuild (LangGraph warns on unlisted classes)."""
