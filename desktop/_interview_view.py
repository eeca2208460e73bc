"""Interview: start, a streaming chat transcript, typed or spoken answers, score cards.

The view holds no interview logic: it forwards the candidate's answers to
`agent.Interviewer.run` in a worker (desktop._interview_steps) and draws the events it
yields (desktop._interview_events); the answer box, voice panel and draft are
desktop._answer_input's.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop._answer_input import AnswerInput
from desktop._chat import Bubble
from desktop._endpoint_check import EndpointGate
from desktop._feedback import FeedbackCards
from desktop._interview_events import InterviewEvents
from desktop._interview_steps import InterviewSteps
from desktop._interview_widgets import Stopwatch, clock, time_spent
from desktop._resume_panel import WelcomePanel
from desktop._scoring_status import ScoringStatus
from desktop._services import Services
from desktop._session_page import SessionPage
from desktop._start_dialog import StartDialog, proposed_language
from desktop._unsent_answer import ask_about_unsent_answer

if TYPE_CHECKING:
    from agent import Answer, SessionRecord, Turn

log = logging.getLogger(__name__)


class InterviewView(InterviewEvents, QWidget):
    session_saved = Signal()  # a session finished or paused: the Review list changed
    review_requested = Signal(str)  # "Open in Review" on the report of this session id
    event_handled = Signal(str)  # the type of each interview event drawn (tests wait on it)

    def __init__(self, services: Services, notify: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._notify = notify
        self.session_id: str | None = None
        self.options: Any = None
        self.turn_id: str | None = None
        self.steps = InterviewSteps(
            services,
            self,
            self._on_event,
            on_step_done=self._on_run_done,
            on_step_failed=self._on_failed,
        )
        self._end_after_send = False
        self._bubbles: dict[str, Bubble] = {}
        self.session_clock = Stopwatch()
        self.endpoint = EndpointGate(self, services)
        self.pages = QStackedWidget(self)
        self.welcome = WelcomePanel(services, self)
        self.welcome.start_requested.connect(self.open_start_dialog)
        self.welcome.resume_requested.connect(self.resume)
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self._build_session_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.pages)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)

    # ---- layout -------------------------------------------------------------------------
    def _build_session_page(self) -> QWidget:
        page = self.page = SessionPage()
        self.stage_bar, self.transcript, self.status = page.stage_bar, page.transcript, page.status
        self.mode_label = page.mode_label
        self.session_timer, self.answer_timer = page.session_timer, page.answer_timer
        self.pause_button, self.end_button = page.pause_button, page.end_button
        self.new_button, self.send_button = page.new_button, page.send_button
        self.answer_box = page.answer_box
        self.answers = AnswerInput(self.services, page, lambda: self.session_id, self._notify)
        self.feedback = FeedbackCards(
            self.transcript,
            self.tr("Feedback"),
            self.retry_score,
            estimate=self._scored_offline,
            language=lambda: getattr(self.options, "language", None),
        )
        self.scoring = ScoringStatus(
            self.transcript, lambda: self.services.settings.llm.timeout_s, parent=self
        )
        self.pause_button.clicked.connect(self.pause)
        self.end_button.clicked.connect(self.end_early)
        self.new_button.clicked.connect(lambda: self.open_start_dialog())
        self.answer_box.submitted.connect(self.send_answer)
        self.send_button.clicked.connect(self.send_answer)
        self.answers.set_enabled(False)
        return page

    def banner_slot(self) -> Any:
        """Where the window's messages go on the page shown (desktop._banner)."""
        return getattr(self.pages.currentWidget(), "banner_slot", None)

    def _scored_offline(self) -> bool:
        """No LLM scores this session: none is set, or the user chose to start offline."""
        return self.steps.offline or not self.services.settings.llm.base_url

    # ---- starting and resuming ----------------------------------------------------------
    def services_ready(self) -> None:
        self.welcome.refresh()

    def open_start_dialog(self, focus_topics: list[str] | None = None) -> None:
        if self.session_id is not None:
            self._notify(self.tr("Finish or pause the current interview first."), "warning")
            return
        dialog = StartDialog(self.services.settings.interview, focus_topics, self)
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._on_start_chosen(dialog.options()))
        dialog.open()
        self.start_dialog = dialog

    def _on_start_chosen(self, options: Any) -> None:
        interview = self.services.settings.interview
        changed = interview.input != options.input  # "Answer by" stays as chosen next time
        interview.input = options.input
        # a language picked against the proposal is a choice: kept; the proposal taken as
        # it was leaves the setting unchosen, so it goes on following the window's language
        if options.language != proposed_language(interview):
            changed, interview.language = True, options.language
        if changed:
            try:
                self.services.save_settings()
            except Exception as exc:  # not worth stopping the interview for
                log.warning("could not remember the interview choices: %s", exc)
        self.start(options)

    def start(self, options: Any) -> None:
        """Check the LLM endpoint (when one is set), then start the session."""
        self.steps.offline = False
        self._begin(options)
        self.status.setText(self.tr("Checking the LLM endpoint…"))
        self.steps.task = self.endpoint.check(
            lambda offline: self._start_session(options, offline),
            lambda: self._close_session(show_welcome=True),
        )

    def _start_session(self, options: Any, offline: bool) -> None:
        self.steps.offline = offline
        if offline:
            self.mode_label.setText(self.mode_label.text() + " · " + self.tr("offline"))
        self.status.setText(self.tr("Preparing the interview…"))
        self.steps.start(options, on_done=self._on_started, on_error=self._on_failed)

    def _begin(self, options: Any) -> None:
        self.options = options
        self.transcript.clear()
        self._bubbles.clear()
        self.feedback.clear()
        self.scoring.clear()
        self.session_clock.reset()
        self.answers.clock.reset()  # "Answer 01:15" of the last interview showed till a question
        self._on_tick()
        self.stage_bar.set_stages(list(options.stages))
        self.stage_bar.set_current(options.stages[0] if options.stages else "")
        practice = options.mode == "practice"
        self.mode_label.setText(self.tr("Practice") if practice else self.tr("Mock interview"))
        self.answers.use_voice(options.input == "voice", options.language)
        self.page.show_running(True)
        self.answers.set_enabled(False)  # until the first question is asked
        self.status.setText("")
        self.pages.setCurrentIndex(1)
        self._tick.start()

    def _on_started(self, session_id: str) -> None:
        self.session_id = session_id
        self.session_clock.start()
        self._advance(None)

    def resume(self, session_id: str) -> None:
        """Continue a paused (or crashed) session where it stopped."""
        self.status.setText(self.tr("Resuming…"))
        self.steps.load(session_id, on_done=self._on_resume_loaded, on_error=self._on_failed)

    def _on_resume_loaded(self, record: SessionRecord) -> None:
        self._begin(record.options)
        self.session_id = record.id
        for turn in record.turns:
            self._show_past_turn(turn)
        self.session_clock.start(already=time_spent(record))  # the clock goes on
        self._advance(None)

    def _show_past_turn(self, turn: Turn) -> None:
        self._bubbles[turn.turn_id] = self.transcript.add_message(
            "interviewer", self.tr("Interviewer"), turn.question
        )
        self.stage_bar.set_current(turn.stage)
        if turn.answer is not None:
            bubble = self.transcript.add_message("candidate", self.tr("You"), turn.answer.text)
            self.feedback.answered(turn.turn_id, bubble, turn.answer)
            if turn.score is None:  # scored again now: its first scoring died with the app
                self.scoring.started(turn.turn_id, bubble, self.options.mode == "practice")
        if turn.score is not None:
            self.feedback.show(turn.turn_id, turn.score, self.options.mode == "practice")

    # ---- the interview loop -------------------------------------------------------------
    def _advance(self, answer: Answer | None) -> None:
        """Hand the answer (None at the start) to the interviewer and draw what it yields."""
        session_id = self.session_id
        if session_id is None:  # no session begun: nothing to hand the answer to
            return
        self.answers.set_enabled(False)
        thinking = self.tr("The interviewer is thinking…")
        self.status.setText(self.scoring.describe(thinking, besides=self.turn_id))
        self.steps.drive(lambda interviewer: interviewer.run(session_id, answer), stoppable=True)

    def _on_run_done(self, _result: Any) -> None:
        self.steps.task = None
        if self._end_after_send:
            self._end_after_send = False
            self._end_now()
            return
        if self.session_id is not None and not self.answer_box.isEnabled():
            self.status.setText("")

    def _on_failed(self, error: BaseException) -> None:
        self.steps.task = None
        self._end_after_send = False
        log.error("interview step failed: %s", error, exc_info=error)
        self.status.setText("")
        message = self.tr("The interview could not continue: %1").replace("%1", str(error))
        if self.session_id is not None:
            self.answers.set_enabled(True)
            self._notify(message, "error", (self.tr("Try again"), self._retry_step))
        else:
            self._notify(message, "error")
            self._close_session(show_welcome=True)

    def _retry_step(self) -> None:
        if self.session_id is not None:
            self._advance(None)

    # ---- answering ----------------------------------------------------------------------
    def send_answer(self) -> None:
        text = self.answer_box.toPlainText().strip()
        if not text or self.session_id is None or not self.answers.can_send():
            return
        turn_id = self.turn_id or ""
        answer = self.answers.take(text)
        bubble = self.transcript.add_message("candidate", self.tr("You"), text)
        self.feedback.answered(turn_id, bubble, answer)
        self.scoring.started(turn_id, bubble, self.options.mode == "practice")
        self.transcript.follow(bubble)  # the answer, then its feedback below it
        self._advance(answer)

    def save_draft(self) -> None:
        self.answers.save_draft()

    def retry_score(self, turn_id: str) -> None:
        self.feedback.set_retrying(turn_id)
        self.steps.retry_score(
            self.session_id or "",
            turn_id,
            on_done=lambda score: self.feedback.show(turn_id, score, True),
            on_error=self._on_failed,
        )

    # ---- pause, end, close --------------------------------------------------------------
    def pause(self) -> None:
        """Stop here; the session is checkpointed and offered for resuming."""
        self.save_draft()
        self.scoring.clear()  # its timer must not outlive the window
        self.steps.cancel()
        # shown on this page, under the unfinished interviews: "from the Interview page" misled
        self._notify(
            self.tr("Interview paused. Press Resume above to go on where you stopped."), "info"
        )
        self._close_session(show_welcome=True)

    def end_early(self) -> None:
        """End now; an answer typed or transcribed but not sent is asked about first."""
        if self.session_id is None:
            return
        if self.answers.has_unsent():
            self.unsent_question = ask_about_unsent_answer(self, self._on_unsent_choice)
            return
        self._end_now()

    def _on_unsent_choice(self, choice: str) -> None:
        if self.session_id is None:
            return
        if choice == "send":
            self._end_after_send = True  # ended once the answer is scored (_on_run_done)
            self.send_answer()
        elif choice == "discard":
            self.answers.discard()
            self._end_now()

    def _end_now(self) -> None:
        if self.session_id is None:
            return
        session_id = self.session_id
        self.save_draft()
        self.steps.cancel_unasked()  # a step that has asked goes on delivering scores
        self.answers.set_enabled(False)
        ending = self.tr("Ending the interview and writing the report…")
        self.status.setText(self.scoring.describe(ending))
        self.steps.drive(lambda interviewer: interviewer.end_early(session_id), stoppable=False)

    def _close_session(self, show_welcome: bool) -> None:
        self.session_clock.stop()
        self.answers.clock.stop()
        self._tick.stop()
        self._on_tick()
        self.answers.set_enabled(False)
        self.scoring.clear()
        self.answers.stop()
        self.answers.use_voice(False)  # Start speaking went on showing under the report
        self.session_id = None
        self.turn_id = None
        self.status.setText("")
        self.welcome.refresh()
        self.pages.setCurrentIndex(0 if show_welcome else 1)
        self.page.show_running(False)
        self.session_saved.emit()

    def _on_tick(self) -> None:
        self.session_timer.setText(clock(self.session_clock.seconds))
        self.answer_timer.setText(clock(self.answers.clock.seconds))

    def shutdown(self) -> None:
        """The window is closing: keep the draft, stop workers and the microphone."""
        self.save_draft()
        self.steps.cancel()
        self.answers.stop()
