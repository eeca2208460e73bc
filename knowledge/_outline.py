"""Blocks -> an outline: the heading tree, and units (a question with its answer, or body text).

Where a question's answer ends is the subtle part of reading notes:
- a question heading's answer runs until the next heading that is not deeper than it
  (deeper headings inside it become part of the answer unless they ask a question of
  their own);
  a question line followed by headings naming what it asks for takes them as its answer;
- a numbered question's answer runs until the next question of the same list (number + 1,
  or a new list starting at 1) or heading, so numbered sub-points inside an answer stay in it;
- a Q:/问： question's answer is what follows A:/答： (or simply what follows it);
- a question asked inside prose, or answered on its own line ("X：answer"), is answered by
  the one paragraph that follows it;
- a question listed at the top and answered further down gets no answer where it is listed
  (the copy further down carries it), and a list of bare questions answers none of them;
- three blank lines in a row, or a decorated item ("👉 …"), end any answer but a heading's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from knowledge._answer_fit import answering_blocks, further_point, related
from knowledge._asking import join_wrapped
from knowledge._blocks import HEADING_LEVEL_SOFT, Block, Line, numbering_of, unwrapped
from knowledge._cues import asks_after_label, looks_like_question, strip_numbering

QuestionStyle = Literal["heading", "numbered", "plain", "qa", "listed", "embedded", "inline"]
_ONE_PARAGRAPH: frozenset[str] = frozenset({"embedded", "inline"})
_BACK_REFERENCE = re.compile(r"\b(it|this|that|them|they|these|those)\b|它|其|这个|该问题", re.I)
_HEADING_NUMBER = re.compile(r"^(\d{1,3})\s*[.、．)）]")
_LIST_ITEM = re.compile(r"^(?:[-*+•]\s|\d{1,3}[.、．)）])")


@dataclass
class Section:
    title: str
    level: int
    start: int
    end: int
    parent: int | None  # index into Outline.sections
    path: tuple[str, ...]


@dataclass
class Unit:
    """A question with its answer blocks, or (question is None) a run of body blocks."""

    section: int | None
    path: tuple[str, ...]
    start: int
    end: int
    question: str | None = None
    style: QuestionStyle | None = None
    level: int = 0  # of the heading that asked the question
    number: int | None = None
    marker: str = ""
    blocks: list[Block] = field(default_factory=list)
    answer_open: bool = True  # qa style: False until "A:" (or a paragraph) starts the answer
    sub_headings: set[int] = field(default_factory=set)  # lines of headings inside the answer
    again: bool = False  # a listed question asked again: what follows it was written as its answer
    item_end: int = 0  # last line of a decorated item taken into the answer

    def add(self, block: Block) -> None:
        self.blocks.append(block)
        self.end = max(self.end, block.end)

    @property
    def answer(self) -> str:
        """The blocks' text: a blank line between blocks that had one between them."""
        text, last_end, after_marker = "", 0, ""
        for block in self.blocks:
            if not block.text.strip():
                continue
            if after_marker and block.kind == "text" and block.start == last_end + 1:
                # "A：…放进 GPU 的" + "SRAM 里完成…": a PDF broke the answer after its marker
                first = (Line(last_end, after_marker),)
                text = text[: len(text) - len(after_marker)] + unwrapped(first + block.lines)
            else:
                joint = "\n" if block.start <= last_end + 1 else "\n\n"
                text = f"{text}{joint}{block.text}" if text else block.text
            after_marker = block.text if block.kind == "a" else ""
            last_end = block.end
        return text.strip()


@dataclass
class Outline:
    sections: list[Section] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)


