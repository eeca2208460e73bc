"""Fixtures for the agent tests: a temp MIANBA_HOME for every test, the scripted LLM server."""

from __future__ import annotations

import os
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


@pytest.fixture(scope="session")
def models_dir() -> Path:
    """The shared model cache (tests/conftest.py sets MIANBA_MODELS_DIR)."""
    from knowledge import install_offline_model

    directory = Path(os.environ["MIANBA_MODELS_DIR"]).expanduser()
    install_offline_model(directory)  # a no-op once the model is there
    return directory


@pytest.fixture(scope="session")
def use_embedder(models_dir: Path) -> object:
    """The real offline embedder (USE multilingual), loaded once per test session."""
    from knowledge import EmbeddingConfig, make_embedder

    return make_embedder(EmbeddingConfig(), models_dir)


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
