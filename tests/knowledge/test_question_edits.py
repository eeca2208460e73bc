"""Hand edits of bank questions carry over when a better parser reads a note anew."""

from __future__ import annotations

from pathlib import Path

from knowledge import Question, parse_note
from knowledge._chunking import stable_id
from knowledge._cues import question_key
from knowledge._manifest import QuestionEdits

NOTE = (
    "二面\n问题1：讲讲 PPO 和 DPO 的区别\nDPO 不需要奖励模型，训练更稳定。\n"
    "问题2：为什么 DPO 训练后回复会变长？\n偏好数据里长回答多。\n"
)
SOURCE = "/notes/post.txt"


def _as_an_older_parser_read_it(text: str, lines: tuple[int, int]) -> Question:
    """The first question as read when its answer line was taken for the rest of it."""
    return Question(
        id=stable_id("q", SOURCE, question_key(text)),
        question=text,
        answer="",
        stage="fundamentals",
        topic="DPO",
        citation={"source": SOURCE, "line_start": lines[0], "line_end": lines[1]},
    )


def test_an_edit_saved_under_an_old_id_applies_to_the_question_read_anew(
    tmp_path: Path,
) -> None:
    old = _as_an_older_parser_read_it(
        "讲讲 PPO 和 DPO 的区别\nDPO 不需要奖励模型，训练更稳定。", (2, 3)
    )
    edits = QuestionEdits(tmp_path / "edits.json")
    edits.put(old.model_copy(update={"answer": "我自己的答案：DPO 省掉奖励模型。"}))
    questions = parse_note(NOTE, SOURCE).questions
    assert old.id not in {q.id for q in questions}  # the id did change
    applied = edits.apply(questions)
    first = applied[0]
    assert first.id == questions[0].id and first.edited
    assert first.answer == "我自己的答案：DPO 省掉奖励模型。"
    assert first.citation == questions[0].citation  # cites where it is now
    assert not applied[1].edited
    reopened = QuestionEdits(tmp_path / "edits.json").apply(questions)  # moved for good
    assert reopened[0].edited and reopened[0].id == questions[0].id


def test_an_edit_of_a_question_deleted_from_the_note_goes_to_no_other_question(
    tmp_path: Path,
) -> None:
    gone = _as_an_older_parser_read_it("什么是 KV Cache？", (2, 3))
    edits = QuestionEdits(tmp_path / "edits.json")
    edits.put(gone.model_copy(update={"answer": "缓存 K 和 V。"}))
    applied = edits.apply(parse_note(NOTE, SOURCE).questions)
    assert not any(q.edited for q in applied)
