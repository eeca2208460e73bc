"""The store's kept turns (agent._turn_cache): every read is the table as it is now."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from agent import Answer, InterviewOptions, SessionStore, Turn, TurnScore
from agent.keypoints import Point


def _turn(turn_id: str, question: str = "什么是过拟合？") -> Turn:
    return Turn(
        turn_id=turn_id,
        seq=int(turn_id[1:]),
        stage="fundamentals",
        topic="过拟合",
        question=question,
        key_points=[Point(text="训练误差低而测试误差高"), Point(text="正则化和早停可以缓解")],
    )


@pytest.fixture()
def store(mianba_home: Path) -> SessionStore:
    s = SessionStore(mianba_home / "sessions.sqlite")
    s.create_session("s1", InterviewOptions())
    s.record_question("s1", _turn("t001"))
    yield s  # type: ignore[misc]
    s.close()


def test_each_own_write_is_in_the_next_read(store: SessionStore) -> None:
    assert [t.answer for t in store.turns("s1")] == [None]  # the session is kept from here
    store.record_answer("s1", "t001", Answer(text="训练好测试差"))
    assert store.turns("s1")[0].answer == Answer(text="训练好测试差")
    narrowed = [Point(text="正则化和早停可以缓解")]
    missed = ["训练误差低而测试误差高"]
    store.record_coverage("s1", "t001", 0.5, missed, narrowed)
    turn = store.turns("s1")[0]
    assert (turn.coverage, turn.missed, turn.key_points) == (0.5, missed, narrowed)
    store.record_score("s1", "t001", TurnScore(status="offline_estimate", overall=60.0), 0.2)
    store.record_question("s1", _turn("t002", "怎么判断过拟合？"))
    turns = store.turns("s1")
    assert [t.turn_id for t in turns] == ["t001", "t002"]
    assert turns[0].score is not None and turns[0].score.overall == 60.0
    assert turns[0].timings["score_s"] == pytest.approx(0.2)
    assert store.turn("s1", "t002") == turns[1]
    assert store.turn("s1", "t009") is None


def test_writes_by_another_connection_are_seen(store: SessionStore) -> None:
    store.turns("s1")
    other = SessionStore(store.path)  # another window or process on the same file
    other.record_answer("s1", "t001", Answer(text="测试集上差很多"))
    other.close()
    assert store.turns("s1")[0].answer == Answer(text="测试集上差很多")
    conn = sqlite3.connect(store.path)  # or plain SQL, from outside the app
    with conn:
        conn.execute("UPDATE mianba_turns SET question='过拟合是什么？' WHERE turn_id='t001'")
    conn.close()
    assert store.turn("s1", "t001").question == "过拟合是什么？"  # type: ignore[union-attr]
    assert store.turns("s1")[0].question == "过拟合是什么？"


def test_a_deleted_session_has_no_turns(store: SessionStore) -> None:
    store.turns("s1")
    store.delete("s1")
    assert store.turns("s1") == []


def test_a_rolled_back_write_is_not_kept(store: SessionStore) -> None:
    store.turns("s1")
    with pytest.raises(RuntimeError), store._tx() as cur:
        cur.execute("UPDATE mianba_turns SET question='写了一半' WHERE turn_id='t001'")
        store._turns.written(store._conn, "s1", "t001")  # as record_* do, then it fails
        raise RuntimeError("disk full")
    assert store.turns("s1")[0].question == "什么是过拟合？"
