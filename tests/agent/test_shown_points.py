"""A key point on the score card reads as its claim: a heading that only names a part of
the write-up ("Background", "背景", "S") is not shown before it, unless the point alone
says too little; what the estimate measures (`Point.label`) keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent import AgentConfig, Answer, Look, Scorer, feedback_html
from agent._html import words_in
from agent.keypoints import Point, key_points
from knowledge import Citation, Question

WRITE_UPS = {
    "en": (
        "**Background**: Recall went from 65% to 88%\n"
        "**My part**: I built the reranker\n"
        "**Result**: 88%\n",
        "We rebuilt retrieval with a reranker.",
    ),
    "zh": (
        "**背景**：客服工单量很大\n**结果**：88%\n**S**：推荐页改了版\n",
        "我们重做了检索。",
    ),
}


@pytest.mark.parametrize(
    ("text", "context", "shown"),
    [
        ("Recall went from 65% to 88%", "Background", "Recall went from 65% to 88%"),
        ("客服工单量很大", "背景", "客服工单量很大"),
        ("推荐页改了版", "S", "推荐页改了版"),
        ("I built the reranker", "My part", "I built the reranker"),
        ("88%", "Result", "Result: 88%"),  # a bare figure needs its label
        ("p99 900 ms", "S", "S: p99 900 ms"),
        ("3000 条", "结果", "结果：3000 条"),
        ("正则化", "过拟合的缓解", "过拟合的缓解：正则化"),  # a heading naming a thing stays
    ],
)
def test_a_section_label_is_shown_only_where_the_point_needs_it(
    text: str, context: str, shown: str
) -> None:
    point = Point(text=text, context=context)
    assert point.shown == shown
    assert point.label.startswith(context)  # measured and probed as before


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_card_shows_a_point_without_its_section_label(tmp_path: Path, language: str) -> None:
    write_up, answer = WRITE_UPS[language]
    reference = Question(
        id="p1",
        question="Tell me about the project.",
        answer=write_up,
        stage="project",
        topic="the project",
        citation=Citation(source="notes.md", line_start=1, line_end=4),
    )
    config = AgentConfig(sessions_db=tmp_path / "s.sqlite", language=language)  # type: ignore[arg-type]
    score = Scorer(config, None, None).score(
        reference.question, Answer(text=answer), "project", references=[reference]
    )
    shown = [kp.point for kp in score.key_points]
    assert shown == [p.shown for p in key_points(write_up)], shown
    drawn = feedback_html(score, Look(words=words_in(language)))
    listed = drawn[drawn.index("<ul>") : drawn.index("</ul>")]  # the stronger answer quotes notes
    for label in ("Background:", "背景：", "S：", "S:"):
        assert label not in listed, listed
    assert ("Result: 88%" if language == "en" else "结果：88%") in listed
