"""Writing a session out: Markdown and HTML come from the agent store, PDF is Qt's own.

The PDF is laid out in pages before it is printed, so that a heading is never left alone
at the bottom of a page, and in a font for the session's script: fontconfig's first
pick for Han characters is often Noto Sans CJK **JP**, whose glyph shapes are Japanese.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

FORMATS = {"md": ".md", "html": ".html", "pdf": ".pdf", "json": ".json"}
# the save dialog's filter for each format ("All Files" let any name through unexplained)
FILTERS = {
    "md": "Markdown (*.md)",
    "html": "HTML (*.html *.htm)",
    "pdf": "PDF (*.pdf)",
    "json": "JSON (*.json)",
}
TITLE_CHARS = 40
SCREEN_DPI = 96  # the document is laid out at this resolution, then scaled to the page
# Simplified Chinese first, then any sans-serif with Han glyphs
CHINESE_FONTS = [
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
]


def html_to_pdf(html_text: str, target: Path) -> int:
    """Render HTML into an A4 PDF with QTextDocument + QPdfWriter; returns the page count."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(target.stem)
    writer.setCreator("Mianba")
    document = paged_document(html_text, writer)
    keep_headings_with_next(document)
    document.print_(writer)  # a paginated document is printed page by page, as laid out
    del writer  # finishes the file
    return count_pdf_pages(target)


def paged_document(html_text: str, writer: Any) -> Any:
    """The HTML laid out in pages of the writer's size (scaled to SCREEN_DPI)."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setDefaultFont(document_font())
    document.setHtml(html_text)
    scale = SCREEN_DPI / writer.resolution()
    document.setPageSize(QSizeF(writer.width() * scale, writer.height() * scale))
    return document


def document_font() -> Any:
    """The default font, with Simplified Chinese families before any other CJK font."""
    from PySide6.QtGui import QFont, QFontDatabase

    installed = set(QFontDatabase.families())
    font = QFont()
    font.setFamilies([*(f for f in CHINESE_FONTS if f in installed), *font.families()])
    font.setPointSizeF(10.5)
    return font


def orphaned_headings(document: Any) -> list[Any]:
    """Heading blocks that end their page while the text after them starts the next."""
    height = document.pageSize().height()
    found, block = [], document.begin()
    while block.isValid():
        after = block.next()
        heading = block.blockFormat().headingLevel() > 0 and after.isValid()
        if heading and _page_of(document, after, height) > _page_of(document, block, height):
            found.append(block)
        block = after
    return found


def _page_of(document: Any, block: Any, page_height: float) -> int:
    """The page of the block's first line (the layout moves lines, not blocks, across
    a page break, so the block's own top may still be on the page before)."""
    top = document.documentLayout().blockBoundingRect(block).top()
    lines = block.layout()
    if lines is not None and lines.lineCount():
        top += lines.lineAt(0).y()
    return int(top // page_height)


def keep_headings_with_next(document: Any, rounds: int = 50) -> None:
    """Move each orphaned heading to the top of the next page (first one first: moving
    one shifts every page after it)."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor

    for _ in range(rounds):
        orphans = orphaned_headings(document)
        if not orphans:
            return
        cursor = QTextCursor(orphans[0])
        fmt = QTextBlockFormat(orphans[0].blockFormat())
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(fmt)


def export_name(record: Any, fmt: str) -> str:
    """A file name for one session: when it started, to the minute, and what it was about
    ("mianba-2026-12-07-0925-自我介绍-企业知识库RAG问答系统.md"). "mianba-<date>" gave two
    sessions of one day the same name."""
    from desktop._dimensions import topic_label

    started = dt.datetime.fromtimestamp(record.started_at).strftime("%Y-%m-%d-%H%M")
    topics = [topic_label(t.topic, t.stage) for t in record.turns if not t.is_follow_up]
    title = _title([_slug(t) for t in dict.fromkeys(topics)])
    return "-".join(part for part in ("mianba", started, title) if part) + FORMATS[fmt]


def _title(topics: list[str]) -> str:
    """Whole topics while they fit TITLE_CHARS ("…-代码补全模型的-SF" was cut mid-word); a
    first topic longer than that is cut after its last whole word that fits."""
    title = ""
    for topic in topics:
        joined = f"{title}-{topic}" if title else topic
        if len(joined) > TITLE_CHARS:
            break
        title = joined
    if title or not topics:
        return title
    cut = topics[0][: TITLE_CHARS + 1]
    return cut.rsplit("-", 1)[0] if "-" in cut else cut[:TITLE_CHARS]


def _slug(text: str) -> str:
    """Letters and digits of any script; anything else, runs of it, one "-"."""
    return re.sub(r"[\W_]+", "-", text).strip("-")


def count_pdf_pages(path: Path) -> int:
    """Pages in a PDF we wrote (Qt writes one `/Type /Page` object per page)."""
    data = path.read_bytes()
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page>")


def export_session(store: Any, session_id: str, fmt: str, target: Path) -> Path:
    """Write the session in `fmt` ("md", "html", "pdf" or "json") to `target` (run in a
    worker)."""
    from agent import render_session

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    target = target if target.suffix else target.with_suffix(FORMATS[fmt])
    target.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "pdf":
        html_to_pdf(render_session(store.get(session_id), "html"), target)
    else:
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(render_session(store.get(session_id), fmt), encoding="utf-8")
        tmp.replace(target)
    return target
