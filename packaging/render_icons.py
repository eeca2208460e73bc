"""Render packaging/mianba.svg to the icon files the builds use (run after changing it).

    python packaging/render_icons.py

Writes mianba.png (256 px: Linux .desktop entry), mianba.ico (Windows) and
mianba.icns (macOS), with Qt's SVG renderer and image-format plugins.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def render(size: int) -> Any:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(HERE / "mianba.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts and plugins need an app)
    for name, size in (("mianba.png", 256), ("mianba.ico", 256), ("mianba.icns", 512)):
        if not render(size).save(str(HERE / name)):
            print(f"could not write {name} (no Qt image plugin for it)", file=sys.stderr)
            return 1
        print(f"wrote packaging/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
