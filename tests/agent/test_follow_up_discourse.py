"""A note-taker's flag ("总结一下：", "补充", "比如", "In short", "Note") is never the thing a
follow-up names: "说说总结一下吧：它具体是怎么回事？" (of a line "总结一下:…这几个小技巧…都是
实践中总结出来的好用的方法") asks about nothing."""

from __future__ import annotations

import re

import pytest

from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import Point
from agent.state import InterviewOptions

# (language, stage, point, the heading or label it sits under, the flag), written for this
# test in the shapes notes flag a line
FLAGGED = [
    ("zh", "fundamentals", "都是实践中总结出来的好用的方法", "总结一下", "总结一下"),
    ("zh", "fundamentals", "先在验证集上调好阈值，再上线", "注意", "注意"),
    ("zh", "fundamentals", "早停", "补充", "补充"),
    ("zh", "fundamentals", "甚至更进一步,用测试集直接对模型做特训,表现必然更好", "", "甚至"),
    ("zh", "fundamentals", "比如在某个任务上构建一个测试集,然后看准确率", "", "比如"),
    ("zh", "fundamentals", "补充一下，召回阶段要保证结果的多样性", "", "补充"),
    ("zh", "fundamentals", "简单来说，召回阶段要保证结果的多样性", "", "简单来说"),
    ("zh", "project", "补充一下，召回阶段我们加了 MMR 去重", "", "补充一下，"),
    ("en", "fundamentals", "Dropout", "Note", "Note"),
    ("en", "fundamentals", "In short, retrieval quality sets the ceiling", "", "short"),
    ("en", "fundamentals", "For example, a query about prices needs fresh data", "", "example"),
    ("en", "fundamentals", "Basically the model memorises the training set", "", "asically"),
    ("en", "project", "In short, we rebuilt the index every night", "", "short"),
]


@pytest.mark.parametrize(("language", "stage", "text", "context", "flag"), FLAGGED)
@pytest.mark.parametrize("seq", [0, 1, 2])
def test_a_flag_is_never_named(
    language: str, stage: str, text: str, context: str, flag: str, seq: int
) -> None:
    about = FollowUp(Point(text=text, context=context), [], stage, "")  # type: ignore[arg-type]
    asked = offline_follow_up(about, InterviewOptions(language=language), seq=seq)  # type: ignore[arg-type]
    assert not re.search(flag, asked, re.IGNORECASE), asked


def test_the_claim_after_a_flag_is_named() -> None:
    """ "总结一下：检索质量决定上限" is asked about the ceiling retrieval sets, as the line
    without its flag would be."""
    for language, text, plain in [
        ("zh", "补充一下，召回阶段要保证结果的多样性", "召回阶段要保证结果的多样性"),
        (
            "en",
            "In short, retrieval quality sets the ceiling",
            "retrieval quality sets the ceiling",
        ),
    ]:
        for seq in range(3):
            asked = [
                offline_follow_up(
                    FollowUp(Point(text=t), [], "fundamentals", ""),  # type: ignore[arg-type]
                    InterviewOptions(language=language),  # type: ignore[arg-type]
                    seq=seq,
                )
                for t in (text, plain)
            ]
            assert asked[0] == asked[1]


@pytest.mark.parametrize(
    ("language", "text", "context", "section"),
    [
        ("zh", "数据 + SFT + 评测", "我的职责", "职责"),
        ("zh", "召回率低", "背景", "背景"),
        ("en", "retrieval + evals", "My part", "My part"),
    ],
)
def test_a_section_of_the_notes_is_no_heading_to_name(
    language: str, text: str, context: str, section: str
) -> None:
    # "职责里的数据和 SFT 和评测，具体包括哪些工作？": the label says where the line sits
    about = FollowUp(Point(text=text, context=context), [], "project", "")  # type: ignore[arg-type]
    for seq in range(3):
        asked = offline_follow_up(about, InterviewOptions(language=language), seq=seq)  # type: ignore[arg-type]
        assert f"{section}里" not in asked and f"({section})" not in asked, asked


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In short, the features mattered far more than the model"),
        ("en", "To sum up: retrieval quality sets the ceiling"),
        ("en", "Takeaway: build the eval before the model"),
        ("zh", "一句话总结：检索质量决定上限"),
    ],
)
def test_a_summary_of_ones_own_work_is_asked_as_a_lesson(language: str, text: str) -> None:
    # "In short, X": "What did you do there?" asks a conclusion for a deed
    about = FollowUp(Point(text=text), [], "project", "")  # type: ignore[arg-type]
    for seq in range(2):
        asked = offline_follow_up(about, InterviewOptions(language=language), seq=seq)  # type: ignore[arg-type]
        assert re.search(r"lesson|体会", asked), asked
