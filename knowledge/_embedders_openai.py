"""Embeddings from any OpenAI-compatible `/v1/embeddings` endpoint, via the `openai` client."""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from typing import Any

from knowledge._embeddings import EmbeddingError

_BATCH = 64  # most compatible servers accept at least this many inputs per request


class OpenAIEmbedder:
    """Remote embeddings; vectors are L2-normalised here so every provider looks alike."""

    def __init__(
        self, *, base_url: str, model: str, api_key: str | None, timeout_s: float = 30.0
    ) -> None:
        self._base_url = base_url
        self._model = model
        self._api_key = api_key
        self._timeout_s = timeout_s
        self._client: Any = None
        self._dimension: int | None = None
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return f"openai:{self._model}"

    @property
    def dimension(self) -> int:
        if self._dimension is None:  # the server is the only one who knows: ask once
            self._embed(["dimension probe"])
        assert self._dimension is not None
        return self._dimension

    def _get_client(self) -> Any:
        with self._lock:
            if self._client is None:
                import openai

                self._client = openai.OpenAI(
                    base_url=self._base_url,
                    api_key=self._api_key or "not-needed",  # local servers ignore the key
                    timeout=self._timeout_s,
                    max_retries=2,
                )
            return self._client

    def _request(self, batch: list[str]) -> list[list[float]]:
        import openai

        try:
            reply = self._get_client().embeddings.create(
                model=self._model, input=batch, encoding_format="float"
            )
        except openai.APIStatusError as exc:
            raise EmbeddingError(
                f"The embeddings endpoint {self._base_url} answered {exc.status_code}: "
                f"{exc.message}"
            ) from exc
        except openai.APIError as exc:
            raise EmbeddingError(
                f"Could not get embeddings from {self._base_url}: {exc.message}"
            ) from exc
        items = sorted(reply.data, key=lambda item: item.index)
        if len(items) != len(batch):
            raise EmbeddingError(
                f"The embeddings endpoint returned {len(items)} vectors for {len(batch)} texts."
            )
        return [_unit([float(x) for x in item.embedding]) for item in items]

    def _embed(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), _BATCH):
            vectors.extend(self._request([t or " " for t in texts[start : start + _BATCH]]))
        if vectors:
            dims = {len(v) for v in vectors}
            if len(dims) != 1 or (self._dimension is not None and dims != {self._dimension}):
                raise EmbeddingError("The embeddings endpoint returned vectors of mixed sizes.")
            self._dimension = dims.pop()
        return vectors

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        return self._embed(texts)

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        return self._embed(texts)


def _unit(vector: list[float]) -> list[float]:
    norm = math.sqrt(sum(x * x for x in vector))
    return [x / norm for x in vector] if norm > 0 else vector
