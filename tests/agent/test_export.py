"""Session exports: Markdown, HTML and JSON; `overall` per turn; offline/failed labels."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from interview_fixtures import MemoryRetriever, drive, make_interviewer

from agent import (
    LOOK_WORDS,
    Answer,
    InterviewOptions,
    SessionStore,
    TurnScore,
    current_report,
    render_session,
    score_label,
)
from agent.state import Language
from voice import Segment, compute_metrics

ANSWERS = ["过拟合是训练集好测试集差，用正则化。", "<script>alert(1)</script> 点积注意力", "不知道"]


def _finished_session(home: Path, language: Language = "zh") -> str:
    iv = make_interviewer(home, max_follow_ups=0)
    sid = iv.start(InterviewOptions(stages=["fundamentals"], minutes=10, language=language))
    drive(iv, sid, ANSWERS)
    iv.close()
    return sid


def test_json_export_has_overall_per_turn_and_the_offline_label(mianba_home: Path) -> None:
    sid = _finished_session(mianba_home)
    store = SessionStore(mianba_home / "sessions.sqlite")
    doc = json.loads(render_session(store.get(sid), "json"))
    store.close()
    assert doc["id"] == sid and doc["status"] == "finished"
    assert doc["score_label"] == "offline estimate"
    assert len(doc["turns"]) >= 3
    for turn in doc["turns"]:
        assert "overall" in turn
        if turn["answer"]:
            assert isinstance(turn["overall"], float)
            assert turn["score_label"] in ("offline estimate", "offline estimate (guarded)")
    assert doc["report"]["overall"] is not None
    assert doc["report"]["basis"] == "offline_estimate"


def test_markdown_and_html_say_offline_estimate_and_escape_answers(mianba_home: Path) -> None:
    sid = _finished_session(mianba_home)
    store = SessionStore(mianba_home / "sessions.sqlite")
    md = render_session(store.get(sid), "md")
    page = render_session(store.get(sid), "html")
    store.close()
    # a zh session reads Chinese: the label and headings too, not only the names
    assert "（离线估计）" in md and "## 逐题回顾" in md and ANSWERS[0] in md
    assert "离线估计" in page and page.startswith("<!DOCTYPE html>")
    for english in ("offline estimate", "Turns", "Overall", "Score", "Strengths", "(no answer)"):
        assert english not in md and english not in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_failed_score_says_scoring_failed_everywhere(mianba_home: Path) -> None:
    sid = _finished_session(mianba_home)
    store = SessionStore(mianba_home / "sessions.sqlite")
    first = store.get(sid).turns[0].turn_id
    store.record_score(sid, first, TurnScore(status="failed", error="timeout"))
    store.update_report(sid, current_report(store.get(sid)))  # as retry_score would
    doc = json.loads(render_session(store.get(sid), "json"))
    md = render_session(store.get(sid), "md")
    page = render_session(store.get(sid), "html")
    store.close()
    assert doc["turns"][0]["overall"] is None
    assert doc["turns"][0]["score_label"] == "scoring failed"
    assert "评分失败" in md and "评分失败" in page  # the session's language


def test_an_unfinished_session_exports_what_it_has(mianba_home: Path) -> None:
    iv = make_interviewer(mianba_home)
    sid = iv.start(InterviewOptions(stages=["fundamentals"], minutes=10))
    list(iv.run(sid))
    doc = json.loads(render_session(iv.store.get(sid), "json"))
    iv.close()
    assert doc["status"] == "active" and doc["ended_at"] is None
    assert doc["turns"][0]["answer"] is None and doc["turns"][0]["overall"] is None


def test_markdown_names_rubric_dimensions_as_people_read_them(mianba_home: Path) -> None:
    sid = _finished_session(mianba_home)
    store = SessionStore(mianba_home / "sessions.sqlite")
    md = render_session(store.get(sid), "md")
    store.close()
    dimensions = md.split("## 各维度（1-5 分")[1].split("## 优势")[0]
    assert "正确性" in dimensions and "key_point_coverage" not in dimensions
    turns = md.split("## 逐题回顾")[1]  # a Chinese card reads "正确性 2/5：…", not "2/5: …"
    assert re.search(r"/5：\S", turns) and not re.search(r"/5: ", turns)


def _spoken(text: str) -> Answer:
    """A voice answer whose speech (as the VAD heard it) began 1.6 s after Start."""
    segments = [Segment(start=0.0, end=4.0, text=text)]  # Whisper often starts its first at 0
    metrics = compute_metrics(segments, 5.0, "zh", speech=[(1.6, 2.5), (3.0, 4.6)])
    return Answer(text=text, source="voice", metrics=metrics.model_dump(mode="json"))


def _finished_spoken_session(home: Path) -> str:
    iv = make_interviewer(home, max_follow_ups=0)
    sid = iv.start(InterviewOptions(stages=["fundamentals"], minutes=10, language="zh"))
    batch = list(iv.run(sid))
    for text in ANSWERS:
        if any(e.type == "finished" for e in batch):
            break
        batch = list(iv.run(sid, _spoken(text)))
    if not any(e.type == "finished" for e in batch):
        list(iv.end_early(sid))
    iv.close()
    return sid


def test_spoken_answers_bring_delivery_into_the_report_and_every_export(
    mianba_home: Path,
) -> None:
    sid = _finished_spoken_session(mianba_home)
    store = SessionStore(mianba_home / "sessions.sqlite")
    doc = json.loads(render_session(store.get(sid), "json"))
    md = render_session(store.get(sid), "md")
    page = render_session(store.get(sid), "html")
    store.close()
    spoken = [t for t in doc["turns"] if t["answer"]]
    assert spoken and all(t["delivery"]["time_to_first_word_s"] == 1.6 for t in spoken)
    summary = doc["report"]["delivery"]
    assert summary["voice_answers"] == len(spoken) and summary["time_to_first_word_s"] == 1.6
    assert "## 表达" in md and "开口用时 1.6 秒" in md
    assert "开口用时 1.6 秒" in page and "字/分钟" in page


def test_exports_name_stages_in_the_sessions_language_and_html_is_styled_with_feedback(
    mianba_home: Path,
) -> None:
    sid = _finished_session(mianba_home)
    store = SessionStore(mianba_home / "sessions.sqlite")
    doc = json.loads(render_session(store.get(sid), "json"))
    md = render_session(store.get(sid), "md")
    page = render_session(store.get(sid), "html")
    store.close()
    assert doc["turns"][0]["stage"] == "fundamentals"  # the id stays; the name is added
    assert doc["turns"][0]["stage_name"] == "基础知识"
    by_stage = md.split("## 各阶段得分")[1].split("##")[0]
    assert "基础知识" in by_stage and "fundamentals" not in by_stage
    assert "### " in md and "· fundamentals ·" not in md
    assert "<style>" in page and "lang='zh-CN'" in page and "· fundamentals ·" not in page
    first = doc["turns"][0]["score"]
    assert first["summary"] and html.escape(first["summary"]) in page
    assert first["key_points"] and "要点" in page and "Key points" not in page
    assert all(html.escape(kp["point"]) in page for kp in first["key_points"])


def test_an_english_session_exports_in_english(mianba_home: Path) -> None:
    iv = make_interviewer(mianba_home, max_follow_ups=0)
    sid = iv.start(InterviewOptions(stages=["behavioral"], minutes=10, language="en"))
    drive(iv, sid, ["I disagreed with my mentor on a threshold and ran both on real logs."])
    iv.close()
    store = SessionStore(mianba_home / "sessions.sqlite")
    md = render_session(store.get(sid), "md")
    page = render_session(store.get(sid), "html")
    store.close()
    assert "## Scores by stage" in md and "- Behavioral: " in md and "(offline estimate)" in md
    assert "**Q:** " in md and "## Turns" in md
    assert "Overall" in page and "Turns" in page and "offline estimate" in page
    assert "离线估计" not in md + page and "逐题回顾" not in md


def test_the_html_page_speaks_the_sessions_language(mianba_home: Path) -> None:
    pages = {}
    for language in ("zh", "en"):
        sid = _finished_session(mianba_home / language, language)
        store = SessionStore(mianba_home / language / "sessions.sqlite")
        pages[language] = render_session(store.get(sid), "html")
        store.close()
    for language, page in pages.items():
        other = pages["en" if language == "zh" else "zh"]
        for key in ("overall", "by_stage", "key_points", "from_notes", "score"):
            said = LOOK_WORDS[key].said_in(language)
            assert f"{said}" in page and f">{said}" not in other, key
        assert score_label(TurnScore(status="offline_estimate"), True, language) in page
    assert "<h1>面试记录 " in pages["zh"] and "<h1>Interview " in pages["en"]


def test_an_empty_section_says_why_instead_of_a_bare_dash(mianba_home: Path) -> None:
    """ "## 表达\n\n- -" and "## 优势\n\n- -" read as a broken export after a typed session
    with no strong topic."""
    for language in ("zh", "en"):
        sid = _finished_session(mianba_home / language, language)  # type: ignore[arg-type]
        store = SessionStore(mianba_home / language / "sessions.sqlite")
        md = render_session(store.get(sid), "md")
        store.close()
        assert "- -" not in md.splitlines(), md
        assert ("语音回答" if language == "zh" else "spoken answers") in md


def test_the_html_page_names_topics_in_the_sessions_language(mianba_home: Path) -> None:
    """A Chinese page listed the weak topic "Challenge" and headed a turn "行为面试 · Conflict"
    (the Markdown export said 困难与挑战, 意见冲突): a classic question's topic is a
    canonical English name, shown in the session's language."""
    iv = make_interviewer(mianba_home, MemoryRetriever([], []), max_follow_ups=0)
    sid = iv.start(InterviewOptions(stages=["behavioral"], minutes=10, language="zh"))
    drive(iv, sid, ["还行。", "还行。", "还行。"])
    iv.close()
    store = SessionStore(mianba_home / "sessions.sqlite")
    page = render_session(store.get(sid), "html")
    store.close()
    for english in ("Conflict", "Challenge", "Priorities"):
        assert english not in page, english
    assert "意见冲突" in page and "困难与挑战" in page


