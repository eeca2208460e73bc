"""Notes' shorthand read as the claim it writes: "!=" is a "not", "(else looks pasted)"
is a condition, "不像 ReLU 直接死" compares with ReLU and denies the dying, and "longer
than BPE for English" puts only BPE on the losing side. Right answers said in full are
not flagged; a wrong one still is."""

from __future__ import annotations

from agent._coverage import measure
from agent.keypoints import Point


def _status(point: str, answer: str, question: str) -> str:
    return measure([Point(text=point)], answer, question).statuses[0]


def test_not_equal_sign_is_a_not():
    point = "!= GPT-2 'byte-level BPE' (still a subword vocab; only its base alphabet is bytes)"
    question = "What is a byte-level model?"
    right = "That's not GPT-2's byte-level BPE, which still learns subwords over a byte alphabet."
    assert _status(point, right, question) != "contradicted"
    wrong = "It is exactly GPT-2's byte-level BPE, nothing more."
    assert _status(point, wrong, question) == "contradicted"


def test_else_opens_a_condition():
    point = "Harmonise: relight + generated contact shadow (else looks pasted)"
    right = "We relight it and add a generated contact shadow so it doesn't look pasted on."
    assert _status(point, right, "How did you composite the product photos?") != "contradicted"


def test_unlike_in_chinese_denies_the_predicate_not_what_it_compares_with():
    point = "Swish 平滑，负区间还有小梯度，不像 ReLU 直接「死」"
    question = "SwiGLU 为什么好用？"
    right = "Swish 比较平滑，负的那边还有一点梯度，不会像 ReLU 那样神经元直接死掉。"
    assert _status(point, right, question) != "contradicted"
    vague = "SwiGLU 是一种带门控的激活函数，效果比 ReLU 好一些。"
    assert _status(point, vague, question) != "contradicted"
    wrong = "Swish 在负区间也会像 ReLU 一样直接死掉，梯度为零。"
    assert _status(point, wrong, question) == "contradicted"


def test_than_compares_up_to_its_circumstance():
    point = "cost: ~4x longer sequences than BPE for English -> slower decoding"
    question = "What does a byte-level tokenizer cost?"
    right = "English comes out about four times longer than with BPE, so decoding is slower."
    assert _status(point, right, question) != "contradicted"
    wrong = "BPE sequences are about four times longer than byte sequences."
    assert _status(point, wrong, question) == "contradicted"
