"""Delivery metrics after a voice answer: on its score card, in the report card, and
kept right when takes are joined."""

from __future__ import annotations

import numpy as np

from agent import Answer, Turn, TurnScore
from agent.report import build_report
from desktop._chat import ChatTranscript
from desktop._feedback import FeedbackCards
from desktop._report_card import ReportCard
from desktop._takes import Recorded, join_takes
from voice import Segment, Transcript, compute_metrics

RATE = 16_000


def _transcript(text: str, seconds: float, speech: list[tuple[float, float]]) -> Transcript:
    segments = [Segment(start=0.0, end=seconds - 0.5, text=text)]  # Whisper often starts at 0
    metrics = compute_metrics(segments, seconds, "en", speech)
    return Transcript(
        text=text, language="en", segments=segments, duration_s=seconds, metrics=metrics
    )


def _metrics(first_word: float) -> dict:
    segments = [Segment(start=0.0, end=4.0, text="I built a retrieval system with BM25")]
    speech = [(first_word, 4.0)]
    return compute_metrics(segments, 5.0, "en", speech).model_dump(mode="json")


def test_joined_takes_keep_the_first_word_the_vad_heard() -> None:
    first = Recorded(np.zeros(5 * RATE, np.int16), _transcript("first part", 5.0, [(1.6, 4.2)]))
    second = Recorded(np.zeros(4 * RATE, np.int16), _transcript("second part", 4.0, [(0.3, 3)]))
    assert first.transcript.metrics.time_to_first_word_s == 1.6
    joined = join_takes(first, second)
    assert joined.transcript.metrics.time_to_first_word_s == 1.6
    assert joined.transcript.metrics.duration_s == 9.0


def test_a_voice_answers_score_card_shows_its_delivery(qtbot) -> None:
    transcript = ChatTranscript()
    qtbot.addWidget(transcript)
    cards = FeedbackCards(transcript, "Feedback", on_retry=lambda _turn: None)
    voice = Answer(text="I built a retrieval system", source="voice", metrics=_metrics(1.6))
    cards.answered("t1", transcript.add_message("candidate", "You", voice.text), voice)
    cards.answered("t2", transcript.add_message("candidate", "You", "typed"), Answer(text="x"))
    score = TurnScore(status="offline_estimate", overall=62.0, summary="ok")
    cards.show("t1", score, True)
    cards.show("t2", score, True)
    spoken = cards.cards["t1"].text()
    assert "Delivery" in spoken and "First word after 1.6 s" in spoken
    assert "words/min" in spoken
    assert "Delivery" not in cards.cards["t2"].text()  # a typed answer has none
    cards.show("t1", TurnScore(status="failed", error="timeout"), True)
    assert "First word after 1.6 s" in cards.cards["t1"].text()  # also when scoring failed


def test_the_report_card_sums_up_the_spoken_answers(qtbot) -> None:
    score = TurnScore(status="offline_estimate", overall=70.0)
    turns = [
        Turn(
            turn_id=f"t{i}",
            seq=i,
            stage="fundamentals",
            topic="RAG",
            question="q",
            answer=Answer(text="a", source="voice", metrics=_metrics(first)),
            score=score,
        )
        for i, first in enumerate((1.2, 2.0))
    ]
    turns.append(
        Turn(turn_id="t9", seq=9, stage="project", topic="p", question="q", answer=Answer(text="a"))
    )
    report = build_report("s1", turns)
    assert report.delivery is not None and report.delivery.voice_answers == 2
    assert report.delivery.time_to_first_word_s == 1.6
    card = ReportCard(report)
    qtbot.addWidget(card)
    shown = card.body.text().replace("\u00a0", " ").replace("&nbsp;", " ")
    assert "Spoken answers 2" in shown
    assert "First word after 1.6 s" in shown
    assert build_report("s2", turns[2:]).delivery is None  # typed only: no delivery line


def test_times_read_with_their_unit_after_the_figure(qapp) -> None:
    """ "First word after (s) 1.6 · Duration (s) 9" read like a form; now "First word after
    1.6 s · Duration 9 s", and "开口用时 1.6 秒" in Chinese."""
    from desktop._delivery import metrics_text
    from desktop._i18n import install_translator

    metrics = {"longest_pause_s": 1.1, "time_to_first_word_s": 1.6, "duration_s": 9.0}
    text = metrics_text(metrics).replace("\u00a0", " ")
    assert text == "Longest pause 1.1 s · First word after 1.6 s · Duration 9 s"
    install_translator(qapp, "zh")
    try:
        text = metrics_text(metrics).replace("\u00a0", " ")
        assert text == "最长停顿 1.1 秒 · 开口用时 1.6 秒 · 时长 9 秒"
    finally:
        install_translator(qapp, "en")


def test_a_figure_never_wraps_away_from_its_unit(qapp) -> None:
    """At the narrowest window the report's delivery line broke "最长停顿 0.0 / 秒": an
    item is held together by no-break spaces, the line wraps between items only."""
    from desktop._delivery import metrics_text
    from desktop._i18n import install_translator

    metrics = {"speaking_rate": 241.0, "rate_unit": "chars/min", "longest_pause_s": 0.0}
    install_translator(qapp, "zh")
    try:
        items = metrics_text(metrics).split(" · ")
    finally:
        install_translator(qapp, "en")
    assert items == ["语速\u00a0241\u00a0字/分钟", "最长停顿\u00a00.0\u00a0秒"]
    english = metrics_text(metrics).split(" · ")
    assert all(" " not in item for item in english)  # "Longest pause 0.0 s" is one piece
