"""Steps of an answer written as bare lines are not questions.

An answer often lists its steps one per line, without bullets or numbers:

    如何将文本分块，存入知识库
    如何根据用户问题进行检索
    大模型根据检索内容进行总结性回答

The first two read like questions, but they are steps: they stand in a run of short
lines, next to each other, beside a line that asks nothing. A run made only of
questions is a list of bare questions and keeps them; a question line followed by a
short answer line (question, answer, question, answer) keeps them too.
"""

from __future__ import annotations

from itertools import pairwise

from knowledge._blocks import Block
from knowledge._wrapping import SENTENCE_END

_MAX_STEP = 40  # characters: a step is a short line
_MIN_RUN = 3


def demote_steps(blocks: list[Block]) -> list[Block]:
    """The blocks, with bare question lines that are steps of a run turned into text."""
    result = list(blocks)
    i = 0
    while i < len(result):
        end = _run_end(result, i)
        if end - i >= _MIN_RUN and _is_steps(result[i:end]):
            for n in range(i, end):
                if _bare_question(result[n]):
                    result[n] = Block("text", result[n].lines)
        i = max(end, i + 1)
    return result


def _run_end(blocks: list[Block], i: int) -> int:
    """End (exclusive) of the run of short single lines starting at i, at most one blank
    line apart."""
    j = i
    while j < len(blocks) and _short_line(blocks[j]):
        if j > i and blocks[j].start > blocks[j - 1].end + 2:
            break
        j += 1
    return j


def _short_line(block: Block) -> bool:
    if len(block.lines) != 1 or block.kind not in ("question", "text"):
        return False
    text = block.lines[0].text.strip()
    return 0 < len(text) <= _MAX_STEP and not text.endswith((*SENTENCE_END, "：", ":"))


def _bare_question(block: Block) -> bool:
    """A question on a line of its own, with no number and no question mark."""
    return (
        block.kind == "question"
        and block.asked == "line"
        and block.number is None
        and not block.title.rstrip().endswith(("?", "？"))
    )


def _is_steps(run: list[Block]) -> bool:
    """Two bare questions in a row beside a line that asks nothing."""
    asks = [_bare_question(block) for block in run]
    if any(block.kind == "question" and not ask for block, ask in zip(run, asks, strict=True)):
        return False  # a numbered or "?" question among them: a list of questions
    two_in_a_row = any(a and b for a, b in pairwise(asks))
    return two_in_a_row and not all(asks)
