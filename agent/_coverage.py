"""How well an answer covers a reference's key points: one measure for decision and card.

The answer is first reduced to what it adds: sentences that only restate the question
(few terms the question does not have) and sentences repeating an earlier one are
dropped, so "KV cache 就是 KV 的 cache" covers nothing. Each key point is then compared
with each remaining sentence, lexically (the point's terms that are not the question's)
and, with an embedder, by meaning (a cosine above what the question alone reaches).

A sentence that shares a point's words but says the opposite (a negation or an
antonym the point does not have: "去掉正则化" against "正则化", "increase" against
"decrease") contradicts the point instead of covering it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from agent._answer_text import (
    Embedder,
    cosine,
    mostly_cjk,
    overlap,
    sentences,
    similarity,
    terms,
)
from agent._models import KeyPointStatus
from agent.keypoints import Point

HIT, PARTLY = 0.6, 0.3  # covered share for "hit" and "partly"
ECHO_NEW_TERMS = 2  # a sentence with fewer terms than this beyond the question's is an echo
REPEAT_SIMILARITY = 0.6  # trigram similarity of a sentence to an earlier one: a repeat
NEGATION_REACH = 14  # characters around a term a negation may stand in (within its clause)
CONTRADICTION_OVERLAP = 0.35
LEXICAL_BACKING = 0.25  # lexical share at which an embedding match counts in full
SEMANTIC_ALONE = 0.4  # what an embedding match with no shared words is worth

_CLAUSE = re.compile(r"[，,；;：:、]|\s(?:but|and|so|while)\s|但|而且|所以")
_NEGATION = re.compile(
    r"不(?!同|断|仅|错|少|久|过|管|论|停|然|如|是|光|多)|没|无(?!论)|未|非(?!常)|去掉|关掉|取消|禁用"
    r"|\b(?:not|no|never|without|none|cannot|nothing|removing|remove|drop(?:ping)?)\b|n't",
    re.IGNORECASE,
)
_POLE = {
    "大": 1,
    "小": -1,
    "高": 1,
    "低": -1,
    "多": 1,
    "少": -1,
    "快": 1,
    "慢": -1,
    "长": 1,
    "短": -1,
    "强": 1,
    "弱": -1,
    "增": 1,
    "减": -1,
    "升": 1,
    "降": -1,
}
_DEGREE = re.compile(
    r"([\u4e00-\u9fff]{2})(?:的)?(?:很|更|越|较|变|太|偏|会|也|都|就)?(?:[^\S\n])?([大小高低多少快慢长短强弱增减升降])"
)
# "为了防止点积太大，让 softmax 不要饱和" agrees with "softmax 进入饱和区": a negation
# saying what is avoided is no flip of the claim
_PURPOSE = re.compile(r"防止|避免|以免|为了|免得|\b(?:prevent|avoid|so that|to keep|keeps?)\b")
_SCOPE_END = re.compile(r"[，,。；;：:、（）()!?！？]")
_NEGATED_AFTER = re.compile(r"\s*(?:关掉|去掉|关闭|off\b|removed\b|disabled\b)", re.IGNORECASE)
_OPPOSITES = [
    ("增加", "减少"),
    ("提高", "降低"),
    ("提升", "下降"),
    ("上升", "下降"),
    ("变大", "变小"),
    ("更大", "更小"),
    ("越大", "越小"),
    ("稀疏", "稠密"),
    ("冻结", "全量"),
    ("高频", "低频"),
    ("简单", "复杂"),
    ("increase", "decrease"),
    ("more", "fewer"),
    ("more", "less"),
    ("larger", "smaller"),
    ("higher", "lower"),
    ("faster", "slower"),
    ("freeze", "every"),
    ("small", "large"),
    ("稀疏", "稠密"),
    ("线性", "对数"),
    ("上层", "下层"),
    ("更高", "更低"),
    ("越高", "越低"),
    ("越快", "越慢"),
    ("更快", "更慢"),
    ("必须", "不必"),
    ("before", "after"),
    ("first", "last"),
    ("up", "down"),
    ("sharper", "smoother"),
    ("rose", "fell"),
]


@dataclass(frozen=True)
class PointCoverage:
    point: Point
    covered: float  # 0..1
    contradicted: bool = False

    @property
    def status(self) -> KeyPointStatus:
        if self.contradicted:
            return "contradicted"
        return "hit" if self.covered >= HIT else "partly" if self.covered >= PARTLY else "missed"

    @property
    def credit(self) -> float:
        return 0.0 if self.contradicted else self.covered


@dataclass(frozen=True)
class Coverage:
    points: list[PointCoverage] = field(default_factory=list)
    precision: float = 0.0  # share of the answer's own sentences that match some point
    support: float = 0.0  # share of the answer's new terms that the reference also uses
    content: list[str] = field(default_factory=list)  # the answer minus echoes and repeats

    @property
    def ratio(self) -> float | None:
        """Mean credit over the points; None when there is no reference."""
        if not self.points:
            return None
        return sum(p.credit for p in self.points) / len(self.points)

    @property
    def statuses(self) -> list[KeyPointStatus]:
        return [p.status for p in self.points]

    @property
    def missed(self) -> list[str]:
        """Labels of the points not fully covered, weakest first."""
        gaps = [p for p in self.points if p.status != "hit"]
        return [p.point.label for p in sorted(gaps, key=lambda p: p.credit)]

    @property
    def hits(self) -> list[Point]:
        return [p.point for p in self.points if p.status == "hit"]


def content_sentences(answer: str, question: str) -> list[str]:
    """The answer's sentences that add something: no echo of the question, no repeat."""
    asked = terms(question)
    kept: list[str] = []
    for sentence in sentences(answer):
        said = terms(sentence)
        new = said - asked
        if not new or (len(new) < ECHO_NEW_TERMS and len(new) < len(said) / 2):
            continue
        if any(similarity(sentence, earlier) >= REPEAT_SIMILARITY for earlier in kept):
            continue
        kept.append(sentence)
    return kept


