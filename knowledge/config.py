"""Configuration handed to the knowledge package by the shell."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel


class EmbeddingConfig(BaseModel):
    provider: Literal["offline", "openai"] = "offline"
    offline_model: Literal["use-multilingual", "e5-small"] = "use-multilingual"
    base_url: str | None = None  # for provider="openai": any /v1/embeddings endpoint
    model: str = "text-embedding-3-small"
    api_key: str | None = None
    timeout_s: float = 30.0


class KnowledgeConfig(BaseModel):
    data_dir: Path  # <MIANBA_HOME>/chroma and the manifest live here
    chroma_url: str | None = None  # set -> chromadb.HttpClient
    collection: str = "notes"
    max_file_bytes: int = 20 * 1024 * 1024
    embedding: EmbeddingConfig = EmbeddingConfig()
    models_dir: Path | None = None  # where extracted model files are cached
