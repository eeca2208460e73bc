"""Ending an interview while an answer sits unsent: ask, never drop it silently."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop._tr import tr

Choice = Literal["send", "discard", "keep"]


def ask_about_unsent_answer(parent: QWidget, on_choice: Callable[[Choice], object]) -> QMessageBox:
    """A window-modal question (send it / discard it / keep editing); returns the box."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("End the interview?"))
    box.setText(tr("Your answer to the current question has not been sent yet."))
    send = box.addButton(tr("Send it, then end"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(tr("Discard it and end"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    choices: dict[object, Choice] = {send: "send", discard: "discard", keep: "keep"}
    box.buttonClicked.connect(lambda button: on_choice(choices.get(button, "keep")))
    box.open()
    return box
