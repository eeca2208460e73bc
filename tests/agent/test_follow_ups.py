"""Offline follow-ups read like an interviewer: they name the missed idea, in zh and en."""

from __future__ import annotations

import re

import pytest
from follow_up_fixtures import ask

from agent._coverage import measure
from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import Point, handle, key_points
from agent.state import InterviewOptions

OVERFIT = "过拟合的缓解：\n1. 正则化（L2、weight decay）\n2. Dropout\n3. 早停"
OVERFIT_EN = (
    "**How to reduce overfitting:**\n- Regularization (L2, weight decay)\n- Dropout\n"
    "- Early stopping"
)
PROJECT = (
    "问题背景：**业务方现有的表格查询方式主要依靠点击式操作**，对于新员工来说学习成本较高。\n"
    "**我的职责**：负责 Text2SQL 数据构造\n"
    "- 用 GPT-4 构造 3000 条微调指令数据，并随机抽样检查数据质量\n"
    "- 上线后查询准确率从 61% 提升到 83%"
)
CJK = re.compile(r"[\u4e00-\u9fff]")
NOT_AN_INTERVIEWER = re.compile(r"你是怎么理解|没有展开「|\*\*|How do you understand|「\*")


def _follow_up(reference: str, answer: str, question: str, stage: str, language: str) -> str:
    points = key_points(reference)
    cover = measure(points, answer, question)
    probe = next(p for p in points if p.label == cover.missed[0])
    hits = [p for p in points if p.label not in cover.missed]
    options = InterviewOptions(language=language)  # type: ignore[arg-type]
    about = FollowUp(probe, hits, stage, answer)  # type: ignore[arg-type]
    return offline_follow_up(about, options, seq=1, asked=[question])


def test_zh_knowledge_follow_up_names_what_was_said_and_what_was_missed() -> None:
    text = _follow_up(
        OVERFIT, "可以加 L2 正则化，也就是 weight decay。", "怎么缓解过拟合？", "fundamentals", "zh"
    )
    assert "正则化" in text and "（" not in text  # what the answer got right, briefly
    assert "Dropout" in text  # the missed idea itself, not its heading
    assert "过拟合的缓解" not in text and not NOT_AN_INTERVIEWER.search(text)
    assert text.endswith("？")


def test_a_short_point_under_a_paragraph_says_what_it_is_part_of() -> None:
    """ "构建层次结构，这是怎么回事？" after a faiss question: part of what? HNSW."""
    reference = (
        "向量数据库通过量化、索引压缩等技术减少存储。\n\n"
        "HNSW 算法是一种用于向量相似性搜索的图算法。\n\n"
        "1.构建层次结构\n\n2.利用层次结构，搜索从粗到细，先在高层节点上搜索再逐层向下细化。"
    )
    answer = "向量数据库会用量化和索引压缩来减少存储。"
    text = _follow_up(reference, answer, "faiss 和其他数据库有什么不同？", "fundamentals", "zh")
    assert "HNSW 算法里的构建层次结构" in text, text


def test_a_follow_up_opening_on_a_latin_word_has_no_space_before_it() -> None:
    probe = key_points("HNSW 算法是一种图算法。它是基于可导航小世界图的概念，搜索很快。")[1]
    options = InterviewOptions(language="zh")
    hit = [Point(text="HNSW 是分层的图")]
    for seq in range(6):
        for hits in ([], hit):
            asked = offline_follow_up(FollowUp(probe, hits, "fundamentals"), options, seq)
            assert asked == asked.strip(), asked


def test_en_knowledge_follow_up() -> None:
    answer = "I would add L2 regularization, also called weight decay."
    text = _follow_up(OVERFIT_EN, answer, "How do you reduce overfitting?", "fundamentals", "en")
    assert "regularization" in text.lower() and "dropout" in text.lower()
    assert "How to reduce overfitting" not in text and not NOT_AN_INTERVIEWER.search(text)
    assert text.endswith("?")


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_project_follow_up_asks_what_the_candidate_did_without_markdown(language: str) -> None:
    text = _follow_up(PROJECT, "", "讲讲这个项目", "project", language)
    assert not NOT_AN_INTERVIEWER.search(text)
    if language == "zh":
        assert "业务方现有的表格查询方式" in text  # the missed claim, as the notes put it
    else:  # a long Chinese claim is not read out inside an English question
        assert not CJK.search(text)
    if language == "zh":  # "问题背景：…" is the situation before the work: asked as one
        assert "背景" in text and "影响" in text, text
    else:
        assert "did you do" in text.lower()


def test_a_long_point_is_named_by_one_clause_close_to_what_was_said() -> None:
    point = key_points(
        "模型在训练集上表现很好，但在测试集上泛化很差，因为它把训练数据里的噪声也记住了。"
    )[0]
    named = handle(point, 16, "训练集上效果很好")
    assert named == "模型在训练集上表现很好"
    assert handle(point, 16) in point.text and len(handle(point, 16)) <= 16


