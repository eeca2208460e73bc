"""Outline units -> retrieval-sized chunks with exact citations.

Sizes are counted in characters, which suits CJK text (one character is about one word)
and is conservative for English. A question and its answer stay in one chunk up to
`MAX_QA_CHARS`; other text is packed up to `MAX_CHARS`, cut at paragraph, then line,
then sentence boundaries. Code blocks and tables are never cut, even when large.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from knowledge._blocks import Block, Line
from knowledge._cues import infer_kind
from knowledge._models import Chunk, Citation, Kind
from knowledge._outline import Section, Unit

MAX_CHARS = 800
MIN_CHARS = 200
MAX_QA_CHARS = 1200

_SENTENCE_END = re.compile(r"(?<=[。！？!?；;])|(?<=[.])(?=\s)")


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    text: str
    joiner: str  # what separates it from the piece before


def chunk_units(
    units: list[Unit], source: str, project_sections: frozenset[int] = frozenset()
) -> list[Chunk]:
    """Chunks of every unit; units inside a project's section are of kind "project"."""
    chunks: list[Chunk] = []
    seen: dict[str, int] = {}
    for unit in units:
        kind: Kind = "project" if unit.section in project_sections else unit_kind(unit)
        for piece in _unit_texts(unit):
            citation = Citation(
                source=source, heading_path=unit.path, line_start=piece.start, line_end=piece.end
            )
            chunk_id = stable_id("c", source, " > ".join(unit.path), piece.text, seen=seen)
            chunks.append(Chunk(id=chunk_id, text=piece.text, kind=kind, citation=citation))
    return chunks


def merge_small_sections(units: list[Unit], sections: list[Section]) -> list[Unit]:
    """Join short sibling sections ("背景", "我的角色", "结果" of one project) into one unit
    under their parent heading, each part led by its own heading line, so that chunks are
    not a few words long."""
    merged: list[Unit] = []
    for unit in units:
        last = merged[-1] if merged else None
        if last is not None and _siblings(last, unit, sections):
            size = len(last.answer) + len(unit.answer)
            if min(len(last.answer), len(unit.answer)) < MIN_CHARS and size <= MAX_CHARS:
                merged[-1] = _join_units(last, unit, sections)
                continue
        merged.append(unit)
    return merged


def _siblings(first: Unit, second: Unit, sections: list[Section]) -> bool:
    """`second` is a sub-section of the section `first` sits in, or of the same parent."""
    if first.question or second.question or first.section is None or second.section is None:
        return False
    parent = sections[second.section].parent
    if parent is None or first.section == second.section:
        return False
    return first.section == parent or sections[first.section].parent == parent


def _join_units(first: Unit, second: Unit, sections: list[Section]) -> Unit:
    parent = sections[second.section].parent if second.section is not None else None
    joined = Unit(parent, sections[parent].path if parent is not None else (), first.start, 0)
    for unit in (first, second):
        if unit.section is not None and unit.section != parent:
            section = sections[unit.section]
            joined.add(Block("text", (Line(section.start, section.title),)))
        for block in unit.blocks:
            joined.add(block)
    joined.start = min(first.start, joined.blocks[0].start)
    return joined


def unit_kind(unit: Unit) -> Kind:
    headings = [unit.question or "", *reversed(unit.path)]
    return infer_kind([h for h in headings if h], unit.question or unit.answer)


def _unit_texts(unit: Unit) -> list[_Piece]:
    pieces = [piece for block in unit.blocks for piece in _block_pieces(block)]
    if unit.question:
        question = _Piece(unit.start, unit.start, unit.question, "")
        whole = _join([question, *pieces]) if pieces else question
        if len(whole.text) <= MAX_QA_CHARS:
            return [whole]
        pieces = [question, *pieces]
    return _pack(pieces, MAX_CHARS)


def _block_pieces(block: Block) -> list[_Piece]:
    text = block.text.strip("\n")
    if block.kind in ("code", "table") or len(text) <= MAX_CHARS:
        return [_Piece(block.start, block.end, text, "\n\n")] if text.strip() else []
    pieces: list[_Piece] = []
    for index, line in enumerate(block.lines):
        joiner = "\n\n" if index == 0 else "\n"
        for sentence in _sentences(line.text):
            pieces.append(_Piece(line.no, line.no, sentence, joiner))
            joiner = ""
    return pieces


def _sentences(text: str) -> list[str]:
    """A long line cut at sentence ends (CJK and Latin), and hard-cut if still too long."""
    if len(text) <= MAX_CHARS:
        return [text] if text.strip() else []
    parts: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        while len(sentence) > MAX_CHARS:
            parts.append(sentence[:MAX_CHARS])
            sentence = sentence[MAX_CHARS:]
        if sentence:
            parts.append(sentence)
    return parts


def _pack(pieces: list[_Piece], limit: int) -> list[_Piece]:
    packed: list[_Piece] = []
    current: list[_Piece] = []
    size = 0
    for piece in pieces:
        added = len(piece.joiner) + len(piece.text)
        if current and size + added > limit:
            packed.append(_join(current))
            current, size = [], 0
        current.append(piece)
        size += added
    if current:
        packed.append(_join(current))
    if len(packed) >= 2 and len(packed[-1].text) < MIN_CHARS:
        tail = packed.pop()
        if len(packed[-1].text) + len(tail.text) <= limit + MIN_CHARS:
            packed[-1] = _join([packed[-1], _Piece(tail.start, tail.end, tail.text, "\n\n")])
        else:
            packed.append(tail)
    return packed


def _join(pieces: list[_Piece]) -> _Piece:
    text = pieces[0].text + "".join(piece.joiner + piece.text for piece in pieces[1:])
    start = min(piece.start for piece in pieces)
    end = max(piece.end for piece in pieces)
    return _Piece(start, end, text.strip(), "\n\n")


def stable_id(prefix: str, *parts: str, seen: dict[str, int] | None = None) -> str:
    """An id derived from content; repeats of the same content get a counter suffix."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
    base = f"{prefix}-{digest}"
    if seen is None:
        return base
    count = seen.get(base, 0)
    seen[base] = count + 1
    return base if count == 0 else f"{base}-{count}"
