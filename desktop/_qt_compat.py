"""Work around a PySide6 6.12.0 bug: `SignalInstance.emit()` drops a reference to True.

On 6.12.0 every `signal.emit(...)` from Python returns `True` without owning it, so
each emit lowers True's reference count by one. On Python 3.11 (where True is not
immortal) a few thousand emits — a recording turn, a streamed LLM reply — end in
"Fatal Python error: bool_dealloc" and the app aborts. 6.11.x does not have the bug.

`install()` measures the leak on a throw-away signal and, only if it is there, wraps
`emit` to give the reference back. Safe to call many times; every module that emits
signals often (the task helper, the recorder) calls it on import.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBE_EMITS = 200
_installed = False
original_emit: Any = None  # the unpatched C++ emit, once install() replaced it
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def emit_leaks_true() -> bool:
    """True when this PySide6 build has the leak (measured, not guessed by version)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_EMITS):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:
        for _ in range(lost):  # give back what the probe itself took
            _incref(True)
    return lost >= _PROBE_EMITS * 9 // 10


def install() -> bool:
    """Patch `SignalInstance.emit` if needed; returns whether the patch is active."""
    global _installed, original_emit
    if _installed:
        return True
    if not emit_leaks_true():
        return False
    original = original_emit = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            _incref(result)  # the reference PySide6 6.12.0 forgot to take
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _installed = True
    return True
