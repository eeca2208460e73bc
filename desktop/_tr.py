"""Translation outside a QObject: lupdate files bare `tr("...")` calls under the empty context.

Write the text as a literal argument on its own (not inside an f-string) so that
`pyside6-lupdate` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)
