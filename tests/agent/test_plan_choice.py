"""Which bank questions a stage asks: one question once, many topics before one twice."""

from __future__ import annotations

from typing import Any

from agent._choosing import distinct
from agent._planning import build_plan, candidate_topics
from agent._references import same_question
from agent.state import InterviewOptions, PlannedTopic
from knowledge import parse_note

# one question written three times in the notes, in other words each time
EVALUATION = """# 大模型八股

### 1. 大模型怎么评测？
看通用 benchmark（MMLU、C-Eval）和人工评测，CLUE 这类老 benchmark 不太适合。

### 2. 什么是 DPO？
直接用偏好对优化策略，不需要显式的奖励模型。

### 3. 如何衡量大模型水平？
从理解能力、生成能力、知识面、推理能力几个维度出题测试。

### 4. 什么是 PPO？
带裁剪的策略梯度方法，RLHF 里用它优化策略。

### 5. 大模型评估方法有哪些？
人工评估、GPT-4 打分、Chatbot Arena 两两对比。
"""

# the notes list their LoRA questions together
LORA_FIRST = """# 八股
### LoRA 的原理是什么？
冻结原权重，只训练低秩矩阵 BA。
### LoRA 的秩 r 怎么选？
一般 8 到 64，任务越难越大。
### QLoRA 相比 LoRA 做了什么改进？
4-bit NF4 量化底座，双重量化，分页优化器。
### KV cache 是什么？
缓存之前 token 的 K 和 V，避免重复计算。
### 为什么注意力要除以 √d_k？
点积方差随维度变大，softmax 会饱和。
### RoPE 是怎么做的？
把位置编码成旋转角，点积只依赖相对位置。
"""


def _asked(
    note: str, budget: int, embedder: object = None, focus: list[str] | None = None
) -> list[PlannedTopic]:
    bank = parse_note(note, "/notes/fundamentals.md").questions
    options = InterviewOptions(stages=["fundamentals"], focus_topics=focus or [])
    plan = build_plan(
        options,
        {"fundamentals": budget},
        {"fundamentals": candidate_topics("fundamentals", bank, [], "zh")},
        weak={},
        recent=set(),
        embedder=embedder,  # type: ignore[arg-type]
        same_cosine=0.6,
    )
    return plan[0].topics


def test_a_question_the_notes_word_three_ways_is_asked_once(use_embedder: object) -> None:
    asked = [t.seed for t in _asked(EVALUATION, 5, use_embedder)]
    assert asked == ["大模型怎么评测？", "什么是 DPO？", "什么是 PPO？"]


def test_questions_naming_different_things_are_not_one_question(use_embedder: object) -> None:
    # close in meaning by the embedder (0.87), but one asks about DPO, the other about PPO
    dpo = PlannedTopic(stage="fundamentals", topic="DPO", kind="bank", seed="什么是 DPO？")
    ppo = dpo.model_copy(update={"topic": "PPO", "seed": "什么是 PPO？"})
    assert distinct([dpo, ppo], 2, use_embedder, 0.6) == [dpo, ppo]  # type: ignore[arg-type]


def test_same_question_finds_a_rewording_by_meaning(use_embedder: object) -> None:
    others = ["什么是 KV cache？", "如何衡量大模型水平？"]
    assert same_question("大模型怎么评测？", others, use_embedder, 0.6) == 1  # type: ignore[arg-type]
    assert same_question("大模型怎么评测？", others, None, 0.6) is None


def test_a_stage_asks_each_topic_once_before_any_twice() -> None:
    asked = [t.topic for t in _asked(LORA_FIRST, 6)]
    assert asked[:4] == ["LoRA", "KV cache", "Attention", "RoPE"]
    # the second LoRA question and QLoRA (it names LoRA) come after every other topic
    assert sorted(asked[4:]) == ["LoRA", "QLoRA"]


def test_a_focus_topic_is_asked_first_and_again() -> None:
    asked = [t.topic for t in _asked(LORA_FIRST, 3, focus=["LoRA"])]
    assert asked == ["LoRA", "LoRA", "QLoRA"]


def test_two_stories_asked_in_one_frame_are_two_questions(use_embedder: Any) -> None:
    """Read in an interview: of the notes' two stories only "讲讲「项目里最难的问题」这段经历…"
    was asked - "讲讲「和同事意见不一致」这段经历…" read as the same question (the frame makes
    their wording nearly the same) and a classic question took its place."""
    frame = "讲讲「{}」这段经历：当时是什么情况、你是怎么做的、结果如何？"
    seeds = [frame.format("项目里最难的问题"), frame.format("和同事意见不一致")]
    topics = [
        PlannedTopic(stage="behavioral", topic=s[3:8], kind="bank", seed=s, reference="S：…")
        for s in seeds
    ]
    assert [t.seed for t in distinct(topics, 3, use_embedder, 0.6)] == seeds
    again = PlannedTopic(stage="fundamentals", topic="x", kind="bank", seed="大模型怎么评测？")
    twice = PlannedTopic(stage="fundamentals", topic="x", kind="bank", seed="大模型怎么评测")
    assert distinct([again, twice], 3, use_embedder, 0.6) == [again]  # one question written twice
