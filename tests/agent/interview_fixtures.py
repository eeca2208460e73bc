"""Helpers for the interviewer tests: notes held in memory, a scripted interviewer LLM, a driver.

`MemoryRetriever` meets agent.Retriever over a few hand-written Questions and
Projects (zh and en), so graph tests run without Chroma; tests over the real
KnowledgeBase live next to the CLI tests.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from scripted_server import RecordedRequest, Reply

from agent import AgentConfig, Answer, Interviewer
from agent._events import AwaitingAnswer, Finished
from knowledge import Citation, Hit, Kind, Project, Question, Stage

NOTE = "/notes/ml.md"

# one short LoRA entry: two claims a follow-up can probe, challenge or ask again
LORA = Question(
    id="q-lora",
    question="LoRA 的原理是什么？",
    answer="LoRA 冻结预训练权重，只训练两个低秩矩阵 A 和 B。"
    "推理时把 BA 合并回原权重，没有额外延迟。",
    stage="fundamentals",
    topic="LoRA",
    citation=Citation(source="notes.md", line_start=1, line_end=2),
)


def _cite(line: int, *heading: str) -> Citation:
    return Citation(source=NOTE, heading_path=heading, line_start=line, line_end=line + 2)


ZH_QUESTIONS = [
    Question(
        id="q-intro",
        question="请做一个自我介绍",
        answer="我是林知远，硕士二年级，方向是检索增强生成。做过知识库问答和模型对齐两段实习。",
        stage="self_intro",
        topic="自我介绍",
        citation=_cite(1, "自我介绍"),
    ),
    Question(
        id="q-overfit",
        question="什么是过拟合？怎么缓解？",
        answer="过拟合是模型在训练集上表现好但在测试集上差。缓解方法有正则化、dropout 和早停。"
        "增加训练数据和数据增强也有效。",
        stage="fundamentals",
        topic="过拟合",
        citation=_cite(10, "基础", "过拟合"),
    ),
    Question(
        id="q-attention",
        question="讲讲注意力机制的计算过程",
        answer="注意力用 query 和 key 的点积除以根号 d 得到权重。"
        "softmax 归一化后对 value 加权求和。多头注意力在多个子空间并行计算。",
        stage="fundamentals",
        topic="注意力机制",
        citation=_cite(20, "基础", "注意力"),
    ),
    Question(
        id="q-bn",
        question="BatchNorm 和 LayerNorm 有什么区别？",
        answer="BatchNorm 在批维度上归一化，依赖批大小。"
        "LayerNorm 在特征维度上归一化，适合变长序列。",
        stage="fundamentals",
        topic="归一化",
        citation=_cite(30, "基础", "归一化"),
    ),
    Question(
        id="q-conflict",
        question="讲一次你和同事意见不一致的经历",
        answer="先对齐目标和数据，再用小实验验证两种方案，最后按结果决定。",
        stage="behavioral",
        topic="冲突处理",
        citation=_cite(40, "行为面试"),
    ),
]
ZH_PROJECTS = [
    Project(
        id="p-rag",
        name="企业知识库问答",
        description="把纯向量检索改成 BM25 加向量的混合检索，召回率从 71% 提到 89%。"
        "加入 cross-encoder 重排提升答案有依据的比例。用 vLLM 部署模型把延迟降到 300ms。",
        citation=_cite(50, "项目", "企业知识库问答"),
    ),
]
EN_QUESTIONS = [
    Question(
        id="e-overfit",
        question="What is overfitting and how do you reduce it?",
        answer="Overfitting means the model fits training data but fails on test data. "
        "Regularization, dropout and early stopping reduce it. More data also helps.",
        stage="fundamentals",
        topic="overfitting",
        citation=_cite(60, "Fundamentals"),
    ),
    Question(
        id="e-attention",
        question="How is attention computed?",
        answer="Attention takes dot products of queries and keys scaled by sqrt d. "
        "A softmax turns them into weights that average the values.",
        stage="fundamentals",
        topic="attention",
        citation=_cite(70, "Fundamentals"),
    ),
]
EN_PROJECTS = [
    Project(
        id="e-rag",
        name="Support search",
        description="Replaced pure vector search with hybrid BM25 plus vector retrieval, "
        "raising recall from 71% to 89%. Added a cross-encoder reranker for grounding.",
        citation=_cite(80, "Projects"),
    ),
]


class MemoryRetriever:
    """agent.Retriever over fixed notes (lexical `find_reference`, no embeddings)."""

    def __init__(
        self,
        questions: Sequence[Question] = ZH_QUESTIONS,
        projects: Sequence[Project] = ZH_PROJECTS,
    ) -> None:
        self._questions = list(questions)
        self._projects = list(projects)

    def search(
        self,
        query: str,
        k: int = 5,
        *,
        kinds: Sequence[Kind] | None = None,
        stage: Stage | None = None,
    ) -> list[Hit]:
        hits = [
            Hit(id=q.id, text=q.answer, kind=q.stage, score=1.0, citation=q.citation)
            for q in self.find_reference(query, stage, k)
        ]
        return [h for h in hits if kinds is None or h.kind in kinds]

    def questions(self, stage: Stage | None = None) -> list[Question]:
        return [q for q in self._questions if stage is None or q.stage == stage]

    def find_reference(
        self, question_text: str, stage: Stage | None = None, k: int = 3
    ) -> list[Question]:
        want = set(question_text)
        ranked = sorted(self.questions(stage), key=lambda q: -len(want & set(q.question)))
        return ranked[:k]

    def projects(self) -> list[Project]:
        return list(self._projects)


def make_interviewer(
    home: Path, retriever: Any | None = None, *, llm: Any = None, **config: Any
) -> Interviewer:
    cfg = AgentConfig(sessions_db=home / "sessions.sqlite", **config)
    return Interviewer(cfg, retriever or MemoryRetriever(), llm=llm)


def drive(
    interviewer: Interviewer,
    session_id: str,
    answers: Iterable[str],
    *,
    on_events: Callable[[list[Any]], None] | None = None,
) -> list[Any]:
    """Answer every question in turn until the interview ends (or the answers run out:
    then end it early). Returns every event, in order."""
    events: list[Any] = []
    supply = iter(answers)
    batch = list(interviewer.run(session_id))
    while True:
        events += batch
        if on_events:
            on_events(batch)
        if any(isinstance(e, Finished) for e in batch):
            return events
        assert isinstance(batch[-1], AwaitingAnswer) or any(
            isinstance(e, AwaitingAnswer) for e in batch
        ), batch
        text = next(supply, None)
        if text is None:
            events += list(interviewer.end_early(session_id))
            return events
        batch = list(interviewer.run(session_id, Answer(text=text)))


def of_type(events: Iterable[Any], kind: str) -> list[Any]:
    return [e for e in events if e.type == kind]


def questions_asked(
    home: Path, retriever: MemoryRetriever, options: Any, answers: list[str]
) -> list[Any]:
    """The question_asked events of a whole offline interview given these answers."""
    iv = make_interviewer(home, retriever)
    events = drive(iv, iv.start(options), answers)
    iv.close()
    return of_type(events, "question_asked")


# --- the scripted interviewer/scorer LLM -----------------------------------------------------


def is_scoring(request: RecordedRequest) -> bool:
    return "<key_points>" in request.user_text


def rubric_reply(request: RecordedRequest, score: int = 4) -> str:
    """A rubric reply written from the schema the request sent: `score` everywhere, every
    key point hit, each mark and score with a quote from the answer (a careful grader)."""
    from schema_instances import fill
    from scoring_fixtures import best_quote

    schema = request.body["response_format"]["json_schema"]["schema"]
    answer = _between(request.user_text, "<answer>\n", "\n</answer>")
    points = _between(request.user_text, "<key_points>\n", "\n</key_points>").splitlines()

    def choose(path: tuple[str, ...], options: list[Any]) -> Any:
        if path[-1] == "score":
            return score
        if path[-1] == "mark":
            return "hit"
        if path[-1] == "quote":
            return best_quote(answer, points[int(path[1]) - 1])
        if path[-1] == "evidence":
            return best_quote(answer, request.user_text)
        prose = {"improved_answer": "scripted improved answer", "summary": "scripted summary"}
        return prose.get(path[-1], "scripted")

    return json.dumps(fill(schema, choose), ensure_ascii=False)


def _between(text: str, start: str, end: str) -> str:
    return text.split(start, 1)[1].split(end, 1)[0] if start in text else ""


class InterviewerScript:
    """on_chat handler: numbered questions for question requests, rubric JSON for scoring."""

    def __init__(self, language: str = "zh", scoring_delay: float = 0.0) -> None:
        self.language = language
        self.scoring_delay = scoring_delay
        self.questions = 0

    def __call__(self, request: RecordedRequest) -> Any:
        from scripted_server import Slow

        if is_scoring(request):
            reply = Reply(rubric_reply(request))
            return Slow(self.scoring_delay, reply) if self.scoring_delay else reply
        self.questions += 1
        n = self.questions
        if self.language == "zh":
            return Reply(
                f"第{n}个问题：请结合你的笔记具体谈谈这一点，重点讲原理和取舍？", chunk_size=3
            )
        return Reply(
            f"Question {n}: walk me through this in detail, focusing on why?", chunk_size=5
        )
