"""A write-up's goal and its background are asked as what they are: "Tell me more about this:
raise clause recall without slowing search, in one quarter. What did you do…" asked a goal
what the candidate did in it, and "关于客服每天收到 3 千条投诉，当时你具体负责什么" the
situation before the work."""

from __future__ import annotations

import re

import pytest
from follow_up_fixtures import ask

from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import key_points
from agent.state import InterviewOptions

# written for this test, in the shapes of this round's notes
WRITE_UPS = {
    "en": "**Situation:** Riders waited 20 minutes for a match at peak hours.\n\n"
    "**Task:** Cut the peak-hour wait below 8 minutes before the summer season.\n\n"
    "**Action:**\n1. Rebuilt the matcher as a batched assignment every 30 seconds.",
    "zh": "背景：骑手高峰期平均要等 20 分钟才能接单。\n"
    "目标：旺季前把高峰等待压到 8 分钟以内。\n"
    "做法：把派单改成每 30 秒一次的批量匹配。",
}
OWN_WORK = re.compile(r"your part|what did you do|负责什么|做了什么", re.IGNORECASE)


def _asked(language: str, starts: str, seq: int) -> str:
    points = key_points(WRITE_UPS[language], 99)
    probe = next(p for p in points if starts in p.text)
    about = FollowUp(probe, [], "project", "")
    return offline_follow_up(about, InterviewOptions(language=language), seq=seq)  # type: ignore[arg-type]


@pytest.mark.parametrize(("language", "starts"), [("en", "Cut the peak"), ("zh", "旺季前")])
@pytest.mark.parametrize("seq", range(2))
def test_a_goal_is_asked_where_it_came_from_not_what_was_done_in_it(
    language: str, starts: str, seq: int
) -> None:
    text = _asked(language, starts, seq)
    assert re.search(r"goal|目标", text) and not OWN_WORK.search(text), text


@pytest.mark.parametrize(("language", "starts"), [("en", "Riders waited"), ("zh", "骑手高峰期")])
@pytest.mark.parametrize("seq", range(2))
def test_a_situation_labelled_as_such_is_asked_as_the_background(
    language: str, starts: str, seq: int
) -> None:
    text = _asked(language, starts, seq)
    assert not OWN_WORK.search(text), text


@pytest.mark.parametrize("seq", range(2))
def test_a_goal_said_in_a_sentence_is_a_goal(seq: int) -> None:
    text = ask("我们的目标是三个月内把召回率提到 90%", "project", "zh", seq)
    assert "目标" in text and not OWN_WORK.search(text), text


@pytest.mark.parametrize(
    ("language", "point"),
    [
        ("zh", "先按规则和 SimHash 去重，把评论从 30 万条筛到 18 万条"),
        ("en", "SimHash deduplication cut the reviews from 300k samples to 180k samples"),
    ],
)
@pytest.mark.parametrize("seq", range(2))
def test_data_counted_down_by_a_step_is_no_result_to_measure(
    language: str, point: str, seq: int
) -> None:
    # "先用规则和去重把数据从 12 万条筛到 8 万条，是怎么测出来的？主要是什么带来的？" (m2 notes)
    text = ask(point, "project", language, seq)
    assert not re.search(r"测出来|怎么衡量|how was it measured|what drove it", text), text
