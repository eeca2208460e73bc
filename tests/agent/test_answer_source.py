"""An answer transcribed from an audio file recorded elsewhere is stored as such: its
delivery keeps no time to the first word (that timed the phone's lead-in, not the
candidate), and Review's renderer, the exports and the report say it came from a file.
Sessions stored before, whose spoken answers all said "voice", load and read as before."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from agent import Answer, SessionStore, render_session, turn_html
from agent._html import Look
from voice.metrics import DeliveryMetrics

OLD_DB = Path(__file__).parent / "data" / "sessions_before_ledger.sqlite"


def _metrics(first_word_s: float) -> dict[str, object]:
    return DeliveryMetrics(
        language="zh",
        duration_s=20.0,
        speech_span_s=16.0,
        speaking_rate=180.0,
        rate_unit="chars/min",
        long_pauses=1,
        longest_pause_s=2.5,
        time_to_first_word_s=first_word_s,
    ).model_dump(mode="json")


@pytest.fixture()
def store(tmp_path: Path):
    """The old database (see test_store_migration), its finished session's first answer
    rewritten as the window stored a spoken one then: source "voice", with metrics."""
    path = tmp_path / "sessions.sqlite"
    shutil.copy(OLD_DB, path)
    opened = SessionStore(path)
    finished = opened.list_sessions()[-1].id
    spoken = {"text": "过拟合是训练集好测试集差。", "source": "voice", "audio_path": None}
    spoken["metrics"] = _metrics(1.2)
    opened._conn.execute(  # the row as the earlier code wrote it, not through today's model
        "UPDATE mianba_turns SET answer_json=? WHERE session_id=? AND turn_id='t001'",
        (json.dumps(spoken, ensure_ascii=False), finished),
    )
    opened._turns = type(opened._turns)()  # forget what was cached before the edit
    yield opened, finished
    opened.close()


def test_an_old_spoken_answer_loads_with_its_figures(store) -> None:
    opened, finished = store
    answer = opened.get(finished).turns[0].answer
    assert answer is not None and answer.source == "voice"
    assert answer.metrics["time_to_first_word_s"] == 1.2
    doc = json.loads(render_session(opened.get(finished), "json"))
    assert doc["turns"][0]["answer_source"] == "voice"
    assert "开口用时 1.2 秒" in render_session(opened.get(finished), "md")


def test_an_answer_from_a_file_keeps_no_live_figures_and_says_where_it_came_from(store) -> None:
    opened, finished = store
    from_file = Answer(text="我不知道怎么做。", source="file", metrics=_metrics(4.3))
    assert "time_to_first_word_s" not in from_file.metrics
    assert from_file.metrics["speaking_rate"] == 180.0  # what a file does measure stays
    opened.record_answer(finished, "t002", from_file)
    record = opened.get(finished)
    stored = record.turns[1].answer
    assert stored is not None and stored.source == "file"
    assert "time_to_first_word_s" not in stored.metrics
    doc = json.loads(render_session(record, "json"))
    assert doc["turns"][1]["answer_source"] == "file"
    assert "time_to_first_word_s" not in doc["turns"][1]["delivery"]
    delivery = doc["report"]["delivery"]  # summed up over both spoken answers
    assert delivery["voice_answers"] == 2
    assert delivery["time_to_first_word_s"] == 1.2  # the live answer's alone, not 2.75
    markdown = render_session(record, "md")
    assert markdown.count("音频文件") == 1  # the file answer, not the spoken one
    assert render_session(record, "html").count("音频文件") == 1
    assert "audio file" in turn_html(record.turns[1], Look())  # Review draws turns with it
    assert "audio file" not in turn_html(record.turns[0], Look())


def test_labels_take_the_colon_of_their_language(store) -> None:
    """Review and the HTML export of a Chinese session read "面试官: …", "表达: …", "总分: 23/100"
    with the English colon; Chinese takes "：" (and no space after it)."""
    from agent import current_report, report_html
    from agent._html import words_in

    opened, finished = store
    record = opened.get(finished)
    zh = Look(words=words_in("zh"), delivery=lambda metrics: "语速 180 字/分钟")
    drawn = turn_html(record.turns[0], zh) + report_html(current_report(record), zh)
    for label in ("问", "答", "表达", "得分", "总分", "出自你的笔记"):
        assert f"{label}：" in drawn and f"{label}:" not in drawn, label
    english = turn_html(record.turns[0], Look(delivery=lambda metrics: "180 chars/min"))
    assert "<b>Q: </b>" in english and "Delivery: " in english
