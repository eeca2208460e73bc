"""A follow-up names a whole idea, never a clause cut so that it leans on the one before it
("能再说说跟之前微调的 20w 融合做微调吗？", "Tell me about this: four times your old setup"
in typed interviews): it names another clause of the point, or asks generically."""

from __future__ import annotations

import re

import pytest

from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import Point
from agent.state import InterviewOptions


def _asked(point: str, stage: str, language: str) -> list[str]:
    about = FollowUp(Point(text=point), [], stage, "")  # type: ignore[arg-type]
    options = InterviewOptions(language=language)  # type: ignore[arg-type]
    return [offline_follow_up(about, options, seq) for seq in range(3)]


@pytest.mark.parametrize(
    ("point", "stage", "language", "fragment", "named"),
    [
        # merged with what? the clause before says
        (
            "人工抽查了一遍标注质量，随后跟上一版的 5 万条数据合并做训练",
            "project",
            "zh",
            "跟上一版",
            "人工抽查了一遍标注质量",
        ),
        # "基于此" points at the aside before it
        (
            "（日志分成报错、告警、访问三类），基于此实现了线上日志模板的自动抽取"
            "并结合规则构造了训练用的标注数据集（800 条）",
            "project",
            "zh",
            "基于此",
            "线上日志模板的自动抽取",
        ),
        # what was never used? the clause before says
        (
            "Two weeks before the launch I had to move our whole search index over to "
            "Elasticsearch, which I had never run",
            "behavioral",
            "en",
            "had never run",
            "move your whole search index over to Elasticsearch",
        ),
        # three times what? the clause before says
        (
            "By Friday the job finished in about forty minutes on one machine, three times "
            "faster than the old cluster",
            "behavioral",
            "en",
            "three times",
            "forty minutes",
        ),
        # updating what? the clause before says (the demo's "One more part: every new
        # product launch means updating it")
        (
            "Hybrid retrieval helped most with proper nouns, but BM25 is only as good as its "
            "dictionary: every new product launch means updating it",
            "project",
            "en",
            "updating it",
            "retrieval helped most with proper nouns",
        ),
    ],
)
def test_a_clause_leaning_on_the_one_before_is_not_the_name(
    point: str, stage: str, language: str, fragment: str, named: str
) -> None:
    for text in _asked(point, stage, language):
        assert fragment not in text, text
        assert named in text, text


@pytest.mark.parametrize(
    ("point", "language", "fragment"),
    [
        ("跟之前的数据融合后重训", "zh", "跟之前"),  # no clause of its own: asked generically
        ("比 DNN 更容易解释", "zh", "比 DNN"),
        ("four times our old setup", "en", "four times"),
        ("基于此", "zh", "基于此"),
        # what came down? the sentence before says (P95 latency)
        (
            "Swapping the cross-encoder for a smaller distilled model brought it back down "
            "to 2.0 s",
            "en",
            "brought it back",
        ),
    ],
)
def test_a_point_that_is_only_a_fragment_is_asked_generically(
    point: str, language: str, fragment: str
) -> None:
    for stage in ("project", "fundamentals"):
        texts = _asked(point, stage, language)
        assert len(set(texts)) == 3  # still rotates
        assert not any(fragment in t for t in texts), texts


def test_work_done_together_with_someone_is_a_clause_of_its_own() -> None:
    """ "和同事一起…" names who the candidate worked with, not a partner of the clause before."""
    texts = _asked("和测试同事一起逐条复核失败用例", "project", "zh")
    assert all("和测试同事一起逐条复核失败用例" in t for t in texts), texts


