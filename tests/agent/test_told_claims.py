"""A project claim the candidate already told in an answer is not the next main question
(agent._probing.unsaid): "你还提到：“…有依据的答案只有 62%”" after an answer that said so."""

from __future__ import annotations

from pathlib import Path

import pytest
from interview_fixtures import MemoryRetriever, questions_asked
from test_retold_projects import LORA_ZH, RAG_EN, RAG_ZH, _project

from agent.state import InterviewOptions
from knowledge import Project

ZH = [
    _project("p-rag", "企业知识库 RAG 问答系统", RAG_ZH, "/notes/p.md", (3, 30)),
    _project("p-lora", "客服对话摘要的 LoRA 微调", LORA_ZH, "/notes/p.md", (32, 40)),
]
EN = [
    _project("e-rag", "Enterprise RAG Q&A", RAG_EN, "/notes/p_en.md", (3, 30)),
    _project("e-lora", "Summaries with LoRA", LORA_ZH, "/notes/p_en.md", (32, 40)),
]
# the first answer tells the project's other claim: remembered past the next topic
ZH_TOLD = (
    "我负责检索部分。我把检索换成了 BM25 加向量的混合检索，两路结果用 RRF 融合，"
    "再用 cross-encoder 重排，效果提升很明显。"
)
ZH_CLAIM = "混合检索"
EN_TOLD = (
    "I owned retrieval. Before I joined, the old system was pure vector search and only 62% of "
    "its answers were grounded, so we had a clear problem to fix."
)
EN_CLAIM = "only 62%"


@pytest.mark.parametrize(
    ("language", "projects", "first", "claim"),
    [("zh", ZH, ZH_TOLD, ZH_CLAIM), ("en", EN, EN_TOLD, EN_CLAIM)],
)
def test_a_claim_told_in_an_earlier_answer_is_not_asked_as_a_main_question(
    mianba_home: Path, language: str, projects: list[Project], first: str, claim: str
) -> None:
    options = InterviewOptions(stages=["project"], minutes=60, language=language)  # type: ignore[arg-type]
    dunno = "不知道" if language == "zh" else "I don't know"
    retriever = MemoryRetriever([], projects)
    asked = questions_asked(mianba_home, retriever, options, [first, *[dunno] * 8])
    mains = [q.text for q in asked if not q.is_follow_up]
    assert claim not in mains[0]  # the first question is about another claim
    assert not any(claim in q for q in mains[1:]), mains


@pytest.mark.parametrize(("language", "said"), [("zh", "提到"), ("en", "mentioned")])
def test_a_claim_is_quoted_as_written_not_as_said(
    mianba_home: Path, language: str, said: str
) -> None:
    """The first project question quotes the notes before the candidate said a word of it:
    "你提到：“…”" would put the notes' words in the candidate's mouth."""
    options = InterviewOptions(stages=["project"], minutes=60, language=language)  # type: ignore[arg-type]
    projects = ZH if language == "zh" else EN
    asked = questions_asked(mianba_home, MemoryRetriever([], projects), options, ["x"] * 3)
    mains = [q.text for q in asked if not q.is_follow_up]
    assert len(mains) >= 2 and not any(said in q for q in mains), mains
