"""Projects the notes tell in both languages: an interview asks each one once, in its own
language.

A candidate who keeps an English write-up beside the Chinese one (knowledge/demo_notes:
10_projects.md and 11_projects_en.md) tells the same story twice. What a translation
keeps as written - its figures and its names (71% → 89%, BM25, RRF, MinHash) - shows
which write-up retells which; two write-ups in one language are two projects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import CJK_RUN, mostly_cjk, overlap, tokens
from agent._number_terms import number_terms
from agent.state import Language
from knowledge import Project

SHARED_SHARE = 0.5  # of the sparser write-up's figures and names, found in the other
MIN_SHARED = 3  # fewer shared marks say nothing: "7B", "GPT" and "2" are in many projects
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")  # "120,000" is one number, as "12 万" is
_NAME = re.compile(r"[A-Za-z].*[A-Z0-9].*")  # BM25, RRF, MinHash, bge-m3; not "The", "jieba"


def told_in(projects: Sequence[Project], language: Language) -> list[Project]:
    """The projects an interview in `language` asks about, in the notes' order: a write-up
    in the other language is left out when one in `language` retells it."""
    own = [p for p in projects if _in(p, language)]
    return [p for p in projects if p in own or not any(_retells(p, mine) for mine in own)]


def _in(project: Project, language: Language) -> bool:
    return mostly_cjk(project.description) == (language == "zh")


def _retells(a: Project, b: Project) -> bool:
    """Do two write-ups tell one project: most figures and names of the sparser found in
    the other."""
    marks_a, marks_b = _marks(a.description), _marks(b.description)
    sparser, fuller = sorted((marks_a, marks_b), key=len)
    return len(sparser & fuller) >= MIN_SHARED and overlap(sparser, fuller) >= SHARED_SHARE


def _marks(text: str) -> set[str]:
    """Figures, whatever way written ("12 万" and "120,000" are "120000"), bar small counts
    ("2 epochs", "4 responses": any project has some), and latin names as written."""
    figures = {
        f for f in number_terms(_THOUSANDS.sub("", text)) if not (f.isdigit() and int(f) < 10)
    }
    names = {t.rstrip(".") for t in tokens(text) if not CJK_RUN.match(t) and _NAME.fullmatch(t)}
    return figures | names
