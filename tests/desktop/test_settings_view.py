"""Settings view: presets, keyring round trip, no-keyring notice, test connection."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from gui_helpers import MemoryKeyring, make_context
from keyring.backends import fail

from desktop._llm_settings import PRESETS
from desktop._services import Services
from desktop._settings_view import SettingsView

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "agent"))
from scripted_server import ScriptedLLMServer


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    monkeypatch.delenv("MIANBA_LLM_API_KEY", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _view(qtbot, messages: list[tuple[str, str]]) -> SettingsView:
    services = Services(make_context())
    view = SettingsView(
        services, lambda text, level="info", action=None: messages.append((level, text))
    )
    qtbot.addWidget(view)
    view.show()
    return view


def _choose_preset(view: SettingsView, key: str) -> None:
    index = view.llm.preset.findData(key)
    view.llm.preset.setCurrentIndex(index)
    view.llm.preset.activated.emit(index)


def test_settings_round_trip_through_file_and_keyring(qtbot, memory_keyring) -> None:
    messages: list[tuple[str, str]] = []
    view = _view(qtbot, messages)
    assert view.llm.base_url.text() == ""  # a fresh home is offline
    _choose_preset(view, "deepseek")
    assert view.llm.base_url.text() == "https://api.deepseek.com/v1"
    view.llm.model.setText("deepseek-reasoner")
    view.llm.api_key.setText("sk-round-trip-123456789")
    view.theme.setCurrentIndex(view.theme.findData("dark"))
    view.ui_language.setCurrentIndex(view.ui_language.findData("zh"))
    view.whisper_size.setCurrentText("small")
    view.save_button.click()

    assert messages[-1] == ("info", "Settings saved.")
    assert memory_keyring.passwords[("mianba", "llm_api_key")] == "sk-round-trip-123456789"
    assert view.llm.api_key.text() == ""  # never left on screen
    from mianba.settings import load_settings

    saved = load_settings()
    assert saved.llm.base_url == "https://api.deepseek.com/v1"
    assert saved.llm.model == "deepseek-reasoner"
    assert saved.llm.preset == "deepseek"
    assert (saved.ui.theme, saved.ui.language, saved.voice.model) == ("dark", "zh", "small")
    settings_text = (Path(saved.home) / "settings.toml").read_text(encoding="utf-8")
    assert "sk-round-trip" not in settings_text

    reopened = _view(qtbot, messages)  # a new view shows what was saved
    assert reopened.llm.base_url.text() == "https://api.deepseek.com/v1"
    assert reopened.llm.preset.currentData() == "deepseek"
    assert reopened.theme.currentData() == "dark"
    assert "stored" in reopened.llm.api_key.placeholderText()


def test_choosing_offline_clears_the_endpoint(qtbot, memory_keyring) -> None:
    view = _view(qtbot, [])
    _choose_preset(view, "ollama")
    view.save_button.click()
    _choose_preset(view, "offline")
    view.save_button.click()
    from mianba.settings import load_settings

    assert load_settings().llm.base_url is None
    assert {key for key, *_ in PRESETS} >= {"openai", "qwen", "moonshot", "zhipu", "custom"}


def test_without_a_keyring_the_view_says_to_use_the_environment(qtbot, monkeypatch) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        view = _view(qtbot, [])
        assert "MIANBA_LLM_API_KEY" in view.llm.keyring_label.text()
        assert not view.llm.api_key.isEnabled()
    finally:
        keyring.set_keyring(previous)


def test_embedding_change_asks_for_a_rebuild(qtbot, memory_keyring) -> None:
    messages: list[tuple[str, str]] = []
    view = _view(qtbot, messages)
    view.embedding.setCurrentIndex(view.embedding.findData("use-multilingual"))
    view.save_button.click()
    assert messages[-1][0] == "warning"
    assert "rebuild" in messages[-1][1].lower()


@pytest.mark.slow
def test_test_connection_reports_chat_streaming_and_structured(qtbot, memory_keyring) -> None:
    view = _view(qtbot, [])
    with ScriptedLLMServer() as server:
        server.on_chat = lambda request: '{"ok": true}' if request.response_format_type else "OK"
        _choose_preset(view, "custom")
        view.llm.base_url.setText(server.base_url)
        view.llm.model.setText(server.model)
        view.llm.api_key.setText("sk-test-connection-key")
        view.llm.test_button.click()
        qtbot.waitUntil(lambda: view.llm.test_button.isEnabled(), timeout=20000)
    text = view.llm.test_result.text()
    assert "✓ Chat" in text and "✓ Streaming" in text
    assert "✓ Structured output" in text


def _wheel(widget) -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch down: the next item
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_mouse_wheel_scrolls_the_page_not_the_settings(qtbot, memory_keyring) -> None:
    view = _view(qtbot, [])
    combos = (view.speech_language, view.theme, view.whisper_size, view.llm.preset)
    before = [combo.currentText() for combo in combos]
    for combo in combos:
        _wheel(combo)
    assert [combo.currentText() for combo in combos] == before  # unfocused: unchanged
    view.speech_language.setFocus()
    qtbot.waitUntil(view.speech_language.hasFocus)
    _wheel(view.speech_language)
    assert view.speech_language.currentText() != before[0]  # focused: the wheel picks


def test_a_saved_url_is_never_labelled_offline(qtbot, memory_keyring) -> None:
    view = _view(qtbot, [])
    assert view.llm.preset.currentData() == "offline"  # a fresh home
    view.llm.base_url.setText("http://127.0.0.1:8080/v1")  # typed while "Offline" is shown
    view.llm.model.setText("qwen2.5")
    view.save_button.click()
    assert view.llm.preset.currentData() == "custom"
    assert view.services.settings.llm.preset == "custom"
    view.services.settings.llm.preset = "offline"  # an older settings file said so
    view.load_from_settings()
    assert view.llm.preset.currentData() == "custom"


def test_press_to_talk_and_the_pause_length_are_saved(qtbot, memory_keyring) -> None:
    view = _view(qtbot, [])
    assert view.stop_mode.currentData() == "pause" and view.silence_stop.isEnabled()
    view.silence_stop.setValue(4.5)
    view.stop_mode.setCurrentIndex(view.stop_mode.findData("manual"))
    assert not view.silence_stop.isEnabled()  # only Stop ends a take: no pause to set
    view.save_button.click()
    from mianba.settings import load_settings

    saved = load_settings().voice
    assert (saved.stop_mode, saved.silence_stop_s) == ("manual", 4.5)


def test_the_llm_group_reads_chinese_in_a_chinese_ui(qtbot, memory_keyring) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop._i18n import install_translator

    app = QApplication.instance()
    install_translator(app, "zh")
    try:
        view = _view(qtbot, [])
        assert view.llm.title() == "面试官模型（LLM）"
        assert view.llm.test_button.text() == "测试连接"
        assert view.llm.preset.itemText(0) == "离线（不用大模型）"
    finally:
        install_translator(app, "en")


def test_every_group_s_fields_start_in_one_column(qtbot) -> None:
    """Each group's fields began where its own longest label ended (Speech's 90 px right of
    Interface's); and "Rebuild knowledge store" spanned the whole field column like a bar."""
    view = _view(qtbot, [])
    view.resize(1000, 1400)
    qtbot.wait(50)

    def left(widget) -> int:  # type: ignore[no-untyped-def]
        return widget.mapTo(view, widget.rect().topLeft()).x()

    fields = [view.llm.base_url, view.whisper_size, view.ui_language, view.embedding]
    assert len({left(f) for f in fields}) == 1, [left(f) for f in fields]
    assert left(view.rebuild_button) == left(view.embedding)
    assert view.rebuild_button.width() < view.embedding.width() / 2
