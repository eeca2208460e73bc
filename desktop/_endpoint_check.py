"""Before an interview with an LLM endpoint: is it there? If not, say so and let the
candidate choose, instead of finding out from failed scores one answer at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop._question_box import Button, open_question
from desktop._tr import tr

Choice = Literal["offline", "anyway", "cancel"]


def ask_about_unreachable_llm(
    parent: QWidget, url: str, why: str, on_choice: Callable[[Choice], object]
) -> QMessageBox:
    """A window-modal question (offline / start anyway / cancel); returns the box."""
    role = QMessageBox.ButtonRole
    buttons: list[Button[Choice]] = [
        (tr("Start offline"), role.AcceptRole, "offline"),
        (tr("Start anyway"), role.DestructiveRole, "anyway"),
        (tr("Cancel"), role.RejectRole, "cancel"),
    ]
    return open_question(
        parent,
        QMessageBox.Icon.Warning,
        tr("The LLM cannot be reached"),
        tr(
            "The LLM endpoint %1 does not answer. With it, questions would come from your "
            "notes' question bank and every score would fail."
        ).replace("%1", url),
        buttons,
        default="offline",
        escape="cancel",
        on_choice=on_choice,
        informative=tr(
            "Start offline: questions from your notes, scores marked as offline estimates."
        ),
        details=why,
    )


class EndpointGate:
    """Checks the endpoint in a worker, asks when it is down, then calls `proceed(offline)`
    (or `cancelled()`); the interview view only says what happens next."""

    def __init__(self, parent: QWidget, services: Any) -> None:
        self._parent = parent
        self._services = services
        self.question: QMessageBox | None = None  # the open question (tests click it)

    def check(self, proceed: Callable[[bool], object], cancelled: Callable[[], object]) -> Any:
        from desktop._tasks import run_task

        def on_checked(why: str | None) -> None:
            if why is None:
                proceed(False)
                return
            url = str(self._services.settings.llm.base_url)

            def on_choice(choice: Choice) -> None:
                cancelled() if choice == "cancel" else proceed(choice == "offline")

            self.question = ask_about_unreachable_llm(self._parent, url, why, on_choice)

        return run_task(
            self._services.llm_unreachable, on_done=on_checked, on_error=lambda _e: proceed(False)
        )
