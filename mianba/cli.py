"""The `mianba` command. Sub-commands live in mianba/commands/<name>.py.

Each command module exposes `register(subparsers)`; heavy imports happen inside
the command's `run`, so `mianba --help` and `--version` stay instant.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from mianba import __version__

COMMANDS = (
    "gui",
    "doctor",
    "ingest",
    "search",
    "questions",
    "interview",
    "sessions",
    "score",
    "check_grader",
    "transcribe",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mianba",
        description="Mianba (面霸): mock interviews from your own notes. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"mianba {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"mianba.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"mianba.commands.{name}":
                raise
            continue  # command not built yet
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _plain_gui(list(sys.argv[1:] if argv is None else argv))
    if args is None:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            args = parser.parse_args(["gui", *(argv or sys.argv[1:])])
    from mianba.logs import setup_logging

    setup_logging()
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("\nInterrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # a last guard: a person reads this, the traceback goes to the log
        import logging

        logging.getLogger("mianba").exception("command %s failed", args.command)
        print(f"mianba {args.command}: {exc}", file=sys.stderr)
        return 1


def _plain_gui(argv: list[str]) -> argparse.Namespace | None:
    """`mianba` and `mianba gui` skip building every sub-command (~30 ms before the window)."""
    if argv not in ([], ["gui"]):
        return None
    from mianba.commands import gui

    only_gui = argparse.ArgumentParser(prog="mianba")
    gui.register(only_gui.add_subparsers(dest="command"))
    return only_gui.parse_args(["gui"])  # the gui command's own defaults, as in build_parser


if __name__ == "__main__":
    sys.exit(main())
