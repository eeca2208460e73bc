"""Screenshots of every view, from the real app driven through a short offline session.

    python scripts/screenshots.py [--out screenshots]

Runs under Xvfb when there is no display (Debian: apt-get install xvfb), with a temporary
MIANBA_HOME, the bundled demo notes and the offline interviewer. Saves PNGs of the
Interview (mid-session with feedback, and the report), Review (session and progress),
Knowledge (the demo notes listed, import results, question bank, search) and Settings
views, the warning for an LLM endpoint that does not answer, the voice panel mid-take
(speech made with espeak-ng when it is installed) and that answer's score card with its
delivery metrics, plus the interview in Chinese with the dark theme.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ANSWERS = [
    "我做过一个检索增强问答系统：用 BM25 和向量检索混合召回，再用 cross-encoder 重排，"
    "把答案有依据的比例从 62% 提到 81%。我负责检索和评测两部分。",
    "除以根号 d 是因为点积的方差随维度增大，softmax 容易饱和，梯度变小；缩放后训练更稳定。",
    "LoRA 冻结原始权重，只训练两个低秩矩阵，显存和参数量都小很多，效果接近全量微调。",
]


def start_xvfb() -> subprocess.Popen[bytes] | None:
    """A virtual X display when there is no real one; returns the server process."""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not shutil.which("Xvfb"):
        sys.exit("No display and no Xvfb: install it with `apt-get install xvfb`.")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1440x960x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=open(Path(tempfile.gettempdir()) / "mianba-xvfb.log", "wb"),  # noqa: SIM115
    )
    os.close(write)
    try:  # the read end stays open until the server is up: Xvfb fails writing to a closed pipe
        number = _read_display_number(read, server)
        _wait_for_socket(Path(f"/tmp/.X11-unix/X{number}"), server)
    finally:
        os.close(read)
    os.environ["DISPLAY"] = f":{number}"
    os.environ.pop("QT_QPA_PLATFORM", None)
    return server


def _read_display_number(read: int, server: subprocess.Popen[bytes]) -> str:
    """Xvfb writes the display number and a newline once it listens; read all of it."""
    answer = b""
    while not answer.endswith(b"\n"):
        piece = os.read(read, 16)
        if not piece:  # the server exited before answering
            sys.exit(f"Xvfb did not start (exit code {server.wait()}); see mianba-xvfb.log")
        answer += piece
    return answer.decode().strip()


def _wait_for_socket(socket: Path, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 10
    while not socket.exists():
        if server.poll() is not None or time.monotonic() > deadline:
            sys.exit("Xvfb did not come up; see mianba-xvfb.log in the temp folder")
        time.sleep(0.05)


def wait_until(app, condition: Callable[[], bool], timeout_s: float = 180) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        app.processEvents()
        time.sleep(0.01)
    settle(app)


def settle(app, seconds: float = 0.4) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


class Shooter:
    def __init__(self, app, window, out: Path) -> None:  # type: ignore[no-untyped-def]
        self.app, self.window, self.out = app, window, out
        out.mkdir(parents=True, exist_ok=True)

    def shot(self, name: str, *, with_dialogs: bool = False) -> None:
        """The window; `with_dialogs` grabs the screen area instead, so a message box
        over the window shows too."""
        settle(self.app)
        path = self.out / f"{name}.png"
        if with_dialogs:
            frame = self.window.frameGeometry()
            screen = self.app.primaryScreen()
            image = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        else:
            image = self.window.grab()
        image.save(str(path))
        print(f"saved {path}")


def answer_for(window, fallback: str) -> str:  # type: ignore[no-untyped-def]
    """A plausible answer: the start of the notes' own reference answer, when there is one."""
    question = window.interview_view.transcript.messages()[-1].text()
    found = window.services.knowledge().find_reference(question, k=1)
    reference = found[0].answer.strip() if found else ""
    return reference[:160] if len(reference) > 40 else fallback


