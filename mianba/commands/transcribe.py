"""`mianba transcribe FILE [--lang zh|en|auto] [--json] [--no-terms]`: speech to text with
delivery metrics. The technical terms of the imported notes are passed to Whisper (as
the app does); `--no-terms` leaves them out, `--terms`/`--notes` add more.

Plain output: the transcript, then one line per segment ("[00:01.20 → 00:04.50] text"),
then the delivery metrics. With --json one object is printed (stable; new keys may be
added, none renamed or removed):

    {
      "file": "answer.wav",
      "text": "…",                       # the whole transcript
      "language": "zh",                  # as set, or as detected with --lang auto
      "duration_s": 12.3,
      "backend": "local", "model": "base",
      "warnings": ["…"],                 # e.g. clipped audio; empty when fine
      "segments": [{"start": 0.0, "end": 3.2, "text": "…",
                    "words": [{"start": 0.0, "end": 0.4, "text": "…"}]}],
      "metrics": {                       # voice.metrics.DeliveryMetrics
        "language": "zh", "duration_s": 12.3, "speech_span_s": 11.0,
        "speaking_rate": 210.5, "rate_unit": "chars/min",
        "filler_counts": {"嗯": 2}, "filler_count": 2, "fillers_per_min": 10.9,
        "long_pause_threshold_s": 2.0, "long_pauses": 1, "longest_pause_s": 2.4,
        "time_to_first_word_s": 0.5, "english_term_share": 0.12
      }
    }

Exit status: 0 on success, 2 for audio that cannot be transcribed (the message says
why), 1 for other failures (model unavailable, remote endpoint errors).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("transcribe", help="transcribe an audio file and show delivery metrics")
    p.add_argument("file", type=Path, help="audio file (WAV, FLAC, MP3, M4A, OGG ...)")
    p.add_argument(
        "--lang",
        choices=("zh", "en", "auto"),
        default=None,
        help="spoken language (default: the voice setting)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--terms",
        default="",
        help="comma-separated technical terms to listen for (e.g. 'LoRA,BM25')",
    )
    p.add_argument(
        "--no-terms",
        action="store_true",
        help="do not listen for the technical terms of the imported notes",
    )
    p.add_argument(
        "--notes",
        type=Path,
        default=None,
        help="a notes folder (.md/.txt) whose technical terms to listen for",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from mianba.settings import load_settings
    from mianba.wiring import voice_config
    from voice import AudioError, Transcriber, VoiceError

    settings = load_settings()
    transcriber = Transcriber(voice_config(settings), terms=_terms(args, settings.home))
    try:
        transcriber.load(progress=_progress_printer())
        if transcriber.notice:
            print(transcriber.notice, file=sys.stderr)
        result = transcriber.transcribe(args.file, language=args.lang)
    except AudioError as exc:
        print(f"mianba transcribe: {exc}", file=sys.stderr)
        return 2
    except VoiceError as exc:
        print(f"mianba transcribe: {exc}", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.json:
        payload = {"file": str(args.file), **result.model_dump(mode="json")}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        print(_plain(result))
    return 0


def _terms(args: argparse.Namespace, home: Path) -> list[str]:
    from voice import extract_terms

    terms = [] if args.no_terms else _imported_terms(home)
    terms += [t.strip() for t in args.terms.split(",") if t.strip()]
    if args.notes is not None:
        files = [p for p in sorted(args.notes.rglob("*")) if p.suffix.lower() in (".md", ".txt")]
        terms += extract_terms(p.read_text(encoding="utf-8", errors="replace") for p in files)
    return terms


def _imported_terms(home: Path) -> list[str]:
    """The imported notes' terms; none (and a word why) when the store cannot be read.
    With nothing imported there is no store to open (opening would create one)."""
    from mianba.commands._kb import with_kb
    from mianba.wiring import note_terms

    if not (home / "knowledge").is_dir():
        return []
    return with_kb("transcribe", note_terms) or []


def _progress_printer() -> Any:
    def report(done: int, total: int) -> None:
        if total:
            print(f"\rdownloading model: {done * 100 // total}%", end="", file=sys.stderr)

    return report


def _plain(result: Any) -> str:
    m = result.metrics
    lines = [result.text, ""]
    lines += [f"[{_clock(s.start)} → {_clock(s.end)}] {s.text}" for s in result.segments]
    fillers = ", ".join(f"{k}×{v}" for k, v in m.filler_counts.items()) or "none"
    first = "—" if m.time_to_first_word_s is None else f"{m.time_to_first_word_s:.1f} s"
    lines += [
        "",
        f"language {result.language} · {result.duration_s:.1f} s · model {result.model}",
        f"speaking rate   {m.speaking_rate:.0f} {m.rate_unit}",
        f"fillers         {m.filler_count} ({m.fillers_per_min:.1f}/min): {fillers}",
        f"long pauses     {m.long_pauses} (≥ {m.long_pause_threshold_s:.0f} s), "
        f"longest {m.longest_pause_s:.1f} s",
        f"first word at   {first}",
    ]
    if m.english_term_share is not None:
        lines.append(f"English share   {m.english_term_share:.0%}")
    return "\n".join(lines)


def _clock(seconds: float) -> str:
    minutes, secs = divmod(max(0.0, seconds), 60)
    return f"{int(minutes):02d}:{secs:05.2f}"
