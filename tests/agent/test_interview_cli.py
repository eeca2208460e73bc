"""`mianba interview` and `mianba sessions` in-process, over the real KnowledgeBase and the
bundled demo notes (empty store -> demo notes are imported first, and the user is told)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from interview_fixtures import InterviewerScript
from scripted_server import ScriptedLLMServer

from agent import SessionStore
from mianba.cli import main

pytestmark = pytest.mark.slow

ANSWERS_TEXT = """我是林知远，研究检索增强生成，做过知识库问答实习。

我用 BM25 加向量做混合检索，再用 cross-encoder 重排，
召回率从 71% 提到 89%。

过拟合是训练集好测试集差，用正则化和早停。
"""


def _session_id(home: Path) -> str:
    store = SessionStore(home / "sessions.sqlite")
    sessions = store.list_sessions()
    store.close()
    return sessions[0].id


def test_offline_interview_with_an_answers_file(
    mianba_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text(ANSWERS_TEXT, encoding="utf-8")
    code = main(["interview", "--answers", str(answers), "--minutes", "20", "--lang", "zh"])
    out = capsys.readouterr().out
    assert code == 0, out
    # a zh session is worded in Chinese from the first line to the report
    assert "离线模式：问题来自你的笔记，分数为离线估计" in out
    assert "先导入自带的示例笔记" in out
    assert "== 自我介绍 ==" in out and "[t001] 面试官：" in out
    assert "（已提交 t003 的回答）" in out
    assert "召回率从 71% 提到 89%" in out  # a paragraph spanning two lines is one answer
    assert "t001 的反馈" in out and "（离线估计）" in out
    assert "==== 面试报告 ====" in out and "面试到此结束" in out
    for english in ("Interviewer", "feedback on", "offline estimate", "Overall", "missed:"):
        assert english not in out
    record = SessionStore(mianba_home / "sessions.sqlite").get(_session_id(mianba_home))
    assert next(t.answer.text for t in record.turns if t.answer).startswith("我是林知远")
    assert record.status == "finished" and record.report is not None
    assert record.report.basis == "offline_estimate"

    # a second interview: the store is no longer empty, so no import this time
    args = ["--stages", "fundamentals", "--mode", "mock", "--lang", "en"]
    main(["interview", "--answers", str(answers), *args])
    second = capsys.readouterr().out
    assert "importing the bundled demo notes" not in second
    assert "feedback on" not in second  # mock mode: feedback only in the report
    assert "Interview report" in second and "== Fundamentals ==" in second


def test_typed_answers_and_two_empty_lines_end_early(
    mianba_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("我是一名算法工程师。\n\n\n"))
    code = main(["interview", "--stages", "self_intro,fundamentals", "--minutes", "10"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "再按一次回车结束面试" in out  # the default interview language is zh
    assert "已回答 1 题" in out


def test_ctrl_d_ends_early(
    mianba_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["interview", "--stages", "behavioral", "--minutes", "5", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Ending the interview here" in out and "answered: 0" in out


def test_bad_input_gets_a_clear_message(
    mianba_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["interview", "--answers", str(tmp_path / "missing.txt")]) == 2
    assert "cannot read answers file" in capsys.readouterr().err
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('["one", 2]', encoding="utf-8")
    assert main(["interview", "--answers", str(bad_json)]) == 2
    assert "expected a JSON list of strings" in capsys.readouterr().err
    assert main(["interview", "--stages", "coding"]) == 2
    assert "unknown stage coding" in capsys.readouterr().err
    assert main(["interview", "--resume", "20200101-000000-abcd"]) == 1
    assert "no interview session with id" in capsys.readouterr().err
    assert main(["sessions", "show", "nope"]) == 1
    assert "no interview session with id 'nope'" in capsys.readouterr().err


def test_sessions_list_show_export_delete(
    mianba_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sessions", "list"]) == 0
    assert "No interview sessions yet" in capsys.readouterr().out
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(["过拟合是训练好测试差。", "点积注意力。"]), encoding="utf-8")
    main(["interview", "--answers", str(answers), "--stages", "fundamentals"])
    capsys.readouterr()
    sid = _session_id(mianba_home)

    assert main(["sessions", "list"]) == 0
    listed = capsys.readouterr().out
    assert sid in listed
    # its score is an offline estimate, and says so (the window's list did, this did not)
    assert "(offline estimate)  finished" in next(x for x in listed.splitlines() if sid in x)
    assert main(["sessions", "show", sid]) == 0
    shown = capsys.readouterr().out  # a zh session (the default), shown in Chinese
    assert "答：过拟合是训练好测试差。" in shown and "离线估计" in shown
    assert "==== 面试报告 ====" in shown and "] 基础知识 / " in shown
    assert "，中文，风格：中性" in shown  # the options named as the report names them
    for fmt, label in (("md", "离线估计"), ("html", "离线估计"), ("json", "offline estimate")):
        target = tmp_path / f"export.{fmt}"  # JSON's labels stay English: a stable interface
        assert main(["sessions", "export", sid, "--format", fmt, "-o", str(target)]) == 0
        assert label in target.read_text(encoding="utf-8")
    doc = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert all("overall" in turn for turn in doc["turns"])
    assert f"Wrote {tmp_path / 'export.md'}" in capsys.readouterr().out
    assert main(["sessions", "export", sid, "--format", "md"]) == 0  # to stdout
    assert capsys.readouterr().out.startswith(f"# 面试记录 {sid}")
    assert main(["sessions", "delete", sid]) == 0
    capsys.readouterr()
    assert main(["sessions", "list"]) == 0
    assert "No interview sessions yet" in capsys.readouterr().out


def test_english_interview_against_the_scripted_llm(
    mianba_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    scripted_llm: ScriptedLLMServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    scripted_llm.on_chat = InterviewerScript("en")
    monkeypatch.setenv("MIANBA_LLM__BASE_URL", scripted_llm.base_url)
    monkeypatch.setenv("MIANBA_LLM_API_KEY", "sk-test")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(["Hybrid BM25 and vectors.", "Dropout."]), encoding="utf-8")
    code = main(["interview", "--answers", str(answers), "--lang", "en", "--minutes", "10"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "offline mode" not in out and "LLM: " in out
    assert "Question 1: walk me through this" in out
    assert "feedback on t001" in out and "(offline estimate)" not in out.split("report")[0]
    record = SessionStore(mianba_home / "sessions.sqlite").get(_session_id(mianba_home))
    assert record.report is not None and record.report.basis != "offline_estimate"
    assert all(t.score and t.score.status in ("llm", "guarded") for t in record.turns if t.answer)


def test_feedback_is_printed_on_its_own_lines_after_the_next_question() -> None:
    """Scores arrive mid-question or before it: feedback never joins a question's line and
    always follows the next question, in turn order."""
    from agent import QuestionAsked, QuestionDelta, ScoreReady, TurnScore
    from mianba.commands._interview_view import EventPrinter

    def score(turn_id: str) -> ScoreReady:
        return ScoreReady(
            turn_id=turn_id, score=TurnScore(status="offline_estimate", overall=20), visible=True
        )

    def ask(turn_id: str, text: str, early: list[ScoreReady], mid: list[ScoreReady]) -> list:
        return [
            *early,
            QuestionDelta(turn_id=turn_id, text=text[:4]),
            *mid,
            QuestionDelta(turn_id=turn_id, text=text[4:]),
            QuestionAsked(turn_id=turn_id, stage="fundamentals", topic="t", text=text),
        ]

    out = io.StringIO()
    printer = EventPrinter(out, offline=True)
    printer.show(ask("t006", "向量数据库的索引是怎么回事？", [], [score("t005")]))
    printer.show(ask("t007", "What is a KV cache?", [score("t006")], []))
    lines = out.getvalue().splitlines()
    assert "[t006] Interviewer: 向量数据库的索引是怎么回事？" in lines
    assert "[t007] Interviewer: What is a KV cache?" in lines
    order = [line for line in lines if line.startswith("[t") or "feedback on" in line]
    assert order == [
        "[t006] Interviewer: 向量数据库的索引是怎么回事？",
        "  -- feedback on t005: 20/100 (offline estimate)",
        "[t007] Interviewer: What is a KV cache?",
        "  -- feedback on t006: 20/100 (offline estimate)",
    ]


def test_the_report_reads_plainly() -> None:
    """No score label nested in brackets, no snake_case dimension names, and a question to
    practise again is shown without the interviewer's lead-in."""
    from agent.report import Report, Repractise, WeakTopic
    from mianba.commands._interview_view import print_report

    report = Report(
        session_id="s",
        overall=40,
        by_dimension={"key_point_coverage": 2.3, "role_contribution": 1.7},
        strengths=["role_contribution", "Dropout"],  # as stored before strengths were topics
        weak_topics=[WeakTopic(stage="fundamentals", topic="LoRA", score=29)],
        repractise=[
            Repractise(
                turn_id="t005",
                question="下面问一些基础知识。LoRA 的原理是什么？",
                overall=0,
            ),
            Repractise(turn_id="t006", question="Thanks. What is a KV cache?", overall=10),
            Repractise(turn_id="t007", question="I need details here. Why RRF?", overall=5),
        ],
        answered=2,
        scored=2,
        basis="offline_estimate",
    )
    out = io.StringIO()
    print_report(report, out)
    text = out.getvalue()
    assert "(29/100, offline estimate)" in text and "((" not in text and "))" not in text
    assert "Key-point coverage 2.3" in text and "_" not in text.replace("t00", "")
    assert "Strengths: Role & contribution, Dropout" in text  # labelled as the app does
    assert "[t005] LoRA 的原理是什么？ (0/100, offline estimate)" in text
    assert "[t006] What is a KV cache? (10/100, offline estimate)" in text
    assert "[t007] Why RRF? (5/100, offline estimate)" in text  # each lead a style takes in turn
    assert "Overall: 40/100 (offline estimate)" in text  # every score still says what it is


def test_ctrl_c_says_in_the_sessions_language_how_to_go_on(
    mianba_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reader pressed Ctrl-C in a Chinese interview and read "Interrupted." in English."""

    def ctrl_c(prompt: str = "") -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("builtins.input", ctrl_c)
    code = main(["interview", "--minutes", "10", "--lang", "zh"])
    err = capsys.readouterr().err
    assert code == 130
    assert "已中断" in err and f"--resume {_session_id(mianba_home)}" in err
    assert "Interrupted" not in err
