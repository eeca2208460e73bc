"""A knowledge follow-up on a figure's change asks about what changed, not the figures.

"我们换个角度：一个矩阵的可训练参数从 1,677 万降到 6.5 万，这一点你能具体讲讲吗？" read
the demo notes' answer out to a candidate who had said none of it.
"""

from __future__ import annotations

import re

import pytest
from follow_up_fixtures import ask

from agent import InterviewOptions
from agent._questions import FollowUp, offline_follow_up
from agent._told import changed_subject
from agent.keypoints import key_points

# written for this test
NOTES = {
    "zh": "梯度检查点只保存部分层的激活。\n以 7B 模型为例，单卡激活显存从 40 GB 降到 12 GB。",
    "en": "Gradient checkpointing keeps only some activations.\n"
    "For a 7B model, activation memory per GPU went from 40 GB to 12 GB.",
}


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("seq", [1, 2, 3])
def test_the_figures_of_a_missed_change_are_not_read_out(language: str, seq: int) -> None:
    point = key_points(NOTES[language])[1]
    about = FollowUp(point, [], "fundamentals", "不太清楚细节。", question="它解决什么问题？")
    text = offline_follow_up(about, InterviewOptions(language=language), seq)
    assert "40" not in text and "12" not in text, text
    assert "激活显存" in text or "activation memory per GPU" in text, text


def test_a_change_is_of_what_comes_before_it() -> None:
    assert changed_subject("一个矩阵的可训练参数从 1,677 万降到 6.5 万") == "一个矩阵的可训练参数"
    assert changed_subject("P95 latency went from 1.9 s to 2.3 s") == "P95 latency"
    assert changed_subject("从 1.9 s 升到 2.3 s") == ""  # nothing named before the change
    assert changed_subject("BM25 依赖词典") == ""


@pytest.mark.parametrize("seq", [0, 1, 2])
def test_a_result_is_asked_about_only_when_the_named_clause_holds_it(seq: int) -> None:
    # the figure is in the second clause; the follow-up names the first, a deed
    point = "与后端同学一起把模型部署成在线服务，使用 ONNX 加速后单条推理延迟从 120ms 降到了 35ms"
    text = ask(point, "project", "zh", seq)
    assert "在线服务" not in text or not re.search(r"结果是怎么来的|变化背后|怎么测出来", text), (
        text
    )


# written for this test: a result with an aside, or told by its amount of change
RESULTS = {
    "zh": [
        "QPS 提升 30%（压测）",
        "ROUGE-L 从 0.41（few-shot）提升到 0.56",
        "线上 P99 降低了 40ms（灰度一周）",
        "DPO 之后平均回答长度下降了 18%",
        "离线指标：改写后召回率 +6.2pp（人工评测）",
    ],
    "en": [
        "QPS went up 30% (load test)",
        "ROUGE-L rose from 0.41 (few-shot) to 0.56",
        "I cut P99 latency by 40 ms (one-week canary)",
        "offline: recall +6.2pp after rewriting (human eval)",
    ],
}
_RESULT_ASK = re.compile(
    r"结果是怎么来的|变化背后|怎么测出来|What led to it|What was behind it|How was it measured"
)
_DEED_ASK = re.compile(
    r"你具体负责什么|你当时做了什么|你具体做了什么|What did you do|what exactly was your part", re.I
)


@pytest.mark.parametrize(
    ("language", "point"), [(lang, p) for lang, points in RESULTS.items() for p in points]
)
@pytest.mark.parametrize("hits", [(), ("层次化标签结构",)])
def test_a_result_with_an_aside_or_an_amount_is_asked_as_a_result(
    language: str, point: str, hits: tuple[str, ...]
) -> None:
    # "ROUGE-L 从 0.41（few-shot）提升到 0.56，这部分当时你具体负责什么？" asks a figure what it did
    for seq in range(3):
        text = ask(point, "project", language, seq, hits)
        assert _RESULT_ASK.search(text) and not _DEED_ASK.search(text), text
        assert "how you" not in text, text  # "This result: how you cut…" is no result


@pytest.mark.parametrize(
    ("language", "point"),
    [
        ("zh", "目标是两周内让 pass@1 提升 5 个点"),
        ("zh", "业务方要求 P99 降低 30%"),
        ("en", "The goal was to cut P99 latency by 30%"),
    ],
)
def test_a_target_is_no_result(language: str, point: str) -> None:
    # "目标是两周内让 pass@1 提升 5 个点，这个变化背后主要是哪些原因或改动？" asks a goal
    # what brought it about
    for seq in range(3):
        text = ask(point, "project", language, seq)
        assert not _ASKED_AS_RESULT.search(text), text


_ASKED_AS_RESULT = re.compile(
    r"结果是怎么来的|变化背后|怎么测出来|This result:|About this change:|On this number:"
)


@pytest.mark.parametrize(
    ("language", "point"),
    [
        ("zh", "最后按期上线，投诉量下降了 30%"),
        ("en", "We shipped on time and complaints dropped by 30%"),
    ],
)
def test_a_result_in_a_story_is_asked_as_a_result(language: str, point: str) -> None:
    # "…投诉量下降了 30%，这件事当时是什么情况、你是怎么做的？" asks an outcome what was done
    for seq in range(3):
        text = ask(point, "behavioral", language, seq)
        assert _RESULT_ASK.search(text) and "how you shipped" not in text, text


# written for this test: a figure measured, no change told (throughput, a metric's value)
MEASURED = {
    "zh": [
        "上线后单卡吞吐约 2,300 tokens/s",
        "离线评测：内部 pass@3 57.1%，HumanEval pass@3 62.4%",
    ],
    "en": [
        "We served it behind Triton: about 2,300 tokens/s on one A10",
        "Judge model: agreed with annotators about 91% of the time",
    ],
}
_FIGURE_ASK = re.compile(
    r"怎么测出来|在什么条件下测|How was it measured|conditions was it measured"
)


@pytest.mark.parametrize(
    ("language", "point"), [(lang, p) for lang, points in MEASURED.items() for p in points]
)
@pytest.mark.parametrize("hits", [(), ("层次化标签结构",)])
def test_a_measured_figure_is_asked_how_it_was_measured(
    language: str, point: str, hits: tuple[str, ...]
) -> None:
    # "About this part, about 1,100 tokens/s on a single GPU: what exactly was your part…"
    # asks a figure what the candidate did in it
    for seq in range(3):
        text = ask(point, "project", language, seq, hits)
        assert _FIGURE_ASK.search(text) and not _DEED_ASK.search(text), text


def test_a_metric_named_without_its_value_is_no_figure() -> None:
    # "Recall@5" names a metric: its "5" is no value measured
    for seq in range(3):
        text = ask("The metrics were Recall@5 and MRR", "project", "en", seq)
        assert not _FIGURE_ASK.search(text), text
