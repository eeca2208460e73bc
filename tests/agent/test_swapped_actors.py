"""Who does what in a process: the reference's actions given to the other actor contradict
their key point; the same actions told of the same actors in other words do not."""

from __future__ import annotations

from scoring_fixtures import contradicted

GAN = (
    "GAN training\n"
    "1. The generator takes random noise and produces fake samples\n"
    "2. The discriminator receives real and generated samples and predicts which are real\n"
    "3. The discriminator is updated to classify better, then the generator is updated to "
    "fool the discriminator"
)
SPECULATIVE = (
    "投机解码\n"
    "- draft 小模型先生成 k 个 token\n"
    "- 大模型一次前向并行验证这 k 个 token，接受最长的正确前缀\n"
    "- draft 模型要和大模型用同一个词表\n"
    "- 大模型的输出分布不变，一般加速 2~3x"
)
ZERO = (
    "ZeRO\n"
    "- ZeRO-1 切分优化器状态\n"
    "- ZeRO-2 在此基础上再切分梯度\n"
    "- ZeRO-3 连模型参数也切分，每张卡只存 1/N"
)


def test_the_other_actor_doing_the_generators_work_contradicts() -> None:
    wrong = (
        "The discriminator takes random noise and produces fake samples, and the generator "
        "receives real and generated samples and predicts which are real."
    )
    found = contradicted(GAN, wrong, "How is a GAN trained?")
    assert any("generator takes random noise" in p for p in found)


def test_the_same_roles_in_other_words_are_no_swap() -> None:
    strong = (
        "The generator maps random noise to fake samples, and the discriminator sees both real "
        "data and the generator's output and tries to say which is real. The discriminator is "
        "trained to classify better, then the generator is trained to fool it."
    )
    assert contradicted(GAN, strong, "How is a GAN trained?") == []


def test_the_big_model_drafting_and_the_small_one_verifying_contradicts() -> None:
    wrong = "大模型先生成 k 个 token，然后交给 draft 小模型去并行验证，接受最长的正确前缀。"
    assert contradicted(SPECULATIVE, wrong, "投机解码是怎么加速的？") != []
    strong = "先让 draft 小模型生成 k 个 token，大模型再一次前向把这 k 个一起验证，接受最长的前缀。"
    assert contradicted(SPECULATIVE, strong, "投机解码是怎么加速的？") == []


def test_numbered_stages_with_their_work_exchanged_contradict() -> None:
    wrong = "ZeRO-1 切分模型参数，ZeRO-3 才切分优化器状态。"
    assert len(contradicted(ZERO, wrong, "ZeRO 的三个阶段分别切分了什么？")) == 2
    strong = "ZeRO-1 只切优化器状态，ZeRO-2 再把梯度也切分，ZeRO-3 连模型参数都切分。"
    assert contradicted(ZERO, strong, "ZeRO 的三个阶段分别切分了什么？") == []


def test_an_actor_named_as_an_object_is_not_the_subject() -> None:
    reference = (
        "- 标注员对模型输出排序\n"
        "- 标注员之间的一致性要检查\n"
        "- 奖励模型学习偏好排序\n"
        "- 奖励模型再给 PPO 提供奖励信号"
    )
    answer = "数据集里是标注员给出的学习用的偏好排序，之后训练奖励模型。"
    assert contradicted(reference, answer, "RLHF 是怎么做的？") == []


def test_a_verb_opening_clauses_is_no_actor() -> None:
    reference = (
        "- 人类反馈强化学习：利用人类的评价来训练模型\n"
        "- 使用一个预训练好的语言模型，在奖励模型上微调\n"
        "- 使用一些评价指标来衡量质量"
    )
    answer = "人类会给输出打分，并使用一种强化学习算法来训练模型。"
    assert contradicted(reference, answer, "RLHF 是怎么做的？") == []


def test_a_process_told_in_one_line_still_has_its_actors() -> None:
    reference = "投机解码：draft 小模型先生成 k 个 token，大模型一次验证，接受正确的前缀"
    question = "投机解码是怎么加速的？"
    wrong = "大模型先生成 k 个 token，然后交给 draft 小模型去验证。"
    assert contradicted(reference, wrong, question) != []
    strong = "draft 小模型先生成 k 个 token，大模型一次把它们都验证掉，接受正确的那段前缀。"
    assert contradicted(reference, strong, question) == []
    steps = "先训练好一个大的教师模型，教师模型对输入输出 soft label"  # a step with no subject
    told = "先把大的教师模型训练好，再让它输出 soft label。"
    assert contradicted(steps, told, "知识蒸馏怎么做？") == []


def test_a_list_item_that_is_a_deed_names_no_actor():
    """Shared notes: "1.构建层次结构" read 构建 as an actor, so "HNSW 会构建层次结构的图" was
    a swap: a right answer scored 0/100 and was asked how it reached that conclusion."""
    notes = (
        "HNSW 算法，基于图的近邻搜索\n"
        "HNSW 算法是一种向量相似性搜索算法，在构建图结构时很高效。\n"
        "1.构建层次结构\n"
        "2.利用层次结构从粗到细搜索，先在高层节点上搜，再逐层向下"
    )
    question = "faiss向量数据库和其他数据库有什么不同？"
    right = "HNSW 会构建层次结构的图：上层稀疏下层稠密，从上往下贪心搜索。"
    assert contradicted(notes, right, question) == []
