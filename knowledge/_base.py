"""KnowledgeBase: the one object the app and the interviewer use to reach the notes.

It owns the store (a file lock makes sure only one process does), keeps the Chroma
index in line with the manifest, and rebuilds the index from the notes whenever it
is found broken or was made by another embedder — it never crashes on a bad cache.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from knowledge._embeddings import EmbeddingProvider, make_embedder
from knowledge._lock import StoreLock
from knowledge._manifest import Manifest, QuestionEdits, load_manifest, save_manifest
from knowledge._models import Hit, IngestReport, Kind, Project, Question, Stage
from knowledge._store import check_collection_name
from knowledge.config import KnowledgeConfig

if TYPE_CHECKING:
    from knowledge._ingest import IngestContext, ProgressFn

log = logging.getLogger(__name__)


def _allowed_kinds(kinds: Sequence[Kind] | None, stage: Stage | None) -> frozenset[str] | None:
    allowed = frozenset(kinds) if kinds is not None else None
    if stage is not None:
        allowed = frozenset({stage}) if allowed is None else allowed & {stage}
    return allowed


class KnowledgeBase:
    """The notes store: ingest, hybrid search, question bank, projects.

    Open it once per process (a second process gets StoreLockedError) and close it,
    or use it as a context manager. If the index had to be rebuilt when it was
    opened, `recovery` holds the report (rebuilt=True, with the reason in messages).
    """

    def __init__(self, config: KnowledgeConfig, embedder: EmbeddingProvider | None = None) -> None:
        check_collection_name(config.collection)
        self.config = config
        self.embedder = embedder or make_embedder(config.embedding, config.models_dir)
        self.recovery: IngestReport | None = None
        self._mutex = threading.RLock()
        self._index_dir = config.data_dir / "knowledge"
        self._lock = StoreLock(self._index_dir / "store.lock")
        self._lock.acquire()
        try:
            self._open()
        except BaseException:
            self._lock.release()
            raise

    # ---- opening and recovery -------------------------------------------------------

    @property
    def chroma_dir(self) -> Path:
        return self.config.data_dir / "chroma"

    @property
    def manifest_path(self) -> Path:
        return self._index_dir / f"{self.config.collection}.manifest.json"

    def _open(self) -> None:
        from knowledge._opening import open_store

        self._manifest, problem = load_manifest(self.manifest_path, self.config.collection)
        self._edits = QuestionEdits(
            self._index_dir / f"{self.config.collection}.question_edits.json"
        )
        opened = open_store(self.config, self.chroma_dir, self._manifest, self.embedder)
        self._client, self._cols, self._retriever = opened.client, opened.cols, opened.retriever
        problem = problem or opened.problem
        if problem:
            self._recover(problem)

    def _context(self) -> IngestContext:
        from knowledge._ingest import IngestContext

        return IngestContext(
            cols=self._cols,
            embedder=self.embedder,
            manifest=self._manifest,
            edits=self._edits,
            retriever=self._retriever,
            max_bytes=self.config.max_file_bytes,
            save=self._save,
        )

    def _save(self) -> None:
        save_manifest(self.manifest_path, self._manifest)

    def _recover(self, problem: str) -> None:
        log.warning(
            "notes index for %r: %s; rebuilding it from the notes", self.config.collection, problem
        )
        self.recovery = self._rebuild(
            None, f"The notes index was rebuilt from your notes: {problem}."
        )

    def _rebuild(self, progress: ProgressFn | None, message: str | None) -> IngestReport:
        from knowledge._ingest import run_ingest
        from knowledge._retrieval import HybridRetriever
        from knowledge._store import ChromaCollections

        old = self._manifest
        paths = [Path(p) for p in dict.fromkeys([*old.roots, *old.files])]
        ChromaCollections.drop(self._client, self.config.collection)
        self._cols = ChromaCollections(self._client, self.config.collection)
        self._retriever = HybridRetriever(self._cols.chunks, self.embedder)
        self._manifest = Manifest(collection=self.config.collection)
        report = run_ingest(self._context(), paths, progress)
        report.rebuilt = True
        if message:
            report.messages.append(message)
        return report

    # ---- public API -----------------------------------------------------------------

    def ingest(self, paths: Sequence[Path], progress: ProgressFn | None = None) -> IngestReport:
        """Import notes (files or folders); unchanged files are skipped by content hash."""
        from knowledge._ingest import run_ingest

        with self._mutex:
            return run_ingest(self._context(), [Path(p) for p in paths], progress)

    def remove(self, path: Path | str) -> list[str]:
        """Forget a file or folder given to `ingest`: its notes leave the store (the files
        on disk are untouched). Returns the note files removed."""
        import os

        from knowledge._ingest import forget

        with self._mutex:
            return forget(self._context(), os.path.abspath(os.path.expanduser(str(path))))

    def rebuild(self, progress: ProgressFn | None = None) -> IngestReport:
        """Throw the index away and rebuild it from every note ingested so far."""
        with self._mutex:
            return self._rebuild(progress, None)

    def search(
        self,
        query: str,
        k: int = 5,
        *,
        kinds: Sequence[Kind] | None = None,
        stage: Stage | None = None,
    ) -> list[Hit]:
        """Hybrid (vector + BM25) search over the note chunks, best first, with citations."""
        allowed = _allowed_kinds(kinds, stage)
        if allowed is not None and not allowed:
            return []
        with self._mutex:
            return self._retriever.search(query, k, allowed)

    def questions(self, stage: Stage | None = None) -> list[Question]:
        """The question bank (the user's edits applied), in note order."""
        with self._mutex:
            found = self._manifest.questions()
        return [q for q in found if stage is None or q.stage == stage]

    def warm_up(self) -> None:
        """Load the embedding model and the Chinese tokenizer now, off the caller's path.

        Both are one-time costs (the embedding model ~1 s, jieba's dictionary ~0.4 s)
        better paid while the app starts than in the middle of the first import.
        """
        from knowledge._bm25 import tokenize

        self.embedder.embed_queries(["warm up"])
        tokenize("预热")

    def find_reference(
        self, question_text: str, stage: Stage | None = None, k: int = 3
    ) -> list[Question]:
        """The bank questions nearest to a question — where its reference answer lives."""
        from knowledge._retrieval import rerank_by_wording
        from knowledge._store import ChromaCollections

        if not question_text.strip() or k <= 0:
            return []
        with self._mutex:
            by_id = {q.id: q for q in self._manifest.questions()}
            if not by_id:
                return []
            vector = self.embedder.embed_queries([question_text])[0]
            where = {"stage": stage} if stage is not None else None
            nearest = ChromaCollections.nearest(self._cols.questions, vector, 4 * k, where)
        candidates = [by_id[qid] for qid, _ in nearest if qid in by_id]
        return rerank_by_wording(question_text, candidates)[:k]

    def projects(self) -> list[Project]:
        with self._mutex:
            return self._manifest.projects()

    def sources(self) -> list[str]:
        """Every note file in the store (absolute paths, sorted)."""
        with self._mutex:
            return sorted(self._manifest.files)

    def ingested_paths(self) -> list[str]:
        """The files and folders ever given to `ingest` (empty: the user never imported)."""
        with self._mutex:
            return list(self._manifest.roots)

    def update_question(self, q: Question) -> Question:
        """Save the user's fix to a question; it is kept across re-ingests and rebuilds."""
        from knowledge._ingest import upsert_questions

        with self._mutex:
            entry = next(
                (
                    e
                    for e in self._manifest.files.values()
                    if any(x.id == q.id for x in e.questions)
                ),
                None,
            )
            if entry is None:
                raise KeyError(f"No question with id {q.id!r} in the notes.")
            edited = self._edits.put(q)
            entry.questions = [edited if x.id == q.id else x for x in entry.questions]
            from knowledge._store import question_document

            vector = self.embedder.embed_passages([question_document(edited)])
            upsert_questions(self._cols, [edited], vector)
            self._save()
            return edited

    def close(self) -> None:
        with self._mutex:
            client = getattr(self, "_client", None)
            if client is not None:
                from knowledge._store import close_client

                close_client(client)
                self._client = None
            self._lock.release()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
