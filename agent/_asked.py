"""What looks like a denial in a clause and is none: the 不 of an A-not-A question ("评估
能不能做"), the 不 naming a pair's other half ("发券组和不发券组"). agent._negation reads a
text through `unasked` first; the notes' "!=" / "≠" become the "not" they mean."""

from __future__ import annotations

import re

# "能不能做", "是不是", "有没有", "可不可以", the notes' "有无编造": a question (A-not-A) asks
# whether, its 不/没/无 denies nothing ("评估能不能做" is no claim that it cannot be done)
_A_NOT_A = re.compile(r"([\u4e00-\u9fff])[不没]\1|(有)无([\u4e00-\u9fff]{1,4})")
_NOT_EQUAL = re.compile(r"\s*(?:!=|≠)\s*")


def unasked(text: str) -> str:
    """The text with the 不/没 of its A-not-A questions made a neutral character (the same
    length, so positions hold), and the notes' "!=" / "≠" read as the "not" they mean
    ("!= GPT-2 byte-level BPE")."""
    text = _NOT_EQUAL.sub(" not ", text)
    if not any(c in text for c in "不没无"):
        return text
    text = _PAIRED_NOT.sub(lambda m: m.group(1) + m.group(2) + "或" * len(m.group(3)), text)
    text = _WITH_WITHOUT.sub(lambda m: m.group(1) + "或" * len(m.group(3)), text)
    return _A_NOT_A.sub(_neutral, text)


def _neutral(question: re.Match[str]) -> str:
    """ "能不能" as "能或能", "有无" (the notes' whether-or-not) as "有或"."""
    if question.group(2):
        return "有或" + question.group(3)
    return question.group(1) + "或" + question.group(1)


# "发券组和不发券组各训一个": the 不 names the pair's other half, it denies nothing after it
_PAIRED_NOT = re.compile(
    r"([\u4e00-\u9fff]{1,4})(\s*(?:和|与|跟|及|或|、|/|vs\.?)\s*)(不|没有?)(?=\1)"
)


# "有指令时回答的 loss / 无指令时回答的 loss": with and without a thing, set side by side
_WITH_WITHOUT = re.compile(r"(有([\u4e00-\u9fff]{1,4})[^，,。；;]{0,30}?)(无|没有?)(?=\2)")


def asked_whether(text: str, term: str) -> bool:
    """Is the term said in an A-not-A question ("能做" in "评估能不能做", "是真" in "是不是
    真的")? Such a clause asks; it claims the term neither way, so it cannot be denied
    ("能做就做，做不了就往后排") nor deny."""
    spans = [m.span() for m in _A_NOT_A.finditer(text)]
    at = text.find(term)
    while spans and at >= 0:
        if any(start < at + len(term) and at < end for start, end in spans):
            return True
        at = text.find(term, at + 1)
    return False


# "理论感受野和有效感受野不是一回事", "they are not the same": a difference told in words
_TOLD_APART = re.compile(
    r"不是一回事|不一样|不相同|不同|不等于|区别|\bnot the same\b|\bdiffer|\bdistinct\b", re.I
)


def told_apart(point: str, clause: str) -> bool:
    """Does the clause tell in words the difference the point writes as "≠" / "!="
    ("ERF ≠ 理论 RF")? Its negation says the point's, no flip of it."""
    return _NOT_EQUAL.search(point) is not None and _TOLD_APART.search(clause) is not None
