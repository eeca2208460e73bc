"""`mianba doctor` end to end in a subprocess: every check reported, with fixes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def _doctor(home: Path, **env: str) -> tuple[int, list[dict[str, str]]]:
    full_env = {**os.environ, "MIANBA_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **env}
    full_env.pop("MIANBA_LLM__BASE_URL", None)
    full_env.update(env)
    done = subprocess.run(
        [sys.executable, "-m", "mianba", "doctor", "--json"],
        capture_output=True,
        text=True,
        env=full_env,
        check=False,
        timeout=300,
    )
    return done.returncode, json.loads(done.stdout)


@pytest.mark.slow
def test_doctor_reports_every_part_and_offline_mode(tmp_path: Path) -> None:
    code, checks = _doctor(tmp_path)
    by_name = {check["name"]: check for check in checks}
    expected = {
        "data folder",
        "speech model",
        "embedding model",
        "notes store",
        "LLM endpoint",
        "keyring",
        "Qt platform",
        "microphone",
        "interviewer voice",
    }
    assert expected <= set(by_name)
    assert by_name["speech model"]["status"] == "ok"
    assert by_name["embedding model"]["status"] == "ok"
    assert by_name["LLM endpoint"]["status"] == "warn"
    assert "offline mode" in by_name["LLM endpoint"]["detail"]
    assert by_name["notes store"]["fix"].startswith("Import notes")
    assert by_name["interviewer voice"]["status"] in {"ok", "warn"}
    assert code == 0  # warnings are not failures


@pytest.mark.slow
def test_an_unreachable_llm_is_a_failure_with_a_fix(tmp_path: Path) -> None:
    code, checks = _doctor(
        tmp_path,
        MIANBA_LLM__BASE_URL="http://127.0.0.1:9/v1",
        MIANBA_LLM__TIMEOUT_S="2",
        MIANBA_LLM__MAX_RETRIES="1",
        MIANBA_LLM_API_KEY="sk-test",
    )
    llm = next(check for check in checks if check["name"] == "LLM endpoint")
    assert llm["status"] == "fail" and "base URL" in llm["fix"]
    assert code == 1


def test_the_model_fix_fits_how_mianba_was_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mianba.doctor import _models_fix

    assert "make run" in _models_fix()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert _models_fix().startswith("Reinstall Mianba")  # no Makefile in an installed app
