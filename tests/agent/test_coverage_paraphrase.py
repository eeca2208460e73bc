"""A right answer said in other words than the notes covers their points: cases from real
interviews on the sample notes, where a paraphrase was marked missed."""

from __future__ import annotations

from agent._coverage import measure
from agent.keypoints import key_points

LORA_QUESTION = "LoRA 的原理是什么？"
LORA = "LoRA 冻结预训练权重，在旁路加两个低秩矩阵 A 和 B，只训练 A、B。\n原论文只加在 q、v 投影上。"


def test_a_point_made_of_its_own_names_is_stated_by_saying_them():
    """ "常用在q和v上" says where LoRA goes as "原论文只加在 q、v 投影上" does: the names
    are the claim, however few of the notes' Chinese words come with them."""
    answer = "LoRA 冻结原来的权重，旁路加两个低秩矩阵，只训练这两个。常用在q和v上。"
    statuses = measure(key_points(LORA), answer, LORA_QUESTION).statuses
    assert statuses[-1] == "hit"
    # one of the two names is only part of it
    half = "LoRA 冻结原来的权重，旁路加两个低秩矩阵，只训练这两个。常用在q上。"
    assert measure(key_points(LORA), half, LORA_QUESTION).statuses[-1] != "hit"
