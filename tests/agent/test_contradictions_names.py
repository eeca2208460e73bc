"""Right answers that only looked contradicted: both sides deny, a name with 不 in it, a
label, a condition, a denied noun phrase; and the wrong claim beside each still caught."""

from __future__ import annotations

from agent._coverage import measure
from agent.keypoints import Point


def _status(point: Point, answer: str, question: str) -> str:
    return measure([point], answer, question).statuses[0]


def test_a_digit_zero_says_none_as_a_negation_does():
    point = Point(text="第 3 周开始独立值班，月结 0 差错")
    question = "你是怎么上手一个陌生系统的？"
    assert _status(point, "第三周我开始独立值班，月结没出过差错。", question) != "contradicted"


def test_a_numbered_item_is_out_of_the_reach_of_the_negation_before_it():
    point = Point(text="发现调试任务占着 GPU 不释放 ② 加了空闲检测，超时自动回收")
    question = "说说你做的 GPU 调度项目？"
    answer = "我加了一个空闲检测，超时就自动回收 GPU。"
    assert _status(point, answer, question) != "contradicted"


def test_a_denial_after_the_words_agrees_with_one_before_them():
    point = Point(text="false positives yes, false negatives never")
    question = "How does a Bloom filter work?"
    answer = "It can give false positives when bits collide, but never false negatives."
    assert _status(point, answer, question) != "contradicted"
    wrong = "It gives false positives, and false negatives happen too when bits collide."
    assert _status(Point(text="false negatives never happen"), wrong, question) == "contradicted"
