"""The result every backend returns, and the clean-up shared by batch and incremental paths."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, Field

from voice._segments import Segment, Span
from voice._text import is_prompt_echo, strip_prompt_echo, strip_term_list, to_script
from voice.metrics import DeliveryMetrics, compute_metrics


class Transcript(BaseModel):
    text: str
    language: str  # "zh", "en", ... (detected when the setting is "auto")
    segments: list[Segment] = Field(default_factory=list)
    duration_s: float
    metrics: DeliveryMetrics
    warnings: list[str] = Field(default_factory=list)  # e.g. clipped audio
    backend: str = "local"
    model: str = ""


def clean_segments(
    segments: Sequence[Segment],
    *,
    prompt: str | None,
    language: str,
    script: Literal["simplified", "traditional"],
    terms: Sequence[str] = (),
) -> list[Segment]:
    """Drop prompt echoes, hallucinated term lists and empty segments; set the script."""
    cleaned: list[Segment] = []
    for seg in segments:
        text = seg.text.strip()
        if prompt:
            if is_prompt_echo(text, prompt):
                continue
            text = strip_prompt_echo(text, prompt)
        text = strip_term_list(text, terms)
        if language.startswith("zh"):
            text = to_script(text, script)
        if text:
            cleaned.append(seg.model_copy(update={"text": text}))
    return cleaned


def join_text(segments: Sequence[Segment], language: str) -> str:
    """Chinese segments join without spaces; other languages with one space."""
    sep = "" if language.startswith(("zh", "ja")) else " "
    return sep.join(s.text.strip() for s in segments).strip()


def build_transcript(
    segments: Sequence[Segment],
    *,
    language: str,
    duration_s: float,
    warnings: Sequence[str] = (),
    backend: str = "local",
    model: str = "",
    speech: Sequence[Span] | None = None,
) -> Transcript:
    return Transcript(
        text=join_text(segments, language),
        language=language,
        segments=list(segments),
        duration_s=round(duration_s, 3),
        metrics=compute_metrics(segments, duration_s, language, speech),
        warnings=list(warnings),
        backend=backend,
        model=model,
    )
