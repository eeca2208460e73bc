"""What scoring one answer costs, against baselines measured in the same run.

    python benchmarks/bench_scoring.py [--quick]

1. Offline estimate (guards + key points + coverage with the real offline embedder)
   per answer, against the bare embedder call on the same texts (the baseline): the
   difference is our code.
2. Rubric scoring through LLMGateway (real `openai` client, scripted server answering
   at once), against a bare `openai` chat call to the same server: the gateway's and
   scorer's own overhead (prompt building, validation, checks).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "agent")]
os.environ.setdefault("OMP_NUM_THREADS", "1")


def _median_ms(fn: Callable[[], object], n: int) -> float:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def _embedder():  # type: ignore[no-untyped-def]
    from knowledge import EmbeddingConfig, install_offline_model, make_embedder
    from mianba.settings import load_settings, models_dir

    directory = models_dir(load_settings())
    install_offline_model(directory)
    return make_embedder(EmbeddingConfig(), directory)


def bench_offline(n: int) -> None:
    from scoring_fixtures import LORA, NOTES, MemoryRetriever

    from agent import AgentConfig, Answer, Scorer
    from agent._answer_text import sentences
    from agent.keypoints import key_points, labels

    answer = (
        "LoRA 冻结预训练模型的权重，只在注意力层旁路训练两个低秩矩阵 A 和 B，"
        "所以可训练参数和显存都少很多；推理时把 BA 合并回原权重，没有额外延迟。"
    )
    embedder = _embedder()
    scorer = Scorer(AgentConfig(sessions_db=Path("unused")), MemoryRetriever(NOTES), None, embedder)
    texts = [*labels(key_points(LORA.answer)), LORA.question, *sentences(answer)]
    scorer.score(LORA.question, Answer(text=answer), "fundamentals")  # warm: model, jieba
    baseline = _median_ms(lambda: embedder.embed_passages(texts), n)
    ours = _median_ms(lambda: scorer.score(LORA.question, Answer(text=answer), "fundamentals"), n)
    print(f"offline estimate per answer: {ours:.1f} ms (median of {n})")
    print(f"  baseline, embedder on the same {len(texts)} texts: {baseline:.1f} ms")
    print(f"  ratio {ours / baseline:.2f}; our code adds {ours - baseline:.1f} ms")


def bench_llm(n: int) -> None:
    import openai
    from scoring_fixtures import LORA, NOTES, MemoryRetriever, rubric_reply
    from scripted_server import ScriptedLLMServer

    from agent import AgentConfig, Answer, LLMConfig, LLMGateway, Scorer

    answer = "LoRA 冻结原权重，只训练两个低秩矩阵 A 和 B，显存小，推理时合并回去没有额外延迟。"
    with ScriptedLLMServer() as server:
        server.on_chat = lambda request: rubric_reply("fundamentals", 3, 4)
        config = AgentConfig(
            sessions_db=Path("unused"), llm=LLMConfig(base_url=server.base_url, model="m")
        )
        scorer = Scorer(config, MemoryRetriever(NOTES), LLMGateway(config.llm))
        client = openai.OpenAI(base_url=server.base_url, api_key="x", max_retries=0)
        ask = [{"role": "user", "content": "score"}]

        def bare() -> object:
            return client.chat.completions.create(model="m", messages=ask)  # type: ignore[arg-type]

        scorer.score(LORA.question, Answer(text=answer), "fundamentals")  # detect mode, warm
        bare()
        baseline = _median_ms(bare, n)
        ours = _median_ms(
            lambda: scorer.score(LORA.question, Answer(text=answer), "fundamentals"), n
        )
    print(f"rubric score through the gateway: {ours:.1f} ms (median of {n})")
    print(f"  baseline, bare openai call to the same server: {baseline:.1f} ms")
    print(f"  ratio {ours / baseline:.2f}; gateway + scorer add {ours - baseline:.1f} ms")


def main() -> int:
    n = 5 if "--quick" in sys.argv else 20
    with tempfile.TemporaryDirectory(prefix="mianba-bench-") as home:
        os.environ.setdefault("MIANBA_HOME", home)
        bench_offline(n)
        bench_llm(n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
