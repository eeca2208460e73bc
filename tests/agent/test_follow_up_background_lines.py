"""A note-taker's "背景" / "Background" line heads everything jotted under it: the
candidate's part and the result written there are asked as what they are, not as the
project's situation ("你负责检索模块和离线评测，这个问题当时具体是什么情况？")."""

from __future__ import annotations

import re

import pytest

from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import Point
from agent.state import InterviewOptions

_AS_BACKGROUND = re.compile(r"具体是什么情况|为什么要解决|the background|why did it need", re.I)


def _ask(text: str, context: str, language: str, seq: int = 0) -> str:
    about = FollowUp(Point(text=text, context=context), [], "project", "")
    return offline_follow_up(about, InterviewOptions(language=language), seq=seq)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "text", "context"),
    [
        ("zh", "我负责检索模块和离线评测", "背景"),
        ("zh", "召回率从65%提到88%", "背景"),
        ("en", "I owned the retrieval module and the offline evaluation", "Background"),
        ("en", "Recall went from 65% to 88%", "Background"),
    ],
)
def test_a_part_or_a_result_under_a_background_line_is_not_asked_as_the_situation(
    language: str, text: str, context: str
) -> None:
    for seq in range(3):
        assert not _AS_BACKGROUND.search(_ask(text, context, language, seq))


@pytest.mark.parametrize(
    ("language", "text", "context"),
    [
        ("zh", "客服工单很多 人工回复很慢", "背景"),
        ("zh", "原来的检索召回率只有65%", "背景"),
        ("en", "Thousands of support tickets a day and slow human replies", "Background"),
    ],
)
def test_the_situation_under_a_background_line_still_is(
    language: str, text: str, context: str
) -> None:
    assert _AS_BACKGROUND.search(_ask(text, context, language))
