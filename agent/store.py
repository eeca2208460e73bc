"""Interview sessions on disk: one SQLite file holding LangGraph's checkpoints and our records.

`AgentConfig.sessions_db` is opened once per process in WAL mode (synchronous=NORMAL)
with a busy timeout.
Every statement, LangGraph's `SqliteSaver` included, goes through one connection
under one lock: a single writer, so a background scoring thread and the graph never
interleave their transactions, and each of the saver's writes is one transaction
(`AtomicSqliteSaver`: the connection is in autocommit mode). Checkpoints are written
synchronously after every node, records are upserts keyed by (session, turn):
re-running a node after a crash writes the same rows again, nothing is duplicated and
nothing answered is lost.

`mianba_turns` is the only home of a turn (agent._turn.Turn): the graph's checkpoints
hold the interview's position and the turns' ids, never their contents. Databases
written before that are brought up to date when opened (agent._store_migration).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field

from agent._models import Answer, TurnScore
from agent._store_migration import migrate
from agent._turn import Turn
from agent._turn_cache import JSON_FIELDS, TurnCache
from agent.report import Report, is_rough_estimate
from agent.state import LEGACY_STATE_TYPES, STATE_TYPES, InterviewOptions

if TYPE_CHECKING:
    from langgraph.checkpoint.sqlite import SqliteSaver

    from agent.keypoints import Point

SessionStatus = Literal["active", "finished"]
BUSY_TIMEOUT_MS = 10_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS mianba_sessions (
    id TEXT PRIMARY KEY,
    started_at REAL NOT NULL,
    ended_at REAL,
    status TEXT NOT NULL,
    options_json TEXT NOT NULL,
    report_json TEXT,
    usage_json TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS mianba_turns (
    session_id TEXT NOT NULL,
    turn_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    stage TEXT NOT NULL,
    topic TEXT NOT NULL,
    question TEXT NOT NULL,
    is_follow_up INTEGER NOT NULL,
    source_id TEXT,
    citation_json TEXT,
    topic_index INTEGER NOT NULL DEFAULT 0,
    probe TEXT,
    reference TEXT NOT NULL DEFAULT '',
    key_points_json TEXT NOT NULL DEFAULT '[]',
    answer_json TEXT,
    coverage REAL,
    missed_json TEXT NOT NULL DEFAULT '[]',
    score_json TEXT,
    asked_at REAL,
    answered_at REAL,
    scored_at REAL,
    timings_json TEXT NOT NULL DEFAULT '{}',
    usage_json TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (session_id, turn_id)
);
"""


# What `record_question` writes: the turn as asked (answer, coverage and score come later).
_ASKED = (
    *("seq", "stage", "topic", "topic_index", "question", "is_follow_up", "probe", "source_id"),
    *("citation", "reference", "key_points", "asked_at", "timings", "usage"),
)
_ASKED_COLUMNS = [f"{n}_json" if n in JSON_FIELDS else n for n in _ASKED]
_RECORD_QUESTION = (
    f"INSERT INTO mianba_turns (session_id, turn_id, {', '.join(_ASKED_COLUMNS)})"
    f" VALUES ({', '.join('?' * (len(_ASKED) + 2))})"
    " ON CONFLICT (session_id, turn_id) DO UPDATE SET "
    + ", ".join(f"{c}=excluded.{c}" for c in _ASKED_COLUMNS if c != "timings_json")
    + ", timings_json=json_patch(mianba_turns.timings_json, excluded.timings_json)"
)


def _asked_values(turn: Turn) -> list[Any]:
    data = turn.model_dump(mode="json", include=set(_ASKED))
    data["asked_at"] = turn.asked_at or time.time()
    return [
        json.dumps(data[n], ensure_ascii=False)
        if n in JSON_FIELDS and data[n] is not None
        else data[n]
        for n in _ASKED
    ]


class SessionNotFound(KeyError):
    def __str__(self) -> str:
        return f"no interview session with id {self.args[0]!r}"


class SessionSummary(BaseModel):
    id: str
    started_at: float
    ended_at: float | None = None
    status: SessionStatus
    options: InterviewOptions
    asked: int = 0
    answered: int = 0
    overall: float | None = None


class SessionRecord(SessionSummary):
    turns: list[Turn] = Field(default_factory=list)
    report: Report | None = None
    usage: dict[str, Any] = Field(default_factory=dict)


def _dump(model: BaseModel | None) -> str | None:
    return None if model is None else model.model_dump_json()


