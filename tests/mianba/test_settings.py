from __future__ import annotations

from pathlib import Path

import pytest

from mianba import paths
from mianba.settings import load_settings, save_settings


@pytest.fixture()
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MIANBA_HOME", str(tmp_path))
    monkeypatch.delenv("MIANBA_CONFIG", raising=False)
    return tmp_path


def test_home_relocates_data_and_settings(home: Path) -> None:
    s = load_settings()
    assert s.home == home
    assert paths.settings_file() == home / "settings.toml"


def test_toml_file_is_read_and_env_overrides_it(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (home / "settings.toml").write_text(
        '[llm]\nbase_url = "http://127.0.0.1:9/v1"\nmodel = "qwen-plus"\n'
        '[interview]\nlanguage = "en"\n',
        encoding="utf-8",
    )
    s = load_settings()
    assert (s.llm.base_url, s.llm.model, s.interview.language) == (
        "http://127.0.0.1:9/v1",
        "qwen-plus",
        "en",
    )
    monkeypatch.setenv("MIANBA_LLM__MODEL", "deepseek-chat")
    assert load_settings().llm.model == "deepseek-chat"


def test_save_round_trips_and_never_writes_a_key(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MIANBA_LLM_API_KEY", "sk-secret-never-saved")
    s = load_settings()
    s.voice.language = "en"
    s.note_sources = [home / "notes"]
    target = save_settings(s)
    text = target.read_text(encoding="utf-8")
    assert "sk-secret" not in text and "home =" not in text
    again = load_settings()
    assert again.voice.language == "en" and again.note_sources == [home / "notes"]


def test_bad_settings_file_names_the_problem(home: Path) -> None:
    (home / "settings.toml").write_text('[interview]\nlanguage = "fr"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="language"):
        load_settings()


def test_environment_overrides_are_never_written_into_the_file(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (home / "settings.toml").write_text('[llm]\nmodel = "qwen-plus"\n', encoding="utf-8")
    monkeypatch.setenv("MIANBA_LLM__BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("MIANBA_LLM__MODEL", "temporary-model")
    s = load_settings()
    assert (s.llm.base_url, s.llm.model) == ("http://127.0.0.1:9/v1", "temporary-model")
    s.interview.language = "en"  # the user changes something else and saves
    save_settings(s)
    monkeypatch.delenv("MIANBA_LLM__BASE_URL")
    monkeypatch.delenv("MIANBA_LLM__MODEL")
    later = load_settings()
    assert later.llm.base_url is None and later.llm.model == "qwen-plus"
    assert later.interview.language == "en"


def test_a_value_changed_away_from_its_override_is_saved(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MIANBA_LLM__MODEL", "temporary-model")
    s = load_settings()
    s.llm.model = "deepseek-chat"  # the user typed a model in Settings
    save_settings(s)
    monkeypatch.delenv("MIANBA_LLM__MODEL")
    assert load_settings().llm.model == "deepseek-chat"


def test_the_reply_length_cap_reaches_the_agent(home: Path) -> None:
    from mianba.wiring import agent_config

    (home / "settings.toml").write_text(
        '[llm]\nbase_url = "http://127.0.0.1:9/v1"\nmax_reply_chars = 2500\n', encoding="utf-8"
    )
    assert agent_config(load_settings()).llm.max_reply_chars == 2500
    assert agent_config(load_settings()).llm.timeout_s == 60.0
