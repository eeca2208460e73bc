"""Rubric dimension names as the user reads them (agent scores use snake_case ids)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop._i18n import ui_language
from desktop._tr import tr

DIMENSION_LABELS = {
    "correctness": QT_TRANSLATE_NOOP("", "Correctness"),
    "depth": QT_TRANSLATE_NOOP("", "Depth"),
    "key_point_coverage": QT_TRANSLATE_NOOP("", "Key-point coverage"),
    "clarity": QT_TRANSLATE_NOOP("", "Clarity"),
    "role_contribution": QT_TRANSLATE_NOOP("", "Role & contribution"),
    "technical_depth": QT_TRANSLATE_NOOP("", "Technical depth"),
    "results_numbers": QT_TRANSLATE_NOOP("", "Results with numbers"),
    "trade_offs": QT_TRANSLATE_NOOP("", "Trade-offs"),
    "star_structure": QT_TRANSLATE_NOOP("", "STAR structure"),
    "specificity": QT_TRANSLATE_NOOP("", "Specificity"),
    "reflection": QT_TRANSLATE_NOOP("", "Reflection"),
    "structure": QT_TRANSLATE_NOOP("", "Structure"),
    "relevance": QT_TRANSLATE_NOOP("", "Relevance"),
    "concision": QT_TRANSLATE_NOOP("", "Concision"),
}


def dimension_label(name: str) -> str:
    """The translated label; an unknown id is made readable rather than shown raw."""
    label = DIMENSION_LABELS.get(name)
    return tr(str(label)) if label else name.replace("_", " ").capitalize()


def strength_label(item: str) -> str:
    """Report strengths mix dimension ids and topic names: each is named as the window
    names it (a dimension by its label, a topic by topic_label)."""
    return dimension_label(item) if item in DIMENSION_LABELS else topic_label(item)


def topic_label(topic: str, stage: str = "") -> str:
    """A topic in the window's language: a stage's own name as that stage, the question
    bank's plain-word English topics (Conflict, Career plan…) in Chinese in a Chinese
    window; a topic taken from the notes as written."""
    from agent import topic_title

    return topic_title(topic, stage, ui_language())
