"""Session exports: JSON (machine-readable), Markdown and HTML (for reading and sharing).

JSON and Markdown come from one dictionary (`session_document`); the HTML page (also
printed to PDF) draws its report and turns with the renderer the desktop's Review view
uses (agent._html), in the session's language. Score labels come from one table
(agent._labels): offline scores say "offline estimate" ("离线估计" on a zh session's
page) and failed scores "scoring failed" ("评分失败") wherever a score is shown.
JSON fields are only ever added, never renamed: `stage` stays the id, `stage_name` is
the readable name in the session's language.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from agent._export_html import html_document
from agent._export_text import (
    citation_label,
    delivery_line,
    delivery_title,
    label_in,
    lang_of,
    option_words,
    plural_s,
    rough_estimates,
    said,
    stage_name,
)
from agent._labels import (
    KEY_POINT_LABELS,
    SCORE_LABELS,
    is_stage_name,
    label_of,
    score_label,
    topic_title,
)
from agent._rubric import readable
from agent.report import current_report, dimensions_by_stage, summarize_delivery
from agent.store import SessionRecord

ExportFormat = Literal["md", "html", "json"]


def _when(ts: float | None) -> str | None:
    return None if ts is None else datetime.fromtimestamp(ts).isoformat(timespec="seconds")


def _turn_document(record: SessionRecord, estimate: bool) -> list[dict[str, Any]]:
    turns = []
    language = record.options.language
    for t in record.turns:
        score = t.score
        turns.append(
            {
                "turn_id": t.turn_id,
                "stage": t.stage,
                "stage_name": stage_name(t.stage, language),
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
                "delivery": (t.answer.metrics or None) if t.answer else None,
            }
        )
    return turns


def session_document(record: SessionRecord) -> dict[str, Any]:
    report = current_report(record)
    if report.delivery is None:  # reports stored before delivery was summarised
        spoken = (t.answer.metrics for t in record.turns if t.answer)
        report = report.model_copy(update={"delivery": summarize_delivery(spoken)})
    return {
        "id": record.id,
        "status": record.status,
        "started_at": _when(record.started_at),
        "ended_at": _when(record.ended_at),
        "options": record.options.model_dump(mode="json"),
        "score_basis": report.basis,
        "score_label": SCORE_LABELS["offline_estimate" if report.is_estimate else "llm"].en,
        "report": report.model_dump(mode="json"),
        "turns": _turn_document(record, report.is_estimate),
        "usage": record.usage,
    }


def _markdown(doc: dict[str, Any]) -> str:
    """The session for reading, worded in its language (notes and answers as written)."""
    report, options = doc["report"], doc["options"]
    lang = lang_of(options["language"])
    estimated = doc["score_basis"] in ("offline_estimate", "mixed")

    def scored(value: Any) -> str:  # "61.0 (offline estimate)" when it is one
        estimate = SCORE_LABELS["offline_estimate"].said_in(lang)
        return said("aside", lang, text=value, aside=estimate) if estimated else str(value)

    overall = out_of_100(report["overall"])
    ended = doc["ended_at"] or said("not_finished", lang)
    lines = [
        f"# {said('title', lang, id=doc['id'])}",
        "",
        f"- {said('times', lang, began=doc['started_at'], ended=ended)}",
        f"- {said('options', lang, **option_words(options, lang))}",
        f"- {said('entry', lang, name=said('overall', lang), value=scored(overall))}",
        "",
        f"## {said('by_stage', lang)}",
        "",
        *[
            f"- {said('entry', lang, name=stage_name(k, lang), value=scored(out_of_100(v)))}"
            + _rough_aside(report.get("rough_by_stage", {}).get(k, 0), lang)
            for k, v in report["by_stage"].items()
        ],
        "",
        f"## {delivery_title(lang)}",
        "",
        f"- {spoken}"
        if (spoken := delivery_line(report["delivery"], lang))
        else said("no_delivery", lang),
        "",
        f"## {said('dimensions', lang)}",
        "",
        *_dimension_lines(report["by_dimension"], lang),
        "",
        f"## {said('strengths', lang)}",
        "",
        *(
            [f"- {_named(s, '', lang)}" for s in report["strengths"]]
            or [said("no_strengths", lang)]
        ),
        "",
        f"## {said('weak', lang)}",
        "",
    ]
    for weak in report["weak_topics"]:
        score = out_of_100(weak["score"])
        if weak.get("left_out"):  # the stage's figure counts them: say why the two differ
            score = said("left_out", lang, score=score, n=rough_estimates(weak["left_out"], lang))
        where = said("weak_aside", lang, where=stage_name(weak["stage"], lang), score=score)
        topic = _named(weak["topic"], weak["stage"], lang)
        lines.append(f"- {said('aside', lang, text=f'**{topic}**', aside=scored(where))}")
        review = said("review", lang)
        lines.extend(
            f"  - {said('entry', lang, name=review, value=citation_label(c))}"
            for c in weak["review"]
        )
    if report["failed"]:
        lines += ["", said("failed", lang, n=report["failed"], s=plural_s(report["failed"]))]
    lines += ["", f"## {said('turns', lang)}", "", *_markdown_turns(doc["turns"], lang)]
    return "\n".join(lines).rstrip() + "\n"


def _rough_aside(rough: int, lang: str) -> str:
    """ "; incl. 2 rough estimates" after a stage whose mean counts capped rough estimates."""
    if not rough:
        return ""
    return said("semicolon", lang) + said("rough_in_stage", lang, n=rough_estimates(rough, lang))


def out_of_100(value: float | None) -> str:
    """A score as the window, the HTML export and the CLI show it ("32/100"; the Markdown
    said "31.9" of the session the window showed as 32/100)."""
    return "-" if value is None else f"{value:.0f}/100"


def _named(name: str, stage: str, lang: str) -> str:
    """A strength or weak topic as the session's language reads it (a rubric dimension by
    its readable name, a stage's own name as that stage, a canonical topic translated)."""
    return topic_title(readable(name, lang), stage, lang)


