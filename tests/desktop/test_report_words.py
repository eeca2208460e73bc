"""The window's report counts rough estimates in English and in Chinese."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from agent.report import Report, WeakTopic
from desktop._i18n import install_translator
from desktop._report_card import ReportCard


def _report(rough: int) -> Report:
    return Report(
        session_id="s",
        overall=40,
        by_stage={"self_intro": 23, "project": 60},
        rough_by_stage={"self_intro": rough, "project": 2},
        weak_topics=[WeakTopic(stage="self_intro", topic="Intro", score=32, left_out=rough)],
        answered=3,
        scored=3,
        basis="offline_estimate",
    )


def test_the_report_card_counts_rough_estimates_in_proper_english(qtbot) -> None:
    """ "Incl. 1 rough estimate(s)" beside a stage: one estimate, two estimates."""
    card = ReportCard(_report(rough=1))
    qtbot.addWidget(card)
    text = card.body.text()
    assert re.search(r"[Ii]ncl\. 1 rough estimate<", text), text
    assert re.search(r"[Ii]ncl\. 2 rough estimates<", text), text
    assert "leaving out 1 rough estimate)" in text
    assert "(s)" not in text


def test_the_report_card_counts_rough_estimates_in_chinese(qtbot) -> None:
    app = QApplication.instance()
    install_translator(app, "zh")
    try:
        card = ReportCard(_report(rough=2))
        qtbot.addWidget(card)
        text = card.body.text()
        assert "含 2 个粗略估计" in text and "未计入 2 个粗略估计" in text
    finally:
        install_translator(app, "en")
