"""A grader of known skill for the grader check's tests: the scripted server's replies
as a grader that reads answers well would give them (agent._grader_exam's answers)."""

from __future__ import annotations

from collections.abc import Callable

from scoring_fixtures import rubric_reply
from scripted_server import RecordedRequest

from agent._grader_exam import ExamQuestion, exam
from agent.grader_check import KINDS
from agent.keypoints import key_points

# what a careful grader makes of each kind of answer: key-point mark, dimension score
CAREFUL = {"strong": ("hit", 5), "partial": ("partly", 3), "wrong": ("contradicted", 1)}
CAREFUL_OFF = ("missed", 1)


def asked(request: RecordedRequest, language: str) -> tuple[ExamQuestion, str]:
    """The exam question and kind of answer a rubric request is about."""
    for item in exam(language):
        for kind in KINDS:
            if getattr(item, kind) in request.user_text:
                return item, kind
    raise AssertionError("not an exam answer")


def careful_grader(language: str) -> Callable[[RecordedRequest], str]:
    """Replies as a grader that reads answers well would."""

    def reply(request: RecordedRequest) -> str:
        item, kind = asked(request, language)
        mark, score = CAREFUL.get(kind, CAREFUL_OFF)
        return rubric_reply(item.stage, len(key_points(item.notes, 8)), score, status=mark)

    return reply
