"""The stage strip above the interview names every stage whole when there is room."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop._interview_widgets import StageBar


@pytest.fixture
def ten_point_font():
    """The size the window's theme uses; at it, "Behavioral" measures 69.4 px."""
    app = QApplication.instance()
    font = app.font()
    larger = type(font)(font)
    larger.setPointSizeF(10)
    app.setFont(larger)
    yield
    app.setFont(font)


@pytest.mark.parametrize("current", ["project", "fundamentals", "wrap_up"])
def test_a_wide_window_shows_every_stage_name_whole(qtbot, ten_point_font, current) -> None:
    """At 1280 px the strip read "Project deep-di…" and "Behavio…" with half the row empty:
    a name was elided to its rounded width, a fraction of a pixel short of itself."""
    bar = StageBar()
    qtbot.addWidget(bar)
    bar.resize(1000, 30)
    bar.show()
    bar.set_stages(["project", "fundamentals"])
    bar.set_current(current)
    assert [label.text() for label in bar._labels.values()] == [
        "Self-introduction",
        "Project deep-dive",
        "Fundamentals",
        "Behavioral",
        "Wrap-up",
    ]
