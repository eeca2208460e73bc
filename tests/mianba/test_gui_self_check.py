"""`mianba gui --self-check`: opens the real window, waits for loading, reports, exits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _self_check(tmp_path: Path, **extra_env: str) -> tuple[int, dict[str, object]]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # no display at all: the check goes offscreen itself
    env.update(MIANBA_HOME=str(tmp_path / "home"), **extra_env)
    done = subprocess.run(
        [sys.executable, "-m", "mianba", "gui", "--self-check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert "Traceback" not in done.stderr
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_self_check_passes_when_the_window_loads(tmp_path: Path) -> None:
    code, report = _self_check(tmp_path)
    assert code == 0 and report["ok"] and report["loaded"]
    assert report["views"] == ["InterviewView", "ReviewView", "KnowledgeView", "SettingsView"]
    assert isinstance(report["first_paint_monotonic"], float)
    assert report["view_paint_monotonic"] >= report["first_paint_monotonic"]
    assert "mock" in report["tts_engines"] and "png" in report["image_formats"]


@pytest.mark.slow
def test_self_check_fails_when_the_notes_cannot_load(tmp_path: Path) -> None:
    code, report = _self_check(tmp_path, MIANBA_CHROMA_URL="http://127.0.0.1:9")
    assert code == 1 and not report["ok"] and report["loaded"] is False
    assert len(report["views"]) == 4  # the window itself was fine
