"""A sessions database written before turns had one home still opens, exports and resumes.

tests/agent/data/sessions_before_ledger.sqlite was made by the code of commit 0d5d36f
(offline interviewer, tests/agent/interview_fixtures.MemoryRetriever, fundamentals +
behavioral, zh). It holds three sessions, oldest first:
- finished: two answers, then ended early;
- waiting: two weak answers, so follow-ups, and waiting for the answer to the third;
- crashed: the first answer in mianba_turns but the checkpoint still waiting for it
  (the process died between the two writes).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from interview_fixtures import MemoryRetriever, of_type

from agent import AgentConfig, Answer, Interviewer, SessionStore, render_session

OLD_DB = Path(__file__).parent / "data" / "sessions_before_ledger.sqlite"


@pytest.fixture()
def old_db(tmp_path: Path) -> Path:
    path = tmp_path / "sessions.sqlite"
    shutil.copy(OLD_DB, path)
    return path


def _sessions(store: SessionStore) -> tuple[str, str, str]:
    finished, waiting, crashed = [s.id for s in reversed(store.list_sessions())]
    return finished, waiting, crashed


def test_the_old_schema_gains_the_turn_columns_once(old_db: Path) -> None:
    before = sqlite3.connect(old_db)
    assert before.execute("PRAGMA user_version").fetchone()[0] == 0
    before.close()
    store = SessionStore(old_db)
    _, waiting, _ = _sessions(store)
    turns = store.turns(waiting)
    store.close()
    # copied from the old checkpoint: what the next question and the scoring work from
    assert [t.is_follow_up for t in turns] == [False, True, True]
    assert all(t.key_points for t in turns)
    assert turns[1].probe and turns[1].reference == turns[1].probe
    assert turns[0].coverage is not None and turns[0].missed
    assert turns[0].topic_index == turns[1].topic_index
    after = sqlite3.connect(old_db)
    assert after.execute("PRAGMA user_version").fetchone()[0] >= 1
    after.close()
    SessionStore(old_db).close()  # opening again changes nothing


def test_an_old_finished_session_exports_every_field(old_db: Path) -> None:
    store = SessionStore(old_db)
    finished, _, _ = _sessions(store)
    doc = json.loads(render_session(store.get(finished), "json"))
    store.close()
    assert doc["status"] == "finished" and doc["report"]["answered"] == 2
    answered = [t for t in doc["turns"] if t["answer"]]
    assert len(answered) == 2 and all(t["score"] and t["score_label"] for t in answered)
    assert {"turn_id", "stage_name", "question", "timings", "usage", "citation"} <= set(
        doc["turns"][0]
    )


def _interviewer(db: Path) -> Interviewer:
    return Interviewer(AgentConfig(sessions_db=db), MemoryRetriever())


def test_an_old_session_waiting_for_an_answer_resumes_and_finishes(old_db: Path) -> None:
    iv = _interviewer(old_db)
    _, waiting, _ = _sessions(iv.store)
    again = list(iv.run(waiting))
    asked = of_type(again, "question_asked")
    assert [e.turn_id for e in asked] == ["t003"] and asked[0].is_follow_up
    nxt = list(iv.run(waiting, Answer(text="正则化、dropout 和早停都能减轻过拟合。")))
    assert of_type(nxt, "awaiting_answer")[0].turn_id == "t004"
    questions = [t.question for t in iv.store.turns(waiting)]
    done = list(iv.end_early(waiting))
    record = iv.store.get(waiting)
    iv.close()
    assert len(questions) == len(set(questions)) == 4
    report = of_type(done, "finished")[0].report
    assert report.answered == 3 and report.scored == 3
    assert all(t.score is not None for t in record.turns if t.answer)


def test_an_old_answer_stored_before_a_crash_is_not_asked_again(old_db: Path) -> None:
    iv = _interviewer(old_db)
    _, _, crashed = _sessions(iv.store)
    events = list(iv.run(crashed))  # no answer given: the stored one is used
    turns = iv.store.turns(crashed)
    iv.close()
    assert of_type(events, "awaiting_answer")[0].turn_id == "t002"
    assert turns[0].answer is not None and turns[0].score is not None
    assert turns[0].coverage is not None
