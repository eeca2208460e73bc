"""Interview: start, a streaming chat transcript, typed or spoken answers, score cards.

The view holds no interview logic: it forwards the candidate's answers to
`agent.Interviewer.run` in a worker and draws the events it yields.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop._chat import Bubble
from desktop._endpoint_check import EndpointGate
from desktop._feedback import FeedbackCards
from desktop._interview_widgets import DraftAutosave, DraftStore, Stopwatch, clock, time_spent
from desktop._report_card import ReportCard
from desktop._resume_panel import WelcomePanel
from desktop._scoring_status import ScoringStatus
from desktop._services import Services
from desktop._session_page import SessionPage
from desktop._start_dialog import StartDialog
from desktop._tasks import run_task
from desktop._unsent_answer import ask_about_unsent_answer

if TYPE_CHECKING:
    from agent import (
        Answer,
        AwaitingAnswer,
        Finished,
        Interviewer,
        InterviewEvent,
        QuestionAsked,
        QuestionDelta,
        ScoreReady,
        SessionRecord,
        StageChanged,
        Turn,
    )

log = logging.getLogger(__name__)


class InterviewView(QWidget):
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
        self._task: Any = None
        self._asked = threading.Event()  # the current step has asked; it only waits for scores
        self._end_after_send = False
        self._offline = False  # this session runs without the LLM (the user's choice)
        self._bubbles: dict[str, Bubble] = {}
        self.session_clock, self.answer_clock = Stopwatch(), Stopwatch()
        self.drafts = DraftStore(services.context.home / "drafts")
        self.endpoint = EndpointGate(self, services)
        self.voice: Any = None  # the VoicePanel, built on the first voice interview
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
        self.autosave = DraftAutosave(self.drafts, self.answer_box, lambda: self.session_id)

    # ---- layout -------------------------------------------------------------------------
    def _build_session_page(self) -> QWidget:
        page = SessionPage()
        self.stage_bar, self.transcript, self.status = page.stage_bar, page.transcript, page.status
        self.mode_label, self.voice_slot = page.mode_label, page.voice_slot
        self.session_timer, self.answer_timer = page.session_timer, page.answer_timer
        self.pause_button, self.end_button = page.pause_button, page.end_button
        self.new_button, self.send_button = page.new_button, page.send_button
        self.answer_box = page.answer_box
        self.feedback = FeedbackCards(self.transcript, self.tr("Feedback"), self.retry_score)
        self.scoring = ScoringStatus(
            self.transcript, lambda: self.services.settings.llm.timeout_s, parent=self
        )
        self.pause_button.clicked.connect(self.pause)
        self.end_button.clicked.connect(self.end_early)
        self.new_button.clicked.connect(lambda: self.open_start_dialog())
        self.answer_box.submitted.connect(self.send_answer)
        self.send_button.clicked.connect(self.send_answer)
        self._set_answering(False)
        return page

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
        if interview.input != options.input:  # "Answer by" stays as chosen next time
            interview.input = options.input
            try:
                self.services.save_settings()
            except Exception as exc:  # not worth stopping the interview for
                log.warning("could not remember the answer mode: %s", exc)
        self.start(options)

    def start(self, options: Any) -> None:
        """Check the LLM endpoint (when one is set), then start the session."""
        self._offline = False
        self._begin(options)
        self.status.setText(self.tr("Checking the LLM endpoint…"))
        self._task = self.endpoint.check(
            lambda offline: self._start_session(options, offline),
            lambda: self._close_session(show_welcome=True),
        )

    def _interviewer(self) -> Interviewer:
        """Worker: the session's interviewer (offline when the user chose so at the start)."""
        return self.services.offline_interviewer() if self._offline else self.services.interviewer()

    def _start_session(self, options: Any, offline: bool) -> None:
        self._offline = offline
        if offline:
            self.mode_label.setText(self.mode_label.text() + " · " + self.tr("offline"))
        self.status.setText(self.tr("Preparing the interview…"))
        self._task = run_task(
            lambda: self._interviewer().start(options),
            on_done=self._on_started,
            on_error=self._on_failed,
            owner=self,
        )

    def _begin(self, options: Any) -> None:
        self.options = options
        self.transcript.clear()
        self._bubbles.clear()
        self.feedback.clear()
        self.scoring.clear()
        self.session_clock.reset()
        self.stage_bar.set_stages(list(options.stages))
        self.stage_bar.set_current(options.stages[0] if options.stages else "")
        practice = options.mode == "practice"
        self.mode_label.setText(self.tr("Practice") if practice else self.tr("Mock interview"))
        self._ensure_voice(options.input == "voice")
        for widget in (self.pause_button, self.end_button, self.answer_box, self.send_button):
            widget.show()
        self.pause_button.setEnabled(True)
        self.end_button.setEnabled(True)
        self._set_answering(False)  # until the first question is asked
        self.new_button.hide()
        self.status.setText("")
        self.pages.setCurrentIndex(1)
        self._tick.start()

    def _on_started(self, session_id: str) -> None:
        self.session_id = session_id
        self.session_clock.start()
        self._advance(None)

    def resume(self, session_id: str) -> None:
        """Continue a paused (or crashed) session where it stopped."""
        self._offline = False
        self.status.setText(self.tr("Resuming…"))
        self._task = run_task(
            lambda: self.services.interviewer().store.get(session_id),
            on_done=self._on_resume_loaded,
            on_error=self._on_failed,
            owner=self,
        )

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
        self._set_answering(False)
        thinking = self.tr("The interviewer is thinking…")
        self.status.setText(self.scoring.describe(thinking, besides=self.turn_id))
        self._drive(lambda interviewer: interviewer.run(session_id, answer), stoppable=True)

    def _drive(
        self, events: Callable[[Interviewer], Iterator[InterviewEvent]], *, stoppable: bool
    ) -> None:
        """Iterate the interviewer's events in a worker, drawing each on the GUI thread.
        An unstoppable step (ending) runs to the end even when cancelled: the report is
        written. A step that has asked its question only waits for scores (it touches the
        graph no more): the next step starts at once and both deliver scores."""
        previous, previous_asked = self._task, self._asked
        asked = self._asked = threading.Event()

        def drive(report: Any, cancel: Any) -> None:
            if previous is not None and not previous_asked.is_set():
                previous.wait(120_000)  # a cancelled step of this session returns first
            for event in events(self._interviewer()):
                if stoppable:
                    cancel.raise_if_cancelled()
                if event.type == "awaiting_answer":
                    asked.set()
                report(event)

        self._task = run_task(
            drive,  # an earlier step ending after this one has started changes nothing
            on_done=lambda result: self._on_run_done(result) if self._asked is asked else None,
            on_error=lambda error: (
                self._on_failed(error) if self._asked is asked else log.warning("%s", error)
            ),
            on_progress=self._on_event,
            owner=self,
        )

    def _on_event(self, event: InterviewEvent) -> None:
        from agent import (
            AwaitingAnswer,
            Finished,
            QuestionAsked,
            QuestionDelta,
            ScoreReady,
            StageChanged,
        )

        match event:
            case QuestionDelta():
                self._on_question_delta(event)
            case QuestionAsked():
                self._on_question_asked(event)
            case AwaitingAnswer():
                self._on_awaiting_answer(event)
            case ScoreReady():
                self._on_score_ready(event)
            case StageChanged():
                self._on_stage_changed(event)
            case Finished():
                self._on_finished(event)
        self.event_handled.emit(event.type)

    def _on_question_delta(self, event: QuestionDelta) -> None:
        bubble = self._bubbles.get(event.turn_id)
        if bubble is None:
            self.status.setText("")
            bubble = self.transcript.add_message("interviewer", self.tr("Interviewer"), "")
            self._bubbles[event.turn_id] = bubble
            self.transcript.follow(bubble)  # the new question stays in view
        bubble.append(event.text)

    def _on_question_asked(self, event: QuestionAsked) -> None:
        bubble = self._bubbles.get(event.turn_id)
        if bubble is None:
            bubble = self.transcript.add_message("interviewer", self.tr("Interviewer"), "")
            self._bubbles[event.turn_id] = bubble
        bubble.setText(event.text)
        self.transcript.follow(bubble)
        self.stage_bar.set_current(event.stage)
        self.turn_id = event.turn_id
        if self.voice is not None and self.voice.isVisible():
            self.voice.stage = event.stage
            self.voice.speak(event.text, self.options.language)

    def _on_awaiting_answer(self, event: AwaitingAnswer) -> None:
        self.turn_id = event.turn_id
        if self.voice is not None:
            self.voice.set_turn(event.turn_id)  # a late transcript of the last one is dropped
        self.status.setText("")
        self.answer_clock.reset()
        self.answer_clock.start()
        draft = self.drafts.load(self.session_id or "")
        if draft and not self.answer_box.toPlainText():
            self.answer_box.setPlainText(draft)
        self._set_answering(True)

    def _on_stage_changed(self, event: StageChanged) -> None:
        self.stage_bar.set_current(event.stage)

    def _on_score_ready(self, event: ScoreReady) -> None:
        self.scoring.finished(event.turn_id)
        self.feedback.show(event.turn_id, event.score, bool(event.visible))

    def _on_finished(self, event: Finished) -> None:
        self.stage_bar.set_current("wrap_up")
        self.feedback.show_held()
        report_card = ReportCard(event.report)
        finished = self.session_id or ""
        report_card.review_requested.connect(lambda: self.review_requested.emit(finished))
        self.transcript.add_widget(report_card, self.tr("Report"))
        self.transcript.follow(report_card)
        if self.session_id:
            self.drafts.clear(self.session_id)
        self._close_session(show_welcome=False)

    def _on_run_done(self, _result: Any) -> None:
        self._task = None
        if self._end_after_send:
            self._end_after_send = False
            self._end_now()
            return
        if self.session_id is not None and not self.answer_box.isEnabled():
            self.status.setText("")

    def _on_failed(self, error: BaseException) -> None:
        self._task = None
        self._end_after_send = False
        log.error("interview step failed: %s", error, exc_info=error)
        self.status.setText("")
        message = self.tr("The interview could not continue: %1").replace("%1", str(error))
        if self.session_id is not None:
            self._set_answering(True)
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
        if not text or self.session_id is None or not self.send_button.isEnabled():
            return
        self.answer_clock.stop()
        answer = self._build_answer(text)
        bubble = self.transcript.add_message("candidate", self.tr("You"), text)
        self.feedback.answered(self.turn_id or "", bubble, answer)
        self.scoring.started(self.turn_id or "", bubble, self.options.mode == "practice")
        self.transcript.follow(bubble)  # the answer, then its feedback below it
        self.save_draft()
        self.answer_box.blockSignals(True)
        self.answer_box.clear()
        self.answer_box.blockSignals(False)
        self.drafts.clear(self.session_id)
        self._advance(answer)

    def _build_answer(self, text: str) -> Any:
        from agent import Answer

        extra = self.voice.take_answer_extras(text) if self.voice is not None else {}
        return Answer(text=text, seconds=round(self.answer_clock.seconds, 1), **extra)

    def _set_answering(self, enabled: bool) -> None:
        self.answer_box.setEnabled(enabled)
        self.send_button.setEnabled(enabled)
        if self.voice is not None:
            self.voice.setEnabled(enabled)
        if enabled:
            self.answer_box.setFocus()

    def save_draft(self) -> None:
        self.autosave.save()

    def retry_score(self, turn_id: str) -> None:
        self.feedback.set_retrying(turn_id)
        session_id = self.session_id or ""
        run_task(
            lambda: self._interviewer().retry_score(session_id, turn_id),
            on_done=lambda score: self.feedback.show(turn_id, score, True),
            on_error=self._on_failed,
            owner=self,
        )

    # ---- pause, end, close --------------------------------------------------------------
    def pause(self) -> None:
        """Stop here; the session is checkpointed and offered for resuming."""
        self.save_draft()
        self.scoring.clear()  # its timer must not outlive the window
        if self._task is not None:
            self._task.cancel()
        self._notify(self.tr("Interview paused. Resume it from the Interview page."), "info")
        self._close_session(show_welcome=True)

    def end_early(self) -> None:
        """End now; an answer typed or transcribed but not sent is asked about first."""
        if self.session_id is None:
            return
        if self.answer_box.isEnabled() and self.answer_box.toPlainText().strip():
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
            self.answer_box.clear()
            self.drafts.clear(self.session_id)
            self._end_now()

    def _end_now(self) -> None:
        if self.session_id is None:
            return
        session_id = self.session_id
        self.save_draft()
        if self._task is not None and not self._asked.is_set():  # else: let it deliver scores
            self._task.cancel()
        self._set_answering(False)
        ending = self.tr("Ending the interview and writing the report…")
        self.status.setText(self.scoring.describe(ending))
        self._drive(lambda interviewer: interviewer.end_early(session_id), stoppable=False)

    def _close_session(self, show_welcome: bool) -> None:
        self.session_clock.stop()
        self.answer_clock.stop()
        self._tick.stop()
        self._on_tick()
        self._set_answering(False)
        self.scoring.clear()
        if self.voice is not None:
            self.voice.stop()
        self.session_id = None
        self.turn_id = None
        self.status.setText("")
        self.welcome.refresh()
        self.pages.setCurrentIndex(0 if show_welcome else 1)
        for widget in (self.pause_button, self.end_button, self.answer_box, self.send_button):
            widget.hide()
        self.new_button.show()
        self.session_saved.emit()

    def _on_tick(self) -> None:
        self.session_timer.setText(clock(self.session_clock.seconds))
        self.answer_timer.setText(clock(self.answer_clock.seconds))

    def _ensure_voice(self, wanted: bool) -> None:
        if wanted and self.voice is None:
            from desktop._voice_panel import VoicePanel

            self.voice = VoicePanel(self.services, self.answer_box, self._notify)
            self.voice_slot.addWidget(self.voice)
        if self.voice is not None:
            self.voice.setVisible(wanted)
            if wanted:
                self.voice.preload()

    def shutdown(self) -> None:
        """The window is closing: keep the draft, stop workers and the microphone."""
        self.save_draft()
        if self._task is not None:
            self._task.cancel()
        if self.voice is not None:
            self.voice.stop()
