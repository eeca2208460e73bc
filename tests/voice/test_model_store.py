import threading
from pathlib import Path

import pytest

from voice import ModelUnavailableError, Transcriber, VoiceConfig, ensure_base_model, model_path
from voice._model_store import BASE_MODEL_BYTES, hub_reachable

pytestmark = pytest.mark.slow  # joins and hashes the 145 MB model


def test_base_model_is_joined_once_and_verified(tmp_path: Path) -> None:
    folder = ensure_base_model(tmp_path)
    model = folder / "model.bin"
    assert model.stat().st_size == BASE_MODEL_BYTES
    assert {p.name for p in folder.iterdir()} >= {
        "config.json",
        "tokenizer.json",
        "vocabulary.txt",
        "model.bin",
    }
    before = model.stat().st_mtime_ns
    assert ensure_base_model(tmp_path) == folder
    assert model.stat().st_mtime_ns == before  # intact: not rebuilt
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".whisper-base-")]


def test_truncated_or_corrupt_model_is_rebuilt(tmp_path: Path) -> None:
    model = ensure_base_model(tmp_path) / "model.bin"
    with open(model, "r+b") as f:
        f.truncate(1000)
    assert ensure_base_model(tmp_path) / "model.bin" == model
    assert model.stat().st_size == BASE_MODEL_BYTES
    with open(model, "r+b") as f:  # same size, one byte flipped
        f.seek(BASE_MODEL_BYTES // 2)
        byte = f.read(1)
        f.seek(BASE_MODEL_BYTES // 2)
        f.write(bytes([byte[0] ^ 0xFF]))
    rebuilt = ensure_base_model(tmp_path) / "model.bin"
    with open(rebuilt, "rb") as f:
        f.seek(BASE_MODEL_BYTES // 2)
        assert f.read(1) == byte


def _within(seconds: float, fn: object) -> BaseException | None:
    """Run fn in a thread; fail if it hangs (no connection must fail fast)."""
    caught: list[BaseException] = []

    def target() -> None:
        try:
            fn()  # type: ignore[operator]
        except BaseException as exc:
            caught.append(exc)

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"gave up waiting after {seconds} s: the download hangs"
    return caught[0] if caught else None


def test_bigger_model_without_hub_fails_fast_with_a_clear_message(tmp_path: Path) -> None:
    assert not hub_reachable(), "this test expects the model hub to be unreachable"
    error = _within(30, lambda: model_path("small", tmp_path))
    assert isinstance(error, ModelUnavailableError)
    assert "could not be downloaded" in str(error)
    assert "Keeping the 'base' model" in str(error)
    assert not (tmp_path / "whisper-small").exists()


def test_unreachable_custom_endpoint_fails_fast(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from huggingface_hub import constants

    monkeypatch.setattr(constants, "ENDPOINT", "http://127.0.0.1:9")  # discard port: closed
    error = _within(30, lambda: model_path("tiny", tmp_path))
    assert isinstance(error, ModelUnavailableError)


def test_unknown_names_and_non_model_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailableError, match="Unknown speech model"):
        model_path("gigantic", tmp_path)
    with pytest.raises(ModelUnavailableError, match="not a CTranslate2 Whisper model"):
        model_path(str(tmp_path), tmp_path)


def test_local_ctranslate2_folder_is_used_as_is(tmp_path: Path) -> None:
    folder = ensure_base_model(tmp_path / "models")
    assert model_path(str(folder), tmp_path / "elsewhere") == folder


def test_transcriber_keeps_base_when_the_chosen_model_is_unavailable(
    tmp_path: Path, transcriber: Transcriber
) -> None:
    t = Transcriber(VoiceConfig(models_dir=transcriber.config.models_dir, model="small"))
    t.load()
    assert t.model_name == "base"
    assert t.notice is not None and "Keeping the 'base' model" in t.notice
    with pytest.raises(ModelUnavailableError):
        t.switch_model("medium")
    assert t.model_name == "base"  # the current model stays in use
    assert t.config.model == "small"
