"""`mianba sessions list | show ID | export ID --format md|html|json [-o FILE] | delete ID`."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent import SessionStore, SessionSummary


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("sessions", help="list, show, export or delete interview sessions")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="every session, newest first")
    show = actions.add_parser("show", help="a session's turns, scores and report")
    show.add_argument("id")
    export = actions.add_parser("export", help="write a session as Markdown, HTML or JSON")
    export.add_argument("id")
    export.add_argument("--format", choices=["md", "html", "json"], default="md")
    export.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    delete = actions.add_parser("delete", help="delete a session and its checkpoints")
    delete.add_argument("id")
    p.set_defaults(func=run)


def _when(ts: float | None) -> str:
    return "-" if ts is None else datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M")


def run(args: argparse.Namespace) -> int:
    from agent import SessionNotFound, SessionStore
    from mianba.settings import load_settings
    from mianba.wiring import agent_config

    store = SessionStore(agent_config(load_settings()).sessions_db)
    try:
        return ACTIONS[args.action](store, args)
    except SessionNotFound as exc:
        print(f"mianba sessions: {exc} (see `mianba sessions list`)", file=sys.stderr)
        return 1
    finally:
        store.close()


def _list(store: SessionStore, args: argparse.Namespace) -> int:
    sessions = store.list_sessions()
    if not sessions:
        print("No interview sessions yet: start one with `mianba interview`.")
        return 0
    for s in sessions:
        overall = "-" if s.overall is None else f"{s.overall:.0f}"
        state = "finished" if s.status == "finished" else "unfinished (--resume)"
        print(
            f"{s.id}  {_when(s.started_at)}  {s.options.mode:<8} {s.options.language}"
            f"  answered {s.answered:>2}  overall {overall:>3}{_basis(store, s)}  {state}"
        )
    return 0


def _basis(store: SessionStore, summary: SessionSummary) -> str:
    """ " (offline estimate)" after a score no LLM gave, as the window's list says it."""
    if summary.overall is None:
        return ""
    from agent import basis_label, current_report

    report = current_report(store.get(summary.id))
    return f" ({basis_label(report.basis, 'en')})" if report.is_estimate else ""


def _show(store: SessionStore, args: argparse.Namespace) -> int:
    """A session's turns and report, worded in the session's language."""
    from agent import current_report, stage_title, topic_title
    from mianba.commands._cli_words import option, said
    from mianba.commands._interview_view import print_report, score_text

    record = store.get(args.id)
    options, lang = record.options, record.options.language
    report = current_report(record)
    began, ended = _when(record.started_at), _when(record.ended_at)
    print(said("header", lang, id=record.id, began=began, ended=ended))
    mode, style, named = option(options.mode, lang), option(options.style, lang), option(lang, lang)
    print(said("shown", lang, mode=mode, language=named, style=style))
    for turn in record.turns:
        topic = topic_title(turn.topic, turn.stage, lang)
        print(f"\n[{turn.turn_id}] {stage_title(turn.stage, lang)} / {topic}")
        print(said("question", lang, text=turn.question))
        answer = turn.answer.text if turn.answer else said("no_answer", lang)
        print(said("answer", lang, text=answer))
        if turn.score is not None:
            print(f"   {score_text(turn.score, report.is_estimate, lang)}")
    print_report(report, language=lang)
    return 0


def _export(store: SessionStore, args: argparse.Namespace) -> int:
    from agent import render_session

    text = render_session(store.get(args.id), args.format)
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"mianba sessions: cannot write {args.output}: {exc}", file=sys.stderr)
        return 1
    print(f"Wrote {args.output}")
    return 0


def _delete(store: SessionStore, args: argparse.Namespace) -> int:
    store.delete(args.id)
    print(f"Deleted session {args.id}")
    return 0


ACTIONS = {"list": _list, "show": _show, "export": _export, "delete": _delete}
