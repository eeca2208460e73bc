"""How well the offline estimate orders answers of known quality, and what key points look like.

    python benchmarks/_judgement_scores.py      (bench_judgement.py calls main())

1. The labelled set in tests/agent/judgement_set.py: 40 questions (zh and en, four
   stages), each with a strong, partial, wrong, off-topic and padded answer. Printed: key
   points per reference (count, median length in characters), the share of questions where
   strong > partial > max(wrong, off-topic, padded), and the highest score any padded or
   off-topic answer got. Targets: ordering >= 90%, ceiling <= 40. Printed for the whole
   set and for its halves. How blind each set's figures are, and how they
   moved, set by set: benchmarks/HELD_OUT.md.
2. The question/answer pairs the notes in ../shared/notes yield (skipped when absent).
   They have no labelled answers, so the five are made from the notes themselves and
   the figures are an upper bound on ordering: strong = the reference answer itself,
   partial = its first third, off-topic = another pair's reference, padded = the
   question said three times. There is no "wrong" answer for these.
"""

from __future__ import annotations

import os
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "agent")]
os.environ.setdefault("OMP_NUM_THREADS", "1")
NOTES = Path(os.environ.get("MIANBA_SHARED_DIR") or REPO.parent / "shared") / "notes"
ORDER_TARGET, CEILING_TARGET = 0.9, 40.0


def _scorer(language: str):  # type: ignore[no-untyped-def]
    from agent import AgentConfig, Scorer
    from knowledge import EmbeddingConfig, install_offline_model, make_embedder
    from mianba.settings import load_settings, models_dir

    directory = models_dir(load_settings())
    install_offline_model(directory)
    embedder = make_embedder(EmbeddingConfig(), directory)
    config = AgentConfig(sessions_db=Path("unused"), language=language)  # type: ignore[arg-type]
    return Scorer(config, None, None, embedder)


def _reference(question: str, answer: str, stage: str, ref_id: str):  # type: ignore[no-untyped-def]
    from knowledge import Citation, Question

    cite = Citation(source="judgement-set", line_start=1, line_end=1)
    return Question(
        id=ref_id, question=question, answer=answer, stage=stage, topic=question, citation=cite
    )


def _score_all(
    scorers: dict[str, object], items: Sequence[tuple[str, str, str, str, dict[str, str]]]
) -> tuple[list[dict[str, float]], list[list[str]]]:
    """items: (language, stage, question, reference, {kind: answer}) -> scores and key points."""
    from agent import Answer

    scores, points = [], []
    for n, (language, stage, question, reference, answers) in enumerate(items):
        ref = _reference(question, reference, stage, f"r{n}")
        scorer = scorers[language]
        by_kind = {}
        for kind, text in answers.items():
            turn = scorer.score(question, Answer(text=text), stage, references=[ref])  # type: ignore[attr-defined]
            by_kind[kind] = turn.overall or 0.0
            if kind == "strong":
                points.append([kp.point for kp in turn.key_points])
        scores.append(by_kind)
    return scores, points


def _print_figures(title: str, scores: list[dict[str, float]], points: list[list[str]]) -> None:
    counts = [len(p) for p in points]
    lengths = [len(point) for p in points for point in p]
    ordered = sum(_ordered(s) for s in scores)
    ceiling = max(s.get(k, 0.0) for s in scores for k in ("padded", "off_topic"))
    print(f"{title}: {len(scores)} questions")
    print(
        f"  key points per reference: median {statistics.median(counts or [0]):.0f}, "
        f"max {max(counts or [0])}; point length median "
        f"{statistics.median(lengths or [0]):.0f} chars, max {max(lengths or [0])}"
    )
    print(
        f"  ordering strong > partial > max(others): {ordered}/{len(scores)} "
        f"= {ordered / max(1, len(scores)):.0%} (target >= {ORDER_TARGET:.0%})"
    )
    print(f"  highest padded/off-topic score: {ceiling:.1f} (target <= {CEILING_TARGET:.0f})")
    means = {k: statistics.mean(s[k] for s in scores) for k in scores[0]} if scores else {}
    print("  mean score by answer: " + ", ".join(f"{k} {v:.1f}" for k, v in means.items()))


def _ordered(s: dict[str, float]) -> bool:
    others = [v for k, v in s.items() if k not in ("strong", "partial")]
    return s["strong"] > s["partial"] > max(others)


def _labelled_items(cases: Sequence[object]) -> list[tuple[str, str, str, str, dict[str, str]]]:
    from judgement_set import KINDS

    return [
        (c.language, c.stage, c.question, c.reference, {k: c.answer(k) for k in KINDS})  # type: ignore[attr-defined]
        for c in cases
    ]


