"""`mianba gui` / bare `mianba`: without a display it says so and runs the terminal interview."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from mianba.commands.gui import has_display


def _headless_env(tmp_path) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["MIANBA_HOME"] = str(tmp_path / "home")
    # A Chroma server nobody runs: the terminal interview starts, then stops at once
    # with its own clear message (importing the demo notes here would take a minute).
    env["MIANBA_CHROMA_URL"] = "http://127.0.0.1:9"
    return env


def test_has_display_follows_the_environment(monkeypatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    if sys.platform.startswith("linux"):
        assert not has_display()
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert has_display()


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display detection is Linux's")
@pytest.mark.parametrize("argv", [["gui"], []])
def test_without_a_display_falls_back_to_the_terminal_interview(tmp_path, argv) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mianba", *argv],
        env=_headless_env(tmp_path),
        input="",  # Ctrl-D at once: the interview ends early
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "No display found" in done.stderr
    assert "Traceback" not in done.stderr
    assert "typed interview in the terminal" in done.stderr
    assert "离线模式" in done.stdout  # the terminal interview ran, in its default language (zh)
    assert "Chroma server" in done.stderr  # and explained why it could not go on
