"""The Settings page's grader check: "Check grader" and the line that says what it found.

The model above scores an exam of answers of known quality (agent.grader_check; mianba
takes and keeps it through AppContext.take_grader_check). A model that passed has its
scores believed, so after a check the interviewer is built again with the new trust.
Like Test connection, the check uses the endpoint, model and key as typed, saved or not;
the line says so when they differ from the saved ones (a check counts once they are saved).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from desktop._i18n import ui_language
from desktop._services import Services
from desktop._tasks import run_task

if TYPE_CHECKING:
    from agent.grader_check import GraderCheck

log = logging.getLogger(__name__)


class GraderCheckRow(QObject):
    """`button` and `result` go into the LLM group's form; `typed()` gives a copy of the
    settings with the typed LLM fields and the typed key; `unsaved()` whether they differ
    from the saved ones."""

    def __init__(
        self,
        services: Services,
        typed: Callable[[], tuple[Any, str]],
        unsaved: Callable[[], bool],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._typed = typed
        self._unsaved = unsaved
        self._task: Any = None
        self._running = False
        self._asked = 0  # lookups and checks in order: an older answer never shows
        self.button = QPushButton(self.tr("Check grader"))
        self.button.clicked.connect(self._on_check)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.endpoint_changed()

    # ---- state ------------------------------------------------------------------------
    def endpoint_changed(self, *_args: Any) -> None:
        """Enabled only with an endpoint typed (and no check running)."""
        settings, _key = self._typed()
        if self.services.context.take_grader_check is None:
            usable, why = False, self.tr("The grader check is not available in this build.")
        elif not settings.llm.base_url:
            usable, why = (
                False,
                self.tr("Offline mode: there is no LLM to check. Choose a provider first."),
            )
        else:
            usable, why = True, self._explained()
        self.button.setEnabled(usable and not self._running)
        self.button.setToolTip(why)
        if not settings.llm.base_url:
            self.result.clear()

    def _explained(self) -> str:
        return self.tr(
            "The model scores 12 answers of known quality (a minute or two). If it ranks them "
            "right, its scores are believed. Like Test connection, it uses the endpoint, model "
            "and key as typed above; the result counts once they are saved."
        )

    def refresh(self) -> None:
        """Show the stored check for the typed endpoint and model (read in a worker)."""
        settings, _key = self._typed()
        lookup = self.services.context.latest_grader_check
        if self._running or lookup is None or not settings.llm.base_url:
            return
        self._asked += 1
        asked = self._asked
        self._task = run_task(
            lambda: lookup(settings),
            on_done=lambda check: self._show(check, asked),
            on_error=lambda error: log.warning("grader check lookup failed: %s", error),
            owner=self,
        )

    def _show(self, check: GraderCheck | None, asked: int) -> None:
        if asked != self._asked:
            return
        if check is None:
            text = self.tr(
                "Not checked yet: this model's scores are held near the offline estimate."
            )
        else:
            from agent.grader_check import describe

            text = describe(check, ui_language())
        if self._unsaved():
            text += "\n" + self.tr(
                "(For the endpoint and model typed above, not saved yet: it counts once you save.)"
            )
        self.result.setText(text)

    # ---- the check --------------------------------------------------------------------
    def _on_check(self) -> None:
        settings, key = self._typed()
        take = self.services.context.take_grader_check
        if take is None or not settings.llm.base_url:
            return
        self._running = True
        self._asked += 1
        self.button.setEnabled(False)
        self.result.setText(self.tr("Scoring exam answers…"))

        def check(report: Callable[[Any], None]) -> GraderCheck:
            def on_answer(done: int, total: int) -> None:
                report((done, total))

            return take(settings, None, on_answer, key or None)

        self._task = run_task(
            check,
            on_done=self._on_checked,
            on_error=self._on_check_failed,
            on_progress=self._on_progress,
            owner=self,
        )

    def _on_progress(self, progress: tuple[int, int]) -> None:
        done, total = progress
        text = self.tr("Scoring exam answers %1/%2…")
        self.result.setText(text.replace("%1", str(done)).replace("%2", str(total)))

    def _on_checked(self, check: GraderCheck) -> None:
        self._finish()
        self.services.reset("interviewer")  # the next interview is built with the new trust
        self._show(check, self._asked)

    def _on_check_failed(self, error: BaseException) -> None:
        self._finish()
        log.warning("grader check failed: %s", error)
        text = self.tr("The grader check could not be finished, nothing was kept: %1")
        self.result.setText(text.replace("%1", str(error)))

    def _finish(self) -> None:
        self._running = False
        self.endpoint_changed()