def test_a_turn_on_the_stage_itself_is_headed_by_the_stage_once(mianba_home: Path) -> None:
    """The self-introduction's turn was headed "自我介绍 · 自我介绍" in Review and both exports."""
    iv = make_interviewer(mianba_home, max_follow_ups=0)
    sid = iv.start(InterviewOptions(stages=["self_intro"], minutes=5, language="zh"))
    drive(iv, sid, ["我叫张三，硕士毕业于大连理工，做过两段实习，想找大模型算法岗。"])
    iv.close()
    store = SessionStore(mianba_home / "sessions.sqlite")
    record = store.get(sid)
    store.close()
    markdown, page = render_session(record, "md"), render_session(record, "html")
    assert "### t001 · 自我介绍\n" in markdown
    assert "<h3>自我介绍</h3>" in page
    assert "自我介绍 · 自我介绍" not in markdown + page


def test_markdown_scores_read_as_the_window_and_the_html_show_them(mianba_home: Path) -> None:
    """The Markdown said "Overall: 31.9" and "Score: 38.1" of a session the window, the HTML
    export and the CLI show as 32/100 and 38/100."""
    sid = _finished_session(mianba_home, "en")
    store = SessionStore(mianba_home / "sessions.sqlite")
    record = store.get(sid)
    store.close()
    markdown, page = render_session(record, "md"), render_session(record, "html")
    report = current_report(record)
    assert report.overall is not None
    shown = f"{report.overall:.0f}/100"
    assert f"Overall: {shown} (offline estimate)" in markdown and shown in page
    for turn in record.turns:
        if turn.score is not None and turn.score.overall is not None:
            assert f"{turn.score.overall:.0f}/100 (" in markdown
    assert not re.search(r"\d+\.\d (\(|（)", markdown)
