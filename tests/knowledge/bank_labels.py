"""Compare a note's question bank with hand-written labels (shared by tests and benchmarks).

A label is a question text and the 1-based inclusive line range of its answer (None when
the note never answers it). A bank entry matches a label when their texts are the same
after normalising (numbering, punctuation, spaces and case dropped), when one contains
the other, or when their character-bigram Dice similarity is at least 0.7.
An entry's answer lines are right when the note gives no answer and the entry has none,
or when its citation overlaps the labelled range with intersection-over-union >= 0.8.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knowledge import Question, parse_note

MIN_IOU = 0.8
MIN_DICE = 0.7
_NUMBER = re.compile(r"^\s*(?:问题|Q)?\s*[(（]?\d{1,3}[)）.、．:：]?\s*", re.I)
_NOISE = re.compile(r"[\W_]+")

FRESH_NOTES = Path(__file__).parent / "fixtures" / "messy"
FRESH_LABELS = FRESH_NOTES / "labels.json"
HELDOUT_NOTES = Path(__file__).parent / "fixtures" / "heldout"  # labelled before measuring
HELDOUT_LABELS = HELDOUT_NOTES / "labels.json"
HELDOUT2_NOTES = Path(__file__).parent / "fixtures" / "heldout2"  # labelled before measuring, too
HELDOUT2_LABELS = HELDOUT2_NOTES / "labels.json"
SHARED_LABELS = Path(__file__).parent / "shared_notes_labels.json"


def shared_notes_dir() -> Path:
    """../shared/notes beside the repo, or $MIANBA_SHARED_DIR/notes."""
    base = os.environ.get("MIANBA_SHARED_DIR")
    root = Path(base) if base else Path(__file__).resolve().parents[2].parent / "shared"
    return root / "notes"


def normalise(text: str) -> str:
    return _NOISE.sub("", _NUMBER.sub("", text.strip().strip("*"))).lower()


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def similarity(a: str, b: str) -> float:
    """1.0 for the same text, 0.9 when one contains the other, else bigram Dice."""
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    if min(len(na), len(nb)) >= 4 and (na in nb or nb in na):
        return 0.9
    ga, gb = _bigrams(na), _bigrams(nb)
    return 2 * len(ga & gb) / (len(ga) + len(gb))


def same_question(a: str, b: str) -> bool:
    return similarity(a, b) >= MIN_DICE


def iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0]) + 1
    union = max(a[1], b[1]) - min(a[0], b[0]) + 1
    return max(inter, 0) / union


@dataclass
class BankScore:
    entries: int = 0  # bank entries counted (ambiguous ones left out)
    real: int = 0  # entries that match a labelled question
    labelled: int = 0
    found: int = 0  # labelled questions some entry matches
    paired: int = 0  # matched entries whose answer lines are right
    wrong: list[str] = field(default_factory=list)  # what went wrong, for reading

    def add(self, other: BankScore) -> None:
        self.entries += other.entries
        self.real += other.real
        self.labelled += other.labelled
        self.found += other.found
        self.paired += other.paired
        self.wrong.extend(other.wrong)

    @property
    def precision(self) -> float:
        return self.real / self.entries if self.entries else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.labelled if self.labelled else 0.0

    @property
    def pairing(self) -> float:
        return self.paired / self.real if self.real else 0.0


def answer_right(entry: Question, lines: list[int] | None) -> bool:
    if lines is None:
        return not entry.answer.strip()
    if not entry.answer.strip():
        return False
    cited = (entry.citation.line_start, entry.citation.line_end)
    return iou(cited, (lines[0], lines[1])) >= MIN_IOU


def score_note(questions: list[Question], label: dict[str, Any], name: str) -> BankScore:
    score = BankScore(labelled=len(label["entries"]))
    ignored = label.get("ignore", [])
    matched: set[int] = set()
    for entry in questions:
        if any(same_question(entry.question, text) for text in ignored):
            continue
        score.entries += 1
        best = _best_label(entry.question, label["entries"])
        if best is None:
            score.wrong.append(f"{name}: not a labelled question: {entry.question[:40]!r}")
            continue
        score.real += 1
        matched.add(best)
        expected = label["entries"][best]["answer"]
        if answer_right(entry, expected):
            score.paired += 1
        else:
            got = (entry.citation.line_start, entry.citation.line_end) if entry.answer else None
            score.wrong.append(f"{name}: {entry.question[:30]!r} answer {got}, expected {expected}")
    score.found = len(matched)
    for i, e in enumerate(label["entries"]):
        if i not in matched:
            score.wrong.append(f"{name}: missed {e['question'][:40]!r}")
    return score


def _best_label(question: str, entries: list[dict[str, Any]]) -> int | None:
    scored = [(similarity(question, e["question"]), i) for i, e in enumerate(entries)]
    best, index = max(scored, default=(0.0, -1))
    return index if best >= MIN_DICE else None


def load_labels(path: Path) -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return {name: label for name, label in data.items() if not name.startswith("_")}


def score_folder(folder: Path, labels_path: Path) -> BankScore:
    total = BankScore()
    for name, label in load_labels(labels_path).items():
        path = folder / name
        parsed = parse_note(path.read_text(encoding="utf-8"), str(path))
        total.add(score_note(parsed.questions, label, name))
    return total