def measure(
    points: Sequence[Point],
    answer: str,
    question: str = "",
    embedder: Embedder | None = None,
    cosine_range: tuple[float, float] = (0.3, 0.6),
) -> Coverage:
    kept = content_sentences(answer, question)
    if not points or not kept:
        return Coverage([PointCoverage(p, 0.0) for p in points], 0.0, 0.0, kept)
    lexical = _lexical(points, kept, terms(question))
    _credit_names(lexical, points, kept, terms(question))
    semantic = _semantic(points, kept, question, embedder, cosine_range)
    scores = [
        [_combined(lexical[i][j], semantic[i][j]) for j in range(len(kept))]
        for i in range(len(points))
    ]
    found, wrong_sentences = [], set()
    for i, point in enumerate(points):
        against = _contradicted(point.text, kept)
        if against is not None:
            wrong_sentences.add(against)
        found.append(PointCoverage(point, max(scores[i]), against is not None))
    matched = sum(
        j not in wrong_sentences and any(row[j] >= PARTLY for row in scores)
        for j in range(len(kept))
    )
    return Coverage(found, matched / len(kept), _support(points, kept, question), kept)


def addressable(
    points: Sequence[Point],
    answer: str,
    question: str,
    limit: int,
    embedder: Embedder | None = None,
    cosine_range: tuple[float, float] = (0.3, 0.6),
) -> list[Point]:
    """At most `limit` of a long reference's points: up to half of them the ones this
    answer covers best, the rest taken evenly across the reference, in its order.

    A project write-up has twenty points and a two-minute answer cannot make them all;
    a sample blind to the answer scored a decent answer 0 when its content sat in the
    points left out. Half the cap stays a sample of the whole, so covering one part of
    the write-up well is not taken for covering all of it.
    """
    if len(points) <= limit:
        return list(points)
    found = measure(points, answer, question, embedder, cosine_range).points
    ranked = sorted(range(len(points)), key=lambda i: -found[i].credit)
    chosen = {i for i in ranked[: max(1, limit // 2)] if found[i].credit >= PARTLY}
    rest = [i for i in range(len(points)) if i not in chosen]
    step = len(rest) / max(1, limit - len(chosen))
    chosen |= {rest[int(k * step)] for k in range(limit - len(chosen))}
    return [p for i, p in enumerate(points) if i in chosen]


def _support(points: Sequence[Point], kept: list[str], question: str) -> float:
    """Share of what the answer says (beyond the question's words) that the points also say.

    An answer making claims the notes do not make — a wrong account sharing a few of
    the topic's words — has little support; a short right answer has a lot.
    """
    asked = terms(question)
    said = set().union(*(terms(s) for s in kept)) - asked
    known = set().union(*(terms(p.label) for p in points))
    return len(said & known) / len(said) if said else 0.0


def _credit_names(
    lexical: list[list[float]], points: Sequence[Point], kept: list[str], asked: set[str]
) -> None:
    """A Chinese point whose own latin names ("SFT", "Dropout") the sentence says is partly
    covered at least: bigram shares undercount an answer that names the idea briefly."""
    names = [{t for t in terms(p.text) if t.isascii() and t.isalpha()} - asked for p in points]
    shared = {t for i, found in enumerate(names) for t in found if any(t in o for o in names[:i])}
    for i, point in enumerate(points):
        own = names[i] - shared
        if not own or not mostly_cjk(point.text):
            continue
        for j, sentence in enumerate(kept):
            if own <= terms(sentence):
                lexical[i][j] = max(lexical[i][j], PARTLY)


def _combined(lexical: float, semantic: float) -> float:
    """Meaning counts as far as the point's own words back it: embeddings see the topic,
    not whether the claim is right, so a sentence near the point in meaning but sharing
    none of its particular words is not taken as covering it."""
    backing = SEMANTIC_ALONE + (1 - SEMANTIC_ALONE) * min(1.0, lexical / LEXICAL_BACKING)
    return max(lexical, semantic * backing)


def _lexical(points: Sequence[Point], kept: list[str], asked: set[str]) -> list[list[float]]:
    """Weighted share of each point's own terms found in each sentence.

    The question's terms do not count, and a term shared by several points (the
    topic's words, "BM25", "词频") weighs less than one only this point has.
    """
    said = [terms(s) for s in kept]
    wanted = [(terms(p.text) - asked) or terms(p.text) for p in points]
    spread: dict[str, int] = {}
    for found in wanted:
        for term in found:
            spread[term] = spread.get(term, 0) + 1
    rows = []
    for found in wanted:
        total = sum(1 / spread[t] for t in found) or 1.0
        rows.append([sum(1 / spread[t] for t in found & s) / total for s in said])
    return rows


def _semantic(
    points: Sequence[Point],
    kept: list[str],
    question: str,
    embedder: Embedder | None,
    cosine_range: tuple[float, float],
) -> list[list[float]]:
    """Cosine of point and sentence above max(unrelated, the question's), mapped onto 0..1."""
    if embedder is None:
        return [[0.0] * len(kept) for _ in points]
    texts = [p.label for p in points]
    vectors = embedder.embed_passages([*texts, question or ".", *kept])
    q_vec, s_vecs = vectors[len(texts)], vectors[len(texts) + 1 :]
    low, high = cosine_range
    rows = []
    for i in range(len(texts)):
        floor = max(low, cosine(vectors[i], q_vec)) if question else low
        span = max(1e-6, high - low)
        rows.append([min(1.0, max(0.0, (cosine(vectors[i], v) - floor) / span)) for v in s_vecs])
    return rows


def _contradicted(point: str, kept: list[str]) -> int | None:
    """Does some clause of the answer say the opposite of a clause of the point?

    Clause against clause: every answer clause sharing enough of a point clause's terms
    (not only the one sharing most: "BM25 适合长文档" must not hide "长文档天然得分更高")
    is checked for a flipped negation or an antonym.
    """
    clauses = [(j, c) for j, s in enumerate(kept) for c in _CLAUSE.split(s) if c.strip()]
    for j, clause in clauses:  # a word both use is the link: no overlap needed
        if _opposite_degree(point, clause):
            return j
    for part in (c for c in _CLAUSE.split(point) if c.strip()):
        wanted = terms(part)
        for j, clause in clauses if wanted else ():
            if _mutual_overlap(wanted, terms(clause)) < CONTRADICTION_OVERLAP:
                continue
            others = [c.lower() for _, c in clauses if c is not clause]
            if _contradicts(part, clause, _PURPOSE.search(kept[j].lower()) is not None, others):
                return j
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
    "softmax 会饱和… 除以根号 d_k 后不容易饱和" is two conditions, not a denial), or an
    antonym of the point's word (the same exception: "上层稀疏，下层稠密")."""
    p, s = point.lower(), sentence.lower()
    for term in terms(point) & terms(sentence) if not purpose else ():
        flipped = _negated(p, term) != _negated(s, term)
        if flipped and not any(
            term in c and _negated(c, term) == _negated(p, term) for c in answer
        ):
            return True
    for a, b in _OPPOSITES:
        for one, other in ((a, b), (b, a)):
            said_as_point = any(_only(c, one, other) for c in answer)
            if _only(p, one, other) and _only(s, other, one) and not said_as_point:
                return True
    return False


def _opposite_degree(point: str, sentence: str) -> bool:
    """The same noun said to be big in one and small in the other: "梯度很小" / "梯度更大",
    "精度损失小" / "精度更高"... (a degree word right after a word both use)."""
    said = {(m.group(1), _POLE[m.group(2)]) for m in _DEGREE.finditer(sentence)}
    for m in _DEGREE.finditer(point):
        noun, pole = m.group(1), _POLE[m.group(2)]
        if (noun, -pole) in said and (noun, pole) not in said:
            return True
    return False


def _negated(text: str, term: str) -> bool:
    """Is `term` (where it first occurs) within a few characters after a negation?"""
    at = text.find(term)
    if at < 0:
        return False
    before = _SCOPE_END.split(text[max(0, at - NEGATION_REACH) : at])[-1]
    after = _SCOPE_END.split(text[at + len(term) : at + len(term) + NEGATION_REACH])[0]
    return _NEGATION.search(before) is not None or _NEGATED_AFTER.match(after) is not None


def _only(text: str, word: str, opposite: str) -> bool:
    return _has(text, word) and not _has(text, opposite)


def _has(text: str, word: str) -> bool:
    if word.isascii():
        return re.search(rf"\b{word}\b", text) is not None
    return word in text
