"""Delivery metrics (voice.metrics.DeliveryMetrics, or the report's DeliverySummary) as
one line of text in the UI language, for the score card, the report card and Review."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop._tr import tr

# fields worth showing, their labels, and how many decimals they get
METRIC_NAMES = {
    "voice_answers": (QT_TRANSLATE_NOOP("", "Spoken answers"), 0),
    "speaking_rate": (QT_TRANSLATE_NOOP("", "Speaking rate"), 0),
    "filler_count": (QT_TRANSLATE_NOOP("", "Filler words"), 0),
    "long_pauses": (QT_TRANSLATE_NOOP("", "Long pauses"), 0),
    "longest_pause_s": (QT_TRANSLATE_NOOP("", "Longest pause"), 1),
    "time_to_first_word_s": (QT_TRANSLATE_NOOP("", "First word after"), 1),
    "duration_s": (QT_TRANSLATE_NOOP("", "Duration"), 0),
}
NO_BREAK = "\u00a0"
# times read "First word after 1.6 s", not "First word after (s) 1.6"
SECONDS = QT_TRANSLATE_NOOP("", "%1 s")
RATE_UNITS = {
    "chars/min": QT_TRANSLATE_NOOP("", "chars/min"),
    "words/min": QT_TRANSLATE_NOOP("", "words/min"),
}


def metrics_text(metrics: dict[str, Any] | None) -> str:
    """ "Speaking rate 162 words/min · Filler words 0 · …" ("" when nothing was measured)."""
    shown = []
    for key, (label, decimals) in METRIC_NAMES.items():
        value = (metrics or {}).get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            figure = f"{value:.{decimals}f}"
            if key == "speaking_rate":
                raw = str((metrics or {}).get("rate_unit", ""))
                figure += f" {tr(str(RATE_UNITS[raw]))}" if raw in RATE_UNITS else f" {raw}"
            elif key.endswith("_s"):
                figure = tr(str(SECONDS)).replace("%1", figure)
            # a line wraps between the items, never inside one: "最长停顿 0.0 / 秒" broke
            # the figure from its unit at the narrowest window
            shown.append(f"{tr(str(label))} {figure}".replace(" ", NO_BREAK))
    return " · ".join(shown)


def delivery_html(metrics: dict[str, Any] | None, muted: str, from_file: bool = False) -> str:
    """A "Delivery: …" paragraph, or "" for a typed answer; an answer from an audio file
    says so (its figures came from a recording made elsewhere, not a live take)."""
    text = metrics_text(metrics)
    if not text:
        return ""
    label = html.escape(tr("Delivery (from an audio file)") if from_file else tr("Delivery"))
    return f'<p style="color:{muted}">{label}: {html.escape(text)}</p>'
