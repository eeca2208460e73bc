"""Cleaned lines -> blocks: headings, questions, Q/A markers, paragraphs, code, tables.

A block remembers the 1-based original line numbers it spans. Code blocks and tables
are single blocks so that nothing later can cut them in half.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from knowledge._asking import (
    asking_part,
    embedded_question,
    inline_question,
    join_wrapped,
    wraps_into,
)
from knowledge._cleaning import ITEM, code_end
from knowledge._cues import looks_like_question, strip_numbering
from knowledge._resume import resume_heading
from knowledge._tables import last_table_line
from knowledge._wrapping import SENTENCE_END, join_wrapped_lines

# "item": a decorated bullet (emoji, ◎) that is not a question; "break": 3+ blank lines
BlockKind = Literal["heading", "question", "q", "a", "text", "code", "table", "item", "break"]
# How a question block was found: on its own line, asked inside prose, or "question: answer"
Asked = Literal["line", "embedded", "inline"]

HEADING_LEVEL_SOFT = 7  # bold-only lines and bare section names sit below every "#" level

_SPACE = re.compile(r"\s+")
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$")
# "**self intro** (keep < 2min!!)": a bold title may carry the note-taker's aside after it
_BOLD_LINE = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\*\*|__)([^*_]+?)(?:\*\*|__)\s*[:：]?\s*(?:[(（][^()（）]{0,30}[)）])?\s*$"
)
_Q_MARK = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\*\*)?(?:Q|Question|问|问题)\s*(?:\d{1,3}\s*[:：.、．)）]|[:：])"
    r"\s*(?:\*\*)?\s*(.*?)\s*$",
    re.I,
)
# the label an answer starts with, in notes and on forum pages: "答：", "参考回答：", "我的回答：",
# "标准答案：", "My answer:", "Sample answer:"
ANSWER_LABEL = (
    r"(?:A|(?:my |reference |sample |suggested |model |example )?answer|答"
    r"|(?:我的|参考|标准|推荐|示例|个人)?(?:回答|答案|解答))"
)
_A_MARK = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\*\*)?" + ANSWER_LABEL + r"\s*(?:\d{1,3}\s*[:：.、．)）]|[:：])"
    r"\s*(?:\*\*)?\s*(.*?)\s*$",
    re.I,
)
_NUMBERED = re.compile(r"^\s*(?:[-*+]\s+)?[(（]?(\d{1,3})\s*([.、．)）:：]|\s)\s*(\S.*?)\s*$")
_BULLET = re.compile(r"^\s*[-*+]\s+")
_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_SECTION_NAME = re.compile(
    r"(自我介绍|个人介绍|项目经历|项目经验|项目相关|实习经历|工作经历|科研经历|八股文?|基础知识|"
    r"技术基础|专业知识|技术问题|行为面试?|HR面?|软技能|综合面|反问|self[- ]?introduction|"
    r"projects?|experience|internships?|fundamentals|behaviou?ral( questions)?|"
    r"[一二三四]面|终面|总结)(部分|篇|环节)?",
    re.I,
)
_MAX_BOLD_HEADING = 30
_MAX_BOLD_LATIN_HEADING = 60  # "Disagreed with my manager about the launch metric"
_MAX_PLAIN_QUESTION = 40
_MAX_ASKING_LINE = 80  # a line ending with "?" may be longer than a bare question
_MAX_LOOSE_NUMBERED_QUESTION = 60
_GAP = 3  # this many blank lines in a row end whatever was being answered
_DENSE_BLANK_SHARE = 0.05  # web/PDF text with almost no blank lines: every line stands alone
_MIN_DENSE_LINES = 8
_CJK_ANY = re.compile(r"[\u4e00-\u9fff]")
_ROUND = re.compile(r"^\s*(?:[一二三四五]面|终面|HR ?面)\s*(?=\d)", re.I)


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
    asked: Asked = "line"  # questions only
    listed: bool = False  # questions only: one of a list of questions answered further down
    again: bool = False  # questions only: a listed question asked again here, above its answer

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
        if self.kind != "text":
            return "\n".join(line.text for line in self.lines)
        return unwrapped(self.lines)


def unwrapped(lines: tuple[Line, ...]) -> str:
    """Prose lines, with a PDF's hard breaks joined again (knowledge._wrapping)."""
    return join_wrapped_lines([line.text for line in lines])


def split_blocks(original: list[str], cleaned: list[str]) -> list[Block]:
    """Blocks in file order; `original` and `cleaned` have one entry per line."""
    blocks: list[Block] = []
    paragraph: list[Line] = []
    dense = _is_dense(original)

    def flush() -> None:
        if paragraph:
            blocks.append(Block("text", tuple(paragraph)))
            paragraph.clear()

    i = 0
    while i < len(cleaned):
        special, i_next = _special_blocks(original, cleaned, i, dense)
        if special is None:
            if _NUMBERED.match(cleaned[i]):  # a numbered item starts its own block
                flush()
            paragraph.append(Line(i + 1, cleaned[i].rstrip()))
            if dense and cleaned[i].rstrip().endswith(SENTENCE_END):
                flush()  # web/PDF text: a line that ends a sentence ends its paragraph
        else:
            flush()
            blocks.extend(special)
        i = i_next
    flush()
    return blocks


