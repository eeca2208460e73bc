"""Hybrid retrieval: Chroma vector search + BM25, fused by relative score fusion.

Each retriever's scores are min-max scaled to [0, 1] over its own candidates and the
scaled scores are averaged, so a passage both rank well rises to the top, as with
reciprocal rank fusion (RRF). Unlike RRF, the gaps between scores count: RRF gives a
BM25 hit that shares one common word with an English query nearly the weight of the
strong hit above it, and such hits pushed the right passage (4th by vectors) out of
the top five. Recall@5 on our labelled set (`benchmarks/bench_knowledge.py`): this
0.975, RRF 0.950, vectors alone 0.975, BM25 alone 0.800.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from knowledge._bm25 import BM25Index, tokenize
from knowledge._embeddings import EmbeddingProvider
from knowledge._models import Citation, Hit, Kind, Question
from knowledge._store import ChromaCollections, citation_from_metadata, index_text

Mode = Literal["hybrid", "vector", "bm25"]
_MIN_CANDIDATES = 20


@dataclass(frozen=True)
class ChunkRow:
    text: str
    kind: Kind
    citation: Citation
    tokens: tuple[str, ...]  # BM25 tokens of index_text(text, citation)


def make_row(text: str, kind: Kind, citation: Citation) -> ChunkRow:
    tokens = tuple(tokenize(index_text(text, citation)))
    return ChunkRow(text=text, kind=kind, citation=citation, tokens=tokens)


def rows_from_records(records: dict[str, Any]) -> dict[str, ChunkRow]:
    """Chunk rows from Chroma `get` output (ids, documents, metadatas)."""
    rows: dict[str, ChunkRow] = {}
    for cid, doc, meta in zip(
        records["ids"], records["documents"], records["metadatas"], strict=True
    ):
        stored = meta.get("bm25")
        if not isinstance(stored, str):  # written by an older version: tokenize now
            rows[cid] = make_row(doc or "", meta["kind"], citation_from_metadata(meta))
            continue
        rows[cid] = ChunkRow(
            tokens=tuple(stored.split()),
            text=doc or "",
            kind=meta["kind"],
            citation=citation_from_metadata(meta),
        )
    return rows


SAME_WORDING = 0.6  # Dice bigram overlap above which two questions ask the same


def _bigrams(text: str) -> set[str]:
    chars = [c for c in text.lower() if c.isalnum()]
    return {a + b for a, b in itertools.pairwise(chars)}


def wording_similarity(a: str, b: str) -> float:
    """Dice overlap of character bigrams: 1.0 for the same question, CJK-friendly."""
    left, right = _bigrams(a), _bigrams(b)
    if not left or not right:
        return 0.0
    return 2 * len(left & right) / (len(left) + len(right))


def rerank_by_wording(question: str, candidates: Sequence[Question]) -> list[Question]:
    """Bank questions worded (nearly) like the one asked come first; the rest keep
    the embedding order.

    Embeddings alone put "QLoRA 相比 LoRA 做了什么改进？" above the bank's own
    "LoRA 的原理是什么？" when asked the latter.
    """
    similarity = {q.id: wording_similarity(question, q.question) for q in candidates}
    close = [q for q in candidates if similarity[q.id] >= SAME_WORDING]
    close.sort(key=lambda q: -similarity[q.id])
    return close + [q for q in candidates if similarity[q.id] < SAME_WORDING]


def fuse_scores(results: Sequence[Sequence[tuple[str, float]]]) -> list[tuple[str, float]]:
    """Relative score fusion of (id, score) lists: the mean of min-max scaled scores.

    A list's best hit scales to 1 and its worst to 0 (a lone hit, or a tie, to 1); an
    id missing from a list gets 0 there. Fused scores are in [0, 1], best first.
    """
    fused: dict[str, float] = {}
    for result in results:
        if not result:
            continue
        low = min(score for _, score in result)
        span = max(score for _, score in result) - low
        for doc_id, score in result:
            scaled = (score - low) / span if span > 0 else 1.0
            fused[doc_id] = fused.get(doc_id, 0.0) + scaled / len(results)
    return sorted(fused.items(), key=lambda item: item[1], reverse=True)


class HybridRetriever:
    """Search over one chunk collection; the BM25 side is rebuilt lazily after changes."""

    def __init__(self, collection: Any, embedder: EmbeddingProvider) -> None:
        self._collection = collection
        self._embedder = embedder
        self._rows: dict[str, ChunkRow] = {}
        self._bm25: BM25Index | None = None
        self._lock = threading.Lock()

    def load(self, rows: dict[str, ChunkRow]) -> None:
        with self._lock:
            self._rows = rows
            self._bm25 = None

    def update(self, added: dict[str, ChunkRow], removed: Sequence[str]) -> None:
        with self._lock:
            for cid in removed:
                self._rows.pop(cid, None)
            self._rows.update(added)
            self._bm25 = None

    def _index(self) -> BM25Index:
        with self._lock:
            if self._bm25 is None:
                ids = list(self._rows)
                rows = [self._rows[i] for i in ids]
                self._bm25 = BM25Index(ids, [r.tokens for r in rows], [r.kind for r in rows])
            return self._bm25

    def warm_up(self) -> None:
        self._index()

    def search(
        self,
        query: str,
        k: int = 5,
        kinds: frozenset[str] | None = None,
        mode: Mode = "hybrid",
    ) -> list[Hit]:
        if not query.strip() or k <= 0 or not self._rows:
            return []
        n = max(_MIN_CANDIDATES, 4 * k)
        results: list[list[tuple[str, float]]] = []
        if mode in ("hybrid", "vector"):
            where = {"kind": {"$in": sorted(kinds)}} if kinds is not None else None
            vector = self._embedder.embed_queries([query])[0]
            results.append(ChromaCollections.nearest(self._collection, vector, n, where))
        if mode in ("hybrid", "bm25"):
            results.append(self._index().search(query, n, kinds))
        hits: list[Hit] = []
        for cid, score in fuse_scores(results):
            row = self._rows.get(cid)
            if row is None:  # in Chroma but not (yet) in our table: skip, never crash
                continue
            hits.append(
                Hit(id=cid, text=row.text, kind=row.kind, score=score, citation=row.citation)
            )
            if len(hits) == k:
                break
        return hits
