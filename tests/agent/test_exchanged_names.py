"""Two of the notes' names exchanged between clauses that are otherwise the notes' own
("D 负责生成假样本，G 负责判别真假"), or one clause given another name the notes use
elsewhere, contradicts the point; the right answer in other words, in another order, or
each name said of its own clause does not."""

from __future__ import annotations

from scoring_fixtures import contradicted

GAN_QUESTION = "GAN 是怎么训练的？"
GAN = "- GAN 里 G 负责生成假样本，D 负责判别真假，两者交替训练"


def test_two_names_exchanged_between_the_notes_clauses():
    wrong = "GAN 里 D 负责生成假样本，G 负责判别真假，两者交替训练。"
    assert contradicted(GAN, wrong, GAN_QUESTION) != []


def test_the_right_names_in_other_words_and_order_are_no_exchange():
    right = "判别器 D 负责判断样本真假，生成器 G 负责生成假样本，两个网络交替训练。"
    assert contradicted(GAN, right, GAN_QUESTION) == []


CROSS_QUESTION = "交叉注意力的 Q、K、V 分别从哪来？"
CROSS = "- 交叉注意力里 K 和 V 来自编码器输出，Q 由当前解码层算出"


def test_a_clause_given_another_name_the_notes_use():
    wrong = "交叉注意力里来自编码器输出的是 Q，K 由当前解码层算出。"
    assert contradicted(CROSS, wrong, CROSS_QUESTION) != []
    right = "K、V 都来自编码器输出，Q 是当前解码层自己算的。"
    assert contradicted(CROSS, right, CROSS_QUESTION) == []


def test_a_denied_clause_is_a_contrast_not_an_exchange():
    denied = "G 不负责判别真假，G 负责生成假样本，D 负责判别真假。"
    assert contradicted(GAN, denied, GAN_QUESTION) == []


LORA_QUESTION = "LoRA 的原理是什么？"
LORA = (
    "- LoRA 冻结预训练权重 W，只学习一个低秩增量 ΔW = B·A，r 远小于 d 和 k\n"
    "- A 用随机高斯初始化，B 初始化为 0，所以训练开始时 ΔW = 0\n"
    "- 推理时把 BA 合并回 W，没有额外延迟"
)


def test_a_product_written_without_its_dot_is_the_notes_letters():
    """ "BA" for the notes' "B·A" names B and A (the demo notes' LoRA answer was marked
    contradicted); A and B's initialisations exchanged still are."""
    right = "LoRA 把预训练权重冻住，只学习一个低秩增量 BA，r 很小。"
    assert contradicted(LORA, right, LORA_QUESTION) == []
    wrong = "LoRA 只学习一个低秩增量 BA。A 初始化为 0，B 用随机高斯初始化。"
    assert contradicted(LORA, wrong, LORA_QUESTION) != []
