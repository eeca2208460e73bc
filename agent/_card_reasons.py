"""What the offline card says of each dimension: the key points covered, and the counts
the form dimensions rest on (zh and en side by side)."""

from __future__ import annotations

from collections.abc import Sequence

from agent._answer_text import units
from agent._models import KeyPointStatus
from agent._words import Words

STORY = ("situation", "task", "action", "result")
UNBACKED_NOTE = 0.7  # below this backing the reason says much of the answer is worded otherwise


def coverage_reason(
    statuses: Sequence[KeyPointStatus],
    zh: bool,
    backed: float = 1.0,
    touched: int = 0,
    near: bool = False,
) -> str:
    """ "covers 1 of 4 key points, 1 in part, 1 touched on, 1 contradicted": what the
    content score rests on (a point touched on counts a little), with a note when most of
    the answer is not in the notes (that lowers it too), or when what little it earned was
    for being on their topic (`near`, agent._nearness)."""
    hit, total = statuses.count("hit"), len(statuses)
    partly, wrong = statuses.count("partly"), statuses.count("contradicted")
    unbacked = backed < UNBACKED_NOTE and (hit or partly or touched)
    language = "zh" if zh else "en"
    # beside "1 in part" the near note cannot say that no point was made
    near_note = _NEAR_IN_PART if partly or touched else _NEAR
    said = (
        (_IN_PART, partly),
        (_TOUCHED, touched),
        (_CONTRADICTED, wrong),
        (_UNBACKED, unbacked),
        (near_note, near),
    )
    extra = "".join(words.said_in(language).format(n=n) for words, n in said if n)
    noun = "key point" if total == 1 else "key points"  # the Chinese says no noun
    return _COVERS.said_in(language).format(hit=hit, total=total, noun=noun, extra=extra)


_COVERS = Words("covers {hit} of {total} {noun}{extra}", "覆盖参考要点 {hit}/{total}{extra}")
_IN_PART = Words(", {n} in part", "，部分覆盖 {n}")
_TOUCHED = Words(", {n} touched on", "，略有涉及 {n}")
# read from the words, not the meaning: a right answer worded otherwise can be taken for
# one (about half the time on fresh notes, benchmarks/_judgement_scores.py), so "may"
_CONTRADICTED = Words(", {n} may contradict your notes", "，{n} 点可能与笔记相反")
# words the notes do not use cannot be checked offline: not wrong, and not counted. A
# paraphrase of the notes is as unchecked as a claim they never make, so the card says
# what was measured (the wording), not that the answer strayed from the notes
_UNBACKED = Words(
    "; much of the answer is worded unlike your notes, which the offline estimate cannot check",
    "；回答中很多说法与笔记用词不同，离线估计无法核对",
)

# meaning, not words: the whole answer is near the notes' topic (measured, not whether it
# answers the question), so it earns a little
_NEAR = Words(
    "; near the topic of your notes, but no point of them made",
    "；与笔记的话题相近，但没有答到其中的具体要点",
)
_NEAR_IN_PART = Words(
    "; near the topic of your notes, but no point of them made in full",
    "；与笔记的话题相近，但没有完整答到其中的要点",
)


# not "on one point": asking a thin introduction for more, or a point with what explains
# it, judges several
NARROW = Words(
    "a follow-up: judged on what it asked ({reason})",
    "追问：按追问的内容评分（{reason}）",
)
FORM_CANCELLED = Words(
    "; what contradicts your notes cancelled the points made, so form earns nothing",
    "；与笔记相反的说法抵消了答到的要点，形式不计分",
)
FORM_UNCOUNTED = Words(
    "; no point of your notes was made, so form earns nothing",
    "；未答到笔记中的要点，形式不计分",
)

_NO_REFERENCE = Words(
    "no reference answer in your notes: a rough estimate from how much was said",
    "笔记无此题参考答案：只按内容多少粗略估计",
)


def form_facts(
    counts: dict[str, int], answer: str, sentences: int, tech_terms: int
) -> dict[str, Words]:
    """What was measured, per dimension, as reasons in both languages."""
    return {
        "correctness": _NO_REFERENCE,
        "key_point_coverage": _NO_REFERENCE,
        **_form(counts, units(answer), sentences, tech_terms),
        "structure": _intro_parts(counts),
        "relevance": Words(_n(tech_terms, "technical term"), f"技术术语 {tech_terms} 个"),
    }


# the parts of an answer the markers find, as each language names them
_PARTS = {
    "education": Words("education", "教育背景"),
    "experience": Words("experience", "经历"),
    "skills": Words("skills", "技能"),
    "motivation": Words("motivation", "动机"),
    "situation": Words("situation", "情境"),
    "task": Words("task", "任务"),
    "action": Words("action", "行动"),
    "result": Words("result", "结果"),
}


def _found(c: dict[str, int], names: Sequence[str]) -> Words:
    """ "situation, action" / "情境、行动": the parts found, or none."""
    en = ", ".join(_PARTS[n].en for n in names if c[n]) or "none"
    zh = "、".join(_PARTS[n].zh for n in names if c[n]) or "无"
    return Words(en, zh)


def _intro_parts(c: dict[str, int]) -> Words:
    parts = _found(c, ("education", "experience", "skills", "motivation"))
    return Words(f"parts found: {parts.en}", f"包含：{parts.zh}")


def _n(count: int, noun: str) -> str:
    """ "1 sentence", "3 sentences": a count said as English says it."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _form(c: dict[str, int], n: int, sentences: int, tech_terms: int) -> dict[str, Words]:
    found = _found(c, STORY)
    return {
        "depth": Words(
            f"{_n(c['because'], 'explanation word')} (because, for example), length {n}",
            f"解释性词语 {c['because']} 处，长度 {n}",
        ),
        "clarity": Words(
            f"{_n(sentences, 'sentence')}, {_n(c['order'], 'order word')} (first, then)",
            f"{sentences} 句，顺序词 {c['order']} 处",
        ),
        "role_contribution": Words(
            f"{_n(c['role'], 'statement')} of your own part (I built, my role)",
            f"说明本人职责 {c['role']} 处",
        ),
        "technical_depth": Words(
            f"{_n(tech_terms, 'technical term')}, length {n}", f"技术术语 {tech_terms} 个，长度 {n}"
        ),
        "results_numbers": Words(
            f"{_n(c['number'], 'number')}, {_n(c['result'], 'result word')}",
            f"数字 {c['number']} 处，结果词 {c['result']} 处",
        ),
        "trade_offs": Words(
            f"{_n(c['trade_off'], 'trade-off word')} (instead, compared, downside)",
            f"取舍/对比词 {c['trade_off']} 处",
        ),
        "star_structure": Words(f"STAR parts found: {found.en}", f"STAR 要素：{found.zh}"),
        "specificity": Words(
            f"{_n(c['number'], 'number')}, {_n(sentences, 'sentence')}",
            f"数字 {c['number']} 处，{sentences} 句",
        ),
        "reflection": Words(
            f"{_n(c['reflection'], 'reflection word')} (learned, next time)",
            f"反思/收获词 {c['reflection']} 处",
        ),
        "concision": Words(f"length {n} (words or characters)", f"长度 {n}"),
    }
