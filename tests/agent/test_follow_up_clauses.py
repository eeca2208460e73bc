"""A Chinese point that is a clause with its own verb is said as what was done, then
asked about - never put where a noun belongs ("能再说说对…进行了分类吗？")."""

from __future__ import annotations

import re

import pytest
from follow_up_fixtures import ask

CLAUSES = [
    "把 cross-encoder 换成蒸馏的小模型",
    "在项目初期没有和业务方对齐类别定义，导致返工了一次标注",
    # a clause by a coverb or an adverb inside it
    "与后端同学一起把模型部署成在线服务",
    "标注员看答案里的每个论断能否在引用的文档片段里找到支持",
    "训练后离线指标几乎没变",
    "ROUGE 和人工评价不完全一致",
    "BM25 分数和余弦相似度的量纲、分布都不同",
    "ROUGE-L 从 0.41（few-shot）提升到 0.56",
    # where it was done, then the deed: "能再说说在 500 条人工标注的问题上测吗？"
    "在 800 条抽样的工单上测",
    "我们在每个用户的历史会话里采样",
]
# a clause wrapped as a noun: "能再说说…吗", "那…这部分", "还有…这一块", "再说说…吧"
_AS_NOUN = re.compile(
    r"说说[^，。：？]{8,}吗|那[^，。：？]{8,}这(?:部分|件事)|还有[^，。：？]{8,}这一块|再说说[^，。：？]{8,}吧"
)


@pytest.mark.parametrize("point", CLAUSES)
@pytest.mark.parametrize("stage", ["project", "behavioral"])
@pytest.mark.parametrize("hits", [(), ("层次化标签结构",)])
def test_a_chinese_clause_is_said_as_a_statement_then_asked(
    point: str, stage: str, hits: tuple[str, ...]
) -> None:
    for seq in range(3):
        text = ask(point, stage, "zh", seq, hits)
        assert not _AS_NOUN.search(text), text
        assert re.search(re.escape(point[-6:]) + r"[，。]", text), text  # said, then asked
        assert text.endswith("？")


def test_a_deed_with_no_doer_is_said_as_the_candidates() -> None:
    text = ask(CLAUSES[0], "project", "zh", 1)
    assert "你们把 cross-encoder 换成" in text, text


@pytest.mark.parametrize(
    ("point", "name"),
    [
        (
            "对业务方提供的 SQL 代码与查询需求进行了简单的分类",
            "业务方提供的 SQL 代码与查询需求的分类",
        ),
        ("对历史工单数据进行了清洗与去重", "历史工单数据的清洗与去重"),
        ("对 Ziya 做了指令微调", "Ziya 的指令微调"),
    ],
)
def test_a_deed_done_to_a_thing_is_named_by_both(point: str, name: str) -> None:
    # "能再说说对…进行了简单的分类吗？" -> "能再说说…的分类吗？"
    asked = [ask(point, "project", "zh", seq) for seq in range(3)]
    assert all(name in q and "进行" not in q for q in asked), asked


def test_a_covered_deed_is_mentioned_by_its_name() -> None:
    said = ask("层次化标签结构", "project", "zh", 0, ("对历史工单数据进行了清洗与去重",))
    assert "你提到了历史工单数据的清洗与去重。" in said, said


def test_an_attitude_is_no_deed() -> None:
    text = ask("对其中“先建评测再迭代”的做法很认同", "project", "zh", 0)
    assert "的的" not in text and "做法很认同" in text, text


def test_in_a_story_the_deed_is_the_candidates_own() -> None:
    text = ask("对组里“先建评测再迭代”的做法提出了质疑", "behavioral", "zh", 0)
    assert text.startswith("你对组里") and "你们" not in text, text


def test_a_clause_with_its_own_subject_keeps_it() -> None:
    text = ask("用户问题需要先改写再去检索", "project", "zh", 1)
    assert "你们用户" not in text and "用户问题需要先改写再去检索，" in text, text


@pytest.mark.parametrize("name", ["层次化标签结构", "不同召回通道的融合", "将来的技术规划"])
def test_a_name_is_still_asked_as_a_name(name: str) -> None:
    asked = [ask(name, "project", "zh", seq) for seq in range(3)]
    assert any(f"能再说说{name}吗" in q for q in asked), asked


# written for this test: a note's label before a clause names the idea the clause tells
LABELLED = [
    ("切分：按 Markdown 标题和段落结构切分，每块 300~600 字", "切分", "Markdown 标题"),
    ("偏好数据：对每个 prompt 采样 4 个回答，能通过单测的作为 chosen", "偏好数据", "采样 4 个回答"),
    ("数据清洗：用 tsc 编译和单元测试过滤掉不能运行的样本", "数据清洗", "tsc"),
]


