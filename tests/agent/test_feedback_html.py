"""The why of a score as the card, Review and the HTML export draw it (agent.feedback_html):
each thing said once."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from scoring_fixtures import HNSW

from agent import AgentConfig, Answer, Look, Scorer, feedback_html
from agent._html import words_in


@pytest.mark.parametrize(("language", "answer"), [("zh", "不知道"), ("en", "I don't know.")])
def test_a_non_answer_s_reason_is_said_once_not_on_every_dimension(
    tmp_path: Path, language: str, answer: str
) -> None:
    """The card of "不知道" said "你表示不了解这个问题或想跳过，没有作答。" five times: in its
    summary and beside each of the four dimensions."""
    config = AgentConfig(sessions_db=tmp_path / "s.sqlite", language=language)  # type: ignore[arg-type]
    score = Scorer(config, None, None).score(
        HNSW.question, Answer(text=answer), "fundamentals", references=[HNSW]
    )
    assert score.status == "guarded"
    reason = html.escape(score.dimensions[0].reason)
    drawn = feedback_html(score, Look(words=words_in(language)))
    assert drawn.count(reason) == 1
    for dimension in score.dimensions:  # the scores are still drawn
        assert f"<b>{dimension.name}</b>" in drawn


def test_dimensions_with_their_own_reasons_keep_them(tmp_path: Path) -> None:
    config = AgentConfig(sessions_db=tmp_path / "s.sqlite", language="zh")
    score = Scorer(config, None, None).score(
        HNSW.question,
        Answer(text="HNSW 是多层的图，上层稀疏下层稠密，搜索时从顶层开始贪心查找，逐层向下。"),
        "fundamentals",
        references=[HNSW],
    )
    drawn = feedback_html(score, Look(words=words_in("zh")))
    assert all(html.escape(d.reason) in drawn for d in score.dimensions)
