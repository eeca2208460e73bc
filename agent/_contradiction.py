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
  other ("LayerNorm 依赖 batch 统计量"), with no negation that would make it a contrast.

A clause that says what is avoided ("为了防止点积太大"), a condition ("without X, …"),
or another clause of the answer that states the point as the reference does keeps a flip
from counting. Where a negation reaches (not past a contrast: "不在计算而在显存") is
agent._negation's.
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
    NEGATION,
    ZERO,
    contrast_kept,
    denial,
    hypothetical,
    negated,
    none,
    qualified,
)
from agent._roles import swapped_actors
from agent._stories import story_contradictions
from agent._wrong_numbers import wrong_numbers
from agent.keypoints import Point

CONTRADICTION_OVERLAP = 0.35
SWAP_TERMS = 2  # terms of the other name's points a clause must use to be a swap
CLAUSE_STATED = 0.4  # share of a point clause's content terms that states that clause

CLAUSE = re.compile(r"[，,；;：:、]|\s(?:but|and|so|while)\s|但|而且|所以")
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
    for i, point in enumerate(points):
        against = _contradicted(point.text, kept, compared)
        if against is not None:
            found[i] = against
    for i, where in [
        *_denied(points, kept, question),
        *_swapped(points, kept, question),
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
    point: str, kept: list[str], compared: frozenset[str] | set[str] = frozenset()
) -> Where | None:
    """Does some clause of the answer say the opposite of a clause of the point?

    Clause against clause: every answer clause sharing enough of a point clause's terms
    (not only the one sharing most: "BM25 适合长文档" must not hide "长文档天然得分更高")
    is checked for a flipped negation or an antonym. A noun the notes call big in one
    place and small in another (`compared`: "成本太高" before, "成本降低" after) is
    no ground for a degree contradiction.
    """
    clauses = _clauses(kept)
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
    for part in (c for c in CLAUSE.split(point) if c and c.strip()):
        wanted = content_terms(part)
        for j, clause in clauses if wanted else ():
            if _mutual_overlap(wanted, content_terms(clause)) < CONTRADICTION_OVERLAP:
                continue
            others = [c.lower() for _, c in clauses if c is not clause]
            sentence = kept[j].lower()
            # a sentence restating the point's contrast ("不存…，而是重新算") agrees with it
            agrees = _PURPOSE.search(sentence) is not None or contrast_kept(point.lower(), sentence)
            if _contradicts(part, clause, agrees, others):
                return j, clause.lower()
    return None


def _mutual_overlap(first: set[str], second: set[str]) -> float:
    """The larger share either way, once two terms (or most of `first`) are shared."""
    if len(first & second) < 2 and overlap(first, second) < 0.5:
        return 0.0
    return max(overlap(first, second), overlap(second, first))


