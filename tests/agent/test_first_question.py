"""The interview's first question greets, whatever stage it opens: an interview of only
fundamentals began "Next, some fundamentals. What is the difference between…", one of only
behavioral questions "Finally, a few behavioral questions." - before anything was asked."""

from __future__ import annotations

from pathlib import Path

import pytest
from interview_fixtures import LORA, MemoryRetriever, questions_asked

from agent import InterviewOptions
from knowledge import Citation, Question

LORA_EN = Question(
    id="q-lora-en",
    question="How does LoRA work?",
    answer="LoRA freezes the pre-trained weights and trains two low-rank matrices A and B.",
    stage="fundamentals",
    topic="LoRA",
    citation=Citation(source="notes.md", line_start=1, line_end=2),
)


@pytest.mark.parametrize(("language", "greeting"), [("zh", "你好"), ("en", "Hello")])
def test_an_interview_of_fundamentals_only_opens_with_a_greeting(
    mianba_home: Path, language: str, greeting: str
) -> None:
    retriever = MemoryRetriever(questions=[LORA if language == "zh" else LORA_EN], projects=[])
    options = InterviewOptions(stages=["fundamentals"], minutes=30, language=language)  # type: ignore[arg-type]
    asked = questions_asked(mianba_home, retriever, options, ["我不知道。"])
    first = asked[0].text
    assert first.startswith(greeting), first
    assert not first.startswith(("Next", "下面", "Finally", "最后")), first


def test_a_later_stage_still_opens_with_its_transition(mianba_home: Path) -> None:
    retriever = MemoryRetriever(questions=[LORA_EN], projects=[])
    options = InterviewOptions(stages=["self_intro", "fundamentals"], minutes=30, language="en")
    asked = questions_asked(mianba_home, retriever, options, ["I am Lin, a master's student."] * 4)
    fundamentals = next(q for q in asked if q.stage == "fundamentals")
    assert fundamentals.text.startswith("Next, some fundamentals."), fundamentals.text
