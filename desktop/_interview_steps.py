"""The Interview page's worker side: which interviewer runs the session, and its steps.

Each step (start, resume, answer, end, retry a score) runs in a worker through
`run_task`; the interview's events come back to the GUI thread one by one. The view
draws them; nothing here touches a widget.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from desktop._services import Services
from desktop._tasks import run_task

if TYPE_CHECKING:
    from agent import Interviewer, InterviewEvent

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class InterviewSteps:
    """`drive` hands every event to `on_event`, and the step's end to `on_step_done` or
    `on_step_failed` (only the latest step's: an earlier one finishing late says nothing)."""

    def __init__(
        self,
        services: Services,
        owner: Any,
        on_event: Done,
        on_step_done: Done,
        on_step_failed: Failed,
    ) -> None:
        self.services = services
        self.owner = owner  # the view: its workers are waited for when it goes
        self._on_event, self._on_done, self._on_failed = on_event, on_step_done, on_step_failed
        self.offline = False  # this session runs without the LLM (the user's choice)
        self.task: Any = None
        self._asked = threading.Event()  # the current step has asked; it only waits for scores

    def interviewer(self) -> Interviewer:
        """Worker: the session's interviewer (offline when the user chose so at the start)."""
        return self.services.offline_interviewer() if self.offline else self.services.interviewer()

    def start(self, options: Any, on_done: Done, on_error: Failed) -> None:
        self.task = run_task(
            lambda: self.interviewer().start(options),
            on_done=on_done,
            on_error=on_error,
            owner=self.owner,
        )

    def load(self, session_id: str, on_done: Done, on_error: Failed) -> None:
        """A stored session (to resume it): always through the configured interviewer."""
        self.offline = False
        self.task = run_task(
            lambda: self.services.interviewer().store.get(session_id),
            on_done=on_done,
            on_error=on_error,
            owner=self.owner,
        )

    def retry_score(self, session_id: str, turn_id: str, on_done: Done, on_error: Failed) -> None:
        run_task(
            lambda: self.interviewer().retry_score(session_id, turn_id),
            on_done=on_done,
            on_error=on_error,
            owner=self.owner,
        )

    def drive(
        self, events: Callable[[Interviewer], Iterator[InterviewEvent]], *, stoppable: bool
    ) -> None:
        """Iterate the interviewer's events in a worker, handing each to `on_event` on the
        GUI thread. An unstoppable step (ending) runs to the end even when cancelled: the
        report is written. A step that has asked its question only waits for scores (it
        touches the graph no more): the next step starts at once and both deliver scores."""
        previous, previous_asked = self.task, self._asked
        asked = self._asked = threading.Event()

        def drive(report: Any, cancel: Any) -> None:
            if previous is not None and not previous_asked.is_set():
                previous.wait(120_000)  # a cancelled step of this session returns first
            for event in events(self.interviewer()):
                if stoppable:
                    cancel.raise_if_cancelled()
                if event.type == "awaiting_answer":
                    asked.set()
                report(event)

        self.task = run_task(
            drive,  # an earlier step ending after this one has started changes nothing
            on_done=lambda result: self._on_done(result) if self._asked is asked else None,
            on_error=lambda error: (
                self._on_failed(error) if self._asked is asked else log.warning("%s", error)
            ),
            on_progress=self._on_event,
            owner=self.owner,
        )

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def cancel_unasked(self) -> None:
        """Stop a step that has not asked yet; one that has asked goes on delivering scores."""
        if self.task is not None and not self._asked.is_set():
            self.task.cancel()
