"""A confidently wrong answer that reuses the notes' words but flips a technical opposite
(加法/乘法, 冻结/训练, 省/费显存, 上溢/下溢, sequential/parallel) or says the cost the
notes deny ("没有额外延迟" / "明显变慢") contradicts the point; a right answer, one naming
both sides, or one using the opposite word of another thing does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from scoring_fixtures import MemoryRetriever, contradicted

from agent import AgentConfig, Answer, Scorer
from knowledge import parse_note

REPO = Path(__file__).resolve().parents[2]

LSTM_QUESTION = "LSTM 的几个门分别是干什么的？"
LSTM = "- 关键：cell state 是加法更新，梯度沿 c 走的时候主要乘 f_t"


def test_additive_against_multiplicative_on_the_same_subject():
    wrong = "LSTM 能记住长距离信息主要是因为 cell state 是乘法更新的，每一步都乘一个权重矩阵。"
    assert contradicted(LSTM, wrong, LSTM_QUESTION) != []
    right = "cell state 是加法更新的，梯度顺着 c 往回走主要乘遗忘门。"
    assert contradicted(LSTM, right, LSTM_QUESTION) == []


def test_an_answer_naming_both_sides_compares_them():
    both = "有人说 cell state 是乘法更新的，其实 LSTM 的 cell state 是加法更新。"
    assert contradicted(LSTM, both, LSTM_QUESTION) == []


FP16_QUESTION = "为什么需要 loss scaling？"
FP16 = "- loss scaling：FP16 表示范围小，小梯度会下溢成 0，先把 loss 乘一个大系数"


def test_overflow_for_underflow_and_the_negated_opposite():
    wrong = "loss scaling 是因为 FP16 容易上溢，所以要把 loss 缩小。"
    assert contradicted(FP16, wrong, FP16_QUESTION) != []
    denied = "loss scaling 不是因为 FP16 上溢，而是小梯度在 FP16 里会下溢成 0。"
    assert contradicted(FP16, denied, FP16_QUESTION) == []


BOOSTING_QUESTION = "How is gradient boosting different from a random forest?"
BOOSTING = "- gradient boosting: trees built sequentially, each new tree fits the residuals"


def test_parallel_for_sequential_in_english():
    wrong = "Gradient boosting trains its trees in parallel, each one on a bootstrap sample."
    assert contradicted(BOOSTING, wrong, BOOSTING_QUESTION) != []
    right = "In gradient boosting the trees are built one after another, fitting residuals."
    assert contradicted(BOOSTING, right, BOOSTING_QUESTION) == []


SERVING_QUESTION = "在线推理和离线推理有什么区别？"
SERVING = "- 在线推理：要求低延迟，通常用小 batch"


def test_an_opposite_qualifying_its_own_noun_is_another_thing():
    """ "离线推理可以用大 batch" is a claim about offline inference, true of its own: the
    word qualifies the noun after it, no subject is shared."""
    right = "离线推理可以攒大 batch，吞吐优先。"
    assert contradicted(SERVING, right, SERVING_QUESTION) == []


def test_a_subject_made_of_the_opposite_word_is_another_thing():
    """ "离线训练：…" / "在线学习是…": nothing before the word is shared, the word names
    what each clause is about."""
    point = "- 离线训练：用历史数据批量训练模型，定期更新"
    right = "在线学习是数据一来就用它更新模型。"
    assert contradicted(point, right, "在线学习和离线训练有什么区别？") == []


def test_an_opposite_said_of_another_named_thing():
    point = "- Transformer 训练时所有位置并行计算"
    right = "RNN 训练时必须按时间步串行计算，所以很慢。"
    assert contradicted(point, right, "Transformer 相比 RNN 好在哪？") == []
    wrong = "Transformer 训练时也只能按位置串行计算。"
    assert contradicted(point, wrong, "Transformer 相比 RNN 好在哪？") != []


LORA_QUESTION = "LoRA 的原理是什么？为什么能省显存？"


def test_a_single_character_verb_needs_its_own_object():
    """省/费 are words only with the same object right after them: "费用" is a fee."""
    point = "- 省显存主要来自优化器状态"
    wrong = "LoRA 比全量微调更费显存，因为要多存一份梯度。"
    assert contradicted(point, wrong, LORA_QUESTION) != []
    fee = "LoRA 要付的优化器状态存储费用很低。"
    assert contradicted(point, fee, LORA_QUESTION) == []


def test_a_denied_latency_against_a_slowdown():
    point = "- 推理时可以把 BA 合并回 W，没有额外延迟"
    wrong = "推理时也会明显变慢，因为多了一条旁路。"
    assert contradicted(point, wrong, LORA_QUESTION) != []
    right = "推理时把 BA 合并回 W，不会变慢。"
    assert contradicted(point, right, LORA_QUESTION) == []
    adapter = "如果换成 adapter 那种结构，推理时会变慢一点。"  # a condition, not the claim
    assert contradicted(point, adapter, LORA_QUESTION) == []


def test_an_english_denied_latency_against_slower_inference():
    """One English word ("inference") says what the cost is of, as "推理时" does."""
    point = "- At inference BA is merged into W: no extra latency"
    question = "How does LoRA work?"
    wrong = "Inference also gets slower, since every layer has an adapter."
    assert contradicted(point, wrong, question) != []
    other = "Training gets slower with a larger batch."
    assert contradicted(point, other, question) == []


def test_freezing_is_flipped_by_updating_everything_not_by_any_training():
    """ "训练开始时" is when training starts: only "all retrained" says the opposite of frozen."""
    point = "- A 随机初始化，B 初始化为 0，训练开始时模型与原模型一致"
    right = "LoRA 冻结原模型的权重不动，只训练旁路的两个小矩阵。"
    assert contradicted(point, right, LORA_QUESTION) == []
    frozen = "- LoRA 冻结预训练权重 W，只学习一个低秩增量"
    wrong = "LoRA 会把模型的所有权重都重新训练一遍。"
    assert contradicted(frozen, wrong, LORA_QUESTION) != []


CAP_QUESTION = "What does the CAP theorem say, and how does it affect the databases you pick?"
CAP = "- picking: payments / locks -> CP; carts, feeds, counters -> AP is usually fine"


def test_cp_for_ap_and_an_answer_saying_the_point_elsewhere():
    """ "Cassandra is CP" says nothing of what payments need: only a clause that uses the
    point's side about the point's thing says it as the notes do."""
    point = "- picking: payments / locks -> CP"
    wrong = "Cassandra is CP. For payments I'd pick an AP store because it's faster."
    assert contradicted(point, wrong, CAP_QUESTION) != []
    right = "For payments and locks I'd pick a CP store, for feeds an AP one is fine."
    assert contradicted(CAP, right, CAP_QUESTION) == []


@pytest.mark.slow
def test_the_demo_lora_wrong_answer_is_caught_for_its_flips(tmp_path: Path, use_embedder: object):
    """The real-model tier's wrong answer on the demo notes: all weights retrained (the
    notes freeze them), more memory (the question's own 省显存), slower inference (the
    notes deny any latency). The strong and partial answers contradict nothing."""
    path = REPO / "knowledge" / "demo_notes" / "20_fundamentals.md"
    questions = parse_note(path.read_text(encoding="utf-8"), str(path)).questions
    config = AgentConfig(sessions_db=tmp_path / "s.sqlite")
    scorer = Scorer(config, MemoryRetriever(questions), llm=None, embedder=use_embedder)  # type: ignore[arg-type]

    def flipped(answer: str) -> list[str]:
        turn = scorer.score(LORA_QUESTION, Answer(text=answer), "fundamentals")
        return [p.point for p in turn.key_points if p.status == "contradicted"]

    wrong = (
        "LoRA 会把模型的所有权重都重新训练一遍，还要在每层后面额外加很多全连接层，"
        "所以它比全量微调更费显存，推理时也会明显变慢。"
    )
    said = flipped(wrong)
    assert any("冻结预训练权重" in p for p in said), said
    assert any(p.startswith("省显存") for p in said), said
    assert any("没有额外延迟" in p for p in said), said
    strong = (
        "LoRA 冻结预训练权重 W，只学习一个低秩增量 ΔW = BA，r 远小于 d。"
        "B 初始化为 0，所以开始时和原模型一样。省显存主要因为优化器状态少了："
        "Adam 只需要为很少的可训练参数存动量。推理时把 BA 合并回 W，没有额外延迟。"
    )
    partial = "LoRA 是一种参数高效微调方法，只训练一小部分新加的参数，所以比全量微调省显存。"
    assert flipped(strong) == [] and flipped(partial) == []


NORM_QUESTION = "标准化怎么做？"
NORM = "- 标准化：每个特征减去均值，再除以标准差"


def test_multiplying_for_dividing_by_the_same_thing():
    wrong = "标准化就是每个特征减去均值，再乘以标准差。"
    assert contradicted(NORM, wrong, NORM_QUESTION) != []
    inverse = "每个特征先减去均值，然后乘以标准差的倒数。"
    assert contradicted(NORM, inverse, NORM_QUESTION) == []
    right = "减掉均值后除以标准差。"
    assert contradicted(NORM, right, NORM_QUESTION) == []
