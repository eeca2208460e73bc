"""`mianba score`: score one answer exactly as an interview turn would.

    mianba score --question "LoRA 的原理是什么？" --answer "..." [--stage fundamentals]
    mianba score --question "..." --answer-file answer.txt --json
    echo "..." | mianba score --question "..." --answer-file -

The reference answer comes from your imported notes (the knowledge base); guards
run first; then the rubric LLM when one is configured (and --offline is not given),
else the offline estimator — labelled as such.

Exit status: 0 scored (status llm, offline_estimate or guarded), 1 scoring failed,
2 bad input.

JSON output (--json), one object:

    {
      "question": str, "stage": "self_intro" | "project" | "fundamentals" | "behavioral",
      "status": "llm" | "offline_estimate" | "guarded" | "failed",
      "overall": float 0-100 | null,          # computed by code; null when failed
      "dimensions": [{"name": str, "score": 1-5, "reason": str, "evidence": str}],
      "key_points": [{"point": str, "status": "hit" | "partly" | "missed" | "contradicted",
                      "citation": {"source", "heading_path", "line_start", "line_end"} | null}],
      "improved_answer": str, "summary": str,
      "references": [{"source": str, "heading_path": [str], "line_start": int,
                      "line_end": int}],
      "error": str | null
    }
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agent import TurnScore

STAGES = ("self_intro", "project", "fundamentals", "behavioral")
MARK = {"hit": "✓", "partly": "~", "missed": "✗", "contradicted": "!"}


class UsageError(Exception):
    pass


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "score",
        help="score one answer against your notes (rubric LLM or offline estimate)",
        description="Score one answer exactly as an interview turn would.",
    )
    p.add_argument("--question", "-q", required=True, help="the interview question")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--answer", "-a", help="the answer text")
    source.add_argument("--answer-file", type=Path, help="read the answer from a file (- = stdin)")
    p.add_argument("--stage", choices=STAGES, default="fundamentals", help="interview stage")
    p.add_argument(
        "--previous",
        action="append",
        default=[],
        metavar="TEXT",
        help="an earlier answer in the same interview (repeatable; catches repeats)",
    )
    p.add_argument(
        "--lang",
        choices=("zh", "en"),
        help="language of the card (default: the question's)",
    )
    p.add_argument("--offline", action="store_true", help="use the offline estimator, no LLM")
    p.add_argument("--json", action="store_true", help="print JSON (schema in the module doc)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        answer = read_answer(args)
    except UsageError as exc:
        print(f"mianba score: {exc}", file=sys.stderr)
        return 2
    language = args.lang or question_language(args.question)
    turn = score(
        args.question, answer, args.stage, args.previous, offline=args.offline, language=language
    )
    if args.json:
        payload = {"question": args.question, "stage": args.stage, **turn.model_dump(mode="json")}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(render(turn, language))
    return 1 if turn.status == "failed" else 0


def read_answer(args: argparse.Namespace) -> str:
    if args.answer is not None:
        return str(args.answer)
    path: Path = args.answer_file
    try:
        if str(path) == "-":
            return sys.stdin.read()
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise UsageError(f"no such answer file: {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the answer file {path}: {exc}") from exc


def question_language(question: str) -> str:
    """A question with as many Chinese characters as other words ("Transformer 里为什么要
    除以 sqrt(d_k)？") is scored in Chinese, else in English: the rule an interview turn
    reads its answers' language by."""
    from agent import mostly_cjk

    return "zh" if mostly_cjk(question) else "en"


def score(
    question: str,
    answer: str,
    stage: Any,
    previous: list[str],
    *,
    offline: bool,
    language: str | None = None,
) -> TurnScore:
    from agent import Answer, LLMGateway, Scorer
    from mianba.settings import load_settings
    from mianba.wiring import agent_config

    settings = load_settings()
    config = agent_config(settings)
    if language:
        config = config.in_language(language)  # trusted as a grader in it, or not
    llm = None if offline or not settings.llm.base_url else LLMGateway(config.llm)
    kb = open_notes(settings)
    try:
        embedder = getattr(kb, "embedder", None) if kb is not None else None
        scorer = Scorer(config, kb, llm, embedder=embedder)
        return scorer.score(question, Answer(text=answer), stage, previous_answers=previous)
    finally:
        if kb is not None:
            kb.close()


def open_notes(settings: Any) -> Any:
    """The knowledge base, or None (with a note on stderr) when it cannot be opened."""
    from mianba.wiring import knowledge_config

    try:
        from knowledge import KnowledgeBase

        kb = KnowledgeBase(knowledge_config(settings))
    except Exception as exc:  # scoring still works without references; say why
        print(
            f"Note: your notes could not be opened ({exc}); scoring without a reference answer.",
            file=sys.stderr,
        )
        return None
    if not kb.sources():
        print(
            "Note: no notes imported yet (`mianba ingest PATH`); scoring without a "
            "reference answer.",
            file=sys.stderr,
        )
    return kb


def render(turn: TurnScore, language: str = "en") -> str:
    """The score for reading, worded in `language` (the one the scorer wrote its reasons in)."""
    from agent import dimension_label, score_label
    from mianba.commands._cli_words import said

    overall = "—" if turn.overall is None else f"{turn.overall:.1f} / 100"
    lines = [
        said("score_line", language, overall=overall, label=score_label(turn, False, language))
    ]
    if turn.summary:
        lines.append(turn.summary)
    if turn.error and turn.error != turn.summary:
        lines.append(turn.error)
    if turn.dimensions:
        lines.append("\n" + said("score_dimensions", language))
        names = [dimension_label(d.name, language) for d in turn.dimensions]
        width = max(_width(name) for name in names)
        for name, d in zip(names, turn.dimensions, strict=True):
            pad = " " * (width - _width(name))
            lines.append(f"  {name}{pad}  {d.score}/5  {d.reason}")
            if d.evidence:
                lines.append(f"  {'':<{width}}       “{d.evidence}”")
    if turn.key_points:
        lines.append("\n" + said("score_points", language))
        lines += [
            f"  {MARK[k.status]} {_status(k.status, language)} {k.point}" for k in turn.key_points
        ]
    if turn.improved_answer:
        lines += ["\n" + said("score_better", language), _indent(turn.improved_answer)]
    if turn.references:
        lines.append("\n" + said("score_references", language))
        lines += [f"  {c.label()}" for c in turn.references]
    return "\n".join(lines)


def _width(text: str) -> int:
    """Columns a terminal gives `text`: a CJK character takes two."""
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def _status(status: str, language: str) -> str:
    from agent import KEY_POINT_LABELS, label_of

    shown = label_of(KEY_POINT_LABELS, status, language)
    return shown + " " * max(12 - _width(shown), 1)


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" for line in text.strip().splitlines())