@pytest.mark.parametrize("stage", ["behavioral", "project"])
def test_an_english_deed_cut_from_its_i_is_said_with_its_doer(stage: str) -> None:
    """ "Tell me about this: reproduced the official benchmark on day two" named a verb
    with no subject; the deed is the candidate's: "how you rebuilt…"."""
    point = (
        "I read the runbook and the incident reports on Monday, rebuilt the staging cluster "
        "from scratch on Tuesday, then moved our traffic over"
    )
    hit = Point(text=point)
    for seq in range(3):
        about = FollowUp(Point(text=point), [], stage)  # type: ignore[arg-type]
        text = offline_follow_up(about, InterviewOptions(language="en"), seq)
        assert not re.search(r"(?<!you )\b(?:rebuilt|moved|read)\b", text), text
        mentioned = FollowUp(Point(text="We kept the old cluster as a fallback"), [hit], stage)  # type: ignore[arg-type]
        text = offline_follow_up(mentioned, InterviewOptions(language="en"), seq)
        assert not re.search(r"(?<!you )\b(?:rebuilt|moved|read)\b", text), text


def test_an_english_deed_that_is_a_point_of_its_own_is_said_with_its_doer() -> None:
    """The demo's en interview asked "About this part, kept each chunk's heading path as
    metadata: what exactly was your part…?" - a clause keypoints cut from "Chunking: I split
    documents…, kept…" is a point of its own, with no "I" left in it."""
    point = Point(text="kept each chunk's heading path as metadata, and never split a table")
    for seq in range(3):
        about = FollowUp(point, [], "project", "I mostly handled the retrieval part.")
        text = offline_follow_up(about, InterviewOptions(language="en"), seq)
        assert "you kept each chunk" in text, text
    # knowledge is nobody's deed: "trained on" is not "you trained on"
    fact = Point(text="trained on trillions of tokens with next-token prediction for months")
    for seq in range(3):
        text = offline_follow_up(FollowUp(fact, [], "fundamentals"), InterviewOptions(), seq)
        assert "you trained" not in text, text


def test_an_english_choice_cut_from_its_clause_is_not_named() -> None:
    """The demo's en interview asked "Next point: either updating all weights or only adapters
    such as LoRA. What is going on there?" - the how of "Fine-tuning adapts the model…"."""
    for text in _asked(
        "either updating all weights or only adapters such as LoRA", "fundamentals", "en"
    ):
        assert "either" not in text.lower(), text


def test_a_name_with_an_inner_capital_keeps_its_case_mid_sentence() -> None:
    """ "What about flashAttention?": a name written in camel case is not a sentence start."""
    point = Point(text="PagedAttention stores the KV cache in fixed-size blocks like pages")
    for seq in range(3):
        text = offline_follow_up(
            FollowUp(point, [], "fundamentals"), InterviewOptions(language="en"), seq
        )
        assert "pagedAttention" not in text and "PagedAttention" in text, text


@pytest.mark.parametrize(
    ("point", "told", "language", "fragment"),
    [
        (
            "评测集一定要覆盖知识库里没有答案的那类问题，否则上线前会明显高估整个系统的效果",
            "评测集一定要覆盖知识库里没有答案的那类问题",
            "zh",
            "否则",
        ),
        (
            "The other lesson was that the evaluation set has to include questions the "
            "knowledge base can't answer, or you end up overestimating the system",
            "I owned the retrieval pipeline and the evaluation set.",
            "en",
            "overestimating",
        ),
    ],
)
def test_what_follows_when_the_clause_before_is_not_done_is_not_the_name(
    point: str, told: str, language: str, fragment: str
) -> None:
    """ "那否则上线前这块呢？", "how you end up overestimating the system?": the "otherwise"
    half of a point says nothing without the half before it."""
    made = [Point(text=told.rstrip("。."))]  # the part said: "I follow you on …"
    about = FollowUp(Point(text=point), made, "project", told, told=told)
    options = InterviewOptions(language=language)  # type: ignore[arg-type]
    for seq in range(3):
        asked = offline_follow_up(about, options, seq)
        assert fragment not in asked, asked


@pytest.mark.parametrize("seq", range(3))
def test_a_latin_name_after_its_chinese_heading_is_set_off_by_a_space(seq: int) -> None:
    """ "结果里的Recall@5 71% → 89%" ran the heading into the figure's name."""
    about = FollowUp(Point(text="Recall@5：71% → 89%", context="结果"), [], "project", "")
    asked = offline_follow_up(about, InterviewOptions(language="zh"), seq=seq)
    assert "Recall@5" in asked and not re.search(r"[\u4e00-\u9fff]Recall", asked), asked
