"""Asking the offline follow-up on one point, as the notes cut it."""

from __future__ import annotations

from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import Point
from agent.state import InterviewOptions


def ask(text: str, stage: str, language: str, seq: int = 0, hits: tuple[str, ...] = ()) -> str:
    """The follow-up probing a point with exactly this text (as the notes cut it)."""
    about = FollowUp(Point(text=text), [Point(text=h) for h in hits], stage, "")  # type: ignore[arg-type]
    return offline_follow_up(about, InterviewOptions(language=language), seq=seq)  # type: ignore[arg-type]
