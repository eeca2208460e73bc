"""Where recorded audio comes from: a microphone, or PCM streamed like one.

The recorder only ever reads a QIODevice and listens for `failed`. A microphone gives
that QIODevice through `QAudioSource.start()`; `PcmStreamSource` gives one that
streams a WAV's samples in pieces. So the chunking, level and silence logic that
tests exercise are exactly the ones the microphone path runs.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QIODevice, QObject, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices, QtAudio

from desktop._tr import tr
from desktop.audio._pcm import PcmFormat, SampleType

_QT_SAMPLE_TYPES: dict[QAudioFormat.SampleFormat, SampleType] = {
    QAudioFormat.SampleFormat.Int16: "int16",
    QAudioFormat.SampleFormat.Int32: "int32",
    QAudioFormat.SampleFormat.UInt8: "uint8",
    QAudioFormat.SampleFormat.Float: "float32",
}

_STALL_CHECK_MS = 1000
_STALL_LIMIT_CHECKS = 3  # no new audio for ~3 s while "active" means the device is gone


class AudioSourceError(RuntimeError):
    """The source could not start; the message is meant for the user."""


class AudioSource(QObject):
    """Base: `open()` returns the QIODevice to read; `failed` reports trouble mid-stream."""

    failed = Signal(str)

    description = "audio"

    @property
    def pcm_format(self) -> PcmFormat:
        return PcmFormat()

    def open(self) -> QIODevice:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class MicrophoneSource(AudioSource):
    """A QAudioSource on one input device, asking for 16 kHz mono int16 when offered."""

    def __init__(self, device: QAudioDevice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.device = device
        self.description = device.description()
        self._format = _wanted_format(device)
        self._audio: QAudioSource | None = None
        self._closing = False
        self._devices = QMediaDevices(self)
        self._stall = QTimer(self, interval=_STALL_CHECK_MS)
        self._stall_checks = 0
        self._last_processed = -1

    @property
    def pcm_format(self) -> PcmFormat:
        sample_type = _QT_SAMPLE_TYPES.get(self._format.sampleFormat(), "int16")
        return PcmFormat(self._format.sampleRate(), self._format.channelCount(), sample_type)

    def open(self) -> QIODevice:
        # No stateChanged connection: PySide6 6.11 cannot convert its QAudio::State
        # argument (every state change raised an error); the health check polls instead.
        self._audio = QAudioSource(self.device, self._format, self)
        io = self._audio.start()
        if io is None or self._audio.error() != QtAudio.Error.NoError:
            raise AudioSourceError(self._message(self._audio.error()))
        self._devices.audioInputsChanged.connect(self._on_inputs_changed)
        self._stall.timeout.connect(self._on_stall_check)
        self._stall.start()
        return io

    def close(self) -> None:
        self._closing = True
        self._stall.stop()
        if self._audio is not None:
            self._audio.stop()
            self._audio.deleteLater()
            self._audio = None

    def _message(self, error: QtAudio.Error) -> str:
        reasons = {
            QtAudio.Error.OpenError: tr("it could not be opened (is another app using it?)"),
            QtAudio.Error.IOError: tr("it stopped delivering audio (was it unplugged?)"),
            QtAudio.Error.FatalError: tr("the audio system reported a fatal error"),
        }
        reason = reasons.get(error, tr("it failed"))
        if not self.description:
            return tr("Microphone: %1.").replace("%1", reason)
        return tr("Microphone “%1”: %2.").replace("%1", self.description).replace("%2", reason)

    def _on_inputs_changed(self) -> None:
        ids = {bytes(device.id().data()) for device in QMediaDevices.audioInputs()}
        if not self._closing and bytes(self.device.id().data()) not in ids:
            message = tr("Microphone “%1” was disconnected.").replace("%1", self.description)
            self.failed.emit(message)

    def _on_stall_check(self) -> None:
        """Every second: a device that stopped with an error, or one that went quiet."""
        if self._audio is None or self._closing:
            return
        error = self._audio.error()
        if self._audio.state() == QtAudio.State.StoppedState and error != QtAudio.Error.NoError:
            self._stall.stop()
            self.failed.emit(self._message(error))
            return
        processed = self._audio.processedUSecs()
        self._stall_checks = self._stall_checks + 1 if processed == self._last_processed else 0
        self._last_processed = processed
        if self._stall_checks >= _STALL_LIMIT_CHECKS:
            self._stall.stop()
            self.failed.emit(self._message(QtAudio.Error.IOError))


def _wanted_format(device: QAudioDevice) -> QAudioFormat:
    wanted = QAudioFormat()
    wanted.setSampleRate(16_000)
    wanted.setChannelCount(1)
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    if device.isNull() or device.isFormatSupported(wanted):
        return wanted
    return device.preferredFormat()  # the recorder converts to 16 kHz mono


class _StreamDevice(QIODevice):
    """A sequential, read-only QIODevice fed with bytes by its owner."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._buffer = bytearray()

    def feed(self, data: bytes) -> None:
        self._buffer += data
        self.readyRead.emit()

    def isSequential(self) -> bool:
        return True

    def bytesAvailable(self) -> int:
        return len(self._buffer) + super().bytesAvailable()

    def readData(self, maxlen: int) -> bytes:
        out = bytes(self._buffer[:maxlen])
        del self._buffer[:maxlen]
        return out

    def writeData(self, data: bytes | bytearray | memoryview, size: int, /) -> int:
        return -1  # read-only


class PcmStreamSource(AudioSource):
    """Streams PCM samples through a QIODevice in pieces, the way a microphone does.

    `interval_ms=0` streams as fast as the event loop turns (tests); a positive interval
    paces it. `finished` fires when every piece was delivered.
    """

    finished = Signal()

    def __init__(
        self,
        samples: np.ndarray,
        fmt: PcmFormat | None = None,
        *,
        piece_ms: int = 40,
        interval_ms: int = 0,
        description: str = "audio stream",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.description = description
        self._format = fmt or PcmFormat()
        self._data = np.ascontiguousarray(samples).tobytes()
        frame = self._format.bytes_per_frame
        self._piece = max(frame, self._format.sample_rate * piece_ms // 1000 * frame)
        self._offset = 0
        self._device: _StreamDevice | None = None
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self._on_tick)

    @classmethod
    def from_wav(cls, path: str | Path, **options: object) -> PcmStreamSource:
        import soundfile

        samples, rate = soundfile.read(str(path), dtype="int16", always_2d=True)
        fmt = PcmFormat(int(rate), int(samples.shape[1]), "int16")
        return cls(samples, fmt, description=Path(path).name, **options)  # type: ignore[arg-type]

    @property
    def pcm_format(self) -> PcmFormat:
        return self._format

    @property
    def delivered_bytes(self) -> int:
        return self._offset

    def open(self) -> QIODevice:
        self._device = _StreamDevice(self)
        self._device.open(QIODevice.OpenModeFlag.ReadOnly)
        self._timer.start()
        return self._device

    def close(self) -> None:
        self._timer.stop()
        if self._device is not None:
            self._device.close()

    def push_now(self, data: bytes) -> None:
        """Deliver extra bytes immediately (e.g. audio that arrives late)."""
        if self._device is not None:
            self._device.feed(data)

    def _on_tick(self) -> None:
        if self._device is None:
            return
        if self._offset >= len(self._data):
            self._timer.stop()
            self.finished.emit()
            return
        piece = self._data[self._offset : self._offset + self._piece]
        self._offset += len(piece)
        self._device.feed(piece)
