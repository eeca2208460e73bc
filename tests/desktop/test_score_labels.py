"""Score labels come from one table (agent.SCORE_LABELS): the window, the CLI and the
exports say the same thing, in the window's language."""

from __future__ import annotations

import pytest

from agent import SCORE_LABELS, TurnScore, score_label


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_score_card_and_review_use_the_agents_labels(qtbot, language: str) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop._i18n import install_translator
    from desktop._score_card import ScoreCard

    app = QApplication.instance()
    install_translator(app, language)
    try:
        offline = ScoreCard("t1", TurnScore(status="offline_estimate", overall=60.0))
        failed = ScoreCard("t2", TurnScore(status="failed", error="timeout"))
        guarded = ScoreCard("t3", TurnScore(status="guarded", overall=0.0))
        llm = ScoreCard("t4", TurnScore(status="llm", overall=80.0))
        for card in (offline, failed, guarded, llm):
            qtbot.addWidget(card)
        words = {key: getattr(w, language) for key, w in SCORE_LABELS.items()}
        assert words["offline_estimate"].lower() in offline.header.text().lower()
        assert words["failed"].lower() in failed.header.text().lower()
        assert words["guarded"].lower() in guarded.header.text().lower()
        assert not any(w.lower() in llm.header.text().lower() for w in words.values())
    finally:
        install_translator(app, "en")


def test_the_cli_and_the_exports_say_the_same_words() -> None:
    from mianba.commands._interview_view import score_text
    from mianba.commands.score import render

    offline = TurnScore(status="offline_estimate", overall=40.0)
    assert score_label(offline) == SCORE_LABELS["offline_estimate"].en == "offline estimate"
    assert f"({score_label(offline)})" in score_text(offline)
    assert f"({score_label(offline)})" in render(offline)
    failed = TurnScore(status="failed", error="timeout")
    assert score_text(failed).startswith(score_label(failed))
    assert score_label(failed, language="zh") == "评分失败"
    assert score_label(None) == "not scored"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_guarded_score_of_an_offline_session_says_it_is_an_estimate(qtbot, language) -> None:
    """Offline, "I don't know" showed "0/100 · rule-based (guarded)" on its card while Review
    and the exports said "offline estimate (guarded)" of the same turn."""
    from PySide6.QtWidgets import QApplication

    from desktop._i18n import install_translator
    from desktop._score_card import ScoreCard

    app = QApplication.instance()
    install_translator(app, language)
    try:
        score = TurnScore(status="guarded", overall=0.0)
        offline = ScoreCard("t1", score, estimate=True)
        with_llm = ScoreCard("t2", score)
        qtbot.addWidget(offline)
        qtbot.addWidget(with_llm)
        said = SCORE_LABELS["estimate_guarded"].said_in(language).lower()
        assert said in offline.header.text().lower()
        assert said not in with_llm.header.text().lower()
    finally:
        install_translator(app, "en")


def test_a_stage_score_sits_level_with_its_chinese_stage_name(qtbot) -> None:
    """The report card and Review drew "自我介绍 23" with the 23 raised above the name's
    middle: the cells were top-aligned and a Chinese line is taller than a digit's."""
    from PySide6.QtGui import QTextDocument

    from agent import Report
    from desktop._report_card import ReportCard

    card = ReportCard(Report(session_id="s", overall=41, by_stage={"self_intro": 23.0}))
    qtbot.addWidget(card)
    doc = QTextDocument()
    doc.setHtml(card.body.text().replace("Self-introduction", "自我介绍"))
    doc.setTextWidth(600)
    layout = doc.documentLayout()

    def middle(text: str) -> float:
        return layout.blockBoundingRect(doc.find(text).block()).center().y()

    assert abs(middle("自我介绍") - middle("23")) < 1


@pytest.mark.parametrize(
    ("status", "says"), [("guarded", "A rule"), ("offline_estimate", "offline")]
)
def test_the_cards_label_explains_itself_on_hover(qtbot, status: str, says: str) -> None:
    """ "Offline estimate (guarded)" said nothing of why: the label's tooltip says it."""
    from agent._models import TurnScore
    from desktop._score_card import ScoreCard

    card = ScoreCard("t1", TurnScore(status=status, overall=0, summary="…"), estimate=True)
    qtbot.addWidget(card)
    assert says in card.header.toolTip()
