"""Which of the blocks after a question answer it.

Notes put unrelated scraps after an answer — "pytorch DDP中", test queries, "Notes to self" —
and a plain line can sound like a question without the paragraph after it answering it.
A block is kept when it shares a word (in Chinese, a two-character piece; question words
and English function words aside) with the question or with the answer before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge._blocks import Block, numbering_of
from knowledge._wrapping import SENTENCE_END

if TYPE_CHECKING:
    from knowledge._outline import Unit

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#.@-]+|[\u4e00-\u9fff]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_QUESTION_GRAMS = frozenset(
    [
        *("什么", "为什", "如何", "怎么", "怎样", "哪些", "一下", "介绍", "说说"),
        *("讲讲", "是什", "么是", "的是", "是怎", "区别", "有哪", "哪一"),
    ]
)
_FUNCTION_WORDS = frozenset(
    [
        *("the", "a", "an", "and", "or", "to", "of", "in", "on", "for", "is", "are", "was"),
        *("it", "we", "i", "you", "with", "as", "at", "by", "be", "this", "that", "what"),
        *("how", "why", "do", "does", "would", "your", "my"),
    ]
)
_PHRASE = 40  # a point jotted as a phrase is no longer than this
_SCRAP = 30  # a trailing block this short that shares nothing is a scrap, not an answer
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]\s|\d{1,3}\s*[.、．)）:：])")
_LABEL = re.compile(r"^\s*[^:：]{1,12}[:：]\s*$")  # "学习资料：" heads the list after it
# A reminder the candidate wrote to themselves, not part of any answer
_MEMO = re.compile(
    r"^\s*(?:\*\*)?(?:notes? to self|todo|fixme|remember|reminder|p\.?s\.?"
    r"|备注|备忘|提醒自己|自己注意|注意自己|待补充|待看|待整理|回头再看)\b\s*(?:\*\*)?\s*[:：]",
    re.I,
)

# A prompt for a story is a question however it ends; the story rarely repeats its words
_ASKS_FOR_A_STORY = re.compile(
    r"^(?:tell me about|describe a|walk me through|give (?:me )?an example|"
    r"(?:讲|说|分享|描述|举)一(?:个|次)|举个例子)",
    re.I,
)


def words(text: str) -> set[str]:
    found: set[str] = set()
    for word in _WORD.findall(text.lower()):
        if _CJK.match(word):
            found.update(word[i : i + 2] for i in range(len(word) - 1))
        else:
            found.add(word)
            found.update(word.split("-"))  # "P-Tuning" is also about "tuning"
    return found - _QUESTION_GRAMS - _FUNCTION_WORDS


def related(question: str, answer: str) -> bool:
    return bool(words(question) & words(answer))


def answering_blocks(unit: Unit) -> int:
    """How many of the unit's first blocks answer its question (all of them for body text)."""
    blocks = unit.blocks
    question = unit.question or ""
    if not question or not blocks:
        return len(blocks)
    if _unrelated_plain_answer(unit):  # "bert模型是怎么微调的" + "问题是百度的股份架构…"
        return 0
    end = len(blocks)
    while end > 1 and _is_scrap(question, blocks, end, unit.sub_headings):
        end -= 1 if not _heads_list(blocks, end) else 2
    return max(end, 1)


def _is_scrap(question: str, blocks: list[Block], end: int, sub_headings: set[int]) -> bool:
    """Whether blocks[end - 1] (or a label with its list) trails off the answer."""
    if _heads_list(blocks, end):
        last, earlier = blocks[end - 2], blocks[: end - 2]
    else:
        last, earlier = blocks[end - 1], blocks[: end - 1]
        if _MEMO.match(last.text):
            return True
        if _LIST_ITEM.match(last.lines[0].text) or len(last.text) > _SCRAP:
            return False
    if last.kind != "text" or not earlier:
        return False
    if last.start <= earlier[-1].end + 1 and not earlier[-1].text.rstrip().endswith(SENTENCE_END):
        return False  # the rest of a sentence
    if earlier[-1].start in sub_headings:
        return False  # what a heading inside the answer introduces
    if all(_phrase(block) for block in earlier) and further_point(earlier[-1], last):
        return False  # an answer jotted as phrases goes on
    said = " ".join([question, *(block.text for block in earlier)])
    return not related(said, last.text)


def _heads_list(blocks: list[Block], end: int) -> bool:
    """blocks[end - 2] is a label such as "学习资料：" and blocks[end - 1] the list it heads."""
    if end < 3:
        return False
    label, items = blocks[end - 2], blocks[end - 1]
    return bool(_LABEL.match(label.text)) and bool(_LIST_ITEM.match(items.lines[0].text))


def _unrelated_plain_answer(unit: Unit) -> bool:
    """A plain line that only sounds like a question, followed by prose about something
    else. Lists are kept (their items rarely repeat the question's words)."""
    question = unit.question or ""
    if unit.style != "plain" or question.rstrip().endswith(("?", "？")):
        return False
    if unit.again:  # "讲讲 KV cache" listed, then again above "自回归解码时把 K、V 缓存…"
        return False
    if _ASKS_FOR_A_STORY.match(question.strip("*_ ")):
        return False  # "Tell me about a time you missed a deadline." is answered by a story
    if any(numbering_of(block) for block in unit.blocks):
        return False
    return not related(question, unit.answer)


def further_point(previous: Block, block: Block) -> bool:
    """Answers jotted as bare phrases ("lost in middle对于中间…", then "海底捞针"): a short
    phrase after a phrase is one more point, where after a sentence it is a scrap."""
    if len(block.text) > _SCRAP or _LABEL.match(block.text):
        return False
    return _phrase(previous) and _phrase(block)


def _phrase(block: Block) -> bool:
    """One short line that does not finish a sentence (nor head a list with a colon)."""
    text = block.text.rstrip()
    ends = (*SENTENCE_END, "：", ":")
    return len(block.lines) == 1 and len(text) <= _PHRASE and not text.endswith(ends)
