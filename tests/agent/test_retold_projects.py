"""A project the notes tell in both languages is asked once, in the interview's language
(agent._retold, agent._planning; pure, no graph)."""

from __future__ import annotations

from pathlib import Path

from agent._answer_text import mostly_cjk
from agent._planning import build_plan, candidate_topics
from agent._questions import offline_main
from agent.state import InterviewOptions, Language
from knowledge import (
    Citation,
    LoadedNote,
    Project,
    Question,
    iter_note_files,
    load_note,
    parse_note,
)

DEMO_NOTES = Path(__file__).resolve().parents[2] / "knowledge" / "demo_notes"

RAG_ZH = (
    "背景：\n公司内部有约 12 万篇制度文档，原系统是纯向量检索，有依据的答案只有 62%。\n\n"
    "方法：\n我把检索改成 BM25 + 向量的混合检索，用 RRF（k=60）融合，再用 cross-encoder 重排。\n\n"
    "结果：\nRecall@5 从 71% 提到 89%，MRR 从 0.58 到 0.76，有依据率提到 84%。"
)
RAG_EN = (
    "Background:\nThe company had about 120,000 internal documents; the old system was pure "
    "vector search, and only 62% of its answers were grounded.\n\n"
    "Approach:\nI switched to hybrid BM25 plus dense retrieval fused with RRF (k=60), then "
    "reranked with a cross-encoder.\n\n"
    "Results:\nRecall@5 went from 71% to 89%, MRR from 0.58 to 0.76, and grounded answers "
    "rose to 84%."
)
LORA_ZH = (
    "背景：\n用 6,000 条脱敏客服对话训练摘要模型。\n\n"
    "方法与结果：\n基座 Qwen 7B，LoRA r=16、α=32；"
    "ROUGE-L 从 0.41 提升到 0.56，字段完整率从 78% 到 97%。"
)


def _project(pid: str, name: str, text: str, source: str, lines: tuple[int, int]) -> Project:
    citation = Citation(source=source, line_start=lines[0], line_end=lines[1])
    return Project(id=pid, name=name, description=text, citation=citation)


PROJECTS = [
    _project("p-rag-zh", "企业知识库 RAG 问答系统", RAG_ZH, "/notes/projects.md", (3, 30)),
    _project("p-lora-zh", "客服对话摘要的 LoRA 微调", LORA_ZH, "/notes/projects.md", (32, 40)),
    _project("p-rag-en", "Enterprise RAG Q&A", RAG_EN, "/notes/projects_en.md", (3, 30)),
]


def _asked_under(qid: str, question: str, source: str, line: int) -> Question:
    citation = Citation(source=source, line_start=line, line_end=line)
    return Question(
        id=qid, question=question, answer="…", stage="project", topic="RRF", citation=citation
    )


BANK = [
    _asked_under("q-rrf-zh", "为什么用 RRF 融合，而不是加权求和？", "/notes/projects.md", 20),
    _asked_under("q-rrf-en", "Why RRF rather than a weighted sum?", "/notes/projects_en.md", 20),
]


def _asked(language: Language, budget: int = 20) -> list[str]:
    topics = candidate_topics("project", BANK, PROJECTS, language)
    options = InterviewOptions(stages=["project"], language=language)
    plan = build_plan(options, {"project": budget}, {"project": topics}, weak={}, recent=set())
    return [t.source_id.split("#")[0] for t in plan[0].topics]


def test_a_project_told_in_both_languages_is_asked_in_the_interviews_language_once() -> None:
    english = _asked("en")
    assert "p-rag-en" in english and "p-rag-zh" not in english
    assert "q-rrf-en" in english and "q-rrf-zh" not in english  # its questions went with it
    assert "p-lora-zh" in english  # told only in Chinese: still the candidate's project
    chinese = _asked("zh")
    assert "p-rag-zh" in chinese and "p-rag-en" not in chinese
    assert "q-rrf-zh" in chinese and "q-rrf-en" not in chinese
    assert "p-lora-zh" in chinese


def test_two_projects_in_one_language_are_two_projects_whatever_they_share() -> None:
    """Figures alike in two Chinese write-ups make no retelling: only a write-up in the
    other language can retell one."""
    twin = PROJECTS[0].model_copy(update={"id": "p-rag-zh-2", "name": "另一个 RAG 项目"})
    topics = candidate_topics("project", [], [PROJECTS[0], twin], "en")
    assert {t.source_id.split("#")[0] for t in topics} == {"p-rag-zh", "p-rag-zh-2"}


def _demo() -> tuple[list[Question], list[Project]]:
    bank, projects = [], []
    for path in iter_note_files([DEMO_NOTES]):
        note = load_note(path, 1024 * 1024)
        assert isinstance(note, LoadedNote), note
        parsed = parse_note(note.text, note.path)
        bank += parsed.questions
        projects += parsed.projects
    return bank, projects


def test_the_demo_notes_english_interview_quotes_the_english_write_ups() -> None:
    """'I see you worked on "企业知识库 RAG 问答系统", where you wrote: "公司内部有约 12 万篇…"'
    in an English interview: the answer was then scored against Chinese notes (50 at most)."""
    bank, projects = _demo()
    for language in ("en", "zh"):
        topics = candidate_topics("project", bank, projects, language)
        options = InterviewOptions(stages=["project"], language=language)
        plan = build_plan(options, {"project": 20}, {"project": topics}, weak={}, recent=set())
        asked = plan[0].topics
        first = offline_main(asked[0], language, opening=False)
        assert mostly_cjk(first) == (language == "zh"), first
        assert all(mostly_cjk(t.reference) == (language == "zh") for t in asked)
        deep_dives = {t.topic for t in asked if t.kind == "project"}
        assert len(deep_dives) == 3  # each of the three projects once, in one language
