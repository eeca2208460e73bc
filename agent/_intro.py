"""A self-introduction that says almost nothing, and the one question asking for more.

The self-introduction's budget is one question, so whatever the candidate says is
accepted. A real interviewer still asks once more when the introduction is a name and a
job title ("我叫小王，做算法的", "I'm Chen Yu."): it tells fewer than two of the parts an
introduction is made of (studies, work done, skills, why this role), and it is short -
a long introduction in words our markers miss still tells something.
"""

from __future__ import annotations

from agent._answer_text import units
from agent._markers import MARKERS
from agent.prompts import intro as intro_words
from agent.state import Language

PARTS = ("education", "experience", "skills", "motivation")  # in the order they are asked
MIN_PARTS = 2  # an introduction telling two of them is brief, not empty
THIN_UNITS = 60  # characters / words: longer than this says something
ASKED_PARTS = 3  # "for example" names a few, not a form to fill in


def told_parts(answer: str) -> list[str]:
    """The parts of an introduction the answer tells, by their marker words (the same the
    card counts)."""
    return [part for part in PARTS if MARKERS[part].search(answer)]


def thin(answer: str) -> bool:
    """The introduction says almost nothing about the candidate."""
    return units(answer) < THIN_UNITS and len(told_parts(answer)) < MIN_PARTS


def ask_more(answer: str, language: Language) -> str:
    """ "能再多介绍一下自己吗？比如…" naming the parts the answer left out."""
    told = told_parts(answer)
    missing = [intro_words.INTRO_PARTS[p].said_in(language) for p in PARTS if p not in told]
    missing = missing[:ASKED_PARTS]
    if language == "zh":
        named = "、".join(missing)
    else:
        named = ", ".join(missing[:-1]) + f" and {missing[-1]}" if len(missing) > 1 else missing[0]
    return intro_words.INTRO_ASK_MORE.said_in(language).format(missing=named)
