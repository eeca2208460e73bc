"""`mianba check-grader` end to end, in a subprocess, as a user runs it: the exam over
HTTP to the scripted server playing a grader, the check kept in MIANBA_HOME, and what
`mianba doctor` and `mianba score` make of it afterwards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from grader_fixtures import asked, careful_grader
from scoring_fixtures import rubric_reply
from scripted_server import RecordedRequest, ScriptedLLMServer, Status

from agent.keypoints import key_points

REPO = Path(__file__).resolve().parents[2]


def mianba(
    home: Path, server: ScriptedLLMServer, *args: str, language: str = "zh"
) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("MIANBA_LLM") and k not in ("OPENAI_API_KEY", "MIANBA_CONFIG")
    }
    environment.update(
        MIANBA_HOME=str(home),
        MIANBA_LLM__BASE_URL=server.base_url,
        MIANBA_LLM__MODEL=server.model,
        MIANBA_LLM__MAX_RETRIES="1",
        MIANBA_LLM_API_KEY="sk-test",
        MIANBA_INTERVIEW__LANGUAGE=language,
        QT_QPA_PLATFORM="offscreen",
    )
    return subprocess.run(
        [sys.executable, "-m", "mianba", *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=REPO,
        timeout=240,
        check=False,
    )


def grader_check(home: Path, server: ScriptedLLMServer, language: str = "zh") -> dict[str, str]:
    done = mianba(home, server, "doctor", "--json", language=language)
    return next(c for c in json.loads(done.stdout) if c["name"] == "grader check")


@pytest.mark.slow
def test_a_careful_grader_passes_and_is_believed_afterwards(tmp_path: Path):
    with ScriptedLLMServer() as server:
        assert grader_check(tmp_path, server)["status"] == "warn"  # not taken yet
        server.on_chat = careful_grader("en")
        done = mianba(tmp_path, server, "check-grader", language="en")
        assert done.returncode == 0, done.stderr
        assert "12/12" in done.stdout and "Passed the grader check" in done.stdout
        assert (tmp_path / "grader_checks.json").exists()

        check = grader_check(tmp_path, server, "en")
    assert check["status"] == "ok" and "Passed the grader check" in check["detail"]
    # a check belongs to its language: the interview's default (zh) has none yet
    assert grader_check(tmp_path, server)["status"] == "warn"


@pytest.mark.slow
def test_a_grader_scoring_everything_alike_is_told_it_did_not_pass(tmp_path: Path):
    def alike(request: RecordedRequest) -> str:
        item, _ = asked(request, "zh")
        return rubric_reply(item.stage, len(key_points(item.notes, 8)), 4)

    with ScriptedLLMServer() as server:
        server.on_chat = alike
        done = mianba(tmp_path, server, "check-grader")
        check = grader_check(tmp_path, server)
    assert done.returncode == 1
    assert "未通过评分校验" in done.stdout and "0/3" in done.stdout
    assert check["status"] == "warn" and "Did not pass" in check["detail"]


@pytest.mark.slow
def test_an_endpoint_failing_mid_exam_is_said_and_nothing_is_kept(tmp_path: Path):
    with ScriptedLLMServer() as server:
        server.on_chat = careful_grader("zh")
        server.push(*[Status(503, "overloaded")] * 4)
        done = mianba(tmp_path, server, "check-grader")
    assert done.returncode == 2
    assert "could not be finished, nothing was kept" in done.stderr
    assert not (tmp_path / "grader_checks.json").exists()


def test_offline_mode_has_no_grader_to_check(tmp_path: Path):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MIANBA_LLM")}
    environment.update(MIANBA_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "mianba", "check-grader"],
        capture_output=True,
        text=True,
        env=environment,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2 and "no LLM endpoint" in done.stderr
