"""What becomes of a finished take: the wait for its final text (with Stop waiting and a
time budget), then the text in the answer box with the take's voice details.

Mixed into VoicePanel (desktop._voice_panel), which records the takes; a file answered
from (desktop._answer_file) is waited for and pasted the same way.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from desktop._answer_file import file_waiting_line
from desktop._tr import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QPushButton

    from desktop._takes import Recorded
    from desktop._transcription_wait import Take, TranscriptionWait

log = logging.getLogger(__name__)


class TakeResults:
    """Waiting for a take's text and putting it in the box. The panel's attributes below
    are its own."""

    mic_button: QPushButton
    file_button: QPushButton
    cancel_button: QPushButton
    live_text: QLabel
    answer_box: Any
    wait: TranscriptionWait
    turn_id: str | None
    transcript_ready: Any
    takes_went_on: Any
    _stop_note: str
    _extras: dict[str, Any]
    _answer_so_far: Recorded | None

    def _show_waiting(self, seconds: int) -> None:
        self.mic_button.setEnabled(False)
        self.file_button.setEnabled(False)
        self.mic_button.setToolTip(tr("Wait for the transcription, or press Stop waiting"))
        self.cancel_button.show()
        take = self.wait.current
        if take is not None and take.file:
            self.live_text.setText(file_waiting_line(take, seconds))
            return
        self.live_text.setText(
            tr("Transcribing… %1 s (Stop waiting to speak or type again)").replace(
                "%1", str(seconds)
            )
        )

    def _end_waiting(self, message: str) -> None:
        self.cancel_button.hide()
        self.mic_button.setEnabled(True)
        self.file_button.setEnabled(True)
        self.mic_button.setToolTip("")
        self.live_text.setText(message)

    def _on_wait_ticked(self, seconds: int) -> None:
        self._show_waiting(seconds)

    def cancel_transcription(self) -> None:
        """The candidate stops waiting: the text that arrives later is dropped."""
        if self.wait.drop() is not None:
            self._end_waiting(tr("Transcription cancelled. Speak again or type your answer."))

    def _on_wait_timed_out(self, take: Take) -> None:
        """Past the budget: offer the text heard so far instead of waiting on."""
        log.warning("transcription took over %.0f s; offering the partial text", take.budget_s)
        heard = partial_text(take.live)
        budget = str(round(take.budget_s))
        if heard and take.turn_id == self.turn_id:
            self._paste(heard, self._extras or {"source": "voice"})  # earlier takes stay
            message = tr(
                "Transcription took over %1 s, so it was stopped; the text heard so far is in "
                "the box. Check it."
            )
        else:
            message = tr(
                "Transcription took over %1 s, so it was stopped. Speak again or type your answer."
            )
        self._end_waiting(message.replace("%1", budget))

    def _on_transcribed(self, take: Take, result: tuple[Recorded, str, Any]) -> None:
        if not self.wait.accepts(take):
            log.info("dropped the transcript of take %d: nobody waits for it", take.number)
            return
        answer, text, audio_path = result
        if take.turn_id != self.turn_id:  # the interview moved on meanwhile
            log.info("dropped a transcript recorded for question %s", take.turn_id)
            self._end_waiting("")
            return
        check = tr("Check the text, correct it if needed, then send.")
        if answer.takes > 1:
            joined = tr("Take %1 was added: the recording and metrics cover every take. ")
            check = joined.replace("%1", str(answer.takes)) + check
        self._end_waiting(self._stop_note + check)
        extras = {
            "source": "file" if answer.from_file else "voice",  # agent.Answer keeps it honest
            "audio_path": str(audio_path) if audio_path else None,
            "metrics": answer.transcript.metrics.model_dump(mode="json"),
        }
        self._answer_so_far = answer
        self._paste(text, extras)
        self.transcript_ready.emit(text)
        self.takes_went_on.emit()

    def _paste(self, text: str, extras: dict[str, Any]) -> None:
        existing = self.answer_box.toPlainText().strip()
        self.answer_box.setPlainText(f"{existing}\n{text}".strip() if existing else text)
        self._extras = extras

    def _on_finish_failed(self, take: Take, error: BaseException) -> None:
        if self.wait.accepts(take):
            self._end_waiting("")
            self._on_voice_failed(error)

    # the panel's own (see desktop._voice_panel)
    def _on_voice_failed(self, error: BaseException) -> None:
        raise NotImplementedError


def partial_text(live: Any) -> str:
    """The text heard so far in a take; "" when the transcriber cannot say."""
    try:
        return str(live.partial_text()).strip()
    except Exception as exc:  # a broken transcriber must not break the give-up path
        log.warning("no partial text: %s", exc)
        return ""
