"""Markdown read as text: emphasis, links, URLs, citations and empty brackets out, as a
reader sees a line of the notes (agent.keypoints reads its claims from it)."""

from __future__ import annotations

import re

MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
# a list item's mark: "- ", "•", "1.", "（2）", "三、", "①"
LIST_MARK = re.compile(
    r"^\s*(?:[-*+]+(?=\s)|[•·●○◎■□◆◇▪➢★☆✅✔👉⭐]+|\d{1,2}\s*[.)、．）]|[(（]\s*\d{1,2}\s*[)）]"
    r"|[一二三四五六七八九十]{1,2}\s*[、.．]|[①-⑳])\s*"
)
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_URL = re.compile(r"https?://\S+")
_MARKS = re.compile(r"\*\*|~~|`")
# emphasis by one mark comes in a pair that opens after no word and closes before none
# (CommonMark's rule): in "x_{l+1}", "θ_i − θ*_i" or "r - beta * KL" the marks are maths
_EMPHASIS = re.compile(r"(?<![\w*])(__|[*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
# "调改解码策略 （）", and a note-taker's flag "(!)", "（？）": nothing a claim says
_EMPTY_BRACKETS = re.compile(r"\s*[（(][\s!！?？]*[）)]")
# "(Frantar et al. 2022)", "(Lundberg & Lee 2017)": who wrote it, no claim of the notes
_CITATION = re.compile(
    r"\s*[（(]\s*[A-Z][\w-]+(?:\s+et al\.?|\s*(?:&|and)\s*[A-Z][\w-]+)?,?"
    r"\s*(?:19|20)\d\d[a-z]?\s*[）)]"
)
EDGE = " \t-—:：;；，,。.、|"


def clean(text: str) -> str:
    """Markdown and link syntax out, spaces squeezed, no leading/trailing punctuation."""
    return _unmarked(text).strip(EDGE)


def plain(line: str) -> str:
    """A line of the notes as a reader reads it: markdown (a heading's #s too) and links
    out, its own punctuation kept ("**问题背景：**业务方…" -> "问题背景：业务方…")."""
    heading = MD_HEADING.match(line)
    return _unmarked(heading.group(1) if heading else line).strip()


def _unmarked(text: str) -> str:
    text = _CITATION.sub("", _URL.sub("", _LINK.sub(r"\1", text)))
    text = _EMPHASIS.sub(r"\2", _MARKS.sub("", text))
    text = _EMPTY_BRACKETS.sub("", text)  # "调改解码策略 （）,SFT"
    return re.sub(r"\s+", " ", text)
