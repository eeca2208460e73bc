"""The PDF export: Simplified Chinese glyphs, and no heading left alone at a page's foot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop._export import html_to_pdf, keep_headings_with_next, orphaned_headings, paged_document

ANSWER = "我用 LoRA 微调了模型，训练集表现好但测试集差，于是加了正则化和早停。"


def _page(paragraph_repeats: int) -> str:
    turns = "".join(
        f"<h3>问题 {i} · 基础知识</h3><p>{ANSWER * paragraph_repeats}</p>" for i in range(24)
    )
    return f"<html lang='zh-CN'><body><h1>面试记录</h1>{turns}</body></html>"


def _writer(tmp_path: Path):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    return writer


def test_a_heading_never_ends_a_page(qapp, tmp_path: Path) -> None:
    writer = _writer(tmp_path)
    for repeats in range(1, 40):  # find a layout that strands a heading, then fix it
        document = paged_document(_page(repeats), writer)
        if orphaned_headings(document):
            break
    else:
        pytest.skip("no paragraph length strands a heading with this machine's fonts")
    keep_headings_with_next(document)
    assert orphaned_headings(document) == []
    assert document.pageCount() >= 2


def test_chinese_pdfs_use_the_simplified_chinese_font(qapp, tmp_path: Path) -> None:
    from PySide6.QtGui import QFontDatabase

    if "Noto Sans CJK SC" not in QFontDatabase.families():
        pytest.skip("Noto Sans CJK SC is not installed (Debian: fonts-noto-cjk)")
    target = tmp_path / "session.pdf"
    assert html_to_pdf(_page(3), target) >= 1
    fonts = set(re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([A-Za-z0-9\-]+)", target.read_bytes()))
    assert any(b"CJKsc" in name for name in fonts), fonts
    assert not any(b"CJKjp" in name for name in fonts), fonts
