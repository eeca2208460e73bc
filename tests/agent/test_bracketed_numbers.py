"""A count the notes put in brackets after its noun ("标注了训练集（8000 条）") measures
that noun: an answer giving it another size ("八万条训练集") contradicts the point, one
giving the same count in other words does not."""

from __future__ import annotations

from scoring_fixtures import contradicted

from agent._bracketed_numbers import unbracketed

QUESTION = "训练数据是怎么来的？"
NOTES = "- 数据：人工标注了工单分类训练集（8000 条），再用回译做增强"


def test_a_bracketed_count_is_measured_against_the_answers_number():
    wrong = "我们人工标注了大概 8 万条工单分类训练集，再用回译做增强。"
    assert contradicted(NOTES, wrong, QUESTION) != []


def test_the_same_count_said_before_its_noun_is_right():
    right = "人工标注了约 8000 条工单分类训练集，之后用回译增强。"
    assert contradicted(NOTES, right, QUESTION) == []


def test_only_an_aside_holding_a_count_loses_its_brackets():
    assert unbracketed("训练集（8000 条）") == "训练集 8000 条"
    assert unbracketed("模型（BERT-base）") == "模型（BERT-base）"
