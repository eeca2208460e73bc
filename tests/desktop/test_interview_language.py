"""A new interview speaks the window's language until the user picks another one; a
language picked in the start dialog is kept for the next interviews."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_helpers import make_context
from PySide6.QtWidgets import QApplication

from desktop._i18n import install_translator
from desktop._interview_view import InterviewView
from desktop._services import Services
from mianba.settings import interview_language, load_settings


@pytest.fixture
def window_in(qapp: QApplication) -> Iterator[object]:
    def switch(language: str) -> None:
        install_translator(qapp, language)

    yield switch
    install_translator(qapp, "en")


def _view(qtbot, monkeypatch) -> tuple[InterviewView, list]:
    widget = InterviewView(Services(make_context()), lambda *_args, **_kw: None)
    qtbot.addWidget(widget)
    started: list = []
    monkeypatch.setattr(widget, "start", started.append)
    return widget, started


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_new_users_first_interview_follows_the_window_language(
    qtbot, monkeypatch, window_in, language
) -> None:
    window_in(language)
    widget, started = _view(qtbot, monkeypatch)
    widget.open_start_dialog()
    assert widget.start_dialog.language.currentData() == language
    widget.start_dialog.accept()
    assert started[-1].language == language
    assert load_settings().interview.language is None  # not a choice: it still follows


def test_a_language_picked_against_the_window_is_kept(qtbot, monkeypatch, window_in) -> None:
    window_in("en")
    widget, started = _view(qtbot, monkeypatch)
    widget.open_start_dialog()
    dialog = widget.start_dialog
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    dialog.accept()
    assert started[-1].language == "zh"
    assert load_settings().interview.language == "zh"  # kept for the next run
    widget.open_start_dialog()
    assert widget.start_dialog.language.currentData() == "zh"  # not the window's English
    widget.start_dialog.reject()


def test_the_terminal_uses_the_ui_setting_until_a_language_is_chosen(monkeypatch) -> None:
    assert interview_language(load_settings()) == "zh"  # nothing set: as before
    monkeypatch.setenv("MIANBA_UI__LANGUAGE", "en")
    assert interview_language(load_settings()) == "en"
    monkeypatch.setenv("MIANBA_INTERVIEW__LANGUAGE", "zh")
    assert interview_language(load_settings()) == "zh"
