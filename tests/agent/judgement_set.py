"""A labelled set for judging the offline estimate: questions with five answers of known quality.

Written for these tests (not copied from anyone's notes). Each reference answer is in
the messy style real notes have: markdown headings, bold lines, numbered and bulleted
lists, long paragraphs. Each question has five answers:

- strong: covers the reference's ideas correctly, in the candidate's own words;
- partial: gets one or two of the ideas right and stops;
- wrong: on topic and sharing the reference's words, but its claims contradict it;
- off_topic: talks around the topic or about something else, with no reference idea;
- padded: only restates the question, over and over.

The ordering the estimate must produce: strong > partial > max(wrong, off_topic, padded).
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge import Citation, Question, Stage

KINDS = ("strong", "partial", "wrong", "off_topic", "padded")


@dataclass(frozen=True)
class Case:
    case_id: str
    language: str  # "zh" | "en"
    stage: Stage
    question: str
    reference: str
    strong: str
    partial: str
    wrong: str
    off_topic: str
    padded: str

    def answer(self, kind: str) -> str:
        return str(getattr(self, kind))

    def as_bank_entry(self) -> Question:
        """The case's notes as the question bank would hold them."""
        return Question(
            id=self.case_id,
            question=self.question,
            answer=self.reference,
            stage=self.stage,
            topic=self.question,
            citation=Citation(source="judgement-set", line_start=1, line_end=1),
        )


def all_cases() -> list[Case]:
    from judgement_en import CASES as EN
    from judgement_zh import CASES as ZH

    return [*ZH, *EN]
