"""Words the exports share: stage names and delivery lines in the session's language."""

from __future__ import annotations

from typing import Any

from agent._labels import Words, stage_title
from agent.prompts import STAGE_NAMES

_WRAP_UP = Words("wrap-up", "总结")

_DELIVERY = {
    "title": Words("Delivery", "表达"),
    "rate": Words("{v:.0f} {unit}", "语速 {v:.0f} {unit}"),
    "fillers": Words("{v} filler word(s)", "口头禅 {v} 次"),
    "pauses": Words(
        "{v} long pause(s) (longest {longest:.1f} s)", "长停顿 {v} 次（最长 {longest:.1f} 秒）"
    ),
    "first": Words("first word after {v:.1f} s", "开口用时 {v:.1f} 秒"),
    "answers": Words("{v} spoken answer(s)", "{v} 个语音回答"),
    "chars/min": Words("chars/min", "字/分钟"),
    "words/min": Words("words/min", "词/分钟"),
}


def lang_of(language: str) -> str:
    return "zh" if language.startswith("zh") else "en"


def stage_name(stage: str, language: str) -> str:
    """A stage id ("self_intro") as the candidate reads it, in the export's language."""
    lang = lang_of(language)
    if stage in STAGE_NAMES:
        return stage_title(stage, lang)
    return _WRAP_UP.said_in(lang).capitalize() if stage == "wrap_up" else stage


def delivery_title(language: str) -> str:
    return _DELIVERY["title"].said_in(language)


def delivery_line(metrics: dict[str, Any] | None, language: str) -> str:
    """One line from a DeliveryMetrics or DeliverySummary dump ("" when there is none)."""
    if not metrics:
        return ""
    words = {key: text.said_in(language) for key, text in _DELIVERY.items()}
    parts = []
    if metrics.get("voice_answers"):
        parts.append(words["answers"].format(v=metrics["voice_answers"]))
    if metrics.get("speaking_rate") is not None:
        unit = words.get(str(metrics.get("rate_unit")), str(metrics.get("rate_unit", "")))
        parts.append(words["rate"].format(v=metrics["speaking_rate"], unit=unit))
    parts.append(words["fillers"].format(v=metrics.get("filler_count", 0)))
    longest = float(metrics.get("longest_pause_s") or 0.0)
    parts.append(words["pauses"].format(v=metrics.get("long_pauses", 0), longest=longest))
    if metrics.get("time_to_first_word_s") is not None:
        parts.append(words["first"].format(v=metrics["time_to_first_word_s"]))
    return " · ".join(parts)


def citation_label(c: dict[str, Any]) -> str:
    heading = " > ".join(c.get("heading_path") or [])
    where = f"{c['source']}:{c['line_start']}-{c['line_end']}"
    return f"{where} ({heading})" if heading else where
