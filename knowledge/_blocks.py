"""Cleaned lines -> blocks: headings, questions, Q/A markers, paragraphs, code, tables.

A block remembers the 1-based original line numbers it spans. Code blocks and tables
are single blocks so that nothing later can cut them in half.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from knowledge._cleaning import code_end
from knowledge._cues import looks_like_question, strip_numbering

BlockKind = Literal["heading", "question", "q", "a", "text", "code", "table"]

HEADING_LEVEL_SOFT = 7  # bold-only lines and bare section names sit below every "#" level

_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)([^*_]+?)(?:\*\*|__)\s*[:：]?\s*$")
_Q_MARK = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\*\*)?(?:Q|Question|问|问题)\s*\d{0,3}\s*[:：]\s*(?:\*\*)?\s*(.*?)\s*$",
    re.I,
)
_A_MARK = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\*\*)?(?:A|Answer|答|回答|参考答案)\s*\d{0,3}\s*[:：]\s*(?:\*\*)?\s*(.*?)\s*$",
    re.I,
)
_NUMBERED = re.compile(r"^\s*(?:[-*+]\s+)?(\d{1,3})\s*([.、．)）:：]|\s)\s*(\S.*?)\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)+\|?\s*$")
_SECTION_NAME = re.compile(
    r"(自我介绍|个人介绍|项目经历|项目经验|项目相关|实习经历|工作经历|科研经历|八股文?|基础知识|"
    r"技术基础|专业知识|技术问题|行为面试?|HR面?|软技能|综合面|反问|self[- ]?introduction|"
    r"projects?|experience|internships?|fundamentals|behaviou?ral( questions)?)(部分|篇|环节)?",
    re.I,
)
_MAX_BOLD_HEADING = 30
_MAX_PLAIN_QUESTION = 40
_MAX_LOOSE_NUMBERED_QUESTION = 60


@dataclass(frozen=True)
class Line:
    no: int  # 1-based line number in the original file
    text: str


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    lines: tuple[Line, ...]
    title: str = ""  # heading title, question text, or the text after a Q:/A: marker
    level: int = 0  # headings only
    number: int | None = None  # numbered questions only
    marker: str = ""  # numbered questions: what follows the number ("." "、" " " ...)

    @property
    def start(self) -> int:
        return self.lines[0].no

    @property
    def end(self) -> int:
        return self.lines[-1].no

    @property
    def text(self) -> str:
        if self.kind in ("q", "a"):
            return self.title
        return "\n".join(line.text for line in self.lines)


def split_blocks(original: list[str], cleaned: list[str]) -> list[Block]:
    """Blocks in file order; `original` and `cleaned` have one entry per line."""
    blocks: list[Block] = []
    paragraph: list[Line] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("text", tuple(paragraph)))
            paragraph.clear()

    i = 0
    while i < len(cleaned):
        special, i_next = _special_block(original, cleaned, i)
        if special is not None or i_next > i + 1 or not cleaned[i].strip():
            flush()
            if special is not None:
                blocks.append(special)
        else:
            paragraph.append(Line(i + 1, cleaned[i].rstrip()))
        i = i_next
    flush()
    return blocks


def _special_block(original: list[str], cleaned: list[str], i: int) -> tuple[Block | None, int]:
    """A block that starts at line i and where the next scan starts, or (None, i + 1)."""
    line = cleaned[i]
    if not line.strip() or _RULE.match(line):
        return None, i + 1
    last = code_end(cleaned, i)
    if last is not None:
        lines = tuple(Line(n + 1, original[n]) for n in range(i, last + 1))
        return Block("code", lines), last + 1
    table_end = _table_end(cleaned, i)
    if table_end is not None:
        lines = tuple(Line(n + 1, cleaned[n].rstrip()) for n in range(i, table_end + 1))
        return Block("table", lines), table_end + 1
    standalone = _blank(cleaned, i - 1) and _blank(cleaned, i + 1)
    return classify_line(Line(i + 1, line.rstrip()), standalone), i + 1


def classify_line(line: Line, standalone: bool) -> Block | None:
    """Heading, question or Q/A marker block for one line; None for ordinary text."""
    text = line.text
    one = (line,)
    heading = _MD_HEADING.match(text)
    if heading:
        title = heading.group(2).strip().strip("*_").strip()
        return Block("heading", one, title=title, level=len(heading.group(1))) if title else None
    for pattern, kind in ((_Q_MARK, "q"), (_A_MARK, "a")):
        found = pattern.match(text)
        if found:
            return Block("q" if kind == "q" else "a", one, title=found.group(1).strip("*").strip())
    bold = _BOLD_LINE.match(text)
    if bold and len(bold.group(1).strip()) <= _MAX_BOLD_HEADING:
        return Block("heading", one, title=bold.group(1).strip(), level=HEADING_LEVEL_SOFT)
    numbered = _NUMBERED.match(text)
    if numbered and _is_numbered_question(numbered.group(3)):
        title = numbered.group(3).strip("*").strip()
        marker = numbered.group(2) if numbered.group(2).strip() else " "
        return Block("question", one, title=title, number=int(numbered.group(1)), marker=marker)
    if not standalone:
        return None
    bare = _BULLET.sub("", text).strip()
    if _SECTION_NAME.fullmatch(bare.rstrip("：:").strip()):
        return Block("heading", one, title=bare.rstrip("：:").strip(), level=HEADING_LEVEL_SOFT)
    if len(bare) <= _MAX_PLAIN_QUESTION and not bare.endswith("。") and looks_like_question(bare):
        return Block("question", one, title=bare.strip("*").strip())
    return None


def _is_numbered_question(rest: str) -> bool:
    core = strip_numbering(rest)
    if core.endswith(("?", "？")):
        return True
    return len(core) <= _MAX_LOOSE_NUMBERED_QUESTION and looks_like_question(core)


def _blank(lines: list[str], i: int) -> bool:
    return i < 0 or i >= len(lines) or not lines[i].strip()


def _table_end(lines: list[str], i: int) -> int | None:
    """Last index of a Markdown pipe table or a tab-separated table starting at i."""
    if "|" in lines[i] and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]):
        j = i + 1
        while j + 1 < len(lines) and "|" in lines[j + 1] and lines[j + 1].strip():
            j += 1
        return j
    cells = _tab_cells(lines[i])
    if cells < 2 or i + 1 >= len(lines) or _tab_cells(lines[i + 1]) != cells:
        return None
    j = i + 1
    while j + 1 < len(lines) and _tab_cells(lines[j + 1]) == cells:
        j += 1
    return j


def _tab_cells(line: str) -> int:
    stripped = line.strip()
    if "\t" not in stripped:
        return 0
    return len([cell for cell in stripped.split("\t") if cell.strip()])
