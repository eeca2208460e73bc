"""A trait the candidate claims ("做事比较细心", "I'm a fast learner") is asked for an
example, as an interviewer asks: "能举个具体的例子吗？" - not what they did in it ("做事比较
细心，抗压能力强，这部分当时你具体负责什么？") nor what is behind it, as a fact is."""

from __future__ import annotations

import re

import pytest
from follow_up_fixtures import ask

# written for this test, in the shapes self-introductions and write-ups claim traits in
TRAITS = {
    "zh": [
        "做事比较细心，抗压能力强",
        "学习能力强，能快速上手新技术",
        "我是一个很有责任心的人，喜欢钻研",
        "沟通能力强，善于跨团队协作",
        "有时候太追求完美，做事比较慢",
        "性格：踏实、严谨",
    ],
    "en": [
        "I'm a fast learner and a strong team player",
        "detail-oriented, good under pressure",
        "Strong communication skills, good at working across teams",
        "passionate about building reliable ML systems",
        "Sometimes I'm too much of a perfectionist",
    ],
}
# what the candidate did, which is asked as a deed (or a fact) as before
NOT_TRAITS = {
    "zh": [
        "负责检索模块和评测体系",
        "用 bge-reranker 做重排，top20 取 top5",
        "切分：按标题和段落切，chunk 512",
    ],
    "en": [
        "I swept four chunk sizes on the evaluation set",
        "We had a single A100 80G",
        "the pipeline has to be reliable under load",
    ],
}
_EXAMPLE = re.compile(r"例子|哪件事|哪件具体的事|example|a time|one situation", re.IGNORECASE)


@pytest.mark.parametrize(
    ("language", "point"), [(lang, p) for lang, points in TRAITS.items() for p in points]
)
@pytest.mark.parametrize("stage", ["self_intro", "project", "behavioral"])
@pytest.mark.parametrize("hits", [(), ("层次化标签结构",)])
def test_a_trait_is_asked_for_an_example(
    language: str, point: str, stage: str, hits: tuple[str, ...]
) -> None:
    for seq in range(3):
        text = ask(point, stage, language, seq, hits)
        assert _EXAMPLE.search(text), text
        assert not re.search(r"负责什么|做了什么|your part|what did you do", text, re.I), text


@pytest.mark.parametrize(
    ("language", "point"), [(lang, p) for lang, points in NOT_TRAITS.items() for p in points]
)
def test_work_is_not_asked_as_a_trait(language: str, point: str) -> None:
    for seq in range(3):
        assert not _EXAMPLE.search(ask(point, "project", language, seq)), point


def test_a_trait_is_named_to_the_candidate() -> None:
    """ "I'm a fast learner" is said back as "you're a fast learner", "我是…" as "你是…"."""
    en = ask("I'm a fast learner and a strong team player", "self_intro", "en")
    assert "you're a fast learner" in en, en
    zh = ask("我是一个很有责任心的人，喜欢钻研", "self_intro", "zh")
    assert "你是一个很有责任心的人" in zh and "我" not in zh, zh
