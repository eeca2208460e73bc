"""Incremental ingest: notes -> parsed chunks/questions/projects -> vectors -> Chroma + manifest.

A file whose content hash matches the manifest costs one read and nothing else (no
parse, no embedding). A changed file has its old records replaced; a file that is
gone (deleted, or no longer found under a folder being ingested) is removed.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from knowledge._embeddings import EmbeddingProvider
from knowledge._loading import LoadedNote, iter_note_files, load_note
from knowledge._manifest import PARSER_VERSION, FileEntry, Manifest, QuestionEdits
from knowledge._models import (
    Chunk,
    IngestProgress,
    IngestReport,
    ParsedNote,
    Project,
    Question,
    SkippedFile,
)
from knowledge._parsing import parse_note
from knowledge._retrieval import HybridRetriever, make_row
from knowledge._store import ChromaCollections, chunk_metadata, index_text, question_document

log = logging.getLogger(__name__)

ProgressFn = Callable[[IngestProgress], None]
_SAVE_EVERY_S = 1.0  # how often the manifest is flushed during a long ingest
_GROUP_TEXTS = 256  # notes are embedded and written in groups of about this many texts


@dataclass
class IngestContext:
    """What an ingest run works on; owned by the KnowledgeBase."""

    cols: ChromaCollections
    embedder: EmbeddingProvider
    manifest: Manifest
    edits: QuestionEdits
    retriever: HybridRetriever
    max_bytes: int
    save: Callable[[], None]
    _last_save: float = field(default=0.0)

    def save_now_and_then(self) -> None:
        now = time.monotonic()
        if now - self._last_save >= _SAVE_EVERY_S:
            self.save()
            self._last_save = now


def _parse(note: LoadedNote) -> ParsedNote:
    return parse_note(note.text, note.path)


def _unique_chunks(chunks: Sequence[Chunk]) -> list[Chunk]:
    seen: set[str] = set()
    unique = []
    for chunk in chunks:
        if chunk.id not in seen and chunk.text.strip():
            seen.add(chunk.id)
            unique.append(chunk)
    return unique


def _unique_questions(questions: Sequence[Question]) -> list[Question]:
    return list({q.id: q for q in questions}.values())


@dataclass
class _Job:
    """One note, parsed, then embedded, on its way to Chroma."""

    note: LoadedNote
    chunks: list[Chunk]
    questions: list[Question]
    projects: list[Project]
    old: FileEntry | None
    vectors: list[list[float]] = field(default_factory=list)

    def texts(self) -> list[str]:
        chunk_texts = [index_text(c.text, c.citation) for c in self.chunks]
        return chunk_texts + [question_document(q) for q in self.questions]

    def entry(self) -> FileEntry:
        return FileEntry(
            sha256=self.note.sha256,
            parser=PARSER_VERSION,
            chunk_ids=[c.id for c in self.chunks],
            questions=self.questions,
            projects=self.projects,
        )


def _embed_group(ctx: IngestContext, jobs: Sequence[_Job]) -> None:
    """One embedder call for a group of notes: bigger batches, fewer calls."""
    texts = [t for job in jobs for t in job.texts()]
    # a question's "question + answer" is mostly the very text of its chunk: embed it once
    unique = {" ".join(t.split()): t for t in texts}
    found = ctx.embedder.embed_passages(list(unique.values())) if unique else []
    by_text = dict(zip(unique, found, strict=True))
    vectors = [by_text[" ".join(t.split())] for t in texts]
    at = 0
    for job in jobs:
        n = len(job.chunks) + len(job.questions)
        job.vectors, at = vectors[at : at + n], at + n


def _last_by_id(items: Sequence[tuple[str, Any]]) -> list[tuple[str, Any]]:
    return list(dict(items).items())  # an id in two notes: the later note wins, once


def _write_group(ctx: IngestContext, jobs: Sequence[_Job]) -> None:
    """BM25 tokens (jieba), then replace the group's records in Chroma in one go each."""
    removed: list[str] = []
    for job in jobs:
        if job.old is None:
            continue
        stale = set(job.old.chunk_ids) - {c.id for c in job.chunks}
        ChromaCollections.delete(ctx.cols.chunks, sorted(stale))
        stale_q = {q.id for q in job.old.questions} - {q.id for q in job.questions}
        ChromaCollections.delete(ctx.cols.questions, sorted(stale_q))
        removed += job.old.chunk_ids
    chunks = _last_by_id(
        [
            (c.id, (c, v))
            for job in jobs
            for c, v in zip(job.chunks, job.vectors[: len(job.chunks)], strict=True)
        ]
    )
    rows = {cid: make_row(c.text, c.kind, c.citation) for cid, (c, _) in chunks}
    ChromaCollections.upsert(
        ctx.cols.chunks,
        [cid for cid, _ in chunks],
        [v for _, (_, v) in chunks],
        [c.text for _, (c, _) in chunks],
        [chunk_metadata(c, rows[cid].tokens) for cid, (c, _) in chunks],
    )
    questions = _last_by_id(
        [
            (q.id, (q, v))
            for job in jobs
            for q, v in zip(job.questions, job.vectors[len(job.chunks) :], strict=True)
        ]
    )
    upsert_questions(ctx.cols, [q for _, (q, _) in questions], [v for _, (_, v) in questions])
    ctx.retriever.update(rows, removed)


