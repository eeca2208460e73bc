"""Export file names: when the session started and what it was about, in whole words."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from desktop._export import TITLE_CHARS, export_name


def _record(*topics: str) -> SimpleNamespace:
    turns = [SimpleNamespace(topic=t, stage="project", is_follow_up=False) for t in topics]
    started = dt.datetime(2026, 12, 7, 10, 20).timestamp()
    return SimpleNamespace(started_at=started, turns=turns)


def test_topics_go_in_whole_while_they_fit() -> None:
    """ "…-算法实习-代码补全模型的-SF.json": the title was cut at 40 characters mid-word."""
    record = _record(
        "企业知识库 RAG 问答系统（星河科技 · 算法实习）",
        "代码补全模型的 SFT 与 DPO 对齐（实验室 × 云帆智能）",
    )
    assert export_name(record, "json") == (
        "mianba-2026-12-07-1020-企业知识库-RAG-问答系统-星河科技-算法实习.json"
    )


def test_a_single_long_topic_is_cut_after_a_whole_word() -> None:
    record = _record("Designing a retrieval pipeline for enterprise question answering at scale")
    name = export_name(record, "md")
    title = name.removeprefix("mianba-2026-12-07-1020-").removesuffix(".md")
    assert len(title) <= TITLE_CHARS and title == "Designing-a-retrieval-pipeline-for"
