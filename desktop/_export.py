"""Writing a session out: Markdown and HTML come from the agent store, PDF is Qt's own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

FORMATS = {"md": ".md", "html": ".html", "pdf": ".pdf"}


def html_to_pdf(html_text: str, target: Path) -> int:
    """Render HTML into an A4 PDF with QTextDocument + QPdfWriter; returns the page count."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setTitle(target.stem)
    writer.setCreator("Mianba")
    document = QTextDocument()
    document.setHtml(html_text)
    document.print_(writer)  # lays the text out on the writer's pages, at its resolution
    del writer  # finishes the file
    return count_pdf_pages(target)


def count_pdf_pages(path: Path) -> int:
    """Pages in a PDF we wrote (Qt writes one `/Type /Page` object per page)."""
    data = path.read_bytes()
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type /Page>")


def export_session(store: Any, session_id: str, fmt: str, target: Path) -> Path:
    """Write the session in `fmt` ("md", "html" or "pdf") to `target` (run in a worker)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}")
    target = target if target.suffix else target.with_suffix(FORMATS[fmt])
    target.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "pdf":
        html_to_pdf(store.export(session_id, "html"), target)
    else:
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_text(store.export(session_id, fmt), encoding="utf-8")
        tmp.replace(target)
    return target
