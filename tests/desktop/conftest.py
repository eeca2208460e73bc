"""Shared Qt fixtures for the desktop tests.

The Qt platform must be chosen before the QApplication exists, so it is set when this
module is imported (pytest-qt creates the application later, on first `qtbot`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never open real windows from tests
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")  # no pipewire/VA-API noise


@pytest.fixture(autouse=True)
def _offscreen_and_temp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every desktop test runs offscreen with its own MIANBA_HOME."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    home = tmp_path / "mianba-home"
    home.mkdir()
    monkeypatch.setenv("MIANBA_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    """Fail any test that leaves a worker thread running (napari's habit)."""
    from desktop._tasks import stragglers

    baseline = set(threading.enumerate())
    yield
    leftovers = stragglers(baseline, wait_ms=2000)
    if leftovers:
        pytest.fail("test left threads running: " + "; ".join(leftovers), pytrace=False)


@pytest.fixture
def sync_tasks() -> Iterator[None]:
    """run_task runs inline: fn and its callbacks happen before run_task returns."""
    from desktop._tasks import synchronous

    with synchronous():
        yield