def upsert_questions(
    cols: ChromaCollections, questions: Sequence[Question], vectors: Sequence[Sequence[float]]
) -> None:
    metadatas: list[dict[str, Any]] = [
        {"stage": q.stage, "topic": q.topic, "source": q.citation.source} for q in questions
    ]
    ChromaCollections.upsert(
        cols.questions,
        [q.id for q in questions],
        vectors,
        [question_document(q) for q in questions],
        metadatas,
    )


def remove_file(ctx: IngestContext, path: str) -> None:
    entry = ctx.manifest.files.pop(path, None)
    if entry is None:
        return
    ChromaCollections.delete(ctx.cols.chunks, entry.chunk_ids)
    ChromaCollections.delete(ctx.cols.questions, [q.id for q in entry.questions])
    ctx.retriever.update({}, entry.chunk_ids)


def forget(ctx: IngestContext, target: str) -> list[str]:
    """Drop a file or folder given to ingest, and every note under it, from the store."""
    gone = sorted(path for path in ctx.manifest.files if _under(path, [target]))
    for path in gone:
        remove_file(ctx, path)
    ctx.manifest.roots = [root for root in ctx.manifest.roots if not _under(root, [target])]
    ctx.save()
    return gone


def _under(path: str, roots: Sequence[str]) -> bool:
    return any(path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def _gone_files(manifest: Manifest, roots: Sequence[str], found: set[str]) -> list[str]:
    """Files the manifest knows that are deleted, or no longer found under a given root."""
    return sorted(
        path
        for path in manifest.files
        if (path not in found and _under(path, roots)) or not Path(path).exists()
    )


def _read_one(ctx: IngestContext, path: Path, report: IngestReport) -> _Job | None:
    """Read and parse one note, unless it is unchanged or unusable."""
    loaded = load_note(path, ctx.max_bytes)
    if isinstance(loaded, SkippedFile):
        report.skipped.append(loaded)
        return None
    old = ctx.manifest.files.get(loaded.path)
    if old is not None and old.sha256 == loaded.sha256 and old.parser == PARSER_VERSION:
        report.unchanged.append(loaded.path)
        return None
    try:
        parsed = _parse(loaded)
    except Exception as exc:  # one odd note must not stop the others
        log.exception("parsing %s failed", loaded.path)
        reason = f"skipped: could not parse it ({exc})"
        report.skipped.append(SkippedFile(path=loaded.path, reason=reason))
        return None
    chunks = _unique_chunks(parsed.chunks)
    questions = ctx.edits.apply(_unique_questions(parsed.questions))
    return _Job(loaded, chunks, questions, list(parsed.projects), old)


class _Pipeline:
    """Groups of notes: embed group N while group N-1 is written to Chroma on a thread.

    Both the embedder and Chroma release the GIL, so the two overlap; the manifest
    records a note only once its write has finished, so it never runs ahead of Chroma.
    """

    def __init__(self, ctx: IngestContext, report: IngestReport, writer: Executor) -> None:
        self.ctx, self.report, self.writer = ctx, report, writer
        self.group: list[_Job] = []
        self.group_texts = 0
        self.pending: tuple[Future[None], list[_Job]] | None = None

    def add(self, job: _Job, on_embed: Callable[[], None]) -> None:
        self.group.append(job)
        self.group_texts += len(job.chunks) + len(job.questions)
        if self.group_texts >= _GROUP_TEXTS:
            on_embed()
            self.flush()

    def flush(self) -> None:
        jobs, self.group, self.group_texts = self.group, [], 0
        if jobs:
            _embed_group(self.ctx, jobs)
        self.wait()
        if jobs:
            self.pending = (self.writer.submit(_write_group, self.ctx, jobs), jobs)

    def wait(self) -> None:
        if self.pending is None:
            return
        future, jobs = self.pending
        self.pending = None
        future.result()
        for job in jobs:
            entry = job.entry()
            self.ctx.manifest.files[job.note.path] = entry
            self.report.imported.append(job.note.path)
            self.report.chunks += len(entry.chunk_ids)
            self.report.questions += len(entry.questions)
        self.ctx.save_now_and_then()


def _ingest_files(
    ctx: IngestContext, files: Sequence[Path], total: int, notify: ProgressFn, report: IngestReport
) -> None:
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="mianba-ingest") as writer:
        pipeline = _Pipeline(ctx, report, writer)
        try:
            for done, path in enumerate(files):
                where = str(path)
                notify(IngestProgress(done=done, total=total, path=where, phase="reading"))
                job = _read_one(ctx, path, report)
                if job is not None:
                    embedding = IngestProgress(
                        done=done, total=total, path=where, phase="embedding"
                    )
                    pipeline.add(job, partial(notify, embedding))
            if pipeline.group:
                notify(IngestProgress(done=len(files), total=total, path="", phase="embedding"))
            pipeline.flush()
        finally:
            pipeline.wait()


