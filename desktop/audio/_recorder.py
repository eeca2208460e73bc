"""Capture one spoken answer: 16 kHz mono chunks, a live level, and a clean stop.

One `Recorder` serves the whole interview; every `start()` opens a new *turn* with its
own id. Audio is read from an `AudioSource`'s QIODevice (a microphone, or a WAV
streamed like one in tests), converted to 16 kHz mono int16, cut into frames for the
endpointer, and emitted as `chunk` arrays for the incremental transcriber.

Guarantees the interview relies on:
- Everything emitted as `chunk` is kept: `recorded()` is exactly their concatenation,
  also after a device error mid-answer (nothing the candidate said is lost).
- Audio that arrives after a turn ended (stop, submit, silence) is dropped, never
  appended to the next turn.
- No microphone, or a failing one, gives a human message on `error`, not an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QIODevice, QObject, Signal

from desktop._tr import tr
from desktop.audio._devices import find_input_device, no_microphone_message
from desktop.audio._endpointing import Endpointer, Endpointing, StopReason
from desktop.audio._pcm import TARGET_RATE, Converter, PcmFormat, level_from_dbfs
from desktop.audio._sources import AudioSource, AudioSourceError, MicrophoneSource

log = logging.getLogger(__name__)

_EMPTY = np.zeros(0, dtype=np.int16)


class Recorder(QObject):
    """Push-to-talk or hands-free capture of one answer at a time."""

    chunk = Signal(object)  # np.ndarray int16, 16 kHz mono, read-only
    level = Signal(float)  # 0..1 for a meter; 0 when stopped
    speech_started = Signal()  # once per turn (barge-in: the interviewer stops talking)
    started = Signal(int)  # turn id
    stopped = Signal(str)  # StopReason
    error = Signal(str)  # a message for the user
    # hands-free, during a pause after speech: whole seconds left before the stop; -1 when
    # the candidate speaks again (the countdown is over)
    silence_countdown = Signal(int)

    SAMPLE_RATE = TARGET_RATE

    def __init__(self, parent: QObject | None = None, *, device_id: str | None = None) -> None:
        super().__init__(parent)
        self.device_id = device_id  # None -> the system default microphone
        self._turn = 0
        self._active = False
        self._source: AudioSource | None = None
        self._owns_source = False
        self._io: QIODevice | None = None
        self._disconnect: list[Callable[[], object]] = []
        self._converter = Converter(PcmFormat())
        self._endpointer = Endpointer(Endpointing())
        self._pending = _EMPTY
        self._chunks: list[np.ndarray] = []
        self._countdown = -1
        self.late_deliveries_dropped = 0

    # -- state -----------------------------------------------------------------------

    @property
    def is_recording(self) -> bool:
        return self._active

    @property
    def turn_id(self) -> int:
        return self._turn

    @property
    def heard_speech(self) -> bool:
        return self._endpointer.heard_speech

    @property
    def endpointing(self) -> Endpointing:
        return self._endpointer.config

    def recorded(self) -> np.ndarray:
        """All audio of the current (or last) turn, 16 kHz mono int16."""
        return np.concatenate(self._chunks) if self._chunks else _EMPTY.copy()

    def duration_s(self) -> float:
        return sum(len(chunk) for chunk in self._chunks) / self.SAMPLE_RATE

    @staticmethod
    def microphone_available() -> tuple[bool, str]:
        """(True, "") or (False, why) — for disabling the mic button up front."""
        if find_input_device(None) is None:
            return False, no_microphone_message()
        return True, ""

    # -- control ---------------------------------------------------------------------

    def start(
        self,
        *,
        hands_free: bool = False,
        silence_stop_s: float = 2.5,
        max_wait_s: float = 30.0,
        max_duration_s: float = 600.0,
        source: AudioSource | None = None,
    ) -> bool:
        """Begin a new turn; False (and a message on `error`) when capture cannot start.

        Hands-free stops after `silence_stop_s` of silence once speech was heard (set it
        longer in technical stages) or after `max_wait_s` with no speech at all.
        """
        if self._active:
            self.stop("user")
        owns = source is None
        source = source or self._microphone()
        if source is None:
            return False
        config = Endpointing(
            silence_stop_s=silence_stop_s if hands_free else None,
            max_wait_s=max_wait_s,
            max_duration_s=max_duration_s,
        )
        return self._open_turn(source, owns, config)

    def stop(self, reason: StopReason = "user") -> None:
        """End the turn: "user" (push-to-talk release, submit) or "cancel" (the answer is
        abandoned). Either way `recorded()` keeps what was emitted; late audio is dropped."""
        self._finish(reason)

    # -- internals -------------------------------------------------------------------

    def _microphone(self) -> AudioSource | None:
        device = find_input_device(self.device_id)
        if device is None:
            self.error.emit(no_microphone_message())
            return None
        return MicrophoneSource(device, self)

    def _open_turn(self, source: AudioSource, owns: bool, config: Endpointing) -> bool:
        self._turn += 1
        turn = self._turn
        self._chunks = []
        self._pending = _EMPTY
        self._converter = Converter(source.pcm_format)
        self._endpointer = Endpointer(config)
        self._countdown = -1
        try:
            io = source.open()
        except AudioSourceError as exc:
            self._release(source, owns)
            self.error.emit(str(exc))
            return False
        self._source, self._owns_source, self._io = source, owns, io
        self._disconnect = [
            _connect(io.readyRead, lambda: self._on_ready_read(turn)),
            _connect(source.failed, lambda message: self._on_source_failed(turn, message)),
        ]
        ended = getattr(source, "finished", None)
        if ended is not None:
            self._disconnect.append(_connect(ended, lambda: self._on_source_ended(turn)))
        self._active = True
        self.started.emit(turn)
        return True

    def _on_ready_read(self, turn: int) -> None:
        if turn != self._turn or not self._active or self._io is None:
            self.late_deliveries_dropped += 1  # a previous turn's audio: never mix turns
            return
        samples = self._converter.convert(bytes(self._io.readAll().data()))
        if samples.size:
            self._consume(samples, turn)

    def _consume(self, samples: np.ndarray, turn: int) -> None:
        buffer = np.concatenate([self._pending, samples]) if self._pending.size else samples
        size = self._endpointer.frame_samples
        used, loudest, onset, stop = 0, -100.0, False, None
        while used + size <= len(buffer) and stop is None:
            verdict = self._endpointer.push(buffer[used : used + size])
            used += size
            loudest = max(loudest, verdict.dbfs)
            onset = onset or verdict.speech_started
            stop = verdict.stop
        self._pending = buffer[used:] if stop is None else _EMPTY
        if used:
            self._emit_chunk(buffer[:used])
            if turn == self._turn and self._active:
                self.level.emit(level_from_dbfs(loudest))
        if onset and turn == self._turn and self._active:
            self.speech_started.emit()
        if stop is None and turn == self._turn and self._active:
            self._count_down()
        if stop is not None and turn == self._turn:
            self._finish(stop)

    def _count_down(self) -> None:
        """Say how long the pause may still last, once it lasted a second."""
        left = self._endpointer.silence_left_s
        paused = self._endpointer.trailing_silence >= self.SAMPLE_RATE
        seconds = int(np.ceil(left)) if left is not None and paused else -1
        if seconds != self._countdown:
            self._countdown = seconds
            self.silence_countdown.emit(seconds)

    @property
    def stop_pause_s(self) -> float:
        """The pause that ends this hands-free turn (it grows with the speaker's pauses)."""
        return self._endpointer.stop_after_s

    def _emit_chunk(self, samples: np.ndarray) -> None:
        chunk = np.array(samples, dtype=np.int16, copy=True)
        chunk.setflags(write=False)  # receivers share one array; nobody may edit it
        self._chunks.append(chunk)
        self.chunk.emit(chunk)

    def _on_source_failed(self, turn: int, message: str) -> None:
        if turn != self._turn or not self._active:
            return
        log.warning("audio source failed: %s", message)
        self.error.emit(message)
        self._finish("error")

    def _on_source_ended(self, turn: int) -> None:
        if turn == self._turn and self._active:
            self._finish("end_of_input")

    def _finish(self, reason: StopReason) -> None:
        if not self._active:
            return
        self._active = False
        keep_tail = reason in ("user", "error", "end_of_input")  # the last words of an answer
        if keep_tail and self._io is not None and self._io.bytesAvailable():
            self._pending = self._append_unread(self._io)
        tail, self._pending = self._pending, _EMPTY
        if keep_tail and tail.size:
            self._emit_chunk(tail)
        for disconnect in self._disconnect:
            disconnect()
        self._disconnect = []
        if self._source is not None:
            self._release(self._source, self._owns_source)
        self._source, self._io = None, None
        self.level.emit(0.0)
        self.stopped.emit(reason)

    def _append_unread(self, io: QIODevice) -> np.ndarray:
        """Audio already captured when the user pressed stop belongs to this answer."""
        samples = self._converter.convert(bytes(io.readAll().data()))
        return np.concatenate([self._pending, samples]) if samples.size else self._pending

    @staticmethod
    def _release(source: AudioSource, owns: bool) -> None:
        try:
            source.close()
        except Exception:  # closing a broken device must not hide the real problem
            log.exception("closing the audio source failed")
        if owns:
            source.deleteLater()


def _connect(signal: object, slot: Callable[..., object]) -> Callable[[], object]:
    """Connect and return the matching disconnect (lambdas cannot be found again)."""
    signal.connect(slot)  # type: ignore[attr-defined]
    return lambda: signal.disconnect(slot)  # type: ignore[attr-defined]


def describe_stop(reason: str) -> str:
    """A short, human sentence for the status line."""
    texts = {
        "user": tr("Recording stopped."),
        "cancel": tr("Recording cancelled."),
        "silence": tr("Stopped after a pause."),
        "no_speech": tr("Nothing was heard, so recording stopped. Check the microphone level."),
        "max_duration": tr("The answer reached the maximum length, so recording stopped."),
        "error": tr("Recording stopped by a microphone problem; what you said is kept."),
        "end_of_input": tr("The audio ended."),
    }
    return texts.get(reason, texts["user"])
