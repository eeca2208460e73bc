"""A figure's change told the other way round in plain words (agent._turned_figures)."""

from __future__ import annotations

from agent._turned_figures import turned_figures
from agent.keypoints import Point

WAKE = [Point(text="唤醒词 + 远场声学模型；误唤醒 2 次/天 → 0.3 次/天")]


def test_the_notes_end_said_first_then_a_rise_to_their_start_contradicts():
    wrong = "音箱的误唤醒我接手的时候是一天零点三次，后来涨到了两次多。"
    assert turned_figures(WAKE, [wrong]) == [(0, (0, wrong))]


def test_the_change_told_in_the_notes_order_or_restated_end_first_is_right():
    assert turned_figures(WAKE, ["我把误唤醒从一天两次左右压到了零点三次。"]) == []
    assert turned_figures(WAKE, ["误唤醒降到了零点三次，原来是两次。"]) == []
    assert turned_figures(WAKE, ["误唤醒是零点三次，两次是别的组的数。"]) == []  # no change word


def test_english_figures_with_units_turned_round():
    latency = [Point(text="p99 latency 180 ms -> 70 ms after the cache")]
    wrong = "p99 latency was 70 ms and went up to 180 ms after the cache."
    assert turned_figures(latency, [wrong]) != []
    assert turned_figures(latency, ["p99 latency went down to 70 ms from 180 ms."]) == []
