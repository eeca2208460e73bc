"""The one way the GUI runs slow work off the GUI thread (napari / Picard style).

Views call `run_task(fn, on_done=..., on_error=..., on_progress=...)`; `fn` runs on a
QThreadPool worker and its result, error or progress reports come back on the GUI
thread through a signal of a relay QObject that lives there. No view subclasses QThread.

Why the extra care:
- A window may close while work is in flight. Callbacks whose receiver QObject was
  deleted are dropped instead of crashing; `wait_all()` lets the window drain the pool
  before the application quits.
- Tests need determinism: `set_synchronous(True)` runs `fn` and its callbacks inline.
- Long work should be stoppable: `TaskHandle.cancel()` sets a flag that `fn` sees if it
  takes a `cancel` parameter (a `CancelToken`); a `report` parameter gets a callable that
  sends progress to `on_progress`. A cancelled task never calls `on_done`/`on_error`.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QThreadPool, Signal, Slot

from desktop import _qt_compat

_qt_compat.install()  # PySide6 6.12.0 emit() refcount bug; see desktop/_qt_compat.py

log = logging.getLogger(__name__)

Callback = Callable[[Any], object]

_MAX_WORKERS = 4  # model loading, transcription and an LLM call may overlap; more only waits
_synchronous = False
_pool: QThreadPool | None = None
_live: set[_Relay] = set()  # relays awaiting delivery; keeps them (and callbacks) alive


class TaskCancelled(Exception):
    """Raised by `CancelToken.raise_if_cancelled()`; ends the task quietly."""


class CancelToken:
    """A thread-safe flag the worker checks between steps of long work."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise TaskCancelled


class TaskHandle:
    """What `run_task` returns: cancel the task or ask whether it is over."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.token = CancelToken()
        self._worker_done = threading.Event()
        self._settled = False

    def cancel(self) -> None:
        """Ask `fn` to stop; its result (or error) will not be delivered."""
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    @property
    def finished(self) -> bool:
        """True once the outcome was delivered (or dropped) on the GUI thread."""
        return self._settled

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Block until `fn` has returned (callbacks may still be queued)."""
        return self._worker_done.wait(timeout_ms / 1000)


def set_synchronous(enabled: bool) -> bool:
    """Run tasks inline on the calling thread (for tests); returns the previous mode."""
    global _synchronous
    previous, _synchronous = _synchronous, enabled
    return previous


@contextlib.contextmanager
def synchronous() -> Iterator[None]:
    previous = set_synchronous(True)
    try:
        yield
    finally:
        set_synchronous(previous)


def run_task(
    fn: Callable[..., Any],
    on_done: Callback | None = None,
    on_error: Callback | None = None,
    on_progress: Callback | None = None,
    *,
    owner: QObject | None = None,
    name: str | None = None,
) -> TaskHandle:
    """Run `fn` on a worker; deliver its outcome to the callbacks on the GUI thread.

    `fn` may declare `cancel` (gets the CancelToken) and/or `report` (gets a callable
    taking one progress value). `owner`: when this QObject is destroyed the task is
    cancelled; bound-method callbacks of QObjects are dropped once those are deleted.
    """
    handle = TaskHandle(name or str(getattr(fn, "__qualname__", None) or repr(fn)))
    if _synchronous:
        _run_inline(fn, handle, on_done, on_error, on_progress)
        return handle
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("run_task needs a QApplication (create it before starting work)")
    relay = _Relay(handle, on_done, on_error, on_progress, owner)
    relay.moveToThread(app.thread())  # deliveries land on the GUI thread whoever called us
    _live.add(relay)
    kwargs = _worker_kwargs(fn, handle.token, relay.report)
    _worker_pool().start(lambda: _work(fn, kwargs, handle, relay))
    return handle


def wait_all(timeout_ms: int = 5000, *, cancel: bool = True) -> bool:
    """For shutdown: optionally cancel every task, then wait for the workers to return."""
    if cancel:
        for relay in list(_live):
            relay.handle.cancel()
    return _pool is None or _pool.waitForDone(timeout_ms)


def active_workers() -> int:
    """Worker threads busy right now (ours and Qt's global pool)."""
    ours = _pool.activeThreadCount() if _pool is not None else 0
    return ours + QThreadPool.globalInstance().activeThreadCount()


