"""What the Qt side of this machine can do: platform plugin, microphones, TTS engines.

Used by `mianba doctor`; it creates at most a QCoreApplication and shows nothing. The
interviewer's voice is judged by setting up the very `Speaker` the window uses, so the
doctor and the GUI never disagree (an engine can be listed and still fail to start:
speech-dispatcher with no output modules).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class QtProbe:
    qt_version: str
    platform: str  # the platform plugin the GUI would use
    has_display: bool
    microphones: list[str]
    speakers: list[str]
    tts_engines: list[str]
    tts_engine: str = ""  # the engine the window's Speaker would use
    tts_off_reason: str = ""  # why the window's Speaker is off ("" when it can speak)


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def probe_qt(
    tts_engine: str | None = None, tts_voice: str | None = None, language: str = "zh"
) -> QtProbe:
    """The machine as the window would find it, with the voice settings it would use."""
    from PySide6 import QtCore

    app = QtCore.QCoreApplication.instance() or QtCore.QCoreApplication([])
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if has_display() else "none")
    engine, off_reason = _speaker_state(tts_engine, tts_voice, language)
    probe = QtProbe(
        qt_version=QtCore.qVersion(),
        platform=platform,
        has_display=has_display(),
        microphones=_microphones(),
        speakers=_speakers(),
        tts_engines=_tts_engines(),
        tts_engine=engine,
        tts_off_reason=off_reason,
    )
    del app
    return probe


def _microphones() -> list[str]:
    from PySide6.QtMultimedia import QMediaDevices

    return [device.description() for device in QMediaDevices.audioInputs()]


def _speakers() -> list[str]:
    from PySide6.QtMultimedia import QMediaDevices

    return [device.description() for device in QMediaDevices.audioOutputs()]


def _tts_engines() -> list[str]:
    from PySide6.QtTextToSpeech import QTextToSpeech

    return [name for name in QTextToSpeech.availableEngines() if name != "mock"]


def _speaker_state(engine: str | None, voice: str | None, language: str) -> tuple[str, str]:
    from desktop.audio._speaker import Speaker

    speaker = Speaker(engine=engine, voice=voice, language="en" if language == "en" else "zh")
    try:
        return speaker.engine_name, speaker.reason
    finally:
        speaker.deleteLater()
