"""The interviewer's voice: QtTextToSpeech with a voice matching the interview language.

Speech is a nicety, never a requirement: with no engine, the engine turned off in
settings, or no voice for the language (Chinese text read by an English voice is
noise), the Speaker is *off* — `enabled` is False, `reason` says why, `say()` does
nothing — and the questions stay on screen as text.

Barge-in: candidates start answering before the interviewer finishes; the recorder's
`speech_started` stops the voice (`connect_barge_in`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Literal

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtTextToSpeech import QTextToSpeech

from desktop._i18n import ui_language
from desktop._tr import tr

log = logging.getLogger(__name__)

Language = Literal["zh", "en"]
FinishReason = Literal["done", "stopped", "barge_in", "replaced", "error"]

_LANGUAGES: dict[str, tuple[QLocale.Language, QLocale.Country]] = {
    "zh": (QLocale.Language.Chinese, QLocale.Country.China),
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
}


def available_engines() -> list[str]:
    """Text-to-speech engines Qt found on this system (e.g. speechd, mock)."""
    return list(QTextToSpeech.availableEngines())


class Speaker(QObject):
    """Speaks one question at a time; `finished` says how the speech ended."""

    started = Signal()
    finished = Signal(str)  # FinishReason
    error = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        engine: str | None = None,
        voice: str | None = None,
        language: Language = "zh",
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.reason = ""
        self._tts: QTextToSpeech | None = None
        self._speaking = False
        self._stop_reason: FinishReason | None = None
        self.reason = self._set_up(engine, voice)
        if self.reason:
            log.info("interviewer voice off: %s", self.reason)

    @classmethod
    def from_settings(cls, settings: Any, parent: QObject | None = None) -> Speaker:
        """From mianba Settings: voice.tts_engine / voice.tts_voice / interview.language."""
        return cls(
            parent,
            engine=settings.voice.tts_engine,
            voice=settings.voice.tts_voice,
            language="en" if _interview_language(settings) == "en" else "zh",
        )

    available_engines = staticmethod(available_engines)

    @property
    def enabled(self) -> bool:
        return self._tts is not None

    @property
    def is_speaking(self) -> bool:
        return self._speaking

    @property
    def engine_name(self) -> str:
        return self._tts.engine() if self._tts is not None else ""

    @property
    def voice_name(self) -> str:
        return self._tts.voice().name() if self._tts is not None else ""

    def voices(self) -> list[str]:
        """Voice names for the interview language (for a settings picker)."""
        return [voice.name() for voice in self._tts.availableVoices()] if self._tts else []

    def say(self, text: str) -> bool:
        """Speak `text`, replacing anything still being said; False when off."""
        if self._tts is None or not text.strip():
            return False
        if self._speaking:
            self.stop("replaced")
        self._stop_reason = None
        self._tts.say(text)
        return True

    def stop(self, reason: FinishReason = "stopped") -> None:
        if self._tts is None or not self._speaking:
            return
        self._stop_reason = reason
        self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    # -- internals -------------------------------------------------------------------

    def _set_up(self, engine: str | None, voice: str | None) -> str:
        """Create the engine and pick a voice; returns why speech is off, or ""."""
        if engine == "off":
            return tr("The interviewer's voice is turned off in Settings.")
        engines = available_engines()
        if not engines:
            log.info("no Qt text-to-speech engine (Linux: speech-dispatcher + espeak-ng)")
            return tr("No text-to-speech engine is installed, so questions are shown as text only.")
        if engine and engine not in engines:
            return (
                tr("The speech engine “%1” is not available; available: %2.")
                .replace("%1", engine)
                .replace("%2", ", ".join(engines))
            )
        if engine != "mock" and not QMediaDevices.audioOutputs():
            # a real engine with nowhere to play blocks forever (speechd: stuck "Speaking",
            # and the next app start hangs connecting to the wedged daemon)
            return tr("No speaker or headphones were found, so questions are shown as text only.")
        tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        if tts.state() == QTextToSpeech.State.Error:
            message = tts.errorString() or tr("the engine failed to start")
            tts.deleteLater()
            return tr("The speech engine could not start: %1").replace("%1", message)
        missing = _choose_voice(tts, self.language, voice)
        if missing:
            tts.deleteLater()
            return missing
        tts.stateChanged.connect(self._on_state_changed)
        tts.errorOccurred.connect(self._on_error)
        self._tts = tts
        return ""

    def _on_state_changed(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Speaking and not self._speaking:
            self._speaking = True
            self.started.emit()
        elif state == QTextToSpeech.State.Ready and self._speaking:
            self._finish(self._stop_reason or "done")

    def _on_error(self, _reason: QTextToSpeech.ErrorReason, message: str) -> None:
        log.warning("text-to-speech error: %s", message)
        self.error.emit(tr("The interviewer's voice failed: %1").replace("%1", message))
        if self._speaking:
            self._finish("error")

    def _finish(self, reason: FinishReason) -> None:
        self._speaking = False
        self._stop_reason = None
        self.finished.emit(reason)


def _choose_voice(tts: QTextToSpeech, language: str, wanted: str | None) -> str:
    """Set a locale and voice for `language`; returns why that is impossible, or ""."""
    qt_language, country = _LANGUAGES[language]
    locales = [locale for locale in tts.availableLocales() if locale.language() == qt_language]
    if not locales:
        return (
            tr("The speech engine “%1” has no %2 voice, so questions are shown as text only.")
            .replace("%1", tts.engine())
            .replace("%2", tr("Chinese") if language == "zh" else tr("English"))
        )
    locales.sort(key=lambda locale: locale.territory() != country)
    tts.setLocale(locales[0])
    voices = tts.availableVoices()
    chosen = next((v for v in voices if v.name() == wanted), voices[0] if voices else None)
    if chosen is not None:
        tts.setVoice(chosen)
    return ""


def connect_barge_in(recorder: Any, speaker: Speaker) -> Callable[[], None]:
    """The candidate starts talking -> the interviewer stops. Returns a disconnect."""

    def on_speech_started() -> None:
        if speaker.is_speaking:
            speaker.stop("barge_in")

    recorder.speech_started.connect(on_speech_started)
    return lambda: recorder.speech_started.disconnect(on_speech_started)


def _interview_language(settings: Any) -> str:
    """The one chosen, else the window's (the start dialog proposes it)."""
    return settings.interview.language or ui_language()
