"""The Knowledge page's line under the import progress bar, one wording per step of the
import (knowledge.IngestProgress.phase): the long last step, indexing the notes for search,
has no file to name and read "3 of 3:" as if the import had stalled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop._tr import tr


def import_step_text(update: Any) -> str:
    phase = str(getattr(update, "phase", "reading"))
    done, total = int(getattr(update, "done", 0)), max(int(getattr(update, "total", 0)), 1)
    name = Path(str(getattr(update, "path", "") or "")).name
    if phase == "done":
        return tr("Saving the notes store…")
    if phase == "embedding" and not name:
        return tr("Indexing the notes for search…")
    if phase == "embedding":
        line = tr("Indexing %3 for search (%1 of %2)")
    elif phase == "removing":
        line = tr("Taking %3 out of the store (%1 of %2)")
    else:
        line = tr("Reading %3 (%1 of %2)")
    return (
        line.replace("%1", str(min(done + 1, total))).replace("%2", str(total)).replace("%3", name)
    )
