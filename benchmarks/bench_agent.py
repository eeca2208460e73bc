"""The interviewer's own cost per turn, and proof that scoring does not delay the next question.

    python benchmarks/bench_agent.py [--quick]

Runs interviews over the real KnowledgeBase (bundled demo notes, offline embedder) with
the real `openai` client talking to the scripted OpenAI-compatible server from
tests/agent/scripted_server.py, and prints:

1. per-turn overhead: submit an answer -> next question fully asked, with the server
   answering at once, minus the bare HTTP round trip of one streamed question measured
   in the same run (the baseline). This is our code: retrieval, graph, checkpoints,
   store. Target: median <= 50 ms.
2. answer -> first streamed token of the next question, while the server takes
   SCORING_DELAY_S to answer each scoring request. If scoring held the question up,
   this would be >= the delay.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "agent")]
os.environ.setdefault("OMP_NUM_THREADS", "1")

SCORING_DELAY_S = 1.5
ANSWER = "我把纯向量检索改成 BM25 加向量的混合检索，召回率从 71% 提到 89%，再加了重排。"


def _knowledge(home: Path):  # type: ignore[no-untyped-def]
    from knowledge import KnowledgeBase
    from knowledge._embedders_offline import install_use_model
    from mianba.paths import demo_notes_dir
    from mianba.settings import load_settings, models_dir
    from mianba.wiring import knowledge_config

    settings = load_settings(home=home)
    install_use_model(models_dir(settings))  # a no-op once the model file is there
    kb = KnowledgeBase(knowledge_config(settings))
    if not kb.sources():
        kb.ingest([demo_notes_dir()])
    return kb


def _bare_round_trips(gateway, n: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Baseline: one streamed question from the same server through the same client."""
    messages = [{"role": "user", "content": "ask one question"}]
    times = []
    for _ in range(n):
        started = time.perf_counter()
        for _delta in gateway.stream_chat(messages):
            pass
        times.append(time.perf_counter() - started)
    return times


def _turns(iv, options, n: int) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
    """(answer -> question fully asked, answer -> first token) for n answered turns."""
    from agent import Answer

    full, first = [], []
    while len(full) < n:
        sid = iv.start(options)
        events = list(iv.run(sid))
        while events and events[-1].type != "finished" and len(full) < n:
            started = time.perf_counter()
            first_token = done = None
            collected = []
            for event in iv.run(sid, Answer(text=ANSWER)):
                collected.append(event)
                now = time.perf_counter()
                if event.type == "question_delta" and first_token is None:
                    first_token = now - started
                if event.type in ("awaiting_answer", "finished") and done is None:
                    done = now - started
            if done is None or first_token is None:
                break
            full.append(done)
            first.append(first_token)
            events = collected
        list(iv.end_early(sid))
    return full, first


def _interviewer(home: Path, server, kb):  # type: ignore[no-untyped-def]
    from agent import AgentConfig, Interviewer, LLMConfig, LLMGateway

    llm_config = LLMConfig(base_url=server.base_url, model=server.model, api_key="sk-bench")
    config = AgentConfig(sessions_db=home / "sessions.sqlite", llm=llm_config)
    return Interviewer(config, kb, llm=LLMGateway(llm_config)), LLMGateway(llm_config)


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:7.1f} ms  (n={len(values)})"


def _report_overhead(bare: list[float], full: list[float]) -> None:
    base, turn = statistics.median(bare), statistics.median(full)
    print("1. per turn, server answering at once")
    print(f"   bare streamed HTTP round trip (baseline)  {_ms(bare)}")
    print(f"   answer -> next question asked             {_ms(full)}")
    overhead_ms = (turn - base) * 1000
    print(f"   our overhead per turn (difference)        {overhead_ms:7.1f} ms  (target <= 50)")
    print(f"   turn / baseline ratio                     {turn / base:7.1f}x")


def _report_concurrency(bare: list[float], first: list[float]) -> None:
    base, token = statistics.median(bare), statistics.median(first)
    print(f"2. every scoring request held {SCORING_DELAY_S:.1f} s by the server")
    print(f"   answer -> first token of next question    {_ms(first)}")
    print(f"   minus the baseline round trip             {(token - base) * 1000:7.1f} ms")
    print(
        f"   first token / scoring delay               {token / SCORING_DELAY_S:7.3f}"
        "  (well under 1: scoring runs concurrently)"
    )


def _offline_turns(home: Path, kb, options, n: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Offline mode over the same notes: no HTTP at all, so this is graph + checkpoints +
    store + retrieval + templates alone (offline scoring still runs in the background)."""
    from agent import AgentConfig, Interviewer

    config = AgentConfig(sessions_db=home / "offline.sqlite")
    iv = Interviewer(config, kb, embedder=kb.embedder)
    _turns(iv, options, 2)
    full, _ = _turns(iv, options, n)
    iv.close()
    return full


def main() -> int:
    if os.environ.get("MIANBA_HOME"):
        return _run(Path(os.environ["MIANBA_HOME"]))
    with tempfile.TemporaryDirectory(prefix="mianba-bench-") as home:
        return _run(Path(home))


def _run(home: Path) -> int:
    from interview_fixtures import InterviewerScript
    from scripted_server import ScriptedLLMServer

    from agent import InterviewOptions

    n = 8 if "--quick" in sys.argv else 24
    kb = _knowledge(home)
    options = InterviewOptions(mode="practice", minutes=60, language="zh")
    with ScriptedLLMServer() as server:
        server.on_chat = InterviewerScript("zh")
        iv, gateway = _interviewer(home, server, kb)
        _bare_round_trips(gateway, 3)  # warm up the connection, the client and the graph
        _turns(iv, options, 2)
        bare = _bare_round_trips(gateway, n)
        full, _ = _turns(iv, options, n)
        _report_overhead(bare, full)
        server.on_chat = InterviewerScript("zh", scoring_delay=SCORING_DELAY_S)
        _, first = _turns(iv, options, max(4, n // 3))
        _report_concurrency(bare, first)
        iv.close()
    offline = _offline_turns(home, kb, options, n)
    print("3. offline mode (no LLM, no HTTP)")
    print(f"   answer -> next question asked             {_ms(offline)}")
    kb.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
