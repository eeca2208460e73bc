"""Find the candidate's projects and internships in the outline of a note.

A section is a project when its heading says so ("项目一：xxx", "Project: xxx"), when it sits
under a container heading ("实习经历" > "美团"), or when its text reads like a write-up
("问题背景", "实习描述", "my role" ...) and no sub-section is a better candidate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge._chunking import stable_id
from knowledge._cues import kind_of_heading, looks_like_question, mostly_chinese, strip_numbering
from knowledge._models import Citation, Project
from knowledge._outline import Outline, Section
from knowledge._stories import reads_like_story

# Chinese characters wide; a write-up in English has about twice the letters (its lessons
# were cut off), and "Trade-offs and lessons" is a title as "取舍与反思" is
MAX_DESCRIPTION_CHARS = 2000
MAX_SUBTITLE_CHARS = 16  # a longer sub-heading is a sentence, not a title
_LATIN_WEIGHT = 0.5  # a latin letter is half a Chinese character wide
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MAX_NAME = 40

_EXPLICIT = re.compile(
    r"^(?:项目|Project|实习|Internship)(?:\s*(?:write-?up|deep[- ]?dive|复盘|总结|深挖))?"
    r"\s*[\d一二三四五六七八九十]*"
    # "Project (STAR): X", "Project write-up: X (STAR)", "项目：X（STAR 写法）": its format,
    # no part of its name
    r"(?:\s*[（(]STAR[^()（）]{0,8}[）)])?"
    r"\s*[:：]\s*(.+?)(?:\s*[（(]STAR[^()（）]{0,8}[）)])?$",
    re.I,
)
_CONTAINER = re.compile(
    r"^(项目经历|项目经验|项目介绍|实习经历|工作经历|科研经历|实践经历|projects?|"
    r"(work |internship )?experiences?|internships?)",
    re.I,
)
_PART_OF_WRITEUP = re.compile(
    r"^(项目|问题|业务)?背景|^(实习|项目|工作)?(描述|职责|内容)|^我的(角色|职责|工作)|^角色|"
    r"^(技术)?(方法|方案)|^(结果|成果|效果|收益|难点|亮点|挑战|总结|收获|反思|取舍|权衡)|追问|"
    r"^(background|role|my role|method|approach|results?|impact|trade-?offs?|challenges?|"
    r"lessons|follow-?ups?|q ?& ?a)\b|问答"
    # a STAR part alone ("**Action.**", "任务"): a part of the story told, no project's name
    r"|^(?:situation|task|actions?|results?|情境|情景|任务|行动)\W*$",
    re.I,
)
_WRITEUP_WORDS = re.compile(
    r"项目背景|问题背景|业务背景|实习描述|项目描述|我的职责|技术方案|background|my role", re.I
)
# "背景：…" and "结果：…" lines: a write-up told by its parts (a story also tells an action)
_PART_LABEL = re.compile(
    r"^\s*(?:[-*+•]\s*)?(背景|结果|成果|效果|收益|我做的|我的工作|background|results?|impact)\s*[:：]",
    re.I | re.M,
)
_WEAK_WRITEUP_WORDS = re.compile(r"负责|上线|落地|i was responsible|i led|results", re.I)
_NOT_A_PROJECT = re.compile(r"笔记|面经|面试|总结|目录|notes|interview|contents", re.I)


@dataclass(frozen=True)
class FoundProject:
    section: int  # index into Outline.sections
    project: Project


def find_projects(outline: Outline, source: str) -> list[FoundProject]:
    children: dict[int | None, list[int]] = {}
    for index, section in enumerate(outline.sections):
        children.setdefault(section.parent, []).append(index)
    texts = _section_texts(outline)
    finder = _Finder(outline, children, texts, source)
    return finder.visit_all(children.get(None, []))


class _Finder:
    def __init__(
        self,
        outline: Outline,
        children: dict[int | None, list[int]],
        texts: dict[int, list[str]],
        source: str,
    ) -> None:
        self.sections = outline.sections
        self.children = children
        self.texts = texts
        self.source = source

    def visit_all(self, indexes: list[int]) -> list[FoundProject]:
        return [found for index in indexes for found in self.visit(index)]

    def visit(self, index: int) -> list[FoundProject]:
        section = self.sections[index]
        name = self._declared_name(section)
        if name is not None:
            return self._make(index, name)
        below = self.visit_all(self.children.get(index, []))
        if below or not self._reads_like_writeup(index):
            return below
        return self._make(index, strip_numbering(section.title))

    def _declared_name(self, section: Section) -> str | None:
        title = strip_numbering(section.title)
        explicit = _EXPLICIT.match(title)
        if explicit:
            return explicit.group(1).strip().strip("*").strip()
        parent = self.sections[section.parent] if section.parent is not None else None
        if parent is not None and _CONTAINER.match(strip_numbering(parent.title)):
            return title if self._could_be_name(title) else None
        return None

    def _could_be_name(self, title: str) -> bool:
        return (
            0 < len(title) <= _MAX_NAME
            and not _PART_OF_WRITEUP.search(title)
            and not _CONTAINER.match(title)
            and not _NOT_A_PROJECT.search(title)
            and not looks_like_question(title)
            and kind_of_heading(title) not in ("self_intro", "behavioral")
        )

    def _reads_like_writeup(self, index: int) -> bool:
        section = self.sections[index]
        if not self._could_be_name(strip_numbering(section.title)):
            return False
        kinds = {kind_of_heading(strip_numbering(title)) for title in section.path}
        if kinds & {"self_intro", "behavioral"} or kind_of_heading(section.title) == "fundamentals":
            return False
        text = self._subtree_text(index)
        if reads_like_story("\n".join(self.texts.get(index, []))):
            return False  # a behavioral story told in STAR lines (knowledge._stories)
        if len({found.lower() for found in _PART_LABEL.findall(text)}) >= 2:
            return True
        return bool(_WRITEUP_WORDS.search(text)) or len(_WEAK_WRITEUP_WORDS.findall(text)) >= 2

    def _subtree_text(self, index: int, titled: bool = False) -> str:
        """The section's text; `titled`: each sub-section under its title as a "背景：" line,
        so what a paragraph is (the scene, the method, the result) stays in the write-up."""
        parts = list(self.texts.get(index, []))
        for child in self.children.get(index, []):
            text = self._subtree_text(child, titled)
            title = strip_numbering(self.sections[child].title).rstrip("：: ")
            if titled and text and title and _width(title) <= MAX_SUBTITLE_CHARS:
                text = f"{title}{'：' if _CJK.search(title) else ':'}\n{text}"
            parts.append(text)
        return "\n\n".join(part for part in parts if part)

    def _make(self, index: int, name: str) -> list[FoundProject]:
        section = self.sections[index]
        description = self._subtree_text(index, titled=True)
        if not description.strip():
            return []
        description = _shortened(description)
        citation = Citation(
            source=self.source,
            heading_path=section.path,
            line_start=section.start,
            line_end=section.end,
        )
        project_id = stable_id("p", self.source, name)
        project = Project(id=project_id, name=name, description=description, citation=citation)
        return [FoundProject(index, project)]


def _width(text: str) -> float:
    latin = sum(1 for ch in text if ch.isascii())
    return len(text) - latin + latin * _LATIN_WEIGHT


def _shortened(description: str) -> str:
    """A Chinese write-up cut at MAX_DESCRIPTION_CHARS, an English one at twice the letters
    ("…" marks the cut)."""
    limit = MAX_DESCRIPTION_CHARS
    if not mostly_chinese(description):
        limit = int(limit / _LATIN_WEIGHT)
    if len(description) <= limit:
        return description
    return description[: limit - 1] + "…"


def sections_within(outline: Outline, projects: list[FoundProject]) -> dict[int, str]:
    """Every section inside a project's section (itself included) -> the project's name."""
    project_at = {found.section: found.project.name for found in projects}
    names: dict[int, str] = {}
    for index in range(len(outline.sections)):
        ancestor: int | None = index
        while ancestor is not None:
            if ancestor in project_at:
                names[index] = project_at[ancestor]
                break
            ancestor = outline.sections[ancestor].parent
    return names


def _section_texts(outline: Outline) -> dict[int, list[str]]:
    """Each section's own write-up text: its body units (follow-up Q&A left out)."""
    texts: dict[int, list[str]] = {}
    for unit in outline.units:
        if unit.section is not None and unit.question is None:
            texts.setdefault(unit.section, []).append(unit.answer)
    return texts
