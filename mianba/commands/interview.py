"""`mianba interview`: a typed mock interview in the terminal.

Questions stream as they are written; in practice mode each answer gets feedback
(offline scores say "offline estimate"); the final report ends the session.
Answers are typed one per line: an empty line twice in a row, or Ctrl-D, ends the
interview early (what was answered is scored and reported). `--answers FILE` takes
them from a JSON list of strings or from a text file with one answer per paragraph;
when they run out the interview ends as if the candidate stopped. With `--resume ID`
the answers the session already has are skipped in that file.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent import Interviewer
    from knowledge import KnowledgeBase
    from mianba.settings import Settings

STAGE_NAMES = ("self_intro", "project", "fundamentals", "behavioral")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("interview", help="run a typed mock interview in the terminal")
    p.add_argument("--mode", choices=["practice", "mock"], help="practice: feedback per answer")
    p.add_argument("--stages", help=f"comma-separated, from: {','.join(STAGE_NAMES)}")
    p.add_argument("--minutes", type=int, help="length of the interview (5-180)")
    p.add_argument("--lang", choices=["zh", "en"], help="interviewer language")
    p.add_argument("--style", choices=["friendly", "neutral", "pressure"])
    p.add_argument("--resume", metavar="ID", help="continue an unfinished session")
    p.add_argument("--answers", metavar="FILE", type=Path, help="answers to use, in order")
    p.set_defaults(func=run)


class UsageError(Exception):
    """Bad input from the command line: printed as is, exit code 2."""


def load_answers(path: Path) -> list[str]:
    """A JSON list of strings, or plain text with one answer per paragraph."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read answers file {path}: {exc}") from exc
    if text.lstrip().startswith("["):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path} looks like JSON but is not valid: {exc}") from exc
        if not isinstance(data, list) or not all(isinstance(a, str) for a in data):
            raise UsageError(f"{path}: expected a JSON list of strings")
        return [a.strip() for a in data if a.strip()]
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n")]
    return [p for p in paragraphs if p]


def parse_stages(value: str | None) -> list[str]:
    if not value:
        return list(STAGE_NAMES)
    stages = [s.strip() for s in value.split(",") if s.strip()]
    unknown = [s for s in stages if s not in STAGE_NAMES]
    if unknown or not stages:
        said = "unknown stage" if len(unknown) == 1 else "unknown stages"
        raise UsageError(f"{said} {', '.join(unknown)}: use {', '.join(STAGE_NAMES)}")
    return [s for s in STAGE_NAMES if s in stages]  # interview order


def open_knowledge(settings: Settings, language: str = "en") -> KnowledgeBase:
    """The notes store; an empty one gets the bundled demo notes first (and we say so)."""
    from mianba.commands._cli_words import said
    from mianba.paths import demo_notes_dir
    from mianba.wiring import open_knowledge_base

    kb = open_knowledge_base(settings)
    if not kb.sources():
        print(said("demo_notes", language, path=demo_notes_dir()))
        kb.ingest([demo_notes_dir()])
    return kb


def typed_answers(language: str = "en") -> Iterator[tuple[str, float]]:
    """Answers typed at the prompt with the seconds they took; stops on Ctrl-D or two blanks."""
    from mianba.commands._cli_words import said

    blanks = 0
    while True:
        started = time.monotonic()
        try:
            line = input(said("prompt", language))
        except EOFError:
            print()
            return
        if line.strip():
            blanks = 0
            yield line.strip(), time.monotonic() - started
            continue
        blanks += 1
        if blanks >= 2:
            return
        print(said("blank", language))


def file_answers(answers: list[str], language: str = "en") -> Iterator[tuple[str, float | None]]:
    from mianba.commands._cli_words import said

    for text in answers:
        print(said("prompt", language) + text)
        yield text, None


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except UsageError as exc:
        print(f"mianba interview: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    from agent import SessionNotFound
    from mianba.commands._cli_words import said
    from mianba.settings import interview_language, load_settings
    from mianba.wiring import make_interviewer

    settings = load_settings()
    answers = load_answers(args.answers) if args.answers else None
    stages = parse_stages(args.stages)
    chosen = args.lang or interview_language(settings)  # until a resumed session says its own
    offline = not settings.llm.base_url
    if offline:
        print(said("offline", chosen))
    else:
        print(f"LLM: {settings.llm.model} at {settings.llm.base_url}")
    kb = open_knowledge(settings, chosen)
    interviewer = make_interviewer(settings, kb)
    try:
        session_id = _session(interviewer, args, settings, stages)
        summary = interviewer.store.get_summary(session_id)
        language = summary.options.language
        if answers is not None:
            source = file_answers(answers[summary.answered :], language)
        else:
            source = typed_answers(language)
        try:
            return _converse(interviewer, session_id, source, offline=offline, language=language)
        except KeyboardInterrupt:  # said in the session's language, with how to go on
            print("\n" + said("interrupted", language, id=session_id), file=sys.stderr)
            return 130
    except SessionNotFound as exc:
        print(f"mianba interview: {exc} (see `mianba sessions list`)", file=sys.stderr)
        return 1
    finally:
        interviewer.close()
        kb.close()


def _session(
    interviewer: Interviewer, args: argparse.Namespace, settings: Settings, stages: list[str]
) -> str:
    from agent import InterviewOptions
    from mianba.commands._cli_words import option, said
    from mianba.settings import interview_language

    if args.resume:
        summary = interviewer.store.get_summary(args.resume)
        language = summary.options.language
        print(said("resuming", language, id=summary.id, answered=summary.answered))
        return summary.id
    defaults = settings.interview
    minutes = args.minutes if args.minutes is not None else defaults.minutes
    if not 5 <= minutes <= 180:
        raise UsageError("--minutes must be between 5 and 180")
    options = InterviewOptions(
        mode=args.mode or defaults.mode,
        stages=stages,  # type: ignore[arg-type]
        minutes=minutes,
        language=args.lang or interview_language(settings),
        style=args.style or defaults.style,
    )
    session_id = interviewer.start(options)
    language = options.language
    mode, named = option(options.mode, language), option(language, language)
    print(said("session", language, id=session_id, mode=mode, minutes=minutes, language=named))
    return session_id


def _converse(
    interviewer: Interviewer,
    session_id: str,
    source: Iterator[tuple[str, float | None]],
    *,
    offline: bool,
    language: str,
) -> int:
    from agent import Answer
    from mianba.commands._cli_words import said
    from mianba.commands._interview_view import EventPrinter

    printer = EventPrinter(offline=offline, language=language)
    last = printer.show(interviewer.run(session_id))
    while last is not None and last.type == "awaiting_answer":
        turn_id = last.turn_id
        reply = next(source, None)
        if reply is None:
            print(said("ending", language))
            last = printer.show(interviewer.end_early(session_id))
            break
        text, seconds = reply
        events = interviewer.run(session_id, Answer(text=text, seconds=seconds))
        print(said("sent", language, turn=turn_id), flush=True)
        last = printer.show(events)
    if last is None or last.type != "finished":
        print(said("stopped", language), file=sys.stderr)
        return 1
    print("\n" + said("saved", language, id=session_id))
    return 0
