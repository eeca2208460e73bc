"""Entry point of the frozen app (PyInstaller): the same `mianba` command as pip installs."""

import multiprocessing
import sys

from mianba.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a no-op unless some library spawns workers (Windows)
    sys.exit(main())
