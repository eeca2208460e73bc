"""The question bank: questions found in a note, each with the text that answers it there.

Besides questions the notes ask outright, two kinds are implied by the notes' structure
and added with their sections as reference answers: a self-introduction section answers
"please introduce yourself", and each project write-up answers "tell me about project X".
"""

from __future__ import annotations

import re

from knowledge._blocks import ANSWER_LABEL
from knowledge._chunking import stable_id, unit_kind
from knowledge._cues import (
    behavioral_topic,
    kind_of_heading,
    looks_like_question,
    mostly_chinese,
    needs_context,
    question_key,
    shorten,
    stage_of,
    strip_numbering,
    subject_of,
    topic_of,
    without_label,
)
from knowledge._models import Citation, Question, Stage
from knowledge._outline import Outline, Section, Unit
from knowledge._projects import FoundProject, sections_within
from knowledge._stories import story_questions

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Headings that say where in the interview or the note, not what about: no topic
_GENERIC = re.compile(
    r"^([一二三四]面|终面|HR ?面|总结|答案|参考答案|问题|面试题|面经|复盘|answers?|questions?)$"
    # a résumé's other sections ("SKILLS", "教育背景") say what the lines are, not a subject
    r"|^((technical |core )?skills|education|(professional )?summary)$"
    r"|^(专业技能|技能|教育(背景|经历))$"
    # a title naming the interview itself ("字节 大模型算法 一面 复盘") is no topic
    r"|面经|复盘|[一二三四]面|面试(题|记录|总结)|interview (notes|questions|review)",
    re.I,
)
# A heading naming a part of the notes by kind: no subject to ask a question about
_CATEGORY = re.compile(r"八股|基础知识|知识点|面试题|fundamentals|basics", re.I)
# "企业知识库 RAG 问答系统（星河科技 · 算法实习）" is said without its aside
_TRAILING_ASIDE = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")
# "…知识？（召回内容残缺）": the note-taker's gloss after the question, not for asking aloud
_REMARK_AFTER = re.compile(r"(?<=[?？])\s*[(（][^()（）]{1,30}[)）]\s*$")
# A coding exercise ("手撕：反转链表", "LeetCode 146"): solved at a keyboard, not answered aloud
_CODING_TASK = re.compile(
    r"^(手撕|手写代码|代码题|算法题|编程题|leetcode|力扣|coding( question| task)?\s*[:：])", re.I
)
# How a write-up of an interview starts the candidate's answer: "我回答:…", "我说…"
_ANSWER_LEAD = re.compile(
    r"^(我(的)?(回答|答|说)(是|的是)?\s*[:：,，]?\s*|I (said|answered)[:,]?\s*)"
)
# "答：…" on the line after a numbered question (no Q: before it, so not read as Q/A)
_ANSWER_MARK = re.compile(r"^" + ANSWER_LABEL + r"\s*[:：]\s*", re.I)


def extract_questions(
    outline: Outline, projects: list[FoundProject], source: str
) -> list[Question]:
    project_of = sections_within(outline, projects)
    found: list[Question] = []
    for unit in outline.units:
        if unit.question and not _CODING_TASK.match(strip_numbering(unit.question)):
            cited = Citation(
                source=source, heading_path=_cited_path(unit, outline), **_answer_lines(unit)
            )
            found.append(_asked(unit, project_of, cited))
    found.extend(_self_intro_questions(outline, source))
    found.extend(_project_questions(projects, source))
    found.extend(story_questions(outline, frozenset(project_of), source))
    return _dedupe(found)


def _asked(unit: Unit, project_of: dict[int, str], citation: Citation) -> Question:
    question = without_label(_REMARK_AFTER.sub("", unit.question or ""))
    project = project_of.get(unit.section) if unit.section is not None else None
    stage: Stage = "project" if project else stage_of(unit_kind(unit))
    subject = None if project else _heading_subject(question, unit)
    topic = subject or _topic(question, unit, project, stage)
    return Question(
        id=stable_id("q", citation.source, question_key(question)),  # the note's words
        question=_asked_of(question, subject) if subject else question,
        answer=_answer_text(unit),
        stage=stage,
        topic=topic,
        citation=citation,
    )


def _cited_path(unit: Unit, outline: Outline) -> tuple[str, ...]:
    """The headings the unit is under, but not a question heading whose answer ended before
    it ("##### faiss向量数据库和其他数据库有什么不同" answered in ten lines, then a list of
    other questions): the report names these headings beside the lines it cites."""
    answered_to = {u.section: u.end for u in outline.units if u.style == "heading"}
    titles: list[str] = []
    index = unit.section
    while index is not None:
        section = outline.sections[index]
        if unit.start <= answered_to.get(index, unit.start):
            titles.append(section.title)
        index = section.parent
    return tuple(reversed(titles))


def _answer_text(unit: Unit) -> str:
    if unit.style in ("embedded", "inline"):
        return _ANSWER_LEAD.sub("", unit.answer)
    return _ANSWER_MARK.sub("", unit.answer)


