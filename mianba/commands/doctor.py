"""`mianba doctor [--json]`: one screen of what works, what does not, and the fix."""

from __future__ import annotations

import argparse
import json

MARKS = {"ok": "✓", "warn": "!", "fail": "✗"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("doctor", help="check models, store, LLM, keyring, Qt, microphone, TTS")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mianba.doctor import as_dicts, run_checks
    from mianba.settings import load_settings

    checks = run_checks(load_settings())
    if args.json:
        print(json.dumps(as_dicts(checks), ensure_ascii=False, indent=2))
    else:
        width = max(len(check.name) for check in checks)
        for check in checks:
            print(f"{MARKS[check.status]} {check.name:<{width}}  {check.detail}")
            if check.fix and check.status != "ok":
                print(f"  {'':<{width}}  fix: {check.fix}")
    return 1 if any(check.status == "fail" for check in checks) else 0
