"""The question bank's list: both columns readable, with no horizontal scrolling."""

from __future__ import annotations

from types import SimpleNamespace

from gui_helpers import make_context

from desktop._question_editor import QuestionBankTab
from desktop._services import Services


def _question(n: int) -> SimpleNamespace:
    return SimpleNamespace(
        stage="fundamentals",
        topic="LoRA",
        question=f"LoRA 为什么只训练低秩矩阵？它和全量微调在显存和效果上各有什么取舍 {n}",
        answer="冻结原权重，只训练 A、B 两个低秩矩阵；显存省，效果接近全量微调。" * 3,
        citation=None,
    )


def test_answer_in_notes_is_not_pushed_behind_a_horizontal_scroll_bar(qtbot) -> None:
    """The question column was a fixed 420 px: in a 480 px list "Answer in notes" showed as
    "笔记中的" with a scroll bar under it."""
    services = Services(make_context())
    tab = QuestionBankTab(services, lambda *_args, **_kw: None)
    qtbot.addWidget(tab)
    tab.resize(820, 600)  # the Knowledge page of a 1180 px window
    tab.show()
    tab.show_questions([_question(n) for n in range(3)])
    tree, header = tab.tree, tab.tree.header()
    qtbot.waitUntil(lambda: tree.viewport().width() > 0)
    qtbot.wait(20)
    assert tree.horizontalScrollBar().maximum() == 0
    title = header.fontMetrics().horizontalAdvance(tree.headerItem().text(1))
    assert header.sectionSize(1) > title
    assert header.sectionPosition(1) + header.sectionSize(1) <= tree.viewport().width()
    services.close()
