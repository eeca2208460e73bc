"""The real-model tier: fixtures for a llama-server that `make test-llm` started.

These tests talk to a real local model (Qwen2.5-Coder-0.5B-Instruct on llama.cpp) and only
run when MIANBA_TEST_LLM_URL names its /v1 endpoint; plain `make test` skips them. They
check what must hold whatever the model's taste: every structured reply valid, guards
winning, scores in range, nothing invented. The model's own judgements are printed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

AGENT_TESTS = Path(__file__).resolve().parents[1] / "agent"
sys.path.insert(0, str(AGENT_TESTS))  # interview_fixtures, scoring_fixtures

from llm_tier import LLM_URL, MODEL  # noqa: E402

from agent import LLMConfig  # noqa: E402


@pytest.fixture()
def mianba_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "mianba-home"
    monkeypatch.setenv("MIANBA_HOME", str(home))
    monkeypatch.delenv("MIANBA_CONFIG", raising=False)
    return home


@pytest.fixture(scope="session")
def models_dir() -> Path:
    from knowledge import install_offline_model

    directory = Path(os.environ["MIANBA_MODELS_DIR"]).expanduser()
    install_offline_model(directory)
    return directory


@pytest.fixture(scope="session")
def real_llm() -> LLMConfig:
    """The local model; timeout_s bounds each wait for the next streamed piece."""
    return LLMConfig(
        base_url=LLM_URL,
        model=MODEL,
        timeout_s=120.0,
        max_retries=2,
        temperature=0.2,
    )