@pytest.mark.parametrize(("point", "label", "told"), LABELLED)
@pytest.mark.parametrize("hits", [(), ("层次化标签结构",)])
def test_a_labelled_clause_is_named_by_its_label(
    point: str, label: str, told: str, hits: tuple[str, ...]
) -> None:
    # "你们按 Markdown 标题和段落结构切分，这一点能再展开说说吗？" reads the notes' answer out
    for seq in range(3):
        text = ask(point, "project", "zh", seq, hits)
        assert label in text and told not in text, text


@pytest.mark.parametrize(
    "point",
    [
        "结果：用 tsc 编译过滤掉不能运行的样本",
        "做法：按标题切分文档",
        "主要难点：长文档切分后丢了上下文，检索不到",
    ],
)
def test_a_label_naming_only_a_part_of_the_notes_is_no_name(point: str) -> None:
    for seq in range(3):
        text = ask(point, "project", "zh", seq)
        assert not re.search(r"(?:说说|关于|还有)(?:结果|做法|主要难点)", text), text


def test_a_label_saying_mostly_is_named_without_it() -> None:
    text = ask(
        "人工标注为主：标注员看答案里的每个论断能否在引用的文档片段里找到支持", "project", "zh", 0
    )
    assert "人工标注" in text and "为主" not in text and "标注员看" not in text, text


def test_knowledge_is_not_named_by_its_label() -> None:
    # "其原因在于：…" labels a reason in an explanation, not an idea of the candidate's work
    text = ask("其原因在于：评判聊天机器人聊得好不好这件事是非常主观的", "fundamentals", "zh", 0)
    assert "其原因在于" not in text, text


# written for this test: a deed told with its means, which is what the candidate should say
MEANS_FIRST = [
    ("用 tsc 编译和单元测试过滤掉不能运行的样本", "过滤掉不能运行的样本", "tsc"),
    ("通过 LLM 自动判断答案有没有依据", "判断答案有没有依据", "LLM"),
    ("利用 MinHash 对指令数据去重", "对指令数据去重", "MinHash"),
]


@pytest.mark.parametrize(("point", "step", "means"), MEANS_FIRST)
@pytest.mark.parametrize("hits", [(), ("层次化标签结构",)])
def test_a_means_first_deed_is_asked_by_its_step(
    point: str, step: str, means: str, hits: tuple[str, ...]
) -> None:
    # "你们用 tsc 编译和单元测试过滤掉…，这部分当时你具体负责什么、是怎么做的？" tells the how
    for seq in range(3):
        text = ask(point, "project", "zh", seq, hits)
        assert step in text and means not in text and text.endswith("？"), text


def test_a_means_alone_names_no_step() -> None:
    # "用拒绝采样的方法" names the means only: there is no step to ask about
    text = ask("用拒绝采样的方法补充数据", "project", "zh", 0)
    assert "拒绝采样" in text, text


@pytest.mark.parametrize(
    ("point", "label", "part"),
    [
        ("SFT 数据：从 4.2 万条内部指令数据出发，MinHash 去重后剩 3.1 万条", "SFT 数据", "4.2 万"),
        ("DPO：β=0.1，学习率 5e-7，训练 2 个 epoch", "DPO", "5e-7"),
    ],
)
def test_a_labelled_point_named_by_one_part_is_named_by_its_label(
    point: str, label: str, part: str
) -> None:
    # "能再说说学习率 5e-7 吗？" picks one figure of the step "DPO" the notes set out
    for seq in range(3):
        text = ask(point, "project", "zh", seq)
        assert label in text and part not in text, text


# written for this test: a deed with no label and no means, told with the how around it
# (an adverb, a second deed, who did it) - named by what was done to what, not read out
UNLABELLED_DEEDS = [
    ("实现了查询需求的自动化生成并结合 GPT4 构造微调指令数据集", "查询需求的自动化生成", "GPT4"),
    ("随机抽样检查了数据质量", "数据质量的检查", "随机抽样"),
    ("让业务方那边去评估生成质量", "生成质量的评估", "业务方那边"),
    ("每天凌晨自动重建了向量索引", "向量索引的重建", "凌晨"),
]


@pytest.mark.parametrize(("point", "name", "told"), UNLABELLED_DEEDS)
@pytest.mark.parametrize("hits", [(), ("层次化标签结构",)])
def test_an_unlabelled_deed_is_named_in_a_few_words(
    point: str, name: str, told: str, hits: tuple[str, ...]
) -> None:
    # "你们实现了查询需求的自动化生成并结合 GPT4 构造微调指令数据集，这一点能再展开说说吗？"
    # recites the note before the question
    for seq in range(3):
        text = ask(point, "project", "zh", seq, hits)
        assert name in text and told not in text and text.endswith("？"), text


def test_a_thing_done_somewhere_is_still_a_thing() -> None:
    # "在验证集上调的阈值" names a threshold: asked about as one, not said as a deed
    text = ask("在验证集上调的阈值", "project", "zh", 1)
    assert "能再说说在验证集上调的阈值吗" in text, text
