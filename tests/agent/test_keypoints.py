"""agent.keypoints: a reference answer's key points, from the messy shapes real notes have."""

from __future__ import annotations

import re

import pytest

from agent._coverage import measure
from agent.keypoints import (
    MAX_POINTS,
    Point,
    explained,
    find,
    handle,
    key_points,
    labels,
)

MARKDOWN_RESIDUE = re.compile(r"\*\*|__|`|^\s*[-*+#>]|^\s*\d+[.)、]|!\[|\]\(")


def test_a_heading_with_a_list_gives_one_point_per_item_each_with_its_context() -> None:
    points = key_points("过拟合的缓解：\n1. 正则化\n2. Dropout\n3. 早停")
    assert [p.text for p in points] == ["正则化", "Dropout", "早停"]
    assert all(p.context == "过拟合的缓解" for p in points)
    assert labels(points) == ["过拟合的缓解：正则化", "过拟合的缓解：Dropout", "过拟合的缓解：早停"]


def test_headings_are_never_points() -> None:
    reference = (
        "## LoRA\n**核心思想**\n- 冻结预训练权重，只训练低秩矩阵 A 和 B\n"
        "### 优点\n- 显存占用低\n- 推理时合并回原权重，没有额外延迟\n"
        "How to reduce it:\n* Dropout\n* Early stopping"
    )
    texts = [p.text for p in key_points(reference)]
    assert texts == [
        "冻结预训练权重，只训练低秩矩阵 A 和 B",
        "显存占用低",
        "推理时合并回原权重，没有额外延迟",
        "Dropout",
        "Early stopping",
    ]
    assert key_points(reference)[1].label == "优点：显存占用低"
    assert key_points(reference)[3].label == "How to reduce it: Dropout"


def test_a_short_title_line_above_a_list_is_a_heading() -> None:
    points = key_points("过拟合缓解\n- 正则化\n- 早停")
    assert [p.label for p in points] == ["过拟合缓解：正则化", "过拟合缓解：早停"]


def test_a_title_line_with_a_colon_above_a_list_is_context_not_a_point() -> None:
    reference = (
        "STAR: launch date disagreement\n"
        "- Situation: marketing wanted to launch on Monday, QA needed a week\n"
        "- Action: I proposed a staged rollout to 5% of users first"
    )
    points = key_points(reference)
    assert [p.text for p in points] == [
        "Situation: marketing wanted to launch on Monday, QA needed a week",
        "Action: I proposed a staged rollout to 5% of users first",
    ]
    assert {p.context for p in points} == {"STAR: launch date disagreement"}
    zh = key_points("项目：推荐召回\n- 背景：原来只有协同过滤一路召回\n- 我负责搭建双塔模型召回")
    assert [p.context for p in zh] == ["项目：推荐召回", "项目：推荐召回"]


def test_a_line_asking_a_question_is_context_not_a_point() -> None:
    """An answer restating the question must not cover a "point" that is the question."""
    points = key_points(
        "FlashAttention 为什么快？\n**核心**\n1. 分块计算\n2. 在线 softmax 逐块累加"
    )
    assert [p.text for p in points] == ["分块计算", "在线 softmax 逐块累加"]
    en = key_points("Why use dropout?\nDropout zeroes random units while training.")
    assert [p.text for p in en] == ["Dropout zeroes random units while training"]


def test_the_references_short_first_line_is_its_title_above_any_line() -> None:
    points = key_points("用户流失预测\n背景：App 月流失率 12%，运营想提前挽留\n- 模型用 LightGBM")
    assert [p.text for p in points] == ["背景：App 月流失率 12%，运营想提前挽留", "模型用 LightGBM"]
    assert points[1].context == "用户流失预测"


def test_no_markdown_residue_in_any_point() -> None:
    reference = (
        "问题背景：**业务方现有的表格查询方式主要依靠点击式操作**，对于新员工来说学习成本较高。\n"
        "* **我的职责**：负责 `检索` 模块\n"
        "![架构图](img/arch.png)\n"
        "> 参考 [这篇文章](https://example.com/a) 的做法\n"
        "| 方法 | 召回率 |\n|---|---|\n| BM25 | 71% |\n"
        "```python\nprint('code is not a key point')\n```"
    )
    points = key_points(reference)
    assert points, "the reference has claims"
    for point in points:
        assert not MARKDOWN_RESIDUE.search(point.label), point.label
        assert "print" not in point.text and "example.com" not in point.text
    assert points[0].text.startswith("问题背景：业务方现有的表格查询方式")
    assert any(p.label == "我的职责：负责 检索 模块" for p in points)


def test_a_long_paragraph_is_split_into_clauses_and_points_are_capped() -> None:
    paragraph = (
        "我们先从线上日志抽取真实的用户查询并按意图体系做了人工标注，"
        "然后针对长尾意图用大模型改写来扩充样本并且人工抽检了百分之十，"
        "再对重复语义的数据做下采样防止高频意图主导训练，"
        "最后按用户去重来划分训练集验证集和测试集以避免数据泄漏。"
    )
    points = key_points(paragraph)
    assert len(points) >= 2
    assert all(len(p.text) <= 60 for p in points)
    many = "\n".join(f"- 第{i}个要点是关于某个具体方法的说明" for i in range(20))
    capped = key_points(many)
    assert len(capped) == MAX_POINTS
    assert capped[0].text.startswith("第0个") and capped[-1].text.startswith("第19个")  # spread