def _answer_lines(unit: Unit) -> dict[str, int]:
    """The lines the answer came from; the question's own lines when it has no answer."""
    answered = [block for block in unit.blocks if block.text.strip()]
    if not answered:
        return {"line_start": unit.start, "line_end": unit.start if unit.blocks else unit.end}
    return {"line_start": answered[0].start, "line_end": max(b.end for b in answered)}


def _heading_subject(question: str, unit: Unit) -> str | None:
    """What a question naming only an aspect ("评估方式是什么？") is about: its nearest
    heading that names a thing. None when the question names its own subject, or when no
    heading names one (the interview plan then leaves it out). A project's questions name
    their project when asked, so they are not given one here."""
    if not needs_context(question):
        return None
    for heading in _subject_headings(unit):
        about_a_thing = kind_of_heading(heading) in (None, "fundamentals")
        if about_a_thing and not _CATEGORY.search(heading):  # not "行为面试", "基础八股"
            return topic_of(heading) or shorten(heading, 12) or None
    return None


def _asked_of(question: str, subject: str) -> str:
    """ "「混合检索」的评估方式是什么？", "About hybrid search: how was it evaluated?"."""
    if _CJK.search(question):
        return f"「{subject}」的{question}"
    return f"About {subject}: {question[:1].lower()}{question[1:]}"


def _subject_headings(unit: Unit) -> list[str]:
    """The unit's headings that could name a subject, nearest first: no question, no
    "一面 复盘" title."""
    return [h for h in reversed(unit.path) if not looks_like_question(h) and not _GENERIC.search(h)]


def _topic(question: str, unit: Unit, project: str | None, stage: Stage) -> str:
    if stage == "behavioral":
        return behavioral_topic(question) or shorten(question, 16)
    if stage == "self_intro":  # the answer's technical words are not what is being asked
        return topic_of(question) or shorten(question, 16)
    named = topic_of(question)
    if named:
        return named
    if project:
        return project
    headings = _subject_headings(unit)
    for heading in headings:
        named = topic_of(heading)
        if named:
            return named
    subject = subject_of(question)  # "重排模型是怎么训练的？" is about 重排模型
    if subject:
        return subject
    if headings and kind_of_heading(headings[0]) is None:
        return shorten(headings[0])
    return topic_of(unit.answer) or shorten(question, 16)


def _self_intro_questions(outline: Outline, source: str) -> list[Question]:
    """A self-introduction section (not itself a question) is the answer to 'introduce yourself'."""
    questions: list[Question] = []
    for index, section in enumerate(outline.sections):
        if not _is_self_intro(section):
            continue
        units = [u for u in outline.units if u.section == index and u.question is None]
        answer = "\n\n".join(unit.answer for unit in units).strip()
        if not answer:
            continue
        zh = mostly_chinese(answer)
        asked = "请做一个自我介绍。" if zh else "Please introduce yourself."
        questions.append(
            Question(
                id=stable_id("q", source, question_key(asked), *section.path),
                question=asked,
                answer=answer,
                stage="self_intro",
                topic="自我介绍" if zh else "Self-introduction",
                citation=Citation(
                    source=source,
                    heading_path=section.path,
                    line_start=min(u.start for u in units),
                    line_end=max(u.end for u in units),
                ),
            )
        )
    return questions


def _is_self_intro(section: Section) -> bool:
    """Under a self-introduction heading, the nearest heading of a kind deciding: a résumé's
    "实习经历" or "八股" under its title "个人简历" is no self-introduction."""
    if looks_like_question(section.title):
        return False
    for title in reversed(section.path):
        kind = kind_of_heading(strip_numbering(title))
        if kind is not None:
            return kind == "self_intro"
    return False


def _project_questions(projects: list[FoundProject], source: str) -> list[Question]:
    questions: list[Question] = []
    for found in projects:
        project = found.project
        name = _TRAILING_ASIDE.sub("", project.name).strip() or project.name
        if mostly_chinese(project.description):
            asked = f"请介绍一下你在「{name}」的项目经历：背景、你的角色、方法和结果。"
        else:
            asked = (
                f'Tell me about your project "{name}": background, your role, approach and results.'
            )

        stage: Stage = "project"
        questions.append(
            Question(
                id=stable_id("q", source, question_key(asked)),
                question=asked,
                answer=project.description,
                stage=stage,
                topic=project.name,
                citation=project.citation,
            )
        )
    return questions


def _dedupe(questions: list[Question]) -> list[Question]:
    """Same question asked twice in one note (a table of contents, a repeat): keep the one
    with the longest answer, at the place of its first appearance."""
    best: dict[str, int] = {}
    kept: list[Question] = []
    for question in questions:
        key = question.id
        if key not in best:
            best[key] = len(kept)
            kept.append(question)
        elif len(question.answer) > len(kept[best[key]].answer):
            kept[best[key]] = question
    return kept
