"""Find note files and read them into text, skipping (never failing on) bad files."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from knowledge._decoding import UndecodableError, decode_text
from knowledge._models import SkippedFile

NOTE_SUFFIXES: frozenset[str] = frozenset({".md", ".markdown", ".txt"})


class LoadedNote(BaseModel):
    """One note file, decoded."""

    model_config = ConfigDict(frozen=True)

    path: str  # absolute
    text: str  # decoded, newlines normalised to "\n"
    encoding: str
    sha256: str  # of the raw bytes


def is_note_file(path: Path) -> bool:
    return path.suffix.lower() in NOTE_SUFFIXES


def iter_note_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield note files named directly or found in folders (recursively), sorted, once each.

    Only .md/.markdown/.txt are yielded; hidden files and folders inside a folder are
    skipped, symlinked folders are not followed (no loops). A named file that does not
    exist is still yielded so that `load_note` can say so.
    """
    found: set[Path] = set()
    for given in paths:
        path = Path(os.path.abspath(os.path.expanduser(given)))
        if path.is_dir():
            found.update(_walk(path))
        elif is_note_file(path):
            found.add(path)
    yield from sorted(found)


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and is_note_file(Path(name)):
                yield Path(root, name)


def load_note(path: Path, max_bytes: int) -> LoadedNote | SkippedFile:
    """Read and decode one note, or say in a sentence why it was skipped."""
    path = Path(os.path.abspath(os.path.expanduser(path)))
    where = str(path)
    raw = _read_bytes(path, max_bytes)
    if isinstance(raw, str):
        return SkippedFile(path=where, reason=raw)
    try:
        text, encoding = decode_text(raw)
    except UndecodableError as exc:
        return SkippedFile(path=where, reason=f"skipped: {exc}")
    text = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    if not text.strip():
        return SkippedFile(path=where, reason="skipped: it holds only blank space, no text")
    digest = hashlib.sha256(raw).hexdigest()
    return LoadedNote(path=where, text=text, encoding=encoding, sha256=digest)


def _read_bytes(path: Path, max_bytes: int) -> bytes | str:
    """The file's bytes, or a reason it cannot be used. Size is checked before reading."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            return "skipped: it is a broken link (the file it points to is gone)"
        return "skipped: the file does not exist (moved or deleted?)"
    except OSError as exc:
        return f"skipped: it cannot be opened ({exc.strerror or exc})"
    if stat.S_ISDIR(info.st_mode):
        return "skipped: it is a folder, not a file"
    if not stat.S_ISREG(info.st_mode):
        return "skipped: it is not a regular file (a device, pipe or socket)"
    if info.st_size == 0:
        return "skipped: the file is empty"
    if info.st_size > max_bytes:
        return (
            f"skipped: it is too large ({_size(info.st_size)}; the limit is {_size(max_bytes)}) "
            "— split it into smaller notes or raise max_file_bytes"
        )
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)  # +1: notice a file that grew since stat
    except PermissionError:
        return "skipped: no permission to read it"
    except OSError as exc:
        return f"skipped: it could not be read ({exc.strerror or exc})"
    if len(raw) > max_bytes:
        return f"skipped: it is too large (over the limit of {_size(max_bytes)})"
    return raw


def _size(n_bytes: int) -> str:
    if n_bytes >= 1024 * 1024:
        return f"{n_bytes / (1024 * 1024):.1f} MB"
    if n_bytes >= 1024:
        return f"{n_bytes / 1024:.1f} KB"
    return f"{n_bytes} bytes"
