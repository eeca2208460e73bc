"""Figures of the work that are neither the candidate's doing nor their result: the
baseline compared against, a results table's row, the time a step took.

Read in offline interviews: "基座模型：内部 pass@1 31.5%，…" was asked "这里面你个人负责
哪一部分？是怎么做的？" (a baseline figure is no part of the candidate's work) and in English
"…what drove it?"; "PPO：MXEval-pass@1 0.66，…", a results row, "关于 PPO，当时你具体负责
什么"; "Training took 3 hours on two 3090s" "About this part, training took 3 hours…: what
exactly was your part". The notes below are written for this test.
"""

from __future__ import annotations

import re

import pytest
from follow_up_fixtures import ask

from agent._work_figures import baseline_named, results_row, took_time

_OWN_PART = re.compile(r"负责|你的部分|your part|which part was yours|what did you do", re.I)
_BASELINE_ASK = re.compile(r"基线|baseline", re.I)

BASELINES = {
    "zh": [
        "原模型：离线 F1 0.62，线上点击率 3.1%",
        "基线是纯 BM25 召回，Recall@10 54%",
        "基座模型：内部准确率 47.0%，公开集准确率 52.5%",
    ],
    "en": [
        "Baseline: offline F1 0.62, online CTR 3.1%",
        "The baseline was plain BM25 retrieval at 54% Recall@10",
        "Base model: internal accuracy 47.0%, public-set accuracy 52.5%",
    ],
}


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("seq", [0, 1, 2])
def test_a_baseline_is_asked_how_it_was_measured_not_as_the_candidates_part(
    language: str, seq: int
) -> None:
    for point in BASELINES[language]:
        text = ask(point, "project", language, seq)
        assert _BASELINE_ASK.search(text), (point, text)
        assert not _OWN_PART.search(text), (point, text)
        assert "drove" not in text and "带来的" not in text, (point, text)


def test_a_baseline_in_the_other_language_is_asked_without_its_name() -> None:
    text = ask("原模型：离线 F1 0.62，线上点击率 3.1%", "project", "en", 0)
    assert _BASELINE_ASK.search(text) and "原模型" not in text, text


def test_a_baseline_is_named_by_what_it_was() -> None:
    assert (
        baseline_named("基线是纯 BM25 召回，Recall@10 54%", "zh") == "纯 BM25 召回，Recall@10 54%"
    )
    named = baseline_named("Base model: internal accuracy 47.0%, public-set accuracy 52.5%", "en")
    assert named == "the base model (internal accuracy 47.0%, public-set accuracy 52.5%)"
    assert baseline_named("SFT：内部准确率 58.2%，公开集准确率 60.1%", "zh") is None
    assert (
        baseline_named("基线模型太慢，我们换成了蒸馏版", "zh") is None
    )  # no figure row, no "基线是"


ROWS = {
    "zh": [
        "蒸馏后：内部准确率 58.2%，公开集准确率 60.1%",
        "PPO：离线 pass@1 0.66，业务集 pass@1 0.84",
    ],
    "en": ["After distillation: internal accuracy 58.2%, public-set accuracy 60.1%"],
}


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("seq", [0, 1, 2])
def test_a_results_row_is_asked_as_a_figure(language: str, seq: int) -> None:
    for point in ROWS[language]:
        text = ask(point, "project", language, seq)
        assert not _OWN_PART.search(text), (point, text)
        assert re.search(r"测|measured", text), (point, text)
        label, cells = point.split("：" if language == "zh" else ":")
        assert label.lower() in text.lower(), (point, text)
        assert not any(cell in text for cell in re.findall(r"\d+\.\d+", cells)), (point, text)


def test_a_results_row_keeps_no_aside() -> None:
    row = results_row("训练RM：离线 pass@1 0.58 (以RM最高分参考来测评)，业务集 pass@1 0.63")
    assert row is not None and row.label == "训练RM"
    assert row.cells == "离线 pass@1 0.58，业务集 pass@1 0.63"
    assert results_row("结果：机器成本降低 40%，审核更快") is None


DURATIONS = {
    "zh": ["4 张 A100 训练 10 小时", "标注平台搭了两周"],
    "en": ["Training took 10 hours on four A100s", "Timeline: 3 weeks"],
}


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("seq", [0, 1, 2])
def test_the_time_a_step_took_is_asked_where_it_went(language: str, seq: int) -> None:
    for point in DURATIONS[language]:
        text = ask(point, "project", language, seq)
        assert not _OWN_PART.search(text) and "About this part" not in text, (point, text)
        assert re.search(r"时间|耗时|time|longest", text), (point, text)


def test_a_time_is_taken_only_when_a_step_took_it() -> None:
    assert took_time("训练 3 小时") and took_time("The labelling took 5 weeks")
    assert not took_time("两周后有依据率从 62% 提到 84%")  # when, not how long
    assert not took_time("上线前只剩两周")
    assert not took_time("P95 latency 1.9 s")


CONDITIONED = {
    "zh": ("离线评测时 batch 16、序列 1024，显存从 38GB 降到 21GB", "显存从 38GB 降到 21GB"),
    "en": ("At batch 16 with 1024-token inputs, memory went from 38 GB to 21 GB", "memory went"),
}


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("seq", [0, 1, 2])
def test_a_result_is_named_by_its_change_not_by_the_condition_it_was_measured_in(
    language: str, seq: int
) -> None:
    """ "压测时 batch 32、输入 512 token，这个变化背后主要是哪些原因或改动？" asked the
    measurement's condition as if it were the change ("batch 32" is context)."""
    point, change = CONDITIONED[language]
    text = ask(point, "project", language, seq)
    assert change in text, text
    assert "batch 16" not in text, text


def test_a_fact_with_a_time_in_it_is_asked_as_a_fact_not_where_the_time_went() -> None:
    """ "DPO 训练像 SFT 一样稳定，一天就能跑完一轮" says how DPO is, not how long a step of
    the candidate's took (line written for this test)."""
    for seq in range(3):
        text = ask("蒸馏后的小模型训练和大模型一样稳定，两小时就能跑完一轮", "project", "zh", seq)
        assert "最耗时" not in text and "时间主要花在" not in text, text