class SessionStore:
    """Session records plus the checkpointer, in `sessions_db` (created on first use)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(
            path, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
        )
        self._lock = threading.RLock()
        self._saver: SqliteSaver | None = None
        self._turns = TurnCache()  # the nodes read a session's turns on every step
        self._conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        self._conn.execute("PRAGMA journal_mode=WAL")  # outside a transaction, or it won't stick
        # WAL + NORMAL: a commit survives the process being killed (only a power cut could
        # lose the last ones) and skips an fsync per checkpoint: 80 -> 20 ms per turn.
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(_SCHEMA)
        migrate(self._conn, lambda: self.checkpointer)

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Cursor]:
        with self._lock:
            cur = self._conn.cursor()
            try:
                cur.execute("BEGIN IMMEDIATE")
                yield cur
                cur.execute("COMMIT")
            except BaseException:
                self._turns.forget()  # a turn read back inside it may not have been kept
                if self._conn.in_transaction:
                    cur.execute("ROLLBACK")
                raise
            finally:
                cur.close()

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cur = self._conn.cursor()
            cur.row_factory = sqlite3.Row
            try:
                return list(cur.execute(sql, params))
            finally:
                cur.close()

    @property
    def checkpointer(self) -> SqliteSaver:
        """LangGraph's saver on our connection and lock (imported lazily: langgraph is heavy)."""
        if self._saver is None:
            from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

            from agent._checkpointer import AtomicSqliteSaver

            serde = JsonPlusSerializer(allowed_msgpack_modules=(*STATE_TYPES, *LEGACY_STATE_TYPES))
            saver = AtomicSqliteSaver(self._conn, serde=serde)
            saver.lock = self._lock  # type: ignore[assignment]  # one writer for both
            self._saver = saver
        return self._saver

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # --- writing -------------------------------------------------------------------------

    def create_session(self, session_id: str, options: InterviewOptions) -> None:
        with self._tx() as cur:
            cur.execute(
                "INSERT INTO mianba_sessions (id, started_at, status, options_json)"
                " VALUES (?, ?, 'active', ?)",
                (session_id, time.time(), options.model_dump_json()),
            )

    def record_question(self, session_id: str, turn: Turn) -> None:
        """Insert or refresh a turn as asked; its answer, coverage and score are kept."""
        with self._tx() as cur:
            cur.execute(_RECORD_QUESTION, (session_id, turn.turn_id, *_asked_values(turn)))
            self._turns.written(self._conn, session_id, turn.turn_id)

    def record_answer(self, session_id: str, turn_id: str, answer: Answer) -> None:
        with self._tx() as cur:
            cur.execute(
                "UPDATE mianba_turns SET answer_json=?, answered_at=?"
                " WHERE session_id=? AND turn_id=?",
                (answer.model_dump_json(), time.time(), session_id, turn_id),
            )
            self._turns.written(self._conn, session_id, turn_id)

    def record_coverage(
        self,
        session_id: str,
        turn_id: str,
        coverage: float | None,
        missed: list[str],
        points: list[Point] | None = None,
    ) -> None:
        """The quick key-point check the interview decided on (see nodes.assess), and the
        points it was measured on when they narrow the turn's own."""
        dumped = None if points is None else [p.model_dump(mode="json") for p in points]
        kept = None if dumped is None else json.dumps(dumped, ensure_ascii=False)
        with self._tx() as cur:  # the key points stay as asked unless narrowed (NULL)
            cur.execute(
                "UPDATE mianba_turns SET coverage=?, missed_json=?,"
                " key_points_json=COALESCE(?, key_points_json) WHERE session_id=? AND turn_id=?",
                (coverage, json.dumps(missed, ensure_ascii=False), kept, session_id, turn_id),
            )
            self._turns.written(self._conn, session_id, turn_id)

    def record_score(
        self, session_id: str, turn_id: str, score: TurnScore, seconds: float | None = None
    ) -> None:
        with self._tx() as cur:
            row = cur.execute(
                "SELECT timings_json FROM mianba_turns WHERE session_id=? AND turn_id=?",
                (session_id, turn_id),
            ).fetchone()
            timings = json.loads(row[0]) if row else {}
            if seconds is not None:
                timings["score_s"] = round(seconds, 4)
            cur.execute(
                "UPDATE mianba_turns SET score_json=?, scored_at=?, timings_json=?"
                " WHERE session_id=? AND turn_id=?",
                (score.model_dump_json(), time.time(), json.dumps(timings), session_id, turn_id),
            )
            self._turns.written(self._conn, session_id, turn_id)

    def finish_session(self, session_id: str, report: Report, usage: dict[str, Any]) -> None:
        with self._tx() as cur:
            cur.execute(
                "UPDATE mianba_sessions SET status='finished', ended_at=?, report_json=?,"
                " usage_json=? WHERE id=?",
                (time.time(), report.model_dump_json(), json.dumps(usage), session_id),
            )

    def update_report(self, session_id: str, report: Report) -> None:
        with self._tx() as cur:
            cur.execute(
                "UPDATE mianba_sessions SET report_json=? WHERE id=?",
                (report.model_dump_json(), session_id),
            )

    def delete(self, session_id: str) -> None:
        self.get_summary(session_id)  # raises SessionNotFound
        self.checkpointer.delete_thread(session_id)
        with self._tx() as cur:
            cur.execute("DELETE FROM mianba_turns WHERE session_id=?", (session_id,))
            cur.execute("DELETE FROM mianba_sessions WHERE id=?", (session_id,))
            self._turns.forget(session_id)

    # --- reading -------------------------------------------------------------------------

    def _summary(self, row: sqlite3.Row) -> SessionSummary:
        counts = self._query(
            "SELECT COUNT(*) AS asked, COUNT(answer_json) AS answered"
            " FROM mianba_turns WHERE session_id=?",
            (row["id"],),
        )[0]
        report = Report.model_validate_json(row["report_json"]) if row["report_json"] else None
        return SessionSummary(
            id=row["id"],
            started_at=row["started_at"],
            ended_at=row["ended_at"],
            status=row["status"],
            options=InterviewOptions.model_validate_json(row["options_json"]),
            asked=counts["asked"],
            answered=counts["answered"],
            overall=report.overall if report else None,
        )

    def list_sessions(self, status: SessionStatus | None = None) -> list[SessionSummary]:
        """Newest first."""
        rows = self._query("SELECT * FROM mianba_sessions ORDER BY started_at DESC, id DESC")
        return [self._summary(r) for r in rows if status is None or r["status"] == status]

    def get_summary(self, session_id: str) -> SessionSummary:
        rows = self._query("SELECT * FROM mianba_sessions WHERE id=?", (session_id,))
        if not rows:
            raise SessionNotFound(session_id)
        return self._summary(rows[0])

    def turns(self, session_id: str) -> list[Turn]:
        with self._lock:
            self._turns.check(self._conn)
            kept = self._turns.session(session_id)
            if kept is not None:
                return kept
            rows = self._query(
                "SELECT * FROM mianba_turns WHERE session_id=? ORDER BY seq", (session_id,)
            )
            return self._turns.fill(session_id, rows)

    def turn(self, session_id: str, turn_id: str) -> Turn | None:
        with self._lock:
            self._turns.check(self._conn)
            kept = self._turns.kept(session_id)
            if kept is not None:  # the whole session as it is
                return kept.get(turn_id)
            rows = self._query(
                "SELECT * FROM mianba_turns WHERE session_id=? AND turn_id=?",
                (session_id, turn_id),
            )
            return self._turns.parsed(rows[0]) if rows else None

    def options(self, session_id: str) -> InterviewOptions:
        rows = self._query("SELECT options_json FROM mianba_sessions WHERE id=?", (session_id,))
        if not rows:
            raise SessionNotFound(session_id)
        return InterviewOptions.model_validate_json(rows[0]["options_json"])

    def unscored(self, session_id: str) -> list[str]:
        """Ids of the answered turns with no score yet (their scoring died with a process)."""
        rows = self._query(
            "SELECT turn_id FROM mianba_turns WHERE session_id=? AND answer_json IS NOT NULL"
            " AND score_json IS NULL ORDER BY seq",
            (session_id,),
        )
        return [r["turn_id"] for r in rows]

    def get(self, session_id: str) -> SessionRecord:
        rows = self._query("SELECT * FROM mianba_sessions WHERE id=?", (session_id,))
        if not rows:
            raise SessionNotFound(session_id)
        row = rows[0]
        summary = self._summary(row)
        report = Report.model_validate_json(row["report_json"]) if row["report_json"] else None
        return SessionRecord(
            **summary.model_dump(),
            turns=self.turns(session_id),
            report=report,
            usage=json.loads(row["usage_json"] or "{}"),
        )

    def recent_questions(
        self, sessions: int, exclude: str | None = None
    ) -> list[tuple[str | None, str]]:
        """(source id, text) of the questions asked in the latest `sessions`."""
        rows = self._query(
            "SELECT t.source_id, t.question FROM mianba_turns t WHERE t.session_id IN"
            " (SELECT id FROM mianba_sessions WHERE id IS NOT ? ORDER BY started_at DESC LIMIT ?)",
            (exclude, sessions),
        )
        return [(r["source_id"], r["question"]) for r in rows]

    def topic_scores(self, exclude: str | None = None) -> dict[tuple[str, str], float]:
        """Mean past `overall` per (stage, topic), over every scored answer but capped rough
        estimates, as the report's topics are (Progress listed a topic at 24 that the
        report's 'Work on these' put at 35)."""
        rows = self._query(
            "SELECT stage, topic, score_json FROM mianba_turns"
            " WHERE score_json IS NOT NULL AND session_id IS NOT ?",
            (exclude,),
        )
        values: dict[tuple[str, str], list[float]] = {}
        for r in rows:
            score = TurnScore.model_validate_json(r["score_json"])
            if score.overall is None or score.status == "failed" or is_rough_estimate(score):
                continue
            values.setdefault((r["stage"], r["topic"]), []).append(score.overall)
        return {key: sum(v) / len(v) for key, v in values.items()}
