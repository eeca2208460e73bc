"""Chinese word segmentation (jieba), loaded without freezing the other threads.

jieba.initialize() unmarshals its 9 MB prefix-dictionary cache in one call that holds
the GIL for ~0.4 s, so every other Python thread stops meanwhile: in the app, the GUI.
Here the same dictionary is cached in PARTS pieces beside jieba's own cache and read
one piece at a time, yielding the GIL between pieces.
"""

from __future__ import annotations

import json
import logging
import marshal
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
PARTS = 32
_lock = threading.Lock()
_jieba: Any = None


def cut_words(text: str, hmm: bool = True) -> list[str]:
    """jieba's default cut; `hmm=False` keeps to dictionary words (no guessed new words)."""
    return list(_loaded_jieba().lcut(text, HMM=hmm))


def word_frequency(word: str) -> int:
    """How often jieba's dictionary saw `word` (0: not a dictionary word)."""
    tokenizer = _loaded_jieba().dt
    tokenizer.check_initialized()
    return int(tokenizer.FREQ.get(word) or 0)


def _loaded_jieba() -> Any:
    global _jieba
    with _lock:
        if _jieba is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)  # no banner on stderr
            if not jieba.dt.initialized:
                install_dictionary(jieba.dt, cache_folder(jieba.__version__))
            _jieba = jieba
        return _jieba


def cache_folder(version: str) -> Path:
    return Path(tempfile.gettempdir()) / f"mianba-jieba-{version}"


def install_dictionary(tokenizer: Any, folder: Path) -> None:
    """Give a jieba Tokenizer its prefix dictionary from `folder`, building the folder
    from jieba's dictionary file first when it is missing or damaged."""
    try:
        freq, total = _read_parts(folder)
    except (OSError, ValueError, EOFError, TypeError, KeyError) as exc:
        log.info("building the jieba dictionary cache in %s (%s)", folder, exc)
        freq, total = _build(tokenizer)
        _write_parts(folder, freq, total)
    tokenizer.FREQ, tokenizer.total = freq, total
    tokenizer.initialized = True


def _build(tokenizer: Any) -> tuple[dict[str, int], int]:
    """What jieba's gen_pfdict builds (word counts, every word's prefixes at 0), yielding
    the GIL every few thousand words: gen_pfdict itself stalls other threads ~0.25 s."""
    with tokenizer.get_dict_file() as file:
        lines = file.read().decode("utf-8").splitlines()
    freq: dict[str, int] = {}
    total = 0
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        word, count = line.strip().split(" ")[:2]
        freq[word] = int(count)
        total += int(count)
        for end in range(1, len(word)):
            freq.setdefault(word[:end], 0)
        if n % 5000 == 0:
            time.sleep(0)
    return freq, total


def _read_parts(folder: Path) -> tuple[dict[str, int], int]:
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    freq: dict[str, int] = {}
    for n in range(meta["parts"]):
        part = marshal.loads((folder / f"part-{n:02d}").read_bytes())
        if not isinstance(part, dict):
            raise TypeError(f"part {n} is not a dictionary")
        freq.update(part)
        time.sleep(0)  # let waiting threads (the GUI) run between pieces
    if len(freq) != meta["entries"]:
        raise ValueError(f"{len(freq)} entries, expected {meta['entries']}")
    return freq, int(meta["total"])


def _write_parts(folder: Path, freq: dict[str, int], total: int) -> None:
    """Best effort, atomic: a half-written cache is never read (it is simply rebuilt)."""
    items = list(freq.items())
    staging = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
    try:
        staging.mkdir(parents=True, exist_ok=True)
        for n in range(PARTS):
            (staging / f"part-{n:02d}").write_bytes(marshal.dumps(dict(items[n::PARTS])))
        meta = {"parts": PARTS, "entries": len(freq), "total": total}
        (staging / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)  # a damaged cache
        staging.rename(folder)
    except OSError as exc:
        log.warning("could not cache the jieba dictionary in %s: %s", folder, exc)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
