"""What the Qt side of this machine can do: platform plugin, microphones, TTS engines.

Used by `mianba doctor`; it creates at most a QCoreApplication and shows nothing.
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


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def probe_qt() -> QtProbe:
    from PySide6 import QtCore

    app = QtCore.QCoreApplication.instance() or QtCore.QCoreApplication([])
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if has_display() else "none")
    probe = QtProbe(
        qt_version=QtCore.qVersion(),
        platform=platform,
        has_display=has_display(),
        microphones=_microphones(),
        speakers=_speakers(),
        tts_engines=_tts_engines(),
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
