"""Run every benchmark script in this folder, one after another, and print their figures.

Usage: python benchmarks/run_all.py [--quick]   (--quick is passed on to each script)
Each script measures its own baseline in the same run and prints ratios; nothing here
passes or fails on timings.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    extra = sys.argv[1:]
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n=== {script.name} ===", flush=True)
        with tempfile.TemporaryDirectory(prefix="mianba-bench-") as home:
            env_cmd = [sys.executable, str(script), *extra]
            done = subprocess.run(env_cmd, env={**_env(), "MIANBA_HOME": home}, check=False)
        if done.returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"\nbenchmarks that did not finish: {', '.join(failed)}")
    return 1 if failed else 0


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


if __name__ == "__main__":
    sys.exit(main())
