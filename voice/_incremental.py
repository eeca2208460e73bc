"""Transcribe while the candidate speaks.

Audio chunks arrive from the microphone (`feed`). A streaming VAD cuts them into
utterances at pauses, and one background worker transcribes each finished
utterance while the candidate goes on talking. When the answer ends (`finish`)
only the utterance still open has to be transcribed, so the final transcript is
ready about one utterance after the end of speech, however long the answer was.
When the candidate pauses and the worker is idle, the open utterance is decoded
ahead: if the answer ends there, finish() has nothing left to decode.

Thread model: `feed`, `finish` and `cancel` may be called from any one thread
(the Qt audio thread, say); `partial_text` from any thread. `on_partial` is
called on the worker thread with the text so far (including an utterance decoded
ahead during a pause, which may still grow): a GUI must hop back to its own thread. The worker
takes the feeding lock only to look for a pause to decode ahead, never while decoding.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from voice._audio import SAMPLE_RATE, check_audio, to_mono_16k
from voice._errors import VoiceError
from voice._segmenter import Cut, Segmenter
from voice._segments import Segment, Span
from voice._transcript import Transcript
from voice._vad import StreamingVad, speech_spans

log = logging.getLogger(__name__)

# Model passes one live piece may cost in all: the first decode, retries of a decode that
# failed its checks, a second look at speech it left out. Whatever fails, a piece never
# costs more (retries inside retries once decoded each phrase of a 16.6 s answer many
# times, and the worker fell minutes behind).
LIVE_PASSES = 4
# ... and when someone waits (utterances queued behind the piece, or the speaker, the
# recording stopped): one retry at most, and only of a decode that is broken (a loop,
# the prompt said back), not of one Whisper is merely unsure of. Speech a decode left
# out is still looked for unless later pieces wait behind it (the last piece: a lost
# phrase is worse than a second's wait; the piece in hand at the stop: the wait grew
# from 1.2 to 3.4 s at 60 s on the bench).
HURRIED_PASSES = 2


def _always() -> bool:
    return True


@dataclass(frozen=True)
class DecodeBudget:
    """What one piece may cost: `passes` of the model while the worker keeps up, fewer
    once `hurried()`, none more once not `wanted()` (a decode ahead whose speaker went
    on). Asked between passes, so a piece in hand shrinks when the recording stops."""

    passes: int
    wanted: Callable[[], bool] = _always
    hurried: Callable[[], bool] = lambda: False
    followed: Callable[[], bool] = lambda: False  # later pieces wait behind this one

    def allows(self, spent: int, broken: bool) -> bool:
        """May a decode that failed be retried after `spent` passes on this piece, the
        decode `broken` (see voice._local.broken) or only unsure?"""
        if spent >= self.passes or not self.wanted():
            return False
        return not self.hurried() or (broken and spent < HURRIED_PASSES)

    def look(self, spent: int) -> bool:
        """May speech the decodes left out be decoded, after `spent` passes?"""
        return spent < self.passes and self.wanted() and not self.followed()


# decode(audio, offset_s, previous_text, budget) -> segments with absolute times
DecodeFn = Callable[[np.ndarray, float, str, DecodeBudget], list[Segment]]
# finalize(segments, duration_s, warnings, speech spans) -> Transcript (clean-up, metrics)
FinalizeFn = Callable[[list[Segment], float, list[str], list[Span]], Transcript]
_STOP = None


@dataclass(frozen=True)
class _Job:
    cut: Cut
    audio: np.ndarray = field(repr=False)
    ahead: bool = False  # the open utterance, decoded before its cut (see _decode_ahead)


class IncrementalTranscriber:
    def __init__(
        self,
        decode: DecodeFn,
        finalize: FinalizeFn,
        *,
        sample_rate: int = SAMPLE_RATE,
        on_partial: Callable[[str], None] | None = None,
        clean_text: Callable[[list[Segment]], str] | None = None,
    ) -> None:
        self._decode, self._finalize = decode, finalize
        self._sample_rate = sample_rate
        self._on_partial = on_partial
        self._clean_text = clean_text or (lambda segs: " ".join(s.text.strip() for s in segs))
        self._vad = StreamingVad()
        self._segmenter = Segmenter()
        self._probabilities: list[np.ndarray] = []  # per VAD window: they time the metrics
        self._chunks: list[np.ndarray] = []
        self._samples = 0
        self._submitted = 0
        self._submitted_until = 0  # end sample of the last utterance cut
        self._decoded_until = 0  # end sample of the last utterance decoded
        self._segments: list[Segment] = []
        self._error: BaseException | None = None
        self._state = "open"  # open -> finished | cancelled
        self._lock = threading.Lock()  # guards feed/finish/cancel state
        self._results_lock = threading.Lock()  # guards _segments and _error
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._busy = False  # the worker has a job in hand
        self._ahead: Cut | None = None  # the open utterance handed over ahead of its cut
        self._ahead_result: tuple[Cut, list[Segment]] | None = None  # the worker's only
        self._kept: Cut | None = None  # the utterance decoded ahead became a real cut
        self._worker = threading.Thread(target=self._work, name="mianba-transcribe", daemon=True)
        self._worker.start()

    # -- producer side ---------------------------------------------------------------
    def feed(self, pcm: Any) -> None:
        """Add a chunk of PCM (int16 or float32, mono or multi-channel, at `sample_rate`)."""
        audio = to_mono_16k(pcm, self._sample_rate)
        with self._lock:
            if self._state != "open":
                raise VoiceError("This recording is already finished; start a new one.")
            self._chunks.append(audio)
            self._samples += audio.size
            probabilities = self._vad.push(audio)
            self._probabilities.append(probabilities)
            for cut in self._segmenter.update(probabilities):
                self._submit(cut)
            self._decode_ahead()

    def _submit(self, cut: Cut) -> None:
        self._submitted += 1
        self._submitted_until = cut.end
        if cut == self._ahead:  # decoded ahead (or being decoded): the worker reuses it
            self._kept, self._ahead = cut, None
        self._jobs.put(_Job(cut, self._audio()[cut.start : cut.end]))

    def _decode_ahead(self, worker: bool = False) -> None:
        """The speaker paused: when the worker is idle, decode the open utterance now.
        If the recording stops (or the pause grows into a cut) with nothing said since,
        that decode is the utterance's; if speech resumes, it is dropped. (Caller holds
        _lock; the feeding thread calls it after each chunk, the `worker` when it runs dry,
        its last job still in hand.)"""
        pending = self._segmenter.pending()
        if pending != self._ahead:
            self._ahead = None  # speech resumed: a queued decode ahead is skipped
        idle = self._jobs.empty() if worker else self.idle
        if pending is None or pending == self._ahead or not idle:
            return
        self._ahead = pending
        self._jobs.put(_Job(pending, self._audio()[pending.start : pending.end], ahead=True))

    @property
    def idle(self) -> bool:
        """The worker has nothing to decode (nothing queued, nothing in hand)."""
        return not self._busy and self._jobs.empty()

    @property
    def utterances(self) -> int:
        """Utterances handed to the worker so far (the VAD cut them at pauses)."""
        return self._submitted

    def _audio(self) -> np.ndarray:
        if len(self._chunks) > 1:  # keep one contiguous array: later slices stay cheap
            self._chunks = [np.concatenate(self._chunks)]
        return self._chunks[0] if self._chunks else np.zeros(0, dtype=np.float32)

    @property
    def undecoded_s(self) -> float:
        """Audio fed after the last utterance decoded (what finish() may still wait for)."""
        return max(0, self._samples - self._decoded_until) / SAMPLE_RATE

    @property
    def queued_s(self) -> float:
        """Audio of utterances cut but not decoded yet: how far the worker is behind."""
        return max(0, self._submitted_until - self._decoded_until) / SAMPLE_RATE

    @property
    def duration_s(self) -> float:
        return self._samples / SAMPLE_RATE

    def audio(self) -> np.ndarray:
        """All audio fed so far, 16 kHz mono float32 (for saving the answer)."""
        with self._lock:
            return self._audio().copy()

    def partial_text(self) -> str:
        """The text of the utterances transcribed so far."""
        with self._results_lock:
            return self._clean_text(list(self._segments))

    # -- worker ------------------------------------------------------------------------
    def _work(self) -> None:
        while (job := self._jobs.get()) is not _STOP:
            self._busy = True
            try:
                self._run(job)
                # run dry: the open utterance is queued before the worker counts as idle,
                # so a caller waiting for `idle` also waits for that decode
                with self._lock:
                    if self._state == "open" and self._jobs.empty():
                        self._decode_ahead(worker=True)
            finally:
                self._busy = False

    def _run(self, job: _Job) -> None:
        if self._state == "cancelled" or self._error is not None:
            return
        if job.ahead and job.cut not in (self._ahead, self._kept):
            return  # the speaker went on: this decode would be thrown away
        try:
            segments = self._segments_of(job)
        except BaseException as exc:  # reported by finish(); the thread must not die silently
            log.warning("incremental transcription failed: %s", exc)
            with self._results_lock:
                self._error = exc
            return
        if self._state == "cancelled":
            return  # a late result: its recording was dropped, nobody may see it
        if job.ahead:
            self._ahead_result = (job.cut, segments)  # used if the cut comes
            # shown at once: a speaker who pauses sees the words so far, even before
            # the first cut (long Mandarin sentences, short pauses: none for 12 s)
            self._report(self._clean_text([*self._segments_copy(), *segments]), segments)
            return
        with self._results_lock:
            self._segments.extend(segments)
            self._decoded_until = job.cut.end
        self._report(self.partial_text(), segments)

    def _segments_copy(self) -> list[Segment]:
        with self._results_lock:
            return list(self._segments)

    def _report(self, text: str, new: list[Segment]) -> None:
        if self._on_partial is None or not new:
            return
        try:
            self._on_partial(text)
        except Exception:  # a broken callback must not stop transcription
            log.exception("on_partial callback failed")

    def _segments_of(self, job: _Job) -> list[Segment]:
        """Decode the job's audio, or take the decode done ahead of the same cut."""
        done, self._ahead_result = self._ahead_result, None
        if done is not None and done[0] == job.cut:
            return done[1]
        budget = self._budget(job)
        return self._decode(job.audio, job.cut.start / SAMPLE_RATE, self.partial_text(), budget)

    def _budget(self, job: _Job) -> DecodeBudget:
        """A decode ahead is worth its passes only while its speaker stays silent; any
        piece is hurried when others wait behind it or the speaker waits for the text."""
        followed = lambda: self._submitted_until > job.cut.end  # noqa: E731
        if job.ahead:
            wanted = lambda: job.cut in (self._ahead, self._kept)  # noqa: E731
            return DecodeBudget(LIVE_PASSES, wanted, self._hurried, followed)
        return DecodeBudget(LIVE_PASSES, self._not_cancelled, self._hurried, followed)

    def _not_cancelled(self) -> bool:
        return self._state != "cancelled"

    def _hurried(self) -> bool:
        return self._state != "open" or not self._jobs.empty()

    # -- ending ------------------------------------------------------------------------
    def finish(self) -> Transcript:
        """Transcribe what is left and return the whole transcript (raises AudioError)."""
        with self._lock:
            if self._state != "open":
                raise VoiceError(f"This recording was already {self._state}.")
            self._state = "finished"
            tail = self._segmenter.flush(self._samples)
            if tail is not None:
                self._submit(tail)
            audio = self._audio()
        self._jobs.put(_STOP)
        self._worker.join()
        if self._error is not None:
            raise self._error
        warnings = check_audio(audio)  # too short / silent -> AudioError
        with self._results_lock:
            segments = sorted(self._segments, key=lambda s: s.start)
        speech = speech_spans(np.concatenate(self._probabilities)) if self._probabilities else []
        return self._finalize(segments, audio.size / SAMPLE_RATE, warnings, speech)

    def cancel(self) -> None:
        """Stop now and drop the recording; waits for the utterance being decoded, if any."""
        with self._lock:
            if self._state != "open":
                return
            self._state = "cancelled"
        while True:  # drop queued work so the worker stops after its current job
            try:
                self._jobs.get_nowait()
            except queue.Empty:
                break
        self._jobs.put(_STOP)
        self._worker.join()

    @property
    def running(self) -> bool:
        return self._worker.is_alive()

    def __enter__(self) -> IncrementalTranscriber:
        return self

    def __exit__(self, *exc: object) -> None:
        self.cancel()
