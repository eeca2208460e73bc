"""Blocks -> an outline: the heading tree, and units (a question with its answer, or body text).

Where a question's answer ends is the subtle part of reading notes:
- a question heading's answer runs until the next heading that is not deeper than it
  (deeper, non-question headings inside it become part of the answer);
- a numbered question's answer runs until the next question of the same list (number + 1,
  or a new list starting at 1) or heading, so numbered sub-points inside an answer stay in it;
- a Q:/问： question's answer is what follows A:/答： (or simply what follows it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from knowledge._blocks import Block, Line
from knowledge._cues import looks_like_question, strip_numbering

QuestionStyle = Literal["heading", "numbered", "plain", "qa"]


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

    def add(self, block: Block) -> None:
        self.blocks.append(block)
        self.end = max(self.end, block.end)

    @property
    def answer(self) -> str:
        return "\n\n".join(block.text for block in self.blocks if block.text.strip()).strip()


@dataclass
class Outline:
    sections: list[Section] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)


class _Walker:
    def __init__(self) -> None:
        self.outline = Outline()
        self.stack: list[int] = []  # open sections, outermost first
        self.unit: Unit | None = None

    @property
    def path(self) -> tuple[str, ...]:
        return self.outline.sections[self.stack[-1]].path if self.stack else ()

    def flush(self) -> None:
        if self.unit is not None and (self.unit.question or self.unit.answer):
            self.outline.units.append(self.unit)
            self._extend_sections(self.unit.end)
        self.unit = None

    def _extend_sections(self, line_no: int) -> None:
        for index in self.stack:
            section = self.outline.sections[index]
            section.end = max(section.end, line_no)

    def heading(self, block: Block) -> None:
        unit = self.unit
        if (
            unit is not None
            and unit.style == "heading"
            and block.level > unit.level
            and not looks_like_question(block.title)
        ):  # a sub-heading inside a question's answer
            unit.add(Block("text", block.lines))
            return
        self.flush()
        while self.stack and self.outline.sections[self.stack[-1]].level >= block.level:
            self.stack.pop()
        parent = self.stack[-1] if self.stack else None
        section = Section(block.title, block.level, block.start, block.end, parent, ())
        section.path = (*self.path, block.title)
        self.outline.sections.append(section)
        self.stack.append(len(self.outline.sections) - 1)
        if looks_like_question(block.title):
            self._start_question(block, strip_numbering(block.title), "heading", block.level)

    def _start_question(
        self, block: Block, text: str, style: QuestionStyle, level: int = 0
    ) -> None:
        self.flush()
        section = self.stack[-1] if self.stack else None
        self.unit = Unit(section, self.path, block.start, block.end, text, style, level)
        self.unit.number = block.number
        self.unit.marker = block.marker
        self.unit.answer_open = style != "qa"

    def question(self, block: Block) -> None:
        if self._accepts(block):
            style: QuestionStyle = "numbered" if block.number is not None else "plain"
            self._start_question(block, block.title, style)
        else:
            self.body(Block("text", block.lines))

    def _accepts(self, block: Block) -> bool:
        unit = self.unit
        if unit is None or unit.question is None or unit.style != "numbered":
            return True
        if block.number is None:  # a plain question line inside a numbered answer is text
            return False
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

    def body(self, block: Block) -> None:
        unit = self.unit
        if unit is None:
            section = self.stack[-1] if self.stack else None
            unit = self.unit = Unit(section, self.path, block.start, block.end)
        elif unit.style == "qa" and not unit.answer_open:
            question = unit.question or ""
            adjacent = block.kind == "text" and block.start == unit.end + 1
            if adjacent and not question.endswith(("?", "？")):  # the question goes on
                unit.question = f"{question}\n{block.text}".strip()
                unit.end = block.end
                return
            unit.answer_open = True
        unit.add(block)


def build_outline(blocks: list[Block]) -> Outline:
    walker = _Walker()
    for block in blocks:
        if block.kind == "heading":
            walker.heading(block)
        elif block.kind == "question":
            walker.question(block)
        elif block.kind in ("q", "a"):
            walker.qa(block)
        else:
            walker.body(block)
    walker.flush()
    return walker.outline


def unit_lines(unit: Unit) -> list[Line]:
    """All lines of a unit's answer/body blocks, for citing."""
    return [line for block in unit.blocks for line in block.lines]