def _is_dense(original: list[str]) -> bool:
    filled = sum(1 for line in original if line.strip())
    blank = len(original) - filled
    return filled >= _MIN_DENSE_LINES and blank < _DENSE_BLANK_SHARE * len(original)


def _special_blocks(
    original: list[str], cleaned: list[str], i: int, dense: bool
) -> tuple[list[Block] | None, int]:
    """Blocks that start at line i and where the next scan starts; None: ordinary text."""
    line = cleaned[i]
    if not line.strip():
        return _gap(original, i)
    if _RULE.match(line):
        return [], i + 1
    last = code_end(cleaned, i)
    if last is not None:
        lines = tuple(Line(n + 1, original[n]) for n in range(i, last + 1))
        return [Block("code", lines)], last + 1
    table_end = last_table_line(cleaned, i)
    if table_end is not None:
        lines = tuple(Line(n + 1, cleaned[n].rstrip()) for n in range(i, table_end + 1))
        return [Block("table", lines)], table_end + 1
    wrapped = _wrapped_question(cleaned, i)
    if wrapped is not None:
        return [wrapped], i + 2
    resume = _resume_heading(original, cleaned, i)
    if resume is not None:
        return [resume], i + 1
    standalone = dense or (_blank(cleaned, i - 1) and _blank(cleaned, i + 1))
    standalone = standalone or _nests_answer(cleaned, i)
    return line_blocks(Line(i + 1, line.rstrip()), standalone), i + 1


def _resume_heading(original: list[str], lines: list[str], i: int) -> Block | None:
    """A résumé's section line or a job's dated entry line (knowledge._resume), read with
    the spaces the cleaning took out between Chinese words ("美团 算法实习生")."""
    listed = i + 1 < len(lines) and bool(_BULLET.match(lines[i + 1]))
    spaced = original[i] if _SPACE.sub("", original[i]) == _SPACE.sub("", lines[i]) else lines[i]
    found = resume_heading(spaced, listed)
    if found is None:
        return None
    title, entry = found
    level = HEADING_LEVEL_SOFT + 1 if entry else HEADING_LEVEL_SOFT  # an entry under its section
    marked = _MD_HEADING.match(lines[i])
    if marked:  # "### 美团 算法实习生 2023.06-2023.09" keeps its place among the "#" headings
        level = len(marked.group(1))
    return Block("heading", (Line(i + 1, lines[i].strip()),), title=title, level=level)


def _nests_answer(lines: list[str], i: int) -> bool:
    """ "- 你的缺点是什么？" with its answer indented under it: a list item that asks, as a
    line of its own would."""
    item = _BULLET.match(lines[i])
    if item is None or not lines[i].rstrip().endswith(("?", "？")) or i + 1 >= len(lines):
        return False
    following = lines[i + 1]
    indent = len(following) - len(following.lstrip())
    return bool(following.strip()) and indent > len(lines[i]) - len(lines[i].lstrip())


def _gap(original: list[str], i: int) -> tuple[list[Block], int]:
    """A run of blank lines: nothing, or a break when it is long."""
    j = i
    while j < len(original) and not original[j].strip():
        j += 1
    if j - i >= _GAP and i > 0 and original[i - 1].strip():
        return [Block("break", (Line(i + 1, ""),))], j
    return [], max(j, i + 1)


def _wrapped_question(cleaned: list[str], i: int) -> Block | None:
    """A question a PDF broke over two lines, as one question block citing both."""
    if i + 1 >= len(cleaned) or not wraps_into(cleaned[i], cleaned[i + 1]):
        return None
    joined = Line(i + 1, join_wrapped(cleaned[i], cleaned[i + 1]))
    found = line_blocks(joined, True)
    if not found or found[0].kind != "question":
        return None
    both = (Line(i + 1, cleaned[i].rstrip()), Line(i + 2, cleaned[i + 1].rstrip()))
    return replace(found[0], lines=both)


def line_blocks(line: Line, standalone: bool) -> list[Block] | None:
    """The blocks one line makes: a heading, a question (perhaps with the start of its
    answer on the same line), a Q/A marker, an item; None for ordinary text."""
    if line.text.lstrip().startswith(ITEM.strip()):
        bare = Line(line.no, line.text.lstrip()[len(ITEM.strip()) :].strip())
        found = line_blocks(bare, True)
        if found and found[0].kind == "question" and found[0].number is not None:
            # "🔥 3. KV Cache 是什么？" between "🔥 2. 某项目" and "🔥 4. …": a title that asks
            return [replace(found[0], kind="heading", level=HEADING_LEVEL_SOFT), *found[1:]]
        if found and found[0].kind in ("question", "heading"):
            return found
        return [_numbered_title(bare) or Block("item", (bare,))]
    block = classify_line(line, standalone)
    if block is not None:
        return _with_rest_of_line(block, line)
    if _BULLET.match(line.text) or _MD_HEADING.match(line.text):
        return None
    labelled = _labelled_section(line) if standalone else None
    return labelled or _asked_inside(line, standalone)


