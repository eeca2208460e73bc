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
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from knowledge._embeddings import EmbeddingProvider
from knowledge._loading import LoadedNote, iter_note_files, load_note
from knowledge._manifest import FileEntry, Manifest, QuestionEdits
from knowledge._models import (
    Chunk,
    IngestProgress,
    IngestReport,
    ParsedNote,
    Question,
    SkippedFile,
)
from knowledge._retrieval import HybridRetriever, make_row
from knowledge._store import ChromaCollections, chunk_metadata, index_text, question_document

log = logging.getLogger(__name__)

ProgressFn = Callable[[IngestProgress], None]
_SAVE_EVERY_S = 1.0  # how often the manifest is flushed during a long ingest


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
    import knowledge  # the parser lives beside us; looked up late on purpose

    parsed: ParsedNote = knowledge.parse_note(note.text, note.path)
    return parsed


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
class _Prepared:
    """One note, parsed and embedded, waiting to be written to Chroma."""

    path: str
    entry: FileEntry
    old: FileEntry | None
    chunks: list[Chunk]
    vectors: list[list[float]]


def _prepare(ctx: IngestContext, note: LoadedNote, parsed: ParsedNote) -> _Prepared:
    """The CPU-heavy half: tokenize and embed (runs while the previous note is written)."""
    chunks = _unique_chunks(parsed.chunks)
    questions = ctx.edits.apply(_unique_questions(parsed.questions))
    texts = [index_text(c.text, c.citation) for c in chunks]
    texts += [question_document(q) for q in questions]
    vectors = ctx.embedder.embed_passages(texts) if texts else []
    entry = FileEntry(
        sha256=note.sha256,
        chunk_ids=[c.id for c in chunks],
        questions=questions,
        projects=list(parsed.projects),
    )
    old = ctx.manifest.files.get(note.path)
    return _Prepared(note.path, entry, old, chunks, vectors)


def _write(ctx: IngestContext, job: _Prepared) -> None:
    """The other half: BM25 tokens (jieba), then replace the note's records in Chroma."""
    rows = {c.id: make_row(c.text, c.kind, c.citation) for c in job.chunks}
    n_chunks = len(job.chunks)
    if job.old is not None:
        stale = set(job.old.chunk_ids) - set(job.entry.chunk_ids)
        ChromaCollections.delete(ctx.cols.chunks, sorted(stale))
        stale_q = {q.id for q in job.old.questions} - {q.id for q in job.entry.questions}
        ChromaCollections.delete(ctx.cols.questions, sorted(stale_q))
    ChromaCollections.upsert(
        ctx.cols.chunks,
        job.entry.chunk_ids,
        job.vectors[:n_chunks],
        [c.text for c in job.chunks],
        [chunk_metadata(c, rows[c.id].tokens) for c in job.chunks],
    )
    upsert_questions(ctx.cols, job.entry.questions, job.vectors[n_chunks:])
    ctx.retriever.update(rows, job.old.chunk_ids if job.old is not None else [])


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


def _under(path: str, roots: Sequence[str]) -> bool:
    return any(path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def _gone_files(manifest: Manifest, roots: Sequence[str], found: set[str]) -> list[str]:
    """Files the manifest knows that are deleted, or no longer found under a given root."""
    return sorted(
        path
        for path in manifest.files
        if (path not in found and _under(path, roots)) or not Path(path).exists()
    )


def _ingest_one(
    ctx: IngestContext, path: Path, report: IngestReport, on_embed: Callable[[], None]
) -> _Prepared | None:
    """Read one note; parse and embed it unless it is unchanged or unusable."""
    loaded = load_note(path, ctx.max_bytes)
    if isinstance(loaded, SkippedFile):
        report.skipped.append(loaded)
        return None
    old = ctx.manifest.files.get(loaded.path)
    if old is not None and old.sha256 == loaded.sha256:
        report.unchanged.append(loaded.path)
        return None
    try:
        parsed = _parse(loaded)
    except Exception as exc:  # one odd note must not stop the others
        log.exception("parsing %s failed", loaded.path)
        reason = f"skipped: could not parse it ({exc})"
        report.skipped.append(SkippedFile(path=loaded.path, reason=reason))
        return None
    on_embed()
    return _prepare(ctx, loaded, parsed)


def _finish(
    ctx: IngestContext, pending: Future[None] | None, job: _Prepared | None, report: IngestReport
) -> None:
    """Wait for a note's write, then record it (the manifest never runs ahead of Chroma)."""
    if pending is None or job is None:
        return
    pending.result()
    ctx.manifest.files[job.path] = job.entry
    report.imported.append(job.path)
    report.chunks += len(job.entry.chunk_ids)
    report.questions += len(job.entry.questions)
    ctx.save_now_and_then()


def _ingest_files(
    ctx: IngestContext, files: Sequence[Path], total: int, notify: ProgressFn, report: IngestReport
) -> None:
    """Embed note N while note N-1 is written: Chroma and the embedder both release the GIL."""
    pending: Future[None] | None = None
    pending_job: _Prepared | None = None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="mianba-ingest") as writer:
        try:
            for done, path in enumerate(files):
                where = str(path)
                notify(IngestProgress(done=done, total=total, path=where, phase="reading"))
                embedding = IngestProgress(done=done, total=total, path=where, phase="embedding")
                job = _ingest_one(ctx, path, report, partial(notify, embedding))
                _finish(ctx, pending, pending_job, report)
                pending, pending_job = None, None
                if job is not None:
                    pending, pending_job = writer.submit(_write, ctx, job), job
        finally:
            _finish(ctx, pending, pending_job, report)


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
