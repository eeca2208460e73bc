"""Bring a sessions database written by older code up to date, once, when it is opened.

Version 0 (before turns had one home) kept a turn's topic index, probe, key points,
coverage and missed points only inside the graph's checkpoints. Version 1 keeps them
in `mianba_turns`: the columns are added, and each unfinished session's turns are
filled in from its latest checkpoint so that it resumes where it stopped. Finished
sessions need nothing more: their reports and exports read what was always stored.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from agent.keypoints import Point

if TYPE_CHECKING:
    from langgraph.checkpoint.base import BaseCheckpointSaver

VERSION = 1
_TURN_COLUMNS = {
    "topic_index": "INTEGER NOT NULL DEFAULT 0",
    "probe": "TEXT",
    "reference": "TEXT NOT NULL DEFAULT ''",
    "key_points_json": "TEXT NOT NULL DEFAULT '[]'",
    "coverage": "REAL",
    "missed_json": "TEXT NOT NULL DEFAULT '[]'",
}


@contextmanager
def _tx(conn: sqlite3.Connection) -> Iterator[sqlite3.Cursor]:
    cur = conn.cursor()
    try:
        cur.execute("BEGIN IMMEDIATE")
        yield cur
        cur.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            cur.execute("ROLLBACK")
        raise
    finally:
        cur.close()


def migrate(conn: sqlite3.Connection, checkpointer: Callable[[], BaseCheckpointSaver[Any]]) -> None:
    """Run before anything else uses the connection (the store calls it when opened)."""
    if conn.execute("PRAGMA user_version").fetchone()[0] >= VERSION:
        return
    with _tx(conn) as cur:
        have = {row[1] for row in cur.execute("PRAGMA table_info(mianba_turns)")}
        for name, declaration in _TURN_COLUMNS.items():
            if name not in have:
                cur.execute(f"ALTER TABLE mianba_turns ADD COLUMN {name} {declaration}")
    active = [r[0] for r in conn.execute("SELECT id FROM mianba_sessions WHERE status='active'")]
    if active and not _TURN_COLUMNS.keys() <= have:  # a version-0 database with work to resume
        saver = checkpointer()
        for session_id in active:
            _fill_from_checkpoint(conn, saver, session_id)
    conn.execute(f"PRAGMA user_version={VERSION}")


def _fill_from_checkpoint(
    conn: sqlite3.Connection, saver: BaseCheckpointSaver[Any], session_id: str
) -> None:
    saved = saver.get_tuple({"configurable": {"thread_id": session_id, "checkpoint_ns": ""}})
    if saved is None:
        return
    values = saved.checkpoint["channel_values"]
    plan = values.get("plan") or []
    with _tx(conn) as cur:
        for old in values.get("turns") or []:
            if isinstance(old, dict) and "turn_id" in old:
                cur.execute(
                    "UPDATE mianba_turns SET topic_index=?, probe=?, reference=?,"
                    " key_points_json=?, coverage=?, missed_json=?"
                    " WHERE session_id=? AND turn_id=?",
                    (*_columns(old, plan), session_id, old["turn_id"]),
                )


def _columns(old: dict[str, Any], plan: list[Any]) -> tuple[Any, ...]:
    """A version-0 checkpoint turn as the new columns; its reference comes from the plan,
    as the old scoring job took it (the probe on a follow-up)."""
    index = int(old.get("topic_index") or 0)
    topic = next(
        (p.topics[index] for p in plan if p.stage == old.get("stage") and index < len(p.topics)),
        None,
    )
    probe = old.get("probe")
    cited = topic is not None and topic.citation is not None
    reference = (probe or topic.reference) if cited and topic is not None else ""
    points = [Point.model_validate(p).model_dump(mode="json") for p in old.get("key_points") or []]
    return (
        index,
        probe,
        reference,
        json.dumps(points, ensure_ascii=False),
        old.get("coverage"),
        json.dumps(list(old.get("missed") or []), ensure_ascii=False),
    )