def _numbered_title(line: Line) -> Block | None:
    """ "🔥 2. 推理服务优化项目": a decorated, numbered, short line that says no sentence
    titles the points under it, as a bold line would."""
    text = _ROUND.sub("", line.text)  # "二面 1. 项目里最难的问题": the round is no title
    numbered = _NUMBERED.match(text)
    if numbered is None or not numbered.group(2).strip():
        return None
    title = numbered.group(3).strip("*_ ")
    if not _short_title(title) or title.endswith((*SENTENCE_END, "：", ":", "，", ",")):
        return None
    return Block("heading", (line,), title=text.strip(), level=HEADING_LEVEL_SOFT)


def _labelled_section(line: Line) -> list[Block] | None:
    """ "反问：组里做什么业务？", "总结：二面挂在项目深度上。": a section name, a colon and its
    text start a section of their own (what the candidate asked back is no answer)."""
    name, colon, rest = line.text.strip().partition("：")
    if not colon:
        name, colon, rest = line.text.strip().partition(":")
    if not rest.strip() or not _SECTION_NAME.fullmatch(name.strip()):
        return None
    return [
        Block("heading", (line,), title=name.strip(), level=HEADING_LEVEL_SOFT),
        Block("text", (Line(line.no, rest.strip()),)),
    ]


def _asked_inside(line: Line, standalone: bool) -> list[Block] | None:
    """Questions inside a line of prose: "…提问,为什么 X?我回答…", "为什么会遗忘：lost…"."""
    embedded = embedded_question(line.text)
    if embedded is not None:
        before, question, after = embedded
        found = [Block("question", (line,), title=question, asked="embedded")]
        if before:
            found.insert(0, Block("text", (Line(line.no, before),)))
        if after:
            found.append(Block("text", (Line(line.no, after),)))
        return found
    inline = inline_question(line.text) if standalone else None
    if inline is not None:
        question, answer = inline
        return [
            Block("question", (line,), title=question, asked="inline"),
            Block("text", (Line(line.no, answer),)),
        ]
    return None


def _with_rest_of_line(block: Block, line: Line) -> list[Block]:
    """A numbered question that reports the asking ("3.面试官又问 X?") keeps only X; what
    follows the question mark on the same line starts its answer."""
    if block.kind != "question" or block.number is None:
        return [block]
    embedded = embedded_question(block.title)
    if embedded is None:
        return [replace(block, title=asking_part(block.title))]
    found = [replace(block, title=embedded[1], asked="embedded")]
    if embedded[2]:
        found.append(Block("text", (Line(line.no, embedded[2]),)))
    return found


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
    if bold and _short_title(bold.group(1)):
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
    marked = bold is not None  # a whole line in bold: the note-taker marked it as a title
    if inline_question(bare) is None and _is_plain_question(bare.strip("*_").strip(), marked):
        return Block("question", one, title=_unnumbered(bare.strip("*").strip()))
    return None


def _short_title(text: str) -> bool:
    """Short enough for a bold line to be a title: English words take more letters."""
    text = text.strip()
    latin = not _CJK_ANY.search(text)
    return len(text) <= (_MAX_BOLD_LATIN_HEADING if latin else _MAX_BOLD_HEADING)


def _unnumbered(title: str) -> str:
    """ "**1. How would you detect data drift?**": the number was inside the bold."""
    numbered = _NUMBERED.match(title)
    if numbered and numbered.group(2).strip():  # "1." "2、", not "2 个方法"
        return numbered.group(3).strip("*").strip()
    return title


def _is_plain_question(text: str, marked: bool = False) -> bool:
    """A line that asks; one in bold ("**Tell me about a time you missed a deadline.**")
    may be as long as a line ending with "?"."""
    if text.endswith("。") or not looks_like_question(text):
        return False
    asks = marked or text.rstrip().endswith(("?", "？"))
    return len(text) <= (_MAX_ASKING_LINE if asks else _MAX_PLAIN_QUESTION)


def numbering_of(block: Block) -> tuple[int, str] | None:
    """(number, marker) of a text block that starts like a numbered item: "5、我们…"."""
    numbered = _NUMBERED.match(block.lines[0].text) if block.lines else None
    if numbered is None:
        return None
    return int(numbered.group(1)), numbered.group(2) if numbered.group(2).strip() else " "


def _is_numbered_question(rest: str) -> bool:
    core = strip_numbering(rest)
    if core.endswith(("?", "？")):
        return True
    return len(core) <= _MAX_LOOSE_NUMBERED_QUESTION and looks_like_question(core)


def _blank(lines: list[str], i: int) -> bool:
    return i < 0 or i >= len(lines) or not lines[i].strip()
