"""A banner floats over the views: showing or hiding it never moves what is under the cursor."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QStackedWidget, QVBoxLayout, QWidget

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
