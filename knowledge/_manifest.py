"""The manifest: what the Chroma index should hold, kept beside it as JSON.

Chroma is a cache of the notes; the manifest is the ledger that lets us tell when
the cache is stale or broken (file -> content hash -> chunk ids, the questions and
projects each file yielded, and which embedder made the vectors).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from knowledge._edit_matching import carried_over
from knowledge._models import Project, Question

log = logging.getLogger(__name__)

MANIFEST_VERSION = 1
# how notes are read into questions and projects: raised when that reading improves, so an
# unchanged note is read again at the next import (its entries were the old reading's)
PARSER_VERSION = 2


class FileEntry(BaseModel):
    sha256: str
    parser: int = 1  # PARSER_VERSION of the reading; entries written before it had none
    chunk_ids: list[str] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)


class Manifest(BaseModel):
    version: int = MANIFEST_VERSION
    collection: str
    embedder: str | None = None
    dimension: int | None = None
    roots: list[str] = Field(default_factory=list)  # paths given to ingest, for rebuilds
    files: dict[str, FileEntry] = Field(default_factory=dict)

    def chunk_ids(self) -> set[str]:
        return {cid for entry in self.files.values() for cid in entry.chunk_ids}

    def questions(self) -> list[Question]:
        return [q for entry in self.files.values() for q in entry.questions]

    def projects(self) -> list[Project]:
        return [p for entry in self.files.values() for p in entry.projects]

    def add_root(self, root: str) -> None:
        if root not in self.roots:
            self.roots.append(root)


def _write_atomically(path: Path, text: str) -> None:
    """Write via a temp file and os.replace, so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def load_manifest(path: Path, collection: str) -> tuple[Manifest, str | None]:
    """The manifest, or an empty one plus a sentence saying why the old one was unusable."""
    if not path.exists():
        return Manifest(collection=collection), None
    try:
        manifest = Manifest.model_validate_json(path.read_bytes())
    except (OSError, ValidationError, ValueError) as exc:
        log.warning("manifest %s unreadable: %s", path, exc)
        return Manifest(collection=collection), f"the index manifest {path.name} was unreadable"
    if manifest.version != MANIFEST_VERSION:
        return Manifest(collection=collection), "the index manifest is from another version"
    return manifest, None


def save_manifest(path: Path, manifest: Manifest) -> None:
    _write_atomically(path, manifest.model_dump_json())


class QuestionEdits:
    """Questions the user fixed by hand, by id; they survive re-ingest and rebuilds."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._edits: dict[str, Question] = {}
        if path.exists():
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                self._edits = {k: Question.model_validate(v) for k, v in raw.items()}
            except (OSError, ValueError, ValidationError) as exc:
                # keep the broken file for the user; start with no edits rather than crash
                log.error("question edits %s unreadable, kept aside: %s", path, exc)
                os.replace(path, path.with_suffix(".broken.json"))

    def put(self, question: Question) -> Question:
        edited = question.model_copy(update={"edited": True})
        self._edits[question.id] = edited
        self._save()
        return edited

    def _save(self) -> None:
        data = {k: v.model_dump(mode="json") for k, v in self._edits.items()}
        _write_atomically(self.path, json.dumps(data, ensure_ascii=False, indent=1))

    def apply(self, questions: list[Question]) -> list[Question]:
        """Swap in the user's version of every question they edited (an edit whose
        question was re-read under a new id moves to that id, and stays there)."""
        self._carry_over(questions)
        return [
            self._edits[q.id].model_copy(update={"citation": q.citation})
            if q.id in self._edits
            else q
            for q in questions
        ]

    def _carry_over(self, questions: list[Question]) -> None:
        ids = {q.id for q in questions}
        sources = {q.citation.source for q in questions}
        orphans = [
            edit
            for key, edit in self._edits.items()
            if key not in ids and edit.citation.source in sources
        ]
        free = [q for q in questions if q.id not in self._edits]
        moved = carried_over(orphans, free) if orphans and free else {}
        for old, new in moved.items():
            self._edits[new] = self._edits.pop(old).model_copy(update={"id": new})
            log.info("question edit %s carried over to %s (the note was re-read)", old, new)
        if moved:
            self._save()
