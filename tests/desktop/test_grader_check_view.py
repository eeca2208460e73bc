"""Settings → Check grader: the model scores the grader check's exam over real HTTP (the
scripted server playing graders of known skill), off the GUI thread, with progress; the
result is kept in MIANBA_HOME and shown again when the page is opened."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import make_context

from desktop._services import Services
from desktop._settings_view import SettingsView

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "agent"))
from grader_fixtures import asked, careful_grader
from scoring_fixtures import rubric_reply
from scripted_server import RecordedRequest, ScriptedLLMServer

from agent._grader_exam import exam
from agent.keypoints import key_points

CHECK_S = 60_000  # ms: twelve rubric replies over HTTP, on a shared 2-core machine


@pytest.fixture(autouse=True)
def _env_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIANBA_LLM_API_KEY", "sk-grader-check-key")


def _view(qtbot: Any, **llm: Any) -> SettingsView:
    """The Settings page over a context whose saved endpoint is `llm` (none: offline)."""
    context = make_context(llm={"max_retries": 1, "timeout_s": 20, **llm})
    view = SettingsView(Services(context), lambda *_args, **_kw: None)
    qtbot.addWidget(view)
    view.show()
    return view


def _served(server: ScriptedLLMServer) -> dict[str, Any]:
    return {"base_url": server.base_url, "model": server.model}


@pytest.fixture
def chinese_ui(qtbot: Any) -> Iterator[None]:
    from PySide6.QtWidgets import QApplication

    from desktop._i18n import install_translator

    app = QApplication.instance()
    install_translator(app, "zh")
    yield
    install_translator(app, "en")


def _held_at_the_second_question(grader: Any, release: threading.Event) -> Any:
    """The careful grader, holding the second question's first answer until released."""
    second = exam("zh")[1].strong

    def reply(request: RecordedRequest) -> str:
        if second in request.user_text:
            release.wait(30)
        return str(grader(request))

    return reply


@pytest.mark.slow
def test_a_careful_grader_passes_off_the_gui_thread_and_is_shown_again(
    qtbot: Any, chinese_ui: None
) -> None:
    release = threading.Event()
    with ScriptedLLMServer() as server:
        server.on_chat = _held_at_the_second_question(careful_grader("zh"), release)
        view = _view(qtbot, **_served(server))
        row = view.llm.grader
        qtbot.waitUntil(lambda: "尚未校验" in row.result.text())
        assert row.button.text() == "评分校验" and row.button.isEnabled()
        threads: list[threading.Thread] = []
        take = view.services.context.take_grader_check

        def recording(*args: Any) -> Any:
            threads.append(threading.current_thread())
            return take(*args)

        view.services.context.take_grader_check = recording
        view.services._interviewer = object()  # type: ignore[assignment]  # one was built
        try:
            row.button.click()
            # the worker waits on the server, the window keeps painting the progress
            qtbot.waitUntil(lambda: "正在评分校验 4/12…" in row.result.text(), timeout=CHECK_S)
            assert not row.button.isEnabled()
        finally:
            release.set()
        qtbot.waitUntil(lambda: "通过评分校验" in row.result.text(), timeout=CHECK_S)
    assert threads and threads[0] is not threading.main_thread()
    assert row.button.isEnabled()
    assert "3/3" in row.result.text()
    assert not view.services.loaded("interviewer")  # the next one believes its scores
    settings = view.services.settings
    assert (Path(settings.home) / "grader_checks.json").exists()
    assert view.services.context.latest_grader_check(settings).passed

    reopened = _view(qtbot, base_url=settings.llm.base_url, model=settings.llm.model)
    qtbot.waitUntil(lambda: "通过评分校验" in reopened.llm.grader.result.text())


@pytest.mark.slow
def test_a_grader_scoring_everything_alike_does_not_pass(qtbot: Any) -> None:
    def alike(request: RecordedRequest) -> str:
        item, _ = asked(request, "zh")
        return rubric_reply(item.stage, len(key_points(item.notes, 8)), 4)

    with ScriptedLLMServer() as server:
        server.on_chat = alike
        view = _view(qtbot, **_served(server))
        row = view.llm.grader
        qtbot.waitUntil(lambda: "Not checked yet" in row.result.text())
        row.button.click()
        qtbot.waitUntil(lambda: "Did not pass" in row.result.text(), timeout=CHECK_S)
    assert "0/3" in row.result.text()
    assert not view.services.context.latest_grader_check(view.services.settings).passed


def test_an_unreachable_endpoint_says_why_and_keeps_nothing(qtbot: Any) -> None:
    view = _view(qtbot, base_url="http://127.0.0.1:9/v1", model="m", timeout_s=2)
    row = view.llm.grader
    row.button.click()
    qtbot.waitUntil(lambda: "could not be finished" in row.result.text(), timeout=CHECK_S)
    assert "nothing was kept" in row.result.text()
    assert "Could not connect to the LLM endpoint at http://127.0.0.1:9/v1" in row.result.text()
    assert row.button.isEnabled()
    settings = view.services.settings
    assert not (Path(settings.home) / "grader_checks.json").exists()
    assert view.services.context.latest_grader_check(settings) is None


def test_offline_there_is_no_grader_to_check(qtbot: Any, chinese_ui: None) -> None:
    view = _view(qtbot)  # a fresh home: no endpoint
    row = view.llm.grader
    assert not row.button.isEnabled()
    assert "离线模式" in row.button.toolTip()
    view.llm.base_url.setText("http://127.0.0.1:8080/v1")  # typed: the check may run
    assert row.button.isEnabled()
    view.llm.base_url.clear()
    assert not row.button.isEnabled() and row.result.text() == ""


def test_typed_but_unsaved_fields_are_checked_and_said_so(qtbot: Any) -> None:
    """Like Test connection, the check uses what is typed; the line says it is not saved."""
    view = _view(qtbot, base_url="http://127.0.0.1:9/v1", model="m")
    row = view.llm.grader
    qtbot.waitUntil(lambda: "Not checked yet" in row.result.text())
    assert "save" not in row.result.text()
    view.llm.model.setText("another-model")
    view.llm.model.editingFinished.emit()
    qtbot.waitUntil(lambda: "typed above" in row.result.text())
    assert view.llm.typed()[0].llm.model == "another-model"
    assert view.services.settings.llm.model == "m"  # the saved settings are untouched
