"""Helpers shared by the real-model tier's tests (see conftest.py)."""

from __future__ import annotations

import os
import sys

import pytest

LLM_URL = os.environ.get("MIANBA_TEST_LLM_URL", "")
MODEL = "qwen2.5-coder-0.5b-instruct"  # llama-server ignores the name; it shows in reports
needs_llm = pytest.mark.skipif(
    not LLM_URL, reason="real-model tier: run `make test-llm` (sets MIANBA_TEST_LLM_URL)"
)


def report(line: str) -> None:
    """A figure from the real model, printed past pytest's capture and kept in a file."""
    out = sys.__stdout__
    if out is not None:
        out.write(f"\n[llm] {line}")
        out.flush()
    path = os.environ.get("MIANBA_TEST_LLM_REPORT")
    if path:
        with open(path, "a", encoding="utf-8") as sink:
            sink.write(line + "\n")
