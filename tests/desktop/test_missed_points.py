"""The score card and the follow-up name the same missed key points (offline, through the GUI)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_helpers import make_context
from PySide6.QtCore import Qt

from agent.keypoints import find, handle, key_points
from desktop._main_window import MainWindow
from desktop._score_card import ScoreCard

pytestmark = pytest.mark.slow  # real embedder, real graph, real store

REFERENCE = "过拟合的缓解：\n1. 正则化（L2、weight decay）\n2. Dropout\n3. 早停"
NOTE = f"# 八股\n\n## 怎么缓解过拟合？\n\n{REFERENCE}\n"
ANSWER = "过拟合的时候我一般会加 L2 正则化，也就是 weight decay，限制权重的大小。"


@pytest.fixture
def window(qtbot, tmp_path) -> Iterator[MainWindow]:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "overfit.md").write_text(NOTE, encoding="utf-8")
    win = MainWindow(make_context())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.status_label.text() == "Ready", timeout=120000)
    win.knowledge_view.add_sources([notes])
    win.knowledge_view.start_import()
    qtbot.waitUntil(lambda: win.knowledge_view.results.topLevelItemCount() > 0, timeout=120000)
    yield win
    win.close()


def _wait_for_question(qtbot, view) -> None:
    qtbot.waitUntil(view.answer_box.isEnabled, timeout=120000)


def test_the_card_and_the_follow_up_name_the_same_missed_points(qtbot, window) -> None:
    from agent.state import InterviewOptions

    view = window.interview_view
    window.show_view("interview")
    view.start(InterviewOptions(mode="practice", stages=["fundamentals"], minutes=10))
    _wait_for_question(qtbot, view)
    assert "过拟合" in view.transcript.messages()[0].text()

    view.answer_box.setPlainText(ANSWER)
    qtbot.keyClick(view.answer_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(view.findChildren(ScoreCard)), timeout=120000)
    _wait_for_question(qtbot, view)

    card = view.findChildren(ScoreCard)[0]
    shown = {kp.point: kp.status for kp in card.score.key_points}
    assert list(shown) == [p.label for p in key_points(REFERENCE)]  # one list, one module
    assert shown["过拟合的缓解：正则化（L2、weight decay）"] == "hit"
    missed = [label for label, status in shown.items() if status != "hit"]
    assert missed == ["过拟合的缓解：Dropout", "过拟合的缓解：早停"]
    for label in missed:
        assert label in card.text()
    # the hit is shown with the words it was read from, the missed points with none
    assert card.score.key_points[0].said == ANSWER
    assert card.text().count("You said") == 1 and ANSWER in card.text()

    follow_up = view.transcript.messages()[-1].text()
    probed = [label for label in missed if handle(find(key_points(REFERENCE), label)) in follow_up]
    assert len(probed) == 1, follow_up  # it names exactly one of the card's missed points
    assert "正则化" in follow_up  # and what the answer got right
    assert "**" not in follow_up and "你是怎么理解" not in follow_up
    view.end_early()
    qtbot.waitUntil(lambda: view.session_id is None, timeout=120000)
