"""Review view: the session list, a session's scores, charts and weak topics, export, delete."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import make_context, write_demo_note

from desktop._export import count_pdf_pages
from desktop._main_window import MainWindow
from desktop._start_dialog import StartDialog

pytestmark = pytest.mark.slow

ANSWERS = [
    "点积方差随维度增大，除以根号 d 让 softmax 不饱和，梯度稳定。",
    "不太清楚。",
]


def _finished_session(window: MainWindow, note: Path) -> str:
    from agent import Answer
    from agent.state import InterviewOptions

    window.services.knowledge().ingest([note])
    interviewer = window.services.interviewer()
    options = InterviewOptions(mode="mock", stages=["fundamentals"], minutes=5, language="zh")
    session_id = interviewer.start(options)
    list(interviewer.run(session_id))
    for text in ANSWERS:
        list(interviewer.run(session_id, Answer(text=text, seconds=12.0)))
    list(interviewer.end_early(session_id))
    return session_id


@pytest.fixture
def window(qtbot, tmp_path) -> Iterator[MainWindow]:
    win = MainWindow(make_context())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.status_label.text() == "Ready", timeout=120000)
    win.session_id = _finished_session(win, write_demo_note(tmp_path / "notes"))  # type: ignore[attr-defined]
    win.review_view.refresh()
    qtbot.waitUntil(lambda: win.review_view.list.topLevelItemCount() == 1, timeout=30000)
    yield win
    win.close()


def test_session_list_and_detail_show_scores(qtbot, window) -> None:
    review = window.review_view
    row = review.list.topLevelItem(0)
    assert row.text(2).startswith("Mock")
    assert row.text(1) != "—"  # an overall score
    assert row.text(4) == "Offline estimate"
    assert review.select_session(window.session_id)
    text = review.detail.toPlainText()
    assert ANSWERS[0][:8] in text
    assert "Offline estimate" in text and "Score" in text
    review.search.setText("根号")
    assert review.list.topLevelItemCount() == 1
    review.search.setText("没有这个词")
    assert review.list.topLevelItemCount() == 0


def test_the_session_list_shows_every_column_whole(qtbot, window) -> None:
    """The list cut "Scored by" to "Offline estim" and hid the rest behind a horizontal
    scroll bar."""
    review = window.review_view
    window.resize(1000, 700)
    window.show_view("review")
    qtbot.waitUntil(lambda: review.list.isVisible())
    # the splitter is set when the view is resized: let the layout settle (a busy machine
    # measured a 4 px scroll 50 ms after showing)
    qtbot.waitUntil(lambda: review.list.horizontalScrollBar().maximum() == 0, timeout=3000)
    assert review.detail.width() > 300  # the session beside it still has room
    window.resize(window.minimumSize())  # narrowed: the list scrolls, the detail stays
    qtbot.waitUntil(lambda: review.detail.width() >= 280, timeout=3000)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: review.list.horizontalScrollBar().maximum() == 0, timeout=3000)


def test_export_markdown_html_and_pdf(qtbot, window, tmp_path) -> None:
    review = window.review_view
    review.select_session(window.session_id)
    for fmt in ("md", "html", "pdf"):
        handle = review.export_to(fmt, tmp_path / f"session.{fmt}")
        qtbot.waitUntil(lambda h=handle: h.finished, timeout=60000)
    markdown = (tmp_path / "session.md").read_text(encoding="utf-8")
    assert ANSWERS[0][:8] in markdown
    assert "<html" in (tmp_path / "session.html").read_text(encoding="utf-8").lower()
    pdf = tmp_path / "session.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert count_pdf_pages(pdf) >= 1


def test_progress_charts_and_practise_weak_topics(qtbot, window) -> None:
    review = window.review_view
    panel = review.progress_panel
    assert len(panel.chart_views) == 2  # by stage, by rubric dimension
    assert panel.weak_topics(), "an answered topic is listed"
    panel.practise_button.click()
    assert window.current_view_key() == "interview"
    dialog = window.interview_view.start_dialog
    assert isinstance(dialog, StartDialog) and dialog.isVisible()
    assert dialog.options().focus_topics == panel.weak_topics()
    dialog.reject()


def test_delete_is_a_button_not_a_bar_across_the_list(qtbot, window) -> None:
    """Delete spanned the whole left column, under the list, like a footer."""
    review = window.review_view
    window.show_view("review")
    window.resize(1280, 820)
    qtbot.wait(50)
    button, column = review.delete_button, review.list
    assert button.width() < column.width() / 2
    assert button.width() <= button.sizeHint().width() + 4
    left = button.mapTo(window, button.rect().topLeft()).x()
    assert left == column.mapTo(window, column.rect().topLeft()).x()  # under the list's edge


def test_delete_removes_the_session(qtbot, window) -> None:
    review = window.review_view
    review.delete_session(window.session_id)
    qtbot.waitUntil(lambda: review.list.topLevelItemCount() == 0, timeout=30000)
    assert window.services.interviewer().store.list_sessions() == []


def test_a_finished_session_without_answers_is_not_listed(qtbot, window) -> None:
    from agent.state import InterviewOptions

    interviewer = window.services.interviewer()
    empty = interviewer.start(InterviewOptions(mode="practice", stages=["fundamentals"]))
    list(interviewer.run(empty))
    list(interviewer.end_early(empty))  # ended before any answer
    review = window.review_view
    review.refresh()
    loading = review._task
    qtbot.waitUntil(lambda: loading.finished, timeout=30000)  # the list was read again
    assert review.select_session(window.session_id)
    assert not review.select_session(empty)
    assert review.list.topLevelItemCount() == 1


def test_the_session_pane_says_what_goes_there_until_one_is_chosen(qtbot, window) -> None:
    """Review opened on a blank pane beside the list: nothing said to choose a session."""
    review = window.review_view
    review.list.setCurrentItem(None)
    assert review.detail.toPlainText() == ""
    assert "Choose an interview" in review.detail.placeholderText()
    review.search.setText("no answer says this")
    qtbot.waitUntil(lambda: review.list.topLevelItemCount() == 0)
    assert "matches" in review.detail.placeholderText()


def test_export_names_the_file_by_session_and_filters_by_format(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    """Files were named mianba-<date> (two sessions of a day shared a name), the save dialog
    filtered "All Files", and the JSON export the README lists was not offered."""
    import datetime as dt
    import json

    from PySide6.QtWidgets import QFileDialog

    review = window.review_view
    review.select_session(window.session_id)
    asked: list[tuple[str, str]] = []

    def save_as(_parent, _title, suggested, filters):
        asked.append((Path(suggested).name, filters))
        return str(tmp_path / Path(suggested).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    review.export_actions["json"].trigger()
    name, filters = asked[0]
    minute = dt.datetime.fromtimestamp(review.record.started_at).strftime("%Y-%m-%d-%H%M")
    topics = "-".join(dict.fromkeys(t.topic for t in review.record.turns if not t.is_follow_up))
    assert name == f"mianba-{minute}-{topics}.json"  # the demo note's: Transformer-LoRA
    assert filters == "JSON (*.json)"
    qtbot.waitUntil(lambda: (tmp_path / name).exists(), timeout=30000)
    assert json.loads((tmp_path / name).read_text(encoding="utf-8"))["id"] == window.session_id
    review.export_actions["md"].trigger()
    assert asked[1][1] == "Markdown (*.md)" and asked[1][0].endswith(".md")


def test_the_session_list_is_there_when_review_is_first_shown(qtbot, window) -> None:
    """Sessions listed while Review had never been laid out were fitted into the 100 px
    a splitter measures before its first layout: the list got 0 px, and once Review was
    opened only the chosen session showed, with no list to choose another from."""
    from desktop._review_view import ReviewView

    review = ReviewView(window.services, window.notify)  # built and filled, never shown
    qtbot.addWidget(review)
    review.splitter.resize(100, 30)  # what a hidden QTabWidget leaves its page at
    review.splitter.refresh()
    review.refresh()
    qtbot.waitUntil(lambda: review.list.topLevelItemCount() == 1, timeout=30000)
    review.resize(900, 600)
    review.show()
    qtbot.waitUntil(lambda: review.list.width() >= 300, timeout=3000)
    assert review.splitter.sizes()[0] == review.list.parentWidget().width() >= 300
    assert review.detail.width() >= 280


def test_the_score_stays_in_view_in_a_narrow_window(qtbot, window: MainWindow) -> None:
    """At the minimum width the list scrolls sideways: the score sat fourth, out of sight
    behind the date, mode and duration."""
    window.show_view("review")
    review = window.review_view
    window.resize(window.minimumSize())
    qtbot.wait(50)
    headers = [review.list.headerItem().text(c) for c in range(review.list.columnCount())]
    score = headers.index("Score")
    header = review.list.header()
    right = header.sectionViewportPosition(score) + header.sectionSize(score)
    assert right <= review.list.viewport().width(), headers
    assert review.list.topLevelItem(0).text(score) not in ("", "—")


def test_progress_at_the_smallest_window_overlaps_nothing(qtbot, window: MainWindow) -> None:
    """At 760x520 the legends lay over the charts and the charts over "Weakest topics" and
    Practise these (only a sliver of the button showed): the tab scrolls instead."""
    from PySide6.QtCore import QRect

    review = window.review_view
    window.show_view("review")
    review.tabs.setCurrentIndex(1)
    window.resize(760, 520)
    qtbot.wait(100)
    panel = review.progress_panel
    assert panel.chart_views  # the session's charts are drawn

    def rect(widget) -> QRect:  # type: ignore[no-untyped-def]
        return QRect(widget.mapTo(panel, widget.rect().topLeft()), widget.size())

    parts = [*panel.chart_views, *panel.legends.values(), panel.practise_button, panel.weak_list]
    for i, one in enumerate(parts):
        assert one.height() > 0
        for other in parts[i + 1 :]:
            assert not rect(one).intersects(rect(other)), (one, other)
    assert panel.practise_button.height() >= panel.practise_button.sizeHint().height()
