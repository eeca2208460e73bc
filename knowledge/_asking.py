"""Questions that are not on a line of their own: asked inside prose, answered on the same
line, or wrapped over two lines by a PDF.

Pure functions over one or two lines of cleaned text.
"""

from __future__ import annotations

import re

from knowledge._cues import looks_like_question

# Who asks and how: "面试官又问 X?", "…采样,提问,为什么 X?", "The interviewer then asked: X?"
# ("反问" is not one: in a write-up it is the candidate's own question to the interviewer.)
_ASK_CUE = (
    r"(?:(?:^|(?<=[\s,，。:：;；]))(?:最后|然后|接着|又|还|也)?(?:提问|追问|问[了到]?)"
    r"|面试官[^,，。?？!！]{0,8}?问[了到]?"
    r"|\b(?:interviewer|he|she|they)\b[^,.?!]{0,20}?\basked(?: me)?|\basked(?: me)?)"
)
_EMBEDDED = re.compile(
    _ASK_CUE + r"\s*[:：,，]?\s*(?!题)(?P<q>[^?？。！!；;\n]{2,80}?[?？])\s*(?P<after>.*)$",
    re.I,
)
# "经历过什么挫折：高考的时候，没有发挥好" — a short question, a colon, then its answer
_INLINE = re.compile(r"^(?P<q>[^:：]{2,24}?)\s*[:：]\s*(?P<a>\S.{1,})$")
_ASKING_WORD = re.compile(
    r"什么|为什么|为何|如何|怎么|怎样|哪些|哪个|多少|(吗|呢)$|^(why|how|what)\b", re.I
)
_NOT_ASKING_HEAD = re.compile(r"^(我们?|例如|比如|举个|方法|步骤|注意|[-*+•]\s)", re.I)
_SENTENCE_BREAK = re.compile(r"[。！!；;]")
_TERMINAL = ("。", "！", "？", "?", "!", "；", ";", "：", ":", "…")
_MAX_WRAPPED_TAIL = 24
# a line that opens on the verb of a question cut before it ("是什么?", "是怎么做的?")
_TAIL_ONLY = re.compile(r"^(?:是|有(?:什么|哪些)|在哪|吗|呢)[\u4e00-\u9fff]{0,6}[?？]$")
_LIST_START = re.compile(r"^\s*(?:[-*+•]\s|\d{1,3}(?:\s*[.、．)）:：]|\s)|#)")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def embedded_question(line: str) -> tuple[str, str, str] | None:
    """(text before, the question, text after) when a line reports a question being asked."""
    found = _EMBEDDED.search(line)
    if not found:
        return None
    question = found.group("q").strip(" ,，:：")
    if not looks_like_question(question):
        return None
    return line[: found.start()].strip(), question, found.group("after").strip()


def inline_question(line: str) -> tuple[str, str] | None:
    """(question, answer) for a "question: answer" line such as "为什么会遗忘：lost in middle"."""
    found = _INLINE.match(line.strip())
    if not found:
        return None
    head = found.group("q").strip()
    if _NOT_ASKING_HEAD.match(head) or not _ASKING_WORD.search(head):
        return None
    return head, found.group("a").strip()


def asking_part(text: str) -> str:
    """The question a numbered line asks, without what it says before it:
    "数据方面,…,提问,为什么要对重复语义的数据进行下采样?" -> "为什么要对…进行下采样?"."""
    embedded = embedded_question(text)
    if embedded is not None and not embedded[2]:
        return embedded[1]
    if text.rstrip().endswith(("?", "？")):
        sentences = [part for part in _SENTENCE_BREAK.split(text) if part.strip()]
        if len(sentences) > 1:
            return sentences[-1].strip()
    return text


def wraps_into(line: str, following: str) -> bool:
    """True when `following` is the rest of a question that a PDF broke off at `line`
    ("1. 为什么 Transformer 要除以根号 d_k" + "来做缩放?")."""
    first, rest = line.strip(), following.strip()
    if not first or not rest or first.endswith(_TERMINAL) or not looks_like_question(first):
        return False
    if len(rest) > _MAX_WRAPPED_TAIL or not rest.endswith(("?", "？")):
        return False
    if _LIST_START.match(rest):
        return False
    # "是什么?" after "Adam 和 SGD 的区别" asks about nothing alone: a subject-less tail
    return not looks_like_question(rest.rstrip("?？")) or bool(_TAIL_ONLY.match(rest))


def join_wrapped(first: str, rest: str) -> str:
    """Two pieces of one sentence, with a space only between two words of a spaced script."""
    a, b = first.rstrip(), rest.strip()
    if _CJK.match(b[:1]) or _CJK.match(a[-1:]):
        return a + b
    return f"{a} {b}"
