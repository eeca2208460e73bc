"""A line of the résumé among the key points - a degree, a job held - is asked as what it
is: what was studied there, what the job held. Not "关于硕士 2018 中科院计算所 模式识别，当时
你具体负责什么、是怎么做的？" nor "About this part, MSc 2018, …: what exactly was your part?"."""

from __future__ import annotations

import re

import pytest
from follow_up_fixtures import ask

from agent._resume_lines import resume_line

# written for this test, in the shapes résumé lines take in candidates' notes
STUDIES = {
    "zh": [
        "硕士 2018 中科院计算所 模式识别",
        "本科 2015 武汉大学计算机科学",
        "- 博士 2021 北京大学",
    ],
    "en": [
        "MSc 2018, Tsinghua University, Computer Science",
        "BSc 2015, Wuhan University, Software Engineering",
        "PhD 2021, ETH Zurich",
    ],
}
JOBS = {
    "zh": ["2019-2022 字节跳动推荐算法工程师负责召回模型", "2022-至今 星火智能 大模型算法工程师"],
    "en": [
        "2019-2022 ByteDance, recommendation engineer, owned the retrieval models",
        "2022-now Sparkle AI, LLM engineer, RAG and fine-tuning",
    ],
}
# the candidate's work, results and sentences mentioning a degree stay as they were asked
NOT_RESUME_LINES = [
    "本科期间积极参加各类比赛",
    "2020-2021 期间召回率从 60% 提到 80%",
    "MS MARCO 上 MRR@10 提升 3 个点",
    "BM25 的 k1 设为 1.2",
    "I owned the retrieval pipeline and the evaluation",
    "In 2019-2022 we shipped four models. Each one beat the last.",
]
_NOT_WORK = re.compile(r"负责什么|具体做了什么|your part|what did you do", re.I)


@pytest.mark.parametrize(
    ("language", "point"), [(lang, p) for lang, points in STUDIES.items() for p in points]
)
@pytest.mark.parametrize("stage", ["self_intro", "project"])
def test_a_degree_is_asked_about_the_studies(language: str, point: str, stage: str) -> None:
    for seq in range(2):
        text = ask(point, stage, language, seq)
        assert re.search(r"学习|研究|studies|degree", text), text
        assert not _NOT_WORK.search(text), text
        assert point.lstrip("- ") in text, text  # named as the notes list it


@pytest.mark.parametrize(
    ("language", "point"), [(lang, p) for lang, points in JOBS.items() for p in points]
)
@pytest.mark.parametrize("hits", [(), ("层次化标签结构",)])
def test_a_job_held_is_asked_what_it_held(language: str, point: str, hits: tuple[str, ...]) -> None:
    for seq in range(2):
        text = ask(point, "project", language, seq, hits)
        assert re.search(r"这段(经历|工作)|this (role|job)", text), text
        assert not re.search(r"当时你具体负责什么|what exactly was your part", text, re.I), text


@pytest.mark.parametrize("point", NOT_RESUME_LINES)
def test_work_results_and_sentences_are_no_resume_lines(point: str) -> None:
    assert resume_line(point) is None


def test_a_fundamentals_point_naming_a_degree_is_asked_as_knowledge() -> None:
    text = ask("MSc 2018, Tsinghua University, Computer Science", "fundamentals", "en")
    assert "studies" not in text