def run_session(app, window, shooter: Shooter) -> None:  # type: ignore[no-untyped-def]
    from agent.state import InterviewOptions

    view = window.interview_view
    window.show_view("interview")
    shooter.shot("01_interview_start")
    options = InterviewOptions(
        mode="practice", stages=["project", "fundamentals"], minutes=10, language="zh"
    )
    view.start(options)
    for index, fallback in enumerate(ANSWERS):
        wait_until(app, view.answer_box.isEnabled)
        view.answer_box.setPlainText(answer_for(window, fallback))
        if index == 2:
            shooter.shot("02_interview_answering")
        view.send_answer()
        wait_until(app, lambda: view.answer_box.isEnabled() or view.session_id is None)
    shooter.shot("03_interview_feedback")
    view.end_early()
    wait_until(app, lambda: view.session_id is None)
    shooter.shot("04_interview_report")


def shoot_views(app, window, shooter: Shooter) -> None:  # type: ignore[no-untyped-def]
    review = window.review_view
    window.show_view("review")
    wait_until(app, lambda: review.list.topLevelItemCount() > 0)
    review.list.setCurrentItem(review.list.topLevelItem(0))
    shooter.shot("05_review_session")
    review.tabs.setCurrentIndex(1)
    shooter.shot("06_review_progress")
    knowledge = window.knowledge_view
    window.show_view("knowledge")
    knowledge.tabs.setCurrentIndex(0)
    shooter.shot("07_knowledge_import")
    knowledge.tabs.setCurrentWidget(knowledge.bank)
    wait_until(app, lambda: "questions" in knowledge.bank.count_label.text())
    tree = knowledge.bank.tree
    topic = tree.topLevelItem(min(2, tree.topLevelItemCount() - 1)).child(0)
    if topic is not None and topic.childCount():
        tree.setCurrentItem(topic.child(0))
    shooter.shot("08_knowledge_question_bank")
    knowledge.tabs.setCurrentIndex(3)
    knowledge.search_box.setText("LoRA 显存")
    knowledge.run_search()
    wait_until(app, lambda: "note:" in knowledge.search_results.toHtml())
    shooter.shot("09_knowledge_search")
    window.show_view("settings")
    shooter.shot("10_settings")


def shoot_down_endpoint(app, window, shooter: Shooter) -> None:  # type: ignore[no-untyped-def]
    from agent.state import InterviewOptions

    window.services.settings.llm.base_url = "http://127.0.0.1:9/v1"  # nothing listens there
    window.services.reset("interviewer")
    view = window.interview_view
    window.show_view("interview")
    view.start(InterviewOptions(mode="practice", stages=["fundamentals"], language="zh"))
    wait_until(app, lambda: view.endpoint.question is not None, 30)
    shooter.shot("13_llm_endpoint_down", with_dialogs=True)
    next(b for b in view.endpoint.question.buttons() if b.text() == "Cancel").click()
    window.services.settings.llm.base_url = None
    window.services.reset("interviewer")
    settle(app)


def _speech_pcm():  # type: ignore[no-untyped-def]
    """A spoken answer (espeak-ng + sox), or a voiced buzz where they are missing."""
    import numpy as np
    import soundfile

    text = "我做过一个检索增强问答系统，用 BM25 和向量检索混合召回，再用重排模型排序。"
    folder = Path(tempfile.mkdtemp(prefix="mianba-voice-"))
    raw, wav = folder / "raw.wav", folder / "16k.wav"
    if shutil.which("espeak-ng") and shutil.which("sox"):
        subprocess.run(
            ["espeak-ng", "-v", "cmn-latn-pinyin", "-s", "150", "-w", str(raw), text], check=True
        )
        subprocess.run(
            ["sox", str(raw), "-r", "16000", "-c", "1", "-b", "16", str(wav)], check=True
        )
        pcm, _rate = soundfile.read(str(wav), dtype="int16")
    else:
        t = np.arange(6 * 16000) / 16000
        pcm = (np.sin(2 * np.pi * 150 * t) * (0.6 + 0.4 * np.sin(8 * t)) * 6000).astype(np.int16)
    shutil.rmtree(folder, ignore_errors=True)
    rng = np.random.default_rng(0)
    hush = rng.normal(0, 20, int(1.5 * 16000)).astype(np.int16)  # the candidate thinks first
    return np.concatenate([hush, pcm, hush])


