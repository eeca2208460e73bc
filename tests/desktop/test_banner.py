"""A banner floats over the views: showing or hiding it never moves what is under the cursor."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop._banner import Banner
from desktop._shell import frame


def test_a_banner_coming_and_going_leaves_the_view_where_it_was(qtbot) -> None:
    page = QWidget()
    button = QPushButton("Start interview", page)
    QVBoxLayout(page).addWidget(button)
    stack = QStackedWidget()
    stack.addWidget(page)
    banner = Banner()
    central = frame(QListWidget(), banner, stack)
    qtbot.addWidget(central)
    central.resize(900, 600)
    central.show()
    qtbot.waitExposed(central)
    before = button.mapTo(central, button.rect().topLeft())
    banner.show_message("The LLM endpoint did not answer. " * 6, "warning", ("Settings", print))
    qtbot.waitUntil(banner.isVisible)
    assert button.mapTo(central, button.rect().topLeft()) == before
    assert banner.width() > 600 and banner.y() >= 0  # across the top of the views
    assert banner.findChild(QLabel).height() > 0
    central.resize(700, 600)
    qtbot.waitUntil(lambda: banner.width() < 700)  # follows the window's width
    banner.hide()
    assert button.mapTo(central, button.rect().topLeft()).y() == before.y()


def test_a_passing_notice_is_dismissed_when_the_user_goes_on_an_error_is_not(qtbot) -> None:
    """ "Interview paused. Resume it from the Interview page." stayed up to 6 s after the
    user clicked Resume: going on dismisses a notice; a warning or an error stays."""
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message("Interview paused. Resume it from the Interview page.", "info")
    assert banner.isVisible()
    banner.dismiss_notice()
    assert not banner.isVisible()
    banner.show_message("The LLM endpoint did not answer.", "error")
    banner.dismiss_notice()
    assert banner.isVisible()


def test_resuming_in_the_window_dismisses_the_paused_notice(qtbot) -> None:
    from gui_helpers import make_context

    from desktop._main_window import MainWindow

    window = MainWindow(make_context())
    qtbot.addWidget(window)
    window.show()
    view = window.interview_view
    window.notify("Interview paused. Resume it from the Interview page.", "info")
    assert window.banner.isVisible()
    view.welcome.resume_requested.emit("no-such-session")
    assert not window.banner.isVisible() or window.banner.property("level") != "info"
    window.close()


LONG_WARNING = (
    "voice memo.m4a could not be read as audio: it may be cut off or not a recording. "
    "Export it again from the phone, or type your answer. "
) * 3


def _overlaps(banner: QWidget, button: QWidget, window: QWidget) -> bool:
    from PySide6.QtCore import QRect

    def on_window(widget: QWidget) -> QRect:
        return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())

    return on_window(banner).intersects(on_window(button))


def test_a_warning_in_an_interview_covers_no_control_and_moves_none(qtbot) -> None:
    """A long warning (three lines) lay over Pause and End until it was dismissed: in the
    session it takes its room from the conversation, never from a control."""
    from gui_helpers import make_context

    from desktop._main_window import MainWindow

    window = MainWindow(make_context())
    qtbot.addWidget(window)
    window.resize(900, 640)
    window.show()
    qtbot.waitExposed(window)
    view = window.interview_view
    view.pages.setCurrentIndex(1)  # the session page, as during an interview
    view.page.show_running(True)
    controls = [view.pause_button, view.end_button, view.send_button, view.answer_box]
    controls += [view.stage_bar]
    qtbot.wait(50)
    where = [c.mapTo(window, c.rect().topLeft()) for c in controls]
    tall = view.transcript.height()
    window.notify(LONG_WARNING, "warning")
    qtbot.waitUntil(window.banner.isVisible)
    qtbot.wait(50)
    assert window.banner.height() > 40  # wrapped over lines, all of it readable
    assert not any(_overlaps(window.banner, c, window) for c in controls)
    assert [c.mapTo(window, c.rect().topLeft()) for c in controls] == where
    assert view.transcript.height() < tall  # the conversation made the room
    window.banner.hide()
    qtbot.waitUntil(lambda: view.transcript.height() == tall)
    view.pages.setCurrentIndex(0)  # the welcome page: below its Start and resume rows
    window.notify(LONG_WARNING, "warning")
    qtbot.wait(50)
    assert not _overlaps(window.banner, view.welcome.start_button, window)
    window.show_view("review")  # beside Review's title now, in its own slot
    qtbot.wait(50)
    assert window.banner.isVisible() and window.banner.parentWidget() is not window.banner._host
    window.close()


def test_a_message_goes_when_what_it_warned_about_is_over(qtbot) -> None:
    from PySide6.QtCore import QObject, Signal

    class Takes(QObject):
        went_on = Signal()

    takes = Takes()
    banner = Banner()
    qtbot.addWidget(banner)
    banner.show_message("The take could not be used.", "warning", until=takes.went_on)
    assert banner.isVisible()
    takes.went_on.emit()
    assert not banner.isVisible()
    banner.show_message("The take could not be used.", "warning", until=takes.went_on)
    banner.show_message("Could not read past sessions.", "error")  # another message now
    takes.went_on.emit()
    assert banner.isVisible() and "past sessions" in banner.text()


def test_a_take_warning_goes_when_the_question_moves_on(qtbot) -> None:
    """The voice panel's warnings (no microphone, a take or file that could not be used)
    stayed up over the next question; they end when the next question comes (and when
    a later take or file is transcribed: tests/desktop/test_interview_by_voice.py)."""
    from gui_helpers import make_context
    from PySide6.QtWidgets import QPlainTextEdit

    from desktop._main_window import MainWindow
    from desktop._services import Services
    from desktop._voice_panel import VoicePanel

    window = MainWindow(make_context())
    qtbot.addWidget(window)
    window.show()
    box = QPlainTextEdit()
    panel = VoicePanel(Services(make_context()), box, window.notify)
    qtbot.addWidget(panel)
    qtbot.addWidget(box)
    panel.set_turn("t001")
    panel._on_voice_failed(RuntimeError("the speech model could not be loaded"))
    assert window.banner.isVisible() and window.banner.property("level") == "warning"
    panel.set_turn("t002")
    assert not window.banner.isVisible()
    panel.stop()
    window.close()


def test_the_paused_notice_points_at_the_resume_button_on_the_same_page(qtbot) -> None:
    """It said "Resume it from the Interview page." to a user already on that page, under
    the unfinished interview and its Resume button."""
    from gui_helpers import make_context

    from desktop._main_window import MainWindow

    window = MainWindow(make_context())
    qtbot.addWidget(window)
    window.show()
    window.interview_view.pause()
    text = window.banner.findChild(QLabel).text()
    assert "Resume above" in text and "Interview page" not in text
    window.close()


def test_a_floating_banner_is_as_tall_as_its_text_needs(qtbot) -> None:
    """A one-line message floated 60 px tall (its size hint wraps any longer text in two
    lines) and covered the top of Knowledge's and Settings' tabs; it takes what its text
    needs at the width it has, more when the window narrows."""
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1070, 700)
    host.show()
    banner = Banner()
    banner.float_over(host)
    banner.show_message(
        "Your notes are in, so the demo notes were removed: questions and reference "
        "answers now come from your notes only."
    )
    qtbot.waitUntil(banner.isVisible)
    label = banner.findChild(QLabel)
    line = label.fontMetrics().height()
    assert label.heightForWidth(label.width()) < 2 * line  # one line at this width
    assert banner.height() == banner.heightForWidth(banner.width()) < 2 * line + 24
    host.resize(500, 700)
    qtbot.waitUntil(lambda: label.heightForWidth(label.width()) >= 2 * line)
    assert label.height() >= label.heightForWidth(label.width())  # wrapped, none cut off


def _on_window(widget: QWidget, window: QWidget):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect

    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("key", ["review", "knowledge", "settings"])
def test_a_message_on_a_view_leaves_its_title_and_tabs_alone(qtbot, key: str) -> None:
    """The banner floated over the top of Review, Knowledge and Settings and hid their
    titles ("Knowledge" showed as its lower half under the first-run notice). It sits
    beside the title: a one-line message moves nothing; a long one at the narrowest window
    covers neither the title nor the tabs (it moves them down instead)."""
    from gui_helpers import make_context

    from desktop._main_window import MainWindow

    window = MainWindow(make_context())
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    qtbot.waitExposed(window)
    window.show_view(key)
    view = window.stack.currentWidget()
    title = next(w for w in view.findChildren(QLabel) if w.objectName() == "viewTitle")
    tabs = view.findChild(QTabWidget) or view.findChild(QScrollArea)
    qtbot.wait(50)
    where = [title.mapTo(window, title.rect().topLeft()), _on_window(tabs, window)]
    window.notify("Settings saved.", "info")
    qtbot.wait(50)
    banner = window.banner
    assert banner.isVisible()
    assert not _on_window(banner, window).intersects(_on_window(title, window))
    assert title.width() >= title.sizeHint().width()  # the title is readable whole
    assert [title.mapTo(window, title.rect().topLeft()), _on_window(tabs, window)] == where
    banner.hide()
    window.resize(760, 520)  # the smallest window, a message of three lines
    qtbot.wait(50)
    window.notify(LONG_WARNING, "warning")
    qtbot.wait(50)
    assert banner.height() > 40
    assert not _on_window(banner, window).intersects(_on_window(title, window))
    assert not _on_window(banner, window).intersects(_on_window(tabs, window))
    window.close()


def test_the_first_run_notice_says_where_to_add_notes_from_where_the_user_is(qtbot) -> None:
    """It said "Add yours under Knowledge" to a user already on Knowledge."""
    from gui_helpers import make_context

    from desktop._main_window import MainWindow

    window = MainWindow(make_context())
    qtbot.addWidget(window)
    window.show()
    window.show_view("interview")
    window._notify_demo_notes()  # what the first start's demo import ends with
    banner = window.banner
    assert "under Knowledge" in banner.text()
    go = next(b for b in banner.findChildren(QPushButton) if b.text() == "Open Knowledge")
    go.click()
    assert window.current_view_key() == "knowledge" and not banner.isVisible()
    window._notify_demo_notes()
    assert "under Knowledge" not in banner.text() and "Add files" in banner.text()
    assert not any(
        b.isVisible() and b.text() == "Open Knowledge" for b in banner.findChildren(QPushButton)
    )
    window.show_view("review")
    window._notify_demo_notes()
    window.show_view("settings")  # the user went elsewhere: "Open Knowledge" is stale
    assert not banner.isVisible()
    window.close()
