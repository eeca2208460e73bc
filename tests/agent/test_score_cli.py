"""`mianba score` end to end, in a subprocess, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from interview_fixtures import rubric_reply
from scripted_server import RecordedRequest, ScriptedLLMServer

from agent import _rubric
from knowledge import KnowledgeBase, KnowledgeConfig

REPO = Path(__file__).resolve().parents[2]
QUESTION = "LoRA 的原理是什么？为什么能省显存？"
GOOD = (
    "LoRA 冻结预训练权重 W，只学习一个低秩增量 ΔW = BA，r 远小于 d。"
    "B 初始化为 0，所以开始时和原模型一样。"
    "省显存主要因为优化器状态少了：Adam 只需要为很少的可训练参数存动量。"
    "推理时把 BA 合并回 W，没有额外延迟。"
)


def mianba(home: Path, *args: str, env: dict[str, str] | None = None, stdin: str = ""):
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("MIANBA_LLM") and k != "OPENAI_API_KEY"
    }
    environment.update({"MIANBA_HOME": str(home), **(env or {})})
    environment.pop("MIANBA_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "mianba", "score", *args],
        capture_output=True,
        text=True,
        env=environment,
        cwd=REPO,
        input=stdin,
        timeout=240,
        check=False,
    )


@pytest.fixture(scope="module")
def notes_home(tmp_path_factory: pytest.TempPathFactory, models_dir: Path) -> Path:
    """A MIANBA_HOME whose real knowledge base holds the demo notes (real embedder, Chroma)."""
    home = tmp_path_factory.mktemp("home-with-notes")
    with KnowledgeBase(KnowledgeConfig(data_dir=home, models_dir=models_dir)) as kb:
        report = kb.ingest([REPO / "knowledge" / "demo_notes"])
    assert report.questions > 10
    return home


@pytest.mark.slow
def test_offline_json_without_notes(mianba_home: Path):
    done = mianba(mianba_home, "--question", QUESTION, "--answer", GOOD, "--json")

    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["status"] == "offline_estimate"
    assert result["question"] == QUESTION and result["stage"] == "fundamentals"
    assert 0 <= result["overall"] <= 100
    assert [d["name"] for d in result["dimensions"]] == [
        d.name for d in _rubric.dimensions("fundamentals")
    ]
    assert result["key_points"] == [] and result["references"] == []
    assert "no notes imported" in done.stderr


@pytest.mark.slow
def test_offline_with_real_notes_finds_the_reference(notes_home: Path):
    good = mianba(notes_home, "-q", QUESTION, "-a", GOOD, "--json")
    poor = mianba(
        notes_home,
        "-q",
        QUESTION,
        "-a",
        "LoRA 就是一种微调方法，挺好用的，大家都在用它来做微调。",
        "--json",
    )

    assert good.returncode == poor.returncode == 0, good.stderr + poor.stderr
    high, low = json.loads(good.stdout), json.loads(poor.stdout)
    assert high["references"][0]["source"].endswith("20_fundamentals.md")
    assert len(high["key_points"]) >= 3
    assert high["improved_answer"].startswith("LoRA（Low-Rank Adaptation）冻结预训练权重")
    assert high["overall"] >= low["overall"] + 25, (high["overall"], low["overall"])


@pytest.mark.slow
def test_llm_mode_human_output(mianba_home: Path, scripted_llm: ScriptedLLMServer):
    def rubric(request: RecordedRequest) -> str:
        return rubric_reply(request, score=4)  # written from the schema it sent

    scripted_llm.on_chat = rubric
    env = {
        "MIANBA_LLM__BASE_URL": scripted_llm.base_url,
        "MIANBA_LLM__MODEL": "scripted",
        "MIANBA_LLM_API_KEY": "sk-cli-secret",
    }

    done = mianba(mianba_home, "-q", QUESTION, "--answer-file", "-", stdin=GOOD, env=env)

    assert done.returncode == 0, done.stderr
    # worded in the question's language unless --lang says otherwise, as the scorer writes
    assert done.stdout.startswith("得分：75.0 / 100（大模型评分）")
    assert "正确性" in done.stdout and "4/5" in done.stdout and "correctness" not in done.stdout
    english = mianba(mianba_home, "-q", QUESTION, "-a", GOOD, "--lang", "en", env=env)
    assert english.stdout.startswith("Score: 75.0 / 100  (LLM rubric)")
    assert "Correctness" in english.stdout and "Key points" not in english.stdout.split("\n")[0]
    asked_in_english = mianba(mianba_home, "-q", "What is LoRA?", "-a", "It adds A and B.", env=env)
    assert asked_in_english.stdout.startswith("Score:")  # a reviewer got a Chinese card for it
    from mianba.commands.score import question_language

    assert question_language("Transformer 里为什么要除以 sqrt(d_k)？") == "zh"  # got English
    assert "sk-cli-secret" not in done.stdout + done.stderr
    assert scripted_llm.chat_requests[0].headers["authorization"] == "Bearer sk-cli-secret"


@pytest.mark.slow
def test_guarded_and_bad_input(mianba_home: Path, tmp_path: Path):
    guarded = mianba(mianba_home, "-q", QUESTION, "-a", "   ", "--json")
    assert guarded.returncode == 0
    assert json.loads(guarded.stdout)["status"] == "guarded"

    missing = mianba(mianba_home, "-q", QUESTION, "--answer-file", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2
    assert "no such answer file" in missing.stderr and "Traceback" not in missing.stderr

    bad_stage = mianba(mianba_home, "-q", QUESTION, "-a", GOOD, "--stage", "lunch")
    assert bad_stage.returncode == 2 and "invalid choice" in bad_stage.stderr
