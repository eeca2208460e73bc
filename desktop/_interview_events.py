"""Drawing what the interviewer yields: the question streamed into its bubble, the stage
strip, the answer box opened, score cards, and the report at the end.

Mixed into InterviewView (desktop._interview_view), which drives the interview and
hands each event here on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop._report_card import ReportCard
from desktop._tr import tr

if TYPE_CHECKING:
    from agent import (
        AwaitingAnswer,
        Finished,
        InterviewEvent,
        QuestionAsked,
        QuestionDelta,
        ScoreReady,
        StageChanged,
    )
    from desktop._answer_input import AnswerInput
    from desktop._chat import Bubble
    from desktop._feedback import FeedbackCards
    from desktop._scoring_status import ScoringStatus


class InterviewEvents:
    """One slot per interview event. The view's attributes below are its own."""

    session_id: str | None
    turn_id: str | None
    options: Any
    transcript: Any
    status: Any
    stage_bar: Any
    answers: AnswerInput
    feedback: FeedbackCards
    scoring: ScoringStatus
    review_requested: Any
    event_handled: Any
    _bubbles: dict[str, Bubble]

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
            bubble = self.transcript.add_message("interviewer", tr("Interviewer"), "")
            self._bubbles[event.turn_id] = bubble
            self.transcript.follow(bubble)  # the new question stays in view
        bubble.append(event.text)

    def _on_question_asked(self, event: QuestionAsked) -> None:
        bubble = self._bubbles.get(event.turn_id)
        if bubble is None:
            bubble = self.transcript.add_message("interviewer", tr("Interviewer"), "")
            self._bubbles[event.turn_id] = bubble
        bubble.setText(event.text)
        self.transcript.follow(bubble)
        self.stage_bar.set_current(event.stage)
        self.turn_id = event.turn_id
        self.answers.speak(event.text, event.stage, self.options.language)

    def _on_awaiting_answer(self, event: AwaitingAnswer) -> None:
        self.turn_id = event.turn_id
        self.status.setText("")
        self.answers.open(event.turn_id)

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
        self.transcript.add_widget(report_card, tr("Report"))
        self.transcript.follow(report_card)
        if self.session_id:
            self.answers.drafts.clear(self.session_id)
        self._close_session(show_welcome=False)

    # the view's own (see desktop._interview_view)
    def _close_session(self, show_welcome: bool) -> None:
        raise NotImplementedError
