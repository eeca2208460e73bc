"""A named mapping told the other way (agent._arrows): the notes define a thing as one
side to another, and a wrong answer runs the arrow backwards."""

from __future__ import annotations

from agent._arrows import reversed_mappings
from agent._coverage import measure
from agent.keypoints import Point

QUESTION = "自编码器是怎么工作的？"
CODER = [
    Point(text="两部分：Encoder（图像 → 隐向量） / Decoder（隐向量 → 重建图像）"),
    Point(text="训练目标是让重建误差尽量小"),
]
EN_QUESTION = "How does a sequence-to-sequence model work?"
EN = [Point(text="Encoder (source sentence -> context vector), decoder generates the output")]


def _statuses(points: list[Point], answer: str, question: str) -> list[str]:
    return measure(points, answer, question).statuses


def test_a_mapping_run_backwards_contradicts_its_point():
    wrong = "Encoder 是拿隐向量去生成图像的。"
    assert _statuses(CODER, wrong, QUESTION)[0] == "contradicted"
    carried = "Decoder 负责重建，Encoder 反过来，是把隐向量映射成图像。"
    assert _statuses(CODER, carried, QUESTION)[0] == "contradicted"
    english = "The encoder maps the context vector into the source sentence."
    assert _statuses(EN, english, EN_QUESTION) == ["contradicted"]


def test_the_mapping_told_its_own_way_or_from_its_end_is_no_contradiction():
    right = "Encoder 把图像压成隐向量，Decoder 再用隐向量生成重建图像。"
    assert "contradicted" not in _statuses(CODER, right, QUESTION)
    backwards_words = "The encoder builds the context vector from the source sentence."
    assert _statuses(EN, backwards_words, EN_QUESTION) != ["contradicted"]


def test_a_mapping_without_a_name_or_a_clause_naming_two_finds_nothing():
    unnamed = [Point(text="图像 → 隐向量 → 重建图像")]
    assert reversed_mappings(unnamed, ["它是拿隐向量去生成图像的。"], QUESTION) == []
    both = "Encoder 和 Decoder 都是隐向量生成图像。"
    assert reversed_mappings(CODER, [both], QUESTION) == []
