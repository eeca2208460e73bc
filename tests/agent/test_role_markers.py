"""The candidate's own part, as candidates tell it: the card counts it on a project answer
("statements of your own part"), and a note's point telling it is asked about as a role."""

from __future__ import annotations

import pytest

from agent._markers import MARKERS
from agent._told import role

TOLD = [
    "The schema, the model and the thresholds were mine; platform did serving.",
    "So I moved us to faster-whisper with eight-bit weights and put a VAD in front.",
    "I distilled it into a six-layer MiniLM and quantized that to int8.",
    "For the kitchen part I trained a LightGBM model on basket size.",
    "My own piece was the label fix.",
    "DSL、样本生成和监控是我做的，Flink 那部分是数据平台的同事。",
    "我先把特征拼接从 Python 挪进了 C++ 算子。",
    "我加了一路向量召回，用的双塔。",
    "我做的是 embedding 初始化、UCB 探索和 AB 实验。",
]

NOT_TOLD = [
    "我们的精排是 DeepFM 加多任务塔。",  # the team's system, no part of one's own
    "我觉得这个方案的问题在于延迟。",
    "The model was a fine-tuned Flan-T5 large.",
    "I think the main risk is the latency budget.",
    "I wanted to know why the clicks dropped.",
]


@pytest.mark.parametrize("sentence", TOLD)
def test_ones_own_part_is_found_as_candidates_tell_it(sentence: str) -> None:
    assert MARKERS["role"].search(sentence)
    assert role(sentence)


@pytest.mark.parametrize("sentence", NOT_TOLD)
def test_a_view_or_the_teams_system_is_no_part_of_ones_own(sentence: str) -> None:
    assert not MARKERS["role"].search(sentence)
