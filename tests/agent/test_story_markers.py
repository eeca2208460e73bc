"""The parts of a story and of an introduction, as candidates tell them: the card lists
the STAR parts and introduction parts it found, and a right story or introduction told
plainly must not read "task: none" or "parts found: education" (written fresh, in both
languages; each part also has a sentence that must not count)."""

from __future__ import annotations

import pytest

from agent._card_reasons import _PARTS
from agent._coverage import Coverage
from agent._intro import told_parts
from agent._markers import MARKERS
from agent._offline_scoring import estimate

FOUND = [
    ("situation", "去年双十一前，推荐服务突然开始超时。"),
    ("situation", "比如之前有个周报系统，三个组都在用。"),
    ("situation", "我接过一个没人维护的计费服务。"),
    ("situation", "While migrating the queue I noticed messages were lost."),
    ("situation", "A principal engineer wanted to rewrite the scheduler in Rust."),
    ("situation", "Our payment vendor told us the old API would close."),
    ("task", "上级要求两周内把延迟压到 100 毫秒以内。"),
    ("task", "I needed a number the finance team would trust."),
    ("task", "We were asked to cut the cloud bill by a fifth."),
    ("task", "The vendor shut it down with four weeks' notice."),
    ("action", "我没有直接拒绝，而是主动约他对了一遍指标。"),
    ("action", "我第一时间把流量切回了旧版本。"),
    ("action", "我们最后一起定了一套命名规范。"),
    ("result", "当天就修好了，周五按时上了线。"),
    ("result", "排查时间从两天缩到半天。"),
    ("result", "It halved the on-call pages."),
    ("result", "That took p99 from 800 to 300 ms."),
    ("reflection", "这件事让我明白，先对齐口径再讨论方案。"),
    ("reflection", "从那以后我上线前都会先灰度。"),
    ("reflection", "What I took from it is to write the rollback plan first."),
    ("reflection", "Since then I always ask for the metric up front."),
    ("education", "I studied physics at Leeds."),
    ("education", "我研二在读，做检索方向。"),
    ("experience", "I spent three years at a bank building credit models."),
    ("experience", "毕业后在字节做了两年广告排序。"),
    ("experience", "读研时发了一篇 EMNLP 的长文。"),
    ("skills", "I work mostly with PyTorch and Triton."),
    ("skills", "平时主要写 Python 和 C++。"),
    ("motivation", "现在想转到大模型后训练方向。"),
    ("motivation", "I'd like to move closer to the product side."),
]

NOT_FOUND = [
    ("situation", "注意力的计算复杂度是序列长度的平方。"),
    ("task", "The attention cost grows with the square of the length."),
    ("action", "我们可以把 Q 和 K 先做归一化。"),
    ("reflection", "This layer normalises each token on its own."),
    ("skills", "I work with the team every day."),
    ("skills", "主要用 pytorch 自带的。"),  # a lower-case word after 用 names no tool
    ("motivation", "我觉得这个问题很有意思。"),
]


@pytest.mark.parametrize(("part", "sentence"), FOUND)
def test_a_part_told_plainly_is_found(part: str, sentence: str) -> None:
    assert MARKERS[part].search(sentence)


@pytest.mark.parametrize(("part", "sentence"), NOT_FOUND)
def test_an_explanation_or_a_view_is_no_part(part: str, sentence: str) -> None:
    assert not MARKERS[part].search(sentence)


def test_the_card_and_the_follow_up_read_an_introduction_alike() -> None:
    """One set of markers: the parts the card lists are the parts the interviewer hears
    (a 研二 student is not asked about their studies as if they had said nothing)."""
    student = "我研二，在实验室做 RAG 方向，想找大模型应用的实习。"
    assert {"education", "skills", "motivation"} <= set(told_parts(student))
    for intro in (student, "我叫小王，研二在读。"):
        card = estimate("self_intro", Coverage([], content=[intro]), "zh").dimensions
        structure = next(d.reason for d in card if d.name == "structure")
        assert structure == "包含：" + "、".join(_PARTS[p].zh for p in told_parts(intro))
