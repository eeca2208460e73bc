"""What `Interviewer.run` yields to the CLI and the GUI (pydantic, discriminated by `type`)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from agent._models import TurnScore
from agent._turn import Turn
from agent.report import Report
from knowledge import Stage


class QuestionDelta(BaseModel):
    """A piece of the question being written; append `text` to what came before."""

    type: Literal["question_delta"] = "question_delta"
    turn_id: str
    text: str


class QuestionAsked(BaseModel):
    """The whole question. Its `text` is authoritative: show it in place of the deltas."""

    type: Literal["question_asked"] = "question_asked"
    turn_id: str
    stage: Stage
    topic: str
    text: str
    is_follow_up: bool = False

    @classmethod
    def of(cls, turn: Turn) -> QuestionAsked:
        return cls(
            turn_id=turn.turn_id,
            stage=turn.stage,
            topic=turn.topic,
            text=turn.question,
            is_follow_up=turn.is_follow_up,
        )


class AwaitingAnswer(BaseModel):
    type: Literal["awaiting_answer"] = "awaiting_answer"
    turn_id: str


class ScoreReady(BaseModel):
    """A turn's score arrived. `visible` is False in mock mode (feedback only in the report)."""

    type: Literal["score_ready"] = "score_ready"
    turn_id: str
    score: TurnScore
    visible: bool


class StageChanged(BaseModel):
    type: Literal["stage_changed"] = "stage_changed"
    stage: Stage


class Finished(BaseModel):
    type: Literal["finished"] = "finished"
    report: Report


InterviewEvent = Annotated[
    QuestionDelta | QuestionAsked | AwaitingAnswer | ScoreReady | StageChanged | Finished,
    Field(discriminator="type"),
]