def run_ingest(
    ctx: IngestContext, paths: Sequence[Path], progress: ProgressFn | None = None
) -> IngestReport:
    """Bring the store in line with the notes under `paths` (files or folders)."""
    notify = progress or (lambda _p: None)
    report = IngestReport(collection=ctx.cols.name)
    roots = [os.path.abspath(os.path.expanduser(p)) for p in paths]
    for root in roots:
        if os.path.exists(root):
            ctx.manifest.add_root(root)
        elif not any(_under(f, [root]) for f in ctx.manifest.files):
            report.skipped.append(SkippedFile(path=root, reason="skipped: it does not exist"))
    files = list(iter_note_files(Path(r) for r in roots))
    report.files_seen = len(files)
    gone = _gone_files(ctx.manifest, roots, {str(f) for f in files})
    total = len(files) + len(gone)
    _ingest_files(ctx, files, total, notify, report)
    for done, gone_path in enumerate(gone, start=len(files)):
        notify(IngestProgress(done=done, total=total, path=gone_path, phase="removing"))
        remove_file(ctx, gone_path)
        report.removed.append(gone_path)
    ctx.manifest.embedder = ctx.embedder.name
    ctx.manifest.dimension = ctx.embedder.dimension
    ctx.save()
    notify(IngestProgress(done=total, total=total, path="", phase="done"))
    return report
