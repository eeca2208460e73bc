"""The window at its minimum width, in both languages: nothing is cut off mid-word."""

from __future__ import annotations

import pytest
from gui_helpers import make_context
from PySide6.QtWidgets import QApplication

from desktop._i18n import install_translator
from desktop._main_window import MainWindow


@pytest.fixture(params=["en", "zh"])
def narrow_window(request, qtbot, sync_tasks):
    app = QApplication.instance()
    install_translator(app, request.param)
    window = MainWindow(make_context())
    qtbot.addWidget(window)
    window.resize(window.minimumSize())
    window.show()
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
