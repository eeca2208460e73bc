"""What the offline card counts in an answer: the candidate's own part, technical terms,
and points made in part - as the card says them (cards a reader found wrong)."""

from __future__ import annotations

import re

import pytest

from agent._coverage import Coverage, PointCoverage, measure
from agent._markers import MARKERS
from agent._offline_scoring import _Features
from agent.keypoints import Point, key_points


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("我在美团主要负责招投标文本的实体抽取。", 1),
        ("我主要负责异常检测这一块。", 1),
        ("I mainly worked on the ranking service.", 1),
        ("I was in charge of the data pipeline.", 1),
        ("这个模块由后端同事负责，我没参与。", 0),  # another's part is not the candidate's
        ("负责人是我的导师。", 0),
    ],
)
def test_own_part_is_counted_however_the_sentence_places_it(said: str, found: int) -> None:
    assert len(MARKERS["role"].findall(said)) == found


def test_english_technical_terms_are_names_and_the_notes_words_not_every_word() -> None:
    """An English card said "66 technical terms, length 85": every latin word counted."""
    points = key_points("- Added a cross-encoder reranker on the top 100\n- Hybrid BM25 retrieval")
    answer = "The team was great, and we shipped the reranker with BM25 and GPT-4 last spring."
    cover = measure(points, answer, "Tell me about the search project.")
    assert _Features("project", cover).tech_terms == 3  # reranker, BM25, GPT-4
    zh = measure(points, "我们用 BM25 和 reranker 做了检索。", "讲讲搜索项目。")
    assert _Features("project", zh).tech_terms == 2


def test_points_made_in_part_earn_less_than_the_same_points_made() -> None:
    """ "covers 0 of 2 key points, 2 in part" scored 91: each point in part counted nearly
    as a point made. In part is at most half a point."""
    points = [Point(text="模型先在大规模语料上预训练"), Point(text="再用少量标注数据微调")]
    in_part = Coverage([PointCoverage(p, 0.55) for p in points], support=0.6)
    made = Coverage([PointCoverage(p, 0.6) for p in points], support=0.6)
    assert in_part.statuses == ["partly", "partly"] and made.statuses == ["hit", "hit"]
    assert _Features("fundamentals", in_part).content <= 0.5
    assert _Features("fundamentals", made).content == 1.0


def test_a_form_count_beside_a_lowest_score_says_why_it_earned_nothing() -> None:
    """A reviewer's card read "技术深度 1/5：技术术语 11 个" on an answer that made no point
    of the notes: form only ever modulates content, and the reason now says so."""
    from agent._offline_scoring import estimate

    points = key_points("- 用 cross-encoder 对召回的前 50 条重排\n- 混合检索：BM25 加向量召回")
    off = measure(
        points, "我们用 Kubernetes 和 Docker 部署了 Redis、Kafka 和 MySQL 集群。", "讲讲检索项目"
    )
    dims = {d.name: d for d in estimate("project", off, "zh").dimensions}
    assert (
        dims["technical_depth"].score == 1
        and "未答到笔记中的要点" in dims["technical_depth"].reason
    )
    made = measure(
        points,
        "我们先用 BM25 加向量做混合检索，再用 cross-encoder 对前 50 条重排。",
        "讲讲检索项目",
    )
    told = {d.name: d for d in estimate("project", made, "en").dimensions}
    assert "no point of your notes" not in told["technical_depth"].reason


def test_the_card_says_a_paraphrase_is_worded_otherwise_not_missing_from_the_notes():
    from agent._card_reasons import coverage_reason

    zh = coverage_reason(["hit", "hit", "partly", "missed"], True, backed=0.3)
    en = coverage_reason(["hit", "hit", "partly", "missed"], False, backed=0.3)
    assert "用词不同" in zh and "笔记里没有" not in zh
    assert "worded unlike your notes" in en and "not in your notes" not in en


def test_the_near_topic_note_does_not_deny_a_point_made_in_part() -> None:
    """ "覆盖参考要点 0/3，部分覆盖 1…；与笔记的话题相近，但没有答到其中的具体要点" said
    a point was made in part, then that none was."""
    from agent._card_reasons import coverage_reason

    zh = coverage_reason(["partly", "missed", "missed"], True, near=True)
    en = coverage_reason(["missed", "missed"], False, touched=1, near=True)
    assert "部分覆盖 1" in zh and "没有答到其中的具体要点" not in zh and "没有完整答到" in zh
    assert "no point of them made in full" in en
    alone = coverage_reason(["missed", "missed"], True, near=True)
    assert alone.endswith("没有答到其中的具体要点")


