"""LangGraph's `SqliteSaver` with every write in one real transaction.

`SqliteSaver.cursor()` relies on Python's implicit transactions and commits in a
`finally`. Our connection runs in autocommit mode (`isolation_level=None`, so
`BEGIN IMMEDIATE` in the store means what it says), where that leaves each row of
`put_writes`' `executemany` committed on its own: a process killed between two rows
left a task's writes half saved (its `turns` without its route), and the resumed graph
then took the node as done and stopped with nowhere to go. Here a task's writes land
all together or not at all, and a failed statement rolls back instead of committing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from langgraph.checkpoint.sqlite import SqliteSaver


class AtomicSqliteSaver(SqliteSaver):
    @contextmanager
    def cursor(self, transaction: bool = True) -> Iterator[sqlite3.Cursor]:
        with self.lock:
            self.setup()
            cur = self.conn.cursor()
            try:
                if transaction:
                    cur.execute("BEGIN IMMEDIATE")
                yield cur
                if transaction:
                    cur.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.rollback()
                raise
            finally:
                cur.close()
