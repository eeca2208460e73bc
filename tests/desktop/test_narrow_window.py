"""The window at its minimum width, in both languages: nothing is cut off mid-word."""

from __future__ import annotations

import pytest
from gui_helpers import make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop._i18n import install_translator
from desktop._main_window import MainWindow


@pytest.fixture(params=["en", "zh"])
def narrow_window(request, qtbot, sync_tasks):
    app = QApplication.instance()
    install_translator(app, request.param)
    window = MainWindow(make_context())
    qtbot.addWidget(window)
    window.resize(1180, 780)  # as it opens, then narrowed by the user
    window.show()
    window.show_view("review")  # the splitters laid out wide, then shrunk
    qtbot.wait(20)
    window.show_view("interview")
    window.resize(window.minimumSize())
    yield window
    window.close()
    install_translator(app, "en")


def test_the_stage_bar_fits_a_narrow_window_shortening_names_with_an_ellipsis(
    qtbot, narrow_window
) -> None:
    """At 760-908 px the English stage names were cut mid-word ("Self-introc") with no way
    to read them: now they fit, shortened with "…" where need be, whole in the tooltip."""
    view = narrow_window.interview_view
    view.pages.setCurrentIndex(1)  # the session page
    bar = view.stage_bar
    bar.set_current("project")
    qtbot.waitUntil(lambda: bar.isVisible() and bar.width() > 0)
    page = view.pages.currentWidget()

    def fits() -> None:
        for key, label in bar._labels.items():
            right = label.mapTo(page, label.rect().topRight()).x()
            assert right <= page.width(), f"{key} runs past the page"
            assert label.width() >= label.sizeHint().width(), f"{key} is cut: {label.text()!r}"
            assert label.text() in (label.toolTip(), "") or label.text().endswith("…")

    qtbot.waitUntil(fits, timeout=3000)
    assert bar._labels["project"].text() == bar._labels["project"].toolTip()  # current: whole


def test_review_s_export_control_is_whole_in_a_narrow_window(qtbot, narrow_window) -> None:
    """Four "Export <format>" buttons were squeezed to "Mar", "ort H", "ort F", "ort JS"."""
    from PySide6.QtWidgets import QPushButton

    narrow_window.show_view("review")
    review = narrow_window.review_view
    qtbot.waitUntil(review.isVisible)
    qtbot.wait(20)
    pane = review.detail.parentWidget()
    buttons = [b for b in pane.findChildren(QPushButton) if b.isVisible()]
    assert buttons
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), button.text()
    assert [a.text() for a in review.export_button.menu().actions()] == [
        "Markdown (.md)",
        "HTML (.html)",
        "PDF (.pdf)",
        "JSON (.json)",
    ]


def test_the_voice_row_is_whole_in_a_narrow_window(qtbot, narrow_window) -> None:
    """Beside the buttons, the panel's notice ("No speaker or headphones were found…")
    wrapped a word a line and cut "Answer from a file…" to "nswer from a file."."""
    view = narrow_window.interview_view
    view.pages.setCurrentIndex(1)
    view.page.show_running(True)
    view.answers.use_voice(True)
    panel = view.answers.voice
    panel.live_text.setText(
        "No speaker or headphones were found, so questions are shown as text only."
    )
    qtbot.waitUntil(panel.isVisible)
    qtbot.wait(20)
    for button in (panel.mic_button, panel.file_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    lines = panel.live_text.height() // panel.live_text.fontMetrics().lineSpacing()
    assert lines <= 2
    view.answers.stop()


def test_knowledge_lists_need_no_horizontal_scrolling(qtbot, narrow_window) -> None:
    """At the minimum width the import results' "Result" column sat behind a horizontal
    scroll bar, and so did the end of the demo notes' row."""
    from PySide6.QtWidgets import QTreeWidgetItem

    narrow_window.show_view("knowledge")
    view = narrow_window.knowledge_view
    path = "/home/someone/Documents/interview-notes/2026-autumn/projects/10_projects.md"
    view.results.addTopLevelItem(QTreeWidgetItem([path, "Imported"]))
    view.sources.addItem("Demo notes (a sample candidate) — removed when you import your own")
    qtbot.waitUntil(view.results.isVisible)
    qtbot.wait(20)
    header = view.results.header()
    assert view.results.horizontalScrollBar().maximum() == 0
    assert header.sectionPosition(1) + header.sectionSize(1) <= view.results.viewport().width()
    assert not view.sources.horizontalScrollBar().isVisible()


def test_the_question_bank_keeps_room_for_the_questions(qtbot, narrow_window) -> None:
    """A fixed 180 px "Answer in notes" column left the questions as "…" at 760 px."""
    from types import SimpleNamespace

    narrow_window.show_view("knowledge")
    bank = narrow_window.knowledge_view.bank
    narrow_window.knowledge_view.tabs.setCurrentWidget(bank)
    question = SimpleNamespace(
        stage="fundamentals",
        topic="LoRA",
        question="LoRA 为什么只训练低秩矩阵？",
        answer="冻结原权重。",
        citation=None,
    )
    bank.show_questions([question])
    qtbot.waitUntil(bank.tree.isVisible)
    qtbot.wait(20)
    header = bank.tree.header()
    assert header.sectionSize(0) >= header.sectionSize(1)
    assert bank.tree.horizontalScrollBar().maximum() == 0
    # a question or topic is cut at its end ("Enterpri… Intern)" read as nothing), a path
    # in its middle, where its folders repeat
    assert bank.tree.textElideMode() == Qt.TextElideMode.ElideRight
    results = narrow_window.knowledge_view.results
    assert results.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_the_question_editor_s_labels_are_whole_beside_the_list(qtbot, narrow_window) -> None:
    """At 760 px the editor's labels were pushed under the list ("Question" read "on",
    "Reference answer" "nce answer"): they go above their fields when there is no room."""
    narrow_window.show_view("knowledge")
    bank = narrow_window.knowledge_view.bank
    narrow_window.knowledge_view.tabs.setCurrentWidget(bank)
    qtbot.waitUntil(bank.tree.isVisible)
    qtbot.wait(20)
    tree_right = bank.tree.mapTo(narrow_window, bank.tree.rect().topRight()).x()
    form = bank.editor.layout()
    for field in (bank.question_edit, bank.answer_edit, bank.stage_combo, bank.topic_edit):
        label = form.labelForField(field)
        assert label.mapTo(narrow_window, label.rect().topLeft()).x() > tree_right
        assert label.width() >= label.sizeHint().width(), label.text()
