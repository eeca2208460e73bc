"""Tables in notes: a Markdown pipe table (header, rule, rows) or tab-separated rows with
the same number of cells, kept whole as one block."""

from __future__ import annotations

import re

_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)+\|?\s*$")


def last_table_line(lines: list[str], i: int) -> int | None:
    """Last index of a Markdown pipe table or a tab-separated table starting at i."""
    if "|" in lines[i] and i + 1 < len(lines) and _TABLE_RULE.match(lines[i + 1]):
        j = i + 1
        while j + 1 < len(lines) and "|" in lines[j + 1] and lines[j + 1].strip():
            j += 1
        return j
    cells = _tab_cells(lines[i])
    if cells < 2 or i + 1 >= len(lines) or _tab_cells(lines[i + 1]) != cells:
        return None
    j = i + 1
    while j + 1 < len(lines) and _tab_cells(lines[j + 1]) == cells:
        j += 1
    return j


def _tab_cells(line: str) -> int:
    stripped = line.strip()
    if "\t" not in stripped:
        return 0
    return len([cell for cell in stripped.split("\t") if cell.strip()])
