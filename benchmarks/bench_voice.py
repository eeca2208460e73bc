"""Voice benchmark: prints figures, passes or fails nothing.

    python benchmarks/bench_voice.py [--quick] [--threads 2] [--repeat 3] [--skip-speed]
        [--skip-accuracy] [--latency-only] [--speed-langs en,zh]

1. Accuracy, ours against raw faster-whisper base on the same audio in the same run
   (raw: WhisperModel.transcribe(path, language=...) with its defaults, Chinese through
   OpenCC t2s as ours is): every real clip (tests/voice/data, and ../shared/audio or
   $MIANBA_SHARED_DIR/audio when present) and the espeak-ng fixtures; the jargon
   answer with the demo notes' terms (ours) and the note terms it gets right.
   Target: never worse than raw on short clips, jargon right where raw is wrong.
2. Long recordings (>= 30 s of several utterances, zh and en), built from the real
   clips (voice._accuracy.long_recording): character (zh) / word (en) recall of raw,
   of our one-shot and of our live transcriber (fed as fast as it takes). Target >= 0.9.
3. Speed, for answers of about 30 s, 60 s and 180 s, in English (real clips and
   espeak-ng speech) and Mandarin (twenty distinct espeak-ng sentences, a real clip in a
   sox variant after every fourth):
   * real-time factor of our one-shot transcription against raw
     WhisperModel.transcribe(audio, language, beam_size=5, vad_filter=True) on the same
     audio; after a warm-up, raw and ours run --repeat times in alternating order, the
     ratio is the median of the per-pair ratios, min-max in brackets; the CPU-time ratio
     (CPU seconds of this process) holds still when neighbours load the machine;
   * end-of-speech -> final transcript latency of the live transcriber, fed in REAL
     time (100 ms chunks paced by the wall clock, as a microphone would), against
     one-shot started after the fact (target <= 1.5 s at every length, zh as en); the
     audio left undecoded at the stop ("tail") is printed with it, and the decodes the
     live transcriber ran per utterance ("passes": retries are bounded, see voice._local)
     and its CPU seconds;
   * errors (WER en, CER zh) against what was said, and between live and one-shot;
   * peak memory (RSS) with the model loaded.
--quick: the 30 s answers only; --skip-speed: sections 1 and 2 only; --skip-accuracy:
section 3 only; --speed-langs en,zh: the languages of section 3; --latency-only: section
3's live latency alone, each answer against one raw decode (CPU seconds per second of
audio, which neighbours' load distorts less than wall time, and the error, with ratios).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from _voice_material import (
    FIXTURES,
    REPO,
    build_answer,
    mandarin_pieces,
    real_clips,
    speech_pieces,
)


def error(reference: str, text: str, lang: str) -> float:
    from voice._accuracy import cer, wer

    return cer(reference, text) if lang == "zh" else wer(reference, text)


def _raw_join(segments: Any, lang: str) -> str:
    from voice import to_script

    text = "".join(s.text for s in segments)
    return to_script(text, "simplified") if lang == "zh" else text


JARGON = ("LoRA", "BM25", "KV cache")


def demo_terms() -> list[str]:
    from voice import extract_terms

    notes = REPO / "knowledge" / "demo_notes"
    return extract_terms(p.read_text(encoding="utf-8") for p in sorted(notes.glob("*.*")))


def accuracy(transcriber: Any, raw_model: Any, fixtures: Path) -> None:
    """Section 1: one line per clip, then the totals per language."""
    from voice import Transcriber

    primed = Transcriber(transcriber.config, terms=demo_terms())
    primed._local = transcriber._local
    rows = [(c["file"], c["lang"], c["text"], c["path"]) for c in real_clips()]
    rows += [(f"{n}.wav (espeak)", lang, text, fixtures / f"{n}.wav") for n, lang, text in FIXTURES]
    print("\n1. accuracy (WER en / CER zh): clip | raw | ours | ours with demo-note terms")
    totals: dict[str, list[float]] = {}
    for name, lang, text, path in rows:
        raw = _raw_join(raw_model.transcribe(str(path), language=lang)[0], lang)
        ours = transcriber.transcribe(path, language=lang).text
        with_terms = primed.transcribe(path, language=lang).text
        errs = [error(text, t, lang) for t in (raw, ours, with_terms)]
        print(f"{name} | " + " | ".join(f"{e:.1%}" for e in errs) + f" | ours: {ours!r}")
        for key, value in zip(("raw", "ours", "terms"), errs, strict=True):
            totals.setdefault(f"{lang} {key}", []).append(value)
        if name.startswith("jargon"):
            found = [sum(t in x for t in JARGON) for x in (raw, with_terms)]
            print(f"  note jargon right {JARGON}: raw {found[0]}/3, ours {found[1]}/3")
    means = ", ".join(f"{k} {statistics.mean(v):.1%}" for k, v in sorted(totals.items()))
    print(f"mean error: {means}")


def long_recordings(transcriber: Any, raw_model: Any, work: Path) -> None:
    """Section 2: recall on >= 30 s of several real utterances."""
    from voice._accuracy import long_recording, recall

    print("\n2. long recordings: lang | length | recall raw | ours | ours live")
    for lang in ("zh", "en"):
        audio, said = long_recording(real_clips(), lang, 30.0, work)
        raw = _raw_join(raw_model.transcribe(audio, language=lang)[0], lang)
        ours = transcriber.transcribe(audio, language=lang).text
        inc = transcriber.incremental(language=lang)
        for i in range(0, audio.size, 1600):
            inc.feed(audio[i : i + 1600])
        live = inc.finish().text
        figures = " | ".join(f"{recall(said, t, lang):.3f}" for t in (raw, ours, live))
        print(f"{lang} | {audio.size / 16000:.1f} s | {figures}")
        print(f"  ours: {ours[:160]!r}")


RAW_OPTIONS = {"beam_size": 5, "vad_filter": True}  # and the language: raw with its own VAD


Timing = tuple[float, float]  # (wall s, CPU s of the whole process)


def _timed(run: Callable[[], str]) -> tuple[str, Timing]:
    wall, cpu = time.perf_counter(), time.process_time()
    text = run()
    return text, (time.perf_counter() - wall, time.process_time() - cpu)


def raw_transcribe(model: Any, audio: np.ndarray, lang: str) -> tuple[str, Timing]:
    def run() -> str:
        segments, _ = model.transcribe(audio, language=lang, **RAW_OPTIONS)
        return _raw_join(segments, lang)

    return _timed(run)


def ours_transcribe(transcriber: Any, audio: np.ndarray, lang: str) -> tuple[str, Timing]:
    return _timed(lambda: str(transcriber.transcribe(audio, language=lang).text))


def one_shot_pairs(
    transcriber: Any, raw_model: Any, audio: np.ndarray, repeat: int, lang: str = "en"
) -> tuple[str, str, list[Timing], list[Timing]]:
    """Raw and ours back to back, alternating which goes first (drift hits both)."""
    raw_times, ours_times = [], []
    raw_text = ours_text = ""
    for n in range(repeat):
        if n % 2 == 0:
            raw_text, raw_s = raw_transcribe(raw_model, audio, lang)
            ours_text, ours_s = ours_transcribe(transcriber, audio, lang)
        else:
            ours_text, ours_s = ours_transcribe(transcriber, audio, lang)
            raw_text, raw_s = raw_transcribe(raw_model, audio, lang)
        raw_times.append(raw_s)
        ours_times.append(ours_s)
    return raw_text, ours_text, raw_times, ours_times


@dataclass(frozen=True)
class Live:
    """The live transcriber fed in real time: its text, seconds from the last chunk to
    the transcript (and CPU seconds of the process in that time: what a quiet machine
    would wait, give or take its two threads), seconds of audio then undecoded (all of
    it) and queued (utterances already cut, the worker behind), utterances cut, model
    passes and CPU seconds."""

    text: str
    latency: float
    latency_cpu: float
    undecoded: float
    queued: float
    utterances: int
    passes: int
    cpu: float


def incremental_latency(transcriber: Any, audio: np.ndarray, lang: str = "en") -> Live:
    inc = transcriber.incremental(language=lang)
    chunk = 1600
    passes, cpu = transcriber._local.passes, time.process_time()
    began = time.perf_counter()
    for n, i in enumerate(range(0, audio.size, chunk)):
        wait = began + n * 0.1 - time.perf_counter()
        if wait > 0:
            time.sleep(wait)  # real-time pacing
        inc.feed(audio[i : i + chunk])
    end_of_speech, stop_cpu = time.perf_counter(), time.process_time()
    undecoded, queued = inc.undecoded_s, inc.queued_s
    result = inc.finish()
    latency, latency_cpu = time.perf_counter() - end_of_speech, time.process_time() - stop_cpu
    passes = transcriber._local.passes - passes
    cpu = time.process_time() - cpu
    live = (latency, latency_cpu, undecoded, queued, inc.utterances, passes, cpu)
    return Live(result.text, *live)


HEADER = (
    "lang",
    "len",
    "raw s",
    "ours s",
    "ours RTF",
    "ours/raw wall: median [min-max]",
    "ours/raw CPU: median [min-max]",
    "inc latency",
    "tail",
    "one-shot latency",
    "err raw",
    "err ours",
    "err inc",
    "inc~one",
    "passes (per utterance)",
    "inc CPU s",
)


def _ratios(ours: list[float], raw: list[float]) -> str:
    ratios = [o / r for o, r in zip(ours, raw, strict=True)]
    return f"{statistics.median(ratios):.2f}x [{min(ratios):.2f}-{max(ratios):.2f}]"


def measure(
    transcriber: Any, raw_model: Any, audio: np.ndarray, reference: str, repeat: int, lang: str
) -> list[str]:
    """One row of the table for one answer (errors: WER for en, CER for zh)."""
    length = audio.size / 16000
    raw_text, ours_text, raw_times, ours_times = one_shot_pairs(
        transcriber, raw_model, audio, repeat, lang
    )
    raw_wall, raw_cpu = zip(*raw_times, strict=True)
    ours_wall, ours_cpu = zip(*ours_times, strict=True)
    raw_s, ours_s = statistics.median(raw_wall), statistics.median(ours_wall)
    live = incremental_latency(transcriber, audio, lang)
    inc_text, passes, utterances = live.text, live.passes, live.utterances
    return [
        lang,
        f"{length:.0f} s",
        f"{raw_s:.2f}",
        f"{ours_s:.2f}",
        f"{ours_s / length:.3f}",
        _ratios(list(ours_wall), list(raw_wall)),
        _ratios(list(ours_cpu), list(raw_cpu)),
        f"{live.latency:.2f} s",
        f"{live.undecoded:.1f} s ({live.queued:.1f} s queued)",
        f"{ours_s:.2f} s",
        f"{error(reference, raw_text, lang):.1%}",
        f"{error(reference, ours_text, lang):.1%}",
        f"{error(reference, inc_text, lang):.1%}",
        f"{error(ours_text, inc_text, lang):.1%}",
        f"{passes} ({passes / max(utterances, 1):.2f})",
        f"{live.cpu:.1f} ({live.cpu / length:.2f}/s of audio)",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the 30 s answers only")
    parser.add_argument("--skip-speed", action="store_true", help="accuracy sections only")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="raw/ours pairs per answer")
    parser.add_argument("--speed-langs", default="en,zh", help="languages of section 3")
    parser.add_argument("--skip-accuracy", action="store_true", help="section 3 only")
    parser.add_argument(
        "--latency-only",
        action="store_true",
        help="section 3's live latency only, against one raw decode per answer",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-voice-") as work:
        return _run(Path(work), args)


def _run(work: Path, args: argparse.Namespace) -> int:
    from voice import Transcriber, VoiceConfig

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    config = VoiceConfig(models_dir=work / "models", language="en", cpu_threads=args.threads)
    transcriber = Transcriber(config)
    transcriber.load()
    print(f"model join+verify+load: {time.perf_counter() - start:.2f} s (first run joins)")
    rss_model = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    raw_model = transcriber._local._model
    print(f"cpu threads {args.threads}; load average {os.getloadavg()[0]:.1f} at start")
    subprocess.run(
        ["bash", str(REPO / "scripts" / "make_audio_fixtures.sh"), str(work)],
        check=True,
        capture_output=True,
    )
    if args.latency_only:
        latency(transcriber, raw_model, work, args)
    elif not args.skip_accuracy:
        accuracy(transcriber, raw_model, work)
        long_recordings(transcriber, raw_model, work)
    if not args.skip_speed and not args.latency_only:
        speed(transcriber, raw_model, work, args)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"RSS: before model {rss0:.0f} MB, model loaded {rss_model:.0f} MB, peak {peak:.0f} MB")
    print(f"load average {os.getloadavg()[0]:.1f} at end (other work on the machine skews times)")
    return 0


def speed(transcriber: Any, raw_model: Any, work: Path, args: argparse.Namespace) -> None:
    """Section 3: one row per language and length."""
    makers = {"en": speech_pieces, "zh": mandarin_pieces}
    sets = {lang: makers[lang](work) for lang in args.speed_langs.split(",")}
    first = next(iter(sets.values()))[0][0]
    one_shot_pairs(transcriber, raw_model, first, 2)  # warm-up: first calls pay extra
    print(
        f"\n3. speed: raw = WhisperModel.transcribe(audio, language, {RAW_OPTIONS}); "
        f"{args.repeat} pairs per answer"
    )
    print(" | ".join(HEADER))
    for lang, pieces in sets.items():
        for seconds in (30,) if args.quick else (30, 60, 180):
            audio, reference = build_answer(pieces, seconds, seed=seconds, lang=lang)
            row = measure(transcriber, raw_model, audio, reference, args.repeat, lang)
            print(" | ".join(row), flush=True)


LATENCY_HEADER = (
    "lang",
    "len",
    "load avg",
    "end of speech -> text (CPU s meanwhile)",
    "undecoded at stop",
    "passes (per utterance)",
    "CPU s per s of audio: live | raw | live/raw",
    "err raw | live | live/raw",
)


def latency(transcriber: Any, raw_model: Any, work: Path, args: argparse.Namespace) -> None:
    """--latency-only: per answer, raw faster-whisper once after the fact (its CPU time
    and error are the baseline) and the live transcriber fed in real time."""
    makers = {"en": speech_pieces, "zh": mandarin_pieces}
    sets = {lang: makers[lang](work) for lang in args.speed_langs.split(",")}
    for lang, pieces in sets.items():  # warm-up: first calls pay extra
        raw_transcribe(raw_model, pieces[0][0], lang)
        incremental_latency(transcriber, pieces[0][0][: 16000 * 2], lang)
    print(f"\n3. live latency (target <= 1.5 s); raw = {RAW_OPTIONS}, once per answer")
    print(" | ".join(LATENCY_HEADER))
    for lang, pieces in sets.items():
        for seconds in (30,) if args.quick else (30, 60, 180):
            audio, said = build_answer(pieces, seconds, seed=seconds, lang=lang)
            length = audio.size / 16000
            raw_text, (_, raw_cpu) = raw_transcribe(raw_model, audio, lang)
            load = os.getloadavg()[0]
            live = incremental_latency(transcriber, audio, lang)
            errs = error(said, raw_text, lang), error(said, live.text, lang)
            row = [
                lang,
                f"{length:.0f} s",
                f"{load:.1f}",
                f"{live.latency:.2f} s ({live.latency_cpu:.2f})",
                f"{live.undecoded:.1f} s ({live.queued:.1f} s queued)",
                f"{live.passes} ({live.passes / max(live.utterances, 1):.2f})",
                f"{live.cpu / length:.2f} | {raw_cpu / length:.2f} | {live.cpu / raw_cpu:.2f}x",
                f"{errs[0]:.1%} | {errs[1]:.1%} | {errs[1] / max(errs[0], 1e-9):.2f}x",
            ]
            print(" | ".join(row), flush=True)


if __name__ == "__main__":
    sys.exit(main())
