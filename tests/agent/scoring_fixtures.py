"""Notes, answers and a small in-memory Retriever for the scoring tests.

`MemoryRetriever` is a real class meeting agent.Retriever over fixture questions (a
stand-in for the candidate's notes, not a mock of the scorer). `HashEmbedder` is the
scripted server's deterministic bigram embedder behind the EmbeddingProvider shape.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from scripted_server import embed_text

from agent import _rubric
from agent._answer_text import overlap, sentences, terms
from agent._coverage import measure
from agent.keypoints import Point, key_points
from knowledge import Citation, Hit, Kind, Project, Question, Stage

NOTE = "/notes/interview.md"


def cite(line: int, *heading: str) -> Citation:
    return Citation(source=NOTE, heading_path=heading, line_start=line, line_end=line + 4)


LORA = Question(
    id="q-lora",
    question="LoRA 的原理是什么？",
    answer="1. LoRA 冻结预训练模型的权重，不直接更新原参数。\n"
    "2. 在注意力层旁路加入两个低秩矩阵 A 和 B，只训练这两个矩阵。\n"
    "3. 可训练参数量和显存占用大幅下降，推理时可以把 BA 合并回原权重，没有额外延迟。",
    stage="fundamentals",
    topic="LoRA",
    citation=cite(10, "基础", "LoRA"),
)
HNSW = Question(
    id="q-hnsw",
    question="HNSW 索引是怎么工作的？",
    answer="HNSW 构建多层的可导航小世界图，上层节点稀疏、下层稠密。"
    "搜索时从最高层的入口点开始贪心查找，逐层向下细化，因此检索复杂度接近对数级。",
    stage="fundamentals",
    topic="HNSW",
    citation=cite(20, "基础", "向量检索"),
)
OVERFIT_EN = Question(
    id="q-overfit",
    question="What is overfitting and how do you reduce it?",
    answer="Overfitting means the model fits the training data well but generalizes poorly to "
    "unseen data. Regularization such as weight decay and dropout reduces it. Early stopping "
    "on a validation set also helps. More training data or data augmentation helps too.",
    stage="fundamentals",
    topic="overfitting",
    citation=cite(30, "Basics", "Overfitting"),
)
RAG_PROJECT = Question(
    id="q-rag",
    question="聊一下你的 RAG 项目总体思路？",
    answer="我负责检索模块：文档切块后用 BM25 和向量检索混合召回，再用重排模型排序。"
    "召回率从 71% 提升到 89%，回答准确率提升 12 个百分点。"
    "为了控制延迟，没有用更大的重排模型，而是做了缓存。",
    stage="project",
    topic="RAG 项目",
    citation=cite(40, "项目", "RAG"),
)
CONFLICT = Question(
    id="q-conflict",
    question="讲一次你和同事意见不一致的经历。",
    answer="当时在实习中，我和同事对评测指标有分歧。我的任务是在一周内定下评测方案。"
    "我先整理了两种方案的数据，约他一起对比。最终我们合并了两个指标，评测上线后反馈很好。"
    "我学到先用数据说话。",
    stage="behavioral",
    topic="冲突",
    citation=cite(50, "行为面试"),
)
NOTES = [LORA, HNSW, OVERFIT_EN, RAG_PROJECT, CONFLICT]


class MemoryRetriever:
    """agent.Retriever over fixture questions; find_reference ranks by shared terms."""

    def __init__(self, questions: Sequence[Question]) -> None:
        self._questions = list(questions)
        self.lookups: list[tuple[str, Stage | None, int]] = []

    def search(
        self,
        query: str,
        k: int = 5,
        *,
        kinds: Sequence[Kind] | None = None,
        stage: Stage | None = None,
    ) -> list[Hit]:
        return []

    def questions(self, stage: Stage | None = None) -> list[Question]:
        return [q for q in self._questions if stage is None or q.stage == stage]

    def find_reference(
        self, question_text: str, stage: Stage | None = None, k: int = 3
    ) -> list[Question]:
        self.lookups.append((question_text, stage, k))
        wanted = terms(question_text)
        ranked = sorted(
            self.questions(stage), key=lambda q: -overlap(wanted, terms(q.question + q.topic))
        )
        return [q for q in ranked if overlap(wanted, terms(q.question + q.topic)) > 0][:k]

    def projects(self) -> list[Project]:
        return []


class HashEmbedder:
    name = "hash-bigrams"
    dimension = 64

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        return [embed_text(t) for t in texts]

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        return self.embed_passages(texts)


def rubric_reply(
    stage: Stage,
    key_points: int,
    score: int | dict[str, int] = 5,
    *,
    status: str = "hit",
    evidence: str = "",
    quotes: str | Sequence[str] = "",
    **extra: Any,
) -> str:
    """A valid rubric reply JSON text for the stage (what a well-behaved LLM returns).

    `quotes`: the quote given with each key point's mark (one for all, or one each)."""
    scores = score if isinstance(score, dict) else {}
    dims = {
        d.name: {
            "evidence": evidence,
            "reason": f"{d.name} judged",
            "score": scores.get(d.name, score if isinstance(score, int) else 3),
        }
        for d in _rubric.dimensions(stage)
    }
    each = [quotes] * key_points if isinstance(quotes, str) else list(quotes)
    points = {str(i): {"quote": each[i - 1], "mark": status} for i in range(1, key_points + 1)}
    reply = {
        **({"key_points": points} if key_points else {}),
        "dimensions": dims,
        "summary": "总体不错",
        "improved_answer": "更好的回答",
        **extra,
    }
    return json.dumps(reply, ensure_ascii=False)


def best_quote(answer: str, point: str) -> str:
    """The answer's sentence sharing most words with the point: what a careful grader quotes."""
    return max(sentences(answer) or [""], key=lambda s: len(terms(s) & terms(point)))


def contradicted(reference: str, answer: str, question: str) -> list[str]:
    """The reference's key points the offline estimate marks contradicted by the answer."""
    points = key_points(reference)
    found = measure(points, answer, question)
    return [p.text for p, s in zip(points, found.statuses, strict=True) if s == "contradicted"]


def point_status(point: str, answer: str, question: str) -> str:
    """What the offline estimate marks one key point, given as written, for the answer."""
    return measure([Point(text=point)], answer, question).statuses[0]
