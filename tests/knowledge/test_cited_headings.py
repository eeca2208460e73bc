"""A question's citation names the headings its lines are under, as the report shows them."""

from __future__ import annotations

from knowledge import Question, parse_note


def _cited(note: str, question: str) -> tuple[str, ...]:
    found: list[Question] = [q for q in parse_note(note, "/notes/n.md").questions]
    (asked,) = [q for q in found if q.question == question]
    return asked.citation.heading_path


def test_questions_after_a_question_headings_answer_are_not_cited_under_it() -> None:
    note = (
        "##### faiss向量数据库和其他数据库有什么不同\n\n"
        "faiss 用 ANN 索引，向量数据库还做量化和索引压缩。\n\n"
        "HNSW 是基于可导航小世界图的近邻搜索。\n\n\n\n"
        "1. 聊一下RAG项目总体思路？\n"
        "2. 模型底座是什么，这些不同底座什么区别，什么规模？\n"
        "3. 模型部署的平台，推理效率怎么样，如何提升推理效率？\n"
    )
    heading = "faiss向量数据库和其他数据库有什么不同"
    assert _cited(note, heading) == (heading,)
    assert _cited(note, "模型底座是什么，这些不同底座什么区别，什么规模？") == ()


def test_a_heading_told_as_part_of_an_answer_still_ends_the_section_before_it() -> None:
    note = (
        "## MQA&GQA\n\nMQA 让所有头共享一组 K 和 V。\n\n"
        "微调方法有哪些\n\n"
        "### PT方法\n\n- P-Tuning：只在 Embedding 层加入新参数。\n\n"
        "## Adapter Tuning\n\n"
        "## Prefix Tuning\n\nPrompt Tuning\n\n"
        "### 软件能力：\n\n我的优点是学习能力好。\n\n\n\n"
        "遇到最困难的事情怎么解决的\n\n"
        "工作上最困难的是文本切分之后上下文失去关联。\n"
    )
    assert _cited(note, "遇到最困难的事情怎么解决的") == ("软件能力：",)
