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


def test_the_answer_column_reads_the_notes_without_markdown_marks(qtbot) -> None:
    """The Knowledge tab listed "**问题背景：**业务方…" and "- SFT：用人工…" as written: the
    bank keeps the notes' Markdown, the list shows it read (notes written for this test)."""
    services = Services(make_context())
    tab = QuestionBankTab(services, lambda *_args, **_kw: None)
    qtbot.addWidget(tab)
    answers = [
        "**问题背景：**客服每天要回答大量重复的运单查询。",
        "- SFT：用人工写的指令数据监督微调\n- RM：成对排序训练打分模型",
        "**S** — Search had plateaued. `top_k=20` kept.",
    ]
    questions = [
        SimpleNamespace(**{**vars(_question(n)), "answer": a}) for n, a in enumerate(answers)
    ]
    tab.show_questions(questions)
    root = tab.tree.topLevelItem(0).child(0)
    shown = [root.child(i).text(1) for i in range(root.childCount())]
    tips = [root.child(i).toolTip(1) for i in range(root.childCount())]
    assert not any("**" in s or s.startswith("- ") or "`" in s for s in shown + tips), shown
    assert any(s.startswith("问题背景：客服每天") for s in shown), shown
    assert any("SFT：用人工写的指令数据监督微调" in s and "RM：成对排序" in s for s in shown), shown
    services.close()
