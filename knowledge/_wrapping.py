"""Prose lines joined again where a PDF or a web page broke them, and kept apart where a
note-taker wrote one point per line without punctuation.

A hard break sits inside a Chinese sentence, or ends a line as wide as the widest one
mid-sentence; a short line, an English line closed on a word and followed by a new
sentence, or two figures either side of the break, are points of their own.
"""

from __future__ import annotations

import re

SENTENCE_END = ("。", "！", "？", "!", "?", ".", "；", ";")
_CJK_END = re.compile(r"[\u4e00-\u9fff，、]$")
_CJK_START = re.compile(r"^[\u4e00-\u9fff]")
_CJK_PUNCTUATION = "，、；：。？！"  # no space after these when a wrapped line goes on
_FULL_LINE = 0.8  # share of the widest line's width that a wrapped line reaches
_LABEL_START = re.compile(r"^[^\s:：,，。]{1,10}[:：]")
_MAX_JOTTED_WIDTH = 60  # display columns: a wider line is a printed page's
_MIN_WRAP_WIDTH = 40  # display columns: a shorter line is a point of its own, not wrapped
# an English line that starts a sentence ("Recall went…", "I owned…") after a line ending
# in a word, unless that word leaves its phrase open ("trained by" + "Google")
_NEW_SENTENCE = re.compile(r"^(?:[A-Z][a-z]|I\s)")
_CLOSED_END = re.compile(
    r"(?<![\w-])(?!(?:the|a|an|of|to|and|or|in|on|for|with|by|from|at|as|that|is|are|was|were|"
    r"be|its|their|our|my|this|these|than|into|over|under|between)$)[A-Za-z0-9%]+\)?$",
    re.I,
)
_ZH_OPEN_END = re.compile(r"[，、和与及或的把被对从在将为向跟并而且由让给使]\s*$")
# how a note-taker's next point starts in Chinese: a subject or a step of the story
_ZH_OPENER = re.compile(
    r"^(?:我们?|最后|然后|之后|后来|结果|同时|但是|不过|所以|因此|另外|此外|首先|其次|接着|于是)"
)
_HYPHENATED = re.compile(r"[a-z]{2}-\s*$")  # a word the page broke with a hyphen
_FIGURE_END = re.compile(r"\d%?\s*$")
_ITEM_START = re.compile(r"^\s*(?:[-*+•>|]|\d{1,3}\s*[.、．)）:：]|[(（]\d{1,3}[)）]|#)")


def join_wrapped_lines(lines: list[str]) -> str:
    """Prose lines, with a PDF's hard breaks joined again: inside a Chinese sentence, and
    wherever a line that fills the width breaks off mid-sentence ("…的 Key 和" + "Value，…")."""
    full = _FULL_LINE * max(_width(line) for line in lines)
    text = last = ""
    for line in lines:
        piece = line.strip() if text else line
        if (
            text
            and _CJK_END.search(text)
            and _CJK_START.match(piece)
            and _goes_on(last, piece, full)
        ):
            text += piece
        elif text and _breaks_off(last, piece, full):
            if _HYPHENATED.search(text) and piece[:1].islower():  # "low-rank matri-" + "ces"
                text = text.rstrip()[:-1] + piece
                last = piece
                continue
            joint = "" if text.rstrip()[-1:] in _CJK_PUNCTUATION else " "
            text = f"{text.rstrip()}{joint}{piece}"  # "Key 和 Value", "sensitivity to"
        else:
            text = f"{text}\n{piece}" if text else piece
        last = piece  # the line as the page broke it, not what it was joined into
    return text


def _goes_on(last: str, following: str, full: float) -> bool:
    """A Chinese line the next one continues: it ends on a comma or on a word that needs
    what follows ("…标注一批 query 和"), or it is wrapped (as wide as the widest). A short
    line with no punctuation at its end is a point of its own, as a note-taker jots them
    ("客服工单很多 人工回复很慢" / "我负责检索模块"), and so is one followed by a line that
    starts a sentence ("…做了对比 证明70%的错误来自检索" / "最后我们先改检索")."""
    if _ZH_OPEN_END.search(last):
        return True
    return not _starts_anew(last, following) and _wide(last, full)


def _breaks_off(last: str, following: str, full: float) -> bool:
    """A wrapped line: long, as wide as the widest, not finishing a sentence, and the
    next line no new item nor a new English sentence."""
    if last.rstrip().endswith((*SENTENCE_END, "：", ":")) or _ITEM_START.match(following):
        return False
    if _LABEL_START.match(following):  # "指标评估:BLEU、ROUGE" is a point of its own
        return False
    if _NEW_SENTENCE.match(following) and _CLOSED_END.search(last.rstrip()):
        return False  # "…slow human replies" + "I owned the retrieval module…": two points
    if _starts_anew(last, following):
        return False  # "…点击率掉了8%" + "我回滚后…"
    if _FIGURE_END.search(last) and following[:1].isdigit():
        return False  # "…点击率提升3%" + "2022 至今在…": no sentence runs two figures together
    return _wide(last, full)


def _starts_anew(last: str, following: str) -> bool:
    """A jotted Chinese line followed by one that starts a sentence: a point of its own. A
    page's full line (a PDF's, as wide as a printed line) breaks wherever it is full, even
    before "我们", so it is not taken for a jotted one."""
    if not _ZH_OPENER.match(following) or _ZH_OPEN_END.search(last):
        return False
    return _width(last) < _MAX_JOTTED_WIDTH


def _wide(line: str, full: float) -> bool:
    width = _width(line)
    return width >= _MIN_WRAP_WIDTH and width >= full


def _width(text: str) -> int:
    """Display columns: a Chinese character is two."""
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text.strip())
