"""Offline follow-ups read like an interviewer: they name the missed idea, in zh and en."""

from __future__ import annotations

import re

import pytest

from agent._coverage import measure
from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import handle, key_points
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
NOT_AN_INTERVIEWER = re.compile(r"你是怎么理解|没有展开「|\*\*|How do you understand|「\*")


def _follow_up(reference: str, answer: str, question: str, stage: str, language: str) -> str:
    points = key_points(reference)
    cover = measure(points, answer, question)
    probe = next(p for p in points if p.label == cover.missed[0])
    hits = [p for p in points if p.label not in cover.missed]
    options = InterviewOptions(language=language)  # type: ignore[arg-type]
    return offline_follow_up(FollowUp(probe, hits, stage, answer), options, seq=1)  # type: ignore[arg-type]


def test_zh_knowledge_follow_up_names_what_was_said_and_what_was_missed() -> None:
    text = _follow_up(
        OVERFIT, "可以加 L2 正则化，也就是 weight decay。", "怎么缓解过拟合？", "fundamentals", "zh"
    )
    assert "正则化" in text and "（" not in text  # what the answer got right, briefly
    assert "Dropout" in text  # the missed idea itself, not its heading
    assert "过拟合的缓解" not in text and not NOT_AN_INTERVIEWER.search(text)
    assert text.endswith("？")


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
    assert "业务方现有的表格查询方式" in text  # the missed claim, as the notes put it
    assert ("做" in text) if language == "zh" else ("did you do" in text.lower())


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
    assert styled.startswith("这个回答还不够。")
