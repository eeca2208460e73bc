"""The few settings the first window needs, read without pydantic (~0.2 s less at start).

`mianba gui` shows its window from these (data folder, UI language, theme) and loads
the full `mianba.settings.Settings` after the first paint. The reading follows
Settings' own rules so both agree: MIANBA_* variables (case-insensitive, `__` for
nesting, a JSON object for a whole section) over the TOML file over the defaults. A
value Settings would reject falls back to the default here; the full load then reports
the error in the window.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from mianba import paths

ENV_PREFIX = "mianba_"
UI_CHOICES = {"language": ("system", "zh", "en"), "theme": ("system", "light", "dark")}


def read_ui_prefs() -> tuple[Path, str, str]:
    """(home, ui language, ui theme) as Settings would load them."""
    env = {name.lower(): value for name, value in os.environ.items()}
    toml = _read_toml()
    ui = _section(toml.get("ui"))
    ui.update(_section(_json(env.get(f"{ENV_PREFIX}ui"))))
    for key in UI_CHOICES:
        if f"{ENV_PREFIX}ui__{key}" in env:
            ui[key] = env[f"{ENV_PREFIX}ui__{key}"]
    home = env.get(f"{ENV_PREFIX}home") or toml.get("home")
    return (
        Path(home) if isinstance(home, str) and home else paths.data_home(),
        _choice(ui, "language"),
        _choice(ui, "theme"),
    )


def _read_toml() -> dict[str, Any]:
    try:
        data = paths.settings_file().read_bytes()
    except OSError:
        return {}  # no settings saved yet: tomllib is not even imported
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}  # the full load will report it


def _json(text: str | None) -> Any:
    if not text:
        return None
    import json

    try:
        return json.loads(text)
    except ValueError:
        return None


def _section(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, dict) else {}


def _choice(ui: dict[str, Any], key: str) -> str:
    value = ui.get(key)
    return value if value in UI_CHOICES[key] else UI_CHOICES[key][0]
