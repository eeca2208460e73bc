"""The frozen app's bundled models, seeded once into the user's models folder.

A PyInstaller build carries the offline models (Whisper base, the USE embedding
model) under `<bundle>/models/`. The app still uses `<data dir>/models` like the
pip-installed one: the bigger Whisper models are downloaded there, and it is
writable even when the app is installed read-only under /opt. So a missing or
incomplete model folder is copied from the bundle, built aside and renamed into
place, never half done. Copies, not hard links: a link would let anything that
rewrites the user's file in place damage the app itself.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

BUNDLED_MODELS = ("whisper-base", "use-multilingual")


def seed_models(source: Path, target: Path) -> list[Path]:
    """Fill `target` with each bundled model folder it lacks; returns the folders filled."""
    seeded = []
    for name in BUNDLED_MODELS:
        if (source / name).is_dir() and not _same_files(source / name, target / name):
            log.info("copying the bundled model %s into %s", name, target)
            _replace_folder(source / name, target / name)
            seeded.append(target / name)
    return seeded


def _same_files(source: Path, copy: Path) -> bool:
    """Every bundled file is there with its size (the model stores check the content)."""
    for file in source.iterdir():
        twin = copy / file.name
        if not twin.is_file() or twin.stat().st_size != file.stat().st_size:
            return False
    return True


def _replace_folder(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}-", dir=dest.parent))
    old = dest.with_name(f".{dest.name}-old-{os.getpid()}")
    try:
        for file in source.iterdir():
            shutil.copyfile(file, staging / file.name)
        if dest.exists():
            dest.rename(old)
        staging.rename(dest)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
