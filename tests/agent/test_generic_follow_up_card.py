"""A follow-up asked generically ("what was the hardest part?") has no answer in the notes:
its card says so and does not then show the notes' write-up as the better answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent import AgentConfig, Answer
from agent.prompts.scoring import NO_REFERENCE_DETAILS
from agent.scoring import Scorer
from knowledge import Citation, Question

WRITE_UP = (
    "背景：公司内部有约 12 万篇制度文档，原系统是纯向量检索，专有名词召回差。\n"
    "方法：BM25 与向量检索各取 Top-20，用 RRF 融合，再用 cross-encoder 重排。\n"
    "结果：Recall@5 从 71% 提到 89%，有依据率从 62% 提到 84%。"
)
ANSWER = (
    "最大的难点是专有名词召回差，我加了自定义词典，又和业务方一起定了评测口径，最后效果提升明显。"
)


@pytest.mark.parametrize("follow_up", [True, False])
def test_a_card_with_no_point_of_the_notes_shows_no_notes_answer_for_a_generic_follow_up(
    tmp_path: Path, follow_up: bool
) -> None:
    cite = Citation(source="notes.md", line_start=1, line_end=3)
    question = "当时遇到的最大难点是什么？你是怎么解决的？"
    notes = Question(
        id="p", question=question, answer=WRITE_UP, stage="project", topic="p", citation=cite
    )
    scorer = Scorer(AgentConfig(sessions_db=tmp_path / "s.sqlite", language="zh"), None, None)
    points = [] if follow_up else None
    turn = scorer.score(
        question, Answer(text=ANSWER), "project", references=[notes], points=points,
        follow_up=follow_up,
    )  # fmt: skip
    if follow_up:  # measured on no point: "no reference answer in your notes"
        assert NO_REFERENCE_DETAILS.zh in turn.summary
        assert turn.improved_answer == "", turn.improved_answer
    else:  # a main question is answered by its notes
        assert "RRF" in turn.improved_answer
