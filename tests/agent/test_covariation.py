"""The notes' consequence tied to the opposite degree of the thing that grows with another
("复杂度越低，训练误差低但测试误差高" against "复杂度随参数量增大而增大，…训练误差低但
测试误差高") contradicts the point; the notes' degree, or the other degree with its
consequence denied, does not."""

from __future__ import annotations

from scoring_fixtures import contradicted

from agent._covariation import turned_causes
from agent.keypoints import Point

QUESTION = "为什么参数太多会过拟合？"
NOTES = "- 模型复杂度随参数量增大而增大，容易记住训练集的噪声，训练误差低但测试误差高"


def test_the_consequence_given_to_the_opposite_degree():
    wrong = "模型复杂度越低，训练误差低但测试误差高，就是过拟合。"
    assert contradicted(NOTES, wrong, QUESTION) != []


def test_the_notes_degree_and_the_other_degree_with_its_consequence_denied():
    right = "参数越多，模型复杂度越高，训练误差低、测试误差却高。"
    assert contradicted(NOTES, right, QUESTION) == []
    # (the denial itself is another detector's to judge against "容易记住…")
    denied = "复杂度变低以后，模型没法记住训练集的噪声。"
    assert turned_causes([Point(text=NOTES[2:])], [denied]) == []
    wrong = "复杂度变低以后，模型会记住训练集的噪声。"
    assert turned_causes([Point(text=NOTES[2:])], [wrong]) != []
