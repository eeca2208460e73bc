"""One turn of an interview, the only model of it: asked, answered, measured, scored.

The session store (agent.store) is its only home. The graph keeps the turns' ids and
its position in the plan; scoring, reports, exports and the views read `Turn`s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field

from agent._models import Answer, TurnScore
from agent.keypoints import Point
from knowledge import Citation, Stage


class Reference(Protocol):
    """What an answer is scored against: the notes' text, the question it answers there,
    and where it is. A knowledge.Question found in the notes is one; so is a turn's own."""

    @property
    def question(self) -> str: ...
    @property
    def answer(self) -> str: ...  # the notes' text
    @property
    def citation(self) -> Citation: ...


@dataclass(frozen=True)
class NotesText:
    """A turn's reference: a bank answer, a project write-up, or the probed key point."""

    question: str
    answer: str
    citation: Citation


class Turn(BaseModel):
    """One question and everything that became of it, filled in as the interview goes.
    Frozen: the store hands the same parsed turn to every reader of an unchanged row."""

    model_config = ConfigDict(frozen=True)

    # asked (the ask node)
    turn_id: str
    seq: int
    stage: Stage
    topic: str
    topic_index: int = 0  # the planned topic within its stage
    question: str
    is_follow_up: bool = False
    probe: str | None = None  # for a follow-up: the missed key point it asks about
    source_id: str | None = None  # the bank question's or project's id
    citation: Citation | None = None  # where the reference is in the notes
    reference: str = ""  # the notes' text this answer is measured on ("" when none)
    key_points: list[Point] = Field(default_factory=list)  # of `reference`, computed once
    asked_at: float | None = None
    # answered (await_answer) and measured (assess)
    answer: Answer | None = None
    answered_at: float | None = None
    coverage: float | None = None  # the quick key-point coverage used to decide, 0..1
    missed: list[str] = Field(default_factory=list)  # labels of key points not covered
    # scored (in the background)
    score: TurnScore | None = None
    scored_at: float | None = None
    timings: dict[str, float] = Field(default_factory=dict)  # seconds: question_s, score_s
    usage: dict[str, Any] = Field(default_factory=dict)  # LLM tokens spent on this turn

    @property
    def answer_text(self) -> str:
        return self.answer.text if self.answer else ""

    @property
    def metrics(self) -> dict[str, Any]:
        """The spoken answer's DeliveryMetrics, dumped ({} for a typed answer)."""
        return self.answer.metrics if self.answer else {}

    def reference_text(self) -> NotesText | None:
        """What this turn is measured on in the notes (None: the scorer looks it up)."""
        if self.citation is None or not self.reference:
            return None
        return NotesText(question=self.question, answer=self.reference, citation=self.citation)
