"""A frozen build: bundled models are seeded into the user's models folder; data stays put."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from mianba import paths
from mianba.bundle import seed_models
from mianba.settings import load_settings, models_dir


def _fake_bundle(root: Path) -> Path:
    """An unpacked app folder holding two small stand-ins for the bundled models."""
    models = root / "models"
    (models / "whisper-base").mkdir(parents=True)
    (models / "whisper-base" / "model.bin").write_bytes(b"w" * 1000)
    (models / "whisper-base" / "config.json").write_text("{}", encoding="utf-8")
    (models / "use-multilingual").mkdir()
    (models / "use-multilingual" / "embedding_model_quantized.onnx").write_bytes(b"u" * 500)
    return root


@pytest.fixture()
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to be the PyInstaller build whose folder is tmp_path/app."""
    bundle = _fake_bundle(tmp_path / "app")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setenv("MIANBA_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("MIANBA_MODELS_DIR", raising=False)
    monkeypatch.delenv("MIANBA_CONFIG", raising=False)
    return bundle


def test_seeding_fills_missing_models_once(tmp_path: Path) -> None:
    source = _fake_bundle(tmp_path / "app") / "models"
    target = tmp_path / "models"
    assert seed_models(source, target) == [target / "whisper-base", target / "use-multilingual"]
    assert (target / "whisper-base" / "model.bin").read_bytes() == b"w" * 1000
    assert seed_models(source, target) == []  # already there: nothing copied again
    assert not [p for p in target.iterdir() if p.name.startswith(".")]  # no staging left


def test_an_incomplete_copy_is_replaced_and_other_models_are_kept(tmp_path: Path) -> None:
    source = _fake_bundle(tmp_path / "app") / "models"
    target = tmp_path / "models"
    seed_models(source, target)
    (target / "whisper-base" / "model.bin").write_bytes(b"w" * 10)  # e.g. a full disk
    (target / "whisper-small").mkdir()  # a downloaded bigger model stays
    assert seed_models(source, target) == [target / "whisper-base"]
    assert (target / "whisper-base" / "model.bin").stat().st_size == 1000
    assert (target / "whisper-small").is_dir()


def test_frozen_app_uses_the_same_models_folder_after_seeding_it(frozen: Path) -> None:
    settings = load_settings()
    folder = models_dir(settings)
    assert folder == settings.home / "models"
    assert (folder / "use-multilingual" / "embedding_model_quantized.onnx").is_file()


def test_frozen_app_uses_the_bundle_when_the_models_folder_cannot_be_written(
    frozen: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    assert models_dir(load_settings(models_dir=blocker / "models")) == frozen / "models"


def test_not_frozen_nothing_is_seeded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIANBA_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("MIANBA_MODELS_DIR", raising=False)
    assert paths.bundle_dir() is None
    assert not models_dir(load_settings()).exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_DATA_HOME is Linux's")
def test_frozen_and_pip_installed_app_share_the_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MIANBA_HOME", raising=False)
    monkeypatch.delenv("MIANBA_CONFIG", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    installed = (paths.data_home(), paths.settings_file())
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(_fake_bundle(tmp_path / "app")), raising=False)
    assert paths.bundle_dir() == tmp_path / "app"
    assert (paths.data_home(), paths.settings_file()) == installed
    assert installed[0] == tmp_path / "share" / "mianba"
