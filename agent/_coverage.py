"""How well an answer covers a reference's key points: one measure for decision and card.

The answer is first reduced to what it adds: sentences that only restate the question
(few terms the question does not have) and sentences repeating an earlier one are
dropped, so "KV cache 就是 KV 的 cache" covers nothing. Each key point is then compared
with each remaining sentence, lexically (the point's terms that are not the question's)
and, with an embedder, by meaning (a cosine above what the question alone reaches).

A sentence that shares a point's words but says the opposite (agent._contradiction:
a negation, the opposite direction, swapped roles) contradicts the point instead of
covering it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from agent._acronyms import acronyms_in, spelled_out
from agent._answer_support import echo_share, glyph_share, latin_names, new_characters, notes_share
from agent._answer_text import (
    Embedder,
    Remembering,
    content_terms,
    cosine,
    mostly_cjk,
    sentences,
    similarity,
    terms,
    units,
)
from agent._clauses import split_clauses
from agent._contradiction import CLAUSE, CLAUSE_STATED, contradicting_clauses
from agent._dictionary import in_notes_language
from agent._glossary import in_notes_words
from agent._models import KeyPointStatus
from agent._nearness import nearness
from agent._number_terms import number_terms
from agent._quoted import explaining, quoted_in
from agent._said_for_point import quote_for
from agent.keypoints import SHORT_POINT_UNITS, Point

HIT, PARTLY = 0.6, 0.3  # covered share for "hit" and "partly"
ECHO_NEW_TERMS = 2  # a sentence with fewer terms than this beyond the question's is an echo
REPEAT_SIMILARITY = 0.6  # trigram similarity of a sentence to an earlier one: a repeat
LEXICAL_BACKING = 0.25  # lexical share at which an embedding match counts in full
SEMANTIC_ALONE = 0.4  # what an embedding match with no shared words is worth
NAMED_TERMS, NAMED_SHARE = 3, 0.7  # a question with 70% of a point's 3+ terms names it


@dataclass(frozen=True)
class PointCoverage:
    point: Point
    covered: float  # 0..1
    contradicted: bool = False
    named: bool = False  # the answer says the point's own name ("RAG", "Dropout")
    explained: bool = False  # the answer tells more of a claim the question quoted
    against: str = ""  # the answer's clause saying the opposite, as written
    said: str = ""  # the answer's words that cover it best, as written (agent._said_for_point)

    @property
    def quote(self) -> str:
        """What the card shows the answer said for the point: the clause contradicting it,
        or the words covering it when it is stated at least in part."""
        if self.contradicted:
            return self.against
        return self.said if self.status in ("hit", "partly") else ""

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
    echo: float = 0.0  # share of what is left that is still the question's words
    glyphs: float = 0.0  # `support` counted in Chinese characters (one-character words)
    foreign: int = 0  # latin names the answer says that neither the points nor the question do
    names: int = 0  # latin names of the points (not the question's) a Chinese answer says
    nearness: float = 0.0  # how near the whole answer is to the notes' topic (agent._nearness)

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


def content_sentences(answer: str, question: str, named: frozenset[str] = frozenset()) -> list[str]:
    """The answer's sentences that add something: no echo of the question, no repeat.
    ("learning rate" echoes a question that wrote "learning-rate".) `named`: terms of
    the key points the question itself names, which an answer may say back."""
    asked = (terms(question) | terms(question.replace("-", " "))) - named
    kept: list[str] = []
    for sentence in sentences(answer):
        # bigrams straddling a function character ("型的" in "大模型的幻觉") are no new word
        said = content_terms(sentence)
        new = said - asked
        if not new or (len(new) < ECHO_NEW_TERMS and len(new) < len(said) / 2):
            continue
        if mostly_cjk(sentence) and len(new_characters(sentence, question)) < ECHO_NEW_TERMS:
            continue  # "减少幻觉就是减少大模型的幻觉": the question's characters rearranged
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
    backing: str = "",
    notes: str = "",
) -> Coverage:
    """How far the answer covers each point. `backing`: more of the notes whose words back
    the answer (a follow-up's whole write-up, when it is measured on one point of it);
    `notes`: the whole reference the points were chosen from (a figure of it is no wrong
    number of the points measured)."""
    embedder = Remembering(embedder) if embedder else None  # the points embedded once
    given = quoted_in(points, question)  # said back, a quoted claim is an echo
    named = _named([p for i, p in enumerate(points) if i not in given], question)
    written = content_sentences(answer, question, named)
    if not points or not written:
        return Coverage([PointCoverage(p, 0.0) for p in points], 0.0, 0.0, written)
    noted = "\n".join([*(p.text for p in points), notes, backing])
    # 伪标签 read as the notes' "pseudo-label"; across languages 会话 as their "session" too
    kept = [in_notes_words(s, noted, question) for s in written]
    if mostly_cjk(" ".join(written)) != mostly_cjk(noted):
        kept = [in_notes_language(s, noted, question) for s in kept]
    # "grouped-query attention" asked is "GQA" asked: the question's words say it too
    asked = (terms(question) | spelled_out(question, acronyms_in(p.text for p in points))) - named
    measured = (asked, "" if named else question, embedder, cosine_range, given)
    against = contradicting_clauses(points, kept, question, f"{notes}\n{backing}".strip())
    scores = _scores(points, kept, *measured)
    if against:  # a clause saying the opposite of one point is no evidence for another:
        # "推理时也是用当前 batch 的均值和方差" contradicts "推理时用全局统计量" and
        # states no training-time point; cut out, it can only take credit away
        cut = _scores(points, _without(kept, against.values()), *measured)
        scores = [
            [min(a, b) for a, b in zip(*rows, strict=True)]
            for rows in zip(scores, cut, strict=True)
        ]
    wrong_sentences = {j for j, _ in against.values()}
    said = {i for i, j in _names_said(points, kept, asked) if j not in wrong_sentences}
    told = {i for i in given if max(scores[i]) > 0}
    found = [
        PointCoverage(
            p,
            max(scores[i]),
            i in against,
            i in said,
            i in told,
            _as_written(written, kept, against.get(i)),
            _covering(p, written, scores[i]),
        )
        for i, p in enumerate(points)
    ]
    matched = sum(
        j not in wrong_sentences and any(row[j] >= PARTLY for row in scores)
        for j in range(len(kept))
    )
    support = notes_share(points, kept, asked, backing)
    glyphs = glyph_share(points, written, question)  # as said: no word put in the notes'
    echo, (names, foreign) = echo_share(kept, asked), latin_names(points, kept, question)
    near = nearness(points, kept, embedder)
    return Coverage(
        found, matched / len(kept), support, written, echo, glyphs, foreign, names, near
    )


def _scores(
    points: Sequence[Point],
    kept: list[str],
    asked: set[str],
    question: str,
    embedder: Embedder | None,
    cosine_range: tuple[float, float],
    given: Iterable[int] = (),
) -> list[list[float]]:
    """How far each sentence covers each point (0..1); an empty sentence covers none.
    A point the question quoted (`given`) is covered by what a sentence adds to it."""
    said = [j for j, s in enumerate(kept) if s.strip()]
    found = [kept[j] for j in said]
    lexical = _lexical(points, found, asked, given)
    for i in given:
        told = [explaining(points[i], s, asked) for s in found]
        lexical[i] = [max(v, t) for v, t in zip(lexical[i], told, strict=True)]
    _credit_names(lexical, points, found, asked)
    semantic = _semantic(points, found, question, embedder, cosine_range) if found else []
    _credit_clauses(lexical, semantic if embedder else None, points, found, asked)
    rows = [[0.0] * len(kept) for _ in points]
    for i in range(len(points)):
        for n, j in enumerate(said):
            rows[i][j] = _combined(lexical[i][n], semantic[i][n])
    return rows


def _as_written(written: list[str], read: list[str], where: tuple[int, str] | None) -> str:
    """A clause found in lower case, as the answer wrote it: its whole sentence when the
    clause was read with a word in the notes' spelling."""
    if where is None:
        return ""
    sentence, clause = written[where[0]], where[1]
    at = sentence.lower().find(clause)
    if at < 0 and read[where[0]] != sentence:
        return sentence
    return sentence[at : at + len(clause)] if at >= 0 else clause


def _covering(point: Point, written: list[str], row: list[float]) -> str:
    """The answer's words, as written, that cover the point best (none below "partly")."""
    best = max(range(len(row)), key=row.__getitem__, default=None)
    if best is None or row[best] < PARTLY:
        return ""
    return quote_for(point.text, written[best])


def _without(kept: list[str], clauses: Iterable[tuple[int, str]]) -> list[str]:
    """The sentences with the given clauses (lower case, as found) cut out."""
    out = list(kept)
    for j, clause in clauses:
        at = out[j].lower().find(clause)
        if at >= 0:
            out[j] = out[j][:at] + out[j][at + len(clause) :]
    return out


def _named(points: Sequence[Point], question: str) -> frozenset[str]:
    """Terms of the points the question names almost whole: a follow-up asking "再说说
    「X」" about the point X. Saying X back answers it; it is not an echo of the question."""
    asked = terms(question)
    found: set[str] = set()
    for point in points:
        # a long point is named by the clause the question says ("HNSW 算法是基于可导航
        # 小世界图的概念，这是怎么回事？" of "…的概念，在构建图结构时具有高效的性能")
        # (its own words: the section it sits in, "Lost in the middle", is the question's)
        clauses = [c for c in split_clauses(point.text) if _claim_like(c)]
        for part in (point.text, *clauses):
            own = terms(part)
            if len(own) >= NAMED_TERMS and len(own & asked) >= NAMED_SHARE * len(own):
                found |= own
    return frozenset(found)


def _claim_like(clause: str) -> bool:
    """A clause that says something: not a label ("贪心解码："), not a few words."""
    return not clause.rstrip().endswith(("：", ":")) and units(clause) >= SHORT_POINT_UNITS


def _credit_names(
    lexical: list[list[float]], points: Sequence[Point], kept: list[str], asked: set[str]
) -> None:
    """A Chinese point whose own latin names ("SFT", "Dropout") the sentence says is partly
    covered at least: bigram shares undercount an answer that names the idea briefly."""
    for i, j in _names_said(points, kept, asked):
        lexical[i][j] = max(lexical[i][j], PARTLY)


def _names_said(points: Sequence[Point], kept: list[str], asked: set[str]) -> set[tuple[int, int]]:
    """(point, sentence) pairs where the sentence says all the latin names only that
    (Chinese) point uses and the question does not."""
    names = [{t for t in terms(p.text) if t.isascii() and t.isalpha()} - asked for p in points]
    shared = {t for i, found in enumerate(names) for t in found if any(t in o for o in names[:i])}
    found = set()
    for i, point in enumerate(points):
        own = names[i] - shared
        if own and mostly_cjk(point.text):
            found |= {(i, j) for j, sentence in enumerate(kept) if own <= terms(sentence)}
    return found


def _credit_clauses(
    lexical: list[list[float]],
    semantic: list[list[float]] | None,
    points: Sequence[Point],
    kept: list[str],
    asked: set[str],
) -> None:
    """A sentence stating one clause of a point in its own words is partly covering it:
    "和同事在技术方案上有过分歧" states "和后端同事在检索方案上有分歧", one clause of a
    three-clause situation, which a share over the whole point undercounts. The clause
    must have three content terms beyond the question's, the sentence share two of them
    and at least CLAUSE_STATED of it, and (with an embedder) be nearer the point in
    meaning than the question is. Two shared topic words can still pass ("Model training
    has many knobs" / "the model fits the training data"): the offline estimate's
    evidence floor asks the answer's words to be the notes' words as well."""
    said = [content_terms(s) for s in kept]
    for i, point in enumerate(points):
        for part in (c for c in CLAUSE.split(point.text) if c):
            wanted = content_terms(part) - asked
            for j, found in enumerate(said if len(wanted) >= 3 else ()):
                shared = len(wanted & found)
                stated = shared >= 2 and shared / len(wanted) >= CLAUSE_STATED
                if stated and (semantic is None or semantic[i][j] > 0):
                    lexical[i][j] = max(lexical[i][j], PARTLY)


def _combined(lexical: float, semantic: float) -> float:
    """Meaning counts as far as the point's own words back it: embeddings see the topic,
    not whether the claim is right, so a sentence near the point in meaning but sharing
    none of its particular words is not taken as covering it."""
    backing = SEMANTIC_ALONE + (1 - SEMANTIC_ALONE) * min(1.0, lexical / LEXICAL_BACKING)
    return max(lexical, semantic * backing)


def _lexical(
    points: Sequence[Point], kept: list[str], asked: set[str], given: Iterable[int] = ()
) -> list[list[float]]:
    """Weighted share of each point's own terms found in each sentence.

    The question's terms do not count (a point the question asks in its own words is
    wanted whole, unless the question quoted it: `given`), and a term shared by several
    points (the topic's words, "BM25", "词频") weighs less than one only this point has.
    """
    acronyms = acronyms_in(p.text for p in points)  # "SFT" said "supervised fine-tuning"
    said = [terms(s) | number_terms(s) | spelled_out(s, acronyms, asked) for s in kept]
    quoted, wanted = set(given), []
    for i, point in enumerate(points):
        own = terms(point.text) - asked
        if not own and i not in quoted:
            own = terms(point.text)
        wanted.append(own | number_terms(point.text))
    spread: dict[str, int] = {}
    for found in wanted:
        for term in found:
            spread[term] = spread.get(term, 0) + 1
    rows = []
    for found in wanted:  # fsum: a set's order must not move a tie between two points
        total = math.fsum(1 / spread[t] for t in found) or 1.0
        rows.append([math.fsum(1 / spread[t] for t in found & s) / total for s in said])
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
