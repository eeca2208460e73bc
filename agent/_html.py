"""One HTML renderer for a session: the HTML/PDF export, and the desktop's Review view,
report card and score cards, all draw the `Report`, each `Turn` and its `TurnScore` here.

What differs between those places — the words and their language, how a citation or a
recording becomes a link, colours or CSS classes — comes in a `Look`. Every piece of
candidate, note or model text is escaped here.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from agent._labels import basis_label, is_stage_name, score_label
from agent._models import TurnScore
from agent._turn import Turn
from agent._words import Words
from agent.report import Report, WeakTopic
from knowledge import Citation

MARKS = {"hit": "✓", "partly": "◐", "missed": "✗", "contradicted": "⚠"}

LOOK_WORDS: Mapping[str, Words] = MappingProxyType(
    {
        "colon": Words(": ", "："),  # after a label: Chinese takes the full-width colon
        "question": Words("Q", "问"),
        "answer": Words("A", "答"),
        "no_answer": Words("(no answer)", "（未作答）"),
        "score": Words("Score", "得分"),
        "delivery": Words("Delivery", "表达"),
        "from_file": Words(
            "Answered from an audio file recorded elsewhere (no time to the first word).",
            "用在别处录好的音频文件作答（不计开口用时）。",
        ),
        "from_notes": Words("From your notes", "出自你的笔记"),
        "key_points": Words("Key points", "要点"),
        "you_said": Words("You said", "你说"),
        "reference": Words("Reference in your notes", "笔记中的参考"),
        "stronger": Words("A stronger answer", "更好的回答"),
        "play": Words("Play recording", "播放录音"),
        "overall": Words("Overall", "总分"),
        "by_stage": Words("By stage", "各阶段"),
        "strengths": Words("Strengths", "优势"),
        "weak": Words("Work on these", "需要加强"),
        # a weak topic's mean leaves out its capped rough estimates; the stage's counts them
        "topic_score": Words("%1 (%2)", "%1（%2）"),  # Chinese takes full-width brackets
        "rough_in_stage": Words("incl. %1", "含 %1"),  # %1: "1 rough estimate"
        "left_out": Words("%1, leaving out %2", "%1，未计入 %2"),
        "rough_estimate": Words("%1 rough estimate", "%1 个粗略估计"),
        "rough_estimates": Words("%1 rough estimates", "%1 个粗略估计"),
        "counts": Words(
            "%1 answered, %2 scored, %3 failed to score",
            "已回答 %1 题，已评分 %2 题，评分失败 %3 题",
        ),
    }
)
"""The keys a Look's `words` must have, in both languages."""


def words_in(language: str) -> dict[str, str]:
    """The renderer's words in one language (what a Look's `words` holds)."""
    return {key: words.said_in(language) for key, words in LOOK_WORDS.items()}


def _plain_cite(citation: Citation) -> str:
    return html.escape(citation.label())


def _no_audio(path: str) -> str:
    return ""


def _css_tone(status: str) -> str:
    return f"class='{html.escape(status)}'"


def _out_of_five(points: int) -> str:
    return f"{points}/5"


@dataclass(frozen=True)
class Look:
    """How the renderer's HTML reads and looks in one place."""

    words: Mapping[str, str] = field(default_factory=lambda: words_in("en"))
    stage: Callable[[str], str] = str  # a stage id as the reader names it
    dimension: Callable[[str], str] = str  # a rubric dimension's readable name
    label: Callable[[TurnScore | None], str] = score_label  # how a score was made
    basis: Callable[[str], str] = basis_label  # how a session's scores were made
    delivery: Callable[[dict[str, Any]], str] = lambda metrics: ""  # one plain line
    cite: Callable[[Citation], str] = _plain_cite  # HTML: plain text, or a link in the app
    audio: Callable[[str], str] = _no_audio  # HTML: a link that plays a recording
    tone: Callable[[str], str] = _css_tone  # attributes for hit/partly/missed/failed/muted
    points: Callable[[int], str] = _out_of_five  # HTML for a 1-5 dimension score
    # said before a score's written feedback when it is in another language than the words
    # around it (the window's): the interview's language, in which it was written
    feedback_note: str = ""


