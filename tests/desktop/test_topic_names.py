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


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_window_names_stages_as_the_exports_do(qtbot, language: str) -> None:
    """The stage bar, Review and the report said "Projects" / "项目经历" where the exported
    session said "Project deep-dive" / "项目深挖"."""
    from PySide6.QtWidgets import QApplication

    from agent import stage_title
    from desktop._i18n import install_translator
    from desktop._stages import stage_names

    app = QApplication.instance()
    install_translator(app, language)
    try:
        names = stage_names()
        for stage in ("self_intro", "project", "fundamentals", "behavioral"):
            assert names[stage] == stage_title(stage, language)
        assert names["project"] == {"en": "Project deep-dive", "zh": "项目深挖"}[language]
    finally:
        install_translator(app, "en")


def test_the_question_bank_names_topics_in_the_windows_language(qtbot) -> None:
    """A Chinese window listed the bank's topics as "Conflict", "Quantization", "Challenge"
    where the report on the same questions said 意见冲突, 量化, 困难与挑战."""
    from PySide6.QtWidgets import QApplication

    from desktop._i18n import install_translator
    from desktop._question_editor import QuestionBankTab
    from knowledge import Citation, Question

    def question(stage: str, topic: str, text: str) -> Question:
        cited = Citation(source="notes.md", heading_path=[], line_start=1, line_end=2)
        return Question(id=text, question=text, answer="", stage=stage, topic=topic, citation=cited)

    app = QApplication.instance()
    install_translator(app, "zh")
    try:
        tab = QuestionBankTab(None, lambda *_: None)  # type: ignore[arg-type]
        qtbot.addWidget(tab)
        tab.show_questions(
            [
                question("behavioral", "Conflict", "讲一次你和同事意见不一致的经历。"),
                question("fundamentals", "Quantization", "int8 和 int4 有什么区别？"),
                question("fundamentals", "LoRA", "LoRA 的原理是什么？"),
            ]
        )
        tree = tab.tree
        topics = {
            tree.topLevelItem(i).child(j).text(0)
            for i in range(tree.topLevelItemCount())
            for j in range(tree.topLevelItem(i).childCount())
        }
        assert topics == {"意见冲突", "量化", "LoRA"}
    finally:
        install_translator(app, "en")
