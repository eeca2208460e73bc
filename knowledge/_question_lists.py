"""Questions listed together (often at the top of a note) and answered further down.

A list is two or more question blocks in a row. Each listed question is looked for again
after the list: as a question or heading of its own, or at the start of a line of prose
("为什么需要 RAG？大模型的知识…"), which is then split into the question and its answer.
A listed question found again is dropped from the list (the copy further down is the one
asked, with its answer), and the rest are marked `listed` — they take no answer, so the
last one does not swallow the text after the list — when most of the list is found again
(a table of contents) or when three or more are found nowhere (a list of bare questions).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from knowledge._blocks import Block, Line, numbering_of
from knowledge._cues import NOT_IN_KEY, question_key, strip_numbering

_MIN_KEY = 4
# the heading (or a line of its own) under which a list's answers follow by number
_ANSWERS = re.compile(r"^\W*(参考)?(答案|解答|回答)\W*$|^\W*(answers?|solutions?)\W*$", re.I)
# ... or a line of prose saying they follow ("下面是我自己整理的答案，仅供参考：", "My answers
# below:"): short, ending in a colon
_ANSWERS_SAID = re.compile(
    r"^[^。？?！!]{0,16}(?:答案|解答)[^。？?！!]{0,10}[:：]\s*$"
    r"|^[^.?!]{0,40}\b(?:answers?|solutions?)\b[^.?!]{0,30}:\s*$",
    re.I,
)
_BARE_LIST = 3
_MIN_SHORTER = 6  # a title said shorter than the listed question keeps this many characters
_SHORTER_SHARE = 0.6  # and this share of the listed question's


def pair_listed_questions(blocks: list[Block]) -> list[Block]:
    """The blocks, with listed questions marked and their answers' lines made questions."""
    result = list(blocks)
    i = 0
    while i < len(result):
        end = _list_end(result, i)
        if end - i >= 2:
            result, end = _pair_list(result, i, end)
        i = max(end, i + 1)
    return result


def _list_end(blocks: list[Block], i: int) -> int:
    """End (exclusive) of the run of question blocks starting at i, one per line."""
    j = i
    while j < len(blocks) and blocks[j].kind == "question" and blocks[j].asked == "line":
        if j > i and not _next_in_list(blocks[j - 1], blocks[j]):
            break
        j += 1
    return j


def _next_in_list(previous: Block, block: Block) -> bool:
    """Same list: at most one blank line apart, numbered on (1. 2. 3.) or both unnumbered."""
    if block.start > previous.end + 2:
        return False
    if previous.number is None or block.number is None:
        return previous.number is None and block.number is None
    return block.marker == previous.marker and block.number == previous.number + 1


def _pair_list(blocks: list[Block], start: int, end: int) -> tuple[list[Block], int]:
    """Marks the list blocks[start:end]; returns the blocks and the list's new end."""
    found_later = 0
    answered_below: set[int] = set()
    for index in range(start, end):
        key = question_key(blocks[index].title)
        position = _find_again(blocks, end, key) if len(key) >= _MIN_KEY else None
        if position is None:
            continue
        found_later += 1
        blocks = blocks[:position] + _as_question(blocks[position], key) + blocks[position + 1 :]
        answered_below.add(index)
    numbered = _answered_by_number(blocks, start, end, answered_below)
    for index, position in sorted(numbered.items(), key=lambda item: -item[1]):
        question = blocks[index]
        blocks = (
            blocks[:position]
            + _numbered_answer(blocks[position], question)
            + blocks[position + 1 :]
        )
        answered_below.add(index)
        found_later += 1
    size = end - start
    # The rest are bare. The last takes the text after the list as its answer only when
    # the list is not a table of contents (mostly found again) nor a long bare list.
    if found_later * 2 > size or (not found_later and size >= _BARE_LIST):
        for index in range(start, end):
            blocks[index] = replace(blocks[index], listed=True)
    # A question answered below is asked there; its line in the list adds nothing.
    kept = [block for n, block in enumerate(blocks) if n not in answered_below]
    return kept, end - len(answered_below)


