"""Voice benchmark: prints figures, passes or fails nothing.

    python benchmarks/bench_voice.py [--quick] [--threads 2]

For answers of 30 s, 60 s and 180 s (real speech from ../shared/audio and espeak-ng
speech, joined with pauses of 0.4-2.5 s; English, so the error rates mean something):

* real-time factor of our one-shot transcription (base, int8) against raw
  faster_whisper.WhisperModel.transcribe on the same audio in the same run
  (target: ours / raw <= 1.1);
* end-of-speech -> final transcript latency of the incremental transcriber, fed in
  REAL time (100 ms chunks, paced by the wall clock, as a microphone would), against
  one-shot transcription started after the fact (target: <= 1.5 s at every length);
* word error rate between the incremental and the one-shot transcript;
* peak memory (RSS) with the model loaded.
--quick runs the 30 s answer only.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MIANBA_SHARED_DIR", REPO.parent / "shared"))


def speech_pieces() -> list[np.ndarray]:
    from faster_whisper.audio import decode_audio

    pieces = [decode_audio(str(p)) for p in sorted((SHARED / "audio").glob("en_*.wav"))]
    out = Path(tempfile.mkdtemp(prefix="bench-voice-"))
    subprocess.run(
        ["bash", str(REPO / "scripts" / "make_audio_fixtures.sh"), str(out)],
        check=True,
        capture_output=True,
    )
    pieces += [decode_audio(str(out / n)) for n in ("en_answer.wav", "jargon_answer.wav")]
    return pieces


def build_answer(pieces: list[np.ndarray], seconds: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    parts: list[np.ndarray] = []
    total = 0
    while total < seconds * 16000:
        piece = pieces[int(rng.integers(len(pieces)))]
        gap = np.zeros(int(rng.uniform(0.4, 2.5) * 16000), dtype=np.float32)
        parts += [piece, gap]
        total += piece.size + gap.size
    audio = np.concatenate(parts[:-1])  # the answer ends with speech: the worst case
    return audio[: int(seconds * 16000)]


def raw_transcribe(model: object, audio: np.ndarray) -> tuple[str, float]:
    start = time.perf_counter()
    segments, _ = model.transcribe(audio, language="en")  # type: ignore[attr-defined]
    text = "".join(s.text for s in segments)
    return text, time.perf_counter() - start


def incremental_latency(transcriber: object, audio: np.ndarray) -> tuple[str, float]:
    inc = transcriber.incremental(language="en")  # type: ignore[attr-defined]
    chunk = 1600
    began = time.perf_counter()
    for n, i in enumerate(range(0, audio.size, chunk)):
        wait = began + n * 0.1 - time.perf_counter()
        if wait > 0:
            time.sleep(wait)  # real-time pacing
        inc.feed(audio[i : i + chunk])
    end_of_speech = time.perf_counter()
    result = inc.finish()
    return result.text, time.perf_counter() - end_of_speech


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the 30 s answer only")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    from voice import Transcriber, VoiceConfig
    from voice._accuracy import wer

    models = Path(tempfile.mkdtemp(prefix="bench-models-"))
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    transcriber = Transcriber(
        VoiceConfig(models_dir=models, language="en", cpu_threads=args.threads)
    )
    transcriber.load()
    print(f"model join+verify+load: {time.perf_counter() - start:.2f} s (first run joins)")
    rss_model = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    raw_model = transcriber._local._model
    pieces = speech_pieces()
    lengths = (30,) if args.quick else (30, 60, 180)
    print(f"cpu threads {args.threads}; load average {os.getloadavg()[0]:.1f} at start")
    header = (
        "len",
        "raw s",
        "raw RTF",
        "ours s",
        "ours RTF",
        "ours/raw",
        "inc latency",
        "one-shot latency",
        "WER inc~one",
    )
    print(" | ".join(header))
    for seconds in lengths:
        audio = build_answer(pieces, seconds, seed=seconds)
        _, raw_s = raw_transcribe(raw_model, audio)
        begin = time.perf_counter()
        one_shot = transcriber.transcribe(audio, language="en")
        ours_s = time.perf_counter() - begin
        inc_text, latency = incremental_latency(transcriber, audio)
        print(
            " | ".join(
                [
                    f"{seconds} s",
                    f"{raw_s:.2f}",
                    f"{raw_s / seconds:.3f}",
                    f"{ours_s:.2f}",
                    f"{ours_s / seconds:.3f}",
                    f"{ours_s / raw_s:.2f}x",
                    f"{latency:.2f} s",
                    f"{ours_s:.2f} s",
                    f"{wer(one_shot.text, inc_text):.1%}",
                ]
            )
        )
        sys.stdout.flush()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"RSS: before model {rss0:.0f} MB, model loaded {rss_model:.0f} MB, peak {peak:.0f} MB")
    print(f"load average {os.getloadavg()[0]:.1f} at end (other work on the machine skews times)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
