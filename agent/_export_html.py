"""The HTML export: a styled, self-contained page with the report and every turn's feedback.

Every piece of user or model text is escaped. The same page is printed to PDF by the
desktop, so the CSS sticks to what Qt's rich text understands as well as browsers.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from agent._export_text import delivery_line, lang_of, said, stage_name
from agent._html import Look, report_html, turn_html, words_in
from agent._labels import basis_label, score_label, topic_title
from agent._rubric import readable
from agent._turn import Turn
from agent.report import Report

_STYLE = """
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
       "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
       color: #1f2328; max-width: 52em; margin: 2em auto; padding: 0 1em; line-height: 1.5; }
h1 { font-size: 20pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em; margin-top: 1.4em; }
h3 { font-size: 12pt; margin-bottom: 0.3em; }
.meta, .muted { color: #656d76; }
.turn { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.6em 1em; margin: 1em 0; }
.score { font-weight: bold; }
.hit { color: #1a7f37; } .partly { color: #9a6700; }
.missed, .contradicted, .failed { color: #cf222e; }
.stronger { background: #f6f8fa; padding: 0.5em 0.8em; border-left: 3px solid #0969da; }
table.dims td { padding: 2px 10px 2px 0; vertical-align: top; }
"""


def html_document(doc: dict[str, Any], turns: Sequence[Turn]) -> str:
    """The page: the session document's header and report, then every turn."""
    e, lang = html.escape, lang_of(doc["options"]["language"])
    look = export_look(lang, doc["score_basis"] in ("offline_estimate", "mixed"))
    report, turns = _topics_named(Report.model_validate(doc["report"]), turns, lang)
    html_lang = "zh-CN" if lang == "zh" else "en"
    title = e(said("title", lang, id=doc["id"]))
    ended = doc["ended_at"] or said("not_finished", lang)
    times = said("times", lang, began=doc["started_at"], ended=ended).replace("  ", " · ")
    parts = [
        f"<!DOCTYPE html><html lang='{html_lang}'><head><meta charset='utf-8'>",
        f"<title>{title}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{title}</h1>",
        f"<p class='meta'>{e(times)}</p>",
        report_html(report, look),
        f"<h2>{e(said('turns', lang))}</h2>",
        *(f"<div class='turn'>{turn_html(t, look)}</div>" for t in turns),
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _topics_named(
    report: Report, turns: Sequence[Turn], language: str
) -> tuple[Report, list[Turn]]:
    """Topics as the session's language names them (as the Markdown export and the app do):
    a Chinese page listed the weak topic "Challenge" and headed a turn "行为面试 · Conflict"."""
    weak = [
        w.model_copy(update={"topic": topic_title(w.topic, w.stage, language)})
        for w in report.weak_topics
    ]
    named = [t.model_copy(update={"topic": topic_title(t.topic, t.stage, language)}) for t in turns]
    return report.model_copy(update={"weak_topics": weak}), named


def export_look(language: str, estimate: bool) -> Look:
    """The export's words, stage, dimension and score names in the session's language."""
    return Look(
        words=words_in(language),
        stage=lambda stage: stage_name(stage, language),
        dimension=lambda name: topic_title(readable(name, language), "", language),
        label=lambda score: score_label(score, estimate, language),
        basis=lambda basis: basis_label(basis, language),
        delivery=lambda metrics: delivery_line(metrics, language),
    )
