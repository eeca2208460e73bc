"""Behavioral stories written under a heading: "## 和产品经理的分歧" followed by
情境/任务/行动/结果 (STAR), 背景/经过/结果 or Situation/Task/Action/Result lines.

Such a section answers a behavioral question the notes never wrote down; the question is
built from the heading's title ("讲一次你和产品经理产生分歧的经历，你是怎么处理的？").
A project write-up has a background and results too, but no action or 经过 label: what
tells a story from a write-up is that it tells what happened, step by step.
"""

from __future__ import annotations

import re

from knowledge._chunking import stable_id
from knowledge._cues import (
    asks_after_label,
    behavioral_topic,
    kind_of_heading,
    looks_like_question,
    mostly_chinese,
    question_key,
    shorten,
    strip_numbering,
)
from knowledge._models import Citation, Question
from knowledge._outline import Outline, Unit

# "**情境**：…", "- Situation: …", "行动：…", "- S: …" (STAR's initials) at the start of a line
_LABEL = re.compile(
    r"^\s*(?:[-*+•]\s+)?[*_]*\s*(?P<label>情境|情景|背景|场景|任务|行动|经过|结果|"
    r"situation|context|background|task|actions?|results?|outcome|(?-i:[STAR]))\s*[*_]*\s*[:：]",
    re.I | re.M,
)
_PART = {
    "情境": "situation",
    "情景": "situation",
    "背景": "situation",
    "场景": "situation",
    "situation": "situation",
    "context": "situation",
    "background": "situation",
    "任务": "task",
    "task": "task",
    "行动": "action",
    "经过": "action",
    "action": "action",
    "actions": "action",
    "结果": "result",
    "result": "result",
    "results": "result",
    "outcome": "result",
    "s": "situation",
    "t": "task",
    "a": "action",
    "r": "result",
}
_TOLD = {"situation", "action", "result"}  # what a story must have; the task may go unsaid
# "行为面试故事：和产品经理的分歧", "STAR 案例 2 - …", "Behavioral story: …": the part before
# the colon says what kind of section it is, not what happened
_KIND_PREFIX = re.compile(
    r"^[^:：\-—]{0,16}?(故事|案例|经历|行为|STAR|stor(y|ies)|behaviou?ral|example)"
    r"[^:：\-—]{0,6}[:：\-—]\s*(?=\S)",
    re.I,
)
# a title that only names the kind of section: no story to ask about by name
_ONLY_KIND = re.compile(
    r"^(行为面试?|行为题|HR面?|STAR|软技能)?\s*(故事|案例|经历|题)?\d*$"
    r"|^(behaviou?ral( interview)?|STAR)?\s*(stor(y|ies)|examples?)?\s*\d*$",
    re.I,
)
# "和产品经理的分歧", "与导师之间的冲突": a disagreement with someone
_ZH_CONFLICT = re.compile(
    r"^(?:我)?(?:和|与|跟)(?P<who>[^，,。]{1,12}?)(?:之间)?的?(?P<what>分歧|冲突|矛盾|争执)$"
)
_EN_CONFLICT = re.compile(
    r"^(?:a |my )?(?P<what>disagreement|conflict|clash|argument) with (?P<who>[^,.]{1,40})$",
    re.I,
)

# a title told as what the candidate did, in the past: "Missed a deadline on the MVP"
_EN_DEED = re.compile(r"^(?:I )?([A-Z][a-z]{2,}ed)\b([^.?!]{0,60})$")


def reads_like_story(text: str) -> bool:
    """Labelled lines telling the situation, what was done and how it ended."""
    parts = {_PART[m.group("label").lower()] for m in _LABEL.finditer(text)}
    return parts >= _TOLD


def story_questions(outline: Outline, in_projects: frozenset[int], source: str) -> list[Question]:
    """One behavioral question per story section (not a project's, not a question heading)."""
    found: list[Question] = []
    for index, section in enumerate(outline.sections):
        units = [u for u in outline.units if u.section == index and u.question is None]
        if index in in_projects or not units or asks_after_label(section.title):
            continue
        if kind_of_heading(strip_numbering(section.title)) == "self_intro":
            continue
        story = "\n\n".join(u.answer for u in units).strip()
        title = _title(section.title)
        if title and reads_like_story(story):
            found.append(_question(title, story, units, section.path, source))
    return found


def _title(heading: str) -> str:
    """What the story is about: the heading without its kind ("行为面试故事：")."""
    title = strip_numbering(heading).strip().rstrip("：: ").strip()
    title = _KIND_PREFIX.sub("", title, count=1).strip().strip("*_「」\"'").strip()
    return "" if _ONLY_KIND.match(title) else title


def story_question(heading: str, chinese: bool) -> str | None:
    """The question a story under this heading answers, in Chinese or English; None when
    the heading only names the kind of section, or asks a question itself."""
    if asks_after_label(heading):  # "你如何应对压力？": a question the notes wrote, asked as such
        return None
    title = _title(heading)
    return asked_of(title, chinese) if title else None


def asked_of(title: str, chinese: bool) -> str:
    """The question the story answers, in words an interviewer would say. A title that
    asks already ("讲一次失败的经历", "Tell me about a time you failed") is asked as it is,
    not quoted inside another request."""
    if looks_like_question(title) and mostly_chinese(title) == chinese:
        return title
    if chinese:
        conflict = _ZH_CONFLICT.match(title)
        if conflict:
            who, what = conflict.group("who"), conflict.group("what")
            return f"讲一次你和{who}产生{what}的经历，你是怎么处理的？"
        return f"讲讲「{title}」这段经历：当时是什么情况、你是怎么做的、结果如何？"
    deed = _EN_DEED.match(title)
    if deed:  # "Disagreed with PM about the launch metric": something the candidate did
        done = re.sub(r"\bmy\b", "your", f"{deed.group(1).lower()}{deed.group(2)}", flags=re.I)
        return f"Tell me about a time you {done}. What happened, and what did you do?"
    conflict = _EN_CONFLICT.match(title)
    if conflict:
        what, who = conflict.group("what").lower(), conflict.group("who")
        who = re.sub(r"^my\b", "your", who, flags=re.I)  # the notes' "my lead" is "your lead"
        return f"Tell me about a time you had a {what} with {who}. How did you handle it?"
    return (
        f'Tell me about "{title}": what was the situation, what did you do, '
        "and how did it turn out?"
    )


def _question(
    title: str, story: str, units: list[Unit], path: tuple[str, ...], source: str
) -> Question:
    chinese = mostly_chinese(story)
    asked = asked_of(title, chinese)
    return Question(
        id=stable_id("q", source, question_key(asked), *path),
        question=asked,
        answer=story,
        stage="behavioral",
        topic=behavioral_topic(title) or shorten(title, 16),
        citation=Citation(
            source=source,
            heading_path=path,
            line_start=min(u.start for u in units),
            line_end=max(u.end for u in units),
        ),
    )
