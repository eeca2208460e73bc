"""A point that is the candidate's role is asked what the role held, as their role: not
"how you owned the pipeline" (owning is no deed done some way), and a role the notes file
under "我的职责" is one even when its line starts with the verb ("负责改写模型训练")."""

from __future__ import annotations

import re

import pytest

from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import Point
from agent.state import InterviewOptions

_ROLE_ASK = re.compile(
    r"哪些决定是你做的|挑一件你具体做的事|最难的一个决定|which decisions|one thing|call you"
)


def _ask(point: Point, language: str, seq: int) -> str:
    about = FollowUp(point, [], "project", "")
    return offline_follow_up(about, InterviewOptions(language=language), seq)  # type: ignore[arg-type]


@pytest.mark.parametrize("seq", [0, 1, 2])
def test_a_role_filed_under_its_section_is_asked_as_a_role(seq: int) -> None:
    # written for this test
    text = _ask(Point(text="负责改写模型训练 + 线上 AB", context="我的职责"), "zh", seq)
    assert _ROLE_ASK.search(text) and text.startswith("你负责改写模型训练"), text


@pytest.mark.parametrize("seq", [0, 1, 2])
def test_an_owned_part_is_said_as_the_candidates_not_as_a_way(seq: int) -> None:
    text = _ask(Point(text="I owned the rewrite model training and the online A/B test"), "en", seq)
    assert "you owned the rewrite model training" in text and "how you owned" not in text, text


@pytest.mark.parametrize("seq", [0, 1, 2])
def test_a_role_with_the_list_of_what_it_held_is_asked_by_the_part_owned(seq: int) -> None:
    """Read in the demo interview: "数据切分、混合检索、重排、评测集建设，具体包括哪些工作？"
    after an answer that said none of them - the list read out is the answer asked for."""
    point = Point(text="我负责检索链路和评测：数据切分、混合检索、重排、评测集建设")
    text = _ask(point, "zh", seq)
    assert text.startswith("你负责检索链路和评测") and _ROLE_ASK.search(text), text
    assert "混合检索" not in text and "评测集建设" not in text, text


@pytest.mark.parametrize("seq", [0, 1, 2])
@pytest.mark.parametrize(
    ("language", "turn", "taken"),
    [
        ("zh", "我后来改成用线上点击日志自动构造正负样本对", "点击日志"),
        ("en", "Instead of arguing, I switched the threshold per question type", "per question"),
    ],
)
def test_a_turn_the_teller_took_in_a_story_is_asked_for_not_told(
    language: str, turn: str, taken: str, seq: int
) -> None:
    """Read in the demo interview: "再说说你改成用单元测试的结果构造 chosen/rejected 吧：当时
    你是怎么做的？" told the failure story's way out before asking for it."""
    about = FollowUp(Point(text=turn), [], "behavioral", "")
    text = offline_follow_up(about, InterviewOptions(language=language), seq)  # type: ignore[arg-type]
    assert taken not in text, text
    assert any(w in text for w in ("调整", "做法", "改了", "change", "adjust", "differently")), text
