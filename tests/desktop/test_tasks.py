"""run_task: results, errors and progress arrive on the GUI thread; cancel; sync mode."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QLabel

from desktop._tasks import (
    CancelToken,
    TaskCancelled,
    run_task,
    stragglers,
    wait_all,
)


def test_result_is_delivered_on_the_gui_thread(qtbot) -> None:
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread()
        return 41 + 1

    def on_done(value: int) -> None:
        seen["value"] = value
        seen["callback"] = threading.current_thread()

    handle = run_task(work, on_done=on_done)
    qtbot.waitUntil(lambda: handle.finished)
    assert seen["value"] == 42
    assert seen["callback"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()


def test_error_goes_to_on_error_not_on_done(qtbot) -> None:
    errors: list[BaseException] = []
    done: list[object] = []

    def work() -> None:
        raise ValueError("the notes folder is empty")

    handle = run_task(work, on_done=done.append, on_error=errors.append)
    qtbot.waitUntil(lambda: handle.finished)
    assert done == []
    assert isinstance(errors[0], ValueError)
    assert str(errors[0]) == "the notes folder is empty"


def test_error_without_handler_is_logged_not_raised(qtbot, caplog) -> None:
    handle = run_task(lambda: 1 / 0, name="divide")
    qtbot.waitUntil(lambda: handle.finished)
    assert "task divide failed" in caplog.text


def test_progress_reports_arrive_in_order_before_the_result(qtbot) -> None:
    events: list[object] = []

    def work(report) -> str:
        for step in range(5):
            report(step)
        return "end"

    handle = run_task(work, on_done=events.append, on_progress=events.append)
    qtbot.waitUntil(lambda: handle.finished)
    assert events == [0, 1, 2, 3, 4, "end"]


def test_cancel_stops_the_worker_and_drops_the_result(qtbot) -> None:
    started = threading.Event()
    done: list[object] = []
    steps: list[int] = []

    def work(cancel: CancelToken) -> str:
        started.set()
        for step in range(10_000):
            cancel.raise_if_cancelled()
            steps.append(step)
            threading.Event().wait(0.001)
        return "ran to the end"

    handle = run_task(work, on_done=done.append, on_error=done.append)
    assert started.wait(5)
    handle.cancel()
    assert handle.wait(5000)
    qtbot.waitUntil(lambda: handle.finished)
    assert handle.cancelled
    assert done == []
    assert len(steps) < 10_000


def test_cancelled_task_that_returns_normally_is_not_delivered(qtbot) -> None:
    release = threading.Event()
    done: list[object] = []
    handle = run_task(lambda: release.wait(5), on_done=done.append)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: handle.finished)
    assert done == []


def test_synchronous_mode_runs_inline(sync_tasks) -> None:
    events: list[object] = []

    def work(report, cancel) -> str:
        assert isinstance(cancel, CancelToken)
        report("half")
        return threading.current_thread().name

    handle = run_task(work, on_done=events.append, on_progress=events.append)
    assert handle.finished
    assert events == ["half", threading.main_thread().name]


def test_synchronous_mode_delivers_errors_and_honours_task_cancelled(sync_tasks) -> None:
    errors: list[BaseException] = []
    run_task(lambda: {}["missing"], on_error=errors.append)
    assert isinstance(errors[0], KeyError)

    def give_up() -> None:
        raise TaskCancelled

    done: list[object] = []
    run_task(give_up, on_done=done.append, on_error=done.append)
    assert done == []


def test_callback_to_a_deleted_widget_is_dropped(qtbot) -> None:
    release = threading.Event()
    label = QLabel()
    handle = run_task(lambda: release.wait(5) and "late text", on_done=label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label))
    release.set()
    qtbot.waitUntil(lambda: handle.finished)  # no crash, nothing delivered


def test_lambda_reaching_a_deleted_widget_does_not_crash(qtbot) -> None:
    release = threading.Event()
    label = QLabel()
    handle = run_task(lambda: release.wait(5), on_done=lambda _v: label.setText("x"))
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label))
    release.set()
    qtbot.waitUntil(lambda: handle.finished)


def test_owner_destruction_cancels_the_task(qtbot) -> None:
    release = threading.Event()
    owner = QLabel()
    handle = run_task(lambda: release.wait(5), owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: handle.cancelled)
    release.set()
    qtbot.waitUntil(lambda: handle.finished)


def test_finished_tasks_do_not_pile_up_connections_on_their_owner(qtbot) -> None:
    owner = QLabel()
    qtbot.addWidget(owner)
    destroyed = SIGNAL("destroyed(QObject*)")

    def run_batch() -> int:
        handles = [run_task(lambda: 1, owner=owner) for _ in range(20)]
        qtbot.waitUntil(lambda: all(handle.finished for handle in handles))
        return owner.receivers(destroyed)

    after_first = run_batch()  # PySide6 keeps a helper connection or two of its own
    assert after_first < 20  # not one per task
    run_batch()
    # a settled task drops its connection from the event loop, a moment after `finished`
    qtbot.waitUntil(lambda: owner.receivers(destroyed) <= after_first, timeout=5000)


def test_wait_all_cancels_and_drains_the_pool(qtbot) -> None:
    def work(cancel: CancelToken) -> None:
        while not cancel.cancelled:
            threading.Event().wait(0.005)

    handles = [run_task(work) for _ in range(3)]
    assert wait_all(5000)
    assert all(handle.cancelled for handle in handles)
    qtbot.waitUntil(lambda: all(handle.finished for handle in handles))


def test_stragglers_reports_a_thread_left_running() -> None:
    baseline = set(threading.enumerate())
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, name="forgotten", daemon=False)
    thread.start()
    try:
        found = stragglers(baseline, wait_ms=50)
        assert any("forgotten" in item for item in found)
    finally:
        stop.set()
        thread.join()
    assert stragglers(baseline, wait_ms=50) == []


def test_stragglers_reports_a_busy_pool_worker(qtbot) -> None:
    release = threading.Event()
    handle = run_task(lambda: release.wait(5))
    try:
        assert any("pool worker" in item for item in stragglers(set(), wait_ms=50))
    finally:
        release.set()
        qtbot.waitUntil(lambda: handle.finished)


@pytest.mark.slow
def test_leftover_thread_fixture_fails_the_test(tmp_path: Path) -> None:
    """The autouse fixture in conftest.py turns a forgotten thread into a failure."""
    for helper in ("conftest.py", "speech_helpers.py"):  # the conftest imports the latter
        shutil.copy(Path(__file__).with_name(helper), tmp_path / helper)
    (tmp_path / "test_leaky.py").write_text(
        "import threading\n"
        "STOP = threading.Event()\n\n"
        "def test_leaves_a_thread():\n"
        "    threading.Thread(target=STOP.wait, args=(2.5,), name='leaky').start()\n\n"
        "def test_clean():\n"
        "    pass\n"
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "2 passed, 1 error" in run.stdout
    assert "test left threads running" in run.stdout
    assert "'leaky' still running" in run.stdout


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
