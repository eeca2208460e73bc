"""A window-modal question whose buttons each stand for one choice (non-blocking)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

C = TypeVar("C", bound=str)
Button = tuple[str, QMessageBox.ButtonRole, C]


def open_question(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Sequence[Button[C]],
    *,
    default: C,
    escape: C,
    on_choice: Callable[[C], object],
    informative: str = "",
    details: str = "",
) -> QMessageBox:
    """Opens the box (window-modal) and returns it; `on_choice` gets the clicked choice."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if details:
        box.setDetailedText(details)
    choices: dict[object, C] = {}
    for label, role, choice in buttons:
        button = box.addButton(label, role)
        choices[button] = choice
        if choice == default:
            box.setDefaultButton(button)
        if choice == escape:
            box.setEscapeButton(button)
    box.buttonClicked.connect(lambda button: on_choice(choices.get(button, escape)))
    box.open()
    return box
