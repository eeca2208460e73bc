"""Key points an answer gives to the wrong actor: who does what in a process, swapped.

"draft 小模型先生成 k 个 token，大模型一次验证" told as "大模型先生成 k 个 token，然后交给
draft 小模型去验证"; "the generator takes random noise and produces fake samples" told of
the discriminator; "ZeRO-1 切分优化器状态" told of ZeRO-3. No negation marks these: the
actions are the reference's, the actors are exchanged.

The actors are the reference's own subjects: the term that leads a clause of the
reference (its first term, past "先" / "then") and that the reference uses again, or
that is one of a numbered family (ZeRO-1, ZeRO-2); verbs that open clauses ("使用…",
"例如…") are no actors. An answer clause opened by one actor (past its lead-in and a
short modifier: "让大的教师模型…"; an actor named later is an object) whose action (its
terms besides the actors and the question's) states most of a clause the reference gives
another actor the answer also names, and states less of every clause its own actor
leads, has the roles swapped. A clause with a negation is a contrast, not a swap.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import content_terms, terms, tokens
from agent._negation import NEGATION
from agent.keypoints import Point

ACTION_STATED = 0.5  # share of a reference clause's action an answer clause must say
ACTION_TERMS = 3  # and at least this many of its terms
# before a clause's subject, past its lead-in: nothing, or a short modifier ("大的")
_MODIFIER = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,3}的)?\s*$")

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)
_Clause = tuple[int, str, str, frozenset[str]]  # owner index, clause, actor, action terms

# a role's clause ends at punctuation or a new step ("然后", "then"); not at "and",
# which joins the actor's two actions ("takes noise and produces samples")
ROLE_CLAUSE = re.compile(r"[，,；;。！？!?：:（）()]|\bthen\b|然后|接着|之后")
# words before the subject that are not it: "先", "然后让", "first", "由"
_LEAD_IN = re.compile(
    r"^(?:\s|先|再|并|也|还|然后|接着|最后|由|让|把|首先|\b(?:and|but|so|first|next|finally|the|a|an)\b)+",
    re.IGNORECASE,
)
# verbs and markers that open a clause without naming anyone: "使用…", "例如…", "提出…"
_NOT_ACTORS = frozenset({"使用", "例如", "比如", "提出", "通过", "利用", "包括", "需要"}) | {
    *("可以", "进行", "采用", "其中", "一些", "这种", "主要", "如何", "用于", "use", "using"),
    # a list item that is a deed: "1.构建层次结构" (the answer's "HNSW 会构建…" is no swap)
    *("构建", "建立", "搭建", "实现", "设计", "引入", "加入", "计算", "训练", "选择"),
}
# a step of a process: "X 先生成…", "then Y verifies"
_STEP = re.compile(r"先|再|然后|接着|最后|\b(?:first|then|next|finally)\b", re.IGNORECASE)
_NUMBERED = re.compile(r"^([a-z][a-z]*)-?\d+$")
# a definition: "partition tolerance means the system keeps going…" tells what the term
# is, and the actors named in it act as the notes' do
_DEFINES = re.compile(r"\b(?:means|is when|refers to)\b|指的是|是指|意思是|定义为", re.IGNORECASE)


def swapped_actors(
    points: Sequence[Point], kept: list[str], question: str
) -> list[tuple[int, Where]]:
    """(point index, the answer's sentence and clause) for each action given to another actor."""
    asked = terms(question)
    reference = [(i, c) for i, p in enumerate(points) for c in _split(p.text)]
    actors = _actors([c for _, c in reference], asked) | _sequenced(points, asked)
    if len(actors) < 2:
        return []
    led = [(i, c, a, _action(c, actors, asked)) for i, c in reference if (a := _actor(c, actors))]
    everything = terms(" ".join(kept))
    led = [c for c in led if c[2] in everything]  # an actor the answer never names lost no role
    words = _words_led([(c[1], c[2]) for c in led])
    found = []
    for j, sentence in enumerate(kept):
        for clause in _split(sentence):
            actor = _actor(clause, actors)
            if actor is None or NEGATION.search(clause) or _DEFINES.search(clause):
                continue
            if not _same_word(clause, actor, words):
                continue
            said = terms(clause)
            others = [c for c in led if _exchanged(actor, said, c)]
            owner = _swapped(_action(clause, actors, asked), actor, others, led)
            if owner is not None:
                found.append((owner, (j, clause.lower())))
    return found


def _split(text: str) -> list[str]:
    return [c for c in ROLE_CLAUSE.split(text) if c and c.strip()]


def _leading_term(clause: str) -> str | None:
    """The clause's first term past the lead-in words ("先", "then", "由")."""
    rest = _LEAD_IN.sub("", clause.strip())
    for token in tokens(rest):
        found = sorted(terms(token[:2] if re.match(r"[\u4e00-\u9fff]", token) else token))
        if found:
            return found[0]
    return None


def _actors(clauses: list[str], asked: set[str]) -> set[str]:
    """Terms that lead a reference clause and come back in another, or that name one of a
    numbered family (ZeRO-1 and ZeRO-3); never the question's own words."""
    leading = {t for c in clauses if (t := _leading_term(c)) and t not in asked | _NOT_ACTORS}
    used = {t: sum(t in terms(c) for c in clauses) for t in leading}
    families: dict[str, int] = {}
    for term in leading:
        if match := _NUMBERED.match(term):
            families[match.group(1)] = families.get(match.group(1), 0) + 1
    numbered = {t for t in leading if (m := _NUMBERED.match(t)) and families[m.group(1)] > 1}
    return {t for t in leading if used[t] >= 2} | numbered


def _sequenced(points: Sequence[Point], asked: set[str]) -> set[str]:
    """The subjects of one point that tells a process step by step ("draft 小模型先生成 k 个
    token，大模型一次验证"): each named once, they are still its actors."""
    found: set[str] = set()
    for point in points:
        clauses = _split(point.text)
        if len(clauses) < 2 or not any(_subject_then_step(c) for c in clauses):
            continue
        leading = {t for c in clauses if (t := _leading_term(c))} - asked - _NOT_ACTORS
        if len(leading) >= 2:
            found |= leading
    return found


def _subject_then_step(clause: str) -> bool:
    """A subject before the step word ("draft 小模型先生成"), not a step with no subject
    ("先训练好一个教师模型": 训练 is what is done, not who does it)."""
    step = _STEP.search(clause.strip())
    return step is not None and step.start() > 0


def _actor(clause: str, actors: set[str]) -> str | None:
    """The actor the clause opens with, past its lead-in and a short modifier ("让大的教师
    模型…"): its subject. An actor named later ("该数据集包含了人类评估者…", "先训练好一个
    小的学生模型") is an object."""
    said = terms(clause)
    rest = _LEAD_IN.sub("", clause.strip()).lower()
    named = [(rest.find(a), a) for a in actors if a in said]
    found = min(((at, a) for at, a in named if _MODIFIER.match(rest[: max(at, 0)])), default=None)
    return found[1] if found else None


def _words_led(led: list[tuple[str, str]]) -> dict[str, set[str]]:
    """The character after each Chinese actor where it leads the reference's clauses: the
    word it begins ("奖励模型" begins with the actor 奖励, whose next character is 模)."""
    words: dict[str, set[str]] = {}
    for clause, actor in led:
        at = clause.lower().find(actor)
        if at >= 0 and re.match(r"[\u4e00-\u9fff]{2}$", actor):
            words.setdefault(actor, set()).add(clause[at + 2 : at + 3])
    return words


def _same_word(clause: str, actor: str, words: dict[str, set[str]]) -> bool:
    """Does the answer's clause open with the word the reference's actor is ("奖励来自打分
    模型" opens with 奖励, the reward, not the 奖励模型 that trains on rankings)?"""
    after = words.get(actor)
    if not after or not all(re.match(r"[\u4e00-\u9fff]", a) for a in after):
        return True
    at = clause.lower().find(actor)
    return at < 0 or clause[at + 2 : at + 3] in after


def _action(clause: str, actors: set[str], asked: set[str]) -> frozenset[str]:
    return frozenset(content_terms(clause) - actors - asked)


def _exchanged(actor: str, said: set[str], clause: _Clause) -> bool:
    """Is the reference clause led by another actor, who is not merely named later in it
    ("代码评审时导师说…" is no clause of 代码 against "导师说…"): the answer's actor is
    absent from it, or the answer names its actor too (both there, their places swapped)?"""
    _, text, leader, _ = clause
    return leader != actor and (actor not in terms(text) or leader in said)


def _swapped(
    action: frozenset[str], actor: str, others: list[_Clause], led: list[_Clause]
) -> int | None:
    """The point whose clause, led by another actor, this action states (ACTION_STATED of
    its terms), when it states less of every clause its own actor leads; else None."""
    own = max((_share(action, c) for c in led if c[2] == actor), default=0.0)
    best_share, best_owner = 0.0, None
    for clause in others:
        share = _share(action, clause)
        if len(action & clause[3]) >= ACTION_TERMS and share > best_share:
            best_share, best_owner = share, clause[0]
    return best_owner if best_share >= ACTION_STATED and best_share > own else None


def _share(action: frozenset[str], clause: _Clause) -> float:
    wanted = clause[3]
    return len(action & wanted) / len(wanted) if wanted else 0.0
