"""Delivery metrics of a spoken answer: pace, fillers, pauses, start, English share.

Public and light (pydantic + stdlib only): the agent imports it to comment on delivery.

Heuristics, stated so they can be argued with:

* **Speaking rate** counts Han characters plus English words (one each) per minute
  for Chinese, words per minute for English, over the speech span (start of the
  first stretch of speech to the end of the last), so a slow start is not counted
  twice (see `time_to_first_word_s`).
* **Fillers.** Pure hesitations (嗯, 呃, um, uh, er, erm, hmm) always count.
  啊 counts when it stands alone or opens a clause (not 是啊). The ambiguous ones
  (那个, 就是, 然后, like, you know, I mean) count only when they form a clause of
  their own (between punctuation or pauses: "然后，", ", like,"), or when they are
  immediately repeated (就是就是 → one filler). "那个模型", "I like RAG",
  "这就是原因", "然后我们训练" are not fillers. Whisper tends to drop hesitations,
  so counts are a lower bound.
* **Timing** (speech span, long pauses, time to first word) follows the stretches
  of speech the VAD heard (`speech`, Silero over the recording) that overlap the
  transcript, so a cough before the answer or noise Whisper dropped does not count;
  without them, word timestamps, else segment times. **Long pauses** are silences
  of at least `LONG_PAUSE_S` between consecutive stretches.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, Field

from voice._segments import Segment, Span

LONG_PAUSE_S = 2.0
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'+#\-]*")
_CLAUSE_SPLIT = re.compile(r"[，。！？、；：…,.!?;:\n]+")
_ZH_ALWAYS = ("嗯", "呃")
_ZH_SOMETIMES = ("那个", "就是", "然后")
_EN_ALWAYS = ("um", "uh", "er", "erm", "hmm", "uhm")
_EN_SOMETIMES = ("like", "you know", "i mean")


class DeliveryMetrics(BaseModel):
    language: Literal["zh", "en"]
    duration_s: float
    speech_span_s: float  # first stretch of speech to the end of the last
    speaking_rate: float  # per minute over the speech span
    rate_unit: Literal["chars/min", "words/min"]
    filler_counts: dict[str, int] = Field(default_factory=dict)
    filler_count: int = 0
    fillers_per_min: float = 0.0
    long_pause_threshold_s: float = LONG_PAUSE_S
    long_pauses: int = 0
    longest_pause_s: float = 0.0
    time_to_first_word_s: float | None = None  # None: nothing was said
    english_term_share: float | None = None  # Chinese answers: English words / all units


def compute_metrics(
    segments: Sequence[Segment],
    duration_s: float,
    language: str,
    speech: Sequence[Span] | None = None,
) -> DeliveryMetrics:
    """Measure one answer from its timed segments (language 'zh' or 'en') and, when
    known, the stretches of speech (start, end) the VAD heard."""
    lang: Literal["zh", "en"] = "zh" if language.startswith("zh") else "en"
    spoken = [s for s in segments if s.text.strip()]
    text = "\n".join(s.text.strip() for s in spoken)
    timeline = _timeline(spoken, speech or ())
    span = (timeline[-1][1] - timeline[0][0]) if timeline else 0.0
    han, english = len(_HAN.findall(text)), len(_EN_WORD.findall(text))
    units = han + english if lang == "zh" else english
    fillers = count_fillers(text, lang)
    n_fillers = sum(fillers.values())
    gaps = [max(0.0, b[0] - a[1]) for a, b in itertools.pairwise(timeline)]
    long_gaps = [g for g in gaps if g >= LONG_PAUSE_S]
    return DeliveryMetrics(
        language=lang,
        duration_s=round(duration_s, 2),
        speech_span_s=round(span, 2),
        speaking_rate=round(_per_min(units, span), 1),
        rate_unit="chars/min" if lang == "zh" else "words/min",
        filler_counts=dict(fillers),
        filler_count=n_fillers,
        fillers_per_min=round(_per_min(n_fillers, span), 2),
        long_pauses=len(long_gaps),
        longest_pause_s=round(max(gaps, default=0.0), 2),
        time_to_first_word_s=round(timeline[0][0], 2) if timeline else None,
        english_term_share=round(english / units, 3) if lang == "zh" and units else None,
    )


def _per_min(count: int, seconds: float) -> float:
    return count * 60.0 / seconds if seconds > 0 else 0.0


_OVERLAP_SLACK_S = 0.2  # Whisper's segment times are rounded and a little loose


def _timeline(spoken: Sequence[Segment], speech: Sequence[Span]) -> list[Span]:
    """Stretches of speech in time order: heard ones that overlap the transcript, else
    words, else segments."""
    if not spoken:
        return []
    heard = [
        (start, end)
        for start, end in speech
        if any(
            start < s.end + _OVERLAP_SLACK_S and end > s.start - _OVERLAP_SLACK_S for s in spoken
        )
    ]
    if heard:
        return sorted(heard)
    spans: list[Span] = []
    for seg in spoken:
        if seg.words:
            spans.extend((w.start, w.end) for w in seg.words)
        else:
            spans.append((seg.start, seg.end))
    return spans


def count_fillers(text: str, language: str) -> Counter[str]:
    """Filler words by the heuristic in the module docstring."""
    clauses = [c.strip() for c in _CLAUSE_SPLIT.split(text) if c.strip()]
    counts: Counter[str] = Counter()
    for clause in clauses:
        if language.startswith("zh"):
            _zh_clause_fillers(clause.replace(" ", ""), counts)
        _en_clause_fillers(clause.lower(), counts)
    return counts


def _zh_clause_fillers(clause: str, counts: Counter[str]) -> None:
    for word in _ZH_ALWAYS:
        counts[word] += clause.count(word)
    if clause.startswith("啊") or set(clause) == {"啊"}:
        counts["啊"] += 1
    rest = clause
    for word in _ZH_ALWAYS:
        rest = rest.replace(word, "")
    for word in _ZH_SOMETIMES:
        if rest and not rest.replace(word, ""):  # the clause is only this word
            counts[word] += rest.count(word)
            continue
        for run in re.finditer(f"(?:{word}){{2,}}", clause):
            counts[word] += len(run.group(0)) // len(word) - 1
    _drop_zeros(counts)


def _drop_zeros(counts: Counter[str]) -> None:
    for key in [k for k, v in counts.items() if v == 0]:
        del counts[key]


def _en_clause_fillers(clause: str, counts: Counter[str]) -> None:
    words = _EN_WORD.findall(clause)
    if not words:
        return
    for w in words:
        if w in _EN_ALWAYS:
            counts[w] += 1
    content = " ".join(w for w in words if w not in _EN_ALWAYS)
    for phrase in _EN_SOMETIMES:
        if content == phrase:
            counts[phrase] += 1
        else:
            repeated = re.findall(rf"\b(?:{phrase} ){{1,}}{phrase}\b", content)
            counts[phrase] += sum(r.count(phrase) - 1 for r in repeated)
    _drop_zeros(counts)