def shoot_voice_mid_take(app, window, shooter: Shooter) -> None:  # type: ignore[no-untyped-def]
    from agent.state import InterviewOptions
    from desktop.audio import PcmStreamSource

    view = window.interview_view
    window.show_view("interview")
    view.start(InterviewOptions(mode="practice", stages=["project"], language="zh", input="voice"))
    wait_until(app, view.answer_box.isEnabled)
    panel = view.answers.voice
    wait_until(app, lambda: panel.services.loaded("transcriber"), 120)
    panel.test_source = PcmStreamSource(_speech_pcm(), interval_ms=40)  # paced like a mic
    panel.mic_button.click()
    wait_until(app, lambda: panel.recorder.is_recording and panel.recorder.duration_s() > 4, 60)
    shooter.shot("14_voice_mid_take")
    wait_until(app, lambda: not panel.recorder.is_recording or panel.recorder.duration_s() > 9, 60)
    if panel.recorder.is_recording:
        panel.mic_button.click()  # Stop
    wait_until(app, lambda: not panel.wait.waiting, 120)
    if view.answer_box.toPlainText().strip():
        view.send_answer()
        wait_until(app, lambda: bool(view.feedback.cards), 120)
        card = next(iter(view.feedback.cards.values()))
        settle(app)
        answer = card.parentWidget().mapTo(view.transcript.widget(), card.pos()).y()
        view.transcript.verticalScrollBar().setValue(max(0, answer - 120))  # its answer, its top
        settle(app)
        shooter.shot("15_voice_score_card")
    else:  # a very busy machine: the transcription ran out of time with nothing heard
        print("no transcript in time: no 15_voice_score_card")
    view.end_early()
    wait_until(app, lambda: view.session_id is None)


def shoot_chinese_dark(app, window, shooter: Shooter) -> None:  # type: ignore[no-untyped-def]
    settings = window.settings_view
    settings.ui_language.setCurrentIndex(settings.ui_language.findData("zh"))
    settings.theme.setCurrentIndex(settings.theme.findData("dark"))
    settings.save_button.click()
    settle(app, 1.0)
    shooter.shot("11_settings_zh_dark")
    window.show_view("review")
    view = window.review_view
    wait_until(app, lambda: view.list.topLevelItemCount() > 0)
    view.list.setCurrentItem(view.list.topLevelItem(0))
    shooter.shot("12_review_zh_dark")


def main() -> int:
    parser = argparse.ArgumentParser(description="Save screenshots of every view.")
    parser.add_argument("--out", type=Path, default=REPO / "screenshots")
    args = parser.parse_args()
    server = start_xvfb()
    home = Path(tempfile.mkdtemp(prefix="mianba-shots-"))
    os.environ["MIANBA_HOME"] = str(home)
    os.environ.setdefault("MIANBA_EMBEDDING__OFFLINE_MODEL", "e5-small")
    os.environ["MIANBA_UI__LANGUAGE"] = "en"
    os.environ["MIANBA_UI__THEME"] = "light"
    os.environ["MIANBA_VOICE__TTS_ENGINE"] = "off"
    try:
        return _shoot(args.out.resolve())
    finally:
        shutil.rmtree(home, ignore_errors=True)
        if server is not None:
            server.terminate()


def _shoot(out: Path) -> int:
    from desktop._app import create_application, prepare_application
    from desktop._main_window import MainWindow
    from mianba.commands.gui import build_context
    from mianba.paths import demo_notes_dir
    from mianba.settings import load_settings

    app = create_application()
    context = build_context(load_settings())
    prepare_application(app, context)
    window = MainWindow(context)
    window.resize(1280, 820)
    window.show()
    shooter = Shooter(app, window, out)
    wait_until(app, lambda: window.status_label.text() == "Ready")
    window.show_view("knowledge")
    wait_until(app, lambda: window.knowledge_view.demo_row() is not None, 30)
    shooter.shot("00_knowledge_demo_notes")
    window.knowledge_view.add_sources([demo_notes_dir()])
    window.knowledge_view.start_import()
    wait_until(app, lambda: window.knowledge_view.results.topLevelItemCount() > 0, 600)
    run_session(app, window, shooter)
    shoot_views(app, window, shooter)
    shoot_down_endpoint(app, window, shooter)
    shoot_voice_mid_take(app, window, shooter)
    shoot_chinese_dark(app, window, shooter)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
