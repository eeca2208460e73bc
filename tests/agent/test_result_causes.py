"""A follow-up asking what led to a project's result is measured on the work, not the figure."""

from __future__ import annotations

from agent import keypoints
from agent._causes import led_to
from agent._probing import measured_on
from agent.state import PlannedTopic

WRITE_UP = "\n".join(
    [
        "### 背景",
        "原系统是纯向量检索，专有名词召回差，有依据的答案只有 62%。",
        "### 我的角色",
        "我负责检索链路和评测。",
        "### 方法",
        "- 切分：按标题和段落切分，每块 300~600 字。",
        "- 混合检索：BM25 与向量检索各取 Top-20，用 RRF 融合。",
        "- 重排：cross-encoder 对 Top-20 重排取 Top-5。",
        "- 评测：从工单里抽 600 个问题，指标是 Recall@5 和有依据率。",
        "### 结果",
        "- Recall@5：71% → 89%",
        "- P95 延迟从 1.9 s 升到 2.3 s，主要是重排带来的。",
    ]
)
ONE_PARAGRAPH = (
    "I was an intern on the search team. The old system ranked completions by prefix "
    "popularity only. I built a two-stage autocomplete with a trie and a LightGBM ranker. "
    "The zero-result rate fell from 18% to 11%."
)


def _topic(reference: str) -> PlannedTopic:
    points = keypoints.key_points(reference, keypoints.ALL_POINTS)
    return PlannedTopic(
        stage="project",
        topic="RAG",
        kind="project",
        seed="",
        reference=reference,
        key_points=points,
    )


def _point(topic: PlannedTopic, start: str) -> keypoints.Point:
    return next(p for p in topic.key_points if p.text.startswith(start))


def test_what_led_to_a_result_is_the_work_above_it_not_the_figure() -> None:
    """Read in the demo interview: "结果里的 Recall@5 71% → 89%，这个变化背后主要是哪些原因或
    改动？" listed "遗漏：Recall@5：71% → 89%" - the figure the question read out - and gave
    the result line as the better answer."""
    topic = _topic(WRITE_UP)
    measured = [p.text for p in measured_on(topic, _point(topic, "Recall@5").label)]
    assert not any("71%" in text for text in measured), measured
    assert [text[:4] for text in measured] == ["混合检索", "重排：c", "评测：从"]


def test_in_one_paragraph_the_work_is_the_sentence_before_the_result() -> None:
    """Not the role, nor the state before the work ("The old system ranked…")."""
    topic = _topic(ONE_PARAGRAPH)
    result = _point(topic, "The zero-result rate")
    assert [p.text[:17] for p in led_to(topic.reference, result)] == ["I built a two-sta"]


def test_a_result_that_tells_its_own_cause_stands_alone() -> None:
    """ "P95 延迟…升到 2.3 s，主要是重排带来的" says what drove it: it is its own answer."""
    topic = _topic(WRITE_UP)
    latency = _point(topic, "P95")
    assert led_to(topic.reference, latency) == []
    assert measured_on(topic, latency.label)[0] == latency
