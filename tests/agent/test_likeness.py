"""Likened to the wrong thing (agent._likeness): the notes say what something is the
same as, and a wrong answer likens it to another thing the notes name."""

from __future__ import annotations

from agent._coverage import measure
from agent._likeness import likened_wrongly
from agent.keypoints import Point

QUESTION = "知识蒸馏里学生模型学的是什么？"
DISTILL = [
    Point(text="教师模型先在大数据上训练好，学生模型参数少得多"),
    Point(text="用温度 softmax 让学生的输出分布和教师模型的软标签尽量一致"),
]
EN_QUESTION = "How does the EMA copy of the weights behave?"
EMA = [
    Point(text="the online network gets the gradient updates every step"),
    Point(text="after convergence the target weights match the online network's closely"),
]


def _statuses(points: list[Point], answer: str, question: str) -> list[str]:
    return measure(points, answer, question).statuses


def test_likened_to_another_thing_the_notes_name_contradicts():
    wrong = "学生的输出分布最后要跟学生模型自己的硬标签一致。"
    assert _statuses(DISTILL, wrong, QUESTION)[1] == "contradicted"
    english = "After convergence the target weights match the gradients exactly."
    assert _statuses(EMA, english, EN_QUESTION)[1] == "contradicted"


def test_likened_to_the_notes_thing_or_denied_is_no_contradiction():
    right = "学生的输出分布要和教师模型给的软标签一致，温度调高一点。"
    assert "contradicted" not in _statuses(DISTILL, right, QUESTION)
    denied = "学生的输出分布并不跟学生模型自己的硬标签一致。"
    assert likened_wrongly(DISTILL, [denied], QUESTION) == []
    same = "After convergence the target weights match the online network's weights."
    assert "contradicted" not in _statuses(EMA, same, EN_QUESTION)
