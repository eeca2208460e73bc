"""Terminal rendering of an interview: streamed questions, feedback cards, the final report.

Every score shown says where it came from: "offline estimate" for the offline
estimator, "scoring failed" when scoring did not produce one.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from agent import InterviewEvent, Report, TurnScore

STAGE_TITLES = {
    "self_intro": "Self-introduction",
    "project": "Project deep-dive",
    "fundamentals": "Fundamentals",
    "behavioral": "Behavioral",
}


def dimension_name(name: str) -> str:
    """A rubric dimension as the app shows it ("role_contribution" -> "Role & contribution")."""
    from agent import dimension_label

    return dimension_label(name)


def bare_question(text: str) -> str:
    """A question without the interviewer's lead-in ("下面问一些基础知识。", "Thanks. "), for
    lists that show the question alone."""
    from agent.prompts import interviewer as prompts

    leads = [
        lead
        for table in (prompts.STAGE_OPENERS, prompts.FOLLOW_UP_LEAD)
        for words in table.values()
        for lead in words
        if lead
    ]
    for lead in sorted(leads, key=len, reverse=True):
        if text.startswith(lead) and text[len(lead) :].strip():
            return text[len(lead) :].strip()
    return text


def score_text(score: TurnScore, offline: bool = False) -> str:
    """The score and, unless the rubric LLM made it, how it was made (agent.score_label)."""
    from agent import score_label

    if score.status == "failed" or score.overall is None:
        return f"{score_label(score)} - {score.error or 'no score'}"
    label = "" if score.status == "llm" else f" ({score_label(score, offline)})"
    return f"{score.overall:.0f}/100{label}"


class EventPrinter:
    """Prints events as they arrive; `show` returns the final event (awaiting or finished).

    Scores arrive from background scoring at any moment, even mid-question. Feedback is
    held and printed on its own lines after the next question (or before the report),
    so it never lands inside a question and always comes in the same place.
    """

    def __init__(self, out: TextIO | None = None, *, offline: bool = False) -> None:
        self.out = out or sys.stdout
        self.offline = offline
        self._streamed: dict[str, str] = {}
        self._pending: list[tuple[str, TurnScore]] = []

    def _print(self, text: str = "", end: str = "\n") -> None:
        print(text, end=end, file=self.out, flush=True)

    def show(self, events: Iterable[InterviewEvent]) -> InterviewEvent | None:
        last = None
        for event in events:
            self.handle(event)
            if event.type in ("awaiting_answer", "finished"):
                last = event
        return last

    def handle(self, event: InterviewEvent) -> None:
        if event.type == "stage_changed":
            self._print(f"\n== {STAGE_TITLES.get(event.stage, event.stage)} ==")
        elif event.type == "question_delta":
            if event.turn_id not in self._streamed:
                self._print(f"\n[{event.turn_id}] Interviewer: ", end="")
                self._streamed[event.turn_id] = ""
            self._streamed[event.turn_id] += event.text
            self._print(event.text, end="")
        elif event.type == "question_asked":
            streamed = self._streamed.get(event.turn_id)
            if streamed is None:  # re-announced after a resume: nothing was streamed
                self._print(f"\n[{event.turn_id}] Interviewer: {event.text}")
            elif streamed.strip() != event.text.strip():  # the LLM's text was replaced
                self._print(f"\n[{event.turn_id}] Interviewer (revised): {event.text}")
            else:
                self._print()
            self._flush_feedback()
        elif event.type == "score_ready" and event.visible:
            self._pending.append((event.turn_id, event.score))
        elif event.type == "awaiting_answer":
            self._flush_feedback()
        elif event.type == "finished":
            self._flush_feedback()
            print_report(event.report, self.out)

    def _flush_feedback(self) -> None:
        for turn_id, score in sorted(self._pending, key=lambda item: item[0]):
            self.feedback(turn_id, score)
        self._pending.clear()

    def feedback(self, turn_id: str, score: TurnScore) -> None:
        self._print(f"  -- feedback on {turn_id}: {score_text(score, self.offline)}")
        if score.summary:
            self._print(f"     {score.summary}")
        missed = [kp.point for kp in score.key_points if kp.status in ("missed", "contradicted")]
        for point in missed[:3]:
            self._print(f"     missed: {point}")


def print_report(report: Report, out: TextIO | None = None) -> None:
    out = out or sys.stdout

    def p(text: str = "") -> None:
        print(text, file=out, flush=True)

    from agent import SCORE_LABELS, dimensions_by_stage

    estimate = SCORE_LABELS["offline_estimate"].en
    label = f" ({estimate})" if report.is_estimate else ""
    inner = f", {estimate}" if report.is_estimate else ""  # inside "(61/100, …)"
    overall = "-" if report.overall is None else f"{report.overall:.0f}/100"
    p("\n==== Interview report ====")
    p(f"Overall: {overall}{label}   answered: {report.answered}, scored: {report.scored}")
    if report.failed:
        p(f"{report.failed} answer(s): scoring failed - retry from the app or the review screen")
    for stage, value in report.by_stage.items():
        p(f"  {STAGE_TITLES.get(stage, stage)}: {value:.0f}/100{label}")
    if report.by_dimension:
        p("Dimensions (1-5), each on its stage's answers:")
        for stage, values in dimensions_by_stage(report.by_dimension):
            dimensions = ", ".join(f"{dimension_name(k)} {v:.1f}" for k, v in values.items())
            p(f"  {STAGE_TITLES.get(stage, stage or 'Other')}: {dimensions}")
    if report.strengths:
        named = (dimension_name(s) if s in report.by_dimension else s for s in report.strengths)
        p("Strengths: " + ", ".join(named))
    if report.weak_topics:
        p("Weakest topics - review these notes:")
        for weak in report.weak_topics:
            p(f"  * {weak.topic} ({weak.score:.0f}/100{inner})")
            for citation in weak.review:
                p(f"      {citation.label()}")
    if report.repractise:
        p("Worth practising again:")
        for item in report.repractise:
            question = bare_question(item.question)
            p(f"  * [{item.turn_id}] {question} ({item.overall:.0f}/100{inner})")
