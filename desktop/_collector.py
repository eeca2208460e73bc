"""Python's garbage collector while the app starts.

Start-up creates some 110k long-lived objects (settings models, chromadb, onnxruntime,
the interviewer's graph). CPython's full collections walk all of them holding the GIL:
in bench_startup such passes froze every other thread for 48-87 ms, during start-up
and again, at random, during a later import or transcription. So the collector rests
while they load, and then they are frozen out of its way (gc.freeze): a later full
pass took 3 ms instead of 70.
"""

from __future__ import annotations

import gc


def pause_collection() -> None:
    gc.disable()


def resume_collection() -> None:
    """Everything alive now goes to the permanent generation; collection resumes."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
