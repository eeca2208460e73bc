"""Asking a question again in narrower words, after the candidate said they did not
understand it ("不太明白您的意思", "what do you mean?").

A person does not move on at once, nor repeat the question: they ask about one part of
it - the subject of the notes' first point (or of the point a follow-up was about), the
condition it holds in - read as agent._aspects reads a claim, so no answer is given away;
or, first, what the name the question opens with is for ("LoRA 的原理是什么？" -> "先说说
LoRA，它大概是用来做什么的？"). The interview asks
again once per topic (agent.nodes.assess).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent import keypoints
from agent._aspects import Aspect, aspect
from agent._capitals import mid_sentence
from agent._phrasing import tidy_zh
from agent._words import Words
from agent.prompts.rephrasing import REPHRASED
from agent.state import Language
from knowledge import Stage

_KINDS: dict[Stage, str] = {"fundamentals": "knowledge", "behavioral": "story"}
# the name a question opens with: "LoRA 的原理…", "KV cache 是什么？", "How does BM25 work?"
_ZH_LEADING_NAME = re.compile(
    r"^(?:请|讲一下|介绍一下|说说|讲讲)?\s*(?P<what>[A-Za-z][\w\-.+]*(?:\s+[A-Za-z][\w\-.+]*)?)"
)
_LATIN_EDGE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?=[A-Za-zα-ω0-9])|(?<=[A-Za-zα-ω0-9])(?=[\u4e00-\u9fff])"
)
# "BM25", "LoRA", "GPTQ" - not a plural ("LLMs": "what is LLMs for?")
_EN_NAME = re.compile(r"\b(?![A-Z]+s\b)(?P<what>[A-Z][\w\-.+]*[A-Z0-9][\w\-.+]*)\b")


# a question of the notes quoted in Chinese inside an English one: "AB" of "线上 AB 实验怎么
# 做的" is part of a Chinese word ("A/B 实验"), and "roughly what is AB for?" asked nothing
_FOREIGN_QUOTE = re.compile(r"[“\"「][^”\"」]*[\u4e00-\u9fff][^”\"」]*[”\"」]")


def rephrased(
    question: str,
    point: keypoints.Point | None,
    stage: Stage,
    language: Language,
    seq: int,
    asked: Sequence[str] = (),
    project: str = "",
) -> str:
    """The question asked again about one part of it: `point` is the notes' point it is
    answered with first (a main question's first point, a follow-up's probed point); a
    question on a `project` asks what the candidate did in it."""
    kind = _KINDS.get(stage, "experience")
    if project and kind == "experience":
        return REPHRASED["project"][0].said_in(language).format(project=project)
    own = question if language == "zh" else _FOREIGN_QUOTE.sub("", question)
    leading = (_ZH_LEADING_NAME if language == "zh" else _EN_NAME).search(own.strip())
    found = _part(point, language) if kind == "knowledge" and not leading else None
    if kind == "knowledge" and leading:  # "LoRA 的原理…": what LoRA is for
        found, shape = Aspect(what=leading.group("what").strip()), "name"
    elif found is None:
        return REPHRASED[kind][0].said_in(language)
    else:
        shape = "both" if found.when and found.what else "when" if found.when else "what"
        shape = "defined" if found.defined and shape == "what" else shape
    words = {"what": found.what, "when": found.when}
    texts = [_filled(v, words, language) for v in REPHRASED[shape]]
    fresh = [t for t in texts if t not in asked] or texts
    return fresh[seq % len(fresh)]


def _part(point: keypoints.Point | None, language: Language) -> Aspect | None:
    """What the point is about, read from its start ("自回归解码时，…": when decoding)."""
    return aspect(point.text, point.text, language) if point is not None else None


def _filled(template: Words, words: dict[str, str], language: Language) -> str:
    if language == "zh":  # a latin name set off by a space, as the notes write it
        return tidy_zh(_LATIN_EDGE.sub(" ", template.said_in(language).format(**words)))
    # "Pre-training" mid-sentence, but not "BM25" nor "Adam"
    words = {**words, "what": mid_sentence(words["what"])}
    return template.said_in(language).format(**words)