class _Walker:
    def __init__(self) -> None:
        self.outline = Outline()
        self.stack: list[int] = []  # open sections, outermost first
        self.unit: Unit | None = None
        self.numbered_heading: tuple[int, int | None, bool] = (0, None, False)  # the last one

    @property
    def path(self) -> tuple[str, ...]:
        return self.outline.sections[self.stack[-1]].path if self.stack else ()

    def flush(self) -> None:
        unit = self.unit
        self.unit = None
        if unit is None or not (unit.question or unit.answer):
            return
        answering = answering_blocks(unit)
        if answering < len(unit.blocks):  # the rest is about something else: body text
            rest, unit.blocks = unit.blocks[answering:], unit.blocks[:answering]
            unit.end = unit.blocks[-1].end if unit.blocks else unit.start
            self._keep(unit)
            self._keep(Unit(unit.section, unit.path, rest[0].start, rest[-1].end, blocks=rest))
            return
        self._keep(unit)

    def _keep(self, unit: Unit) -> None:
        self.outline.units.append(unit)
        self._extend_sections(unit.end)

    def gap(self) -> None:
        """A long run of blank lines: what was being answered is over, and a soft section
        (a bold line or a bare section name) with it."""
        unit = self.unit
        if unit is not None and unit.question and not unit.blocks:
            return  # a question heading, then blank lines, then its answer
        self.flush()
        while self.stack and self.outline.sections[self.stack[-1]].level >= HEADING_LEVEL_SOFT:
            self.stack.pop()

    def _extend_sections(self, line_no: int) -> None:
        for index in self.stack:
            section = self.outline.sections[index]
            section.end = max(section.end, line_no)

    def heading(self, block: Block) -> None:
        unit = self.unit
        if unit is not None and _inside_answer(unit, block):
            unit.add(Block("text", (Line(block.start, block.title),)))
            unit.sub_headings.add(block.start)
            if unit.style != "heading":
                self._close_sections(block.level, unit.end)
            return
        self.flush()
        while self.stack and self.outline.sections[self.stack[-1]].level >= block.level:
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        section = Section(block.title, block.level, block.start, block.end, parent, ())
        section.path = (*self.path, block.title)
        self.outline.sections.append(section)
        self.stack.append(len(self.outline.sections) - 1)
        asks = asks_after_label(block.title) or self._continues_questions(block)
        self.numbered_heading = (block.level, _heading_number(block.title), asks)
        if asks:
            self._start_question(block, strip_numbering(block.title), "heading", block.level)

    def _close_sections(self, level: int, end: int) -> None:
        """ "## Adapter Tuning" told as part of "微调方法有哪些"'s answer still ends the "## MQA"
        section it follows: what comes after the answer is not under MQA."""
        self._extend_sections(end)
        while self.stack and self.outline.sections[self.stack[-1]].level >= level:
            self.stack.pop()

    def _continues_questions(self, block: Block) -> bool:
        """ "#### 2. 多头注意力的好处" after "#### 1. Self-Attention 的计算过程？": the next
        numbered heading of a list of question headings asks too."""
        level, number, asked = self.numbered_heading
        current = _heading_number(block.title)
        return asked and number is not None and current == number + 1 and level == block.level

    def _start_question(
        self, block: Block, text: str, style: QuestionStyle, level: int = 0
    ) -> None:
        self.flush()
        section = self.stack[-1] if self.stack else None
        self.unit = Unit(section, self.path, block.start, block.end, text, style, level)
        self.unit.number = block.number
        self.unit.marker = block.marker
        self.unit.answer_open = style != "qa"
        self.unit.again = block.again

    def question(self, block: Block) -> None:
        if self._accepts(block):
            self._start_question(block, block.title, _style(block))
        else:
            self.body(Block("text", block.lines))

    def _accepts(self, block: Block) -> bool:
        unit = self.unit
        if unit is None or unit.question is None:
            return True
        if unit.style == "heading":  # a step like "如何根据用户问题进行检索" inside an answer
            return (
                block.number is not None
                or block.asked != "line"
                or _asks(block.title)
                or block.again  # listed above and asked again here: a question of its own
            )
        if unit.style != "numbered":
            return True
        if block.number is None:  # a plain question line inside a numbered answer is text,
            return block.asked == "embedded"  # "面试官追问：X？" is asked
        if block.number == (unit.number or 0) + 1:
            return True
        if not unit.answer:  # a list of bare questions (or a table of contents) goes on
            return block.marker == unit.marker
        return block.number == 1

    def qa(self, block: Block) -> None:
        unit = self.unit
        if block.kind == "q":
            self._start_question(block, block.title, "qa")
        elif unit is not None and unit.style == "qa" and not unit.answer_open:
            unit.answer_open = True
            if block.title:
                unit.add(Block("a", block.lines, title=block.title))
            unit.end = block.end
        else:
            self.body(Block("text", block.lines))

    def item(self, block: Block) -> None:
        """A decorated bullet starts a new point: only a heading's answer goes on over it,
        and a run of them right under a question still unanswered ("👉 问题一：…？" then
        "✅ 先按章节切块…" and the next "✅ …" lines) is its answer."""
        unit = self.unit
        follows = unit is not None and block.start == unit.end + 1
        answers = follows and unit is not None and (not unit.blocks or unit.item_end == unit.end)
        if unit is not None and unit.question and unit.style != "heading" and not answers:
            self.flush()
        self.body(Block("text", block.lines))
        if self.unit is not None:
            self.unit.item_end = block.end

    def body(self, block: Block) -> None:
        if self._answer_is_over(block):
            self.flush()
        unit = self.unit
        if unit is None:
            section = self.stack[-1] if self.stack else None
            unit = self.unit = Unit(section, self.path, block.start, block.end)
        elif unit.style == "qa" and not unit.answer_open:
            question = unit.question or ""
            adjacent = block.kind == "text" and block.start == unit.end + 1
            if adjacent and _question_goes_on(question, block.text):
                unit.question = join_wrapped(question, block.text).strip()
                unit.end = block.end
                return
            unit.answer_open = True
        unit.add(block)

    def _answer_is_over(self, block: Block) -> bool:
        unit = self.unit
        if unit is None or unit.question is None:
            return False
        if unit.style == "listed":
            return True
        if unit.style in _ONE_PARAGRAPH and unit.blocks:
            return not (block.kind == "text" and further_point(unit.blocks[-1], block))
        if unit.style == "numbered" and unit.blocks:  # "5、我们在第一版…" ends item 4's answer
            numbering = numbering_of(block)
            return numbering == ((unit.number or 0) + 1, unit.marker)
        return False