def _answered_by_number(
    blocks: list[Block], start: int, end: int, found: set[int]
) -> dict[int, int]:
    """A numbered list whose answers follow under an answers heading, by the same numbers
    ("1. 什么是KV cache？ 2. …" then "### 答案" and "1. KV cache 是… 2. …"): the list's index
    of each question answered so, and the position of its answer's block. The answers may
    start past the list's first number ("1、自我介绍" is not answered: "2、…" comes first)."""
    by_number = {
        blocks[i].number: i for i in range(start, end) if i not in found and blocks[i].number
    }
    heading = next((j for j in range(end, len(blocks)) if _heads_answers(blocks[j])), None)
    if len(by_number) < 2 or heading is None:
        return {}
    paired: dict[int, int] = {}
    expected = None
    for position in range(heading + 1, len(blocks)):
        block = blocks[position]
        numbering = numbering_of(block) if block.kind == "text" else None
        expected = numbering[0] if numbering and expected is None else expected
        if numbering is None or numbering[0] != expected or expected not in by_number:
            break
        paired[by_number[expected]] = position
        expected += 1
    return paired if len(paired) >= 2 else {}


def _heads_answers(block: Block) -> bool:
    """ "### 答案", "**参考答案**", "Answers:" on a line of its own."""
    said = (block.title if block.kind == "heading" else block.text).strip()
    if block.kind == "text" and len(block.lines) == 1 and _ANSWERS_SAID.match(said):
        return True
    return block.kind in ("heading", "text") and bool(_ANSWERS.match(said))


def _numbered_answer(block: Block, question: Block) -> list[Block]:
    """ "1. KV cache 是推理时…" under the answers heading: the listed question asked there,
    and the rest of the block its answer."""
    first, *rest = block.lines
    answer = (
        [Line(first.no, strip_numbering(first.text))] if strip_numbering(first.text) else []
    ) + rest
    asked = Block(
        "question", (first,), title=question.title, number=question.number, marker=question.marker
    )
    asked = replace(asked, again=True)
    return [asked, Block("text", tuple(answer))] if answer else [asked]


def _find_again(blocks: list[Block], after: int, key: str) -> int | None:
    for position in range(after, len(blocks)):
        block = blocks[position]
        if block.kind in ("question", "heading", "q") and _same_question(key, block.title):
            return position
        if block.kind == "text" and any(_starts_with(line, key) for line in block.lines):
            return position
    return None


def _same_question(key: str, title: str) -> bool:
    """The listed question, or its answer's title said shorter: "讲讲 GPTQ 和 AWQ 的区别" is
    answered under "GPTQ 和 AWQ 的区别", "介绍一下推理服务优化的项目" under "推理服务优化项目"
    (what the title says, in the listed question's order, and most of it)."""
    said = _line_key(title)
    if said == key:
        return True
    if len(said) < max(_MIN_SHORTER, _SHORTER_SHARE * len(key)):
        return False
    rest = iter(key)
    return all(char in rest for char in said)


def _as_question(block: Block, key: str) -> list[Block]:
    """A text block split where a line starts with the listed question."""
    if block.kind != "text":
        return [replace(block, again=True) if block.kind == "question" else block]
    lines = list(block.lines)
    at = next(n for n, line in enumerate(lines) if _starts_with(line, key))
    question, rest = _split_after_key(lines[at].text, key)
    found: list[Block] = []
    if at:
        found.append(Block("text", tuple(lines[:at])))
    found.append(Block("question", (lines[at],), title=question, again=True))
    tail = ([Line(lines[at].no, rest)] if rest else []) + lines[at + 1 :]
    if tail:
        found.append(Block("text", tuple(tail)))
    return found


def _starts_with(line: Line, key: str) -> bool:
    return _line_key(line.text).startswith(key)


@lru_cache(maxsize=1 << 16)
def _line_key(text: str) -> str:
    """Every listed question looks at every later line: each line's key is worked out once."""
    return question_key(text)


def _split_after_key(text: str, key: str) -> tuple[str, str]:
    """("为什么需要 RAG？", "大模型的知识…") from "为什么需要 RAG？大模型的知识…"."""
    text = strip_numbering(text)
    seen = 0
    for position, char in enumerate(text):
        seen += len(NOT_IN_KEY.sub("", char))
        if seen >= len(key):
            cut = position + 1
            while cut < len(text) and not NOT_IN_KEY.sub("", text[cut]):
                cut += 1
            return text[:cut].strip(" （("), text[_past_open_aside(text, cut) :].strip()
    return text.strip(), ""


def _past_open_aside(text: str, cut: int) -> int:
    """Where the answer starts when the question ends inside a gloss after it ("说说 A 和 B 的
    区别（面试高频）"): past the gloss's closing bracket - the gloss is neither asked nor
    part of the answer."""
    head = text[:cut]
    if head.count("（") + head.count("(") <= head.count("）") + head.count(")"):
        return cut
    closing = re.search(r"[)）]", text[cut:])
    return cut + closing.end() if closing else cut
