"""A point of a write-up that states how things were (a cost, a setting, a property) is
asked about as a fact - what is behind it, what it meant for the work - never as a deed:
"显存和调参成本都高，这部分当时你具体负责什么？" asks a fact what the candidate did."""

from __future__ import annotations

import re

import pytest
from follow_up_fixtures import ask

# written for this test, in the shapes notes state facts in
FACTS = {
    "zh": [
        "显存和调参成本都高",
        "参考模型就是 SFT 模型",
        "权重对不同类型的问题不稳定",
        "DPO 训练像 SFT 一样稳定",
        "PPO 需要同时放策略模型、参考模型、奖励模型和价值模型",
        "偏好信号来自单测",
        "文本方向的迭代周期短，更容易验证想法",
        "线上日志里长尾问题占比很高",
        "单卡吞吐约 1,100 tokens/s",
        "拒答（“没有找到”）比例约 7%，业务方认为可以接受",
    ],
    "en": [
        "We had a single A100 80G",
        "The metrics were Recall@5, MRR and the grounded-answer rate",
        "BM25 is only as good as its dictionary",
        "PPO needs four models in memory at once",
        "Our preference signal came from unit tests",
        "The labelling budget was tight",
    ],
}
DEEDS = {
    "zh": ["用 tsc 编译和单元测试过滤掉不能运行的样本", "后来加了按字段的规则检查作为第二个指标"],
    "en": [
        "I swept four chunk sizes on the evaluation set",
        "I wrote a script that mines new terms",
    ],
}
_DEED_ASK = re.compile(
    r"你具体负责什么|你当时做了什么|你具体做了什么|你在里面具体做了什么|具体是怎么做的"
    r"|What did you do|what exactly was your part|What exactly did you do|decisions were yours"
    r"|one thing you did|call you made",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    ("language", "point"), [(lang, p) for lang, points in FACTS.items() for p in points]
)
@pytest.mark.parametrize("hits", [(), ("层次化标签结构",)])
def test_a_fact_is_not_asked_as_a_deed(language: str, point: str, hits: tuple[str, ...]) -> None:
    for seq in range(3):
        text = ask(point, "project", language, seq, hits)
        assert not _DEED_ASK.search(text), text
        assert text.endswith(("？", "?")), text


@pytest.mark.parametrize(
    ("language", "point"), [(lang, p) for lang, points in DEEDS.items() for p in points]
)
def test_a_deed_is_still_asked_what_was_done(language: str, point: str) -> None:
    asked = [ask(point, "project", language, seq) for seq in range(3)]
    assert all(_DEED_ASK.search(text) for text in asked), asked


# written for this test
_FINDINGS = [
    "BLEU didn't always agree with what the reviewers preferred",
    "The small model ranks as well as the large one on head queries",
    "Chunks of 300 tokens gave the best hit rate",
]


@pytest.mark.parametrize("seq", [0, 1, 2])
def test_an_english_finding_is_not_asked_as_the_candidates_part(seq: int) -> None:
    """Read in the demo interview: "About this part, ROUGE didn't always agree with human
    judgement: what exactly was your part, and how did you do it?" - a finding, no deed."""
    for point in _FINDINGS:
        text = ask(point, "project", "en", seq)
        assert "your part" not in text and "What did you do" not in text, text
    deed = ask("I never shipped a model without a canary", "project", "en", seq)
    assert "On this point" not in deed and "What was behind it" not in deed, deed
