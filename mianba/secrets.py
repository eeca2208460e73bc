"""The API keys: the OS keyring, overridden by environment variables.

A key is never written to the settings file, the logs, exports or crash reports.
"""

from __future__ import annotations

import os
from typing import Any

SERVICE = "mianba"
ENV_OVERRIDES = {"llm": ("MIANBA_LLM_API_KEY", "OPENAI_API_KEY")}


class NoKeyringError(RuntimeError):
    """No usable keyring backend (typical on headless Linux)."""


def get_api_key(name: str = "llm") -> str | None:
    for var in ENV_OVERRIDES.get(name, ()):
        if os.environ.get(var):
            return os.environ[var]
    try:
        key: str | None = _keyring().get_password(SERVICE, f"{name}_api_key")
    except NoKeyringError:
        return None
    return key


def set_api_key(key: str, name: str = "llm") -> None:
    _keyring().set_password(SERVICE, f"{name}_api_key", key)


def keyring_status() -> tuple[bool, str]:
    """(usable, description of the backend or why there is none)."""
    try:
        backend = _keyring()
    except NoKeyringError as exc:
        return False, str(exc)
    return True, type(backend).__module__ + "." + type(backend).__name__


def _keyring() -> Any:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        raise NoKeyringError(
            "No OS keyring is available (common on headless Linux). "
            "Set MIANBA_LLM_API_KEY in the environment instead."
        )
    return backend
