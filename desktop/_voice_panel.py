"""Spoken answers: mic button, level meter, live partial transcript, editable final text.

The Recorder (desktop.audio) captures 16 kHz chunks; voice's IncrementalTranscriber
turns them into text while the candidate speaks. The final transcript lands in the
answer box, where it can be corrected before sending (desktop._take_results waits for it
and puts it there; desktop._answer_file answers from a recording). Without a microphone
the panel says so and the typed box stays usable.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop._answer_file import FileTakes
from desktop._audio_problems import speech_problem
from desktop._named import named
from desktop._services import Services
from desktop._take_results import TakeResults, partial_text
from desktop._takes import Recorded, keep_answer
from desktop._tasks import run_task
from desktop._transcription_wait import TranscriptionWait

log = logging.getLogger(__name__)


class VoicePanel(TakeResults, FileTakes, QWidget):
    partial = Signal(str)  # emitted from the transcriber's worker thread; Qt queues it over
    transcript_ready = Signal(str)
    # a take (or file) was transcribed, or the question changed: a warning about an earlier
    # take is over (the window's banner goes with it)
    takes_went_on = Signal()

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
        self.recorder.silence_countdown.connect(self._on_silence_countdown)
        self._stop_note = ""  # why the last take stopped, when it was not the candidate
        self._answer_so_far: Recorded | None = None  # the takes already in the answer box
        self.partial.connect(self._on_partial)
        self.stage = ""  # the interview stage now: technical answers get longer pauses
        self.test_source: Any = None  # tests stream a WAV through the same recorder path
        self._live: Any = None
        self._extras: dict[str, Any] = {}
        self._task: Any = None
        self.turn_id: str | None = None  # the question being answered (the interview sets it)
        self.session_language: str | None = None  # the interview's ("zh"/"en"), when one runs
        self._take_turn: str | None = None  # the question the recording in progress answers
        self.wait = TranscriptionWait(self)
        self.wait.ticked.connect(self._on_wait_ticked)
        self.wait.timed_out.connect(self._on_wait_timed_out)
        self.mic_button = QPushButton(self.tr("Start speaking"))
        self.mic_button.setCheckable(True)
        self.mic_button.clicked.connect(self._on_mic_clicked)
        self.file_button = self.make_file_button()
        self.cancel_button = QPushButton(self.tr("Stop waiting"))
        self.cancel_button.setToolTip(self.tr("Drop this transcription and speak or type again"))
        self.cancel_button.clicked.connect(self.cancel_transcription)
        self.cancel_button.hide()
        self.meter = LevelMeter()
        self.meter.setFixedWidth(140)
        # shown only while the microphone is open: idle, its empty box looked broken
        self.meter.hide()
        self.live_text = named(QLabel(), "muted")
        self.live_text.setWordWrap(True)
        self._lay_out()
        self._speaker: Any = None

    def _lay_out(self) -> None:
        """The buttons and the meter on one row, what the panel says under them: beside
        them, in a narrow window, it wrapped a word a line and cut "Answer from a file…"."""
        row = QHBoxLayout()
        for widget in (self.mic_button, self.file_button, self.cancel_button, self.meter):
            row.addWidget(widget)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.live_text)

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
            # "Speech model ready." beside Start speaking promised a take no microphone can give
            available, why = self.recorder.microphone_available()
            ready = available or self.test_source is not None
            self.live_text.setText(self.tr("Speech model ready.") if ready else why)

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
                # it says to type instead ("…或直接打字作答。")
                self._notify(why, "warning", until=self.takes_went_on)
                return
        self.mic_button.setEnabled(False)
        self.file_button.setEnabled(False)
        self.live_text.setText(self.tr("Loading speech model…"))
        self._take_turn = self.turn_id
        lang = self.take_language()

        def prepare() -> Any:
            transcriber = self.services.transcriber()
            on_partial = self.partial.emit
            return transcriber.incremental(language=lang, on_partial=on_partial)

        self._task = run_task(
            prepare, on_done=self._on_ready, on_error=self._on_voice_failed, owner=self
        )

    def _on_ready(self, live: Any) -> None:
        from desktop.audio import silence_stop_for_stage

        self._live = live
        self.mic_button.setEnabled(True)
        voice = self.services.settings.voice
        base = float(voice.silence_stop_s)
        started = self.recorder.start(
            hands_free=voice.stop_mode != "manual",
            silence_stop_s=silence_stop_for_stage(self.stage, base),  # thinking pauses
            source=self.test_source,
        )
        if not started:
            live.cancel()
            self._live = None
            self.mic_button.setChecked(False)
            self.file_button.setEnabled(True)
            return
        self.mic_button.setChecked(True)
        self.mic_button.setText(self.tr("Stop"))
        self.meter.show()
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

    def _on_silence_countdown(self, seconds: int) -> None:
        if self._live is None:
            return
        if seconds < 0:  # speaking again
            heard = partial_text(self._live)
            self.live_text.setText(heard or self.tr("Listening…"))
            return
        self.live_text.setText(
            self.tr("Pause: stopping in %1 s unless you go on (or press Stop).").replace(
                "%1", str(seconds)
            )
        )

    def _on_stopped(self, reason: str) -> None:
        self.mic_button.setChecked(False)
        self.mic_button.setText(self.tr("Start speaking"))
        self.meter.reset()
        self.meter.hide()
        live, self._live = self._live, None
        if live is None:
            return
        audio = self.recorder.recorded()
        self._stop_note = ""
        if reason == "silence":
            self._stop_note = self.tr(
                "Stopped after a %1 s pause; not done? Press Start speaking to add more. "
            ).replace("%1", f"{self.recorder.stop_pause_s:.1f}")
        if reason == "cancel" or audio.size == 0:
            live.cancel()
            self.live_text.setText("")
            self.file_button.setEnabled(True)
            return
        target, earlier = self._audio_target(), self._earlier_takes()
        take = self.wait.begin(live, self._take_turn, audio.size / 16000)
        self._show_waiting(0)
        take.task = run_task(
            lambda: _finish(live, audio, target, earlier),
            on_done=lambda result: self._on_transcribed(take, result),
            on_error=lambda error: self._on_finish_failed(take, error),
            owner=self,
        )

    def take_language(self) -> str | None:
        """Whisper's language for a take: the interview's - the speech setting's Chinese
        wrote an English interview's answers out in Chinese characters - or None (detect)
        when the setting says Detect."""
        setting = self.services.settings.voice.language
        return None if setting == "auto" else (self.session_language or setting)

    def _audio_target(self) -> Path:
        return Path(self.services.context.home) / "audio" / f"answer-{time.time_ns()}.flac"

    def _earlier_takes(self) -> Recorded | None:
        """The takes already in the box, when the next take adds to them (the candidate
        did not empty the box or type over it)."""
        spoken = self._extras.get("source") in ("voice", "file")
        adding = spoken and self.answer_box.toPlainText().strip()
        return self._answer_so_far if adding else None

    def set_turn(self, turn_id: str | None) -> None:
        """A new question: a transcription still pending for the last one is dropped."""
        if turn_id == self.turn_id:
            return
        self.turn_id = turn_id
        self._answer_so_far = None
        if self.wait.drop() is not None:
            self._end_waiting("")
        self.takes_went_on.emit()

    def _on_voice_failed(self, error: BaseException) -> None:
        log.warning("voice answer failed: %s", error)
        self.mic_button.setEnabled(True)
        self.file_button.setEnabled(True)
        self.mic_button.setChecked(False)
        self.mic_button.setText(self.tr("Start speaking"))
        self.live_text.setText("")
        self._notify(speech_problem(error), "warning", until=self.takes_went_on)

    def _on_recorder_error(self, message: str) -> None:
        self._on_voice_failed(RuntimeError(message))

    # ---- what the interview view asks -------------------------------------------------------
    def take_answer_extras(self, _text: str) -> dict[str, Any]:
        """Voice details of the answer being sent (empty when it was typed)."""
        if self.wait.drop() is not None:  # sent without waiting: the late text is not wanted
            self._end_waiting("")
        extras, self._extras = self._extras, {}
        self._answer_so_far = None
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
        if self.wait.drop() is not None:
            self._end_waiting("")
        if self.recorder.is_recording:
            self.recorder.stop("cancel")
        if self._live is not None:
            self._live.cancel()
            self._live = None
        if self._speaker is not None:
            self._speaker.stop()
        self.takes_went_on.emit()  # the session stopped: no take is pending any more


def _finish(
    live: Any, audio: Any, target: Any, earlier: Recorded | None
) -> tuple[Recorded, str, Any]:
    """Worker: the last words of the take decoded, then the answer joined and kept."""
    return keep_answer(earlier, Recorded(audio, live.finish()), target)
