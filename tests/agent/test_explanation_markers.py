"""Explanation and order words as an explanation is told: the card counts them on a
fundamentals answer ("explanation words 0 (because, for example)" under a right answer
that said "so" and "这样" reads wrong)."""

from __future__ import annotations

import pytest

from agent._markers import MARKERS

FOUND = [
    ("because", "推理时用累积的均值，这样一条样本也能归一化。"),
    ("because", "温度越高，分布越平。"),
    ("because", "The mask is random, so no unit can lean on another."),
    ("because", "In effect you average many smaller networks."),
    ("order", "我一般分几步来看：数据、模型、上线。"),
    ("order", "一方面是显存，另一方面是通信。"),
    ("order", "Next, the scores are normalised per query."),
]

NOT_FOUND = [
    ("because", "就是这样。"),
    ("because", "这样的模型很常见。"),
    ("order", "Attention is a weighted sum of the values."),
]


@pytest.mark.parametrize(("part", "sentence"), FOUND)
def test_an_explanation_told_plainly_is_counted(part: str, sentence: str) -> None:
    assert MARKERS[part].search(sentence)


@pytest.mark.parametrize(("part", "sentence"), NOT_FOUND)
def test_a_filler_or_a_plain_statement_is_not(part: str, sentence: str) -> None:
    assert not MARKERS[part].search(sentence)
