"""Which key points an answer contradicts: claims sharing a point's words that say otherwise.

Five shapes of a wrong claim, each found clause against clause:

- a flipped negation ("去掉正则化" against "正则化", "with no reasoning" against "write
  reasoning steps"), or a term the reference never negates that the answer denies
  outright ("没做评测", "no reranker", "不需要任何校准");
- the opposite direction or degree ("increases" / "lowers", "提到 91%" / "降到 78%",
  "梯度很小" / "梯度更大");
- a comparison turned round ("learned ones extrapolate better than RoPE" against
  "RoPE extrapolates better": agent._comparison);
- swapped roles: the question names two things (LayerNorm and BatchNorm, temperature and
  top-p, Adam and SGD) and a clause attributes to one what the reference says of the
  other ("LayerNorm 依赖 batch 统计量"), with no negation that would make it a contrast
  (agent._swaps).

A clause that says what is avoided ("为了防止点积太大"), a condition ("without X, …",
"就算…没学到"), another clause of the answer that states the point as the reference does,
a clause stating another point's denial as it does ("L2 … never exactly zero" beside
"L1 drives weights exactly to zero"), the past of a "no longer" ("以前…就是退化问题"),
or a denied verb's word said without its object ("making the weights smaller" against
"without making them zero") keeps a flip from counting. Where a negation reaches (not
past a contrast: "不在计算而在显存") is agent._negation's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import ZH_LONE_FUNCTION, content_terms, mostly_cjk, overlap, terms
from agent._changes import changed
from agent._comparison import (
    OPPOSITES,
    only,
    opposite_degree,
    opposite_modifier,
    poles,
    reversed_comparison,
)
from agent._negation import (
    contrast_kept,
    denial,
    hypothetical,
    negated,
    none,
    object_said,
    qualified,
    used_to_be,
    zero,
)
from agent._numbers import other_figure
from agent._roles import swapped_actors
from agent._stories import story_contradictions
from agent._subjects import named_in, of_another, says_other
from agent._swaps import CLAUSE, CLAUSE_STATED, swapped
from agent._wrong_numbers import wrong_numbers
from agent.keypoints import Point

__all__ = ["CLAUSE", "CLAUSE_STATED", "contradicting_clauses", "contradictions"]

CONTRADICTION_OVERLAP = 0.35
# a denied verb, not a "no"/"nothing" that is the object ("18% of searches returned nothing")
_VERB_NEGATION = re.compile(r"\b(?:not|never|cannot)\b|n't", re.IGNORECASE)
# which way a clause says something moves: up (+1) or down (-1)
_DIRECTION = (
    (
        1,
        re.compile(
            r"提高|提升|提到\s*\d|增加|增长|增大|上升|上涨|涨到|升到|变大|变多|"
            r"\b(?:increas\w*|rais(?:e|es|ed|ing)|ris(?:e|es|ing)|rose|grow(?:s|n|ing)?|grew"
            r"|boost\w*|went up|goes up)\b",
            re.IGNORECASE,
        ),
    ),
    (
        -1,
        re.compile(
            r"降低|下降|降到|减少|减小|减到|下跌|跌到|变小|变少|"
            r"\b(?:decreas\w*|lower(?:s|ed|ing)?|reduc\w*|fall(?:s|ing)?|fell|shrink\w*"
            r"|went down|goes down)\b",
            re.IGNORECASE,
        ),
    ),
)
# what a clause says stayed as it was: no change where the notes say it went up or down
_STEADY = re.compile(
    r"一直是|一直都|始终|仍然|依然|没有?变|不变"
    r"|\b(?:stayed|remained|unchanged|did(?: not|n't) change|flat)\b",
    re.IGNORECASE,
)
# "为了防止点积太大，让 softmax 不要饱和" agrees with "softmax 进入饱和区": a negation
# saying what is avoided is no flip of the claim
_PURPOSE = re.compile(r"防止|避免|以免|为了|免得|\b(?:prevent|avoid|so that|to keep|keeps?)\b")
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_NEGATION_CHARS = frozenset("不没无未非") | ZH_LONE_FUNCTION


Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)


def contradictions(points: Sequence[Point], kept: list[str], question: str) -> dict[int, int]:
    """Point index -> index of the answer sentence that contradicts it."""
    return {i: j for i, (j, _) in contradicting_clauses(points, kept, question).items()}


def contradicting_clauses(
    points: Sequence[Point], kept: list[str], question: str
) -> dict[int, Where]:
    """Point index -> the sentence and the clause of the answer that contradicts it."""
    found: dict[int, Where] = {}
    said_of = poles(" ".join(p.text for p in points))
    compared = {noun for noun, pole in said_of if (noun, -pole) in said_of}
    names = named_in(question)
    for i, point in enumerate(points):
        others = [q.text for q in points if q is not point]
        against = _contradicted(point.text, kept, compared, others, names)
        if against is not None:
            found[i] = against
    for i, where in [
        *_denied(points, kept, question),
        *swapped(points, kept, question),
        *wrong_numbers(points, kept),
        *swapped_actors(points, kept, question),
        *changed(points, kept),
        *story_contradictions(points, kept, question),
    ]:
        found.setdefault(i, where)
    return found


def _clauses(kept: list[str]) -> list[tuple[int, str]]:
    return [(j, c) for j, s in enumerate(kept) for c in CLAUSE.split(s) if c and c.strip()]


def _contradicted(
    point: str,
    kept: list[str],
    compared: frozenset[str] | set[str] = frozenset(),
    rivals: Sequence[str] = (),
    names: set[str] | frozenset[str] = frozenset(),
) -> Where | None:
    """Does some clause of the answer say the opposite of a clause of the point?

    Clause against clause: every answer clause sharing enough of a point clause's terms
    (not only the one sharing most: "BM25 适合长文档" must not hide "长文档天然得分更高")
    is checked for a flipped negation or an antonym. A noun the notes call big in one
    place and small in another (`compared`: "成本太高" before, "成本降低" after) is
    no ground for a degree contradiction. `rivals`: the other points' texts. A sentence
    about another thing the question `names` ("L2 … not zero" beside the L1 point) says
    nothing of this point's (a swap of the two is agent._swaps').
    """
    clauses = [(j, c) for j, c in _clauses(kept) if not of_another(point, kept[j], names)]
    # a noun the answer also calls big where the point does ("损失和梯度都越大" beside
    # "用 MSE 的话梯度会很小") is a comparison, not the opposite claim
    agreed = compared | {
        noun for noun, pole in poles(point) if (noun, pole) in poles(" ".join(kept))
    }
    for j, clause in clauses:  # a word both use is the link: no overlap needed
        if opposite_degree(point, clause, agreed) or reversed_comparison(point, clause):
            return j, clause.lower()
        if opposite_modifier(point.lower(), clause.lower(), [c.lower() for _, c in clauses]):
            return j, clause.lower()
    for part in _parts(point):
        wanted = content_terms(part)
        for j, clause in clauses if wanted else ():
            if _mutual_overlap(wanted, content_terms(clause)) < CONTRADICTION_OVERLAP:
                continue
            others = [c.lower() for _, c in clauses if c is not clause]
            sentence = kept[j].lower()
            # a sentence restating the point's contrast ("不存…，而是重新算") agrees with it
            agrees = (
                _PURPOSE.search(sentence) is not None
                or contrast_kept(point.lower(), sentence)
                or used_to_be(part, sentence)  # "以前…就是退化问题" of "不再出现退化问题"
                or says_other(point, rivals, kept[max(0, j - 1) : j + 1], clause.lower())
            )
            if _contradicts(part, clause, agrees, others, " ".join(rivals)):
                return j, clause.lower()
    return None


# the labels of a write-up's sections (STAR, background/result)
_SECTION_LABELS = frozenset(
    {"结果", "背景", "情境", "任务", "行动", "反思", "收获"}
    | {"result", "situation", "task", "action", "lesson", "background", "outcome"}
)


def _parts(point: str) -> list[str]:
    """The point's clauses, "不是 X，而是 Y" kept whole: its 不是 is a denial of X only
    with the 而是 that follows it."""
    parts: list[str] = []
    for clause in (c for c in CLAUSE.split(point) if c and c.strip()):
        if clause.strip().lower() in _SECTION_LABELS and re.search(r"[:：]", point):
            continue  # "结果：", "Lesson:" claim nothing ("论文：…" names what follows)
        if parts and clause.lstrip().startswith("而是") and "不是" in parts[-1]:
            parts[-1] += "，" + clause
        else:
            parts.append(clause)
    return parts


def _mutual_overlap(first: set[str], second: set[str]) -> float:
    """The larger share either way, once two terms (or most of `first`) are shared."""
    if len(first & second) < 2 and overlap(first, second) < 0.5:
        return 0.0
    return max(overlap(first, second), overlap(second, first))


def _contradicts(
    point: str, sentence: str, purpose: bool = False, answer: Sequence[str] = (), notes: str = ""
) -> bool:
    """A shared term negated in one and not the other (unless the sentence says what is
    avoided, `purpose`, or another clause of the `answer` says it as the point does:
    "softmax 会饱和… 除以根号 d_k 后不容易饱和" is two conditions, not a denial), the
    opposite direction, an antonym of the point's word (the same exception), or another
    figure than the point's and the rest of the `notes`' for the same unit."""
    p, s = point.lower(), sentence.lower()
    # a condition's negation ("without positions, order is lost", "otherwise it wouldn't
    # know the order") names what is needed: no denial to flip
    conditional = hypothetical(p) or hypothetical(s)
    purpose = purpose or contrast_kept(p, s)  # "不在计算而在显存" / "…换了显存读写"
    # "n" in "n×n" is no word; "stores only some" is half a denial already
    shared = {t for t in terms(point) & terms(sentence) if len(t) > 1 and not qualified(p, t)}
    # both deny the same thing ("下游零故障" / "下游都没出故障"): the words before the
    # denial are its subject, said by both, not denied by one
    agreed = any(none(p, t) and none(s, t) for t in shared)
    for term in shared if not (purpose or conditional or agreed) else ():
        # "zero X" only answers a negation ("with zero downtime" / "without downtime"):
        # it makes no flip of its own ("zero point" is a quantisation term)
        flipped = negated(p, term) != negated(s, term) and none(p, term) != none(s, term)
        # "without making them zero" is not flipped by "making the weights smaller" (in
        # Chinese the clauses sharing words with the point are about the same claim)
        denier, other = (p, s) if negated(p, term) else (s, p)
        flipped = flipped and (object_said(denier, term, other) or not term.isascii())
        if flipped and not any(term in c and negated(c, term) == negated(p, term) for c in answer):
            return True
    if (
        not conditional
        and _predicate_negated(p, s) != _predicate_negated(s, p)
        and not any(_predicate_negated(c, p) == _predicate_negated(p, s) for c in answer)
    ):
        return True
    if other_figure(p, s, notes.lower()):
        return True  # "needed four rounds" against "approved in one round"
    way = _direction(p)
    # the other way, or no way at all: "覆盖率一直是 30%" against "从 30% 提到 80%"
    against = _direction(s) == -way or (_direction(s) == 0 and _STEADY.search(s) is not None)
    if way and against and not any(_direction(c) == way for c in answer):
        return True
    for a, b in OPPOSITES:
        for one, other in ((a, b), (b, a)):
            flipped = only(p, one, other) and only(s, other, one)
            if flipped and not any(only(c, one, other) for c in answer):  # said as the point
                return True
    return False


def _predicate_negated(text: str, other: str) -> bool:
    """Is what English `text` says of the words it shares with `other` negated after them
    ("long documents do not win")? The subject comes first, then its denied verb. Chinese
    needs no such rule (a later shared word sits after the 不), and there a negated
    adjective ("不稳定") is a word, not a denial."""
    if mostly_cjk(text):
        return False
    shared = terms(text) & terms(other)
    ends = [text.find(t) + len(t) for t in shared if t in text]
    rest = text[max(ends) :] if len(shared) >= 2 and ends else ""
    return _VERB_NEGATION.search(rest) is not None


def _direction(text: str) -> int:
    """+1 when the text says something goes up, -1 down, 0 for neither or both."""
    ways = {sign for sign, pattern in _DIRECTION if pattern.search(text)}
    return ways.pop() if len(ways) == 1 else 0


def _denied(points: Sequence[Point], kept: list[str], question: str) -> list[tuple[int, Where]]:
    """A term of the reference the answer denies outright ("没做评测", "no reranker") where
    the reference never negates it and no clause of the answer says the point's claim with
    it; or the other way round, a term the reference denies ("没有额外延迟") that the
    answer asserts and never negates ("需要额外的 adapter 分支")."""
    asked, found = terms(question), []
    # "in real time" says the notes' "real-time": the compound joined as the notes write it
    compounds = {t for p in points for t in terms(p.text) if re.fullmatch(r"[a-z]+-[a-z]+", t)}
    original = {}
    for j, c in _clauses(kept):
        original[(j, _joined(c.lower(), compounds))] = c.lower()
    said = list(original)
    everything = " ".join(c for _, c in said)  # a term not in it is in no clause
    names = named_in(question)
    for i, point in enumerate(points):
        text = point.text.lower()
        others = [q.text for q in points if q is not point]
        elsewhere = {j for j, s in enumerate(kept) if of_another(point.text, s, names)}
        shared = set().union(*(terms(q) for q in others))
        for term in sorted(content_terms(point.text) - asked):
            if len(term) < 2 or (term.isascii() and len(term) < 3) or term not in everything:
                continue
            if zero(text, term):
                continue  # "zero downtime" is "without downtime", "zero point" no denial
            using = [(j, c) for j, c in said if _says(c, term) and j not in elsewhere]
            if not using:
                continue  # most of a point's terms: the answer never uses them
            if _conditional(text, term) or qualified(text, term):
                continue  # "without positions, order is lost" denies no position
            if denial(text, term):  # the reference denies it ("没有额外延迟"), the answer says it
                wrong = [(j, c) for j, c in using if not negated(c, term)]
                # a Chinese sentence runs on in commas where English has one clause
                wrong = [(j, c) for j, c in wrong if object_said(text, term, _unit(kept, j, c))]
                right = [j for j, c in using if negated(c, term)]
            elif not negated(text, term):
                wrong, right = _denied_claim(text, term, using, said, term in shared)
            else:
                continue
            # an answer rejecting what the point rejects ("instead of the full feature I
            # offered…"), or saying what another point denies, is not denying this one
            wrong = [
                (j, c)
                for j, c in wrong
                if not contrast_kept(text, c)
                and not says_other(text, others, kept[max(0, j - 1) : j + 1], c)
            ]
            if wrong and not right and not _PURPOSE.search(kept[wrong[0][0]].lower()):
                found.append((i, (wrong[0][0], original[wrong[0]])))
                break
    return found


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
    wrong = [(j, c) for j, c in using if denial(c, term) and (not shared or _about(point, term, c))]
    unsaid = {c for _, c in wrong}
    right = [
        j
        for j, c in using
        if not negated(c, term)
        and _states_claim(point, term, " ".join(o for k, o in said if k == j and o not in unsaid))
    ]
    return wrong, right


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
