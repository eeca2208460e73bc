"""The main window: views, remembered geometry and view, light start-up, resume after a kill."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from gui_helpers import make_context, write_demo_note

from desktop._main_window import VIEW_KEYS, MainWindow

HEAVY = ("chromadb", "onnxruntime", "ctranslate2", "faster_whisper", "langgraph", "openai")


def test_window_has_the_four_views_and_remembers_size_and_view(qtbot, tmp_path) -> None:
    context = make_context()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert [window.sidebar.item(i).text() for i in range(4)] == [
        "Interview",
        "Review",
        "Knowledge",
        "Settings",
    ]
    for key in VIEW_KEYS:
        window.show_view(key)
        assert window.stack.currentWidget() is window.views()[VIEW_KEYS.index(key)]
    window.show_view("knowledge")
    window.resize(790, 580)
    qtbot.waitUntil(lambda: window.status_label.text() in ("Ready", "Not ready"), timeout=120000)
    window.close()
    assert (context.home / "ui.ini").exists()

    again = MainWindow(make_context())
    qtbot.addWidget(again)
    assert again.current_view_key() == "knowledge"
    assert (again.width(), again.height()) == (790, 580)
    again.close()


def test_the_shell_shows_first_and_the_last_view_follows_once_settings_load(
    qtbot, tmp_path
) -> None:
    from PySide6.QtCore import QSettings

    from desktop import StartupPrefs

    home = Path(os.environ["MIANBA_HOME"])
    ui = QSettings(str(home / "ui.ini"), QSettings.Format.IniFormat)
    ui.setValue("window/view", "review")
    ui.sync()
    loads: list[object] = []
    frozen = gc.get_freeze_count()

    def load_context():
        loads.append(True)
        return make_context()

    window = MainWindow(prefs=StartupPrefs(home), load_context=load_context)
    qtbot.addWidget(window)
    assert window.services is None and not loads  # nothing loads before the first paint
    assert window.current_view_key() == "review"
    assert _blank(window.sidebar.item(0).icon())  # the style's icons come after the paint
    with qtbot.waitSignal(window.views_built, timeout=60000):
        window.show()
    assert not any(_blank(window.sidebar.item(row).icon()) for row in range(4))
    assert loads == [True]
    assert window.current_view_key() == "review"
    assert window.stack.currentWidget() is window.review_view
    assert [window.stack.indexOf(view) for view in window.views()] == [0, 1, 2, 3]
    qtbot.waitUntil(lambda: window.status_label.text() in ("Ready", "Not ready"), timeout=120000)
    assert window.status_label.text() == "Ready"
    assert gc.isenabled() and gc.get_freeze_count() > frozen  # start-up objects kept out of gc
    window.close()


def _blank(icon) -> bool:
    image = icon.pixmap(20, 20).toImage()
    return all(
        image.pixelColor(x, y).alpha() == 0
        for x in range(image.width())
        for y in range(image.height())
    )


def test_settings_that_fail_to_load_show_in_the_banner(qtbot) -> None:
    from desktop import StartupPrefs

    def load_context():
        raise ValueError("settings.toml: theme 'purple' is not one of system, light, dark")

    window = MainWindow(
        prefs=StartupPrefs(Path(os.environ["MIANBA_HOME"])), load_context=load_context
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.banner.isVisible, timeout=30000)
    assert "could not read its settings" in window.banner.text()
    assert "purple" in window.banner.text()
    assert window.status_label.text() == "Not ready"
    assert gc.isenabled()  # paused for the start-up, resumed when it failed
    window.close()


def test_errors_show_in_the_banner_not_as_a_dialog(qtbot) -> None:
    context = make_context()

    def broken(_settings):
        raise RuntimeError("the notes store is on a disk that went away")

    context.make_knowledge = broken
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.banner.isVisible, timeout=30000)
    assert "disk that went away" in window.banner.text()
    assert window.status_label.text() == "Not ready"
    window.close()


@pytest.mark.slow
def test_first_start_imports_the_demo_notes_and_says_so(qtbot) -> None:
    context = make_context(with_demo_notes=True)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.status_label.text() in ("Ready", "Not ready"), timeout=300000)
    assert window.status_label.text() == "Ready"
    assert "demo notes were imported" in window.banner.text()
    knowledge = window.services.knowledge()
    assert len(knowledge.questions()) >= 20
    assert all(source.startswith(str(context.demo_notes)) for source in knowledge.sources())
    window.close()

    again = MainWindow(make_context(with_demo_notes=True))  # notes exist now: no second import
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.status_label.text() == "Ready", timeout=120000)
    assert not again.services.take_demo_notice()
    again.close()


_FIRST_WINDOW = textwrap.dedent(
    """
    import json, os, sys
    import desktop._main_window as main_window

    class Probe(main_window.MainWindow):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.first_shown.connect(self.report)

        def report(self):
            loaded = [m for m in {heavy!r} if m in sys.modules]
            print(json.dumps(loaded), flush=True)
            os._exit(0)

    import desktop._app
    desktop._app.MainWindow = Probe
    from mianba.cli import main
    main(["gui"])  # what `mianba` with no arguments runs
    """
)


@pytest.mark.slow
def test_heavy_libraries_are_not_loaded_when_the_first_window_shows(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MIANBA_HOME": str(tmp_path / "home")}
    # pydantic_settings too: the window shows before the full settings load (~0.2 s)
    code = _FIRST_WINDOW.replace("{heavy!r}", repr((*HEAVY, "pydantic_settings")))
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded == [], f"imported before the first window: {loaded}"


_CRASHING_SESSION = textwrap.dedent(
    """
    import sys, time
    from agent import Answer
    from agent.state import InterviewOptions
    from mianba.commands.gui import build_context
    from mianba.settings import load_settings

    settings = load_settings()
    settings.embedding.offline_model = "e5-small"
    context = build_context(settings)
    knowledge = context.make_knowledge(settings)
    knowledge.ingest([sys.argv[1]])
    interviewer = context.make_interviewer(settings, knowledge)
    options = InterviewOptions(mode="practice", stages=["fundamentals"], minutes=5)
    session_id = interviewer.start(options)
    list(interviewer.run(session_id))
    list(interviewer.run(session_id, Answer(text="LoRA 冻结原权重，只训练低秩矩阵。")))
    print(session_id, flush=True)
    time.sleep(600)  # killed here, mid-interview
    """
)


@pytest.mark.slow
def test_after_a_crash_the_window_offers_to_resume(qtbot, tmp_path) -> None:
    note = write_demo_note(tmp_path / "notes")
    env = {**os.environ, "MIANBA_HOME": os.environ["MIANBA_HOME"]}
    child = subprocess.Popen(
        [sys.executable, "-c", _CRASHING_SESSION, str(note)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        session_id = child.stdout.readline().strip()
        assert session_id, child.stderr.read()[-2000:] if child.poll() is not None else "no id"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)

    window = MainWindow(make_context())
    qtbot.addWidget(window)
    window.show()
    view = window.interview_view
    qtbot.waitUntil(lambda: bool(view.welcome.resume_buttons()), timeout=120000)
    assert view.welcome.resume_buttons()[0].objectName() == f"resume_{session_id}"
    view.welcome.resume_buttons()[0].click()
    qtbot.waitUntil(view.answer_box.isEnabled, timeout=120000)
    assert view.session_id == session_id
    texts = [bubble.text() for bubble in view.transcript.messages()]
    assert "LoRA 冻结原权重，只训练低秩矩阵。" in texts  # the answer given before the crash
    assert len(texts) >= 3  # first question, that answer, the question now waiting
    window.close()
    assert Path(window.context.home).exists()


def test_chinese_ui_and_dark_theme_switch_from_settings(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop._i18n import install_translator
    from desktop._theme import apply_theme

    app = QApplication.instance()
    context = make_context()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    try:
        window.show_view("settings")
        settings = window.settings_view
        settings.ui_language.setCurrentIndex(settings.ui_language.findData("zh"))
        settings.theme.setCurrentIndex(settings.theme.findData("dark"))
        settings.save_button.click()
        assert window.sidebar.item(0).text() == "面试"
        assert window.sidebar.item(3).text() == "设置"
        assert window.current_view_key() == "settings"
        assert window.settings_view.save_button.text() == "保存设置"
        assert app.palette().window().color().lightness() < 80  # dark
        assert window.interview_view.stage_bar._labels["self_intro"].text() == "自我介绍"
        # the rebuilt window still says the settings were saved, in the new language
        qtbot.waitUntil(window.banner.isVisible)
        assert window.banner.text() == "设置已保存。"
    finally:
        window.close()
        install_translator(app, "en")
        apply_theme(app, "light")


def test_every_ui_string_has_a_chinese_translation() -> None:
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[2] / "desktop" / "i18n" / "mianba_zh_CN.ts"
    unfinished = [
        m.findtext("source")
        for m in ET.parse(ts).getroot().iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    assert ts.with_suffix(".qm").stat().st_size > 1000


def test_an_unexpected_error_becomes_a_banner_and_a_log_line(qtbot, caplog) -> None:
    from desktop._app import _banner_hook

    window = MainWindow(make_context())
    qtbot.addWidget(window)
    window.show()
    try:
        error = ValueError("the answer file vanished")
        _banner_hook(window)(ValueError, error, None)
        assert window.banner.isVisible() and "the answer file vanished" in window.banner.text()
        assert "unexpected error" in caplog.text
    finally:
        window.close()


def test_qt_s_own_dialog_words_follow_the_chinese_ui(qapp) -> None:
    """The export's save dialog said "Look in", "File name", "Save", "Cancel" in a Chinese
    window: Qt's own strings come from its qtbase translation."""
    from PySide6.QtCore import QCoreApplication

    from desktop._i18n import install_translator

    try:
        install_translator(qapp, "zh")
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        install_translator(qapp, "en")
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"
