"""The HTML export: a styled, self-contained page with the report and every turn's feedback.

Every piece of user or model text is escaped. The same page is printed to PDF by the
desktop, so the CSS sticks to what Qt's rich text understands as well as browsers.
"""

from __future__ import annotations

import html
from typing import Any

from agent._export_text import citation_label, delivery_line, delivery_title, lang_of, stage_name
from agent._rubric import readable

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

_MARKS = {"hit": "✓", "partly": "◐", "missed": "✗", "contradicted": "⚠"}


def html_document(doc: dict[str, Any]) -> str:
    e = html.escape
    report, lang = doc["report"], doc["options"]["language"]
    estimate = " (offline estimate)" if doc["score_basis"] in ("offline_estimate", "mixed") else ""
    overall = "-" if report["overall"] is None else report["overall"]
    html_lang = "zh-CN" if lang_of(lang) == "zh" else "en"
    parts = [
        f"<!DOCTYPE html><html lang='{html_lang}'><head><meta charset='utf-8'>",
        f"<title>Interview {e(doc['id'])}</title><style>{_STYLE}</style></head><body>",
        f"<h1>Interview {e(doc['id'])}</h1>",
        f"<p class='meta'>Started: {e(str(doc['started_at']))} · "
        f"Ended: {e(str(doc['ended_at'] or 'not finished'))}</p>",
        f"<p>Overall: <b>{overall}</b>{e(estimate)}</p>",
        "<h2>Scores by stage</h2><ul>",
        *[
            f"<li>{e(stage_name(s, lang))}: {v}{e(estimate)}</li>"
            for s, v in report["by_stage"].items()
        ],
        "</ul>",
    ]
    delivery = delivery_line(report.get("delivery"), lang)
    if delivery:
        parts.append(f"<h2>{e(delivery_title(lang))}</h2><p>{e(delivery)}</p>")
    parts.append("<h2>Weak topics to review</h2><ul>")
    for weak in report["weak_topics"]:
        refs = "".join(f"<li>{e(citation_label(c))}</li>" for c in weak["review"])
        parts.append(f"<li>{e(weak['topic'])} ({weak['score']}{e(estimate)})<ul>{refs}</ul></li>")
    parts.append("</ul><h2>Turns</h2>")
    parts.extend(_turn_html(t, lang) for t in doc["turns"])
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _turn_html(t: dict[str, Any], lang: str) -> str:
    e = html.escape
    score = "-" if t["overall"] is None else t["overall"]
    failed = " failed" if t["score_label"] == "scoring failed" else ""
    answer = e(t["answer"] or "(no answer)").replace("\n", "<br>")
    parts = [
        f"<div class='turn'><h3>{e(t['stage_name'])} · {e(t['topic'])}</h3>",
        f"<p><b>Q:</b> {e(t['question'])}</p>",
        f"<p><b>A:</b> {answer}</p>",
    ]
    if t["delivery"]:
        line = delivery_line(t["delivery"], lang)
        parts.append(f"<p class='muted'>{e(delivery_title(lang))}: {e(line)}</p>")
    parts.append(f"<p class='score{failed}'>Score: {score} ({e(t['score_label'])})</p>")
    if t["score"]:
        parts.append(_feedback_html(t["score"], lang))
    parts.append("</div>")
    return "\n".join(parts)


def _feedback_html(score: dict[str, Any], lang: str) -> str:
    e = html.escape
    parts = [f"<p>{e(score['summary'])}</p>"] if score["summary"] else []
    if score["dimensions"]:
        rows = "".join(
            f"<tr><td><b>{e(readable(d['name'], lang))}</b></td><td>{d['score']}/5</td>"
            f"<td>{e(d['reason'])}</td></tr>"
            for d in score["dimensions"]
        )
        parts.append(f"<table class='dims'>{rows}</table>")
    if score["key_points"]:
        items = "".join(
            f"<li><span class='{e(kp['status'])}'>{_MARKS.get(kp['status'], '·')}</span> "
            f"{e(kp['point'])}</li>"
            for kp in score["key_points"]
        )
        parts.append(f"<p><b>Key points</b></p><ul>{items}</ul>")
    if score["references"]:
        refs = "; ".join(e(citation_label(c)) for c in score["references"])
        parts.append(f"<p class='muted'>Reference in your notes: {refs}</p>")
    if score["improved_answer"]:
        better = e(score["improved_answer"]).replace("\n", "<br>")
        parts.append(f"<p><b>A stronger answer</b></p><p class='stronger'>{better}</p>")
    return "\n".join(parts)
