"""A STAR part's label ("行动：", "Action:") is no name for the work under it.

Read in an offline interview of a forum page's STAR write-up: the point "行动：用 MMoE 共享底层，
分出点击、完播、时长三个塔" was asked as "还有行动这一块，能补充一下你具体做了什么吗？". The
write-ups below are written for this test.
"""

from __future__ import annotations

import pytest

from agent import InterviewOptions
from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import key_points

ZH = """情境：原排序模型只优化点击，完播率一直在降。
任务：我负责把单目标排序改成多目标。
行动：用 MMoE 共享底层，分出点击、完播、时长三个塔。"""
EN = """Situation: the ranker optimised clicks only and watch time kept falling.
Task: I had to move it to several objectives.
Action: shared MMoE experts under three towers for clicks, completion and watch time."""


@pytest.mark.parametrize(("language", "notes", "label"), [("zh", ZH, "行动"), ("en", EN, "Action")])
def test_a_star_part_is_asked_about_by_what_was_done_not_by_its_label(
    language: str, notes: str, label: str
) -> None:
    point = next(p for p in key_points(notes) if "MMoE" in p.text)
    said = "这个主要看场景。" if language == "zh" else "It depends on the situation."
    about = FollowUp(point, [], "project", said, said, "Tell me about the ranking project.")
    for seq in (1, 2, 3):
        text = offline_follow_up(about, InterviewOptions(language=language), seq)  # type: ignore[arg-type]
        assert f"{label}这" not in text and f"{label}:" not in text, text
        assert f"about {label.lower()}" not in text.lower() and "MMoE" in text, text
