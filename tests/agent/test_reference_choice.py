"""The reference an answer is scored against is the question asked's own, or none.

Notes list questions with no answer ("使用外挂知识库主要是为了解决什么问题？" in a numbered
list). Scored against the nearest neighbour that has one ("介绍一下 RAG？"), or a classic
behavioral question against the notes' only story ("最困难的事情" for "意见不一致"), a good
answer got 0 for missing another question's points.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from scoring_fixtures import MemoryRetriever, cite

from agent import AgentConfig, Answer, Scorer
from agent.prompts import scoring as prompts
from knowledge import KnowledgeBase, KnowledgeConfig, Question

NOTES = """# 大模型面试笔记

## RAG 常见问题

1. 使用外挂知识库主要是为了解决什么问题？
2. 如何评价 RAG 项目的效果好坏？

## 介绍一下 RAG？

RAG 就是给大模型接一个外部数据库：对用户的问题，先用信息检索技术从数据库里找出相关的段落，\
再让大模型结合这些段落生成回答。

- 如何将文本分块，存入知识库
- 如何根据用户问题进行检索
- 大模型根据检索内容进行总结性回答

## 行为面试

### 遇到最困难的事情怎么解决的

工作上最困难的事情是：文本切分之后上下文失去关联，指代混乱。我先统计了出错的样例，\
再改成按标题切分并保留标题路径，问答准确率提高了 8 个点。
"""

WHY_EXTERNAL = "使用外挂知识库主要是为了解决什么问题？"
WHY_EXTERNAL_ANSWER = (
    "外挂知识库主要解决大模型的知识时效性和幻觉问题：模型的训练数据有截止时间，私有领域的知识"
    "模型没见过，直接回答容易编造。通过检索相关文档放进提示词，让模型基于检索到的内容回答，"
    "可以更新知识、减少幻觉，还能给出出处。"
)
DISAGREED = "讲一次你和同事意见不一致的经历，你是怎么处理的？"
DISAGREED_ANSWER = (
    "上线前我和同事在缓存方案上意见不一致。我先听他的理由，再用压测数据对比两个方案的延迟和成本，"
    "最后选了折中方案按时上线。之后我会在方案评审时更早对齐目标。"
)


@pytest.fixture(scope="module")
def notes_kb(tmp_path_factory: pytest.TempPathFactory, models_dir: Path) -> Iterator[KnowledgeBase]:
    """A real knowledge base (Chroma, the offline embedder) over the notes above."""
    folder = tmp_path_factory.mktemp("reference-notes")
    (folder / "notes.md").write_text(NOTES, encoding="utf-8")
    with KnowledgeBase(KnowledgeConfig(data_dir=folder / "home", models_dir=models_dir)) as kb:
        kb.ingest([folder / "notes.md"])
        yield kb


def _scorer(kb: KnowledgeBase, tmp_path: Path) -> Scorer:
    config = AgentConfig(sessions_db=tmp_path / "unused.sqlite")
    return Scorer(config, kb, None, embedder=kb.embedder)


@pytest.mark.slow
def test_a_question_the_notes_list_without_an_answer_has_no_reference(
    notes_kb: KnowledgeBase, tmp_path: Path
):
    unanswered = [q for q in notes_kb.questions() if q.question == WHY_EXTERNAL]
    assert unanswered and not unanswered[0].answer  # the bank has it, with no answer

    turn = _scorer(notes_kb, tmp_path).score(
        WHY_EXTERNAL, Answer(text=WHY_EXTERNAL_ANSWER), "fundamentals"
    )

    assert turn.references == [] and turn.key_points == [] and turn.improved_answer == ""
    assert prompts.NO_REFERENCE_DETAILS.said_in("zh") in turn.summary
    assert turn.overall is not None and turn.overall > 0  # not 0 for "介绍一下 RAG？"'s points


@pytest.mark.slow
def test_a_classic_behavioral_question_is_not_scored_on_the_notes_other_story(
    notes_kb: KnowledgeBase, tmp_path: Path
):
    turn = _scorer(notes_kb, tmp_path).score(DISAGREED, Answer(text=DISAGREED_ANSWER), "behavioral")

    assert turn.references == [] and turn.key_points == []
    assert "最困难" not in turn.improved_answer


@pytest.mark.slow
def test_the_same_question_in_other_words_still_finds_its_answer(
    notes_kb: KnowledgeBase, tmp_path: Path
):
    """The retriever ranks the unanswered "外挂知识库" entry first here (its text is short);
    the bank question meaning the same as the one asked is the reference."""
    answer = "RAG 先从外部数据库检索和问题相关的段落，再让大模型结合这些段落生成回答。"
    turn = _scorer(notes_kb, tmp_path).score(
        "能讲讲 RAG 是什么吗？", Answer(text=answer), "fundamentals"
    )

    assert [r.heading_path[-1] for r in turn.references][:1] == ["介绍一下 RAG？"]
    assert turn.key_points and turn.key_points[0].status != "missed"


UNANSWERED = Question(
    id="q-empty",
    question="LoRA 具体是怎么解决梯度更新的？",
    answer="",
    stage="fundamentals",
    topic="LoRA",
    citation=cite(5, "基础", "LoRA"),
)
NEIGHBOUR = Question(
    id="q-qlora",
    question="QLoRA 相比 LoRA 做了什么改进？",
    answer="QLoRA 把基座量化到 4 bit（NF4），再在上面训练 LoRA；用分页优化器避免显存峰值。",
    stage="fundamentals",
    topic="LoRA",
    citation=cite(12, "基础", "QLoRA"),
)
LISTED_AGAIN = Question(
    id="q-again",
    question="LoRA 具体是怎么解决梯度更新的",
    answer="LoRA 只对低秩矩阵 A、B 求梯度，原权重冻结，所以梯度和优化器状态都很小。",
    stage="fundamentals",
    topic="LoRA",
    citation=cite(40, "基础", "LoRA 复习"),
)
ANSWER = "LoRA 冻结原权重，只对两个低秩矩阵求梯度，优化器状态也只存这两个矩阵的，所以省显存。"


def test_a_neighbour_does_not_stand_in_for_the_unanswered_question_asked(tmp_path: Path):
    retriever = MemoryRetriever([UNANSWERED, NEIGHBOUR])
    scorer = Scorer(AgentConfig(sessions_db=tmp_path / "s.sqlite"), retriever, None)

    turn = scorer.score(UNANSWERED.question, Answer(text=ANSWER), "fundamentals")

    assert turn.references == [] and turn.key_points == []
    assert prompts.NO_REFERENCE_DETAILS.said_in("zh") in turn.summary


def test_the_same_question_listed_again_with_an_answer_is_the_reference(tmp_path: Path):
    retriever = MemoryRetriever([UNANSWERED, NEIGHBOUR, LISTED_AGAIN])
    scorer = Scorer(AgentConfig(sessions_db=tmp_path / "s.sqlite"), retriever, None)

    turn = scorer.score(UNANSWERED.question, Answer(text=ANSWER), "fundamentals")

    assert turn.references[:1] == [LISTED_AGAIN.citation]
    assert any(p.status != "missed" for p in turn.key_points)
