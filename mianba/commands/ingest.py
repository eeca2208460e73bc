"""`mianba ingest PATH... [--json]`: import note files or folders into the notes store.

Unchanged files are skipped by content hash; changed files are re-indexed; files that
were deleted (or are no longer under a folder you ingest) are removed. The JSON shape
is documented in mianba/commands/_kb.py.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from knowledge import IngestReport


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("ingest", help="import notes (Markdown/TXT files or folders)")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="note file or folder")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=run)


def summary(report: IngestReport) -> list[str]:
    from mianba.commands._cli_words import counted

    lines = [
        f"Imported {counted(len(report.imported), 'file')}: {counted(report.chunks, 'passage')}, "
        f"{counted(report.questions, 'question')}.",
        f"Unchanged {len(report.unchanged)}, removed {len(report.removed)}, "
        f"skipped {len(report.skipped)}.",
    ]
    lines += [f"  removed: {path}" for path in report.removed]
    lines += [f"  {s.path}: {s.reason}" for s in report.skipped]
    if report.files_seen == 0 and not report.removed:
        lines.append("No note files (.md, .markdown, .txt) were found there.")
    return lines + report.messages


def remember_sources(paths: list[Path]) -> None:
    """Imported paths become note sources, so the app's Knowledge view lists them."""
    from mianba.settings import load_settings, save_settings

    settings = load_settings()
    known = {p.resolve() for p in settings.note_sources}
    new = [p.resolve() for p in paths if p.exists() and p.resolve() not in known]
    if new:
        settings.note_sources = [*settings.note_sources, *new]
        save_settings(settings)


def run(args: argparse.Namespace) -> int:
    from mianba.commands._kb import progress_bar, with_kb

    report = with_kb("ingest", lambda kb: kb.ingest(args.paths, progress=progress_bar()))
    if report is None:
        return 1
    remember_sources(args.paths)
    if args.json:
        print(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        print("\n".join(summary(report)))
    return 1 if report.files_seen == 0 and not report.removed else 0
