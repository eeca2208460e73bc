"""Ways the notes list to an end: "如何解决幻觉问题的？" answered by "1.修改解码参数…
2.rag 3.代码生成" - each way only named, saying nothing of itself. A follow-up on one asks
how it serves the end the question names ("rag 是怎么帮助解决幻觉问题的？"), not "rag，这是
怎么回事？".
"""

from __future__ import annotations

import re

from agent._answer_text import mostly_cjk, units
from agent._clauses import split_clauses
from agent._ways_en import as_done, en_ways, says_something
from agent.state import Language

# "如何解决幻觉问题的？" / "How do you reduce hallucination?": a question asking for ways to
# an end, whose end a follow-up on one way can name ("它是怎么帮助解决幻觉问题的？")
_ZH_AIM = re.compile(
    r"^(?:请问)?(?:你们?)?(?:是)?(?:如何|怎么|怎样)(?!样)(.{2,16}?)(?:的|呢)?[？?。]?$"
)
_EN_AIM = re.compile(
    r"^how (?:do|can|would|should|did) (?:you|we|one|i) (.{3,50}?)\??$", re.IGNORECASE
)
BARE_NAME_UNITS = 8  # "代码生成", "RAG", "early stopping": a way named, nothing said of it


def aim_of(question: str, language: Language) -> str | None:
    """What a how-to question asks to achieve ("解决幻觉问题"), or None."""
    asked = question.strip().splitlines()[-1].strip() if question.strip() else ""
    found = (_ZH_AIM if language == "zh" else _EN_AIM).match(asked)
    if not found or (language == "zh") != mostly_cjk(asked):
        return None
    return found.group(1).strip()


def ways(text: str) -> list[str]:
    """The things a point only names ("rag"; "修改解码参数，调改解码策略,SFT微调，提前停止"),
    saying nothing of them; [] when it says something (a clause of more than a name)."""
    named = [c.strip(" ，,、;；。.") for c in split_clauses(text)]
    named = [c for c in named if c]
    if not mostly_cjk(text) and len(named) == 1:  # "lower the temperature, greedy decoding"
        named = en_ways(text) or named
    if not 0 < len(named) <= MAX_WAYS:
        return []
    if not mostly_cjk(text) and any(says_something(c) for c in named):
        return []  # "We cache the results": a sentence, no way named
    fits = all(units(c) <= BARE_NAME_UNITS // (1 if mostly_cjk(c) else 2) for c in named)
    return named if fits else []


def listed(names: list[str], language: Language) -> str:
    """ "A、B、C" / "A, B and C" - English ways as things one does ("lowering the…")."""
    if language == "zh":
        return "、".join(names)
    names = as_done(names) if not any(mostly_cjk(n) for n in names) else names
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


MAX_WAYS = 4  # more named ways than this is a list to be asked about in parts