def turn_html(turn: Turn, look: Look) -> str:
    """One turn: where it sits, the question, its source, the answer, the score, feedback."""
    e = html.escape
    where = look.stage(turn.stage)
    if not is_stage_name(turn.topic, turn.stage):  # not "Self-introduction · Self-introduction"
        where += f" · {turn.topic}"
    parts = [
        f"<h3>{e(where)}</h3>",
        f"<p><b>{_label(look, 'question')}</b>{e(turn.question)}</p>",
    ]
    if turn.citation is not None:
        parts.append(
            f"<p {look.tone('muted')}>{_label(look, 'from_notes')}{look.cite(turn.citation)}</p>"
        )
    parts.append(_answer_html(turn, look))
    parts.append(score_html(turn.score, look))
    if turn.score is not None and turn.score.status != "failed":
        parts.append(feedback_html(turn.score, look))
    return "\n".join(parts)


def _answer_html(turn: Turn, look: Look) -> str:
    e, w = html.escape, look.words
    if turn.answer is None:
        return f"<p {look.tone('muted')}><i>{e(w['no_answer'])}</i></p>"
    text = e(turn.answer.text).replace("\n", "<br>")
    parts = [f"<p><b>{_label(look, 'answer')}</b>{text}</p>"]
    if turn.answer.source == "file":  # not live: its delivery lacks the live-only figures
        parts.append(f"<p {look.tone('muted')}>{e(w['from_file'])}</p>")
    if turn.answer.audio_path:
        parts.append(look.audio(turn.answer.audio_path))
    line = look.delivery(turn.answer.metrics) if turn.answer.metrics else ""
    if line:
        parts.append(f"<p {look.tone('muted')}>{_label(look, 'delivery')}{e(line)}</p>")
    return "\n".join(p for p in parts if p)


def score_html(score: TurnScore | None, look: Look) -> str:
    """ "Score: 72/100 · offline estimate"; a failed or missing score says so instead."""
    e = html.escape
    if score is None or score.status == "failed" or score.overall is None:
        tone = look.tone("muted" if score is None else "failed")
        return f"<p {tone}><b>{e(look.label(score))}</b></p>"
    return f"<p><b>{_label(look, 'score')}{score.overall:.0f}/100</b> · {e(look.label(score))}</p>"


def feedback_html(score: TurnScore, look: Look) -> str:
    """The why of a score: summary, dimensions with evidence, key points, references,
    a stronger answer."""
    e, w = html.escape, look.words
    parts = [f"<p>{e(score.summary)}</p>"] if score.summary else []
    if look.feedback_note and (score.summary or score.dimensions):
        parts.insert(0, f"<p {look.tone('muted')}><i>{e(look.feedback_note)}</i></p>")
    if score.dimensions:
        said_once = _said_once(score)
        rows = "".join(
            f"<tr><td style='padding-right:10px'><b>{e(look.dimension(d.name))}</b></td>"
            f"<td style='padding-right:10px'>{look.points(d.score)}</td>"
            f"<td>{'' if said_once else e(d.reason)}{_evidence(d.evidence, look)}</td></tr>"
            for d in score.dimensions
        )
        parts.append(f"<table class='dims' cellspacing='2'>{rows}</table>")
    if score.key_points:
        items = "".join(
            f"<li><span {look.tone(kp.status)}>{MARKS.get(kp.status, '·')}</span> "
            f"{e(kp.point)}{_said(kp.said, look)}</li>"
            for kp in score.key_points
        )
        parts.append(f"<p><b>{e(w['key_points'])}</b></p><ul>{items}</ul>")
    if score.references:
        refs = "; ".join(look.cite(c) for c in score.references)
        parts.append(f"<p><b>{_label(look, 'reference')}</b>{refs}</p>")
    if score.improved_answer:
        better = e(score.improved_answer).replace("\n", "<br>")
        parts.append(f"<p><b>{e(w['stronger'])}</b></p><p class='stronger'>{better}</p>")
    return "\n".join(parts)


