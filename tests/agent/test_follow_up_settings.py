"""A setting's value among the key points ("learning rate 5e-7", "β=0.1", "温度 0.7") is
asked how it was chosen - not "About this part, learning rate 5e-7: what exactly was your
part, and how did you do it?", which asks a number what the candidate did in it."""

from __future__ import annotations

import re

import pytest
from follow_up_fixtures import ask

from agent._facts import configures, sets_value

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


# written for this test: a method's configuration as write-ups jot it - its rank and alpha,
# the layers it was put on, the base model - with no label naming the step
CONFIGURED = [
    ("zh", "基座 Llama-3 8B，LoRA 秩 r=32、alpha=64，作用在 q_proj、k_proj 上，可训练参数约 0.2%"),
    ("zh", "基座选 Baichuan-13B，LoRA r=8、α=16，target_modules 选 q_proj、v_proj"),
    (
        "en",
        "Base model Mistral 7B with LoRA (r=32, α=64) on k_proj and o_proj, so about 0.2% trained",
    ),
    ("en", "LoRA rank 16, alpha 32, applied to all attention and MLP projections"),
]


@pytest.mark.parametrize(("language", "point"), CONFIGURED)
def test_a_methods_configuration_is_asked_how_it_was_chosen(language: str, point: str) -> None:
    # "关于作用在 q_proj、v_proj 上，当时你具体负责什么、是怎么做的？" and "Tell me more about
    # this: applied to all attention and MLP projections. What did you do…" (demo, m1 notes)
    for seq in range(2):
        text = ask(point, "project", language, seq)
        assert "LoRA" in text and re.search(r"choose|those values|怎么定|这么设", text), text
        assert not re.search(r"负责什么|做了什么|your part|what did you do", text, re.I), text
        assert "_proj" not in text and "projections" not in text, text


@pytest.mark.parametrize(
    ("language", "point"),
    [("zh", "学习率 3e-4，训练 5 个 epoch"), ("en", "learning rate 3e-4 for 5 epochs")],
)
def test_settings_joined_by_their_training_are_asked_how_they_were_chosen(
    language: str, point: str
) -> None:
    for seq in range(2):
        text = ask(point, "project", language, seq)
        assert re.search(r"choose|that value|怎么定|取这个值", text), text
        assert not re.search(r"负责什么|做了什么|your part|what did you do", text, re.I), text


@pytest.mark.parametrize(
    "point",
    [
        "trained on 50k pairs with attention masks",
        "Fine-tuned a bge-base embedding model with LoRA on 50k clause pairs from click logs",
        "用 LoRA 在 2 万条数据上微调了 3 天",
        "2 张 3090 训练 3 小时",
    ],
)
def test_a_deed_with_a_method_is_no_configuration(point: str) -> None:
    assert not configures(point)


def test_a_configuration_the_answer_covered_is_mentioned_by_its_method() -> None:
    # "关于作用在 q_proj、v_proj 上，我听明白了。能再讲讲…" (demo notes, a configuration covered)
    from agent._questions import FollowUp, offline_follow_up
    from agent.keypoints import key_points
    from agent.state import InterviewOptions

    notes = (
        "- 基座 Llama-3 8B，LoRA r=32、α=64，作用在 k_proj、o_proj 上，可训练参数约 0.2%。\n"
        "- 用 vLLM 部署，把 LoRA 权重合并进基座，单卡吞吐约 900 tokens/s。"
    )
    config, serving = key_points(notes)
    said = "我们用的 LoRA，r=32、α=64，作用在 k_proj、o_proj 上。"
    texts = [
        offline_follow_up(FollowUp(serving, [config], "project", said, said), InterviewOptions(), s)
        for s in range(3)
    ]
    mentioned = [t for t in texts if t.startswith("你提到了") or t.startswith("关于")]
    assert mentioned, texts
    assert all("LoRA 的参数设置" in t and "_proj" not in t for t in mentioned), texts