def _question_goes_on(question: str, line: str) -> bool:
    """Whether the line after "Q: …" (no "A:" yet) is the rest of the question, not its
    answer: no list item, and the question has not asked yet, or the line finishes it
    ("you built, end to end." in lower case, "根号 d_k？")."""
    if question.endswith(("?", "？")):
        return False
    rest = line.strip()
    if rest.startswith(("（", "(")):
        return False  # "（写出来了，面试官没说什么）" remarks on the question
    if _LIST_ITEM.match(rest):
        return False  # "- L1 = sum |w|" under "Q: L1 vs L2": a point of the answer
    return not looks_like_question(question) or rest[:1].islower() or _asks(rest)


def _inside_answer(unit: Unit, block: Block) -> bool:
    """Whether a heading is part of what the open question's answer says:
    - under a question heading, a deeper heading that asks nothing, or asks without a
      "?" about what its parent names ("#### How to diagnose it" under "### What is the
      bias-variance tradeoff?"; "#### 自注意力怎么计算" stays a question of its own);
    - right after a question line, headings naming what it asks for, while each shares
      a word with what was said ("微调方法有哪些" + "### PT方法" + "## Adapter Tuning").
    """
    if _asks(block.title) or not unit.question:
        return False
    if unit.style == "heading":
        deeper = block.level > unit.level
        return deeper and (not asks_after_label(block.title) or _refers_back(block.title))
    if unit.style not in ("plain", "numbered") or (unit.blocks and not unit.sub_headings):
        return False
    said = f"{unit.question}\n{unit.answer}"
    return not looks_like_question(block.title) and related(said, block.title)


def _refers_back(title: str) -> bool:
    """A sub-heading that only makes sense under its parent: "How to fix it", "如何解决它"."""
    return bool(_BACK_REFERENCE.search(title))


def _style(block: Block) -> QuestionStyle:
    if block.listed:
        return "listed"
    if block.asked != "line":
        return block.asked
    return "numbered" if block.number is not None else "plain"


def _heading_number(title: str) -> int | None:
    found = _HEADING_NUMBER.match(title.strip("*_ "))
    return int(found.group(1)) if found else None


def _asks(text: str) -> bool:
    return text.rstrip().endswith(("?", "？"))


def build_outline(blocks: list[Block]) -> Outline:
    walker = _Walker()
    for block in blocks:
        if block.kind == "heading":
            walker.heading(block)
        elif block.kind == "question":
            walker.question(block)
        elif block.kind in ("q", "a"):
            walker.qa(block)
        elif block.kind == "break":
            walker.gap()
        elif block.kind == "item":
            walker.item(block)
        else:
            walker.body(block)
    walker.flush()
    return walker.outline


def unit_lines(unit: Unit) -> list[Line]:
    """All lines of a unit's answer/body blocks, for citing."""
    return [line for block in unit.blocks for line in block.lines]
