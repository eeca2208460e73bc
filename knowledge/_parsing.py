"""One note's text -> chunks, question bank and projects. Pure and deterministic."""

from __future__ import annotations

from knowledge._blocks import split_blocks
from knowledge._chunking import chunk_units, merge_small_sections
from knowledge._cleaning import clean_lines
from knowledge._models import ParsedNote
from knowledge._outline import build_outline
from knowledge._projects import find_projects, sections_within
from knowledge._question_lists import pair_listed_questions
from knowledge._questions import extract_questions
from knowledge._steps import demote_steps


def parse_note(text: str, source: str) -> ParsedNote:
    """Parse a decoded note. `source` (the note's absolute path) goes into every citation
    and id, so the same text from the same file always yields the same ids."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    original = text.split("\n")
    blocks = pair_listed_questions(demote_steps(split_blocks(original, clean_lines(text))))
    outline = build_outline(blocks)
    projects = find_projects(outline, source)
    in_projects = frozenset(sections_within(outline, projects))
    return ParsedNote(
        chunks=chunk_units(
            merge_small_sections(outline.units, outline.sections), source, in_projects
        ),
        questions=extract_questions(outline, projects, source),
        projects=[found.project for found in projects],
    )
