"""Time to the first window: the frozen app (PyInstaller, dist/mianba) against the
pip-installed app (.venv), and both against a bare PySide6 window, in the same run.

    python benchmarks/bench_frozen_startup.py [--runs N] [--app dist/mianba/mianba]

Both apps run `mianba gui --self-check` (the real start path, offscreen): from spawn
to the main window's first paint, to the first paint of a view, and to "Ready" (notes
store, embedder and interviewer loaded). Runs alternate between the two so machine
load hits both alike; each app has its own warm data folder (a first run imports the
demo notes, not timed), and both read the models from one MIANBA_MODELS_DIR. Build
the app first: `make package`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_startup import BARE, first_paint

REPO = Path(__file__).resolve().parents[1]
MODELS = Path(os.environ.get("MIANBA_MODELS_DIR", "~/.cache/mianba-test/models")).expanduser()


def self_check(command: list[str], home: Path) -> tuple[float, float, float]:
    """Seconds from spawn to the window's first paint, a view's, and Ready."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env.update(
        MIANBA_HOME=str(home),
        MIANBA_MODELS_DIR=str(MODELS),
        QT_QPA_PLATFORM="offscreen",
        QT_LOGGING_RULES="qt.multimedia*=false",
    )
    start = time.monotonic()  # CLOCK_MONOTONIC is shared by parent and child on Linux
    done = subprocess.run(
        [*command, "gui", "--self-check"], env=env, capture_output=True, text=True, timeout=900
    )
    report = json.loads(done.stdout.strip().splitlines()[-1]) if done.stdout.strip() else {}
    if done.returncode != 0 or not report.get("ok"):
        raise RuntimeError(
            f"{command[0]} self-check failed: {done.stdout[-800:]}{done.stderr[-800:]}"
        )
    window = report["first_paint_monotonic"] - start
    view = report["view_paint_monotonic"] - start
    return window, view, window + report["load_s"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="3 runs (as run_all.py --quick)")
    parser.add_argument("--app", default=str(REPO / "dist" / "mianba" / "mianba"))
    args = parser.parse_args()
    apps = {
        "pip-installed (.venv)": [str(REPO / ".venv" / "bin" / "mianba")],
        "frozen (dist/mianba)": [args.app],
    }
    if not Path(args.app).is_file():  # not an error: run_all.py runs this on every checkout
        print(f"skipped: no frozen app at {args.app} (run `make package` first)")
        return 0
    if args.quick:
        args.runs = 3
    print(f"Start-up of `mianba gui --self-check`, median of {args.runs} fresh processes each")
    with tempfile.TemporaryDirectory(prefix="mianba-frozen-bench-") as tmp:
        homes = {name: Path(tmp) / str(i) for i, name in enumerate(apps)}
        for name, command in apps.items():  # warm: demo notes imported, files cached
            self_check(command, homes[name])
        bare = [
            first_paint(BARE, Path(tmp) / "bare", False)["window"]["s"] for _ in range(args.runs)
        ]
        times: dict[str, list[tuple[float, float, float]]] = {name: [] for name in apps}
        for _ in range(args.runs):
            for name, command in apps.items():
                times[name].append(self_check(command, homes[name]))
    bare_s = statistics.median(bare)
    print(f"   {'bare PySide6 window (baseline)':<24} window {bare_s:6.3f} s")
    medians = {}
    for name, runs in times.items():
        window, view, ready = (statistics.median(t[i] for t in runs) for i in range(3))
        medians[name] = (window, view, ready)
        print(
            f"   {name:<24} window {window:6.3f} s ({window / bare_s:4.2f}x bare)"
            f"   view {view:6.3f} s   ready {ready:6.3f} s"
        )
    pip, frozen = medians.values()
    print(
        f"   frozen / pip-installed: window {frozen[0] / pip[0]:.2f}x, "
        f"view {frozen[1] / pip[1]:.2f}x, ready {frozen[2] / pip[2]:.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
