"""The Transcriber: one entry point over the local and the remote backend."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np

from voice._audio import SAMPLE_RATE, check_audio, load_audio, to_mono_16k
from voice._errors import AudioError, ModelUnavailableError
from voice._incremental import LIVE_PASSES, DecodeBudget, IncrementalTranscriber
from voice._model_store import BASE_MODEL, ProgressCallback, model_path
from voice._pieces import says_too_little, uncovered_speech, whole_file_cuts
from voice._segmenter import Cut
from voice._segments import Segment, Span
from voice._text import hotwords_for, vocabulary_prompt
from voice._transcript import Transcript, build_transcript, clean_segments, join_text
from voice._vad import speech_probabilities, speech_spans
from voice.config import VoiceConfig

log = logging.getLogger(__name__)
HOTWORDS_AUTO = 10
_GAP_PASSES = 2  # decodes of what Whisper skipped in one piece, at most (see _fill_gaps)
# Previous text handed to the next piece, like Whisper's own windows. A Han character is
# one to three tokens, an English one about a quarter: 120 Han characters made a 150+
# token prompt that every Mandarin pass paid for (and looped over), 40 are ~60 tokens.
_CONTEXT_CHARS = 120
_CONTEXT_CHARS_ZH = 40


def _context_chars(language: str | None) -> int:
    return _CONTEXT_CHARS_ZH if language == "zh" else _CONTEXT_CHARS


# may_retry(broken) -> may one more pass of the model run on this piece; `broken`: the
# last decode loops or says the prompt or the text before it back (not merely unsure)
MayRetry = Callable[[bool], bool]


class Transcriber:
    """Speech to text with the configured backend; models load on first use.

    `terms` is the technical vocabulary of the candidate's notes (see extract_terms):
    it goes to Whisper as prompt and hotwords and is kept out of the transcript.
    """

    def __init__(self, config: VoiceConfig, terms: Iterable[str] = ()) -> None:
        self.config = config
        self.terms = list(terms)
        self.notice: str | None = None  # e.g. why the chosen model fell back to base
        self._local: Any = None
        self._remote: Any = None

    # -- models ------------------------------------------------------------------------
    @property
    def backend(self) -> str:
        return self.config.backend

    @property
    def model_name(self) -> str:
        if self.backend == "openai":
            return self.config.remote_model
        return self._local.name if self._local is not None else self.config.model

    def load(self, progress: ProgressCallback | None = None) -> None:
        """Prepare the backend now (else on first use). A chosen model that cannot be
        had falls back to base; `notice` then says why."""
        if self.backend == "openai":
            self._remote_backend()
            return
        if self._local is not None:
            return
        try:
            self._local = self._load_local(self.config.model, progress)
        except ModelUnavailableError as exc:
            if self.config.model == BASE_MODEL:
                raise
            self.notice = str(exc)
            log.warning("%s", exc)
            self._local = self._load_local(BASE_MODEL, None)

    def switch_model(self, name: str, progress: ProgressCallback | None = None) -> None:
        """Use another local model; on ModelUnavailableError the current one stays."""
        new = self._load_local(name, progress)
        self._local = new
        self.config = self.config.model_copy(update={"model": name})
        self.notice = None

    def _load_local(self, name: str, progress: ProgressCallback | None) -> Any:
        from voice._local import LocalWhisper

        folder = model_path(name, self.config.models_dir, progress)
        try:
            return LocalWhisper(folder, name, cpu_threads=self.config.cpu_threads)
        except Exception as exc:  # CTranslate2 raises RuntimeError on a damaged model
            raise ModelUnavailableError(
                f"The speech model in {folder} could not be loaded ({exc}). "
                f"Keeping the '{BASE_MODEL}' model."
            ) from exc

    def _remote_backend(self) -> Any:
        if self._remote is None:
            from voice._remote import RemoteWhisper

            self._remote = RemoteWhisper(self.config)
        return self._remote

    # -- one-shot ----------------------------------------------------------------------
    def transcribe(
        self,
        source: str | os.PathLike[str] | np.ndarray,
        *,
        sample_rate: int = SAMPLE_RATE,
        language: str | None = None,
        progress: Callable[[float], None] | None = None,
    ) -> Transcript:
        """Transcribe a file or a PCM array. Raises AudioError for unusable audio.

        The recording is cut at the pauses the VAD hears and decoded piece by piece
        (voice._pieces), each piece with the text before it as context. `progress` gets
        the share of the audio done (0.0 .. 1.0) before each piece and at the end; an
        exception it raises stops the transcription there (a caller's way to cancel)."""
        report = progress or (lambda _share: None)
        if isinstance(source, np.ndarray):
            audio = to_mono_16k(source, sample_rate)
        else:
            audio = load_audio(source)
        warnings = check_audio(audio)
        lang = self._language(language)
        speech = speech_spans(speech_probabilities(audio))  # also times the metrics
        cuts = whole_file_cuts(speech, audio.size)
        if self.backend == "openai":  # the service decodes long audio its own way
            cuts = [Cut(0, audio.size)]
        segments: list[Segment] = []
        for cut in cuts:
            report(cut.start / audio.size)
            context = join_text(segments, lang or "en")
            found, detected = self._decode(
                audio[cut.start : cut.end],
                lang,
                offset_s=cut.start / SAMPLE_RATE,
                context=context,
                live=False,
            )
            lang = lang or detected  # 'auto': the first piece decides for the rest
            segments += found
        report(1.0)
        return self._finalize(segments, audio.size / SAMPLE_RATE, warnings, lang or "en", speech)

    def _language(self, language: str | None) -> str | None:
        chosen = language or self.config.language
        return None if chosen == "auto" else chosen

    def _prompt(self, language: str | None) -> tuple[str | None, str | None]:
        """(initial prompt, hotwords). The prompt alone fixed note jargon in our tests and
        long hotword lists made base loop over them; with 'auto' a prompt in one language
        would bias detection, so a few hotwords are used instead."""
        if language is None:
            return None, hotwords_for(self.terms[:HOTWORDS_AUTO])
        return vocabulary_prompt(self.terms, language) or None, None

    def _decode(
        self,
        audio: np.ndarray,
        language: str | None,
        *,
        offset_s: float,
        context: str,
        live: bool,
        budget: DecodeBudget | None = None,
    ) -> tuple[list[Segment], str]:
        """Decode one piece of audio, already cut by the VAD. A `live` piece is first
        encoded in a short window (LocalWhisper.transcribe) and costs at most
        `budget.passes` passes of the model in all."""
        prompt, hotwords = self._prompt(language)
        context = context[-_context_chars(language) :]
        if self.backend == "openai":
            full_prompt = " ".join(p for p in (prompt, context) if p) or None
            segments, detected = self._remote_backend().transcribe(
                audio, language=language, prompt=full_prompt
            )
            segments = [_shift(s, offset_s) for s in segments]
        elif live:
            segments, detected = self._decode_live(
                audio, language, offset_s, context, budget or DecodeBudget(LIVE_PASSES)
            )
        else:
            self.load()
            segments, detected = self._local.transcribe(
                audio,
                language=language,
                prompt=prompt,
                hotwords=hotwords,
                context=context,
                offset_s=offset_s,
                word_timestamps=True,  # a file: ~10 % more work, every skip found
            )
            end = self._local.passes + _GAP_PASSES
            segments = self._fill_gaps(
                audio,
                segments,
                language or detected,
                offset_s,
                lambda: self._local.passes < end,
                lambda _: self._local.passes < end,
                live=False,
            )
        cleaned = clean_segments(  # echo check on the vocabulary only: repeating is allowed
            segments, prompt=prompt, language=detected, script=self.config.script, terms=self.terms
        )
        return cleaned, detected

    def _decode_live(
        self,
        audio: np.ndarray,
        language: str | None,
        offset_s: float,
        context: str,
        budget: DecodeBudget,
    ) -> tuple[list[Segment], str]:
        """A live piece: the decode ladder, then a second look at speech it left out
        (_timed, _fill_gaps), each pass only while the budget allows it."""
        self.load()
        prompt, hotwords = self._prompt(language)
        first = self._local.passes

        def may_retry(broken: bool) -> bool:
            return budget.allows(self._local.passes - first, broken)

        segments, detected = self._local.transcribe(
            audio,
            language=language,
            prompt=prompt,
            hotwords=hotwords,
            context=context,
            offset_s=offset_s,
            short_window=True,
            keep_going=may_retry,
        )

        def may_look() -> bool:
            return budget.look(self._local.passes - first)

        room = budget.look(self._local.passes - first + 1)  # a timed pass and a gap
        if room and says_too_little(join_text(segments, detected), audio, detected):
            timed = self._timed(audio, language or detected, offset_s)
            segments = self._fill_gaps(
                audio, timed or segments, language or detected, offset_s, may_look, may_retry
            )
        return segments, detected

    def _timed(self, audio: np.ndarray, language: str, offset_s: float) -> list[Segment]:
        """A live piece that says too little, decoded again with word times (they show
        where the words really end, so _fill_gaps finds what Whisper skipped)."""
        prompt, hotwords = self._prompt(language)
        timed, _ = self._local.transcribe(
            audio,
            language=language,
            prompt=prompt,
            hotwords=hotwords,
            short_window=True,
            offset_s=offset_s,
            word_timestamps=True,
            max_passes=1,  # the likeliest kept: only its word times matter here
        )
        return list(timed)

    def _fill_gaps(
        self,
        audio: np.ndarray,
        segments: list[Segment],
        language: str,
        offset_s: float,
        may_look: Callable[[], bool],
        may_retry: MayRetry,
        live: bool = True,
    ) -> list[Segment]:
        """Whisper sometimes skips speech (after a final timestamp, or one of two alike
        sentences), a segment stretching over what it skipped: decode each stretch of
        speech the VAD heard but no word covers, while `may_look` allows it (and retry
        one while `may_retry` does)."""
        prompt, hotwords = self._prompt(language)
        done = segments
        for start, end in uncovered_speech(audio, done, offset_s):
            if not may_look():
                break
            before = [s for s in done if s.start < offset_s + start]
            more, _ = self._local.transcribe(
                audio[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)],
                language=language,
                prompt=prompt,
                hotwords=hotwords,
                short_window=live,  # a file's gaps: in Whisper's 30 s window, as the file
                context=join_text(before, language)[-_context_chars(language) :],
                offset_s=offset_s + start,
                max_passes=2,
                keep_going=may_retry,
            )
            done = sorted([*done, *more], key=lambda s: s.start)
        return done

    def _finalize(
        self,
        segments: list[Segment],
        duration_s: float,
        warnings: list[str],
        language: str,
        speech: list[Span] | None,
    ) -> Transcript:
        """The transcript with its metrics; `speech` (VAD stretches) times them when given."""
        if not segments:
            raise AudioError(
                "No speech was recognised in the recording. Speak closer to the microphone "
                "and answer again, or type your answer.",
                "no_speech",
            )
        return build_transcript(
            segments,
            language=language,
            duration_s=duration_s,
            warnings=warnings,
            backend=self.backend,
            model=self.model_name,
            speech=speech,
        )

    # -- live --------------------------------------------------------------------------
    def incremental(
        self,
        *,
        sample_rate: int = SAMPLE_RATE,
        language: str | None = None,
        on_partial: Callable[[str], None] | None = None,
    ) -> IncrementalTranscriber:
        """A live transcriber for one answer: feed() chunks, then finish() or cancel()."""
        lang = self._language(language)
        detected: list[str] = []

        def decode(
            audio: np.ndarray, offset_s: float, context: str, budget: DecodeBudget
        ) -> list[Segment]:
            language = detected[0] if detected else lang
            segments, found = self._decode(
                audio, language, offset_s=offset_s, context=context, live=True, budget=budget
            )
            detected.append(found)  # 'auto': the first utterance decides for the rest
            return segments

        def finalize(
            segments: list[Segment], duration_s: float, warns: list[str], speech: list[Span]
        ) -> Transcript:
            language = detected[0] if detected else (lang or "en")
            return self._finalize(segments, duration_s, warns, language, speech)

        if self.backend == "local":
            self.load()
        return IncrementalTranscriber(
            decode,
            finalize,
            sample_rate=sample_rate,
            on_partial=on_partial,
            clean_text=lambda segs: join_text(segs, detected[0] if detected else lang or "en"),
        )


def _shift(segment: Segment, offset_s: float) -> Segment:
    if not offset_s:
        return segment
    words = [
        w.model_copy(update={"start": w.start + offset_s, "end": w.end + offset_s})
        for w in segment.words
    ]
    return segment.model_copy(
        update={"start": segment.start + offset_s, "end": segment.end + offset_s, "words": words}
    )
