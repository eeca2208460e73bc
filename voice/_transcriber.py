"""The Transcriber: one entry point over the local and the remote backend."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np

from voice._audio import SAMPLE_RATE, check_audio, load_audio, to_mono_16k
from voice._errors import AudioError, ModelUnavailableError
from voice._incremental import IncrementalTranscriber
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
_CONTEXT_CHARS = 120  # previous text handed to the next utterance, like Whisper's own windows


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
    ) -> Transcript:
        """Transcribe a file or a PCM array. Raises AudioError for unusable audio.

        The recording is cut at the pauses the VAD hears and decoded piece by piece
        (voice._pieces), each piece with the text before it as context."""
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
    ) -> tuple[list[Segment], str]:
        """Decode one piece of audio, already cut by the VAD. A `live` piece is first
        encoded in a short window (LocalWhisper.transcribe)."""
        prompt, hotwords = self._prompt(language)
        context = context[-_CONTEXT_CHARS:]
        if self.backend == "openai":
            full_prompt = " ".join(p for p in (prompt, context) if p) or None
            segments, detected = self._remote_backend().transcribe(
                audio, language=language, prompt=full_prompt
            )
            segments = [_shift(s, offset_s) for s in segments]
        else:
            self.load()
            options = dict(prompt=prompt, hotwords=hotwords)
            segments, detected = self._local.transcribe(
                audio,
                language=language,
                context=context,
                offset_s=offset_s,
                short_window=live,
                word_timestamps=not live,  # a file: ~10 % more work, every skip found
                **options,
            )
            if not live:
                segments = self._fill_gaps(audio, segments, language or detected, offset_s, live)
            elif says_too_little(join_text(segments, detected), audio, detected):
                segments = self._decode_rest(audio, segments, language or detected, offset_s, live)
        cleaned = clean_segments(  # echo check on the vocabulary only: repeating is allowed
            segments, prompt=prompt, language=detected, script=self.config.script, terms=self.terms
        )
        return cleaned, detected

    def _decode_rest(
        self,
        audio: np.ndarray,
        segments: list[Segment],
        language: str,
        offset_s: float,
        live: bool,
    ) -> list[Segment]:
        """A live piece that says too little: decode it again with word times (they show
        where the words really end), then fill the gaps."""
        prompt, hotwords = self._prompt(language)
        timed, _ = self._local.transcribe(
            audio,
            language=language,
            prompt=prompt,
            hotwords=hotwords,
            short_window=live,
            offset_s=offset_s,
            word_timestamps=True,
            max_passes=2,
        )
        return self._fill_gaps(audio, timed or segments, language, offset_s, live)

    def _fill_gaps(
        self,
        audio: np.ndarray,
        segments: list[Segment],
        language: str,
        offset_s: float,
        live: bool,
    ) -> list[Segment]:
        """Whisper sometimes skips speech (after a final timestamp, or one of two alike
        sentences), a segment stretching over what it skipped: decode each stretch of
        speech the VAD heard but no word covers, within _GAP_PASSES decodes."""
        prompt, hotwords = self._prompt(language)
        budget_end = self._local.passes + _GAP_PASSES
        done = segments
        for start, end in uncovered_speech(audio, done, offset_s):
            left = budget_end - self._local.passes
            if left <= 0:
                break
            before = [s for s in done if s.start < offset_s + start]
            more, _ = self._local.transcribe(
                audio[int(start * SAMPLE_RATE) : int(end * SAMPLE_RATE)],
                language=language,
                prompt=prompt,
                hotwords=hotwords,
                short_window=live,
                context=join_text(before, language)[-_CONTEXT_CHARS:],
                offset_s=offset_s + start,
                max_passes=min(2, left),
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
                "and answer again, or type your answer."
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

        def decode(audio: np.ndarray, offset_s: float, context: str) -> list[Segment]:
            language = detected[0] if detected else lang
            segments, found = self._decode(
                audio, language, offset_s=offset_s, context=context, live=True
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
