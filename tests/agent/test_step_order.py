"""Steps told in another order than the notes' headed points give them ("先对齐，再指令
微调，最后预训练") contradict the point; the notes' order in other words, or an answer
naming a step inside another's explanation, does not."""

from __future__ import annotations

from scoring_fixtures import contradicted

STAGES_QUESTION = "大模型训练分哪几个阶段？"
STAGES = (
    "- 预训练：在海量无标注文本上做下一个词预测\n"
    "- 指令微调：在预训练模型上用指令-回答对做监督训练\n"
    "- 对齐：用人类偏好数据让模型更有帮助、更安全"
)


def test_steps_told_in_reverse_order():
    wrong = "首先做对齐，让模型符合人类偏好；然后指令微调；最后才是预训练，预测下一个词。"
    assert contradicted(STAGES, wrong, STAGES_QUESTION) != []


def test_the_notes_order_in_other_words_and_a_step_named_inside_another():
    right = (
        "第一步预训练，在大量无标注文本上预测下一个词；第二步指令微调，"
        "用指令-回答对在预训练模型上监督训练；第三步对齐，用偏好数据让模型更安全。"
    )
    assert contradicted(STAGES, right, STAGES_QUESTION) == []


ENGLISH_QUESTION = "What are the stages of building the index?"
ENGLISH = (
    "- Chunking: split documents into passages\n"
    "- Embedding: encode each passage into a vector\n"
    "- Indexing: store the vectors in an HNSW index"
)


def test_english_steps_reversed_and_in_order():
    wrong = "First we do indexing into HNSW, then embedding of the passages, and finally chunking."
    assert contradicted(ENGLISH, wrong, ENGLISH_QUESTION) != []
    right = "First chunking the documents, then embedding each passage, finally indexing in HNSW."
    assert contradicted(ENGLISH, right, ENGLISH_QUESTION) == []
