"""A self-introduction that says almost nothing, and the one question asking for more.

The self-introduction's budget is one question, so whatever the candidate says is
accepted. A real interviewer still asks once more when the introduction is a name and a
job title ("我叫小王，做算法的", "I'm Chen Yu."): it tells fewer than two of the parts an
introduction is made of (studies, work done, skills, why this role), and it is short -
a long introduction in words our markers miss still tells something.
"""

from __future__ import annotations

import re

from agent._answer_text import units
from agent._markers import MARKERS
from agent.prompts import follow_ups
from agent.state import Language

PARTS = ("education", "experience", "skills", "motivation")  # in the order they are asked
MIN_PARTS = 2  # an introduction telling two of them is brief, not empty
THIN_UNITS = 60  # characters / words: longer than this says something
ASKED_PARTS = 3  # "for example" names a few, not a form to fill in


# how an introduction tells a part in words the rubric's markers do not look for: work the
# candidate did ("At Xinghe Tech I built…", "在美团负责…"), their research ("My research is on
# RAG", "做 RAG 方向的", "I mostly do retrieval"), their year of study ("研二",
# "a second-year student") or studies ("I studied CS at…"), what they want next
_ALSO_TOLD = {
    "education": re.compile(
        r"(?:研[一二三]|博[一二三四五])(?![个次])|大[一二三四](?=[，,。；;、\s]|$|学生|在读)"
        r"|\b(?:first|second|third|fourth|final)-year\b"
        # "I studied CS at Tsinghua", "majoring in EE", "在读硕士"
        r"|\b(?:studied|studying|majored|majoring)\b|读研|读博|在读",
        re.I,
    ),
    "experience": re.compile(
        r"\b(?:I|we)\s+(?:built|led|shipped|designed|developed|owned|trained|deployed|improved"
        r"|replaced|implemented|raised|cut)\b|在\S{2,12}?(?:负责|做了?)"
    ),
    "skills": re.compile(
        r"\bmy research\b|\bresearch (?:is|was) (?:on|in)\b|研究的?是"
        r"|做[^，,。；;]{1,12}?方向|方向是"
        r"|\bI (?:mostly |mainly )?(?:do|work on|work in)\b",
        re.I,
    ),
    # what they are after: "Now I want to work on LLM applications", "想找大模型算法岗"
    "motivation": re.compile(
        r"\bI(?:'d like| would like| want| hope| plan) to (?:work|join|move|focus|do)\b"
        r"|想(?:找|做|从事|转|投)[^，,。；;]{0,12}?(?:岗|工作|方向)",
        re.I,
    ),
}


def told_parts(answer: str) -> list[str]:
    """The parts of an introduction the answer tells, by their marker words."""
    also = {part: found.search(answer) for part, found in _ALSO_TOLD.items()}
    return [part for part in PARTS if MARKERS[part].search(answer) or also.get(part)]


def thin(answer: str) -> bool:
    """The introduction says almost nothing about the candidate."""
    return units(answer) < THIN_UNITS and len(told_parts(answer)) < MIN_PARTS


def ask_more(answer: str, language: Language) -> str:
    """ "能再多介绍一下自己吗？比如…" naming the parts the answer left out."""
    told = told_parts(answer)
    missing = [follow_ups.INTRO_PARTS[p].said_in(language) for p in PARTS if p not in told]
    missing = missing[:ASKED_PARTS]
    if language == "zh":
        named = "、".join(missing)
    else:
        named = ", ".join(missing[:-1]) + f" and {missing[-1]}" if len(missing) > 1 else missing[0]
    return follow_ups.INTRO_ASK_MORE.said_in(language).format(missing=named)
