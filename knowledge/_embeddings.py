"""Text -> vectors. One small protocol, three providers, one factory.

Chroma never embeds anything itself: its default embedding function downloads a
model at first use and fails offline, so every vector comes from a provider here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

from knowledge.config import EmbeddingConfig


class EmbeddingError(RuntimeError):
    """An embedder could not produce vectors; the message is meant for a person."""


class ModelMissingError(EmbeddingError):
    """The offline model file is not installed where we look for it."""


@runtime_checkable
class EmbeddingProvider(Protocol):
    """Anything that turns passages and queries into unit-length vectors.

    `name` and `dimension` identify the vector space: when either changes, the
    store is rebuilt, because old and new vectors cannot be compared.
    """

    @property
    def name(self) -> str: ...

    @property
    def dimension(self) -> int: ...

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]: ...


def make_embedder(config: EmbeddingConfig, models_dir: Path | None) -> EmbeddingProvider:
    """Build the provider the config asks for (models load lazily, at first use)."""
    if config.provider == "openai":
        from knowledge._embedders_openai import OpenAIEmbedder

        if not config.base_url:
            raise EmbeddingError(
                "Embedding provider 'openai' needs a base URL (embedding.base_url or llm.base_url)."
            )
        return OpenAIEmbedder(
            base_url=config.base_url,
            model=config.model,
            api_key=config.api_key,
            timeout_s=config.timeout_s,
        )
    from knowledge._embedders_offline import E5SmallEmbedder, UseMultilingualEmbedder

    if config.offline_model == "e5-small":
        return E5SmallEmbedder()
    return UseMultilingualEmbedder(models_dir)
