"""An answer in the other language's ML words than its notes (伪标签 for "pseudo-label")."""

from __future__ import annotations

from agent._coverage import measure
from agent._glossary import in_notes_words
from agent.keypoints import key_points

SEMI_SUPERVISED = """半监督方案
- teacher 模型在有标注数据上训练，给无标注数据打 pseudo-label
- 只保留置信度 > 0.9 的 pseudo-label
- student 先 freeze backbone，只训 head 两个 epoch"""
ASKED = "半监督你们怎么做的？"


def test_a_chinese_word_is_read_in_the_notes_english_spelling() -> None:
    notes = "- pseudo-labels from the teacher\n- freeze the backbone"
    assert in_notes_words("我们用伪标签训练，把骨干冻结住", notes) == (
        "我们用 pseudo-labels 训练，把 backbone  freeze 住"
    )


def test_an_english_word_is_read_in_the_notes_chinese_spelling() -> None:
    assert in_notes_words("用 pseudo labels 再 fine-tuning", "伪标签 + 微调") == "用 伪标签 再 微调"


def test_a_word_the_notes_spell_both_ways_or_not_at_all_stays() -> None:
    assert in_notes_words("损失下降", "损失 loss") == "损失下降"
    assert in_notes_words("损失下降", "学习率 warmup") == "损失下降"


def test_a_word_the_question_spells_stays_as_said_back() -> None:
    notes = "loss = BCE per label"
    assert in_notes_words("损失函数不同", notes, "两者的损失函数有什么不同？") == "损失函数不同"
    assert in_notes_words("损失函数不同", notes) == " loss 不同"


def test_a_chinese_answer_covers_english_worded_points() -> None:
    points = key_points(SEMI_SUPERVISED, 8)
    answer = (
        "我们先用教师模型给没标注的数据打伪标签，只留置信度零点九以上的伪标签。"
        "学生模型一开始把骨干冻结，只训练头两轮。"
    )
    statuses = [p.status for p in measure(points, answer, ASKED).points]
    assert "missed" not in statuses and "hit" in statuses


def test_a_translated_word_denied_contradicts_and_the_card_quotes_what_was_said() -> None:
    points = key_points(SEMI_SUPERVISED, 8)
    answer = "伪标签我们全部保留。学生模型的骨干从头到尾都不冻结。"
    found = measure(points, answer, ASKED).points
    frozen = next(p for p in found if "freeze" in p.point.text)
    assert frozen.status == "contradicted"
    assert frozen.against == "学生模型的骨干从头到尾都不冻结。"


def test_hyphens_spaces_and_inflections_spell_one_name() -> None:
    notes = "- 5-fold cross-validation to tune hyperparameters\n- GCN over-smoothing"
    said = "用交叉验证调超参数，层数深了会过平滑"
    assert in_notes_words(said, notes) == (
        "用 cross-validation 调 hyperparameters ，层数深了会 over-smoothing "
    )
    assert in_notes_words("cross validation 一下 hyperparameter", "交叉验证和超参") == (
        "交叉验证 一下 超参"
    )
