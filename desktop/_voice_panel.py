"""Spoken answers: mic button, level meter, live partial transcript, editable final text.

The Recorder (desktop.audio) captures 16 kHz chunks; voice's IncrementalTranscriber
turns them into text while the candidate speaks. The final transcript lands in the
answer box, where it can be corrected before sending. Without a microphone the
panel says so and the typed box stays usable.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop._named import named
from desktop._services import Services
from desktop._tasks import run_task

log = logging.getLogger(__name__)


class VoicePanel(QWidget):
    partial = Signal(str)  # emitted from the transcriber's worker thread; Qt queues it over
    transcript_ready = Signal(str)

    def __init__(
        self, services: Services, answer_box: Any, notify: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from desktop.audio import LevelMeter, Recorder

        self.services = services
        self.answer_box = answer_box
        self._notify = notify
        self.recorder = Recorder(self, device_id=services.settings.voice.microphone)
        self.recorder.chunk.connect(self._on_chunk)
        self.recorder.level.connect(self._on_level)
        self.recorder.stopped.connect(self._on_stopped)
        self.recorder.error.connect(self._on_recorder_error)
        self.partial.connect(self._on_partial)
        self.stage = ""  # the interview stage now: technical answers get longer pauses
        self.test_source: Any = None  # tests stream a WAV through the same recorder path
        self._live: Any = None
        self._extras: dict[str, Any] = {}
        self._task: Any = None
        self.mic_button = QPushButton(self.tr("Start speaking"))
        self.mic_button.setCheckable(True)
        self.mic_button.clicked.connect(self._on_mic_clicked)
        self.meter = LevelMeter()
        self.meter.setFixedWidth(140)
        self.live_text = named(QLabel(), "muted")
        self.live_text.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mic_button)
        row.addWidget(self.meter)
        row.addWidget(self.live_text, 1)
        self._speaker: Any = None

    # ---- recording ------------------------------------------------------------------------
    def preload(self) -> None:
        """Load the speech model while the first question is written, not at the first answer."""
        if self.services.loaded("transcriber"):
            return
        self.live_text.setText(self.tr("Loading speech model…"))

        def load() -> None:
            transcriber = self.services.transcriber()
            if getattr(transcriber, "backend", "local") == "local":
                transcriber.load()

        self._preload_task = run_task(
            load, on_done=self._on_preloaded, on_error=self._on_voice_failed, owner=self
        )

    def _on_preloaded(self, _result: Any) -> None:
        if self._live is None and not self.recorder.is_recording:
            self.live_text.setText(self.tr("Speech model ready."))

    def _on_mic_clicked(self, checked: bool) -> None:
        if checked:
            self.start_recording()
        else:
            self.recorder.stop("user")

    def start_recording(self) -> None:
        """Load the speech model if needed (in a worker), then open the microphone."""
        if self.test_source is None:
            available, why = self.recorder.microphone_available()
            if not available:  # say so before loading a model nobody can speak to
                self.mic_button.setChecked(False)
                self._notify(why + " " + self.tr("You can type your answer."), "warning")
                return
        self.mic_button.setEnabled(False)
        self.live_text.setText(self.tr("Loading speech model…"))
        self._extras = {}
        language = self.services.settings.voice.language

        def prepare() -> Any:
            transcriber = self.services.transcriber()
            on_partial = self.partial.emit
            lang = None if language == "auto" else language
            return transcriber.incremental(language=lang, on_partial=on_partial)

        self._task = run_task(
            prepare, on_done=self._on_ready, on_error=self._on_voice_failed, owner=self
        )

    def _on_ready(self, live: Any) -> None:
        from desktop.audio import silence_stop_for_stage

        self._live = live
        self.mic_button.setEnabled(True)
        base = float(self.services.settings.voice.silence_stop_s)
        started = self.recorder.start(
            hands_free=True,
            silence_stop_s=silence_stop_for_stage(self.stage, base),  # thinking pauses
            source=self.test_source,
        )
        if not started:
            live.cancel()
            self._live = None
            self.mic_button.setChecked(False)
            return
        self.mic_button.setChecked(True)
        self.mic_button.setText(self.tr("Stop"))
        self.live_text.setText(self.tr("Listening…"))

    def _on_chunk(self, chunk: Any) -> None:
        if self._live is not None:
            try:
                self._live.feed(chunk)
            except Exception as exc:
                log.warning("feeding the transcriber failed: %s", exc)

    def _on_level(self, value: float) -> None:
        self.meter.set_level(value)

    def _on_partial(self, text: str) -> None:
        if self._live is not None and text:
            self.live_text.setText(text)

    def _on_stopped(self, reason: str) -> None:
        self.mic_button.setChecked(False)
        self.mic_button.setText(self.tr("Start speaking"))
        self.meter.reset()
        live, self._live = self._live, None
        if live is None:
            return
        audio = self.recorder.recorded()
        if reason == "cancel" or audio.size == 0:
            live.cancel()
            self.live_text.setText("")
            return
        self.live_text.setText(self.tr("Transcribing…"))
        self.mic_button.setEnabled(False)
        target = self.services.context.home / "audio" / f"answer-{time.time_ns()}.flac"
        self._task = run_task(
            lambda: _finish(live, audio, target),
            on_done=self._on_transcribed,
            on_error=self._on_voice_failed,
            owner=self,
        )

    def _on_transcribed(self, result: tuple[Any, Any]) -> None:
        transcript, audio_path = result
        self.mic_button.setEnabled(True)
        self.live_text.setText(self.tr("Check the text, correct it if needed, then send."))
        existing = self.answer_box.toPlainText().strip()
        text = f"{existing}\n{transcript.text}".strip() if existing else transcript.text
        self.answer_box.setPlainText(text)
        self._extras = {
            "source": "voice",
            "audio_path": str(audio_path) if audio_path else None,
            "metrics": transcript.metrics.model_dump(mode="json"),
        }
        self.transcript_ready.emit(transcript.text)

    def _on_voice_failed(self, error: BaseException) -> None:
        log.warning("voice answer failed: %s", error)
        self.mic_button.setEnabled(True)
        self.mic_button.setChecked(False)
        self.mic_button.setText(self.tr("Start speaking"))
        self.live_text.setText("")
        self._notify(
            self.tr("Speech could not be used: %1. You can type your answer.").replace(
                "%1", str(error)
            ),
            "warning",
        )

    def _on_recorder_error(self, message: str) -> None:
        self._on_voice_failed(RuntimeError(message))

    # ---- what the interview view asks -------------------------------------------------------
    def take_answer_extras(self, _text: str) -> dict[str, Any]:
        """Voice details of the answer being sent (empty when it was typed)."""
        extras, self._extras = self._extras, {}
        self.live_text.setText("")
        return extras

    def speak(self, text: str, language: str) -> None:
        """Read the question aloud when a voice is available (never required)."""
        from desktop.audio import Speaker, connect_barge_in

        voice = self.services.settings.voice
        if self._speaker is None or self._speaker.language != language:
            if self._speaker is not None:
                self._speaker.stop()
            self._speaker = Speaker(
                self,
                engine=voice.tts_engine,
                voice=voice.tts_voice,
                language="zh" if language == "zh" else "en",
            )
            connect_barge_in(self.recorder, self._speaker)  # talking stops the interviewer
            if self._speaker.reason and voice.tts_engine != "off":
                self.live_text.setText(self._speaker.reason)
        self._speaker.say(text)

    def stop(self) -> None:
        if self.recorder.is_recording:
            self.recorder.stop("cancel")
        if self._live is not None:
            self._live.cancel()
            self._live = None
        if self._speaker is not None:
            self._speaker.stop()


def _finish(live: Any, audio: Any, target: Any) -> tuple[Any, Any]:
    """Worker: the last utterance's text, and the answer audio kept for review."""
    from voice import save_answer_audio

    transcript = live.finish()
    try:
        path = save_answer_audio(audio, 16000, target)
    except Exception as exc:  # the text matters more than the recording
        log.warning("could not save the answer audio: %s", exc)
        path = None
    return transcript, path
