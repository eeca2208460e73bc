"""A score's written feedback stays in the interview's language (it was written in it, as
the question and the answer were); when the window speaks the other language, the card
says so above it, in the window's language. Everything else on the card is the window's."""

from __future__ import annotations

import html
from collections.abc import Iterator

import pytest
from gui_helpers import make_context
from PySide6.QtWidgets import QApplication

from desktop._i18n import install_translator
from desktop._interview_view import InterviewView
from desktop._services import Services

EN_NOTE = "The feedback below is in Chinese, the interview's language."
ZH_NOTE = "以下反馈为英文，与本场面试的语言一致。"


def _score(summary: str, reason: str):
    from agent._models import DimensionScore, TurnScore

    return TurnScore(
        status="offline_estimate",
        overall=40,
        dimensions=[DimensionScore(name="depth", score=2, reason=reason)],
        summary=summary,
    )


@pytest.fixture
def window_in(qapp: QApplication) -> Iterator[object]:
    yield lambda language: install_translator(qapp, language)
    install_translator(qapp, "en")


def _card_text(qtbot, interview: str, score) -> str:
    from agent import AwaitingAnswer, QuestionAsked, ScoreReady
    from agent.state import InterviewOptions

    view = InterviewView(Services(make_context()), lambda *_args, **_kw: None)
    qtbot.addWidget(view)
    view._begin(InterviewOptions(stages=["fundamentals"], minutes=5, language=interview))
    view.session_id = "s"
    view._advance = lambda answer: view.answers.set_enabled(False)  # type: ignore[method-assign]
    view._on_event(QuestionAsked(turn_id="t1", stage="fundamentals", topic="LoRA", text="Q?"))
    view._on_event(AwaitingAnswer(turn_id="t1"))
    view.answer_box.setPlainText("LoRA 冻结原权重。")
    view.send_answer()
    view._on_event(ScoreReady(turn_id="t1", score=score, visible=True))
    return view.feedback.cards["t1"].text()


def test_chinese_feedback_in_an_english_window_is_labelled(qtbot, window_in) -> None:
    window_in("en")
    text = _card_text(qtbot, "zh", _score("覆盖参考要点 1/4。", "解释性词语 1 处"))
    assert EN_NOTE in text and text.index(EN_NOTE) < text.index("覆盖参考要点")
    assert "Depth" in text  # the window's own words stay the window's


def test_english_feedback_in_a_chinese_window_is_labelled(qtbot, window_in) -> None:
    window_in("zh")
    text = _card_text(qtbot, "en", _score("Covered 1 of 4 key points.", "1 explaining word"))
    assert ZH_NOTE in text and text.index(ZH_NOTE) < text.index("Covered 1 of 4")
    assert "深度" in text


@pytest.mark.parametrize("language", ["en", "zh"])
def test_feedback_in_the_windows_own_language_needs_no_label(qtbot, window_in, language) -> None:
    window_in(language)
    text = _card_text(qtbot, language, _score("summary / 总结", "reason / 理由"))
    assert EN_NOTE not in text and ZH_NOTE not in text


def test_review_labels_a_sessions_feedback_too(window_in) -> None:
    from agent import SessionRecord, Turn
    from agent.state import InterviewOptions
    from desktop._review_html import session_html

    window_in("en")
    turn = Turn(
        turn_id="t1",
        seq=1,
        stage="fundamentals",
        topic="LoRA",
        question="LoRA 是什么？",
        score=_score("覆盖参考要点 1/4。", "解释性词语 1 处"),
    )
    options = InterviewOptions(stages=["fundamentals"], language="zh")
    record = SessionRecord(id="s", started_at=0, status="finished", options=options, turns=[turn])
    assert html.escape(EN_NOTE) in session_html(record)
