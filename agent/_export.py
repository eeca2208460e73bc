"""Session exports: JSON (machine-readable), Markdown and HTML (for reading and sharing).

All three come from one dictionary (`session_document`), so they never disagree.
Offline scores say "offline estimate" and failed scores say "scoring failed" wherever
a score is shown.
"""

from __future__ import annotations

import html
import json
from datetime import datetime
from typing import Any

from agent._models import TurnScore
from agent._rubric import readable
from agent.store import ExportFormat, SessionRecord

LABELS = {
    "llm": "LLM rubric",
    "guarded": "rule-based (guarded)",
    "offline_estimate": "offline estimate",
    "failed": "scoring failed",
}


def score_label(score: TurnScore | None, estimate: bool = False) -> str:
    """How a score was made; in an offline session every score is an offline estimate."""
    if score is None:
        return "not scored"
    if estimate and score.status == "guarded":
        return "offline estimate (guarded)"
    return LABELS.get(score.status, score.status)


def _when(ts: float | None) -> str | None:
    return None if ts is None else datetime.fromtimestamp(ts).isoformat(timespec="seconds")


def _turn_document(record: SessionRecord, estimate: bool) -> list[dict[str, Any]]:
    turns = []
    for t in record.turns:
        score = t.score
        turns.append(
            {
                "turn_id": t.turn_id,
                "stage": t.stage,
                "topic": t.topic,
                "question": t.question,
                "is_follow_up": t.is_follow_up,
                "answer": t.answer.text if t.answer else None,
                "answer_source": t.answer.source if t.answer else None,
                "audio_path": t.answer.audio_path if t.answer else None,
                "overall": score.overall if score else None,
                "score_label": score_label(score, estimate),
                "score": score.model_dump(mode="json") if score else None,
                "asked_at": _when(t.asked_at),
                "answered_at": _when(t.answered_at),
                "timings": t.timings,
                "usage": t.usage,
                "citation": t.citation.label() if t.citation else None,
            }
        )
    return turns


def session_document(record: SessionRecord) -> dict[str, Any]:
    report = record.current_report()
    return {
        "id": record.id,
        "status": record.status,
        "started_at": _when(record.started_at),
        "ended_at": _when(record.ended_at),
        "options": record.options.model_dump(mode="json"),
        "score_basis": report.basis,
        "score_label": "offline estimate" if report.is_estimate else "LLM rubric",
        "report": report.model_dump(mode="json"),
        "turns": _turn_document(record, report.is_estimate),
        "usage": record.usage,
    }


def _markdown(doc: dict[str, Any]) -> str:
    report = doc["report"]
    lang = doc["options"]["language"]
    estimate = " (offline estimate)" if doc["score_basis"] in ("offline_estimate", "mixed") else ""
    overall = report["overall"]
    lines = [
        f"# Interview {doc['id']}",
        "",
        f"- Started: {doc['started_at']}  Ended: {doc['ended_at'] or 'not finished'}",
        f"- Mode: {doc['options']['mode']}, language: {doc['options']['language']},"
        f" style: {doc['options']['style']}",
        f"- Overall: {'-' if overall is None else overall}{estimate}",
        "",
        "## Scores by stage",
        "",
        *[f"- {stage}: {value}{estimate}" for stage, value in report["by_stage"].items()],
        "",
        "## Dimensions (1-5)",
        "",
        *[f"- {readable(name, lang)}: {value}" for name, value in report["by_dimension"].items()],
        "",
        "## Strengths",
        "",
        *[f"- {readable(s, lang)}" for s in report["strengths"] or ["-"]],
        "",
        "## Weak topics to review",
        "",
    ]
    for weak in report["weak_topics"]:
        lines.append(f"- **{weak['topic']}** ({weak['stage']}, {weak['score']}{estimate})")
        lines.extend(f"  - review: {_citation_label(c)}" for c in weak["review"])
    if report["failed"]:
        lines += ["", f"{report['failed']} answer(s): scoring failed - retry from the app."]
    lines += ["", "## Turns", "", *_markdown_turns(doc["turns"])]
    return "\n".join(lines).rstrip() + "\n"


def _markdown_turns(turns: list[dict[str, Any]]) -> list[str]:
    lines = []
    for t in turns:
        score = "-" if t["overall"] is None else t["overall"]
        lines += [
            f"### {t['turn_id']} · {t['stage']} · {t['topic']}",
            "",
            f"**Q:** {t['question']}",
            "",
            f"**A:** {t['answer'] or '(no answer)'}",
            "",
            f"**Score:** {score} ({t['score_label']})",
            "",
        ]
        if t["score"] and t["score"]["summary"]:
            lines += [f"> {t['score']['summary']}", ""]
    return lines


def _citation_label(c: dict[str, Any]) -> str:
    heading = " > ".join(c.get("heading_path") or [])
    where = f"{c['source']}:{c['line_start']}-{c['line_end']}"
    return f"{where} ({heading})" if heading else where


def _html(doc: dict[str, Any]) -> str:
    """Markdown-like structure as HTML, every piece of user text escaped."""
    e = html.escape
    report = doc["report"]
    estimate = " (offline estimate)" if doc["score_basis"] in ("offline_estimate", "mixed") else ""
    overall = "-" if report["overall"] is None else report["overall"]
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>Interview {e(doc['id'])}</title></head><body>",
        f"<h1>Interview {e(doc['id'])}</h1>",
        f"<p>Overall: <b>{overall}</b>{e(estimate)}</p>",
        "<h2>Scores by stage</h2><ul>",
        *[f"<li>{e(s)}: {v}{e(estimate)}</li>" for s, v in report["by_stage"].items()],
        "</ul><h2>Weak topics to review</h2><ul>",
    ]
    for weak in report["weak_topics"]:
        refs = "".join(f"<li>{e(_citation_label(c))}</li>" for c in weak["review"])
        parts.append(f"<li>{e(weak['topic'])} ({weak['score']}{e(estimate)})<ul>{refs}</ul></li>")
    parts.append("</ul><h2>Turns</h2>")
    for t in doc["turns"]:
        score = "-" if t["overall"] is None else t["overall"]
        parts += [
            f"<section><h3>{e(t['turn_id'])} · {e(t['stage'])} · {e(t['topic'])}</h3>",
            f"<p><b>Q:</b> {e(t['question'])}</p>",
            f"<p><b>A:</b> {e(t['answer'] or '(no answer)')}</p>",
            f"<p><b>Score:</b> {score} ({e(t['score_label'])})</p></section>",
        ]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def render(record: SessionRecord, fmt: ExportFormat) -> str:
    doc = session_document(record)
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return _markdown(doc)
    if fmt == "html":
        return _html(doc)
    raise ValueError(f"unknown export format {fmt!r}: use md, html or json")
