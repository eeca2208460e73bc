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


def note_html(text: str) -> str:
    from PySide6.QtGui import QTextDocument

    features = QTextDocument.MarkdownFeature
    doc = QTextDocument()
    doc.setMarkdown(text, features.MarkdownDialectGitHub | features.MarkdownNoHTML)
    found = _BODY.search(doc.toHtml())  # the body's content: the page keeps its own font
    return _IMAGE.sub("", found.group(1)) if found else f"<p>{html.escape(text)}</p>"
