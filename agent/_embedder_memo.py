"""Embed each passage once per interview, however many measures ask for it.

One answered turn embeds the same texts several times: the assess node measures the
topic's key points and the answer (twice on a long write-up: once to choose the
addressable points, once on them), each follow-up measures the same points again, and
the background scorer measures them once more for the card. The vectors are kept by
text, a bounded few hundred (a turn needs a few dozen), shared by the graph and the
scoring threads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

from agent._answer_text import Embedder

KEPT = 256  # vectors kept: a project write-up's points, its answers and a few follow-ups


class RememberingEmbedder:
    """An `Embedder` that asks the one it wraps only for texts it has not seen lately."""

    def __init__(self, inner: Embedder, kept: int = KEPT) -> None:
        self.inner = inner
        self._kept = kept
        self._vectors: OrderedDict[str, list[float]] = OrderedDict()
        self._lock = threading.Lock()

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        found: dict[str, list[float]] = {}
        with self._lock:
            for text in texts:
                if text in self._vectors:
                    self._vectors.move_to_end(text)
                    found[text] = self._vectors[text]
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        if missing:  # outside the lock: the model may take a while (and raise)
            found.update(zip(missing, self.inner.embed_passages(missing), strict=True))
            with self._lock:
                for text in missing:
                    self._vectors[text] = found[text]
                while len(self._vectors) > self._kept:
                    self._vectors.popitem(last=False)
        return [found[t] for t in texts]


def remembering(embedder: Embedder | None) -> Embedder | None:
    """Wrap an embedder (once); None stays None."""
    if embedder is None or isinstance(embedder, RememberingEmbedder):
        return embedder
    return RememberingEmbedder(embedder)
