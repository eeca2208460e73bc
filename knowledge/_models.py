"""The knowledge base's data: what notes become, and what a search returns."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["self_intro", "project", "fundamentals", "behavioral", "other"]
Stage = Literal["self_intro", "project", "fundamentals", "behavioral"]
STAGES: tuple[Stage, ...] = ("self_intro", "project", "fundamentals", "behavioral")


class Citation(BaseModel):
    """Where a piece of text lives in the candidate's notes."""

    model_config = ConfigDict(frozen=True)

    source: str  # absolute path of the note file
    heading_path: tuple[str, ...] = ()
    line_start: int  # 1-based, inclusive
    line_end: int  # 1-based, inclusive

    def label(self) -> str:
        heading = " > ".join(self.heading_path)
        where = f"{self.source}:{self.line_start}-{self.line_end}"
        return f"{where} ({heading})" if heading else where


class Chunk(BaseModel):
    """A cleaned, self-contained passage of a note."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    kind: Kind
    citation: Citation


class Question(BaseModel):
    """A question found in the notes, with the text that answers it there."""

    id: str
    question: str
    answer: str  # the reference answer, may be "" when the notes only list the question
    stage: Stage
    topic: str
    citation: Citation
    edited: bool = False  # True once the user fixed it by hand


class Project(BaseModel):
    """A project or internship the candidate wrote up, for the deep-dive stage."""

    id: str
    name: str
    description: str
    citation: Citation


class ParsedNote(BaseModel):
    """Everything one note file yields."""

    chunks: list[Chunk] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    projects: list[Project] = Field(default_factory=list)


class Hit(BaseModel):
    """One search result, with the citation to show the user."""

    id: str
    text: str
    kind: Kind
    score: float
    citation: Citation


class SkippedFile(BaseModel):
    path: str
    reason: str  # a sentence a person understands


class IngestProgress(BaseModel):
    done: int
    total: int
    path: str
    phase: Literal["reading", "embedding", "removing", "done"]


class IngestReport(BaseModel):
    collection: str
    files_seen: int = 0
    imported: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    skipped: list[SkippedFile] = Field(default_factory=list)
    chunks: int = 0  # chunks added by this run
    questions: int = 0  # questions found by this run
    rebuilt: bool = False  # the store was found broken and rebuilt from the notes
    messages: list[str] = Field(default_factory=list)  # sentences for the user, e.g. why
