"""Translation outside a QObject: lupdate files bare `tr("...")` calls under the empty context.

Write the text as a literal argument on its own (not inside an f-string) so that
`pyside6-lupdate` finds it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop._i18n import ui_language

if TYPE_CHECKING:
    from agent import Words


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def said(words: Words) -> str:
    """Words from the agent's tables (score labels, ...) in the window's language."""
    text = words.said_in(ui_language())
    return text[:1].upper() + text[1:]
