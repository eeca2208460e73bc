"""The quick start-up read (no pydantic) agrees with the full Settings on what it reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from mianba.settings import load_settings
from mianba.ui_prefs import read_ui_prefs

ENV_NAMES = ("MIANBA_UI__THEME", "MIANBA_UI__LANGUAGE", "mianba_ui__theme", "MIANBA_UI")


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MIANBA_HOME", str(tmp_path))
    monkeypatch.delenv("MIANBA_CONFIG", raising=False)
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def _full() -> tuple[Path, str, str]:
    settings = load_settings()
    return Path(settings.home), settings.ui.language, settings.ui.theme


CASES = [
    ("", {}, ("system", "system")),
    ('[ui]\nlanguage = "zh"\ntheme = "dark"\n', {}, ("zh", "dark")),
    ('[ui]\ntheme = "dark"\n', {"MIANBA_UI__LANGUAGE": "en"}, ("en", "dark")),
    ('[ui]\ntheme = "dark"\n', {"mianba_ui__theme": "light"}, ("system", "light")),
    ('[ui]\nlanguage = "zh"\n', {"MIANBA_UI": '{"theme": "dark"}'}, ("zh", "dark")),
    (
        "",
        {"MIANBA_UI": '{"theme": "dark", "language": "en"}', "MIANBA_UI__THEME": "light"},
        ("en", "light"),
    ),
    ('[llm]\nmodel = "qwen-plus"\n[voice]\nlanguage = "en"\n', {}, ("system", "system")),
]


@pytest.mark.parametrize(("toml", "env", "expected"), CASES)
def test_quick_read_matches_the_full_settings(
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
    toml: str,
    env: dict[str, str],
    expected: tuple[str, str],
) -> None:
    (home / "settings.toml").write_text(toml, encoding="utf-8")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert read_ui_prefs() == (home, *expected)
    assert read_ui_prefs() == _full()


def test_a_missing_or_broken_file_gives_the_defaults(home: Path) -> None:
    assert read_ui_prefs() == (home, "system", "system")
    (home / "settings.toml").write_text("[ui\ntheme = ", encoding="utf-8")
    assert read_ui_prefs() == (home, "system", "system")  # the full load reports the error


def test_a_value_settings_would_reject_falls_back_to_system(home: Path) -> None:
    (home / "settings.toml").write_text('[ui]\ntheme = "purple"\n', encoding="utf-8")
    assert read_ui_prefs() == (home, "system", "system")
    with pytest.raises(ValueError):
        load_settings()


def test_the_data_folder_comes_from_the_file_when_no_variable_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'home = "{tmp_path / "data"}"\n', encoding="utf-8")
    monkeypatch.setenv("MIANBA_CONFIG", str(config))
    monkeypatch.delenv("MIANBA_HOME", raising=False)
    assert read_ui_prefs() == (tmp_path / "data", "system", "system") == _full()
