"""Answering from an audio file recorded elsewhere (a phone): it is transcribed in the
background by the real base model with the voice settings, lands in the answer box like a
spoken answer and its recording is kept; a file that cannot be used is named and the
reason said in the window's language, and the panel stays usable."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from gui_helpers import make_context
from PySide6.QtWidgets import QApplication, QFileDialog, QPlainTextEdit
from speech_helpers import espeak_phrase

from desktop._i18n import install_translator
from desktop._services import Services
from desktop._voice_panel import VoicePanel

pytestmark = pytest.mark.slow  # the real Whisper model

RATE = 16_000


@pytest.fixture(scope="module")
def transcriber():
    from mianba.settings import load_settings
    from mianba.wiring import make_transcriber

    settings = load_settings()
    settings.voice.language = "en"
    made = make_transcriber(settings)
    made.load()
    return made


@pytest.fixture(scope="module")
def phone_m4a(tmp_path_factory) -> Path:
    """A phone's kind of recording: AAC in an .m4a, 44.1 kHz, made from espeak-ng speech."""
    import av

    workdir = tmp_path_factory.mktemp("phone")
    speech = espeak_phrase("I built a retrieval pipeline with hybrid search.", "en", workdir)
    if speech is None:
        pytest.skip("espeak-ng and sox make the speech")
    quiet = np.zeros(RATE // 2, dtype=np.int16)
    audio = np.concatenate([quiet, speech, quiet]).astype(np.float32) / 32768
    path = workdir / "voice memo.m4a"
    with av.open(str(path), "w") as out:
        stream = out.add_stream("aac", rate=44100, layout="mono")
        frame = av.AudioFrame.from_ndarray(audio.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = RATE
        resampler = av.AudioResampler(format=stream.format.name, layout="mono", rate=44100)
        for chunk in [*resampler.resample(frame), *resampler.resample(None)]:
            out.mux(stream.encode(chunk))
        out.mux(stream.encode(None))
    return path


@pytest.fixture
def panel(qtbot, transcriber) -> Iterator[tuple[VoicePanel, list[tuple[str, str]]]]:
    context = make_context()
    context.settings.voice.language = "en"
    services = Services(context)
    services._transcriber = transcriber
    messages: list[tuple[str, str]] = []
    box = QPlainTextEdit()
    widget = VoicePanel(
        services, box, lambda text, level="info", until=None: messages.append((level, text))
    )
    qtbot.addWidget(widget)
    qtbot.addWidget(box)
    widget.show()
    widget.set_turn("turn-1")
    yield widget, messages
    widget.stop()


def _pick(monkeypatch, path: Path) -> None:
    """The file dialog answers `path` (the dialog itself is Qt's)."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def _answer_from(qtbot, widget: VoicePanel, monkeypatch, path: Path) -> None:
    _pick(monkeypatch, path)
    widget.file_button.click()
    qtbot.waitUntil(lambda: not widget.wait.waiting, timeout=180_000)


def test_a_phone_recording_lands_in_the_answer_box_and_is_kept(
    qtbot, panel, phone_m4a, monkeypatch
) -> None:
    widget, messages = panel
    _pick(monkeypatch, phone_m4a)
    widget.file_button.click()
    assert widget.wait.waiting and "voice memo.m4a" in widget.live_text.text()
    assert not widget.mic_button.isEnabled() and not widget.file_button.isEnabled()
    assert widget.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not widget.wait.waiting, timeout=180_000)
    assert not messages, messages
    text = widget.answer_box.toPlainText().lower()
    assert "retrieval" in text and "hybrid" in text
    assert "Check the text" in widget.live_text.text()
    assert widget.mic_button.isEnabled() and widget.file_button.isEnabled()
    _answer_from(qtbot, widget, monkeypatch, phone_m4a)  # a second file adds to the answer
    assert widget.answer_box.toPlainText().lower().count("retrieval") == 2
    assert "Take 2 was added" in widget.live_text.text()
    extras = widget.take_answer_extras(widget.answer_box.toPlainText())
    assert extras["source"] == "file" and extras["metrics"]["speaking_rate"] > 0
    from agent import Answer

    # the half second of quiet before the speech is the file's lead-in, not thinking time
    assert "time_to_first_word_s" not in Answer(text="x", **extras).metrics
    kept = Path(extras["audio_path"])
    assert kept.parent == widget.services.context.home / "audio" and kept.suffix == ".flac"
    seconds = sf.info(str(kept)).duration  # both files, as two spoken takes would be
    assert 2 * 3.0 < seconds < 2 * 6.0


def _bad_files(folder: Path, good: Path) -> dict[str, Path]:
    text = folder / "notes.mp3"
    text.write_text("This is a text file, not audio.\n", encoding="utf-8")
    cut = folder / "cut.m4a"  # a transfer that stopped halfway: the index is missing
    cut.write_bytes(good.read_bytes()[:600])
    silent = folder / "silent.wav"
    sf.write(str(silent), np.zeros(RATE * 2, dtype=np.int16), RATE)
    empty = folder / "empty.wav"
    empty.write_bytes(b"")
    lecture = folder / "lecture.wav"
    subprocess.run(
        ["sox", "-q", "-n", "-r", "16000", "-c", "1", "-b", "16", str(lecture), "synth", "660",
         "sine", "300", "vol", "0.1"],
        check=True,
    )  # fmt: skip
    return {"unreadable": text, "cut": cut, "silent": silent, "empty": empty, "long": lecture}


SAID = {  # what the candidate reads, in each language, per bad file
    "en": {
        "unreadable": "could not be read as audio",
        "cut": "could not be read as audio",
        "silent": "is silent",
        "empty": "is empty",
        "long": "11 min long",
    },
    "zh": {
        "unreadable": "无法作为音频读取",
        "cut": "无法作为音频读取",
        "silent": "没有声音",
        "empty": "是空的",
        "long": "长 11 分钟",
    },
}


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_file_that_cannot_be_used_is_named_and_the_panel_stays_usable(
    qtbot, panel, phone_m4a, monkeypatch, tmp_path, language
) -> None:
    widget, messages = panel
    app = QApplication.instance()
    install_translator(app, language)
    try:
        for kind, path in _bad_files(tmp_path, phone_m4a).items():
            messages.clear()
            _answer_from(qtbot, widget, monkeypatch, path)
            assert len(messages) == 1, (kind, messages)
            level, text = messages[0]
            assert level == "warning" and path.name in text, (kind, text)
            assert SAID[language][kind] in text, (kind, text)
            assert ("。 " not in text) if language == "zh" else ("。" not in text)
            assert widget.answer_box.toPlainText() == ""
            assert widget.mic_button.isEnabled() and widget.file_button.isEnabled()
            assert not widget.cancel_button.isVisible()
        assert widget.take_answer_extras("") == {}
    finally:
        install_translator(app, "en")


def test_stop_waiting_drops_the_file_and_frees_the_worker(
    qtbot, panel, phone_m4a, monkeypatch
) -> None:
    widget, _messages = panel
    _pick(monkeypatch, phone_m4a)
    widget.file_button.click()
    task = widget.wait.current.task
    widget.cancel_button.click()
    assert "cancelled" in widget.live_text.text()
    assert widget.mic_button.isEnabled() and widget.file_button.isEnabled()
    assert task.wait(60_000)  # the worker stops at its next piece
    qtbot.wait(200)
    assert widget.answer_box.toPlainText() == ""


def test_a_file_for_an_earlier_question_never_lands_in_a_later_one(
    qtbot, panel, phone_m4a, monkeypatch
) -> None:
    widget, _messages = panel
    _pick(monkeypatch, phone_m4a)
    widget.file_button.click()
    task = widget.wait.current.task
    widget.set_turn("turn-2")
    assert task.wait(60_000)
    qtbot.wait(200)
    assert widget.answer_box.toPlainText() == ""
    assert widget.file_button.isEnabled()


def test_a_long_file_shows_how_much_is_done(qtbot, panel, monkeypatch, tmp_path) -> None:
    """Past Whisper's 30 s a file is transcribed in pieces: the status says the share done."""
    from gui_helpers import real_speech

    widget, messages = panel
    speech = [sf.read(str(real_speech(s)), dtype="int16")[0] for s in ("en_jfk", "en_jfk")]
    pause = np.zeros(RATE, dtype=np.int16)
    memo = tmp_path / "long memo.wav"
    sf.write(str(memo), np.concatenate([speech[0], pause, speech[1], pause, speech[0]]), RATE)
    shown: list[str] = []
    set_text = widget.live_text.setText
    monkeypatch.setattr(widget.live_text, "setText", lambda t: (shown.append(t), set_text(t)))
    _answer_from(qtbot, widget, monkeypatch, memo)
    assert not messages, messages
    assert shown[0].startswith("Transcribing long memo.wav…")
    assert any(
        line.startswith("Transcribing long memo.wav:") and "% done" in line for line in shown
    )
    assert widget.answer_box.toPlainText().lower().count("ask not") >= 2


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "The recording was silent"), ("zh", "录音里没有声音")],
)
def test_a_silent_spoken_take_is_explained_in_the_window_language(
    qtbot, panel, tmp_path, language, said
) -> None:
    """A take spoken into a muted microphone: the reason is worded in the window's language
    (it used to be voice's English inside the Chinese sentence), and the panel stays usable."""
    from desktop.audio import PcmStreamSource

    widget, messages = panel
    muted = tmp_path / "muted.wav"
    sf.write(str(muted), np.zeros(RATE * 2, dtype=np.int16), RATE)
    app = QApplication.instance()
    install_translator(app, language)
    try:
        source = PcmStreamSource.from_wav(muted, interval_ms=5)
        source.finished.connect(lambda: widget.recorder.stop("user"))
        widget.test_source = source
        widget.mic_button.click()
        qtbot.waitUntil(lambda: bool(messages), timeout=120_000)
        level, text = messages[-1]
        assert level == "warning" and said in text, text
        assert "silent" not in text if language == "zh" else "。" not in text
        qtbot.waitUntil(widget.mic_button.isEnabled, timeout=10_000)
        assert widget.file_button.isEnabled() and widget.answer_box.toPlainText() == ""
    finally:
        install_translator(app, "en")