def test_points_hit_in_words_of_its_own_back_the_answer() -> None:
    """A strong Chinese paraphrase hit 5 of 8 points with one contradicted, yet scored 0 and
    read "未答到笔记中的要点": its words were its own (support 0.1), and that low backing
    scaled its points away. Points hit are the notes' claims made: they back it."""
    from agent._offline_scoring import estimate

    points = [Point(text=f"要点{i}：模型的第{i}个设计") for i in range(8)]
    said = [PointCoverage(p, 0.9) for p in points[:5]]
    told = Coverage([*said, *(PointCoverage(p, 0.0) for p in points[5:])], support=0.1)
    wrong = Coverage([*said, PointCoverage(points[5], 0.9, contradicted=True)], support=0.1)
    assert _Features("project", told).backed > 0.9 and _Features("project", told).level > 0.7
    assert _Features("project", wrong).level > 0.5
    alone = Coverage([*said[:1], *(PointCoverage(p, 0.0) for p in points[1:])], support=0.1)
    assert _Features("project", alone).backed < 0.5  # one point hit backs little
    cancelled = Coverage(
        [said[0], *(PointCoverage(p, 0.9, contradicted=True) for p in points[1:4])]
    )
    dims = {d.name: d for d in estimate("project", cancelled, "zh").dimensions}
    assert "抵消" in dims["technical_depth"].reason
    assert "未答到笔记中的要点" not in dims["technical_depth"].reason


def test_numbers_said_in_words_are_counted() -> None:
    said = "关注的正样本才千分之三左右，线上人均时长加一点七个点，关注率加百分之四。"
    made = Coverage(
        [PointCoverage(Point(text="线上人均时长 +1.7%"), 0.9)], support=0.5, content=[said]
    )
    assert _Features("project", made).counts["number"] == 3


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("有依据率提到了 84%", 1),
        ("ROUGE-L 从 0.31 提到 0.42", 1),
        ("你刚才提到了 RAG", 0),
        ("the grounded rate went from 62% to 84%", 1),
        ("p99 dropped to 40 ms", 1),
    ],
)
def test_a_change_of_a_figure_is_a_result_word(said: str, found: int) -> None:
    assert len(MARKERS["result"].findall(said)) == found


def test_a_contradiction_is_marked_as_one_that_may_be():
    """On fresh notes the offline check marked right answers as often as wrong ones
    (held-out 14, 15): the key-point mark and the card's count both say "may"."""
    from agent import KEY_POINT_LABELS, label_of

    assert label_of(KEY_POINT_LABELS, "contradicted", "en") == "may contradict"
    assert label_of(KEY_POINT_LABELS, "contradicted", "zh") == "可能矛盾"


def test_a_story_told_plainly_in_english_has_its_star_parts() -> None:
    """A reader's clear English story read "STAR parts found: none": no "situation" or
    "task" word in it, and its deeds were verbs the list did not have."""
    story = (
        "Last year my manager wanted to ship the search feature a week early. My job was "
        "to keep it stable, so I had to push back. I showed him the latency numbers and "
        "proposed a two-day load test. In the end it found a memory leak; we fixed it."
    )
    found = {
        name for name in ("situation", "task", "action", "result") if MARKERS[name].search(story)
    }
    assert found == {"situation", "task", "action", "result"}
    # an account of how things work is no deed: "used" and "needed" are not what one did
    assert not MARKERS["action"].search("We used a cache. I needed more time.")


def test_a_count_of_one_is_said_in_the_singular() -> None:
    """Read on a card: "Clarity 1/5: 1 sentences, 0 order words (first, then)"."""
    from agent._card_reasons import form_facts

    counts = dict.fromkeys(MARKERS, 0) | dict.fromkeys(("because", "order", "number"), 1)
    facts = form_facts({**counts, "reflection": 2}, "one answer", 1, 1)
    said = " ".join(words.en for words in facts.values())
    assert "1 sentence," in said and "1 order word (first" in said and "1 technical term" in said
    assert "2 reflection words" in said and not re.search(r"\b1 \w+ words\b|\b1 sentences\b", said)


def test_an_introduction_told_plainly_has_its_parts() -> None:
    """A reader's rambling English introduction read "parts found: education": it told
    where the candidate works and what they are looking for, in words the list lacked."""
    intro = (
        "I did my master's in statistics, and since then I've been working at a fintech "
        "for about two years on fraud models. Now I'm looking for something more applied."
    )
    found = {
        name
        for name in ("education", "experience", "skills", "motivation")
        if MARKERS[name].search(intro)
    }
    assert found == {"education", "experience", "motivation"}
