"""What code accepts of an LLM-written question: over HTTP to the scripted server.

A small model sometimes writes a statement where a question belongs (the real 0.5B
model once "asked" "在企业知识库问答中，…召回率从 71% 提到 89%。"); the candidate then has
nothing to answer, so the interviewer asks its own question instead.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from interview_fixtures import (
    EN_PROJECTS,
    EN_QUESTIONS,
    MemoryRetriever,
    is_scoring,
    of_type,
    rubric_reply,
)
from scripted_server import RecordedRequest, Reply, ScriptedLLMServer

from agent import AgentConfig, Interviewer, InterviewOptions, LLMConfig, LLMGateway

STATEMENTS = {
    "zh": "在企业知识库问答中，BM25 加向量的混合检索的召回率从 71% 提到 89%。",
    "en": "In Support search, hybrid BM25 plus vector retrieval raised recall from 71% to 89%.",
}
PROJECT = {"zh": "企业知识库问答", "en": "Support search"}


def first_question(home: Path, server: ScriptedLLMServer, language: str, stage: str) -> str:
    config = LLMConfig(base_url=server.base_url, model=server.model, api_key="sk-test")
    en = language == "en"
    retriever = MemoryRetriever(EN_QUESTIONS, EN_PROJECTS) if en else MemoryRetriever()
    cfg = AgentConfig(sessions_db=home / "sessions.sqlite", language=language, llm=config)  # type: ignore[arg-type]
    iv = Interviewer(cfg, retriever, llm=LLMGateway(config))
    options = InterviewOptions(stages=[stage], minutes=5, language=language)  # type: ignore[list-item, arg-type]
    events = list(iv.run(iv.start(options)))
    iv.close()
    return str(of_type(events, "question_asked")[0].text)


def writes(text: str):  # type: ignore[no-untyped-def]
    def answer(request: RecordedRequest) -> object:
        return rubric_reply(request) if is_scoring(request) else Reply(text, chunk_size=3)

    return answer


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_statement_for_the_project_question_is_replaced_by_a_question(
    mianba_home: Path, scripted_llm: ScriptedLLMServer, language: str
):
    scripted_llm.on_chat = writes(STATEMENTS[language])

    asked = first_question(mianba_home, scripted_llm, language, "project")

    assert asked != STATEMENTS[language]
    assert PROJECT[language] in asked and asked.rstrip().endswith(("？", "?"))
    (request,) = scripted_llm.chat_requests
    assert ("问号" if language == "zh" else "question mark") in request.user_text


@pytest.mark.parametrize(
    "text",
    [
        "关于企业知识库问答：混合检索为什么比纯向量检索召回更高？",
        "请你具体讲讲企业知识库问答里的 cross-encoder 重排是怎么做的。",  # a request is asked
    ],
)
def test_a_question_or_a_request_is_asked_as_written(
    mianba_home: Path, scripted_llm: ScriptedLLMServer, text: str
):
    scripted_llm.on_chat = writes(text)
    assert first_question(mianba_home, scripted_llm, "zh", "project") == text


def test_a_statement_for_a_fundamentals_question_falls_back_to_the_bank(
    mianba_home: Path, scripted_llm: ScriptedLLMServer
):
    scripted_llm.on_chat = writes("过拟合是模型在训练集上表现好但在测试集上差。")
    asked = first_question(mianba_home, scripted_llm, "zh", "fundamentals")
    assert asked.endswith("？") and asked != "过拟合是模型在训练集上表现好但在测试集上差。"


def test_a_question_that_loops_is_stopped_and_the_interviewer_asks_its_own(
    mianba_home: Path, scripted_llm: ScriptedLLMServer
):
    """The 0.5B model once asked "…混合检索和混合检索的混合检索？"; a model that keeps going
    would stream the same words until its context is full."""
    looping = "在企业知识库问答中，你如何进行" + "混合检索和混合检索的" * 400
    scripted_llm.on_chat = writes(looping)

    asked = first_question(mianba_home, scripted_llm, "zh", "project")

    assert "混合检索和混合检索的混合检索和" not in asked
    assert PROJECT["zh"] in asked and asked.endswith("？")
    (request,) = scripted_llm.chat_requests
    assert len(request.user_text) > 0  # one request: the offline question needs no other