def test_english_sentences_and_repeats() -> None:
    reference = (
        "Dropout randomly zeroes activations. Early stopping halts training. "
        "Dropout randomly zeroes activations."
    )
    assert [p.text for p in key_points(reference)] == [
        "Dropout randomly zeroes activations",
        "Early stopping halts training",
    ]


def test_find_and_handle_name_a_point_briefly() -> None:
    points = key_points("过拟合的缓解：\n1. 正则化\n2. Dropout")
    assert find(points, "过拟合的缓解：Dropout").text == "Dropout"
    assert find(points, "unknown").text == "unknown"
    long = Point(text="自回归解码时，把之前每个 token 的 Key 和 Value 缓存下来")
    assert handle(long) == "把之前每个 token 的 Key 和 Value 缓存下来"
    assert len(handle(Point(text="x" * 80))) <= 30


def test_coverage_of_list_items_and_what_the_answer_missed() -> None:
    points = key_points("过拟合的缓解：\n1. 正则化（L2、weight decay）\n2. Dropout\n3. 早停")
    cover = measure(points, "可以加 L2 正则化，也可以用 Dropout。", "怎么缓解过拟合？")
    assert cover.statuses[:2] == ["hit", "hit"] and cover.statuses[2] == "missed"
    assert cover.missed == ["过拟合的缓解：早停"]
    assert measure(points, "", "怎么缓解过拟合？").ratio == 0.0
    assert measure([], "anything", "q").ratio is None


def test_restating_the_question_or_repeating_covers_nothing() -> None:
    points = key_points("- 缓存历史 token 的 Key 和 Value 向量\n- 避免重复计算注意力")
    question = "KV cache 是什么？为什么能加速推理？"
    padded = "KV cache 是什么呢，KV cache 就是 KV 的 cache。为什么能加速推理？因为它是 KV cache。"
    assert (measure(points, padded, question).ratio or 0.0) < 0.1
    said_twice = "它缓存历史 token 的 Key 和 Value。它缓存历史 token 的 Key 和 Value。"
    assert len(measure(points, said_twice, question).content) == 1


def test_a_claim_negating_a_key_point_contradicts_it() -> None:
    points = key_points("过拟合的缓解：\n1. 正则化\n2. Dropout\n3. 降低采样温度")
    wrong = "解决办法是去掉正则化、把 Dropout 关掉，并且提高采样温度。"
    cover = measure(points, wrong, "怎么缓解过拟合？")
    assert cover.statuses == ["contradicted", "contradicted", "contradicted"]
    assert cover.ratio == 0.0
    right = measure(points, "加正则化，用 Dropout，降低采样温度。", "怎么缓解过拟合？")
    assert "contradicted" not in right.statuses


def test_a_table_row_is_a_claim_named_by_its_columns_and_the_header_is_no_point() -> None:
    table = (
        "三者的区别在于有多少组 K/V 头：\n\n"
        "| 方案 | K/V 头数 | 代表模型 |\n|---|---|---|\n"
        "| MHA（多头注意力） | h | GPT-3 |\n| MQA（多查询注意力） | 1 | PaLM |\n"
    )
    texts = [p.text for p in key_points(table)]
    assert "MHA（多头注意力）：K/V 头数 h，代表模型 GPT-3" in texts
    assert "MQA（多查询注意力）：K/V 头数 1，代表模型 PaLM" in texts
    assert not any(t.startswith("方案") or "；" in t for t in texts), texts


def test_a_table_pasted_with_tabs_is_read_like_a_markdown_table() -> None:
    """Web pages and PDFs paste tables as tab-separated lines: the header names the
    columns, a row of placeholders ("x") measured nothing and is no point."""
    table = (
        "阶段\tMXEval-pass@1\t业务榜单-pass@1\n"
        "starcoderbase\t0.45\t0.5\n"
        "starcoderbase+pretrain\tx\tx\n"
        "PPO\t0.66\t0.84\n\n"
        "后来在测评中发现了灾难性遗忘。"
    )
    texts = [p.text for p in key_points(table)]
    assert texts[:2] == [
        "starcoderbase：MXEval-pass@1 0.45，业务榜单-pass@1 0.5",
        "PPO：MXEval-pass@1 0.66，业务榜单-pass@1 0.84",
    ]
    assert not any("pretrain" in t or t.startswith("阶段") for t in texts), texts
    assert texts[-1] == "后来在测评中发现了灾难性遗忘"


