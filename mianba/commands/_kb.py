"""What the knowledge commands (ingest, search, questions) share: opening the store,
the demo-notes fallback, and the stable JSON shapes.

JSON output (stable; fields are only ever added, never renamed or removed):

`mianba search QUERY --json` prints one object:
    {"query": str, "k": int, "stage": str | null, "kinds": [str] | null,
     "demo_notes": bool,            # true when the bundled demo notes were loaded first
     "hits": [{"rank": int,         # 1 = best
               "id": str, "score": float,   # fused relevance in [0, 1], higher is better
               "kind": "self_intro" | "project" | "fundamentals" | "behavioral" | "other",
               "text": str,
               "source": str,       # absolute path of the note file
               "heading_path": [str],
               "line_start": int, "line_end": int}]}   # 1-based, inclusive

`mianba questions --json` prints one object:
    {"stage": str | null, "demo_notes": bool,
     "questions": [{"id": str, "question": str, "answer": str, "stage": str, "topic": str,
                    "edited": bool, "source": str, "heading_path": [str],
                    "line_start": int, "line_end": int}]}

`mianba ingest PATH... --json` prints the IngestReport:
    {"collection": str, "files_seen": int, "imported": [str], "unchanged": [str],
     "removed": [str], "skipped": [{"path": str, "reason": str}], "chunks": int,
     "questions": int, "rebuilt": bool, "messages": [str]}
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from knowledge import Citation, Hit, IngestProgress, KnowledgeBase, Question


T = TypeVar("T")


class CommandError(Exception):
    """A problem the user can act on; printed without a traceback."""


def with_kb(command: str, work: Callable[[KnowledgeBase], T]) -> T | None:
    """Open the store, run `work`, close it; known problems become one readable line."""
    from knowledge import EmbeddingError, KnowledgeBase, StoreError, StoreLockedError
    from mianba.settings import load_settings
    from mianba.wiring import knowledge_config

    try:
        kb = KnowledgeBase(knowledge_config(load_settings()))
        try:
            if kb.recovery is not None:
                for message in kb.recovery.messages:
                    print(f"mianba: {message}", file=sys.stderr)
            return work(kb)
        finally:
            kb.close()
    except (StoreLockedError, StoreError, EmbeddingError, CommandError) as exc:
        print(f"mianba {command}: {exc}", file=sys.stderr)
        return None


def ensure_notes(kb: KnowledgeBase) -> bool:
    """Load the bundled demo notes when nothing was ever imported; True if it did."""
    if kb.sources() or kb.ingested_paths():
        return False
    from mianba.paths import demo_notes_dir

    demo = demo_notes_dir()
    print(
        f"mianba: no notes imported yet, so the demo notes from {demo} are loaded first "
        "(import yours with `mianba ingest PATH`).",
        file=sys.stderr,
    )
    kb.ingest([demo], progress=progress_bar())
    return True


def progress_bar(width: int = 28) -> Any:
    """A plain-text progress bar on stderr (only when stderr is a terminal)."""
    if not sys.stderr.isatty():
        return None

    def show(p: IngestProgress) -> None:
        filled = width * p.done // max(p.total, 1)
        name = p.path[-40:] if p.phase != "done" else "done"
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r[{bar}] {p.done}/{p.total} {name:<40}")
        if p.phase == "done":
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def citation_fields(c: Citation) -> dict[str, Any]:
    return {
        "source": c.source,
        "heading_path": list(c.heading_path),
        "line_start": c.line_start,
        "line_end": c.line_end,
    }


def hit_json(rank: int, hit: Hit) -> dict[str, Any]:
    return {
        "rank": rank,
        "id": hit.id,
        "score": round(hit.score, 6),
        "kind": hit.kind,
        "text": hit.text,
        **citation_fields(hit.citation),
    }


def question_json(q: Question) -> dict[str, Any]:
    return {
        "id": q.id,
        "question": q.question,
        "answer": q.answer,
        "stage": q.stage,
        "topic": q.topic,
        "edited": q.edited,
        **citation_fields(q.citation),
    }


def one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
