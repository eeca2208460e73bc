"""A generic follow-up does not ask what the answers already told (agent._told): "你是怎么
判断效果好不好的？看了哪些指标或结果？" after "pass@1 从 38.2% 到 45.6%"."""

from __future__ import annotations

import pytest

from agent import _questions, _told
from agent.keypoints import Point
from agent.prompts import generic_follow_ups
from agent.state import InterviewOptions

JUDGED = generic_follow_ups.GENERIC_FOLLOW_UPS["experience"][0]


@pytest.mark.parametrize(
    "story",
    [
        "DPO 之后 pass@1 从 38.2% 到 45.6%。",
        "有依据率从 62% 提到了 84%",
        "MRR 0.58 → 0.76",
        "The grounded rate went from 62% to 84%.",
        "and recall rose to 89% in the end",
    ],
)
def test_a_figure_that_changed_is_a_measured_result(story: str) -> None:
    assert _told.measured_result(story)


def test_a_story_without_a_result_is_not_measured() -> None:
    assert not _told.measured_result("我负责数据清洗，和同事一起定了评测口径。")
    assert not _told.measured_result("I cleaned the data and agreed the metric with my team.")


# a missed point no clean phrase names in the interview's language: asked generically
_UNNAMED = Point(
    text="We compared both ideas on a labelled eval set of 600 questions and the data showed "
    "retrieval was the real bottleneck of the system"
)
_UNNAMED_ZH = Point(
    text="我们在六百个标注问题上把两种想法都比较了一遍，数据表明检索才是整个系统真正的瓶颈所在，"
    "于是先改检索再改生成"
)


@pytest.mark.parametrize(
    ("language", "probe", "hit", "told"),
    [
        (
            "zh",
            _UNNAMED,
            Point(text="我负责 SFT 数据清洗"),
            "我负责 SFT 数据清洗，pass@1 从 38.2% 到 45.6%。",
        ),
        (
            "en",
            _UNNAMED_ZH,
            Point(text="I cleaned the SFT data"),
            "I cleaned the SFT data; pass@1 went from 38.2% to 45.6%.",
        ),
    ],
)
@pytest.mark.parametrize("seq", range(1, 4))
def test_a_generic_follow_up_does_not_ask_how_a_told_result_was_judged(
    language: str, probe: Point, hit: Point, told: str, seq: int
) -> None:
    about = _questions.FollowUp(probe, [hit], "project", told, told, "What was your part?")
    text, named = _questions.written_follow_up(about, InterviewOptions(language=language), seq)  # type: ignore[arg-type]
    assert not named and JUDGED.said_in(language) not in text, text


@pytest.mark.parametrize(
    ("language", "story"),
    [
        (
            "en",
            "We argued, so I ran both on the eval set; the grounded rate went from 62% to 84%.",
        ),
        ("zh", "我们有分歧，我就在评测集上把两个方案都跑了，pass@1 从 38.2% 到 45.6%。"),
    ],
)
@pytest.mark.parametrize("seq", range(1, 4))
def test_a_story_follow_up_does_not_ask_how_a_told_change_was_judged(
    language: str, story: str, seq: int
) -> None:
    options = InterviewOptions(language=language)  # type: ignore[arg-type]
    text = _questions.story_follow_up(options, seq, [], story)
    assert JUDGED.said_in(language) not in text, text


@pytest.mark.parametrize(
    ("language", "point", "result_of_result"),
    [
        ("en", "The share of answers rated grounded went from 62% to 84%", "turn out"),
        ("zh", "有依据率：62% → 84%", "结果怎么样"),
    ],
)
@pytest.mark.parametrize("seq", range(1, 4))
def test_a_missed_result_is_asked_how_it_was_reached_not_how_it_turned_out(
    language: str, point: str, result_of_result: str, seq: int
) -> None:
    """ "Tell me more about this: the grounded-answer rate went from 62% to 84%. What did you
    do, and how did it turn out?" (demo, en) asked the result of a result."""
    about = _questions.FollowUp(Point(text=point), [], "project", "", "", "What was your part?")
    options = InterviewOptions(language=language)  # type: ignore[arg-type]
    text, named = _questions.written_follow_up(about, options, seq)
    assert named and result_of_result not in text, text
    assert "62% → 84%" in text or "62% to 84%" in text, text


@pytest.mark.parametrize(
    ("language", "point", "asks_the_part"),
    [
        (
            "en",
            "I owned the retrieval pipeline and the evaluation: chunking, hybrid retrieval, "
            "reranking and building the evaluation set",
            "your part",
        ),
        ("zh", "我负责检索链路和评测：数据切分、混合检索、重排、评测集建设", "负责什么"),
    ],
)
@pytest.mark.parametrize("seq", range(1, 4))
def test_a_missed_role_is_asked_what_it_held_not_what_the_part_was(
    language: str, point: str, asks_the_part: str, seq: int
) -> None:
    """ "About this part, how you owned the retrieval pipeline and the evaluation: what
    exactly was your part, and how did you do it?" (demo, en) asked what the point says."""
    said = "I worked on the retrieval part." if language == "en" else "我做的是检索部分。"
    about = _questions.FollowUp(Point(text=point), [], "project", said, said, "What did you do?")
    options = InterviewOptions(language=language)  # type: ignore[arg-type]
    text, named = _questions.written_follow_up(about, options, seq)
    assert named and asks_the_part not in text, text


@pytest.mark.parametrize(
    ("language", "point"),
    [
        ("zh", "混合检索对专有名词提升最大，但 BM25 依赖词典，新产品上线要同步更新词典"),
        (
            "en",
            "Hybrid retrieval improved proper nouns the most, but BM25 depends on its dictionary",
        ),
    ],
)
@pytest.mark.parametrize("seq", range(1, 4))
def test_a_result_without_a_changed_figure_is_not_asked_how_it_was_measured(
    language: str, point: str, seq: int
) -> None:
    """ "混合检索对专有名词提升最大，是怎么测出来的？" read "BM25"'s digits as a figure."""
    about = _questions.FollowUp(Point(text=point), [], "project", "", "", "讲讲这个项目")
    text, _ = _questions.written_follow_up(about, InterviewOptions(language=language), seq)  # type: ignore[arg-type]
    assert "测出来" not in text and "measured" not in text, text
