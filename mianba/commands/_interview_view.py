"""Terminal rendering of an interview: streamed questions, feedback cards, the final report.

Every score shown says where it came from: "offline estimate" for the offline
estimator, "scoring failed" when scoring did not produce one.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from mianba.commands._cli_words import said

if TYPE_CHECKING:
    from agent import InterviewEvent, Report, TurnScore


def dimension_name(name: str, language: str = "en") -> str:
    """A rubric dimension as the app shows it ("role_contribution" -> "Role & contribution")."""
    from agent import dimension_label

    return dimension_label(name, language)


def stage_heading(stage: str, language: str = "en") -> str:
    """A stage id as the session's headings name it ("Self-introduction", "自我介绍")."""
    from agent import stage_title

    return stage_title(stage, language)


def bare_question(text: str) -> str:
    """A question without the interviewer's lead-in ("下面问一些基础知识。", "Thanks. "), for
    lists that show the question alone."""
    from agent.prompts import follow_ups
    from agent.prompts import interviewer as prompts

    openers = list(prompts.STAGE_OPENERS.values())
    said_first = openers + [w for turn in follow_ups.FOLLOW_UP_LEAD.values() for w in turn]
    leads = [lead for words in said_first for lead in words if lead]
    for lead in sorted(leads, key=len, reverse=True):
        if text.startswith(lead) and text[len(lead) :].strip():
            return text[len(lead) :].strip()
    return text


def score_text(score: TurnScore, offline: bool = False, language: str = "en") -> str:
    """The score and, unless the rubric LLM made it, how it was made (agent.score_label)."""
    from agent import score_label

    label = score_label(score, offline, language)
    if score.status == "failed" or score.overall is None:
        return f"{label} - {score.error or said('no_score', language)}"
    if score.status == "llm":
        return f"{score.overall:.0f}/100"
    if any(bracket in label for bracket in "(（"):  # "offline estimate (guarded)": no (( ))
        return f"{score.overall:.0f}/100 · {label}"
    return said("aside", language, text=f"{score.overall:.0f}/100", aside=label)


class EventPrinter:
    """Prints events as they arrive; `show` returns the final event (awaiting or finished).

    Scores arrive from background scoring at any moment, even mid-question. Feedback is
    held and printed on its own lines after the next question (or before the report),
    so it never lands inside a question and always comes in the same place. Everything
    around the interviewer's and the notes' words is in the session's `language`.
    """

    def __init__(
        self, out: TextIO | None = None, *, offline: bool = False, language: str = "en"
    ) -> None:
        self.out = out or sys.stdout
        self.offline = offline
        self.language = language
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
            self._print(f"\n== {stage_heading(event.stage, self.language)} ==")
        elif event.type == "question_delta":
            if event.turn_id not in self._streamed:
                self._print("\n" + said("asks", self.language, turn=event.turn_id), end="")
                self._streamed[event.turn_id] = ""
            self._streamed[event.turn_id] += event.text
            self._print(event.text, end="")
        elif event.type == "question_asked":
            streamed = self._streamed.get(event.turn_id)
            if streamed is None:  # re-announced after a resume: nothing was streamed
                self._print("\n" + said("asks", self.language, turn=event.turn_id) + event.text)
            elif streamed.strip() != event.text.strip():  # the LLM's text was replaced
                self._print("\n" + said("revised", self.language, turn=event.turn_id) + event.text)
            else:
                self._print()
            self._flush_feedback()
        elif event.type == "score_ready" and event.visible:
            self._pending.append((event.turn_id, event.score))
        elif event.type == "awaiting_answer":
            self._flush_feedback()
        elif event.type == "finished":
            self._flush_feedback()
            print_report(event.report, self.out, self.language)

    def _flush_feedback(self) -> None:
        for turn_id, score in sorted(self._pending, key=lambda item: item[0]):
            self.feedback(turn_id, score)
        self._pending.clear()

    def feedback(self, turn_id: str, score: TurnScore) -> None:
        shown = score_text(score, self.offline, self.language)
        self._print(said("feedback", self.language, turn=turn_id, score=shown))
        if score.summary:
            self._print(f"     {score.summary}")
        from agent import KEY_POINT_LABELS

        # a point said against the notes was said: it reads "may contradict", not "missed"
        listed = [kp for kp in score.key_points if kp.status == "contradicted"]
        listed += [kp for kp in score.key_points if kp.status == "missed"]
        for kp in listed[:3]:
            label = KEY_POINT_LABELS[kp.status].said_in(self.language)
            self._print(said("missed", self.language, label=label, point=kp.point))


