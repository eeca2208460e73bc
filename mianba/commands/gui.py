"""`mianba gui` (and `mianba` with no command): the desktop app.

Without a display (Linux with neither DISPLAY nor WAYLAND_DISPLAY, and no
QT_QPA_PLATFORM) it says so and runs the typed interview in the terminal instead.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop import AppContext
    from mianba.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("gui", help="open the desktop app (the default)")
    # for smoke tests of built packages: open, load, check, print JSON, exit
    p.add_argument("--self-check", action="store_true", help=argparse.SUPPRESS)
    p.set_defaults(func=run)


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run(args: argparse.Namespace) -> int:
    if getattr(args, "self_check", False):
        from mianba.commands._gui_self_check import self_check

        if not has_display():  # a check needs no screen
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from desktop import StartupPrefs
        from mianba.ui_prefs import read_ui_prefs

        return self_check(StartupPrefs(*read_ui_prefs()), load_context)
    if not has_display():
        return _terminal_fallback()
    from desktop import StartupPrefs, run_app
    from mianba.ui_prefs import read_ui_prefs

    # the window shows from the few prefs it needs; the full settings load after its first paint
    return run_app(prefs=StartupPrefs(*read_ui_prefs()), load_context=load_context)


def load_context() -> AppContext:
    """Settings (pydantic) and the GUI's composition root; MainWindow calls it in a worker."""
    from mianba.settings import load_settings

    return build_context(load_settings())


def _terminal_fallback() -> int:
    print(
        "No display found (DISPLAY/WAYLAND_DISPLAY are not set), so the window cannot open.\n"
        "Starting a typed interview in the terminal instead. "
        "For the desktop app, run `mianba` in a graphical session.",
        file=sys.stderr,
    )
    try:
        from mianba.commands import interview
    except ImportError:
        print("The terminal interview is not available in this build.", file=sys.stderr)
        return 1
    from mianba.cli import build_parser

    return int(interview.run(build_parser().parse_args(["interview"])) or 0)


def build_context(settings: Settings) -> AppContext:
    """The composition root of the GUI: factories that build each service from settings."""
    from desktop import AppContext
    from mianba import grader, paths, secrets, wiring
    from mianba.settings import save_settings

    return AppContext(
        settings=settings,
        save_settings=save_settings,
        make_knowledge=wiring.open_knowledge_base,
        make_interviewer=wiring.make_interviewer,
        make_transcriber=wiring.make_transcriber,
        make_gateway=wiring.make_gateway,
        get_api_key=secrets.get_api_key,
        set_api_key=secrets.set_api_key,
        keyring_status=secrets.keyring_status,
        take_grader_check=grader.take_grader_check,
        latest_grader_check=grader.latest_grader_check,
        demo_notes=paths.demo_notes_dir(),
        extra={"make_gateway_with_key": wiring.make_gateway},
    )
