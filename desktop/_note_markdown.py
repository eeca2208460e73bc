"""A piece of the candidate's notes, written in Markdown, as rich text for the window's text
browsers: lists, tables and bold come out as such instead of one run-on paragraph strewn
with "- " and "**" (the Projects tab showed a write-up's lists and tables that way).

HTML inside the notes stays text, and images are left out: notes pasted from web pages
carry image links to files that are not there.
"""

from __future__ import annotations

import html
import re

_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S)
_IMAGE = re.compile(r"<img\b[^>]*>")
# "**问题背景：**业务方…": CommonMark closes bold only after punctuation that is followed by
# a space or punctuation, so Chinese notes showed their "**" (a rule written for spaced
# scripts). Bold within one line is marked before parsing, and drawn as <b> after it.
_STRONG = re.compile(r"\*\*(?=[^\s*])([^*\n]*?[^\s*])\*\*")
_CODE = re.compile(r"(```.*?```|`[^`\n]*`)", re.S)  # code keeps its asterisks
_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use characters: never in the notes


def note_html(text: str) -> str:
    from PySide6.QtGui import QTextDocument

    features = QTextDocument.MarkdownFeature
    doc = QTextDocument()
    doc.setMarkdown(_mark_strong(text), features.MarkdownDialectGitHub | features.MarkdownNoHTML)
    found = _BODY.search(doc.toHtml())  # the body's content: the page keeps its own font
    if not found:
        return f"<p>{html.escape(text)}</p>"
    return _IMAGE.sub("", found.group(1)).replace(_OPEN, "<b>").replace(_CLOSE, "</b>")


def note_plain(text: str) -> str:
    """A piece of the notes as plain text on one line, for a list's cell or a tooltip: the
    Markdown read ("**问题背景：**业务方…" -> "问题背景：业务方…", "- SFT：…" -> "SFT：…"),
    not shown as marks."""
    from PySide6.QtGui import QTextDocument

    features = QTextDocument.MarkdownFeature
    doc = QTextDocument()
    doc.setMarkdown(_mark_strong(text), features.MarkdownDialectGitHub | features.MarkdownNoHTML)
    plain = doc.toPlainText().replace(_OPEN, "").replace(_CLOSE, "")
    return " ".join(plain.split())


def _mark_strong(text: str) -> str:
    parts = _CODE.split(text.replace(_OPEN, "").replace(_CLOSE, ""))
    return "".join(
        part if index % 2 else _STRONG.sub(f"{_OPEN}\\1{_CLOSE}", part)
        for index, part in enumerate(parts)
    )
