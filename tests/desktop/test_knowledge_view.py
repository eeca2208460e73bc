"""Knowledge view against a real KnowledgeBase: import with progress and skips, bank, search."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import SMALL_NOTE, copy_notes, make_context

from desktop._knowledge_view import KnowledgeView, highlight
from desktop._note_viewer import NoteViewer
from desktop._services import Services

pytestmark = pytest.mark.slow  # loads the embedding model


@pytest.fixture
def view(qtbot) -> Iterator[KnowledgeView]:
    messages: list[tuple[str, str]] = []
    services = Services(make_context())
    widget = KnowledgeView(
        services, lambda text, level="info", action=None: messages.append((level, text))
    )
    widget.messages = messages  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    yield widget
    services.close()


def _import(qtbot, view: KnowledgeView, folder: Path) -> list[int]:
    seen: list[int] = []
    view.progress.valueChanged.connect(seen.append)
    view.add_sources([folder])
    view.import_button.click()
    qtbot.waitUntil(lambda: view.results.topLevelItemCount() > 0, timeout=120000)
    return seen


def test_import_shows_progress_and_per_file_results(qtbot, view, tmp_path) -> None:
    notes = copy_notes(tmp_path / "notes")
    (notes / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    progress = _import(qtbot, view, notes)

    assert progress and max(progress) >= 1  # the bar moved
    results = {
        Path(view.results.topLevelItem(i).text(0)).name: view.results.topLevelItem(i).text(1)
        for i in range(view.results.topLevelItemCount())
    }
    assert results[SMALL_NOTE] == "Imported"
    assert results["photo.md"].startswith("Skipped: ")
    assert len(results["photo.md"]) > len("Skipped: ") + 5  # says why
    assert not view.progress.isVisible() and view.import_button.isEnabled()
    from mianba.settings import load_settings

    assert load_settings().note_sources == [notes]  # the source list was saved

    seen_again = _import_again(qtbot, view)
    assert seen_again[SMALL_NOTE] == "Unchanged"


def _import_again(qtbot, view: KnowledgeView) -> dict[str, str]:
    view.results.clear()
    view.import_button.click()
    qtbot.waitUntil(lambda: view.results.topLevelItemCount() > 0, timeout=60000)
    return {
        Path(view.results.topLevelItem(i).text(0)).name: view.results.topLevelItem(i).text(1)
        for i in range(view.results.topLevelItemCount())
    }


def test_question_bank_edit_and_search_with_citation(qtbot, view, tmp_path) -> None:
    _import(qtbot, view, copy_notes(tmp_path / "notes"))
    view.tabs.setCurrentWidget(view.bank)
    qtbot.waitUntil(lambda: "questions" in view.bank.count_label.text(), timeout=30000)
    question_item = _first_question_item(view)
    assert question_item is not None, "the sample note has questions"
    view.bank.tree.setCurrentItem(question_item)
    view.bank.answer_edit.setPlainText("我自己改过的参考答案")
    view.bank.save_button.click()
    qtbot.waitUntil(lambda: view.bank.save_button.isEnabled(), timeout=30000)
    edited = [q for q in view.services.knowledge().questions() if q.edited]
    assert [q.answer for q in edited] == ["我自己改过的参考答案"]

    view.tabs.setCurrentIndex(3)
    view.search_box.setText("Text2SQL")
    view.run_search()
    qtbot.waitUntil(
        lambda: "note:" in view.search_results.toHtml() or _has_link(view), timeout=30000
    )
    assert "background:#ffe066" in view.search_results.toHtml().replace(" ", "") or _has_link(view)
    anchor = _first_note_link(view)
    view._on_link(anchor)
    viewers = view.findChildren(NoteViewer)
    assert viewers and viewers[-1].highlighted_text().strip()


def _first_question_item(view: KnowledgeView):
    from desktop._question_editor import QUESTION_ROLE

    tree = view.bank.tree
    for i in range(tree.topLevelItemCount()):
        stage = tree.topLevelItem(i)
        for j in range(stage.childCount()):
            topic = stage.child(j)
            for k in range(topic.childCount()):
                if topic.child(k).data(0, QUESTION_ROLE) is not None:
                    return topic.child(k)
    return None


def _has_link(view: KnowledgeView) -> bool:
    return 'href="note:' in view.search_results.toHtml()


def _first_note_link(view: KnowledgeView):
    import re

    from PySide6.QtCore import QUrl

    found = re.search(r'href="(note:[^"]+)"', view.search_results.toHtml())
    assert found, "search results carry a citation link"
    return QUrl(found.group(1).replace("&amp;", "&"))


def test_highlight_marks_terms_and_escapes_html() -> None:
    marked = highlight("<b>LoRA</b> 冻结权重 lora", "lora")
    assert marked.count("<span") == 2 and "&lt;b&gt;" in marked


def test_settings_rebuild_action_rebuilds_the_store(qtbot, view, tmp_path) -> None:
    from desktop._settings_view import SettingsView

    _import(qtbot, view, copy_notes(tmp_path / "notes"))
    messages: list[tuple[str, str]] = []
    settings = SettingsView(
        view.services, lambda text, level="info", action=None: messages.append((level, text))
    )
    qtbot.addWidget(settings)
    settings.rebuild_button.click()
    qtbot.waitUntil(settings.rebuild_button.isEnabled, timeout=120000)
    assert messages[-1] == ("info", "The knowledge store was rebuilt.")
    assert view.services.knowledge().questions()  # the bank came back from the notes


@pytest.fixture
def demo_window(qtbot) -> Iterator[Any]:
    from desktop._main_window import MainWindow

    window = MainWindow(make_context(with_demo_notes=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.status_label.text() in ("Ready", "Not ready"), timeout=300000)
    assert window.status_label.text() == "Ready"
    yield window
    window.close()


def _demo_sources(window: Any) -> list[str]:
    demo = str(window.services.context.demo_notes)
    return [path for path in window.services.knowledge().sources() if path.startswith(demo)]


def test_demo_notes_are_listed_and_leave_once_the_users_notes_are_in(
    qtbot, tmp_path, demo_window
) -> None:
    from gui_helpers import write_demo_note

    window = demo_window
    assert "demo notes were imported" in window.banner.text()
    window.show_view("settings")
    window.settings_view.save_button.click()  # the first-start notice is not said again
    qtbot.wait(200)
    assert "demo notes were imported" not in window.banner.text()
    view = window.knowledge_view
    qtbot.waitUntil(lambda: view.demo_row() is not None, timeout=10000)
    assert "Demo notes" in view.demo_row().text()
    assert _demo_sources(window)
    own = write_demo_note(tmp_path / "own")
    view.add_sources([own.parent])
    view.import_button.click()
    qtbot.waitUntil(lambda: view.results.topLevelItemCount() > 0, timeout=120000)
    qtbot.waitUntil(lambda: view.demo_row() is None, timeout=10000)
    assert _demo_sources(window) == []
    knowledge = window.services.knowledge()
    assert knowledge.sources() == [str(own)]
    assert all("林知远" not in q.answer for q in knowledge.questions())
    assert "demo notes were removed" in window.banner.text()


def test_the_demo_notes_can_be_removed_by_hand(qtbot, demo_window) -> None:
    view = demo_window.knowledge_view
    qtbot.waitUntil(lambda: view.demo_row() is not None, timeout=10000)
    view.demo_row().setSelected(True)
    view.remove_button.click()
    qtbot.waitUntil(lambda: view.demo_row() is None, timeout=60000)
    assert _demo_sources(demo_window) == []
    assert demo_window.services.knowledge().questions() == []


def test_every_step_of_an_import_is_worded_none_reads_as_stalled(qtbot, view) -> None:
    """Indexing the notes for search, the long last step, names no file: the line read
    "3 of 3:" for most of the import, as if it had stalled there."""
    from knowledge import IngestProgress

    steps = [
        IngestProgress(done=0, total=3, path="/notes/八股.md", phase="reading"),
        IngestProgress(done=1, total=3, path="/notes/项目.md", phase="embedding"),
        IngestProgress(done=3, total=3, path="", phase="embedding"),
        IngestProgress(done=2, total=3, path="/notes/old.md", phase="removing"),
        IngestProgress(done=3, total=3, path="", phase="done"),
    ]
    lines = []
    for step in steps:
        view._on_import_progress(step)
        lines.append(view.progress_label.text())
    assert lines[0] == "Reading 八股.md (1 of 3)"
    assert "项目.md" in lines[1] and "search" in lines[1]
    assert lines[2] == "Indexing the notes for search…"
    assert "old.md" in lines[3]
    assert len(set(lines)) == len(lines)
    assert not any(line.rstrip().endswith(":") for line in lines)


def test_a_project_write_up_keeps_its_lists_tables_and_bold(qtbot, view) -> None:
    """The Projects tab ran a write-up together into one paragraph strewn with "- ", "**"
    and "| --- |"; it is the candidate's Markdown, and reads as such."""
    from knowledge import Citation, Project

    write_up = (
        "**背景：**\n公司内部有约 12 万篇文档。\n\n"
        "方法：\n- 切分：按标题切块\n- 混合检索：BM25 + 向量\n\n"
        "| 阶段 | pass@1 |\n|---|---|\n| 基座 | 31.5% |\n\n![架构图](arch.png) <b>not markup</b>"
    )
    where = Citation(source="/notes/项目.md", heading_path=("项目经历",), line_start=3, line_end=20)
    project = Project(id="p1", name="企业知识库问答", description=write_up, citation=where)
    view._on_projects([project])
    shown = view.projects.toPlainText()
    assert "**" not in shown and "|---|" not in shown and "- 切分" not in shown
    assert "\n切分：按标题切块\n混合检索：BM25 + 向量" in shown  # one item a line
    assert "31.5%" in shown and "<b>not markup</b>" in shown  # HTML in notes stays text
    assert "arch.png" not in view.projects.toHtml()  # no broken image
    assert "项目.md:3-20" in shown  # the citation under it, as before


def test_bold_before_chinese_text_is_bold_not_asterisks(qtbot, view) -> None:
    """ "**问题背景：**业务方…" showed its asterisks: CommonMark closes bold after "：" only
    before a space or punctuation, which Chinese does not put there. Code keeps its own."""
    from PySide6.QtGui import QFont, QTextDocument

    from knowledge import Citation, Project

    write_up = "**问题背景：**业务方需要 Text2SQL。**实习描述：**构造数据集，`f(**kwargs)` 调用。"
    where = Citation(source="/notes/项目.md", heading_path=("项目经历",), line_start=3, line_end=4)
    view._on_projects([Project(id="p1", name="美团", description=write_up, citation=where)])
    shown = view.projects.toPlainText()
    assert "问题背景：业务方需要 Text2SQL。实习描述：构造数据集" in shown
    assert "f(**kwargs)" in shown
    document: QTextDocument = view.projects.document()
    for words in ("问题背景", "实习描述"):
        cursor = document.find(words)
        assert cursor.charFormat().fontWeight() >= QFont.Weight.Bold, words
    assert document.find("业务方").charFormat().fontWeight() < QFont.Weight.Bold
