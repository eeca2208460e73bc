"""A term of a key point the answer denies outright, or asserts where the point denies it.

"没做评测", "no reranker", "不需要任何校准" against a point that does these; "需要额外的
adapter 分支" against "没有额外延迟". Clause against clause overlap is not needed: the
term is the link. A denial counts only when no clause of the answer says the point's
claim with the term, the clause is about this point (not another the question names,
not another point's own denial) and says the denied verb's object too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import ZH_LONE_FUNCTION, content_terms, mostly_cjk, overlap, terms
from agent._asked import asked_whether, unasked
from agent._changes import restates_change
from agent._denied_objects import as_noun, denied_far, new_kind, object_said, verb_only
from agent._markdown import plain
from agent._negation import (
    all_rejected,
    contrast_kept,
    denial,
    hypothetical,
    is_cjk,
    negated,
    qualified,
)
from agent._no_longer import past_told, stopped_since, told_of_before
from agent._other_lines import tells_other_line
from agent._said_alike import alike
from agent._same_claim import said_alike
from agent._subjects import (
    LESSON,
    PURPOSE,
    TAKEN_FOR,
    about_others,
    another_topic,
    answer_clauses,
    labelled,
    named_in,
    names_property,
    of_another,
    of_the_baseline,
    other_sections,
    own_labels,
    rejects_label,
    says_other,
)
from agent._swaps import CLAUSE, Where
from agent._zero import zero
from agent.keypoints import Point

_OWN_LINE = 0.8  # share of a point's terms a notes line has when it is the point's own line
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
# "If any of those bits is zero, it was never added": a denial under a condition says
# what follows from it (a lookup's answer), not that the point's thing is never done
_CONDITION = re.compile(r"\s*(?:(?:only )?if|whenever)\b|\s*(?:如果|要是|假如|只要|一旦)", re.I)
_VERB_DENIED = re.compile(r"(?:n't|\bnever|\bnot)\s+$", re.IGNORECASE)
_NEGATION_CHARS = frozenset("不没无未非") | ZH_LONE_FUNCTION


def denied(
    points: Sequence[Point], kept: list[str], question: str, notes: str = ""
) -> list[tuple[int, Where]]:
    """A term of the reference the answer denies outright ("没做评测", "no reranker") where
    the reference never negates it and no clause of the answer says the point's claim with
    it; or the other way round, a term the reference denies ("没有额外延迟") that the
    answer asserts and never negates ("需要额外的 adapter 分支")."""
    asked, found = terms(question), []
    # "in real time" says the notes' "real-time": the compound joined as the notes write it
    compounds = {t for p in points for t in terms(p.text) if re.fullmatch(r"[a-z]+-[a-z]+", t)}
    original = {}
    for j, c in answer_clauses(kept):
        original[(j, _joined(c.lower(), compounds))] = c.lower()
    said = list(original)
    everything = " ".join(c for _, c in said)  # a term not in it is in no clause
    names = named_in(question)
    sectioned = [(p.context, p.text) for p in points]
    labels = labelled([p.text for p in points]) | own_labels(notes.splitlines())
    for i, point in enumerate(points):
        text = point.text.lower()
        others = [q.text for q in points if q is not point]
        lines = _lines_beside(notes, point.text)  # "don't model 'normal'", unsampled
        # a sentence naming only another thing, or a clause only another point's label
        # ("a CP system…" says nothing of the AP point)
        about = f"{point.context} {point.text}"  # "AWQ": "no Hessian" is of AWQ, not GPTQ
        sections = other_sections(point.context, sectioned)
        elsewhere = about_others(about, kept, names, sections)
        shared = set().union(*(terms(q) for q in others))  # the words other points use too
        for term in sorted(content_terms(point.text) - asked):
            if len(term) < 2 or (term.isascii() and len(term) < 3) or term not in everything:
                continue
            if zero(text, term) or asked_whether(text, term):
                continue  # "zero downtime" is "without downtime"; "评估能不能做" claims neither
            if re.search(rf"\b{re.escape(term)}\w*\s+no\b", text):
                continue  # "45% needed no edit" denies the need itself, as "didn't need" does
            using = [
                (j, c)
                for j, c in said
                if _says(c, term)
                and j not in elsewhere
                and not of_another(point.text, c, labels)
                and not of_the_baseline(point.text, c)  # "normal attention sees it all"
                and not names_property(c, term)  # "一致性校验" of "特征不一致"
                and not asked_whether(c, term)
                and not alike(text, c, term)  # "有条件和无条件" says it neither way
                and not another_topic(text, c)  # "学习率要按大 batch" of "统计量不是按大 batch"
            ]
            if not using:
                continue  # most of a point's terms: the answer never uses them
            if _conditional(text, term) or qualified(text, term):
                continue  # "without positions, order is lost" denies no position
            if denial(text, term) and LESSON.search(text):
                continue  # what should have been done: "调了超参" told is no denial of it
            beside = [n for n in lines if negated(n.lower(), term)]  # the term denied there too
            wrong = _denying(text, term, using, said, kept, others + beside, shared, original)
            # a clause telling another line of the notes ("…且自己回落", the result) as it
            # says it denies nothing of this one
            if wrong is not None and not tells_other_line(text, original[wrong], notes):
                found.append((i, (wrong[0], original[wrong])))
                break
    return found


def _denying(
    text: str,
    term: str,
    using: list[Where],
    said: list[Where],
    kept: list[str],
    others: list[str],
    shared: set[str],
    original: dict[Where, str],
) -> Where | None:
    """The clause saying the opposite of what the point says of `term`, if no clause
    says it as the point does: asserting what the point denies, or denying its claim."""
    if denial(text, term) and not negated(text, term):
        return None  # said plainly, then denied: its object differs ("是针对代码不是针对人")
    if denial(text, term):  # the reference denies it ("没有额外延迟"), the answer says it
        wrong = [(j, c) for j, c in using if not negated(c, term) and not _not_yet(c, term)]
        wrong = [(j, c) for j, c in wrong if not said_alike(text, c)]  # "we tried SMOTE"
        wrong = [(j, c) for j, c in wrong if not all_rejected(text, term, c)]
        # a Chinese sentence runs on in commas where English has one clause
        wrong = [(j, c) for j, c in wrong if object_said(text, term, _unit(kept, j, c))]
        wrong = [(j, c) for j, c in wrong if not _as_others_say(term, c, others)]
        right = [j for j, c in using if negated(c, term)]
    elif not negated(text, term) and not denied_far(text, term):
        wrong, right = _denied_claim(text, term, using, said, term in shared)
        wrong = [(j, c) for j, c in wrong if not _under_condition(kept[j].lower(), c)]
    else:
        return None
    # an answer rejecting what the point rejects ("instead of the full feature I
    # offered…"), or saying what another point denies, is not denying this one
    wrong = [
        (j, c)
        for j, c in wrong
        if not contrast_kept(text, c)
        # "not the training data" denies that kind only: "held-out data" is no flip
        and not new_kind(text, term, c)
        and not new_kind(c, term, text)
        and not verb_only(c, term, text)
        # "questions it can't answer" is not "the answers" ("waiting" is the verb it denied)
        and not (verb_only(text, term, c) and as_noun(c, term))
        # as written: another point's "no ground truth" is not this one's "ground-truth"
        and not says_other(text, others, kept[max(0, j - 1) : j + 1], original[(j, c)])
        and not rejects_label(text, c)  # "instead of waiting for the batch": static batching
        and not restates_change(text, c)  # "256 instead of 1024" of "1024 -> 256"
        and not told_of_before(text, kept[j])  # "曝光从 2% 提到 9%" of "原来…没有曝光"
        and not past_told(text, kept[j])  # "原来按流失概率发券" of "…不是流失概率"
        and not stopped_since(text, kept[j])  # "后面…没再发散" of "现象：…→ 发散"
    ]
    # "t 检验把每次曝光当成了独立样本": the method's mistake the notes point out
    framed = (PURPOSE, TAKEN_FOR)
    if wrong and not right and not any(f.search(kept[wrong[0][0]].lower()) for f in framed):
        return wrong[0]
    return None


def _not_yet(clause: str, term: str) -> bool:
    """Is the term what the clause does only later, if at all ("before escalating
    anything I had a one-to-one" does not escalate first)?"""
    return re.search(rf"\b(?:before|until)\s+{re.escape(term)}", clause) is not None


def _under_condition(sentence: str, clause: str) -> bool:
    """Does the clause, or the one before it in its sentence, open with a condition?"""
    parts = [c for c in CLAUSE.split(sentence) if c and c.strip()]
    at = parts.index(clause) if clause in parts else 0
    return any(_CONDITION.match(c) for c in parts[max(0, at - 1) : at + 1])


def _unit(kept: list[str], j: int, clause: str) -> str:
    """The clause in English, its whole sentence in Chinese."""
    return clause if not mostly_cjk(clause) else kept[j].lower()


def _conditional(point: str, term: str) -> bool:
    """Is the point's clause with `term` a condition ("without positions", "如果没有…")?"""
    return any(hypothetical(c) for c in CLAUSE.split(point) if c and _says(c, term))


def _joined(clause: str, compounds: set[str]) -> str:
    for compound in compounds:
        spaced = compound.replace("-", r"[\s-]")
        clause = re.sub(rf"\b{spaced}\b", compound, clause)
    return clause


def _denied_claim(
    point: str, term: str, using: list[tuple[int, str]], said: list[tuple[int, str]], shared: bool
) -> tuple[list[Where], list[int]]:
    """Sentences denying the point's `term` (about this point's claim when other points use
    the word too) and sentences saying the claim plainly. Only a clause saying the claim
    answers a denial: the term named in passing elsewhere ("模块耦合太重" beside "没有拆
    模块") does not, and a plain clause is read with the rest of its sentence."""
    # a denied verb, and the point says what it was denied of: "I didn't bring curves"
    # denies no "brings threshold questions to us" ("no vector database" denies the thing)
    wrong = [
        (j, c)
        for j, c in using
        if (denial(c, term) or _verb_denied(point, c, term))
        and not said_alike(point, c)  # "c 越大越不容忍错分" of "C 小 → 容忍错分"
        and (not shared or _about(point, term, c))
        and (not _VERB_DENIED.search(c[: c.find(term)]) or object_said(c, term, point))
    ]
    unsaid = {c for _, c in wrong}
    right = [
        j
        for j, c in using
        if not negated(c, term)
        and _states_claim(point, term, " ".join(o for k, o in said if k == j and o not in unsaid))
    ]
    return wrong, right


def _lines_beside(notes: str, point: str) -> list[str]:
    """The notes' other lines, as written: a denial one of them makes ("don't model
    'normal'") is no flip of this point however it was sampled."""
    mine = content_terms(point)
    lines = (plain(n) for n in notes.splitlines())
    return [n for n in lines if (words := content_terms(n)) and overlap(mine, words) < _OWN_LINE]


def _verb_denied(point: str, clause: str, term: str) -> bool:
    """Does the clause deny the verb the point puts before `term` ("不设重复上限" of "每个
    语种设 epoch 上限", "没做线上 A/B" of "做了线上 A/B")? The verb and the term are
    the point's claim; words between them are modifiers either side may drop."""
    if not is_cjk(term) or _NEGATION_CHARS & set(term):
        return False
    point, clause = unasked(point), unasked(clause)  # "要不要改写" asks, denies nothing
    denied_in_point = {m.start(1) for m in _VERB_BEFORE.finditer(point)}
    for verb in _VERB_BEFORE.finditer(clause):
        if clause.startswith(term, verb.end()):
            continue  # the term right after the verb is agent._negation.denial's to read
        if _leads_to(clause, verb.end(), term) and any(
            k not in denied_in_point and _leads_to(point, k + 1, term)
            for k in (m.start() for m in re.finditer(re.escape(verb.group(1)), point))
        ):
            return True
    return False


def _leads_to(text: str, at: int, term: str) -> bool:
    """Is `term` a few characters on from `at`, in the same phrase?"""
    return bool(re.match(rf"[^，,。；;：:→/]{{0,8}}?{re.escape(term)}", text[at:]))


# a Chinese denial of a one-character verb: "不设", "没做", "未加"
# (不同, 不断, 不仅, 不过…: words of their own)
_VERB_BEFORE = re.compile(r"(?:不|没有?|未)(?![同断仅只确错少久过管论停然如光多])([\u4e00-\u9fff])")


def _about(point: str, term: str, clause: str) -> bool:
    """Is a clause denying `term`, a word other points use too, about this point's claim:
    it shares a content term, or in Chinese a character, of a point clause with the term
    besides the term ("没有拆模块" / "把模块拆成三个接口"; not "LayerNorm 不依赖 batch" /
    "推理时 batch 可能为 1")?"""
    said = content_terms(clause) | {c for c in clause if CJK_CHAR.match(c)}
    for part in CLAUSE.split(point):
        if part and _says(part, term):
            own = content_terms(part) | {c for c in part if CJK_CHAR.match(c)}
            if (own - set(term) - {term} - _NEGATION_CHARS) & said:
                return True
    return False


def _states_claim(point: str, term: str, clause: str) -> bool:
    """Does the clause say more of the point's claim about `term` than the term itself:
    another content term of a point clause that has it (or that clause has no other)?"""
    for part in CLAUSE.split(point):
        if part and _says(part, term):
            rest = content_terms(part) - {term}
            if not rest or rest & content_terms(clause):
                return True
    return False


def _says(clause: str, term: str) -> bool:
    """Does the clause use the term: one of its words in English ("data" is not in
    "databases"), any run of characters in Chinese."""
    return term in terms(clause) if term.isascii() else term in clause


def _as_others_say(term: str, clause: str, others: list[str]) -> bool:
    """Does the clause say the term in a phrase another point says plainly ("partition
    tolerance" of "P = partition tolerance…" beside "no partition -> …")? It states that
    point, no denial of this one's."""
    found = (
        re.search(rf"\b{re.escape(term)}\w*\s+([a-z]{{3,}})", clause) if term.isascii() else None
    )
    if found is None:
        return False
    phrase = rf"\b{re.escape(term)}\w*\s+{re.escape(found.group(1))}"
    return any(re.search(phrase, o.lower()) and not negated(o.lower(), term) for o in others)
