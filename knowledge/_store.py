"""The Chroma side: one chunk collection and one question collection per named collection.

Collections are created with `embedding_function=None`, so Chroma can never fall back
to its default embedding function (which downloads a model and fails offline):
every add and query passes vectors made by our own provider.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from knowledge._models import Chunk, Citation, Question

log = logging.getLogger(__name__)

QUESTIONS_SUFFIX = "__questions"
_BATCH = 1000
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,60}[A-Za-z0-9]$")


class StoreError(RuntimeError):
    """The vector store could not be opened or used; the message is for a person."""


def check_collection_name(name: str) -> None:
    if not _NAME.match(name) or ".." in name or QUESTIONS_SUFFIX in name:
        raise StoreError(
            f"'{name}' is not a usable collection name: use 3-62 letters, digits, '.', '_' "
            "or '-', starting and ending with a letter or digit."
        )


def open_client(chroma_dir: Path, chroma_url: str | None) -> Any:
    """A PersistentClient on disk, or an HttpClient when a Chroma server is configured."""
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False, allow_reset=False)
    if chroma_url:
        from urllib.parse import urlsplit

        url = urlsplit(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
        return chromadb.HttpClient(
            host=url.hostname or "localhost",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=settings,
        )
    chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(chroma_dir), settings=settings)


def close_client(client: Any) -> None:
    try:
        client.close()
    except Exception:  # closing a broken client must not hide the real problem
        log.debug("closing the Chroma client failed", exc_info=True)


def wipe_local_store(chroma_dir: Path) -> None:
    """Delete an unusable on-disk index (it is a cache: the notes rebuild it)."""
    from chromadb.api.shared_system_client import SharedSystemClient

    SharedSystemClient._identifier_to_system.pop(str(chroma_dir), None)
    SharedSystemClient._identifier_to_refcount.pop(str(chroma_dir), None)
    shutil.rmtree(chroma_dir, ignore_errors=True)


def chunk_metadata(chunk: Chunk, tokens: Sequence[str]) -> dict[str, str | int]:
    """Chroma metadata of a chunk: its citation, kind, and its BM25 tokens (space-joined)."""
    c = chunk.citation
    return {
        "kind": chunk.kind,
        "bm25": " ".join(tokens),
        "source": c.source,
        "heading_path": json.dumps(list(c.heading_path), ensure_ascii=False),
        "line_start": c.line_start,
        "line_end": c.line_end,
    }


def citation_from_metadata(meta: dict[str, Any]) -> Citation:
    return Citation(
        source=str(meta["source"]),
        heading_path=tuple(json.loads(str(meta.get("heading_path") or "[]"))),
        line_start=int(meta["line_start"]),
        line_end=int(meta["line_end"]),
    )


def index_text(text: str, citation: Citation) -> str:
    """What a chunk is embedded and BM25-indexed as: its own heading first, for context."""
    heading = citation.heading_path[-1] if citation.heading_path else ""
    return text if not heading or text.startswith(heading) else f"{heading}\n{text}"


def question_document(q: Question) -> str:
    """What a question is embedded as: the question and its answer, so either finds it."""
    return f"{q.question}\n{q.answer}".strip()


class ChromaCollections:
    """The two Chroma collections behind one named knowledge collection."""

    def __init__(self, client: Any, name: str) -> None:
        self.name = name
        space = {"hnsw:space": "cosine"}
        self.chunks = client.get_or_create_collection(name, embedding_function=None, metadata=space)
        self.questions = client.get_or_create_collection(
            name + QUESTIONS_SUFFIX, embedding_function=None, metadata=space
        )

    @staticmethod
    def drop(client: Any, name: str) -> None:
        existing = {getattr(c, "name", c) for c in client.list_collections()}
        for full in (name, name + QUESTIONS_SUFFIX):
            if full in existing:
                client.delete_collection(full)

    @staticmethod
    def all_records(collection: Any, include: Sequence[str] = ()) -> dict[str, Any]:
        """Every record of a collection, fetched in pages."""
        ids: list[str] = []
        documents: list[str] = []
        metadatas: list[dict[str, Any]] = []
        offset = 0
        while True:
            page = collection.get(limit=_BATCH * 5, offset=offset, include=list(include))
            ids.extend(page["ids"])
            documents.extend(page.get("documents") or [])
            metadatas.extend(page.get("metadatas") or [])
            if len(page["ids"]) < _BATCH * 5:
                break
            offset += len(page["ids"])
        return {"ids": ids, "documents": documents, "metadatas": metadatas}

    @staticmethod
    def upsert(
        collection: Any,
        ids: Sequence[str],
        vectors: Sequence[Sequence[float]],
        documents: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
    ) -> None:
        for start in range(0, len(ids), _BATCH):
            end = start + _BATCH
            collection.upsert(
                ids=list(ids[start:end]),
                embeddings=[list(v) for v in vectors[start:end]],
                documents=list(documents[start:end]),
                metadatas=list(metadatas[start:end]),
            )

    @staticmethod
    def delete(collection: Any, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), _BATCH):
            collection.delete(ids=list(ids[start : start + _BATCH]))

    @staticmethod
    def nearest(
        collection: Any, vector: Sequence[float], n: int, where: dict[str, Any] | None
    ) -> list[tuple[str, float]]:
        """(id, cosine similarity) of the n nearest records, best first (fewer if fewer)."""
        result = collection.query(
            query_embeddings=[list(vector)],
            n_results=n,
            where=where,
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = result["distances"][0]
        return [(i, 1.0 - float(d)) for i, d in zip(ids, distances, strict=True)]
