"""The denied half of a contrast is no name to say back: "You mentioned not to check facts"
(demo, en, after "…fluent likely text, not verified facts") turned the claim around."""

from __future__ import annotations

import pytest

from agent._phrasing import spoken_name
from agent.keypoints import Point


@pytest.mark.parametrize(
    ("language", "point", "said"),
    [
        (
            "en",
            "The model is trained to produce fluent, likely continuations, not to check facts",
            "the model is trained to produce fluent likely text, not verified facts",
        ),
        (
            "zh",
            "推理阶段模型只是在生成最可能的下一个词，而不是在核对事实，知识也可能缺失或过时",
            "它不是在核对事实",
        ),
    ],
)
def test_the_denied_half_of_a_contrast_is_not_said_back(
    language: str, point: str, said: str
) -> None:
    hit = spoken_name(Point(text=point), language, True, said)  # type: ignore[arg-type]
    probe = spoken_name(Point(text=point), language, False, told=said)  # type: ignore[arg-type]
    for name in (hit, probe):
        assert name is None or not name.lower().startswith(("not ", "不是", "而不是")), name


def test_a_notes_arrow_is_not_said_aloud() -> None:
    """Read in a follow-up: "Now this part: labels arrive late -> trained on data older than
    60d." - an interviewer says no arrow; a change of figures ("62% → 84%") keeps its."""
    point = Point(text="labels arrive late -> trained on data older than 60 days")
    assert spoken_name(point, "en") == "labels arrive late, trained on data older than 60 days"
    zh = spoken_name(Point(text="校准集全是闲聊 → 补了 512 条业务对话"), "zh")
    assert zh == "校准集全是闲聊，补了 512 条业务对话", zh
    rate = spoken_name(Point(text="有依据率从 62% → 84%"), "zh")
    assert rate is None or "→" in rate


def test_a_notes_plus_sign_is_said_as_and() -> None:
    """Read in a follow-up: "Tell me more about this: used scale_pos_weight + tuned threshold
    on PR curve." - a formula keeps its plus ("TP+FP")."""
    point = Point(text="used scale_pos_weight + tuned threshold on PR curve")
    assert spoken_name(point, "en") == "used scale_pos_weight and tuned threshold on PR curve"
    zh = spoken_name(Point(text="召回用双塔模型 + ItemCF 多路召回"), "zh")
    assert zh is not None and "双塔模型和 ItemCF" in zh, zh
