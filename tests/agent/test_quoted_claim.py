"""A deep-dive question quotes one claim of the write-up and asks about it: the answer is
measured on that claim and the points around it, and the quoted words said back are no
credit. On ../shared/notes an answer telling how MetaApp's code was deduplicated scored
0/100, measured only on the rest of the quoted paragraph ("覆盖参考要点 0/1"), and the
follow-up asked that same rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from interview_fixtures import MemoryRetriever, drive, make_interviewer, of_type

from agent import InterviewOptions
from agent._coverage import measure
from agent._planning import _project_topics
from agent._questions import offline_main
from agent.keypoints import key_points
from knowledge import Citation, Project

# fresh text in the shape of the notes' write-up: a process announced ("如下："), an aside
# the question leaves out, and the list going on past what the question quotes
WRITE_UP = "\n\n".join(
    [
        "◎ **实习描述：**日志数据的清洗流程如下：（日志在采集端已经按服务切分好，清洗阶段只需要"
        "处理内容本身）：去重（SimHash）、时间戳统一，脱敏手机号和身份证号、给缺少级别的日志"
        "补上级别字段、解析失败检测，丢弃解析失败的行",
        "◎ **问题背景：**告警太多，值班同学每天要看上千条告警，真正的故障经常被淹没。",
        "**实习描述：**按调用链把同一故障引发的告警聚成一组，只推送根因服务的告警，"
        "每天推送的告警从一千多条降到八十条左右。",
        "◎ **问题背景：**查询一周的日志要等好几分钟。",
        "**实习描述：**把热数据放到 ClickHouse，冷数据留在对象存储，一周查询降到五秒以内。",
    ]
)
QUOTED = "去重（SimHash）、时间戳统一"
# the claim in the candidate's own words: how it was done and what came of it
EXPLAINED = (
    "在日志平台我负责清洗这一块，先用 SimHash 把内容几乎一样的日志合并掉，"
    "再把各个服务写法不同的时间戳统一转成 UTC 毫秒，清洗完一天的日志量少了三成左右。"
)
# the quote said back, rearranged, with the question's own words around it
PADDED = (
    "我负责日志数据的清洗流程。日志数据的清洗流程如下：去重、时间戳统一。"
    "怎么做的就是去重（SimHash）、时间戳统一。效果就是去重了，时间戳也统一了。"
)
# the quote with a remark that tells nothing of it
REMARKED = (
    "我负责日志数据的清洗流程，流程如下：去重、时间戳统一，这个工作非常重要，大家都觉得效果很好。"
)


def _project() -> Project:
    cite = Citation(source="/notes/intern.md", line_start=1, line_end=9)
    return Project(id="p-log", name="日志平台", description=WRITE_UP, citation=cite)


def _interview(home: Path, answer: str) -> tuple[list[str], float, list[str], str | None]:
    """The questions asked, the first answer's overall score, the points its card shows
    and the point the follow-up probes."""
    iv = make_interviewer(home, MemoryRetriever([], [_project()]), max_follow_ups=1)
    sid = iv.start(InterviewOptions(stages=["project"], minutes=30, language="zh"))
    events = drive(iv, sid, [answer, "不太记得了。"])
    main, *after = iv.store.turns(sid)
    iv.close()
    assert main.score is not None and main.score.overall is not None
    asked = [q.text for q in of_type(events, "question_asked")]
    probe = after[0].probe if after else None
    return asked, main.score.overall, [k.point for k in main.score.key_points], probe


def test_the_round_is_measured_on_the_quoted_claim_and_its_paragraph() -> None:
    first = _project_topics([_project()])[0]
    assert QUOTED in first.seed
    texts = [p.text for p in first.key_points]
    assert any("SimHash" in t for t in texts), texts  # the claim asked about
    assert any("脱敏" in t for t in texts), texts  # the rest of its paragraph


def test_an_answer_explaining_the_quoted_claim_scores(mianba_home: Path) -> None:
    asked, overall, shown, probe = _interview(mianba_home, EXPLAINED)
    assert QUOTED in asked[0]
    assert overall >= 25, (overall, shown)
    assert any("SimHash" in p for p in shown), shown
    # the follow-up asks what the answer did not tell, never the claim it was asked
    assert probe is not None and "SimHash" not in probe and "解析失败" in probe, (probe, asked)


@pytest.mark.parametrize("answer", [PADDED, REMARKED])
def test_the_quote_said_back_scores_nothing(mianba_home: Path, answer: str) -> None:
    _, overall, shown, _ = _interview(mianba_home, answer)
    assert overall == 0, (overall, shown)


EN_WRITE_UP = (
    "The log cleaning pipeline was as follows: deduplicate near-identical lines with SimHash, "
    "normalise timestamps, mask phone numbers, fill in missing log levels, and drop lines "
    "that fail to parse.\n\n"
    "Alert grouping: alerts caused by one incident were grouped along the call chain."
)


@pytest.mark.parametrize(
    ("answer", "covered"),
    [
        (
            "I owned the cleaning step: we hashed every line with 64-bit SimHash and merged "
            "lines within three bits, then converted every service's timestamp format to UTC "
            "milliseconds, which cut the daily volume by about a third.",
            True,
        ),
        (
            "The log cleaning pipeline was as follows: deduplicate near-identical lines with "
            "SimHash, normalise timestamps. I deduplicated near-identical lines with SimHash.",
            False,
        ),
    ],
)
def test_an_english_quote_is_covered_by_what_the_answer_adds(answer: str, covered: bool) -> None:
    project = Project(id="p-en", name="Log platform", description=EN_WRITE_UP,
                      citation=_project().citation)  # fmt: skip
    topic = _project_topics([project])[0]
    question = offline_main(topic, "en", opening=True)
    assert '"The log cleaning pipeline' in question
    quoted = measure(topic.key_points, answer, question).points[0]
    assert "SimHash" in quoted.point.text and (quoted.status == "hit") is covered


LABELLED = {
    "en": (
        "- Problem: search p99 latency was 900 ms and users left before the results came back\n"
        "- My part: I owned the query cache and the ranking service",
        "Problem:",
        "Search p99 latency was 900 ms",
        "We traced the 900 ms to the ranking service recomputing features on every query, so I "
        "cached the per-document features in Redis and precomputed the heavy ones nightly.",
    ),
    "zh": (
        "- 背景: 商品推荐 CTR 低, 基线是 DeepFM, 线上 CTR 只有 3.1%\n"
        "- 我的部分: 我负责重排模型, 用 LightGBM 做排序学习",
        "背景:",
        "商品推荐 CTR 低",
        "商品推荐 CTR 低是因为曝光集中在头部商品，基线 DeepFM 又没有用户近期的行为，我加了类目"
        "多样性特征和用户近七天的行为序列特征，离线和线上都做了对比实验。",
    ),
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_quoted_claim_is_said_without_its_section_label_and_still_matched(
    language: str,
) -> None:
    """ "where you wrote: “背景: 商品推荐 CTR 低…”" quoted the write-up's section label; the
    question leaves it out, and the stored claim keeps it, so the answer saying the quote
    back is still an echo and one explaining it still covers it."""
    notes, label, quoted, explained = LABELLED[language]
    project = Project(id="p-l", name="Ranking", description=notes, citation=_project().citation)
    topic = _project_topics([project])[0]
    assert topic.seed.startswith(label)  # the plan's claim, which scoring matches, is kept
    question = offline_main(topic, language, opening=False)  # type: ignore[arg-type]
    assert label not in question and f"{quoted}" in question, question
    points = key_points(notes)  # the quoted claim among them, as its round may measure it
    point = next(i for i, p in enumerate(points) if p.text.startswith(label))
    echo = topic.seed.rstrip("…")[len(label) :].strip()
    assert measure(points, echo, question).points[point].status != "hit"
    assert measure(points, explained, question).points[point].status != "missed"
