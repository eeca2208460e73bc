"""How well the question bank reads messy notes: extraction and pairing against labels.

    python benchmarks/_judgement_bank.py

On the fresh notes written for the tests with the parser (tests/knowledge/fixtures/messy),
on held-out notes written and labelled before the parser was run on them
(tests/knowledge/fixtures/heldout, heldout2) and, when it is beside the repo, on ../shared/notes
(or $MIANBA_SHARED_DIR/notes), prints:
- precision: share of bank entries that are labelled questions (ambiguous ones left out);
- recall: share of labelled questions that some bank entry asks;
- pairing: share of those entries whose answer lines are right — no answer where the note
  gives none, else the cited line range overlaps the labelled one with IoU >= 0.8;
- the counts, and each miss so that a reader can see what went wrong.
Targets (issue 12): precision >= 0.9, pairing >= 0.85.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "knowledge")]


def _report(title: str, folder: Path, labels: Path) -> None:
    from bank_labels import score_folder

    score = score_folder(folder, labels)
    print(
        f"{title}: precision {score.precision:.2f} ({score.real}/{score.entries} entries), "
        f"recall {score.recall:.2f} ({score.found}/{score.labelled} labelled), "
        f"pairing {score.pairing:.2f} ({score.paired}/{score.real}, IoU >= 0.8)"
    )
    for line in score.wrong:
        print(f"    {line}")


def main() -> None:
    from bank_labels import (
        FRESH_LABELS,
        FRESH_NOTES,
        HELDOUT2_LABELS,
        HELDOUT2_NOTES,
        HELDOUT_LABELS,
        HELDOUT_NOTES,
        SHARED_LABELS,
        shared_notes_dir,
    )

    _report("fresh notes (tests/knowledge/fixtures/messy)", FRESH_NOTES, FRESH_LABELS)
    _report("held-out notes (tests/knowledge/fixtures/heldout)", HELDOUT_NOTES, HELDOUT_LABELS)
    _report("held-out notes 2 (tests/knowledge/fixtures/heldout2)", HELDOUT2_NOTES, HELDOUT2_LABELS)
    shared = shared_notes_dir()
    if shared.is_dir():
        _report(f"shared notes ({shared})", shared, SHARED_LABELS)
    else:
        print(f"shared notes: {shared} is absent, not measured")


if __name__ == "__main__":
    main()
