"""An answer in another language than the notes, scored offline with the real embedder:
compared with the key points by meaning and the ML words both say, a rougher estimate
capped at 75 that the card names, and still ordered (a strong answer over a vague one over
one about something else)."""

from __future__ import annotations

from pathlib import Path

import pytest
from scoring_fixtures import MemoryRetriever

from agent import AgentConfig, Answer, Scorer
from agent._coverage import measure
from agent.keypoints import key_points
from agent.prompts.scoring import ACROSS_LANGUAGES_MAX
from knowledge import Citation, Question

ENGLISH_NOTES = Question(
    id="lora", question="LoRA 的原理是什么？", stage="fundamentals", topic="LoRA",
    answer=(
        "LoRA\n"
        "- freeze the pretrained weights W, learn a low-rank update ΔW = B·A (rank r = 8 or 16)\n"
        "- A initialised random Gaussian, B initialised to zero -> ΔW = 0 at the start\n"
        "- only ~0.1% of parameters trained -> optimizer state and memory much smaller\n"
        "- at inference merge B·A into W -> no extra latency"
    ),
    citation=Citation(source="notes.md", line_start=1, line_end=5),
)  # fmt: skip
CHINESE = {
    "strong": (
        "LoRA 是把预训练权重冻结，只学一个低秩的增量，写成两个小矩阵 B 乘 A，秩一般取八或者"
        "十六。A 用高斯随机初始化，B 初始化成零，所以一开始增量是零。只训练千分之一左右的"
        "参数，优化器状态和显存都小很多。推理的时候把 B 乘 A 合并回原来的权重里，不增加延迟。"
    ),
    "partial": "LoRA 就是加了一个低秩的小模块，只训练很少的参数，比较省显存。",
    "off_topic": (
        "我平时训练模型主要用 PyTorch，数据用 DataLoader 多进程加载，日志用 wandb 记录，"
        "每天看一下曲线，有问题就调一调学习率。"
    ),
}


def scorer(tmp_path: Path, embedder: object) -> Scorer:
    config = AgentConfig(sessions_db=tmp_path / "s.sqlite", language="zh")
    return Scorer(config, MemoryRetriever([ENGLISH_NOTES]), llm=None, embedder=embedder)  # type: ignore[arg-type]


def test_a_chinese_answer_to_english_notes_is_compared_by_meaning_and_ordered(
    tmp_path: Path, use_embedder: object
) -> None:
    judge = scorer(tmp_path, use_embedder)
    turns = {
        kind: judge.score(
            ENGLISH_NOTES.question, Answer(text=text), "fundamentals", references=[ENGLISH_NOTES]
        )
        for kind, text in CHINESE.items()
    }
    overall = {kind: turn.overall or 0.0 for kind, turn in turns.items()}
    assert overall["strong"] > overall["partial"] > overall["off_topic"]
    assert overall["strong"] <= ACROSS_LANGUAGES_MAX
    strong = turns["strong"]
    assert (
        "不是同一种语言" in strong.summary and f"最高 {ACROSS_LANGUAGES_MAX} 分" in strong.summary
    )
    # the points are on the card, compared: most of them made
    assert len(strong.key_points) == 4
    assert sum(k.status in ("hit", "partly") for k in strong.key_points) >= 3


def test_without_an_embedder_it_stays_a_rough_estimate_of_fifty(tmp_path: Path) -> None:
    turn = scorer(tmp_path, None).score(
        ENGLISH_NOTES.question, Answer(text=CHINESE["strong"]), "fundamentals",
        references=[ENGLISH_NOTES],
    )  # fmt: skip
    assert turn.key_points == [] and turn.overall is not None and turn.overall <= 50
    assert "配置大模型后可跨语言评分" in turn.summary


@pytest.mark.parametrize("kind", ["strong", "partial"])
def test_an_answer_in_the_notes_language_is_not_called_rough(
    tmp_path: Path, use_embedder: object, kind: str
) -> None:
    chinese_notes = ENGLISH_NOTES.model_copy(update={"answer": CHINESE["strong"]})
    turn = scorer(tmp_path, use_embedder).score(
        chinese_notes.question, Answer(text=CHINESE[kind]), "fundamentals",
        references=[chinese_notes],
    )  # fmt: skip
    assert "不是同一种语言" not in turn.summary and turn.key_points


def test_stop_doing_is_no_longer_doing_so_it_agrees_with_bu_zai() -> None:
    """ "until the assignments stop changing" says what "重复到分配不再变化" says; a story's
    past "stopped asking" is an event, which "asking again" follows."""
    from agent._negation import negated

    assert negated("repeat until assignments stop changing", "chang")
    assert negated("early stopping: halt once the val loss stops improving", "improv")
    assert not negated("stop early when the val loss plateaus", "earli")
    assert not negated("two juniors stopped asking him for reviews", "ask")
    points = key_points(
        "- assign each point to its nearest center\n- repeat until assignments stop changing", 8
    )
    found = measure(points, "每个点分给最近的中心，然后重复到分配不再变化。", "k-means 怎么做？")
    assert "contradicted" not in [p.status for p in found.points]