def test_follow_ups_rotate_and_never_repeat_an_asked_question() -> None:
    points = key_points(OVERFIT)
    about = FollowUp(points[1], [points[0]], "fundamentals", "用 L2 正则化")
    options = InterviewOptions(language="zh")
    first = offline_follow_up(about, options, seq=1)
    second = offline_follow_up(about, options, seq=1, asked=[first])
    third = offline_follow_up(about, options, seq=1, asked=[first, second])
    assert len({first, second, third}) == 3
    assert all("Dropout" in t for t in (first, second, third))
    styled = offline_follow_up(about, InterviewOptions(language="zh", style="pressure"), seq=1)
    assert styled.startswith("说具体一点。") and not styled.startswith("说具体一点。 ")


def test_an_english_lead_is_followed_by_one_space() -> None:
    about = FollowUp(Point(text="Dropout randomly zeroes activations"), [], "fundamentals", "")
    for style, lead in (("pressure", "Be specific. "), ("friendly", "Thanks. ")):
        text = offline_follow_up(about, InterviewOptions(language="en", style=style), seq=1)
        assert text.startswith(lead) and text[len(lead)] not in " .", text


CLAUSE_FRAGMENTS = [  # (point as cut from the notes, stage, what must not be said, what must)
    ("然后再结合我们的数据质量评分模型", "project", "然后再", "数据质量评分模型"),
    ("强调的中间的推理过程的正确性", "fundamentals", "强调的", "中间的推理过程的正确性"),
    ("并且同时支持批量写入和实时查询", "fundamentals", "并且", "支持批量写入和实时查询"),
    ("and then fuse the two rankings with RRF", "fundamentals", "and then", "fuse the two"),
    ("so the reranker only sees the top 50 passages", "project", "so the", "the reranker"),
]


@pytest.mark.parametrize(("point", "stage", "bad", "good"), CLAUSE_FRAGMENTS)
@pytest.mark.parametrize("seq", [0, 1, 2])
def test_a_clause_fragment_is_named_without_its_leading_connective(
    point: str, stage: str, bad: str, good: str, seq: int
) -> None:
    language = "zh" if CJK.search(point) else "en"
    text = ask(point, stage, language, seq)
    assert bad not in text.lower() and good in text
    assert "你的笔记里写到" not in text and "Your notes mention" not in text
    assert text.endswith("？" if language == "zh" else "?")


@pytest.mark.parametrize("seq", [0, 1, 2])
def test_no_space_after_chinese_punctuation_before_a_latin_word(seq: int) -> None:
    text = ask("FAISS 还集成了其他的一些索引算法", "fundamentals", "zh", seq)
    assert "FAISS" in text
    assert not re.search(r"[，。？！：；、] ", text) and not re.search(r" [，。？！：；、]", text)


@pytest.mark.parametrize(
    ("point", "language"),
    [("which raised top-5 recall from 71% to 89% on the internal benchmark", "en"), ("的了", "zh")],
)
def test_no_clean_phrase_falls_back_to_a_natural_generic_follow_up(
    point: str, language: str
) -> None:
    for stage in ("fundamentals", "behavioral"):
        texts = {ask(point, stage, language, seq) for seq in range(3)}
        assert len(texts) == 3  # still rotates
        for text in texts:
            assert "which raised" not in text and "的了" not in text and "…" not in text
            assert text.endswith("？" if language == "zh" else "?")


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("stage", ["behavioral", "self_intro"])
def test_a_label_and_content_point_is_asked_about_its_content_as_what_the_candidate_did(
    language: str, stage: str
) -> None:
    point = "生活上最困难的事情是：疫情期间远程沟通协作"
    for seq in range(3):
        text = ask(point, stage, language, seq)
        assert "生活上最困难的事情是" not in text and "事情是：" not in text
        assert not NOT_AN_INTERVIEWER.search(text) and "你的笔记" not in text
        if language == "zh":
            assert "疫情期间远程沟通协作" in text and "做" in text
        else:
            assert re.search(r"\bdid you do\b|\byour part\b", text)
            assert text.endswith("?")


def test_an_english_interview_does_not_read_out_a_long_chinese_point() -> None:
    for stage in ("project", "fundamentals", "behavioral"):
        for seq in range(3):
            text = ask("业务方现有的表格查询方式主要依靠点击式操作", stage, "en", seq)
            assert not CJK.search(text), text
            assert "Your notes mention" not in text and text.endswith("?")


def test_an_english_interview_quotes_a_short_chinese_term() -> None:
    text = ask("二级索引", "fundamentals", "en", 1)
    assert "“二级索引”" in text and text.endswith("?")
    assert not re.search(r"[\u4e00-\u9fff]\S*[A-Za-z]", text.replace("“二级索引”", ""))


