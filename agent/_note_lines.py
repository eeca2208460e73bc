"""A note's lines as a reader takes them: code fences, images and table rules left out,
a table's rows (Markdown pipes, or cells between tabs as a web page or PDF pastes them)
said as claims named by their columns ("MHA：K/V 头数 h，KV cache 相对 MHA 1").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_FENCE = re.compile(r"^\s*(```|~~~)")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")


def content_lines(text: str) -> Iterator[str]:
    """Lines outside code fences, images and table rules; table rows become text."""
    in_code = False
    raws = [r for r in text.replace("\r\n", "\n").split("\n") if r.strip()]
    header: list[str] = []
    tab_header: list[str] = []  # a table pasted from a web page or PDF: cells between tabs
    for i, raw in enumerate(raws):
        if _FENCE.match(raw):
            in_code = not in_code
            continue
        if in_code or _TABLE_RULE.match(raw):
            continue
        line = _IMAGE.sub("", raw)
        following = raws[i + 1] if i + 1 < len(raws) else ""
        if line.strip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if _TABLE_RULE.match(following):
                header = cells  # the header row names the columns; it is no claim
                continue
            line = _table_row(header, cells)
        elif len(cells := _tab_cells(line)) >= 2:
            if len(cells) != len(tab_header):
                tab_header = cells if len(_tab_cells(following)) == len(cells) else []
                if tab_header:
                    continue
            line = "" if _placeholders_only(cells) else _table_row(tab_header, cells)
        else:
            tab_header = []
        if line.strip():
            yield line


def _tab_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().split("\t")] if "\t" in line.strip() else []


def _placeholders_only(cells: list[str]) -> bool:
    """A row with nothing measured ("starcoderbase+pretrain  x  x") states nothing."""
    return all(re.fullmatch(r"[xX×/\-—–?？]*|n/?a|N/?A|无|暂无", c) for c in cells[1:])


def _table_row(header: list[str], cells: list[str]) -> str:
    """A row said as a claim: "MHA（多头注意力）：K/V 头数 h，KV cache 相对 MHA 1"."""
    if len(header) != len(cells) or not cells[0]:
        return "；".join(c for c in cells if c)
    zh = bool(re.search(r"[\u4e00-\u9fff]", "".join(header)))
    named = zip(header[1:], cells[1:], strict=True)  # same length: checked above
    pairs = [f"{name} {value}".strip() for name, value in named if value]
    return cells[0] + ("：" if zh else ": ") + ("，" if zh else ", ").join(pairs)
