"""How much CPU the recorder spends per second of audio, against bare numpy framing.

The recorder runs on the GUI thread, so its cost per audio second must stay tiny.
Baseline (same run): numpy alone cutting the same PCM into 30 ms frames and taking
each frame's RMS. Also: 48 kHz stereo -> 16 kHz mono conversion, and the cost of the
PySide6 6.12.0 emit() workaround per signal. Prints figures; never passes or fails.

Usage: python benchmarks/bench_recorder.py [--quick]
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

import numpy as np

RATE = 16_000


def speech_like(seconds: float) -> np.ndarray:
    """Voiced bursts of 1.5 s separated by 0.7 s of quiet room noise."""
    rng = np.random.default_rng(0)
    t = np.arange(int(1.5 * RATE)) / RATE
    burst = (0.2 * 32767 * np.sin(2 * np.pi * 160 * t) * (0.6 + 0.4 * np.sin(8 * t))).astype(
        np.int16
    )
    parts, total = [], 0
    while total < seconds * RATE:
        quiet = rng.normal(0, 12, int(0.7 * RATE)).astype(np.int16)
        parts += [quiet, burst]
        total += len(quiet) + len(burst)
    return np.concatenate(parts)[: int(seconds * RATE)]


def bare_numpy(pcm: np.ndarray) -> float:
    start = time.process_time()
    data = pcm.tobytes()
    samples = np.frombuffer(data, dtype="<i2")
    frame = RATE * 30 // 1000
    for i in range(0, len(samples) - frame + 1, frame):
        chunk = samples[i : i + frame].astype(np.float64)
        float(np.sqrt(np.mean(chunk * chunk)))
    return time.process_time() - start


def through_recorder(pcm: np.ndarray) -> tuple[float, float]:
    from PySide6.QtWidgets import QApplication

    from desktop.audio import PcmStreamSource, Recorder

    app = QApplication.instance() or QApplication([])
    recorder = Recorder()
    recorder.stopped.connect(lambda _reason: app.quit())
    start_cpu, start_wall = time.process_time(), time.perf_counter()
    recorder.start(source=PcmStreamSource(pcm, piece_ms=40))
    app.exec()
    assert len(recorder.recorded()) == len(pcm)
    return time.process_time() - start_cpu, time.perf_counter() - start_wall


def conversion(seconds: float) -> float:
    from desktop.audio._pcm import Converter, PcmFormat

    rate = 48_000
    stereo = np.random.default_rng(1).normal(0, 3000, (int(seconds * rate), 2)).astype("<i2")
    data = stereo.tobytes()
    converter = Converter(PcmFormat(rate, 2, "int16"))
    piece = rate * 2 * 2 // 25  # 40 ms
    start = time.process_time()
    for i in range(0, len(data), piece):
        converter.convert(data[i : i + piece])
    return time.process_time() - start


def emit_cost(count: int = 2000) -> tuple[float, float]:
    """Microseconds per emit: the workaround's wrapper vs the bare C++ emit."""
    from PySide6.QtCore import QObject, Signal

    from desktop import _qt_compat

    class Emitter(QObject):
        ping = Signal(int)

    emitter = Emitter()
    emitter.ping.connect(lambda _value: None)
    patched = _qt_compat.install()
    start = time.perf_counter()
    for number in range(count):
        emitter.ping.emit(number)
    wrapped = (time.perf_counter() - start) / count * 1e6
    if not patched:
        return wrapped, wrapped
    bare = _qt_compat.original_emit
    start = time.perf_counter()
    for number in range(count):
        result = bare(emitter.ping, number)
        _qt_compat._incref(result)  # give back the reference 6.12.0 drops
    return wrapped, (time.perf_counter() - start) / count * 1e6


def main() -> int:
    seconds = 10.0 if "--quick" in sys.argv else 60.0
    pcm = speech_like(seconds)
    baseline = bare_numpy(pcm)
    cpu, wall = through_recorder(pcm)
    convert = conversion(seconds)
    wrapped_us, bare_us = emit_cost()
    print(f"audio: {seconds:.0f} s of 16 kHz mono, fed in 40 ms pieces")
    print(f"baseline numpy framing + RMS: {baseline * 1000:.1f} ms CPU")
    print(
        f"recorder (chunks, level, endpointing): {cpu * 1000:.1f} ms CPU, {wall * 1000:.1f} ms wall"
    )
    rtf = cpu / seconds
    print(f"  = {rtf * 1000:.2f} ms CPU per audio second (real-time factor {rtf:.4f})")
    print(f"  ratio to baseline: {cpu / max(baseline, 1e-9):.1f}x")
    print(f"48 kHz stereo -> 16 kHz mono: {convert / seconds * 1000:.2f} ms CPU per audio second")
    print(f"signal emit: {wrapped_us:.2f} us with the 6.12.0 workaround, {bare_us:.2f} us bare")
    return 0


if __name__ == "__main__":
    sys.exit(main())
