"""Which generic follow-up fits the question asked, when no point of the notes is named.

A knowledge question is mostly about one thing ("LoRA 的原理是什么？"), and its generic
follow-ups speak of it ("它有什么局限？"). A question comparing things ("A 和 B 有什么区别？",
"What is the difference between pre-training and fine-tuning?") has no one "it": its
follow-ups speak of the things compared. An experience follow-up does not ask what the
answers already told (agent._told).
"""

from __future__ import annotations

import re

from agent import _told
from agent._words import Words
from agent.prompts.generic_follow_ups import (
    COMPARISON_FOLLOW_UPS,
    COMPARISON_RESTART,
    GENERIC_FOLLOW_UPS,
    GENERIC_RESTART,
    REMEDY_RESTART,
)

# "有什么区别", "有何不同", "异同", "对比", "相比", "the difference between", "how does X differ
# from", "compared with", "vs" - not "比较常用" (rather common) nor "不同的层" (various layers)
_COMPARES = re.compile(
    r"区别|差异|异同|对比|相比|有(?:什么|何)不同|不同(?:点|之处)|(?:的|哪些|哪里)不同[吗？?]?$"
    r"|\bdiffer(?:s|ence|ences)?\b|\bdifferent from\b|\bcompar(?:e|ed|ing|ison)\b"
    r"|\bvs\.?(?=\s)|\bversus\b",
    re.IGNORECASE,
)


# "如何解决幻觉问题", "怎么缓解过拟合", "How can we reduce hallucination?", "how do you prevent
# it": the question asks for ways to deal with a problem, not what a thing is for
_REMEDY = re.compile(
    r"(?:如何|怎么|怎样|怎么样|有什么办法|有哪些(?:方法|办法|手段))(?:去|来)?"
    r"(?:解决|缓解|避免|减少|减轻|降低|防止|应对|处理|改善|克服)"
    r"|\bhow\s+(?:do|can|would|could|should|to)\s+(?:(?:you|we|one)\s+)?(?:reduce|solve|fix|avoid"
    r"|prevent|mitigate|handle|deal\s+with|overcome|address|lower|limit)\b",
    re.IGNORECASE,
)


def compares(question: str) -> bool:
    """The question asks how things differ, not about one thing."""
    return bool(_COMPARES.search(question))


def generic_variants(kind: str, held: bool, question: str, told: str) -> tuple[Words, ...]:
    """The templates of a follow-up naming no point: `held` - some of the answers so far
    covered the notes (ask for more), else none did (bring them back to the question);
    `question`: the topic's main question; `told`: what the answers said."""
    if kind == "knowledge" and compares(question):
        return COMPARISON_FOLLOW_UPS if held else COMPARISON_RESTART
    if kind == "knowledge" and not held and _REMEDY.search(question):
        return REMEDY_RESTART
    generic = GENERIC_FOLLOW_UPS if held else GENERIC_RESTART
    variants = generic["experience" if kind == "story" else kind]
    if variants is GENERIC_FOLLOW_UPS["experience"]:  # not what was told
        variants = tuple(_told.not_told(variants, told))
    return variants
