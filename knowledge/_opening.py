"""Opening the store and checking it against the manifest.

chromadb can leave a truncated index when it is killed mid-flush, a user can delete
or damage the folder, and a changed embedder makes old vectors meaningless. Each of
these becomes a `problem` sentence; the KnowledgeBase then rebuilds from the notes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge._embeddings import EmbeddingProvider
from knowledge._manifest import Manifest
from knowledge._retrieval import HybridRetriever, rows_from_records
from knowledge._store import (
    ChromaCollections,
    StoreError,
    close_client,
    open_client,
    wipe_local_store,
)
from knowledge.config import KnowledgeConfig

log = logging.getLogger(__name__)


@dataclass
class OpenedStore:
    client: Any
    cols: ChromaCollections
    retriever: HybridRetriever
    problem: str | None


def _read_all(cols: ChromaCollections) -> tuple[dict[str, Any], list[str]]:
    """All chunk records and question ids; also runs one query so a broken HNSW shows now."""
    records = ChromaCollections.all_records(cols.chunks, include=["documents", "metadatas"])
    question_ids = ChromaCollections.all_records(cols.questions)["ids"]
    for collection in (cols.chunks, cols.questions):
        sample = collection.get(limit=1, include=["embeddings"])
        if len(sample["ids"]):
            ChromaCollections.nearest(collection, list(sample["embeddings"][0]), 1, None)
    return records, question_ids


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def _disagreement(
    manifest: Manifest, embedder: EmbeddingProvider, chunk_ids: list[str], question_ids: list[str]
) -> str | None:
    if manifest.embedder is not None and (
        manifest.embedder != embedder.name or manifest.dimension != embedder.dimension
    ):
        return (
            f"the notes were indexed with another embedding model "
            f"({manifest.embedder}, now {embedder.name})"
        )
    expected = manifest.chunk_ids()
    if set(chunk_ids) != expected:
        return f"the index holds {len(chunk_ids)} passages where {len(expected)} were expected"
    expected_q = {q.id for q in manifest.questions()}
    if set(question_ids) != expected_q:
        return (
            f"the index holds {len(question_ids)} questions where {len(expected_q)} were expected"
        )
    return None


def _adopt_orphan_sources(manifest: Manifest, records: dict[str, Any]) -> str | None:
    """With no manifest but a filled index, learn the note files back from the index."""
    if manifest.files or manifest.roots or not records["ids"]:
        return None
    for meta in records["metadatas"]:
        if meta and meta.get("source"):
            manifest.add_root(str(meta["source"]))
    return "its manifest was missing"


def open_store(
    config: KnowledgeConfig, chroma_dir: Path, manifest: Manifest, embedder: EmbeddingProvider
) -> OpenedStore:
    problem: str | None = None
    client: Any = None
    try:
        client = open_client(chroma_dir, config.chroma_url)
        cols = ChromaCollections(client, config.collection)
        records, question_ids = _read_all(cols)
    except BaseException as exc:  # the Rust core raises PanicException, a BaseException
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        if config.chroma_url:
            raise StoreError(
                f"Could not use the Chroma server at {config.chroma_url}: {_short(exc)}"
            ) from exc
        log.exception("the notes index in %s could not be opened", chroma_dir)
        problem = f"the index in {chroma_dir} could not be opened ({_short(exc)})"
        if client is not None:
            close_client(client)
        wipe_local_store(chroma_dir)
        client = open_client(chroma_dir, None)
        cols = ChromaCollections(client, config.collection)
        records, question_ids = {"ids": [], "documents": [], "metadatas": []}, []
    retriever = HybridRetriever(cols.chunks, embedder)
    orphan = _adopt_orphan_sources(manifest, records)
    problem = problem or orphan or _disagreement(manifest, embedder, records["ids"], question_ids)
    if problem is None:
        retriever.load(rows_from_records(records))
    return OpenedStore(client=client, cols=cols, retriever=retriever, problem=problem)