def _contradicts(
    point: str, sentence: str, purpose: bool = False, answer: Sequence[str] = ()
) -> bool:
    """A shared term negated in one and not the other (unless the sentence says what is
    avoided, `purpose`, or another clause of the `answer` says it as the point does:
    "softmax 会饱和… 除以根号 d_k 后不容易饱和" is two conditions, not a denial), the
    opposite direction, or an antonym of the point's word (the same exception)."""
    p, s = point.lower(), sentence.lower()
    # a condition's negation ("without positions, order is lost", "otherwise it wouldn't
    # know the order") names what is needed: no denial to flip
    conditional = hypothetical(p) or hypothetical(s)
    purpose = purpose or contrast_kept(p, s)  # "不在计算而在显存" / "…换了显存读写"
    # "n" in "n×n" is no word; "stores only some" is half a denial already
    shared = {t for t in terms(point) & terms(sentence) if len(t) > 1 and not qualified(p, t)}
    for term in shared if not (purpose or conditional) else ():
        # "zero X" only answers a negation ("with zero downtime" / "without downtime"):
        # it makes no flip of its own ("zero point" is a quantisation term)
        flipped = negated(p, term) != negated(s, term) and none(p, term) != none(s, term)
        if flipped and not any(term in c and negated(c, term) == negated(p, term) for c in answer):
            return True
    if (
        not conditional
        and _predicate_negated(p, s) != _predicate_negated(s, p)
        and not any(_predicate_negated(c, p) == _predicate_negated(p, s) for c in answer)
    ):
        return True
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
    for i, point in enumerate(points):
        text = point.text.lower()
        shared = set().union(*(terms(q.text) for q in points if q is not point))
        for term in sorted(content_terms(point.text) - asked):
            if len(term) < 2 or (term.isascii() and len(term) < 3) or term not in everything:
                continue
            if ZERO.search(text) and re.search(rf"\bzero\s+{re.escape(term)}", text):
                continue  # "zero downtime" is "without downtime", "zero point" no denial
            using = [(j, c) for j, c in said if _says(c, term)]
            if not using:
                continue  # most of a point's terms: the answer never uses them
            if _conditional(text, term) or qualified(text, term):
                continue  # "without positions, order is lost" denies no position
            if denial(text, term):  # the reference denies it ("没有额外延迟"), the answer says it
                wrong = [
                    (j, c) for j, c in using if not negated(c, term) and not contrast_kept(text, c)
                ]
                right = [j for j, c in using if negated(c, term)]
            elif not negated(text, term):
                wrong, right = _denied_claim(text, term, using, said, term in shared)
            else:
                continue
            if wrong and not right and not _PURPOSE.search(kept[wrong[0][0]].lower()):
                found.append((i, (wrong[0][0], original[wrong[0]])))
                break
    return found


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


def _swapped(points: Sequence[Point], kept: list[str], question: str) -> list[tuple[int, Where]]:
    """Clauses that say of one thing the question names what the reference says of another.

    Names are the question's latin terms that head key points ("LayerNorm", "top-p").
    A clause naming one of them (or following a clause that did, in the same sentence)
    whose words are closest to a point the other name heads, stating one of its clauses
    (CLAUSE_STATED of the clause's content terms), using two or more words only
    the other name's points use and none only its own points use, has the roles swapped.
    A negated clause is a contrast, not a swap.
    """
    asked = terms(question)
    names = {t for t in asked if t.isascii() and any(c.isalpha() for c in t)}
    owners = [names & terms(p.text) for p in points]
    named = {n for own in owners if len(own) == 1 for n in own}
    if len(named) < 2:
        return []
    own_terms = {n: _distinctive(n, points, owners, asked | names) for n in named}
    wanted = [content_terms(p.text) - asked - names for p in points]
    found = []
    for j, sentence in enumerate(kept):
        subject: set[str] = set()
        for clause in (c for c in CLAUSE.split(sentence) if c and c.strip()):
            said = terms(clause)
            subject = (said & named) or subject
            if not subject or subject == named or NEGATION.search(clause):
                continue
            mine = set().union(*(own_terms[n] for n in subject))
            shared = [len(w & said) for w in wanted]
            best = max(range(len(points)), key=lambda i: shared[i])
            rivals = [shared[i] for i in range(len(points)) if owners[i] != owners[best]]
            other = next(iter(owners[best])) if len(owners[best]) == 1 else None
            if other is None or other in subject or shared[best] <= max(rivals, default=0):
                continue  # the clause is closest to a point of its own name, or to none
            stated = _stated(points[best].text, said, asked | names) >= CLAUSE_STATED
            if stated and len(own_terms[other] & said) >= SWAP_TERMS and not said & mine:
                found.append((best, (j, clause.lower())))
    return found


def _stated(point: str, said: set[str], skip: set[str]) -> float:
    """The largest share of one of the point's clauses' content terms that `said` has."""
    parts = [content_terms(c) - skip for c in CLAUSE.split(point) if c]
    return max((len(p & said) / len(p) for p in parts if p), default=0.0)


def _distinctive(
    name: str, points: Sequence[Point], owners: list[set[str]], skip: set[str]
) -> set[str]:
    """Content terms of the points only `name` heads that no other name's points use."""
    mine = [content_terms(p.text) for p, own in zip(points, owners, strict=True) if own == {name}]
    theirs = [terms(p.text) for p, own in zip(points, owners, strict=True) if own - {name}]
    return set().union(*mine) - set().union(set(), *theirs) - skip
