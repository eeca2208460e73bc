"""A forum page's Q&A posts: each answer led by the poster's label ("参考回答：", "我的回答：",
"Sample answer:") and followed by the page's action row ("回复 举报", "Reply  Report"); the
post's header carries its counters ("浏览 3421  点赞 88  收藏 12").

Read in an offline interview: the reference answer and its first key point kept the label
("参考回答：AUC 不可导…"), so a follow-up asked "能再说说我的回答吗？"; the action row
became a key point of its own ("还有回复举报这一块，能补充一下你具体做了什么吗？"). The page
below is written for this test.
"""

from __future__ import annotations

import pytest

from knowledge import parse_note
from knowledge._cleaning import clean_lines

ZH = """【面经】某厂 搜索算法 二面
浏览 2210  点赞 41  收藏 9

Q1：为什么排序模型常用交叉熵而不是直接优化 NDCG？
参考回答：NDCG 依赖排序结果，不可导，没法直接做梯度下降；交叉熵可导，再用 NDCG 变化加权。
回复 举报

Q2：召回阶段怎么做负采样？
我的回答：除了随机负样本，还用同批次其他正样本做 in-batch 负样本，再对热门物品做降采样。
回复 举报

Q3：线上 A/B 怎么判断显著？
标准答案：先算最小样本量，跑满一个完整周期，再看置信区间是否跨 0。
"""

EN = """Ranking interview thread
12 replies · 340 views

Q: How do you handle position bias in click logs?
Sample answer: weight each click by the inverse of its position's examination propensity.
Reply  Report

Q: Why evaluate with NDCG rather than accuracy?
My answer: NDCG rewards putting the relevant items first, accuracy ignores the order.
"""


@pytest.mark.parametrize("text", [ZH, EN])
def test_an_answers_lead_label_is_not_part_of_its_answer(text: str) -> None:
    answers = [q.answer for q in parse_note(text, "forum.md").questions if q.answer]
    assert len(answers) >= 2
    for answer in answers:
        first = answer.splitlines()[0]
        assert "回答" not in first and "答案" not in first, answer
        assert not first.lower().startswith(("my answer", "sample answer")), answer


@pytest.mark.parametrize("text", [ZH, EN])
def test_a_posts_action_row_and_counters_are_page_furniture(text: str) -> None:
    kept = [line for line in clean_lines(text) if line]
    assert not any("举报" in line or "浏览" in line or "Report" in line for line in kept), kept
    assert not any("views" in line for line in kept), kept
    answers = "\n".join(q.answer for q in parse_note(text, "forum.md").questions)
    assert "举报" not in answers and "Report" not in answers


def test_a_line_that_mentions_replies_or_views_in_a_sentence_is_kept() -> None:
    text = "回复：我觉得这题还要讲校准\nViews on the design differed in the team\n阅读理解式的问答"
    assert [line for line in clean_lines(text) if line] == text.splitlines()


STAR_AFTER_QA = """Q：项目里样本不均衡怎么处理的？
我的回答：负样本降采样到 1:10，训练后再做概率校准。
回复 举报

项目：短视频推荐的多目标排序（STAR 写法）
情境：原排序模型只优化点击，完播率一直在降。
任务：我负责把单目标排序改成多目标。
行动：用 MMoE 共享底层，分出点击、完播两个塔。
结果：完播率从 31% 到 35%。
"""


def test_a_project_named_after_its_label_starts_a_project_of_its_own() -> None:
    """The write-up after a Q&A post was read as the rest of its answer."""
    note = parse_note(STAR_AFTER_QA, "forum.md")
    assert [p.name for p in note.projects] == ["短视频推荐的多目标排序"]
    answer = next(q.answer for q in note.questions if "样本不均衡" in q.question)
    assert "MMoE" not in answer and "项目：" not in answer
