"""A name bounded by a number on the other side of the notes' bound, saying what the
notes say of their side ("p 值大于 0.05 时拒绝原假设" for "小于 0.05"), contradicts the
point; the right side in other words, or each side with its own claim, does not."""

from __future__ import annotations

from scoring_fixtures import contradicted

from agent._inequalities import bounds

P_QUESTION = "p 值怎么用来做假设检验？"
P_VALUE = "- p 值小于 0.05 时拒绝原假设；p>0.05 时结果不显著"


def test_a_bound_turned_round_with_the_notes_claim():
    wrong = "p 值大于 0.05 时拒绝原假设。"
    assert contradicted(P_VALUE, wrong, P_QUESTION) != []


def test_each_side_with_its_own_claim_in_other_words_is_right():
    right = "如果 p 值低于 0.05，就拒绝原假设；p 值高于 0.05 说明结果不显著。"
    assert contradicted(P_VALUE, right, P_QUESTION) == []


CLIP_QUESTION = "What does gradient clipping do?"
CLIP = "- When the norm is above 5, gradients are rescaled to norm 5"


def test_an_english_bound_turned_round():
    wrong = "When the norm is below 5, the gradients are rescaled."
    assert contradicted(CLIP, wrong, CLIP_QUESTION) != []
    right = "If the gradient norm goes above 5 the gradients get rescaled down to 5."
    assert contradicted(CLIP, right, CLIP_QUESTION) == []


def test_a_bound_reads_its_name_side_value_and_what_follows():
    (found,) = bounds("T 小于 1 时分布更尖锐，更确定")
    assert (found.name, found.side, found.value) == ("t", -1, 1.0)
    assert "尖锐" in found.said and "确定" not in found.said