def test_a_chinese_interview_does_not_read_out_an_english_sentence() -> None:
    point = "we replaced pure vector search with hybrid BM25 plus dense retrieval"
    for seq in range(3):
        text = ask(point, "project", "zh", seq)
        assert "replaced pure vector" not in text and CJK.search(text)


def test_a_point_that_is_a_question_is_asked_as_one() -> None:
    text = ask("如何解决文本切分之后的上下文失去关联", "project", "zh", 0)
    assert "如何解决文本切分之后的上下文失去关联？" in text
    assert "你的笔记里写到" not in text and "吗？" not in text


@pytest.mark.parametrize(
    ("point", "language"),
    [
        ("Good afternoon, I'm Lin Zhiyuan, a second-year master's student", "en"),
        ("面试官好，我叫王磊，硕士在读", "zh"),
    ],
)
def test_a_self_introduction_greeting_is_never_quoted_back(point: str, language: str) -> None:
    text = ask(point, "self_intro", language, 1)
    assert "Lin Zhiyuan" not in text and "王磊" not in text and "面试官好" not in text
    assert re.search(r"做|did you do|your part|you do yourself", text)


def test_a_means_clause_is_named_with_its_result() -> None:
    """Named as the candidate's own work (a knowledge claim is asked about, not named)."""
    point = "向量数据库通过量化、索引压缩等技术，可以有效减少向量数据的存储需求"
    text = ask(point, "project", "zh", 1)
    assert "等技术，这是" not in text and "减少向量数据的存储需求" in text


@pytest.mark.parametrize(
    ("point", "language", "said", "unsaid"),
    [
        ("我改成用单元测试的结果构造 chosen/rejected", "zh", "你改成用单元测试", "我"),
        ("我们用线上点击日志构造正负样本", "zh", "你们用线上点击日志", "我"),
        ("I replaced the hand-tuned scoring with LambdaMART", "en", "you replaced the", "I "),
        ("we added position-bias correction", "en", "how you added position-bias", " we "),
    ],
)
def test_the_notes_first_person_is_said_to_the_candidate(
    point: str, language: str, said: str, unsaid: str
) -> None:
    for seq in range(3):
        text = ask(point, "project", language, seq)
        assert said in text and unsaid not in text, text


def test_first_person_inside_a_word_is_kept() -> None:
    text = ask("自我监督学习可以用无标注数据预训练", "fundamentals", "zh", 0)
    assert "自我监督学习" in text and "自你" not in text


@pytest.mark.parametrize(
    ("point", "bad", "good"),
    [
        ("BM25（jieba 分词 + 自定义词典", "（", "BM25"),  # cut inside an aside
        ("做代码补全项目时", "项目时", "做代码补全项目"),  # when, not what
        # named as the deed it is: "对 X 进行 Y" -> "X 的 Y"
        ("后对 Ziya-Llama-13B 进行解释调优", "后对", "Ziya-Llama-13B 的解释调优"),
    ],
)
def test_a_cut_clause_is_named_without_its_loose_ends(point: str, bad: str, good: str) -> None:
    for seq in range(3):
        text = ask(point, "project", "zh", seq)
        assert bad not in text and good in text, text


def test_a_covered_point_is_mentioned_once_not_in_every_follow_up() -> None:
    points = key_points(OVERFIT)
    about = FollowUp(points[1], [points[0]], "fundamentals", "用 L2 正则化")
    first = offline_follow_up(about, InterviewOptions(language="zh"), seq=0)
    assert "正则化" in first
    again = FollowUp(points[2], [points[0]], "fundamentals", "用 L2 正则化")
    second = offline_follow_up(again, InterviewOptions(language="zh"), seq=1, asked=[first])
    assert "早停" in second and "正则化" not in second


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("stage", ["fundamentals", "project"])
def test_after_an_answer_that_covered_nothing_the_follow_up_does_not_ask_to_go_deeper(
    language: str, stage: str
) -> None:
    deeper = re.compile(
        r"往深讲|补充一点|还有一个关键点|one level deeper|add one thing|not covered yet"
    )
    nameless = "的了"  # no clean phrase: the follow-up is a generic one
    for seq in range(3):
        after_nothing = ask(nameless, stage, language, seq)
        assert not deeper.search(after_nothing), after_nothing
        assert after_nothing.endswith("？" if language == "zh" else "?")


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_generic_follow_up_does_not_ask_the_main_question_again(language: str) -> None:
    main = {"zh": "遇到最困难的事情怎么解决的？", "en": "What was the hardest problem you solved?"}
    about = FollowUp(Point(text="的了"), [Point(text="疫情期间远程沟通协作")], "behavioral", "")
    for seq in range(3):
        options = InterviewOptions(language=language)  # type: ignore[arg-type]
        text = offline_follow_up(about, options, seq=seq, asked=[main[language]])
        assert "难点" not in text and "hardest" not in text, text
