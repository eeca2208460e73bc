"""A setting's value among the key points ("learning rate 5e-7", "β=0.1", "温度 0.7") is
asked how it was chosen - not "About this part, learning rate 5e-7: what exactly was your
part, and how did you do it?", which asks a number what the candidate did in it."""

from __future__ import annotations

import re

import pytest
from follow_up_fixtures import ask

from agent._facts import sets_value

# written for this test, as write-ups list the settings they trained with
SETTINGS = {
    "en": ["learning rate 5e-7", "β=0.1, learning rate 5e-7, 2 epochs", "chunk 512"],
    "zh": ["学习率设为 2e-5", "r=16、α=32", "温度 0.7"],
}
NOT_SETTINGS = [
    "Top-5 召回率 89%",
    "ROUGE-L 从 0.41 提升到 0.56",
    "MinHash deduplication left 31,000",
    "用 vLLM 部署",
    "I swept four chunk sizes on the evaluation set",
]


@pytest.mark.parametrize(
    ("language", "point"), [(lang, p) for lang, points in SETTINGS.items() for p in points]
)
@pytest.mark.parametrize("hits", [(), ("层次化标签结构",)])
def test_a_setting_is_asked_how_it_was_chosen(
    language: str, point: str, hits: tuple[str, ...]
) -> None:
    for seq in range(2):
        text = ask(point, "project", language, seq, hits)
        assert re.search(r"choose|that value|怎么定|取这个值", text), text
        assert not re.search(r"负责什么|做了什么|your part|what did you do", text, re.I), text


@pytest.mark.parametrize("point", NOT_SETTINGS)
def test_results_and_deeds_are_no_settings(point: str) -> None:
    assert not sets_value(point)


@pytest.mark.parametrize(
    ("language", "point"),
    [
        ("en", "DPO: β=0.1, learning rate 5e-7, 2 epochs, with the SFT model as the reference"),
        ("zh", "DPO：β=0.1，学习率 5e-7，训练 2 个 epoch"),
    ],
)
def test_a_labelled_steps_settings_are_asked_by_the_step(language: str, point: str) -> None:
    # "About this part, learning rate 5e-7: what exactly was your part…" (demo, en)
    for seq in range(2):
        text = ask(point, "project", language, seq)
        assert "DPO" in text and "5e-7" not in text, text
        assert not re.search(r"负责什么|做了什么|your part|what did you do", text, re.I), text
