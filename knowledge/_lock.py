"""One process owns the notes store: an OS file lock, released by the OS if we die."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import IO, ClassVar


class StoreLockedError(RuntimeError):
    """Another Mianba process is using the same notes store."""


class StoreLock:
    """An exclusive, non-blocking lock on `<dir>/store.lock` holding the owner's pid.

    fcntl/msvcrt locks vanish with the process, so a crashed Mianba never leaves a
    stale lock behind (unlike a pid file, which would need a staleness guess).
    Inside one process the lock is shared (counted), so several collections — the
    user's notes and a question bank — can be open at once.
    """

    _held: ClassVar[dict[Path, tuple[IO[str], int]]] = {}
    _guard: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, path: Path) -> None:
        self.path = path.absolute()
        self._acquired = False

    def acquire(self) -> None:
        with self._guard:
            if self.path in self._held:
                handle, count = self._held[self.path]
                self._held[self.path] = (handle, count + 1)
            else:
                self._held[self.path] = (_take(self.path), 1)
            self._acquired = True

    def release(self) -> None:
        with self._guard:
            if not self._acquired:
                return
            self._acquired = False
            handle, count = self._held.pop(self.path)
            if count > 1:
                self._held[self.path] = (handle, count - 1)
                return
            try:
                handle.seek(0)
                handle.truncate()
                _unlock(handle)
            finally:
                handle.close()


def _take(path: Path) -> IO[str]:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("a+", encoding="utf-8")
    try:
        _lock(handle)
    except OSError:
        handle.seek(0)
        owner = handle.read().strip() or "unknown"
        handle.close()
        raise StoreLockedError(
            f"Another Mianba (pid {owner}) is using the notes store in {path.parent}. "
            "Close it (or wait for it to finish) and try again."
        ) from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return handle


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
