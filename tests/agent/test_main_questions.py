"""Main questions read like an interviewer: a bank question ends as a question, a deep
dive names its project as a person would and introduces it once."""

from __future__ import annotations

import re

import pytest

from agent._questions import offline_main
from agent.state import PlannedTopic


def _topic(kind: str, stage: str, topic: str, seed: str) -> PlannedTopic:
    return PlannedTopic(stage=stage, topic=topic, kind=kind, seed=seed)  # type: ignore[arg-type]


def _said(text: str, question: str) -> bool:
    """Asked as it is, or quoted whole (a question in the interview's other language)."""
    return text == question or f'"{question}"' in text or f"“{question}”" in text


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_bank_question_the_notes_left_bare_is_asked_with_a_question_mark(language: str) -> None:
    bare = (("faiss向量数据库和其他数据库有什么不同", "？"), ("How does dropout work", "?"))
    for seed, mark in bare:
        text = offline_main(_topic("bank", "fundamentals", "x", seed), language, opening=False)
        assert _said(text, seed + mark)
    done = "讲一下 RLHF 的三个阶段。"
    text = offline_main(_topic("bank", "fundamentals", "x", done), language, False)
    assert _said(text, done)
    for seed, said in (("介绍一下 RAG?", "介绍一下 RAG？"), ("What is RAG？", "What is RAG?")):
        text = offline_main(_topic("bank", "fundamentals", "x", seed), language, False)
        assert _said(text, said)


@pytest.mark.parametrize("stage", ["fundamentals", "behavioral"])
def test_a_chinese_interview_says_where_an_english_note_question_comes_from(stage: str) -> None:
    """ "下面问一些基础知识。bias vs variance?" dropped the English notes' line into a Chinese
    interview, and a story question ended "…how did it turn out？" with a Chinese mark."""
    story = 'Tell me about "Incident — model degraded": how did it go?'
    for seed in ("bias vs variance?", story):
        text = offline_main(_topic("bank", stage, "x", seed), "zh", opening=True)
        assert f"“{seed}”" in text and "你会怎么回答" in text, text
    own = offline_main(_topic("bank", stage, "x", "LoRA 的秩怎么选?"), "zh", opening=False)
    assert own == "LoRA 的秩怎么选？"


@pytest.mark.parametrize("stage", ["fundamentals", "behavioral"])
def test_an_english_interview_says_where_a_chinese_note_question_comes_from(stage: str) -> None:
    """ "Next, some fundamentals. 如何让LLM回答出全面的粗粒度（跨段落）知识？" dropped a
    Chinese line into an English interview; offline it cannot be translated, so it is
    quoted as the candidate wrote it, in an English sentence saying so."""
    seed = "如何让LLM回答出全面的粗粒度（跨段落）知识"
    text = offline_main(_topic("bank", stage, "x", seed), "en", opening=True)
    assert f'"{seed}？"' in text  # quoted whole, as written
    outside = text.replace(f'"{seed}？"', "")
    assert "your notes" in outside and outside.rstrip().endswith("?")
    assert not re.search(r"[\u4e00-\u9fff]", outside)  # the frame is English
    # a Chinese interview asks it as it is; an English question in an English one too
    assert offline_main(_topic("bank", stage, "x", seed), "zh", opening=False) == seed + "？"
    english = offline_main(_topic("bank", stage, "x", "What is RAG"), "en", opening=False)
    assert english == "What is RAG?"


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_deep_dive_names_the_project_as_a_person_would_and_quotes_cleanly(
    language: str,
) -> None:
    name = "企业知识库 RAG 问答系统（星河科技 · 算法实习）"
    topic = _topic("project", "project", name, '业务方统计"有依据"的答案只有 62%')
    text = offline_main(topic, language, opening=False)
    assert "企业知识库 RAG 问答系统" in text and "星河科技" not in text
    assert '"有依据"' not in text and text.count("“") == text.count("”")  # no quote in a quote
    assert ("‘有依据’" if language == "zh" else "'有依据'") in text


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_projects_second_claim_does_not_introduce_the_project_again(language: str) -> None:
    first = PlannedTopic(
        stage="project", topic="Search ranking at ShopCo (intern)", kind="project",
        source_id="p-shop", seed="I built the learning-to-rank pipeline for product search",
    )  # fmt: skip
    second = first.model_copy(
        update={"source_id": "p-shop#2", "seed": "I replaced the hand-tuned scoring"}
    )
    opening = offline_main(first, language, opening=False)
    again = offline_main(second, language, opening=False, introduced=True)
    assert ("我看到你做过" if language == "zh" else "I see you worked on") in opening
    # the second claim asked first (the first was asked in a recent session) introduces it
    assert offline_main(second, language, False) != again
    assert "我看到你做过" not in again and "I see you worked on" not in again
    assert "Search ranking at ShopCo" in again and "intern" not in again


