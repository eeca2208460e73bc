"""The "system" theme before the first paint comes from ui.ini; after it, Qt is asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop._theme import SYSTEM_DARK_KEY, apply_startup_theme, apply_theme, confirm_system_theme


def _dark_palette(app: QApplication) -> bool:
    return app.palette().window().color().lightness() < 80


def test_system_theme_is_remembered_and_corrected_after_the_first_paint(
    qapp: QApplication, tmp_path: Path
) -> None:
    ui = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    try:
        # first start: nothing remembered, so Qt is asked (offscreen reports no dark scheme)
        assert apply_startup_theme(qapp, "system", ui) is False
        assert ui.value(SYSTEM_DARK_KEY, type=bool) is False

        # the system was dark at the last start: the first frame is dark at once ...
        ui.setValue(SYSTEM_DARK_KEY, True)
        assert apply_startup_theme(qapp, "system", ui) is True
        assert _dark_palette(qapp)
        # ... and once painted, the real scheme (light here) wins and is remembered
        confirm_system_theme(qapp, ui)
        assert not _dark_palette(qapp)
        assert ui.value(SYSTEM_DARK_KEY, type=bool) is False

        # an explicit choice ignores what was remembered
        ui.setValue(SYSTEM_DARK_KEY, False)
        assert apply_startup_theme(qapp, "dark", ui) is True
        assert _dark_palette(qapp)
    finally:
        apply_theme(qapp, "light")
