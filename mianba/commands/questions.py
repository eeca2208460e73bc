"""`mianba questions [--stage S] [--json]`: the question bank found in your notes.

Each question comes with its reference answer (from the notes) and where it was
found. When nothing was ever imported, the bundled demo notes are loaded first.
The JSON shape is documented in mianba/commands/_kb.py.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from knowledge import KnowledgeBase

STAGES = ("self_intro", "project", "fundamentals", "behavioral")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("questions", help="list the question bank found in your notes")
    p.add_argument("--stage", choices=STAGES, help="only questions for this interview stage")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def _questions(kb: KnowledgeBase, stage: Any) -> dict[str, Any]:
    from mianba.commands._kb import ensure_notes, question_json

    demo = ensure_notes(kb)
    found = kb.questions(stage=stage)
    return {"stage": stage, "demo_notes": demo, "questions": [question_json(q) for q in found]}


def run(args: argparse.Namespace) -> int:
    from mianba.commands._kb import one_line, with_kb

    result = with_kb("questions", lambda kb: _questions(kb, args.stage))
    if result is None:
        return 1
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    if not result["questions"]:
        print("No questions found in the notes.")
    for i, q in enumerate(result["questions"], start=1):
        mark = " (edited)" if q["edited"] else ""
        print(f"{i}. [{q['stage']}] {q['question']}{mark}")
        if q["answer"]:
            print(f"   {one_line(q['answer'])}")
        print(f"   {q['source']}:{q['line_start']}-{q['line_end']}")
    return 0
