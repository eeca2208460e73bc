"""Which offline embedder should be the default? Measures both on the labelled zh+en set.

Passages are the `##` sections of tests/knowledge/retrieval_notes (the embedder is
judged alone here, without the note parser or BM25). A query is answered when the
top passage (top-1) or one of the top five (recall@5) comes from the labelled file
and contains the labelled marker text.

    python benchmarks/embedding_choice.py [--models-dir DIR]

DIR must hold the USE model (see knowledge/_embedders_offline.py); default
~/.cache/mianba-test/models, as the tests use.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import numpy as np

from knowledge._embedders_offline import E5SmallEmbedder, UseMultilingualEmbedder
from knowledge._embeddings import EmbeddingProvider

ROOT = Path(__file__).resolve().parent.parent
NOTES = ROOT / "tests" / "knowledge" / "retrieval_notes"
LABELS = ROOT / "tests" / "knowledge" / "labelled_queries.json"


def sections() -> list[tuple[str, str]]:
    """(file name, section text) for every `## ` section of the labelled notes."""
    out: list[tuple[str, str]] = []
    for path in sorted(NOTES.glob("*.md")):
        for part in path.read_text(encoding="utf-8").split("\n## ")[1:]:
            out.append((path.name, part.strip()))
    return out


def evaluate(embedder: EmbeddingProvider, passages: list[tuple[str, str]]) -> dict[str, float]:
    queries = json.loads(LABELS.read_text(encoding="utf-8"))["queries"]
    embedder.embed_queries(["warm up"])  # load the model outside the timings
    start = time.perf_counter()
    matrix = np.asarray(embedder.embed_passages([text for _, text in passages]))
    per_passage = (time.perf_counter() - start) / len(passages)
    start = time.perf_counter()
    qvecs = np.asarray([embedder.embed_queries([q["query"]])[0] for q in queries])
    per_query = (time.perf_counter() - start) / len(queries)
    top1 = recall5 = 0
    by_lang: dict[str, list[int]] = {}
    for q, qvec in zip(queries, qvecs, strict=True):
        order = np.argsort(-(matrix @ qvec))[:5]
        good = [passages[i][0] == q["source"] and q["marker"] in passages[i][1] for i in order]
        top1 += good[0]
        recall5 += any(good)
        by_lang.setdefault(q["lang"], []).append(int(any(good)))
    n = len(queries)
    figures = {
        "top1": top1 / n,
        "recall@5": recall5 / n,
        "ms/query": per_query * 1000,
        "ms/passage": per_passage * 1000,
    }
    figures.update({f"recall@5 {k}": sum(v) / len(v) for k, v in sorted(by_lang.items())})
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_dir = Path(os.environ.get("MIANBA_TEST_MODELS", "~/.cache/mianba-test/models"))
    parser.add_argument("--models-dir", type=Path, default=default_dir.expanduser())
    args = parser.parse_args()
    passages = sections()
    queries = json.loads(LABELS.read_text(encoding="utf-8"))["queries"]
    print(f"{len(passages)} passages, {len(queries)} labelled queries")
    embedders: list[EmbeddingProvider] = [
        UseMultilingualEmbedder(args.models_dir),
        E5SmallEmbedder(),
    ]
    for embedder in embedders:
        figures = evaluate(embedder, passages)
        shown = "  ".join(f"{k}={v:.3f}" for k, v in figures.items())
        print(f"{embedder.name:28s} dim={embedder.dimension:4d}  {shown}")


if __name__ == "__main__":
    main()
