"""What the interviewer needs from the notes: a small protocol, met by knowledge.KnowledgeBase."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from knowledge import Hit, Kind, Project, Question, Stage


class Retriever(Protocol):
    def search(
        self,
        query: str,
        k: int = 5,
        *,
        kinds: Sequence[Kind] | None = None,
        stage: Stage | None = None,
    ) -> list[Hit]: ...

    def questions(self, stage: Stage | None = None) -> list[Question]: ...

    def find_reference(
        self, question_text: str, stage: Stage | None = None, k: int = 3
    ) -> list[Question]: ...

    def projects(self) -> list[Project]: ...