def stragglers(baseline: set[threading.Thread], wait_ms: int = 2000) -> list[str]:
    """Threads still running after a short grace period: busy pool workers, and
    non-daemon Python threads that did not exist in `baseline`. Empty means clean."""
    if _pool is not None:
        _pool.waitForDone(wait_ms)
    QThreadPool.globalInstance().waitForDone(wait_ms)
    found = []
    if active_workers():
        found.append(f"{active_workers()} Qt pool worker(s) still busy")
    for thread in threading.enumerate():
        if thread in baseline or thread.daemon or thread is threading.main_thread():
            continue
        thread.join(wait_ms / 1000)
        if thread.is_alive():
            found.append(f"thread {thread.name!r} still running")
    return found


def _worker_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(max(2, min(_MAX_WORKERS, QThread.idealThreadCount())))
    return _pool


def _worker_kwargs(
    fn: Callable[..., Any], token: CancelToken, report: Callable[[Any], None]
) -> dict[str, Any]:
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):  # some builtins have no signature
        return {}
    offered = {"cancel": token, "report": report}
    return {key: value for key, value in offered.items() if key in params}


def _work(
    fn: Callable[..., Any], kwargs: dict[str, Any], handle: TaskHandle, relay: _Relay
) -> None:
    kind, value = _call(fn, kwargs)
    handle._worker_done.set()
    relay.settled.emit(kind, value)


def _call(fn: Callable[..., Any], kwargs: dict[str, Any]) -> tuple[str, Any]:
    try:
        return "done", fn(**kwargs)
    except TaskCancelled:
        return "cancelled", None
    except Exception as exc:  # delivered to on_error; never escapes a worker
        return "error", exc


def _run_inline(
    fn: Callable[..., Any],
    handle: TaskHandle,
    on_done: Callback | None,
    on_error: Callback | None,
    on_progress: Callback | None,
) -> None:
    def report(value: Any) -> None:
        if on_progress is not None and not handle.cancelled:
            _deliver(on_progress, value)

    kind, value = _call(fn, _worker_kwargs(fn, handle.token, report))
    handle._worker_done.set()
    _settle(handle, kind, value, on_done, on_error)


def _settle(
    handle: TaskHandle,
    kind: str,
    value: Any,
    on_done: Callback | None,
    on_error: Callback | None,
) -> None:
    handle._settled = True
    if handle.cancelled or kind == "cancelled":
        return
    if kind == "done":
        if on_done is not None:
            _deliver(on_done, value)
    elif on_error is not None:
        _deliver(on_error, value)
    else:
        log.error("task %s failed", handle.name, exc_info=value)


def _deliver(callback: Callback, value: Any) -> None:
    """Call back unless the receiver QObject is gone (the window closed meanwhile)."""
    receiver = getattr(callback, "__self__", None)
    if isinstance(receiver, QObject) and not shiboken6.isValid(receiver):
        return
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):  # a lambda reaching a deleted widget
            raise
        log.debug("dropped a task callback to a deleted object: %s", exc)


class _Relay(QObject):
    """Lives on the GUI thread; workers emit its signals, Qt queues them over."""

    settled = Signal(str, object)
    progressed = Signal(object)

    def __init__(
        self,
        handle: TaskHandle,
        on_done: Callback | None,
        on_error: Callback | None,
        on_progress: Callback | None,
        owner: QObject | None,
    ) -> None:
        super().__init__()
        self.handle = handle
        self._callbacks = (on_done, on_error, on_progress)
        self._owner = owner
        if owner is not None:
            owner.destroyed.connect(handle.cancel)
        self.settled.connect(self._on_settled)
        self.progressed.connect(self._on_progressed)

    def report(self, value: Any) -> None:
        """Called from the worker thread."""
        if not self.handle.cancelled:
            self.progressed.emit(value)

    @Slot(object)
    def _on_progressed(self, value: Any) -> None:
        on_progress = self._callbacks[2]
        if on_progress is not None and not self.handle.cancelled:
            _deliver(on_progress, value)

    @Slot(str, object)
    def _on_settled(self, kind: str, value: Any) -> None:
        _live.discard(self)
        on_done, on_error, _ = self._callbacks
        self._callbacks = (None, None, None)
        self._release_owner()
        _settle(self.handle, kind, value, on_done, on_error)
        self.deleteLater()

    def _release_owner(self) -> None:
        """A view runs many tasks in its life; do not pile up `destroyed` connections."""
        owner, self._owner = self._owner, None
        if owner is not None and shiboken6.isValid(owner):
            with contextlib.suppress(RuntimeError, TypeError):
                owner.destroyed.disconnect(self.handle.cancel)
