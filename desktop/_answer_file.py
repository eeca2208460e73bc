"""Answers recorded elsewhere (a phone): choosing the file, transcribing it in a worker like
a spoken take, and saying in the window's language why a file cannot be used.

voice decodes the file with PyAV (FFmpeg), so anything a phone or a recorder writes is
offered; the dialog's "All files" lets the candidate try the rest, and a file that is not
audio gets a readable message instead of an error.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from desktop._audio_problems import file_problem
from desktop._takes import Recorded, keep_answer
from desktop._tasks import run_task
from desktop._tr import tr

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from desktop._services import Services
    from desktop._transcription_wait import Take, TranscriptionWait

# what voice decodes and phones write: Voice Memos (.m4a), Android recorders (.m4a, .3gp,
# .amr, .ogg/.opus), messengers (.opus, .ogg, .mp3), desktop tools (.wav, .flac, .webm ...)
AUDIO_SUFFIXES = (
    "m4a", "mp3", "wav", "flac", "ogg", "oga", "opus", "aac", "amr", "3gp", "webm", "wma", "caf",
)  # fmt: skip
MAX_FILE_SECONDS = 600.0  # the longest answer the recorder takes (desktop.audio._endpointing)


class FileTakes:
    """The voice panel's "Answer from a file…": a file is a take of the answer, waited for
    (with its progress) and pasted like a spoken one. Mixed into VoicePanel, whose
    attributes below it uses."""

    services: Services
    wait: TranscriptionWait
    turn_id: str | None
    _stop_note: str
    _notify: Any
    takes_went_on: Any

    def make_file_button(self) -> QPushButton:
        button = QPushButton(tr("Answer from a file…"))
        button.setToolTip(
            tr("Transcribe an answer recorded elsewhere, e.g. on your phone (M4A, MP3, WAV…)")
        )
        button.clicked.connect(self._on_file_clicked)
        self._file_folder = str(Path.home())  # the dialog opens where the last file was
        return button

    def _on_file_clicked(self) -> None:
        path = choose_audio_file(self, self._file_folder)  # type: ignore[arg-type]
        if path is not None:
            self._file_folder = str(path.parent)
            self.answer_from_file(path)

    def answer_from_file(self, path: Path) -> None:
        """Transcribe `path` in a worker (in `take_language`) as a take of this
        question's answer."""
        lang = self.take_language()
        target, earlier = self._audio_target(), self._earlier_takes()
        self._stop_note = ""
        take = self.wait.begin(None, self.turn_id, 0.0, file=path.name)
        self._show_waiting(0)

        def work(report: Any, cancel: Any) -> Any:
            def progress(share: float) -> None:
                cancel.raise_if_cancelled()  # Stop waiting ends the work between pieces
                report(share)

            transcriber = self.services.transcriber()
            return transcribe_file(transcriber, path, lang, target, earlier, progress)

        take.task = run_task(
            work,
            on_done=lambda result: self._on_transcribed(take, result),
            on_error=lambda error: self._on_file_failed(take, error),
            on_progress=lambda share: self._on_file_progress(take, share),
            owner=self,  # type: ignore[arg-type]
        )

    def _on_file_progress(self, take: Take, share: float) -> None:
        if self.wait.current is take:
            take.share = share
            self._show_waiting(int(take.elapsed_s))

    def _on_file_failed(self, take: Take, error: BaseException) -> None:
        if self.wait.accepts(take):
            log.info("the answer file %s was not used: %s", take.file, error)
            self._end_waiting("")
            problem = file_problem(error, take.file, MAX_FILE_SECONDS)
            self._notify(problem, "warning", until=self.takes_went_on)

    # the panel's own (see desktop._voice_panel)
    def take_language(self) -> str | None:
        raise NotImplementedError

    def _audio_target(self) -> Path:
        raise NotImplementedError

    def _earlier_takes(self) -> Recorded | None:
        raise NotImplementedError

    def _show_waiting(self, seconds: int) -> None:
        raise NotImplementedError

    def _end_waiting(self, message: str) -> None:
        raise NotImplementedError

    def _on_transcribed(self, take: Take, result: tuple[Recorded, str, Any]) -> None:
        raise NotImplementedError


def choose_audio_file(parent: QWidget, folder: str) -> Path | None:
    """Qt's file dialog for one audio file; None when the candidate cancels."""
    patterns = " ".join(f"*.{suffix}" for suffix in AUDIO_SUFFIXES)
    audio, anything = tr("Audio files"), tr("All files")  # bare calls: lupdate finds them
    filters = f"{audio} ({patterns});;{anything} (*)"
    name, _ = QFileDialog.getOpenFileName(parent, tr("Answer from an audio file"), folder, filters)
    return Path(name) if name else None


def transcribe_file(
    transcriber: Any,
    path: Path,
    language: str | None,
    target: Path,
    earlier: Recorded | None,
    progress: Any,
) -> tuple[Recorded, str, Any]:
    """Worker: the file decoded, transcribed and kept as an answer's take (see keep_answer).
    `progress(share)` may raise to stop between pieces."""
    import numpy as np

    from voice import load_audio

    audio = load_audio(path, max_seconds=MAX_FILE_SECONDS)
    transcript = transcriber.transcribe(audio, language=language, progress=progress)
    pcm = (np.clip(audio, -1.0, 1.0) * 32767).astype(np.int16)  # as the recorder gives it
    return keep_answer(earlier, Recorded(pcm, transcript, from_file=True), target)


def file_waiting_line(take: Take, seconds: int) -> str:
    """The status while a file is transcribed; a long file (in pieces) says its share done."""
    if take.share > 0:
        line = tr("Transcribing %1: %2 % done, %3 s (Stop waiting to speak or type again)")
        line = line.replace("%2", str(round(take.share * 100))).replace("%3", str(seconds))
    else:
        line = tr("Transcribing %1… %2 s (Stop waiting to speak or type again)")
        line = line.replace("%2", str(seconds))
    return line.replace("%1", take.file)
