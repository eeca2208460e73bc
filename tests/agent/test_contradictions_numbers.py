"""A result stated with another figure for the same unit contradicts the notes' result;
the notes' own figures said of another point (the "before" of a before/after) do not."""

from __future__ import annotations

from agent._coverage import measure
from agent._quantities import quantities
from agent.keypoints import Point

RESULT = [
    Point(text="Background: checkout p99 latency was 1200 ms"),
    Point(text="Result: p99 down to 90 ms, and the next release passed in one round"),
]
QUESTION = "Tell me about the checkout latency work."


def test_figures_are_read_per_unit_with_number_words():
    read = quantities("passed in one round, 3 rounds later 20% and twelve percent")
    assert [(q.low, q.family) for q in read] == [
        (1, "count"),
        (3, "count"),
        (20, "percent"),
        (12, "percent"),
    ]
    assert quantities("one of them, the one that failed, one can see, one half") == []


def test_another_figure_for_the_same_unit_contradicts():
    wrong = "p99 only went down to 1100 ms."
    assert measure(RESULT, wrong, QUESTION).statuses[1] == "contradicted"
    rounds = "The next release needed four rounds."
    assert measure(RESULT, rounds, QUESTION).statuses[1] == "contradicted"
    zh = [Point(text="向量检索用 HNSW 索引，延迟控制在 20ms 内")]
    assert measure(zh, "检索用暴力计算，延迟大概 200ms。", "召回怎么做的？").statuses == [
        "contradicted"
    ]


def test_the_notes_own_figures_and_extra_ones_agree():
    before = "Checkout p99 latency was 1200 ms at first, and p99 went down to 90 ms."
    assert "contradicted" not in measure(RESULT, before, QUESTION).statuses
    more = "p99 went down to 90 ms, with a median of 30 ms."
    assert "contradicted" not in measure(RESULT, more, QUESTION).statuses


def test_the_other_side_of_a_threshold_or_of_training_contradicts():
    """ "below a threshold" against "exceeds a threshold", "after training" against
    "during training", "低于" against "超过": the opposite side, with no negation."""
    clip = [Point(text="Rescale the gradient when its norm exceeds a threshold")]
    question = "What is gradient clipping?"
    wrong = "It sets every gradient below a threshold to zero."
    assert measure(clip, wrong, question).statuses == ["contradicted"]
    right = "When the norm exceeds the threshold you scale the gradient down."
    assert measure(clip, right, question).statuses != ["contradicted"]
    drop = [Point(text="During training each unit is zeroed with probability p")]
    after = "Dropout zeroes each unit after training."
    assert measure(drop, after, "What does dropout do?").statuses == ["contradicted"]
    zh = [Point(text="当梯度范数超过阈值时，把梯度整体缩放到阈值")]
    said = "当梯度范数低于阈值时，把梯度整体缩放到阈值。"
    assert measure(zh, said, "梯度裁剪是什么？").statuses == ["contradicted"]


def test_a_count_of_things_is_no_value_given_to_a_variable():
    """ "只训练这两个矩阵" was read as a wrong value of "B 初始化为 0": a right answer the
    interviewer then challenged. A wrong initial value is still one."""
    points = [
        Point(text="A 用随机高斯初始化，B 初始化为 0，所以训练开始时 ΔW = 0，模型和原模型完全一样"),
        Point(text="LoRA 冻结预训练权重，只训练两个低秩矩阵"),
    ]
    question = "LoRA 的原理是什么？"
    assert (
        "contradicted" not in measure(points, "只训练这两个矩阵，原权重冻结。", question).statuses
    )
    assert measure(points, "B 初始化为 1，A 初始化为 0。", question).statuses[0] == "contradicted"


def test_a_figure_that_opens_a_sentence_is_not_a_list_number() -> None:
    """A demo zh interview asked "我确认一下：「2 万条指令数据用 MinHash 去重剩 3.1 万」，为什么
    是这样？" of the notes' own figures: the "4." of "4.2 万条" was dropped as an item's number."""
    point = Point(text="SFT 数据：从 4.2 万条内部指令数据出发，MinHash 去重后剩 3.1 万条")
    said = "我负责数据和 DPO。4.2 万条指令数据用 MinHash 去重剩 3.1 万。"
    assert measure([point], said, "你负责哪部分？").statuses[0] != "contradicted"
    listed = measure([point], "1. 从 4.2 万条指令数据出发，MinHash 去重后剩 3.1 万条。", "？")
    assert listed.statuses[0] == "hit"  # an item's own number still goes
