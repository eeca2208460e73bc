"""The session store's parsed turns, kept between reads (agent.store uses it under its lock).

The graph reads a session's turns at every step and the scorer at every answer; a row
carries its key points, answer and score as JSON, so reading and parsing them all again
each time cost more than the rest of a step. Kept here:

- each session's turns as last read, valid while no other connection has committed
  (SQLite's `PRAGMA data_version`); the store's own writes of a turn read that one row
  back (`written`), so the list stays the table's;
- each row's parsed `Turn` with the row it came from, so a session read again after
  another process wrote parses only the rows that changed.
"""

from __future__ import annotations

import json
import sqlite3
from collections import OrderedDict
from typing import Any

from agent._turn import Turn

# A turn's fields as columns: these are stored as JSON in a column named <field>_json.
JSON_FIELDS = ("citation", "key_points", "answer", "missed", "score", "timings", "usage")
SESSIONS_KEPT = 32  # the Review view reads every session: keep the latest few
ROWS_KEPT = 4096

_ONE = "SELECT * FROM mianba_turns WHERE session_id=? AND turn_id=?"


class TurnCache:
    def __init__(self) -> None:
        self._rows: dict[tuple[str, str], tuple[tuple[Any, ...], Turn]] = {}
        self._sessions: OrderedDict[str, dict[str, Turn]] = OrderedDict()
        self._version: int | None = None

    def check(self, conn: sqlite3.Connection) -> None:
        """Drop the sessions' lists if another connection committed since the last check."""
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._version:
            self._sessions.clear()
            self._version = version

    def session(self, session_id: str) -> list[Turn] | None:
        """The session's turns in the order asked, if kept (call `check` first)."""
        found = self._sessions.get(session_id)
        if found is None:
            return None
        self._sessions.move_to_end(session_id)
        return sorted(found.values(), key=lambda t: t.seq)

    def kept(self, session_id: str) -> dict[str, Turn] | None:
        return self._sessions.get(session_id)

    def fill(self, session_id: str, rows: list[sqlite3.Row]) -> list[Turn]:
        """Keep a session's turns as just read (all its rows, in order)."""
        turns = [self.parsed(r) for r in rows]
        self._sessions[session_id] = {t.turn_id: t for t in turns}
        while len(self._sessions) > SESSIONS_KEPT:
            self._sessions.popitem(last=False)
        return turns

    def written(self, conn: sqlite3.Connection, session_id: str, turn_id: str) -> None:
        """After our own write of one turn (inside its transaction): read that row back."""
        found = self._sessions.get(session_id)
        if found is None:
            return
        cur = conn.cursor()
        cur.row_factory = sqlite3.Row
        try:
            row = cur.execute(_ONE, (session_id, turn_id)).fetchone()
        finally:
            cur.close()
        if row is None:
            found.pop(turn_id, None)
        else:
            found[turn_id] = self.parsed(row)

    def forget(self, session_id: str | None = None) -> None:
        """One session's list (deleted), or every list (a write that was rolled back)."""
        if session_id is None:
            self._sessions.clear()
        else:
            self._sessions.pop(session_id, None)

    def parsed(self, row: sqlite3.Row) -> Turn:
        key, values = (row["session_id"], row["turn_id"]), tuple(row)
        cached = self._rows.get(key)
        if cached is not None and cached[0] == values:
            return cached[1]
        if len(self._rows) > ROWS_KEPT:
            self._rows.clear()
        turn = turn_from_row(row)
        self._rows[key] = (values, turn)
        return turn


def turn_from_row(r: sqlite3.Row) -> Turn:
    data = {key: r[key] for key in r.keys()}  # noqa: SIM118 (a Row is not a dict)
    for name in JSON_FIELDS:
        raw = data.pop(f"{name}_json", None)
        if raw is not None:
            data[name] = json.loads(raw)
    return Turn.model_validate(data)