# (module under tests/agent, what it is): every held-out set, in the order they were written
_HELD_OUT = [
    ("judgement_holdout", "held-out set, written after tuning"),
    ("judgement_holdout2", "held-out set 2, written before the ordering work"),
    ("judgement_holdout3", "held-out set 3, written after the ordering work"),
    ("judgement_holdout4", "held-out set 4, written before the second ordering round"),
    (
        "judgement_holdout5",
        "held-out set 5, written before the third ordering round, its failures read in round 4",
    ),
    ("judgement_holdout6", "held-out set 6, written before round 4, not tuned on"),
    ("judgement_holdout7", "held-out 7, written blind, never tuned on"),
    ("judgement_holdout_r5", "held-out set r5, written before round 5"),
    ("judgement_holdout_r5b", "held-out r5b, confidently wrong answers, tuned on"),
    ("judgement_holdout_r5c", "held-out r5c, six more of r5b's kind, tuned on"),
    ("judgement_holdout8", "held-out 8, written blind, first measured on the final code"),
    ("judgement_holdout9", "held-out 9, written blind, first measured on the final code"),
    ("judgement_holdout10", "held-out 10, written blind, first measured on the final code"),
    (
        "judgement_holdout11",
        "held-out 11, written blind, first measured on the session-start code",
    ),
    (
        "judgement_holdout12",
        "held-out 12, written blind, first measured on the session-start code",
    ),
    (
        "judgement_holdout13",
        "held-out 13, written blind, measured on the session-start and near-final code",
    ),
    (
        "judgement_holdout14",
        "held-out 14, written blind, measured on the session-start code, then read",
    ),
    (
        "judgement_holdout15",
        "held-out 15, written blind, measured on the session-start and near-final code, then read",
    ),
    ("judgement_holdout16", "held-out 16, written blind, measured twice, then read"),
    ("judgement_holdout17", "held-out 17, written blind, measured twice, then read"),
    ("judgement_holdout18", "held-out 18, written blind, measured at the start, then read"),
    ("judgement_holdout19", "held-out 19, written blind, measured for three sessions, then read"),
    ("judgement_holdout20", "held-out 20, written blind, measured for two sessions, then read"),
    ("judgement_holdout21", "held-out 21, written blind, measured for two sessions, then read"),
    ("judgement_holdout22", "held-out 22, written blind, measured for two sessions, then read"),
    ("judgement_holdout23", "held-out 23, written blind, measured for two sessions, then read"),
    ("judgement_holdout24", "held-out 24, written blind, measured once, then read"),
    ("judgement_holdout25", "held-out 25, written blind, measured once, then read"),
    ("judgement_holdout26", "held-out 26, written blind, measured three times, then read"),
    ("judgement_holdout27", "held-out 27, written blind, measured three times, then read"),
    ("judgement_holdout28", "held-out 28, written blind, measured twice, then read"),
    ("judgement_holdout29", "held-out 29, written blind, measured twice, then read"),
    ("judgement_holdout30", "held-out 30, written blind, measured at start and end, never read"),
    ("judgement_holdout31", "held-out 31, written blind, measured at start and end, never read"),
    ("judgement_holdout32", "held-out 32, written blind, measured twice, then read"),
    ("judgement_holdout33", "held-out 33, written blind, measured twice, then read"),
    ("judgement_holdout34", "held-out 34, written blind, measured three times, never read"),
    ("judgement_holdout35", "held-out 35, written blind, measured three times, never read"),
    ("judgement_holdout36", "held-out 36, written blind, measured at start and end, never read"),
    ("judgement_holdout37", "held-out 37, written blind, measured at start and end, never read"),
    ("judgement_holdout38", "held-out 38, written blind, measured at start and end, never read"),
    ("judgement_holdout39", "held-out 39, written blind, measured at start and end, never read"),
    ("judgement_holdout_x1", "cross-language x1 (notes in the other language), blind, then read"),
]


def _labelled(scorers: dict[str, object]) -> None:
    import importlib

    from judgement_set import all_cases

    cases = all_cases()
    scores, points = _score_all(scorers, _labelled_items(cases))
    _print_figures("labelled set (tests/agent/judgement_set.py)", scores, points)
    for language, role in (("zh", "tuned on"), ("en", "tuned on since issue 12's ordering work")):
        part = [i for i, c in enumerate(cases) if c.language == language]
        _print_figures(
            f"  {language} half ({role})", [scores[i] for i in part], [points[i] for i in part]
        )
    for module, what in _HELD_OUT:
        held_out = importlib.import_module(module).CASES
        _print_figures(
            f"{what} (tests/agent/{module}.py)", *_score_all(scorers, _labelled_items(held_out))
        )


def _notes_items() -> list[tuple[str, str, str, str, dict[str, str]]]:
    from agent._answer_text import mostly_cjk
    from knowledge import LoadedNote, load_note, parse_note

    pairs = []
    for path in sorted(NOTES.glob("*")):
        loaded = load_note(path, 20 * 1024 * 1024)
        if isinstance(loaded, LoadedNote):
            pairs += [q for q in parse_note(loaded.text, str(path)).questions if q.answer.strip()]
    items = []
    for i, q in enumerate(pairs):
        other = pairs[(i + len(pairs) // 2) % len(pairs)].answer
        first_third = q.answer[: max(20, len(q.answer) // 3)]
        answers = {
            "strong": q.answer,
            "partial": first_third,
            "off_topic": other,
            "padded": " ".join([q.question] * 3),
        }
        language = "zh" if mostly_cjk(q.question + q.answer) else "en"
        items.append((language, q.stage, q.question, q.answer, answers))
    return items


def main() -> None:
    scorers = {"zh": _scorer("zh"), "en": _scorer("en")}
    print("offline estimate (no LLM), real offline embedder")
    _labelled(scorers)
    if not NOTES.is_dir():
        print(f"notes pairs: skipped, {NOTES} is absent")
        return
    items = _notes_items()
    if not items:
        print(f"notes pairs: skipped, no question with an answer found in {NOTES}")
        return
    _print_figures(
        f"notes pairs ({NOTES}; answers made from the notes, no 'wrong')",
        *_score_all(scorers, items),
    )


if __name__ == "__main__":
    main()