def _said_once(score: TurnScore) -> bool:
    """Every dimension gives the one reason the summary already gives ("I don't know":
    the card said "you said you don't know this one…" five times over)."""
    reasons = {d.reason for d in score.dimensions}
    return len(reasons) == 1 and next(iter(reasons)) in score.summary


def _label(look: Look, key: str) -> str:
    """A label with its colon, in the words' language ("Score: ", "得分：")."""
    return html.escape(look.words[key]) + look.words.get("colon", ": ")


def _said(quote: str, look: Look) -> str:
    """The answer's words a key point's mark was read from, to check the mark by."""
    if not quote:
        return ""
    return f"<br><i {look.tone('muted')}>{_label(look, 'you_said')}“{html.escape(quote)}”</i>"


def _evidence(quote: str, look: Look) -> str:
    return f"<br><i {look.tone('muted')}>“{html.escape(quote)}”</i>" if quote else ""


def report_html(report: Report, look: Look) -> str:
    """Overall, by stage, strengths, delivery, the topics to work on, and the counts."""
    e, w, muted = html.escape, look.words, look.tone("muted")
    overall = "—" if report.overall is None else f"{report.overall:.0f}/100"
    parts = [f"<h2>{_label(look, 'overall')}{overall}</h2>"]
    if report.is_estimate:
        parts.append(f"<p {muted}>{e(look.basis(report.basis))}</p>")
    if report.by_stage:
        rows = "".join(
            _stage_row(k, v, report.rough_by_stage.get(k, 0), look)
            for k, v in report.by_stage.items()
        )
        parts.append(f"<p><b>{e(w['by_stage'])}</b></p><table>{rows}</table>")
    if report.strengths:
        items = "".join(f"<li>{e(look.dimension(s))}</li>" for s in report.strengths)
        parts.append(f"<p><b>{e(w['strengths'])}</b></p><ul>{items}</ul>")
    line = look.delivery(report.delivery.model_dump(mode="json")) if report.delivery else ""
    if line:
        parts.append(f"<p {muted}>{_label(look, 'delivery')}{e(line)}</p>")
    if report.weak_topics:
        items = "".join(_weak_topic_html(weak, look) for weak in report.weak_topics)
        parts.append(f"<p><b>{e(w['weak'])}</b></p><ul>{items}</ul>")
    counts = (report.answered, report.scored, report.failed)
    summary = w["counts"]
    for i, count in enumerate(counts, 1):
        summary = summary.replace(f"%{i}", str(count))
    parts.append(f"<p {muted}>{e(summary)}</p>")
    return "\n".join(parts)


def _stage_row(stage: str, score: float, rough: int, look: Look) -> str:
    """A stage and its mean, and how many rough estimates that mean counts (they are in no
    topic's figure, so the topics to work on may leave the stage out)."""
    e = html.escape
    aside = look.words["rough_in_stage"].replace("%1", _rough(rough, look)) if rough else ""
    # middle: top-aligned, a score sat above a Chinese stage name ("自我介绍 ²³")
    return (
        f"<tr><td valign='middle'>{e(look.stage(stage))}</td>"
        f"<td valign='middle'>&nbsp;{score:.0f}</td>"
        f"<td valign='middle' {look.tone('muted')}>&nbsp;{e(aside)}</td></tr>"
    )


def _rough(count: int, look: Look) -> str:
    """ "1 rough estimate", "2 rough estimates" ("2 个粗略估计")."""
    return look.words["rough_estimate" if count == 1 else "rough_estimates"].replace(
        "%1", str(count)
    )


def _weak_topic_html(weak: WeakTopic, look: Look) -> str:
    links = ", ".join(look.cite(c) for c in weak.review[:2])
    score = f"{weak.score:.0f}"
    if weak.left_out:
        left_out = _rough(weak.left_out, look)
        score = look.words["left_out"].replace("%1", score).replace("%2", left_out)
    named = look.words["topic_score"].replace("%1", weak.topic).replace("%2", score)
    return f"<li>{html.escape(named)} {links}</li>"
