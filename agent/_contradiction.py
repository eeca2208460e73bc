"""Which key points an answer contradicts: claims sharing a point's words that say otherwise.

Five shapes of a wrong claim, each found clause against clause:

- a flipped negation ("去掉正则化" against "正则化", "with no reasoning" against "write
  reasoning steps"), or a term the reference never negates that the answer denies
  outright ("没做评测", "no reranker", "不需要任何校准": agent._denials);
- the opposite direction or degree ("increases" / "lowers", "提到 91%" / "降到 78%",
  "梯度很小" / "梯度更大");
- a comparison turned round ("learned ones extrapolate better than RoPE" against
  "RoPE extrapolates better": agent._comparison);
- swapped roles: the question names two things (LayerNorm and BatchNorm, temperature and
  top-p, Adam and SGD) and a clause attributes to one what the reference says of the
  other ("LayerNorm 依赖 batch 统计量"), with no negation that would make it a contrast
  (agent._swaps); a member of one labelled group given to another ("ZooKeeper is an AP
  system" where the notes list it under CP: agent._members); a named mapping told the
  other way ("CBOW 是拿中心词去预测上下文" of "CBOW（上下文 → 中心词）": agent._arrows); a
  thing likened to another the notes name ("输出分布跟 draft 小模型的一致" of "和大模型单独
  解码完全一样": agent._likeness).

A clause that says what is avoided ("为了防止点积太大"), a condition ("without X, …",
"就算…没学到"), another clause of the answer that states the point as the reference does,
a clause stating another point's denial as it does ("L2 … never exactly zero" beside
"L1 drives weights exactly to zero"), the past of a "no longer" ("以前…就是退化问题"),
or a denied verb's word said without its object ("making the weights smaller" against
"without making them zero") keeps a flip from counting. Where a negation reaches (not
past a contrast: "不在计算而在显存") is agent._negation's; whether one clause flips
another, agent._flips'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import content_terms, overlap
from agent._arrows import reversed_mappings
from agent._bracketed_numbers import bracketed_numbers
from agent._changes import changed, restates_change
from agent._comparison import (
    opposite_degree,
    opposite_modifier,
    poles,
    reversed_comparison,
)
from agent._covariation import turned_causes
from agent._degrees import misplaced_degrees
from agent._denials import denied
from agent._exchanged_names import exchanged_names
from agent._exchanged_places import exchanged_places
from agent._flips import flipped
from agent._glued_names import glued_names, unglued
from agent._inequalities import turned_bounds
from agent._likeness import likened_wrongly
from agent._main_cause import main_cause_changed
from agent._members import misplaced_members
from agent._negation import (
    contrast_kept,
)
from agent._no_longer import past_told, stopped_since, told_of_before, used_to_be
from agent._opposites import opposite_claim
from agent._other_lines import tells_other_line
from agent._relations import asserted_relations
from agent._roles import swapped_actors
from agent._same_claim import said_alike
from agent._side_by_side import exchanged_definitions
from agent._signed_figures import turned_directions
from agent._step_order import reordered_steps
from agent._stories import story_contradictions
from agent._subjects import (
    PURPOSE,
    TAKEN_FOR,
    about_others,
    another_topic,
    answer_clauses,
    claims_nothing,
    labelled,
    lesson_told,
    named_in,
    of_another,
    of_the_baseline,
    other_sections,
    own_labels,
    rejects_label,
    says_other,
    the_problem,
    versions,
)
from agent._swaps import CLAUSE, CLAUSE_STATED, swapped
from agent._turned_figures import turned_figures
from agent._wrong_numbers import wrong_numbers
from agent.keypoints import Point

__all__ = ["CLAUSE", "CLAUSE_STATED", "contradicting_clauses", "contradictions"]

CONTRADICTION_OVERLAP = 0.35
# a number or "this"/"each" and a measure word: no noun whose size a clause could state
_MEASURE = re.compile(r"[一二两三四五六七八九十几这那每某哪各][个种些位条款类批份]")
_TWO_CHARACTER_CHANGE = re.compile(r"下(?=降)|上(?=[升涨])")

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)


def contradictions(points: Sequence[Point], kept: list[str], question: str) -> dict[int, int]:
    """Point index -> index of the answer sentence that contradicts it."""
    return {i: j for i, (j, _) in contradicting_clauses(points, kept, question).items()}


def contradicting_clauses(
    points: Sequence[Point], kept: list[str], question: str, notes: str = ""
) -> dict[int, Where]:
    """Point index -> the sentence and the clause of the answer that contradicts it.
    `notes`: the whole reference the points were chosen from (its other figures)."""
    glued = glued_names([p.text for p in points])  # "不可重复读" beside "可重复读"
    masked = [unglued(_unquoted(s), glued) for s in kept]
    texts = [unglued(_unquoted(p.text), glued) for p in points]
    if masked == kept and texts == [p.text for p in points]:
        return _contradicting(points, kept, question, notes)
    points = [p.model_copy(update={"text": t}) for p, t in zip(points, texts, strict=True)]
    found = _contradicting(points, masked, question, notes)
    return {i: (j, _unmasked(kept[j], masked[j], c)) for i, (j, c) in found.items()}


# words said in quotes: 'train the model to say "I don't know"' denies nothing of the model
# (a sentence's length: 'says "I couldn't find this in the knowledge base"' is 42 characters)
_QUOTED = re.compile(r'"[^"\n]{1,80}"|“[^”\n]{1,80}”|‘[^’\n]{1,80}’')
_SAID_NEGATION = re.compile(r"n't|\b(?:not|no|never)\b|[不没别无]", re.IGNORECASE)


def _unquoted(text: str) -> str:
    """The text with each quoted saying that holds a negation blanked (positions kept)."""
    return _QUOTED.sub(
        lambda m: " " * len(m.group(0)) if _SAID_NEGATION.search(m.group(0)) else m.group(0), text
    )


def _unmasked(sentence: str, masked: str, clause: str) -> str:
    """The clause as the sentence says it (masking keeps every position)."""
    at = masked.lower().find(clause)
    return sentence.lower()[at : at + len(clause)] if at >= 0 else clause


def _contradicting(
    points: Sequence[Point], kept: list[str], question: str, notes: str = ""
) -> dict[int, Where]:
    found: dict[int, Where] = {}
    # "转人工率下降" says the rate went down as "转人工率降了" does (a degree after a noun)
    said_of = poles(_TWO_CHARACTER_CHANGE.sub("", " ".join(p.text for p in points)))
    compared = {noun for noun, pole in said_of if (noun, -pole) in said_of}
    # and the versions the notes and the answer name ("BF16 … 一般不用 loss scaling" is not
    # what "FP16 的范围窄" is about)
    names = named_in(question) | versions([p.text for p in points] + kept)
    sectioned = [(p.context, p.text) for p in points]
    for i, point in enumerate(points):
        others = [q.text for q in points if q is not point]
        sections = other_sections(point.context, sectioned)
        against = _contradicted(
            point.text, kept, compared, others, names, point.context, notes, sections
        )
        if against is not None:
            found[i] = against
    for i, where in [
        *denied(points, kept, question, notes),
        *swapped(points, kept, question),
        *wrong_numbers(points, kept, notes),
        *bracketed_numbers(points, kept),
        *exchanged_names(points, kept),
        *exchanged_places(points, kept),
        *turned_bounds(points, kept),
        *reordered_steps(points, kept, question),
        *turned_causes(points, kept),
        *main_cause_changed(points, kept),
        *swapped_actors(points, kept, question),
        *misplaced_members(points, kept, question, notes),
        *exchanged_definitions(points, kept, notes),
        *misplaced_degrees(points, kept),
        *reversed_mappings(points, kept, question),
        *likened_wrongly(points, kept, question),
        *changed(points, kept),
        *turned_figures(points, kept),
        *turned_directions(points, kept),
        *asserted_relations(points, kept, question),
        *story_contradictions(points, kept, question, notes),
    ]:
        found.setdefault(i, where)
    return found


def _contradicted(
    point: str,
    kept: list[str],
    compared: frozenset[str] | set[str] = frozenset(),
    rivals: Sequence[str] = (),
    names: set[str] | frozenset[str] = frozenset(),
    heading: str = "",
    notes: str = "",
    sections: set[str] | frozenset[str] = frozenset(),
) -> Where | None:
    """Does some clause of the answer say the opposite of a clause of the point?

    Clause against clause: every answer clause sharing enough of a point clause's terms
    (not only the one sharing most: "BM25 适合长文档" must not hide "长文档天然得分更高")
    is checked for a flipped negation or an antonym. A noun the notes call big in one
    place and small in another (`compared`: "成本太高" before, "成本降低" after) is
    no ground for a degree contradiction. `rivals`: the other points' texts. A sentence
    about another thing the question `names` ("L2 … not zero" beside the L1 point) says
    nothing of this point's (a swap of the two is agent._swaps'); nor does one about
    another than the point's `heading` names ("AWQ: no Hessian" / "GPTQ uses the Hessian"),
    nor one naming only another of the notes' `sections` ("TSM 挪动本身不加参数" of 3D conv's).
    """
    # "a CP system…" says nothing of "AP: …", sampled beside "CP: …" or not
    labels = labelled([point, *rivals]) | own_labels(notes.splitlines())
    elsewhere = about_others(f"{heading} {point}", kept, names, sections)
    clauses = [
        (j, c)
        for j, c in answer_clauses(kept)
        if j not in elsewhere and not of_another(point, c, labels) and not of_the_baseline(point, c)
    ]
    problem = the_problem(point)  # its degree told the other way is the result, no flip
    # a noun the answer also calls big where the point does ("损失和梯度都越大" beside
    # "用 MSE 的话梯度会很小") is a comparison, not the opposite claim
    agreed = compared | {
        noun for noun, pole in poles(point) if (noun, pole) in poles(" ".join(kept))
    }
    # "一个大的教师模型" / "一个小模型": the degree is the noun's after the measure word
    agreed |= {noun for noun, _ in poles(point) if _MEASURE.fullmatch(noun)}
    said = [c for _, c in clauses]
    for j, clause in clauses:  # a word both use is the link: no overlap needed
        if not problem and opposite_degree(point, clause, agreed):
            return j, clause.lower()
        if reversed_comparison(point, clause):
            return j, clause.lower()
        if opposite_claim(point, clause, kept[j], said):  # agent._opposites
            return j, clause.lower()
        if opposite_modifier(point.lower(), clause.lower(), [c.lower() for _, c in clauses]):
            return j, clause.lower()
    for part in _parts(point):
        wanted = content_terms(part)
        for j, clause in clauses if wanted else ():
            if _mutual_overlap(wanted, content_terms(clause)) < CONTRADICTION_OVERLAP:
                continue
            others = [c.lower() for _, c in clauses if c is not clause]
            agrees = _agrees(point, part, kept, j, clause.lower(), rivals)
            if not flipped(part, clause, agrees, others) or another_topic(point, clause):
                continue
            if not tells_other_line(point, clause, notes):  # "…且自己回落": the result line
                return j, clause.lower()
    return None


def _agrees(
    point: str, part: str, kept: list[str], j: int, clause: str, rivals: Sequence[str]
) -> bool:
    """Is the j-th sentence's clause no flip of the point's `part` whatever words it
    negates: it says a purpose, restates the point's contrast ("不存…，而是重新算"),
    tells the past of a "no longer", or states another point's denial?"""
    sentence = kept[j].lower()
    return (
        PURPOSE.search(sentence) is not None
        or TAKEN_FOR.search(sentence) is not None  # "t 检验把每次曝光当成了独立样本"
        or said_alike(point, sentence)  # "we tried SMOTE" of "NO SMOTE"
        or contrast_kept(point.lower(), sentence)
        or used_to_be(part, sentence)  # "以前…就是退化问题" of "不再出现退化问题"
        or told_of_before(point, sentence)  # "曝光从 2% 提到 9%" of "原来…没有曝光"
        or past_told(point, sentence)  # "原来按流失概率发券" of "…不是流失概率"
        or stopped_since(point, sentence)  # "后面…没再发散" of "现象：…→ 发散"
        or lesson_told(point, part)
        or says_other(point, rivals, kept[max(0, j - 1) : j + 1], clause)
        or rejects_label(point, clause)
        or restates_change(point, clause)  # "256 instead of 1024" of "1024 -> 256"
    )


def _parts(point: str) -> list[str]:
    """The point's clauses, "不是 X，而是 Y" kept whole: its 不是 is a denial of X only
    with the 而是 that follows it."""
    parts: list[str] = []
    for clause in (c for c in CLAUSE.split(point) if c and c.strip()):
        if claims_nothing(point, clause):
            continue  # "结果：", "Lesson:" claim nothing ("论文：…" names what follows)
        if parts and clause.lstrip().startswith("而是") and "不是" in parts[-1]:
            parts[-1] += "，" + clause
        else:
            parts.append(clause)
    return parts


def _mutual_overlap(first: set[str], second: set[str]) -> float:
    """The larger share either way, once two terms (or most of `first`) are shared. A
    lone latin letter is no term of its own ("7B" is read as "7" and "b")."""
    shared = {t for t in first & second if len(t) > 1 or not t.isascii()}
    if len(shared) < 2 and overlap(first, second) < 0.5:
        return 0.0
    return max(overlap(first, second), overlap(second, first))
