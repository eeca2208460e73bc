"""The "Scoring…" line: shown while a score is written, replaced by its card, never blocking.

Against the scripted LLM server: a score held back by the test (the interview must go
on meanwhile), and a score streamed slower than the endpoint's time limit (the line
must say the endpoint is slow, the window must keep working, the card must follow).
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from interview_helpers import ready_window, scripted_llm_context
from PySide6.QtCore import Qt

from desktop._score_card import ScoreCard
from desktop._scoring_status import ScoringLine

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "agent"))
from interview_fixtures import InterviewerScript, is_scoring, rubric_reply
from scripted_server import Reply, ScriptedLLMServer

pytestmark = pytest.mark.slow  # real embedder, real graph, real store

ANSWERS = [
    "除以根号 d 是因为点积的方差会随维度 d 增大，softmax 会饱和，梯度变小；缩放以后方差稳定。",
    "LoRA 冻结原来的权重，只训练低秩矩阵 B 和 A，可训练参数少，优化器状态也少，所以省显存。",
]


@contextmanager
def llm_window(qtbot, tmp_path, monkeypatch, on_chat, timeout_s: float) -> Iterator[Any]:
    monkeypatch.setenv("MIANBA_LLM_API_KEY", "sk-desktop-test-key")
    with ScriptedLLMServer() as server:
        server.on_chat = on_chat
        context = scripted_llm_context(server)
        context.settings.llm.timeout_s = timeout_s
        with ready_window(qtbot, context, tmp_path) as win:
            yield win.interview_view


def _start(qtbot, view) -> None:
    from agent.state import InterviewOptions

    options = {"mode": "practice", "stages": ["fundamentals"], "minutes": 30, "language": "zh"}
    view.start(InterviewOptions(**options))
    _wait_for_question(qtbot, view)


def _wait_for_question(qtbot, view) -> None:
    qtbot.waitUntil(view.answer_box.isEnabled, timeout=120000)


def _answer(qtbot, view, text: str) -> str:
    turn_id = view.turn_id
    view.answer_box.setPlainText(text)
    qtbot.keyClick(view.answer_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert view.answer_box.toPlainText() == ""  # sent
    return turn_id


def _below(view, turn_id: str, widget) -> bool:
    """`widget` sits in the transcript after the answer of `turn_id` (captions aside)."""
    order = view.transcript.order()
    answer = view.feedback._answers[turn_id]
    return order.index(widget) > order.index(answer)


def _seconds(line: ScoringLine) -> int:
    found = re.search(r"(\d+) s", line.text())
    return int(found.group(1)) if found else -1


def test_scoring_line_shows_until_the_card_and_the_interview_goes_on(
    qtbot, tmp_path, monkeypatch
) -> None:
    script = InterviewerScript("zh")
    release = threading.Event()

    def on_chat(request):
        if is_scoring(request):
            release.wait(120)  # the score is being written until the test lets it go
        return script(request)

    try:
        with llm_window(qtbot, tmp_path, monkeypatch, on_chat, timeout_s=300) as view:
            _start(qtbot, view)
            first = _answer(qtbot, view, ANSWERS[0])
            line = view.scoring.line(first)
            assert isinstance(line, ScoringLine)
            qtbot.waitUntil(line.isVisible, timeout=5000)
            assert "Scoring…" in line.text() and _below(view, first, line)
            _wait_for_question(qtbot, view)  # the next question did not wait for the score
            assert view.transcript.messages()[-1].text().startswith("第2个问题")
            qtbot.waitUntil(lambda: _seconds(line) >= 1, timeout=10000)  # it counts

            second = _answer(qtbot, view, ANSWERS[1])  # the first score is still held back
            assert "earlier answer is still being scored" in view.status.text()
            _wait_for_question(qtbot, view)
            assert not view.findChildren(ScoreCard)
            assert view.scoring.pending == 2

            release.set()
            qtbot.waitUntil(lambda: len(view.findChildren(ScoreCard)) == 2, timeout=60000)
            qtbot.waitUntil(lambda: view.scoring.pending == 0, timeout=10000)
            assert not shiboken6.isValid(line) or line.isHidden()  # the card took its place
            cards = {card.turn_id: card for card in view.findChildren(ScoreCard)}
            assert {first, second} == set(cards)
            assert all(card.score.status == "llm" for card in cards.values())
            assert _below(view, first, cards[first])
            view.end_early()
            qtbot.waitUntil(lambda: view.session_id is None, timeout=60000)
    finally:
        release.set()


def test_a_score_slower_than_the_time_limit_says_so_and_still_arrives(
    qtbot, tmp_path, monkeypatch
) -> None:
    script = InterviewerScript("zh")

    def on_chat(request):
        if is_scoring(request):  # each piece within the limit, the whole well past it
            reply = rubric_reply(request)
            return Reply(reply, chunk_size=len(reply) // 8 + 1, chunk_delay_s=0.8)
        return script(request)

    with llm_window(qtbot, tmp_path, monkeypatch, on_chat, timeout_s=2) as view:
        _start(qtbot, view)
        turn_id = _answer(qtbot, view, ANSWERS[0])
        line = view.scoring.line(turn_id)
        assert line is not None and "Scoring…" in line.text()
        qtbot.waitUntil(lambda: "the LLM endpoint is slow" in line.text(), timeout=30000)
        assert "time limit is 2 s" in line.text() and "Your answer is kept" in line.text()
        qtbot.waitUntil(lambda: bool(view.findChildren(ScoreCard)), timeout=60000)
        card = view.findChildren(ScoreCard)[0]
        assert card.score.status == "llm" and view.scoring.line(turn_id) is None
        view.end_early()
        qtbot.waitUntil(lambda: view.session_id is None, timeout=60000)


@pytest.mark.parametrize(
    ("language", "scoring", "slow", "thinking"),
    [
        ("en", "Scoring… 0 s", "the LLM endpoint is slow", "an earlier answer is still"),
        ("zh", "正在评分… 0 秒", "大模型接口很慢", "前一个回答仍在评分"),
    ],
)
def test_scoring_lines_in_both_languages(qtbot, language, scoring, slow, thinking) -> None:
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop._chat import ChatTranscript
    from desktop._i18n import install_translator
    from desktop._scoring_status import ScoringStatus

    app = QApplication.instance()
    install_translator(app, language)
    try:
        transcript = ChatTranscript()
        qtbot.addWidget(transcript)
        status = ScoringStatus(transcript, lambda: 0.0 if language == "zh" else 60.0)
        answer = transcript.add_widget(QLabel("answer"))
        status.started("t1", answer, visible=True)
        status.started("t2", QLabel("unshown"), visible=False)  # mock mode: counted, not drawn
        line = status.line("t1")
        assert line is not None and status.line("t2") is None and status.pending == 2
        assert (slow if language == "zh" else scoring) in line.text()  # zh: limit 0 s
        assert thinking in status.describe("…", besides="t2")
        assert "2" in status.describe("…") and thinking not in status.describe("…")  # plural
        status.finished("t1")
        status.finished("t2")
        assert status.pending == 0 and status.describe("…") == "…"
    finally:
        install_translator(app, "en")
