"""The candidate's side of the Interview page: the answer box and Send, the voice panel, the
draft kept while typing, and the clock of the answer under way.

The view says when answering is open and takes the answer when it is sent; this keeps
the widgets, the draft and the voice panel in step with that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop._interview_widgets import DraftAutosave, DraftStore, Stopwatch
from desktop._services import Services
from desktop._session_page import SessionPage

if TYPE_CHECKING:
    from collections.abc import Callable

    from agent import Answer


class AnswerInput:
    def __init__(
        self, services: Services, page: SessionPage, session: Callable[[], str | None], notify: Any
    ) -> None:
        self.services = services
        box = self.box = page.answer_box
        self.send_button, self._voice_slot = page.send_button, page.voice_slot
        self._session, self._notify = session, notify
        self.clock = Stopwatch()
        self.drafts = DraftStore(services.context.home / "drafts")
        self.autosave = DraftAutosave(self.drafts, box, session)
        self.voice: Any = None  # the VoicePanel, built on the first voice interview

    def set_enabled(self, enabled: bool) -> None:
        self.box.setEnabled(enabled)
        self.send_button.setEnabled(enabled)
        if self.voice is not None:
            self.voice.setEnabled(enabled)
        if enabled:
            self.box.setFocus()

    def can_send(self) -> bool:
        return self.send_button.isEnabled()

    def has_unsent(self) -> bool:
        """An answer typed or transcribed, not sent, while answering is open."""
        return self.box.isEnabled() and bool(self.box.toPlainText().strip())

    def open(self, turn_id: str) -> None:
        """A question awaits its answer: the clock starts, a saved draft comes back."""
        if self.voice is not None:
            self.voice.set_turn(turn_id)  # a late transcript of the last one is dropped
        self.clock.reset()
        self.clock.start()
        draft = self.drafts.load(self._session() or "")
        if draft and not self.box.toPlainText():
            self.box.setPlainText(draft)
        self.set_enabled(True)

    def take(self, text: str) -> Answer:
        """The answer being sent (with the voice panel's recording and delivery, if any);
        the box is emptied and the draft forgotten."""
        from agent import Answer

        self.clock.stop()
        extra = self.voice.take_answer_extras(text) if self.voice is not None else {}
        answer = Answer(text=text, seconds=round(self.clock.seconds, 1), **extra)
        self.save_draft()
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        self.drafts.clear(self._session() or "")
        return answer

    def discard(self) -> None:
        self.box.clear()
        self.drafts.clear(self._session() or "")

    def save_draft(self) -> None:
        self.autosave.save()

    def use_voice(self, wanted: bool, language: str | None = None) -> None:
        """Show the voice panel for a voice interview (built the first time), else hide it;
        takes are transcribed in the interview's `language`."""
        if wanted and self.voice is None:
            from desktop._voice_panel import VoicePanel

            self.voice = VoicePanel(self.services, self.box, self._notify)
            self._voice_slot.addWidget(self.voice)
        if self.voice is not None:
            self.voice.session_language = language
            self.voice.setVisible(wanted)
            if wanted:
                self.voice.preload()

    def speak(self, text: str, stage: str, language: str) -> None:
        """Read a question aloud in a voice interview."""
        if self.voice is not None and self.voice.isVisible():
            self.voice.stage = stage
            self.voice.speak(text, language)

    def stop(self) -> None:
        """The session is over or paused: the clock and the microphone stop."""
        self.clock.stop()
        if self.voice is not None:
            self.voice.stop()