def print_report(report: Report, out: TextIO | None = None, language: str = "en") -> None:
    """The end-of-interview report, worded in the session's language; every score says
    it is an offline estimate when it is one."""
    from agent import SCORE_LABELS, rough_estimates

    out = out or sys.stdout
    lines = [said("report", language), *_overall_lines(report, language)]
    estimate = SCORE_LABELS["offline_estimate"].said_in(language)

    def scored(value: float, how: str) -> str:  # "61/100 (offline estimate)" when it is one
        shown = f"{value:.0f}/100"
        return said(how, language, text=shown, aside=estimate) if report.is_estimate else shown

    def listed(text: str, value: float, left_out: int = 0) -> str:
        """ "LoRA (29/100, offline estimate)"; "…, leaving out 1 rough estimate" after it
        when the mean leaves capped rough estimates out, as the window's report says."""
        shown = scored(value, "aside_inner")
        if left_out:
            shown = said("left_out", language, value=shown, n=rough_estimates(left_out, language))
        return "  * " + said("aside", language, text=text, aside=shown)

    for stage, value in report.by_stage.items():
        name, shown = stage_heading(stage, language), scored(value, "aside")
        rough = report.rough_by_stage.get(stage, 0)
        if rough:  # the stage's mean counts them; no weak topic does
            shown = said(
                "rough_in_stage", language, value=shown, n=rough_estimates(rough, language)
            )
        lines.append("  " + said("entry", language, name=name, value=shown))
    lines += _dimension_lines(report, language)
    if report.weak_topics:
        cited = any(weak.review for weak in report.weak_topics)
        lines.append(said("weak" if cited else "weak_bare", language))
        for weak in report.weak_topics:
            topic = _topic(weak.topic, weak.stage, language)
            lines.append(listed(topic, weak.score, weak.left_out))
            lines += [f"      {citation.label()}" for citation in weak.review]
    if report.repractise:
        lines.append(said("repractise", language))
        for item in report.repractise:
            lines.append(listed(f"[{item.turn_id}] {bare_question(item.question)}", item.overall))
    print("\n" + "\n".join(lines), file=out, flush=True)


def _overall_lines(report: Report, language: str) -> list[str]:
    from agent import SCORE_LABELS

    overall = "-" if report.overall is None else f"{report.overall:.0f}/100"
    if report.is_estimate:
        estimate = SCORE_LABELS["offline_estimate"].said_in(language)
        overall = said("aside", language, text=overall, aside=estimate)
    counts = {"answered": report.answered, "scored": report.scored}
    lines = [said("overall", language, overall=overall, **counts)]
    if report.failed:
        lines.append(
            said("failed", language, failed=report.failed, s="" if report.failed == 1 else "s")
        )
    return lines


def _dimension_lines(report: Report, language: str) -> list[str]:
    """Each stage's rubric dimension averages, then the strengths, named as the app does."""
    from agent import dimensions_by_stage

    lines = []
    comma = said("list_separator", language)
    if report.by_dimension:
        lines.append(said("dimensions", language))
        for stage, values in dimensions_by_stage(report.by_dimension):
            named = comma.join(f"{dimension_name(k, language)} {v:.1f}" for k, v in values.items())
            where = stage_heading(stage, language) if stage else said("other_stage", language)
            lines.append("  " + said("entry", language, name=where, value=named))
    if report.strengths:
        strengths = (
            dimension_name(s, language) if s in report.by_dimension else _topic(s, "", language)
            for s in report.strengths
        )
        lines.append(said("strengths", language) + comma.join(strengths))
    return lines


def _topic(topic: str, stage: str, language: str) -> str:
    from agent import topic_title

    return topic_title(topic, stage, language)
