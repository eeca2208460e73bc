"""A follow-up is measured on one point of a write-up, but backed by all of it: a correct,
detailed answer using the write-up's other figures scored 0, "most of the answer is not in
your notes" (an English interview on the demo notes)."""

from __future__ import annotations

from pathlib import Path

from agent import AgentConfig, Answer, Scorer
from agent._scoring_pool import _topic_notes
from agent._turn import Turn
from agent.keypoints import key_points
from knowledge import Citation, Question

WRITE_UP = (
    "Background: the code model's completions often failed to compile.\n"
    "My role: I owned the data: cleaning the SFT data and building the preference data.\n"
    "Cleaning: 42,000 raw samples, deduplicated to 31,000, then filtered by unit tests to "
    "24,000.\n"
    "Preference data: responses that passed the unit tests became chosen, failing ones "
    "rejected, 8,000 pairs in all."
)
QUESTION = "Can you tell me more about cleaning the SFT data and building the preference data?"
ANSWER = (
    "We started from 42,000 raw samples, deduplicated them to 31,000 and kept the 24,000 that "
    "passed unit tests. For preferences, passing responses were chosen and failing ones "
    "rejected, which gave 8,000 pairs."
)


def _score(tmp_path: Path, backing: str) -> float:
    role = next(p for p in key_points(WRITE_UP) if p.text.startswith("My role"))
    cite = Citation(source="notes.md", line_start=2, line_end=2)
    reference = Question(
        id="f", question=QUESTION, answer=role.text, stage="project", topic="p", citation=cite
    )
    scorer = Scorer(AgentConfig(sessions_db=tmp_path / "s.sqlite", language="en"), None, None)
    turn = scorer.score(
        QUESTION, Answer(text=ANSWER), "project", references=[reference], points=[role],
        backing=backing,
    )  # fmt: skip
    assert turn.overall is not None
    return turn.overall


def test_a_follow_up_answer_from_elsewhere_in_the_write_up_is_backed_by_it(tmp_path: Path):
    alone, backed = _score(tmp_path, ""), _score(tmp_path, WRITE_UP)
    assert backed > alone


def test_a_follow_up_is_backed_by_its_main_questions_reference():
    def turn(seq: int, follow_up: bool, reference: str, topic_index: int = 0) -> Turn:
        return Turn(
            turn_id=f"t{seq:03d}", seq=seq, stage="project", topic="p", topic_index=topic_index,
            question="q", is_follow_up=follow_up, reference=reference,
        )  # fmt: skip

    main, other = turn(1, False, WRITE_UP), turn(2, False, "another project", 1)
    follow_up = turn(3, True, "My role: I owned the data")
    assert _topic_notes(follow_up, [main, other]) == WRITE_UP
    assert _topic_notes(main, []) == ""  # a main question has its whole reference already


def test_a_follow_up_answer_is_judged_on_its_point_not_on_a_projects_form(tmp_path: Path):
    """A reviewer's follow-up answer covered its one point and got 71: "0 trade-off words",
    "0 statements of your own part" - which the follow-up ("how did you chunk?") never
    asked for. A follow-up is judged on its point; its card says so."""
    point = key_points("Chunking: split by heading, 512 tokens per chunk, 64 overlap")[0]
    cite = Citation(source="notes.md", line_start=1, line_end=1)
    question = "How did you chunk the documents?"
    reference = Question(
        id="c", question=question, answer=point.text, stage="project", topic="p", citation=cite
    )
    answer = Answer(text="We split by heading into chunks of 512 tokens with an overlap of 64.")
    scorer = Scorer(AgentConfig(sessions_db=tmp_path / "s.sqlite", language="en"), None, None)

    def scored(follow_up: bool):  # type: ignore[no-untyped-def]
        return scorer.score(
            question, answer, "project", references=[reference], points=[point],
            follow_up=follow_up,
        )  # fmt: skip

    main, follow_up = scored(False), scored(True)
    assert main.overall is not None and follow_up.overall is not None
    assert follow_up.overall > main.overall and follow_up.overall >= 90
    trade_offs = next(d for d in follow_up.dimensions if d.name == "trade_offs")
    assert trade_offs.reason.startswith("a follow-up: judged on what it asked")
    wrong = scorer.score(
        question, Answer(text="We never split documents; each whole file went in as one chunk."),
        "project", references=[reference], points=[point], follow_up=True,
    )  # fmt: skip
    assert wrong.overall is not None and wrong.overall < 30
