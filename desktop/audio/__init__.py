"""Microphone capture, the level meter and the interviewer's voice (Qt Multimedia / TTS).

Imports PySide6: only the GUI imports this package, never `mianba --help`.
"""

from desktop import _qt_compat
from desktop.audio._devices import (
    NO_MICROPHONE,
    InputDevice,
    InputDeviceModel,
    find_input_device,
    input_devices,
)
from desktop.audio._endpointing import Endpointing, StopReason, silence_stop_for_stage
from desktop.audio._level_meter import LevelMeter
from desktop.audio._pcm import PcmFormat
from desktop.audio._recorder import Recorder, describe_stop
from desktop.audio._sources import (
    AudioSource,
    AudioSourceError,
    MicrophoneSource,
    PcmStreamSource,
)
from desktop.audio._speaker import Speaker, available_engines, connect_barge_in

_qt_compat.install()  # the recorder emits thousands of signals per answer

__all__ = [
    "NO_MICROPHONE",
    "AudioSource",
    "AudioSourceError",
    "Endpointing",
    "InputDevice",
    "InputDeviceModel",
    "LevelMeter",
    "MicrophoneSource",
    "PcmFormat",
    "PcmStreamSource",
    "Recorder",
    "Speaker",
    "StopReason",
    "available_engines",
    "connect_barge_in",
    "describe_stop",
    "find_input_device",
    "input_devices",
    "silence_stop_for_stage",
]
