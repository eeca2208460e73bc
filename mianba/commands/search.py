"""`mianba search QUERY [-k N] [--stage S] [--kind K ...] [--json]`: hybrid search of the notes.

Prints the best passages with their citations (file, lines, headings). When nothing
was ever imported, the bundled demo notes are loaded first. The JSON shape is
documented in mianba/commands/_kb.py.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from knowledge import KnowledgeBase

STAGES = ("self_intro", "project", "fundamentals", "behavioral")
KINDS = (*STAGES, "other")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("search", help="search your notes (vector + keyword), with citations")
    p.add_argument("query")
    p.add_argument("-k", type=int, default=5, help="how many passages (default 5)")
    p.add_argument("--stage", choices=STAGES, help="only passages for this interview stage")
    p.add_argument("--kind", action="append", choices=KINDS, help="only these kinds (repeatable)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def _search(kb: KnowledgeBase, args: argparse.Namespace) -> dict[str, Any]:
    from mianba.commands._kb import ensure_notes, hit_json

    demo = ensure_notes(kb)
    hits = kb.search(args.query, max(args.k, 0), kinds=args.kind, stage=args.stage)
    return {
        "query": args.query,
        "k": args.k,
        "stage": args.stage,
        "kinds": args.kind,
        "demo_notes": demo,
        "hits": [hit_json(rank, hit) for rank, hit in enumerate(hits, start=1)],
    }


def run(args: argparse.Namespace) -> int:
    from mianba.commands._kb import one_line, with_kb

    result = with_kb("search", lambda kb: _search(kb, args))
    if result is None:
        return 1
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    if not result["hits"]:
        print("No matching passages.")
    for hit in result["hits"]:
        where = f"{hit['source']}:{hit['line_start']}-{hit['line_end']}"
        heading = " > ".join(hit["heading_path"])
        print(f"{hit['rank']}. [{hit['score']:.4f}] {hit['kind']}  {where}  {heading}")
        print(f"   {one_line(hit['text'])}")
    return 0
