"""One process owns the notes store: an OS file lock, released by the OS if we die."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO


class StoreLockedError(RuntimeError):
    """Another Mianba process is using the same notes store."""


class StoreLock:
    """An exclusive, non-blocking lock on `<dir>/store.lock` holding the owner's pid.

    fcntl/msvcrt locks vanish with the process, so a crashed Mianba never leaves a
    stale lock behind (unlike a pid file, which would need a staleness guess).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+", encoding="utf-8")
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            owner = handle.read().strip() or "unknown"
            handle.close()
            raise StoreLockedError(
                f"Another Mianba (pid {owner}) is using the notes store in {self.path.parent}. "
                "Close it (or wait for it to finish) and try again."
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self._handle.seek(0)
            self._handle.truncate()
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
