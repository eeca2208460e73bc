"""Ending an interview while an answer sits unsent: ask, never drop it silently."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop._question_box import Button, open_question
from desktop._tr import tr

Choice = Literal["send", "discard", "keep"]


def ask_about_unsent_answer(parent: QWidget, on_choice: Callable[[Choice], object]) -> QMessageBox:
    """A window-modal question (send it / discard it / keep editing); returns the box."""
    role = QMessageBox.ButtonRole
    buttons: list[Button[Choice]] = [
        (tr("Send it, then end"), role.AcceptRole, "send"),
        (tr("Discard it and end"), role.DestructiveRole, "discard"),
        (tr("Keep editing"), role.RejectRole, "keep"),
    ]
    return open_question(
        parent,
        QMessageBox.Icon.Question,
        tr("End the interview?"),
        tr("Your answer to the current question has not been sent yet."),
        buttons,
        default="keep",
        escape="keep",
        on_choice=on_choice,
    )
