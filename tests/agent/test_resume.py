"""Crash and resume: `mianba interview` killed with SIGKILL at several points, then `--resume`.

The subprocess prints "(sent answer for tNNN)" before it hands answer NNN to the graph;
when we see it, every earlier answer has been checkpointed. Whatever the kill point,
the resumed session must lose nothing answered, repeat nothing and finish.
"""

from __future__ import annotations

import json
import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from interview_fixtures import InterviewerScript
from scripted_server import ScriptedLLMServer

from agent import SessionStore

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
ANSWERS = [
    "我是林知远，硕士二年级，研究检索增强生成，做过知识库问答和模型对齐实习。",
    "我把纯向量检索改成 BM25 加向量的混合检索，再加 cross-encoder 重排，召回率提升明显。",
    "主要难点是评测集的构建，我们人工标注了几百条问答对。",
    "过拟合是训练集表现好测试集差，可以用正则化、dropout、早停和更多数据。",
    "注意力是 query 和 key 点积除以根号 d，softmax 后对 value 加权求和。",
    "有一次和同事对方案有分歧，我们先对齐目标，再用小实验验证，最后按数据决定。",
]
GUARD_S = 240.0  # a hang guard, not a timing assertion


class Cli:
    """`mianba interview ...` in a subprocess whose output we watch as it comes."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mianba", "interview", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=REPO,
        )
        self.output = ""

    def _read(self, timeout: float) -> bool:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            return True
        chunk = os.read(self.proc.stdout.fileno(), 65536)
        self.output += chunk.decode("utf-8", "replace")
        return bool(chunk)

    def wait_for(self, text: str) -> None:
        deadline = time.monotonic() + GUARD_S
        while text not in self.output:
            if not self._read(0.5) or time.monotonic() > deadline:
                raise AssertionError(f"never saw {text!r}; output:\n{self.output}")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def finish(self) -> int:
        while self._read(1.0) and self.proc.poll() is None:
            pass
        code = self.proc.wait(timeout=GUARD_S)
        while self._read(0.1) and len(self.output) < 10**7:
            pass
        return code


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1", OMP_NUM_THREADS="1", PYTHONPATH=str(REPO))
    env.update(extra or {})
    return env


def _session_id(output: str) -> str:
    found = re.search(r"Session (\d{8}-\d{6}-[0-9a-f]{4})", output)
    assert found, output
    return found.group(1)


def _check_complete(home: Path, session_id: str) -> list[str]:
    """The finished session has every answer once, in order; returns its questions."""
    store = SessionStore(home / "sessions.sqlite")
    record = store.get(session_id)
    store.close()
    assert record.status == "finished"
    given = [t.answer.text for t in record.turns if t.answer]
    assert given == ANSWERS  # nothing lost, nothing twice, nothing out of order
    assert [t.turn_id for t in record.turns] == [
        f"t{i:03d}" for i in range(1, len(record.turns) + 1)
    ]
    assert all(t.score is not None for t in record.turns if t.answer)
    questions = [t.question for t in record.turns]
    assert len(set(questions)) == len(questions)
    return questions


@pytest.fixture()
def answers_file(tmp_path: Path) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(ANSWERS, ensure_ascii=False), encoding="utf-8")
    return path


def test_killed_twice_then_resumed_loses_nothing(mianba_home: Path, answers_file: Path) -> None:
    args = ["--answers", str(answers_file), "--minutes", "30", "--mode", "practice", "--lang", "en"]
    first = Cli(args, _env())
    first.wait_for("(sent answer for t002)")  # t001 is checkpointed; t002 may be in flight
    first.kill()
    session_id = _session_id(first.output)

    second = Cli(["--resume", session_id, *args], _env())
    second.wait_for("[t004] Interviewer:")  # killed while the 4th question is being asked
    second.kill()
    assert "Resuming session" in second.output

    third = Cli(["--resume", session_id, *args], _env())
    assert third.finish() == 0, third.output
    assert "Interview report" in third.output
    _check_complete(mianba_home, session_id)


@pytest.mark.parametrize("marker", ["(sent answer for t001)", "(sent answer for t005)"])
def test_killed_at_one_point_then_resumed(
    mianba_home: Path, answers_file: Path, marker: str
) -> None:
    args = ["--answers", str(answers_file), "--minutes", "30", "--mode", "mock", "--lang", "en"]
    first = Cli(args, _env())
    first.wait_for(marker)
    first.kill()
    session_id = _session_id(first.output)
    resumed = Cli(["--resume", session_id, *args], _env())
    assert resumed.finish() == 0, resumed.output
    _check_complete(mianba_home, session_id)


def test_resume_with_the_llm_continues_at_the_right_question(
    mianba_home: Path, answers_file: Path, scripted_llm: ScriptedLLMServer
) -> None:
    script = InterviewerScript("zh")
    scripted_llm.on_chat = script
    env = _env({"MIANBA_LLM__BASE_URL": scripted_llm.base_url, "MIANBA_LLM_API_KEY": "sk-test"})
    args = ["--answers", str(answers_file), "--minutes", "30", "--lang", "en"]
    first = Cli(args, env)
    first.wait_for("(sent answer for t003)")
    first.kill()
    session_id = _session_id(first.output)
    store = SessionStore(mianba_home / "sessions.sqlite")
    before = store.get(session_id).turns
    store.close()
    answered_before = [t for t in before if t.answer]
    assert len(answered_before) >= 2

    resumed = Cli(["--resume", session_id, *args], env)
    assert resumed.finish() == 0, resumed.output
    questions = _check_complete(mianba_home, session_id)
    # questions asked before the kill and already answered are kept word for word
    assert questions[: len(answered_before)] == [t.question for t in answered_before]
    assert all("个问题" in q for q in questions)
