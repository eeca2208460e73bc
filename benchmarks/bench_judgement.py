"""Judgement figures: what the bank, the key points and the offline estimate make of notes.

Usage: python benchmarks/bench_judgement.py [--quick]
Prints, on the project's own labelled notes and answers (tests/) and, when present, on
../shared/notes: extraction precision/recall and pairing accuracy of the question bank
(_judgement_bank.py), key-point count and length, and how often the offline estimate
orders strong > partial > wrong/off-topic/padded (_judgement_scores.py).
Targets (issue 12): precision >= 0.9, pairing >= 0.85, ordering >= 90 %, no padded or
off-topic answer above 40. Figures only; nothing here passes or fails.
"""

from __future__ import annotations

import _judgement_bank
import _judgement_scores


def main() -> None:
    print("--- question bank: extraction and pairing ---", flush=True)
    _judgement_bank.main()
    print("\n--- key points and the offline estimate ---", flush=True)
    _judgement_scores.main()


if __name__ == "__main__":
    main()
