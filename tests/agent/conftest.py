"""Fixtures for the agent tests: a temp MIANBA_HOME for every test, the scripted LLM server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from scripted_server import ScriptedLLMServer  # tests/agent is on sys.path (rootdir conftest)

from agent import LLMConfig


@pytest.fixture(autouse=True)
def mianba_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "mianba-home"
    monkeypatch.setenv("MIANBA_HOME", str(home))
    monkeypatch.delenv("MIANBA_CONFIG", raising=False)
    return home


@pytest.fixture()
def scripted_llm() -> Iterator[ScriptedLLMServer]:
    """A started ScriptedLLMServer on 127.0.0.1 (see its docstring for the script)."""
    with ScriptedLLMServer() as server:
        yield server


@pytest.fixture()
def llm_config(scripted_llm: ScriptedLLMServer) -> LLMConfig:
    """An LLMConfig aimed at the scripted server, with short timeouts and tiny backoff."""
    return LLMConfig(
        base_url=scripted_llm.base_url,
        model=scripted_llm.model,
        api_key="sk-test-secret-key",
        timeout_s=5.0,
        max_retries=3,
        backoff_base_s=0.01,
        backoff_max_s=0.5,
    )
