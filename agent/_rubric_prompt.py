"""The rubric request: the stage's dimensions, the numbered key points, the notes and the
answer, each piece of the candidate's text set off as data (agent.prompts.escape_data)."""

from __future__ import annotations

from collections.abc import Sequence

from agent import _rubric
from agent._turn import Reference
from agent.keypoints import Point
from agent.prompts import STAGE_NAMES, escape_data
from agent.prompts import scoring as prompts
from knowledge import Stage


def rubric_messages(
    question: str,
    answer: str,
    stage: Stage,
    references: Sequence[Reference],
    points: Sequence[Point],
    language: str,
) -> list[dict[str, str]]:
    """The system and user messages asking the model to score one answer."""
    line = prompts.DIMENSION_LINE.said_in(language)
    dimension_lines = "\n".join(
        line.format(
            name=d.name, label=d.label.said_in(language), meaning=d.meaning.said_in(language)
        )
        for d in _rubric.dimensions(stage)
    )
    key_points = "\n".join(f"{i}. {escape_data(p.label)}" for i, p in enumerate(points, 1))
    first, rest = prompts.NOTE_CHARS
    notes = "\n\n".join(
        f"Q: {escape_data(r.question)}\nA: {escape_data(_clipped(r.answer, rest if i else first))}"
        for i, r in enumerate(references)
    )
    user = prompts.USER.format(
        question=escape_data(question),
        key_points=key_points or prompts.NO_KEY_POINTS.said_in(language),
        notes=notes or prompts.NO_NOTES.said_in(language),
        answer=escape_data(answer),
    )
    system = prompts.SYSTEM.said_in(language).format(
        stage=STAGE_NAMES[stage].said_in(language), dimension_lines=dimension_lines
    )
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def _clipped(text: str, limit: int) -> str:
    text = text.strip()
    return text if len(text) <= limit else text[:limit].rstrip() + "…"
