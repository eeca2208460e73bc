"""Topics in the window's language: the question bank's plain-word English topics (Conflict,
Career plan) and a stage's own name read Chinese in a Chinese window; terms and topics
taken from the notes are shown as written."""

from __future__ import annotations

import pytest

from agent.report import Report, WeakTopic


def _report() -> Report:
    return Report(
        session_id="s",
        overall=40,
        strengths=["Career plan", "depth"],
        weak_topics=[
            WeakTopic(stage="behavioral", topic="Conflict", score=30),
            WeakTopic(stage="self_intro", topic="Self-introduction", score=35),
            WeakTopic(stage="fundamentals", topic="LoRA", score=20),
        ],
        answered=3,
        scored=3,
        basis="offline_estimate",
    )


@pytest.mark.parametrize(
    ("language", "shown", "hidden"),
    [
        ("zh", ["意见冲突", "自我介绍", "职业规划", "LoRA"], ["Conflict", "Career plan"]),
        ("en", ["Conflict", "Self-introduction", "Career plan", "LoRA"], ["意见冲突", "职业规划"]),
    ],
)
def test_the_report_card_names_topics_in_the_windows_language(
    qtbot, language: str, shown: list[str], hidden: list[str]
) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop._i18n import install_translator
    from desktop._report_card import ReportCard

    app = QApplication.instance()
    install_translator(app, language)
    try:
        card = ReportCard(_report())
        qtbot.addWidget(card)
        text = card.body.text()
        assert all(name in text for name in shown), text
        assert not any(name in text for name in hidden), text
    finally:
        install_translator(app, "en")
