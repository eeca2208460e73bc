"""Review's empty session pane: its hint wraps instead of running off the edge."""

from __future__ import annotations

from desktop._hint_browser import HintBrowser

HINT = (
    "No interviews yet. Each interview you finish or pause is kept here with its report, "
    "answers and feedback."
)


def _inked_rows(browser: HintBrowser) -> set[int]:
    image = browser.viewport().grab().toImage()
    background = image.pixelColor(image.width() - 2, image.height() - 2)
    return {
        y
        for y in range(image.height())
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y) != background
    }


def test_a_long_hint_wraps_onto_more_lines_in_a_narrow_pane(qtbot) -> None:
    """Qt drew it on one line: "No interviews yet. Each interview" and no more."""
    browser = HintBrowser()
    qtbot.addWidget(browser)
    browser.resize(250, 200)
    browser.setPlaceholderText(HINT)
    browser.show()
    qtbot.waitExposed(browser)
    line = browser.fontMetrics().height()
    rows = _inked_rows(browser)
    assert rows and max(rows) - min(rows) > 2 * line  # three lines or more
    assert browser.placeholderText() == HINT
    browser.setHtml("<p>a session</p>")  # a session shown: no hint under it
    assert max(_inked_rows(browser)) - min(_inked_rows(browser)) < line