def _dimension_lines(by_dimension: dict[str, float], lang: str) -> list[str]:
    """One line a stage: its rubric's dimension averages, in the session's language."""
    comma = "、" if lang == "zh" else ", "
    return [
        "- "
        + said(
            "entry",
            lang,
            name=stage_name(stage, lang) if stage else "-",
            value=comma.join(f"{readable(name, lang)} {value}" for name, value in values.items()),
        )
        for stage, values in dimensions_by_stage(by_dimension)
    ]


def _markdown_turns(turns: list[dict[str, Any]], lang: str) -> list[str]:
    lines = []
    for t in turns:
        score = out_of_100(t["overall"])
        topic = _named(t["topic"], t["stage"], lang)
        answer = t["answer"] or said("no_answer", lang)
        shown = said("aside", lang, text=score, aside=label_in(t["score_label"], lang))
        heading = f"### {t['turn_id']} · {t['stage_name']}"
        if not is_stage_name(t["topic"], t["stage"]):  # "· 自我介绍 · 自我介绍" said it twice
            heading += f" · {topic}"
        lines += [
            heading,
            "",
            said("bold_entry", lang, name=said("question", lang), value=t["question"]),
            "",
            said("bold_entry", lang, name=said("answer", lang), value=answer),
            "",
            *([said("from_file", lang), ""] if t["answer_source"] == "file" else []),
            said("bold_entry", lang, name=said("score", lang), value=shown),
            "",
        ]
        if t["delivery"]:
            delivery = delivery_line(t["delivery"], lang)
            lines += [said("bold_entry", lang, name=delivery_title(lang), value=delivery), ""]
        if t["score"]:
            lines += _markdown_feedback(t["score"], lang)
    return lines


def _markdown_feedback(score: dict[str, Any], lang: str) -> list[str]:
    lines = [f"> {score['summary']}", ""] if score["summary"] else []
    lines += [
        f"- {readable(d['name'], lang)} {d['score']}/5{'：' if lang == 'zh' else ': '}{d['reason']}"
        for d in score["dimensions"]
    ]
    for kp in score["key_points"]:
        lines.append(f"- [{label_of(KEY_POINT_LABELS, kp['status'], lang)}] {kp['point']}")
        if kp.get("said"):  # sessions kept before quotes were stored have none
            lines.append(said("you_said", lang, quote=kp["said"]))
    if score["dimensions"] or score["key_points"]:
        lines.append("")
    if score["improved_answer"]:
        lines += [said("bold_entry", lang, name=said("stronger", lang), value="").rstrip(), ""]
        lines += [score["improved_answer"], ""]
    return lines


def render_session(record: SessionRecord, fmt: ExportFormat | str) -> str:
    """A stored session as JSON, Markdown or HTML (ValueError for another format)."""
    doc = session_document(record)
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return _markdown(doc)
    if fmt == "html":
        return html_document(doc, record.turns)
    raise ValueError(f"unknown export format {fmt!r}: use md, html or json")