@pytest.mark.parametrize(
    ("name", "language", "said"),
    [
        ("美团", "zh", "我看到你在「美团」的经历里写到"),
        ("MetaApp", "en", 'In your notes on your time at "MetaApp"'),
        ("千里马网信科技有限公司", "zh", "我看到你在「千里马网信科技有限公司」的经历里写到"),
        ("代码补全 DPO 对齐", "zh", "我看到你做过「代码补全 DPO 对齐」"),
        ("Text2SQL", "en", 'I see you worked on "Text2SQL"'),
        # common nouns in lower case, as no company writes its name: the work, not a place
        ("support chatbot", "en", 'I see you worked on "support chatbot"'),
        ("churn prediction for retail", "en", 'I see you worked on "churn prediction'),
        ("Sparkle AI", "en", 'In your notes on your time at "Sparkle AI"'),
        # read in an interview: "In your notes on your time at "Reranker distillation""
        ("Reranker distillation", "en", 'I see you worked on "Reranker distillation"'),
        ("Query rewriting", "en", 'I see you worked on "Query rewriting"'),
        ("LoRA fine-tuning", "en", 'I see you worked on "LoRA fine-tuning"'),
    ],
)
def test_a_write_up_titled_by_a_company_is_not_called_a_project(
    name: str, language: str, said: str
) -> None:
    """A reviewer was asked "我看到你做过「美团」": the shared notes title an internship's
    write-up by the company."""
    topic = _topic("project", "project", name, "业务方希望提供一个能处理 Text2SQL 的大模型")
    assert said in offline_main(topic, language, opening=False)


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("stage", ["fundamentals", "behavioral"])
def test_an_english_request_the_notes_left_bare_ends_with_a_full_stop(
    language: str, stage: str
) -> None:
    """ "Explain the three stages of RLHF?" and "Tell me about a time you disagreed with your
    manager?" were asked in the window: a request is no question."""
    for seed in (
        "Explain the three stages of RLHF",
        "Tell me about a time you disagreed with your manager",
        "Walk me through how you would debug a slow query",
    ):
        text = offline_main(_topic("bank", stage, "x", seed), language, opening=False)
        assert _said(text, seed + "."), text
    text = offline_main(
        _topic("bank", stage, "x", "Given a list, how would you sort it"), language, False
    )
    assert _said(text, "Given a list, how would you sort it?"), text


# written for this test: claims that only set values, after a short label or none
SETTINGS = [
    ("zh", "评测集", "Reranker：top_n=8，batch size 32，学习率 3e-5"),
    ("zh", "美团", "温度 0.3，top_p 0.9"),
    ("en", "Invoice extraction", "Settings: top_k=12, temperature=0.1"),
    ("en", "Invoice extraction", "learning rate 2e-5, batch size 64"),
]


@pytest.mark.parametrize(("language", "project", "seed"), SETTINGS)
@pytest.mark.parametrize("introduced", [False, True])
def test_a_project_claim_that_sets_values_is_asked_how_they_were_chosen(
    language: str, project: str, seed: str, introduced: bool
) -> None:
    # "…“top_k=20, temperature=0.2”。能围绕这一点具体讲讲吗：你负责哪部分、怎么做的、效果怎么样？"
    # asks a number what the candidate did in it
    text = offline_main(_topic("project", "project", project, seed), language, False, introduced)  # type: ignore[arg-type]
    assert re.search(r"怎么定下来|How did you choose", text), text
    assert not re.search(r"你负责哪部分|怎么做的|what was your part|how did you do it", text), text


def test_a_claim_of_work_with_a_setting_in_it_is_asked_as_work() -> None:
    seed = "Hybrid retrieval: BM25 plus a dense encoder, fused with RRF (k=60)"
    text = offline_main(_topic("project", "project", "Ticket search", seed), "en", False)
    assert "what was your part" in text, text