def test_a_sentence_opening_on_it_names_the_subject_of_the_one_before() -> None:
    zh = "HNSW 算法是一种向量相似性搜索算法。它是基于可导航小世界图的概念，构建图结构很高效。"
    en = "BM25 is a ranking function used by search engines. It scores documents by term frequency."
    assert key_points(zh)[1].text.startswith("HNSW 算法是基于可导航小世界图")
    assert key_points(en)[1].text == "BM25 scores documents by term frequency"
    # no subject to borrow ("…之后，它…"): the sentence stays with the one it leans on
    (point,) = key_points("训练完以后效果变好了。它的显存占用也下降了很多。")
    assert point.text.startswith("训练完以后效果变好了") and "它的显存占用" in point.text


def test_a_clause_announcing_a_list_and_a_short_last_clause_stay_with_their_claim() -> None:
    reference = (
        "**实习描述：**代码数据的预处理流程如下：去重（LSH, MIN-hash）、多余格式去除，规范代码，"
        "对缺少注释的代码块添加注释，再做代码异常检测并去除运行异常的代码，"
        "重点参考了 InstructGPT 的 PPO 损失，强行保持微调模型离参考模型不那么远，最后发现有用。"
    )
    texts = [p.text for p in key_points(reference)]
    assert texts[0].startswith("代码数据的预处理流程如下：去重"), texts
    assert texts[-1].endswith("最后发现有用"), texts
    assert not any(t.endswith("如下") for t in texts)


def test_a_sentence_stating_one_clause_of_a_point_in_its_own_words_partly_covers_it() -> None:
    point = Point(text="情境：和后端同事在检索方案上有分歧，他想用纯关键词，我想上向量检索")
    question = "讲一次你和别人意见不一致的经历"
    said = "之前和后端同事在技术方案上有过分歧，后来沟通解决了。"
    assert measure([point], said, question).statuses == ["partly"]
    assert measure([point], "我和同事关系很好，经常一起吃饭。", question).statuses == ["missed"]


def test_a_point_named_as_said_is_named_by_a_clause_the_candidate_said() -> None:
    point = Point(
        text="重排：cross-encoder 对 Top-20 重排取 Top-5，并设相关性阈值，低于阈值时回答没有找到"
    )
    said = "我们用 cross-encoder 重排取 Top-5。"
    assert "阈值" not in handle(point, 20, said)  # never "you mentioned" what was not said


def test_a_long_point_in_a_paragraph_is_measured_alone_on_a_follow_up() -> None:
    reference = (
        "省显存主要来自优化器状态。"
        "以 d=k=4096、r=8 为例，一个矩阵的可训练参数从 1,677 万降到 6.5 万。"
        "推理时可以把 BA 合并回 W，没有额外延迟。"
    )
    points = key_points(reference)
    assert explained(reference, points[1]) == [points[1]]


def test_a_follow_up_quoting_one_clause_of_a_point_is_answered_by_explaining_it() -> None:
    """ "HNSW 算法是基于可导航小世界图的概念，这是怎么回事？": saying the small-world graph
    back while explaining it is an answer, not an echo; saying it back alone is not."""
    point = Point(text="HNSW 算法是基于可导航小世界图的概念，在构建图结构时具有高效的性能")
    question = "HNSW 算法是基于可导航小世界图的概念，这是怎么回事？"
    explained = (
        "可导航小世界图就是图里既有近邻之间的短边，也有跨得很远的长边，"
        "所以贪心搜索几步就能跳到目标附近，HNSW 在这个基础上再分层。"
    )
    assert measure([point], explained, question).statuses != ["missed"]
    assert measure([point], "HNSW 算法是基于可导航小世界图的概念。", question).statuses == [
        "missed"
    ]


def test_a_list_numbered_with_full_width_brackets_leaves_no_number_in_its_points() -> None:
    reference = "步骤大概是：\n1）先清洗日志，去掉误点\n2）从 top50 里去掉正例后随机抽难负样本"
    texts = [p.text for p in key_points(reference)]
    assert texts == ["先清洗日志，去掉误点", "从 top50 里去掉正例后随机抽难负样本"], texts


@pytest.mark.parametrize(
    ("intro", "kept", "said_not_claimed"),
    [
        (
            "面试官，下午好，我是来自海河大学的硕士研究生，今年研三，很高兴能参加咱们公司的面试，"
            "我做过两段实习。我个人情况大概是这样，请问老师有什么问题吗。",
            ["海河大学的硕士研究生", "两段实习"],
            ["下午好", "很高兴", "请问老师", "大概是这样", "面试官"],
        ),
        (
            "Good afternoon, thank you for having me. I am Wen, a second-year master student "
            "working on retrieval. Thanks for listening.",
            ["second-year master student"],
            ["Good afternoon", "thank you", "Thanks"],
        ),
    ],
)
def test_greetings_and_thanks_are_no_key_points(
    intro: str, kept: list[str], said_not_claimed: list[str]
) -> None:
    """The card listed "遗漏：很高兴能参加咱们公司的面试…" for an introduction that said
    everything else: courtesy is said, not claimed."""
    points = " | ".join(p.text for p in key_points(intro))
    assert all(k in points for k in kept), points
    assert not any(c.lower() in points.lower() for c in said_not_claimed), points
