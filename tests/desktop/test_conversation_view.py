"""The conversation keeps the question in view and the feedback under its answer.

The interviewer's events are drawn by the real view; they are built here (agent's own
event types) so that the score can be made to arrive after the next question, as it
does when scoring runs while the next question is written.
"""

from __future__ import annotations

import pytest
from gui_helpers import make_context

from desktop._interview_view import InterviewView
from desktop._services import Services


def _score(lines: int):
    from agent._models import DimensionScore, TurnScore

    reason = "这一点答得不够具体，缺少数字和取舍。" * 3
    return TurnScore(
        status="offline_estimate",
        overall=62,
        dimensions=[DimensionScore(name="depth", score=3, reason=reason)] * lines,
        improved_answer="更好的回答：" + "先讲结论，再讲依据和数字。" * 20,
        summary="覆盖了一半要点",
    )


@pytest.fixture
def view(qtbot, monkeypatch):
    from agent.state import InterviewOptions

    widget = InterviewView(Services(make_context()), lambda *_args, **_kw: None)
    qtbot.addWidget(widget)
    widget.resize(900, 520)
    widget.show()
    options = InterviewOptions(mode="practice", stages=["fundamentals"], minutes=5, language="zh")
    widget._begin(options)
    widget.session_id = "session-under-test"
    monkeypatch.setattr(widget, "_advance", lambda answer: widget.answers.set_enabled(False))
    return widget


def _ask(view: InterviewView, turn_id: str, text: str) -> None:
    from agent import QuestionAsked, QuestionDelta

    view._on_event(QuestionDelta(turn_id=turn_id, text=text[:4]))
    view._on_event(QuestionAsked(turn_id=turn_id, stage="fundamentals", topic="LoRA", text=text))


def _in_view(view: InterviewView, widget) -> bool:
    viewport = view.transcript.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    return 0 <= top < viewport.height()


@pytest.mark.parametrize("score_first", [True, False])
def test_feedback_sits_under_its_answer_and_the_next_question_stays_in_view(
    qtbot, view, score_first
) -> None:
    from agent import AwaitingAnswer, ScoreReady

    _ask(view, "t1", "什么是 LoRA？")
    view._on_event(AwaitingAnswer(turn_id="t1"))
    view.answer_box.setPlainText("LoRA 冻结原权重，只训练低秩矩阵。")
    view.send_answer()
    late_score = ScoreReady(turn_id="t1", score=_score(16), visible=True)
    answer = next(w for w in view.transcript.messages() if w.role == "candidate")
    if score_first:
        view._on_event(late_score)
        qtbot.wait(200)  # the long card came and was laid out...
        assert _in_view(view, answer)  # ...and the answer it judges is still in view
    _ask(view, "t2", "KV cache 为什么能加速推理？")
    if not score_first:  # scored while the next question was written: it comes after it
        view._on_event(late_score)
    view._on_event(AwaitingAnswer(turn_id="t2"))
    qtbot.wait(200)
    order = view.transcript.order()
    card, question = view.feedback.cards["t1"], view._bubbles["t2"]
    assert order.index(answer) < order.index(card) < order.index(question)
    assert card.height() > view.transcript.viewport().height()  # a long card...
    assert _in_view(view, question)  # ...yet the question shows


def test_answer_by_keeps_the_last_choice(qtbot, monkeypatch) -> None:
    from mianba.settings import load_settings

    widget = InterviewView(Services(make_context()), lambda *_args, **_kw: None)
    qtbot.addWidget(widget)
    started: list = []
    monkeypatch.setattr(widget, "start", started.append)
    widget.open_start_dialog()
    dialog = widget.start_dialog
    assert dialog.input.currentData() == "typed"  # a fresh home
    dialog.input.setCurrentIndex(dialog.input.findData("voice"))
    dialog.accept()
    assert started[-1].input == "voice"
    widget.open_start_dialog()
    assert widget.start_dialog.input.currentData() == "voice"  # not reset to Typed
    widget.start_dialog.reject()
    assert load_settings().interview.input == "voice"  # and kept for the next run
