"""Several takes of one answer are one answer: their audio, text and metrics joined.

The candidate may stop (or a pause may stop the recording) and press Start speaking
again to add to the same answer. Review plays one recording and shows one set of
delivery metrics, so the takes are joined here — in the worker that finishes the take
— instead of the last take silently replacing the earlier ones.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000


@dataclass(frozen=True)
class Recorded:
    """What one or more takes of an answer gave: 16 kHz int16 audio and a voice.Transcript."""

    audio: np.ndarray
    transcript: Any
    takes: int = 1
    from_file: bool = False  # some take was an audio file recorded elsewhere, not live

    @property
    def seconds(self) -> float:
        return self.audio.size / SAMPLE_RATE


def join_takes(earlier: Recorded | None, latest: Recorded) -> Recorded:
    """`latest` after `earlier`: its segments shifted by the earlier audio's length, and
    the delivery metrics measured again over the whole answer — except the time to the
    first word, which the first take's VAD measured (Whisper's segments often start at 0)."""
    if earlier is None:
        return latest
    from voice import compute_metrics

    offset = earlier.seconds
    shifted = [_shifted(segment, offset) for segment in latest.transcript.segments]
    segments = [*earlier.transcript.segments, *shifted]
    duration = offset + latest.seconds
    language = latest.transcript.language
    texts = [earlier.transcript.text.strip(), latest.transcript.text.strip()]
    metrics = compute_metrics(segments, duration, language)
    metrics.time_to_first_word_s = _first_word(earlier, latest, offset)
    transcript = latest.transcript.model_copy(
        update={
            "text": "\n".join(text for text in texts if text),
            "segments": segments,
            "duration_s": duration,
            "metrics": metrics,
        }
    )
    audio = np.concatenate([earlier.audio, latest.audio])
    from_file = earlier.from_file or latest.from_file
    return Recorded(audio, transcript, earlier.takes + latest.takes, from_file)


def _first_word(earlier: Recorded, latest: Recorded, offset: float) -> float | None:
    first = earlier.transcript.metrics.time_to_first_word_s
    if first is not None:
        return float(first)
    later = latest.transcript.metrics.time_to_first_word_s
    return None if later is None else round(offset + later, 2)


def _shifted(segment: Any, offset: float) -> Any:
    words = [
        word.model_copy(update={"start": word.start + offset, "end": word.end + offset})
        for word in segment.words
    ]
    return segment.model_copy(
        update={"start": segment.start + offset, "end": segment.end + offset, "words": words}
    )


def keep_answer(
    earlier: Recorded | None, latest: Recorded, target: Any
) -> tuple[Recorded, str, Any]:
    """Worker: the whole answer so far (earlier takes joined), this take's text, and the
    answer's audio file kept for review (None when it could not be written)."""
    from voice import save_answer_audio

    answer = join_takes(earlier, latest)
    try:
        path = save_answer_audio(answer.audio, SAMPLE_RATE, target)
    except Exception as exc:  # the text matters more than the recording
        log.warning("could not save the answer audio: %s", exc)
        path = None
    return answer, latest.transcript.text, path
