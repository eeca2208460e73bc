"""How the agent's renderer (agent.Look) draws turns and feedback in the window: the UI's
language, the theme's colours, citations that open the note viewer, playable recordings."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl

from desktop._delivery import metrics_text
from desktop._dimensions import strength_label
from desktop._i18n import ui_language
from desktop._note_viewer import citation_label, citation_url
from desktop._stages import stage_names
from desktop._theme import current_colors
from desktop._tr import said, tr

if TYPE_CHECKING:
    from agent import Look, TurnScore
    from knowledge import Citation


def _words() -> dict[str, str]:
    """The renderer's words (agent.LOOK_WORDS) in the window's language; the window names
    the two sides of a turn itself."""
    from agent import LOOK_WORDS

    words = {key: said(text) for key, text in LOOK_WORDS.items()}
    words.update(question=tr("Interviewer"), answer=tr("You"), no_answer=tr("Not answered"))
    return words


def feedback_note(interview_language: str | None) -> str:
    """Said above a score's written feedback when the interview was held in the other
    language than the window's: the feedback stays in the language it was written in (the
    interview's, as its questions and answers), the window's own words in the window's."""
    from agent import Words

    if interview_language not in ("zh", "en") or interview_language == ui_language():
        return ""
    notes = {
        "zh": Words(
            "The feedback below is in Chinese, the interview's language.",
            "以下反馈为中文，与本场面试的语言一致。",
        ),
        "en": Words(
            "The feedback below is in English, the interview's language.",
            "以下反馈为英文，与本场面试的语言一致。",
        ),
    }
    return said(notes[interview_language])


def window_look(estimate: bool = False, interview_language: str | None = None) -> Look:
    """`estimate`: the session was scored offline (a guarded score says so too);
    `interview_language`: the session's, when known (its feedback is written in it)."""
    from agent import Look, basis_label, score_label

    c, words, names, language = current_colors(), _words(), stage_names(), ui_language()
    tones = {"hit": c["good"], "partly": c["warn"], "muted": c["muted"]}

    def label(score: TurnScore | None) -> str:
        return _sentence(score_label(score, estimate, language))

    def cite(citation: Citation) -> str:
        return f'<a href="{citation_url(citation)}">{html.escape(citation_label(citation))}</a>'

    def audio(path: str) -> str:
        url = QUrl.fromLocalFile(str(Path(path)))
        url.setScheme("audio")
        return f'<p><a href="{url.toString()}">▶ {html.escape(words["play"])}</a></p>'

    return Look(
        words=words,
        stage=lambda stage: names.get(stage, stage),
        dimension=strength_label,  # dimension ids relabelled, topics (strengths) kept
        label=label,
        basis=lambda basis: _sentence(basis_label(basis, language)),
        delivery=metrics_text,
        cite=cite,
        audio=audio,
        tone=lambda status: f'style="color:{tones.get(status, c["bad"])}"',
        points=lambda n: f'<span style="color:{c["good"]}">{"●" * n}{"○" * (5 - n)}</span>',
        feedback_note=feedback_note(interview_language),
    )


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]
