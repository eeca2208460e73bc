"""agent.store: WAL SQLite with the checkpoints and the session records, idempotent writes."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from interview_fixtures import drive, make_interviewer

from agent import Answer, InterviewOptions, SessionNotFound, SessionStore, Turn, TurnScore


def _turn(turn_id: str, question: str = "什么是过拟合？", **extra: object) -> Turn:
    return Turn(
        turn_id=turn_id,
        seq=int(turn_id[1:]),
        stage="fundamentals",
        topic="过拟合",
        question=question,
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture()
def store(mianba_home: Path) -> SessionStore:
    s = SessionStore(mianba_home / "sessions.sqlite")
    yield s  # type: ignore[misc]
    s.close()


def test_the_database_is_in_wal_mode_with_a_busy_timeout(store: SessionStore) -> None:
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    assert store._conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_writes_are_upserts_that_keep_answers_and_scores(store: SessionStore) -> None:
    store.create_session("s1", InterviewOptions())
    store.record_question("s1", _turn("t001"))
    store.record_answer("s1", "t001", Answer(text="训练好测试差"))
    store.record_score("s1", "t001", TurnScore(status="offline_estimate", overall=55.0), 0.1)
    store.record_question("s1", _turn("t001", question="过拟合是什么？"))  # a node re-run
    turns = store.get("s1").turns
    assert len(turns) == 1
    assert turns[0].question == "过拟合是什么？"
    assert turns[0].answer is not None and turns[0].answer.text == "训练好测试差"
    assert turns[0].score is not None and turns[0].score.overall == 55.0
    assert turns[0].timings["score_s"] == pytest.approx(0.1)


def test_list_filter_and_delete_with_checkpoints(mianba_home: Path) -> None:
    iv = make_interviewer(mianba_home)
    done = iv.start(InterviewOptions(stages=["fundamentals"], minutes=5))
    drive(iv, done, ["正则化。"] * 5)
    open_one = iv.start(InterviewOptions(stages=["fundamentals"], minutes=5))
    list(iv.run(open_one))
    assert [s.id for s in iv.store.list_sessions()] == [open_one, done]
    assert [s.id for s in iv.unfinished()] == [open_one]
    assert iv.store.get_summary(open_one).asked == 1
    thread = {"configurable": {"thread_id": done}}
    assert iv.store.checkpointer.get_tuple(thread) is not None  # type: ignore[arg-type]
    iv.store.delete(done)
    assert iv.store.checkpointer.get_tuple(thread) is None  # type: ignore[arg-type]
    with pytest.raises(SessionNotFound, match="no interview session"):
        iv.store.get(done)
    iv.close()


def test_recent_questions_and_past_topic_scores(store: SessionStore) -> None:
    store.create_session("old", InterviewOptions())
    store.record_question("old", _turn("t001", source_id="q-overfit"))
    store.record_score("old", "t001", TurnScore(status="offline_estimate", overall=40.0))
    store.record_question("old", _turn("t002", question="Q2"))
    store.record_score("old", "t002", TurnScore(status="failed", error="x"))
    store.create_session("new", InterviewOptions())
    recent = store.recent_questions(3, exclude="new")
    assert ("q-overfit", "什么是过拟合？") in recent and (None, "Q2") in recent
    assert store.recent_questions(3, exclude="old") == []
    assert store.topic_scores() == {("fundamentals", "过拟合"): 40.0}  # failed scores ignored


def test_past_topic_scores_leave_out_rough_estimates_as_the_report_does(
    store: SessionStore,
) -> None:
    """Progress listed a topic at 24 that the report's 'Work on these' put at 35: an answer
    in another language than the notes, capped at a rough 50, counted in one and not the
    other. It measured the notes, not the candidate: neither counts it now."""
    from agent.prompts.scoring import OTHER_LANGUAGE_DETAILS

    rough = OTHER_LANGUAGE_DETAILS.said_in("en")
    store.create_session("old", InterviewOptions())
    store.record_question("old", _turn("t001"))
    store.record_score("old", "t001", TurnScore(status="offline_estimate", overall=40.0))
    store.record_question("old", _turn("t002", question="Q2"))
    capped = TurnScore(status="offline_estimate", overall=12.0, summary=f"Offline: {rough}")
    store.record_score("old", "t002", capped)
    assert store.topic_scores() == {("fundamentals", "过拟合"): 40.0}


def test_background_writers_and_the_checkpointer_share_one_writer(store: SessionStore) -> None:
    store.create_session("s", InterviewOptions())
    for i in range(1, 41):
        store.record_question("s", _turn(f"t{i:03d}"))
    errors: list[BaseException] = []

    def score(start: int) -> None:
        try:
            for i in range(start, 41, 4):
                store.record_score("s", f"t{i:03d}", TurnScore(status="llm", overall=float(i)))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=score, args=(n,)) for n in range(1, 5)]
    for t in threads:
        t.start()
    for i in range(1, 41):
        store.record_answer("s", f"t{i:03d}", Answer(text=str(i)))
    for t in threads:
        t.join()
    assert not errors
    turns = store.get("s").turns
    assert all(t.score is not None and t.answer is not None for t in turns)


def test_a_second_store_on_the_same_file_sees_the_records(store: SessionStore) -> None:
    store.create_session("s", InterviewOptions(mode="mock"))
    other = SessionStore(store.path)
    assert other.get_summary("s").options.mode == "mock"
    other.close()


def test_a_tasks_checkpoint_writes_land_all_together_or_not_at_all(
    store: SessionStore,
) -> None:
    """A process dying between two rows of `put_writes` must not leave half a task saved
    (it once left a node's new turn without its route, and resume stopped dead)."""
    saver = store.checkpointer
    saver.setup()
    store._conn.execute(  # the second row fails, as if the process died right there
        "CREATE TEMP TRIGGER die_midway BEFORE INSERT ON writes WHEN NEW.idx = 1"
        " BEGIN SELECT RAISE(ABORT, 'killed'); END"
    )
    config = {"configurable": {"thread_id": "s", "checkpoint_ns": "", "checkpoint_id": "c1"}}
    writes = [("turns", ["t004"]), ("branch:to:await_answer", None)]
    with pytest.raises(sqlite3.IntegrityError):
        saver.put_writes(config, writes, task_id="ask")  # type: ignore[arg-type]
    saved = store._conn.execute("SELECT channel FROM writes WHERE task_id='ask'").fetchall()
    assert saved == []
    assert not store._conn.in_transaction
