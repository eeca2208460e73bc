"""Where Mianba keeps its data and its settings file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "mianba"


def data_home() -> Path:
    """All data lives here: MIANBA_HOME, else the platform's user data dir."""
    override = os.environ.get("MIANBA_HOME")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def settings_file() -> Path:
    """The TOML settings file: MIANBA_CONFIG, else the platform's user config dir."""
    override = os.environ.get("MIANBA_CONFIG")
    if override:
        return Path(override).expanduser()
    if os.environ.get("MIANBA_HOME"):  # a relocated home keeps its settings with it
        return data_home() / "settings.toml"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.toml"


def demo_notes_dir() -> Path:
    """The demo notes shipped with the app (see knowledge/demo_notes)."""
    return Path(__file__).resolve().parent.parent / "knowledge" / "demo_notes"


def bundle_dir() -> Path | None:
    """The unpacked app folder of a frozen (PyInstaller) build; None when run from Python.

    Only read-only files come from here (models, notes, translations): the data dir
    above stays the same, so the frozen and the pip-installed app share sessions.
    """
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if getattr(sys, "frozen", False) and root else None
