"""An interview through the GUI against the scripted LLM server: streamed questions and
rubric scores, a failed score retried, an unreachable endpoint found before the start."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from gui_helpers import make_context
from interview_helpers import (
    ANSWER,
    options,
    ready_window,
    scripted_llm_context,
    type_and_send,
    wait_for_question,
)

from desktop._main_window import MainWindow
from desktop._score_card import ScoreCard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "agent"))
from interview_fixtures import InterviewerScript, is_scoring
from scripted_server import ScriptedLLMServer

pytestmark = pytest.mark.slow  # real embedder, real graph, real store, real HTTP


def test_llm_interview_streams_questions_and_shows_rubric_scores(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("MIANBA_LLM_API_KEY", "sk-desktop-test-key")
    with ScriptedLLMServer() as server:
        server.on_chat = InterviewerScript("zh")
        with ready_window(qtbot, scripted_llm_context(server), tmp_path) as win:
            _run_llm_interview(qtbot, win)
        assert server.chat_requests, "the GUI reached the scripted LLM"


def _run_llm_interview(qtbot, win: MainWindow) -> None:
    view = win.interview_view
    kinds: list[str] = []
    view.event_handled.connect(kinds.append)
    view.start(options())
    wait_for_question(qtbot, view)
    assert kinds.count("question_delta") > 1  # the question streamed in pieces
    assert view.transcript.messages()[0].text().startswith("第1个问题")
    type_and_send(qtbot, view, ANSWER)
    qtbot.waitUntil(lambda: bool(view.findChildren(ScoreCard)), timeout=60000)
    card = view.findChildren(ScoreCard)[0]
    assert card.score.status == "llm"
    assert "Offline estimate" not in card.text()
    assert "scripted improved answer" in card.text()
    wait_for_question(qtbot, view)
    view.end_early()
    qtbot.waitUntil(lambda: view.session_id is None, timeout=60000)
    assert "finished" in kinds


def test_failed_score_says_so_and_retry_scores_again(qtbot, tmp_path, monkeypatch) -> None:
    script = InterviewerScript("zh")
    broken = {"on": True}

    def on_chat(request):
        if broken["on"] and is_scoring(request):
            return "this is not the JSON you asked for"
        return script(request)

    monkeypatch.setenv("MIANBA_LLM_API_KEY", "sk-desktop-test-key")
    with ScriptedLLMServer() as server:
        server.on_chat = on_chat
        with ready_window(qtbot, scripted_llm_context(server), tmp_path) as win:
            view = win.interview_view
            view.start(options())
            wait_for_question(qtbot, view)
            type_and_send(qtbot, view, ANSWER)
            qtbot.waitUntil(lambda: bool(view.findChildren(ScoreCard)), timeout=60000)
            card = view.findChildren(ScoreCard)[0]
            assert card.score.status == "failed"
            assert "Scoring failed" in card.text() and not card.retry_button.isHidden()
            assert "Your answer is kept" in card.body.text()  # in the UI language first
            wait_for_question(qtbot, view)
            broken["on"] = False
            card.retry_button.click()
            qtbot.waitUntil(lambda: card.score.status == "llm", timeout=60000)
            assert card.retry_button.isHidden()
            view.end_early()
            qtbot.waitUntil(lambda: view.session_id is None, timeout=60000)


def test_an_unreachable_llm_is_found_at_the_start_and_offline_is_offered(
    qtbot, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("MIANBA_LLM_API_KEY", "sk-desktop-test-key")
    context = make_context()
    with ready_window(qtbot, context, tmp_path) as win:
        context.settings.llm.base_url = "http://127.0.0.1:9/v1"  # nothing listens there
        win.services.reset("interviewer")
        view = win.interview_view
        kinds: list[str] = []
        view.event_handled.connect(kinds.append)
        view.start(options())
        qtbot.waitUntil(lambda: view.endpoint.question is not None, timeout=30000)
        box = view.endpoint.question
        assert "http://127.0.0.1:9/v1" in box.text() and box.isVisible()
        assert kinds == []  # told before the first question
        next(b for b in box.buttons() if b.text() == "Start offline").click()
        wait_for_question(qtbot, view)
        assert "offline" in view.mode_label.text()
        type_and_send(qtbot, view, ANSWER)
        qtbot.waitUntil(lambda: bool(view.findChildren(ScoreCard)), timeout=60000)
        card = view.findChildren(ScoreCard)[0]
        assert card.score.status == "offline_estimate"  # not a failed LLM score
        assert win.services.llm_unreachable() is not None  # remembered: no second wait
        wait_for_question(qtbot, view)
        view.end_early()
        qtbot.waitUntil(lambda: view.session_id is None, timeout=60000)
