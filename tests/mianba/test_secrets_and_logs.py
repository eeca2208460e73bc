from __future__ import annotations

import logging
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from mianba import secrets
from mianba.logs import setup_logging


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in memory (for tests)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture()
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    for var in ("MIANBA_LLM_API_KEY", "OPENAI_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    yield backend
    keyring.set_keyring(previous)


def test_key_is_stored_in_keyring_and_env_overrides(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert secrets.get_api_key() is None
    secrets.set_api_key("sk-from-keyring")
    assert secrets.get_api_key() == "sk-from-keyring"
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai-env")
    assert secrets.get_api_key() == "sk-openai-env"
    monkeypatch.setenv("MIANBA_LLM_API_KEY", "sk-mianba-env")
    assert secrets.get_api_key() == "sk-mianba-env"


def test_no_keyring_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        usable, why = secrets.keyring_status()
        assert not usable and "MIANBA_LLM_API_KEY" in why
        with pytest.raises(secrets.NoKeyringError):
            secrets.set_api_key("sk-x")
    finally:
        keyring.set_keyring(previous)


def test_log_file_rotates_under_home_and_redacts_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MIANBA_HOME", str(tmp_path))
    root = logging.getLogger()
    saved = list(root.handlers)
    try:
        setup_logging()
        logging.getLogger("mianba.test").warning("calling with key sk-abcdefghijklmnopqrstuvwxyz")
        for handler in root.handlers:
            handler.flush()
        text = (tmp_path / "logs" / "mianba.log").read_text(encoding="utf-8")
        assert "calling with key sk-abcdef" in text
        assert "klmnopqrstuvwxyz" not in text
    finally:
        for handler in root.handlers[:]:
            if handler not in saved:
                root.removeHandler(handler)
                handler.close()
