"""The themes as drawn: combo popups, spin-box arrows, the sidebar's play icon, focus."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
)

from desktop._shell import build_sidebar, set_sidebar_icons
from desktop._theme import ACCENT, apply_theme, colors


@pytest.fixture
def themed(qapp):
    def use(choice: str) -> dict[str, str]:
        apply_theme(QApplication.instance(), choice)
        return colors(choice == "dark")

    yield use
    apply_theme(QApplication.instance(), "light")


def _luma(color: QColor) -> float:
    return 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()


def _pixels(image: QImage, rect) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for x in range(max(rect.left(), 0), min(rect.right(), image.width() - 1) + 1)
        for y in range(max(rect.top(), 0), min(rect.bottom(), image.height() - 1) + 1)
    ]


def _close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_the_combo_popup_draws_its_current_item_readably(qtbot, themed, choice) -> None:
    themed(choice)
    combo = QComboBox()
    combo.addItems(["base", "small", "large-v3-turbo"])
    combo.setCurrentIndex(1)
    qtbot.addWidget(combo)
    combo.show()
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    image = view.grab().toImage()
    row = _pixels(image, view.visualRect(view.model().index(1, 0)).adjusted(2, 2, -2, -2))
    accent = QColor(ACCENT)
    assert sum(_close(p, accent) for p in row) > len(row) / 2  # the row is highlighted
    assert any(_luma(p) > 230 for p in row)  # and its white text is on it
    combo.hidePopup()


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_spin_box_arrows_are_visible(qtbot, themed, choice) -> None:
    themed(choice)
    spin = QSpinBox()
    spin.setValue(5)
    qtbot.addWidget(spin)
    spin.resize(160, 30)
    spin.show()
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    rect = spin.style().subControlRect(
        QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, spin
    )
    image = spin.grab().toImage()
    lumas = [_luma(p) for p in _pixels(image, rect.adjusted(2, 1, -2, -1))]
    assert max(lumas) - min(lumas) > 60, "the up arrow does not stand out from its button"


def test_the_play_icon_stands_out_on_the_dark_sidebar(qtbot, themed) -> None:
    c = themed("dark")
    sidebar = build_sidebar(["Interview", "Review", "Knowledge", "Settings"])
    qtbot.addWidget(sidebar)
    set_sidebar_icons(sidebar)
    image = sidebar.item(0).icon().pixmap(20, 20).toImage()
    opaque = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert opaque
    shape = sum(_luma(p) for p in opaque) / len(opaque)
    assert abs(shape - _luma(QColor(c["sidebar"]))) > 100


def test_a_focused_field_has_a_clear_accent_ring(qtbot, themed) -> None:
    themed("light")
    field = QLineEdit("text")
    qtbot.addWidget(field)
    field.resize(200, 32)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    image = field.grab().toImage()
    middle = image.height() // 2
    ring = [image.pixelColor(x, middle) for x in range(0, 4)]
    assert sum(_close(p, QColor(ACCENT), 50) for p in ring) >= 2  # two pixels wide


def test_a_spin_box_is_as_tall_as_the_fields_beside_it(qtbot, themed) -> None:
    """In a form (the start dialog's Length, Settings' pause) the spin box stood a third
    shorter than the combo boxes and fields above and below it, its text squeezed."""
    from PySide6.QtWidgets import QFormLayout, QWidget

    themed("light")
    form = QWidget()
    layout = QFormLayout(form)
    combo, spin, line = QComboBox(), QSpinBox(), QLineEdit()
    combo.addItem("中文")
    spin.setSuffix(" 分钟")
    for label, field in (("语言", combo), ("时长", spin), ("重点", line)):
        layout.addRow(label, field)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    assert abs(spin.height() - combo.height()) <= 3 and abs(spin.height() - line.height()) <= 3


def test_a_combo_list_drops_below_the_box_with_every_item_shown(qtbot, themed) -> None:
    """Laid over the box (Fusion's popup), the start dialog's and Settings' short lists
    came out a few pixels short in the window (under Xvfb): "English", the last item, was
    cut behind a scroll arrow. The list drops below the box, sized to its items."""
    themed("light")
    combo = QComboBox()
    combo.addItems(["跟随系统", "中文", "English"])
    combo.setCurrentIndex(1)
    qtbot.addWidget(combo)
    combo.resize(300, 28)
    combo.show()
    qtbot.waitExposed(combo)
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    below = combo.mapToGlobal(combo.rect().bottomLeft()).y()
    assert view.window().geometry().top() >= below - 1  # not over the box
    assert view.verticalScrollBar().maximum() == 0  # every item shown
    combo.hidePopup()
