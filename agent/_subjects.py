"""What an answer's clause is about, for the contradiction checks: the thing it names,
or the key point whose denial it repeats.

A clause is read against a point only when it could be about it: a sentence naming
only another thing the question names ("L2 … not zero" beside the L1 point) is not,
and neither is a clause denying, as another point at least as near its sentence does,
a word they share ("they never land exactly on zero" beside "without making them zero").
Also the answer's clauses, and what says a purpose ("为了防止…", "to avoid"), which the
flip checks (agent._contradiction) and the outright denials (agent._denials) share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from agent._answer_text import CJK_CHAR, content_terms, terms
from agent._markdown import LIST_MARK, plain
from agent._negation import NEGATION, REJECTING, negated
from agent._swaps import CLAUSE

# "为了防止点积太大，让 softmax 不要饱和" agrees with "softmax 进入饱和区": a negation
# saying what is avoided is no flip of the claim
# ... or what a method is for ("a trick to make sampling differentiable", "a way to get
# gradients through a discrete sample": what the notes say cannot be done without it)
PURPOSE = re.compile(
    r"防止|避免|以免|为了|免得|\b(?:prevent|avoid|so that|to keep|keeps?)\b"
    r"|\ba (?:way|trick|method|technique) to\b|\bto make\b|\bmakes? it possible\b"
)
# "t 检验把每次曝光当成了独立样本", "the test treats every impression as independent":
# what a method takes a thing for, the mistake the notes point out, not a claim about it
TAKEN_FOR = re.compile(
    r"把[^，,。；;]{1,20}(?:当成|当作|看成|看作|视为|视作)|误以为|误认为"
    r"|\b(?:treats?|treated|treating|regards?|regarded)\b[^,.;]{1,40}\bas\b"
    r"|\b(?:assumes?|assumed|assuming|pretends?)\b",
    re.IGNORECASE,
)
# "我应该先抽查数据，而不是先调超参" / "I should have checked the data instead of tuning":
# a lesson rejects what should not have been done; an answer telling that it was done
# ("我排查了三天超参才发现…") agrees with the story the lesson is drawn from
_FIRST_PERSON = re.compile(r"我|\b(?:I|we)\b")
LESSON = re.compile(r"应该|应当|本应|本该|早该|\bshould(?:n't)?\b|\bought to\b|\bwould have\b")


def named_in(question: str) -> set[str]:
    """The things a question names: "L1", "LayerNorm", "SGD", "Adam" (a digit or a capital
    inside, or a capital not opening it), not its plain words ("prompting", "What")."""
    found = set()
    for n, word in enumerate(re.findall(r"[A-Za-z][A-Za-z0-9-]*", question)):
        if re.search(r"\d|.[A-Z]", word) or (word[0].isupper() and n > 0 and word != "I"):
            found |= terms(word)
    return found


_DIMENSIONED = re.compile(r"\b\d[A-Za-z]\b")  # "3D conv", "2D + 后融合": named as a name is


def other_sections(heading: str, points: Sequence[tuple[str, str]]) -> set[str]:
    """The names the notes' other sections give themselves ("TSM（Temporal Shift Module）"
    above one part, "3D conv" above this one), of `points` as (heading, text): a sentence
    naming only such a name is about that section ("TSM 把通道挪一下。挪动本身不加参数"
    says nothing of 3D conv's cost). A name the other sections' points use too ("LLM" in
    a title over every part) is shared, no section's own."""
    own = named_in(" " + heading)
    if not own and not _DIMENSIONED.search(heading):
        return set()  # "结果", "Results": a part of the story, no thing set against others
    found = set()
    for other in {h for h, _ in points if h and h != heading}:
        elsewhere = set().union(*(terms(t) for h, t in points if h != other))
        found |= named_in(" " + other) - elsewhere
    return found - own


_VERSION = re.compile(r"\b[A-Za-z]+-?\d+[A-Za-z0-9]*\b")  # BF16, FP32, INT8, GPT-4


def versions(texts: Sequence[str]) -> set[str]:
    """The versions the texts name (BF16, FP32, GPT-4): each its own thing."""
    return {t for text in texts for m in _VERSION.findall(text) for t in terms(m)}


# a point's own short label: "AP:", "CP：", "读已提交 RC："
_OWN_LABEL = re.compile(r"^\s*([^，,。.:：]{1,12})[：:]")
_OPENER = re.compile(r"[A-Za-z][A-Za-z0-9-]*")  # a point's first word


def labelled(points: Sequence[str]) -> set[str]:
    """The names the points' own labels give them ("AP: keep answering…" beside "CP:
    refuse…"): a sentence about CP says nothing of the AP point. So do the names two or
    more points open with ("L1 adds |w|…" beside "L2 adds w^2…, no sparsity"): "L1 gives
    sparsity" denies nothing of the L2 point."""
    found = own_labels(points)
    openers = [named_in(" " + m.group()) for p in points if (m := _OPENER.match(p))]
    subjects = {frozenset(o) for o in openers if o}
    return found | set().union(*subjects) if len(subjects) >= 2 else found


def own_labels(lines: Sequence[str]) -> set[str]:
    """The names lines give themselves before a colon ("- **CP**: refuse…" names CP): the
    labels of the whole notes, not only of the points sampled from them."""
    bare = (LIST_MARK.sub("", plain(line), count=1) for line in lines)
    return set().union(*(named_in(" " + m.group(1)) for b in bare if (m := _OWN_LABEL.match(b))))


# "in normal causal attention every token looks at the whole prefix": what the point's
# thing is set against, not the thing (sliding-window attention)
_BASELINE = re.compile(
    r"\b(?:normal|standard(?!\s+(?:deviation|error|score))|vanilla|regular|ordinary|traditional"
    r"|classic(?:al)?"
    r"|conventional)\b|普通|传统|常规|朴素",
    re.IGNORECASE,
)
# "痛点：指标方差大", "Problem: p95 at 2.3 s": the state before the work, which an answer
# telling the work's result says the other way
_PROBLEM = re.compile(
    r"^\W*(?:痛点|问题|难点|挑战|现状|现象|problem|symptoms?|pain(?: point)?|challenge)\s*[:：]",
    re.I,
)


def of_the_baseline(point: str, clause: str) -> bool:
    """Does the clause speak of the usual thing ("standard attention", "传统方法") that
    the point does not name: the contrast an answer draws, not the point's thing?"""
    return _BASELINE.search(clause) is not None and _BASELINE.search(point) is None


def names_property(text: str, term: str) -> bool:
    """Is the Chinese `term` said only as the name of a property or its measure ("一致性
    校验", "排序相关性", "质量乘相似度")? It claims nothing of the thing: no assertion of
    what "特征不一致" / "彼此不相似" denies."""
    named = len(re.findall(rf"{re.escape(term)}(?:性|度|程度|率)", text)) if term else 0
    return named > 0 and text.count(term) == named


def the_problem(point: str) -> bool:
    """Is the point labelled as the problem the work set out to solve?"""
    return _PROBLEM.match(point) is not None


# the labels of a write-up's sections (STAR, background/result)
_SECTION_LABELS = frozenset(
    {"结果", "背景", "情境", "任务", "行动", "反思", "收获"}
    | {"result", "situation", "task", "action", "lesson", "background", "outcome"}
)


def claims_nothing(point: str, part: str) -> bool:
    """Is the part of the point a section's label ("结果：", "Lesson:")? It names what
    follows ("论文：…" does not: it names the paper)."""
    return part.strip().lower() in _SECTION_LABELS and re.search(r"[:：]", point) is not None


def rejects_label(point: str, clause: str) -> bool:
    """Does the clause reject ("instead of …") the thing the point's English label names
    ("static batching: batch fixed up front, runs until the longest finishes")? The notes
    describe that thing as it is; an answer rejecting it ("instead of waiting for the
    whole batch to finish") says what the notes hold against it, no flip. A plain denial
    ("I never made a mistake" of "Mistake: deleted a table") still flips."""
    found = REJECTING.search(clause)
    label = _label_terms(point.lower())
    return found is not None and any(negated(clause, t) for t in label & terms(clause))


def of_another(point: str, sentence: str, names: Set[str]) -> bool:
    """Does the sentence name only things the question names other than the point's?"""
    own, said = names & terms(point), names & terms(sentence)
    return bool(own and said and not own & said)


def about_others(
    point: str, kept: Sequence[str], names: Set[str], sections: Set[str] = frozenset()
) -> set[int]:
    """The answer sentences about another thing than the point's: naming only other
    names or other `sections` of the notes, or naming nothing right after one about
    another section ("TSM 把通道沿时间轴挪一下。挪动本身不加参数" is TSM's, not the 3D
    conv point's)."""
    found: set[int] = set()
    own, section = terms(point), -2  # the last sentence about another section (none yet)
    for j, sentence in enumerate(kept):
        said = terms(sentence)
        if sections & said and not own & (names | sections) & said:
            section = j
        went_on = section == j - 1 and not (names | sections) & said
        if of_another(point, sentence, names) or section == j or went_on:
            found.add(j)
            section = j if went_on else section
    return found


def says_other(point: str, others: Sequence[str], context: list[str], clause: str) -> bool:
    """Does the clause deny, as another point at least as near its sentence denies, a
    word they share? "L2 adds the squared weights; they … never exactly zero" says the
    L2 point ("without making them zero"), no denial of the L1 point's "exactly to zero".
    `context`: the sentence and the one before, which often names what "they" are."""
    said = set().union(*(content_terms(s) for s in context))
    near = len(said & content_terms(point))
    for other in others:
        low = other.lower()
        if _same_denial(low, clause):
            return True
        if len(said & content_terms(other)) < near:
            continue
        # the clause denies something, and says a word the other point denies ("they
        # never land exactly on zero" / "without making them zero")
        if NEGATION.search(clause) and any(negated(low, t) for t in terms(low) & terms(clause)):
            return True
        if _says_as_other(point.lower(), low, clause, [s.lower() for s in context]):
            return True
    return False


def _says_as_other(point: str, other: str, clause: str, context: list[str]) -> bool:
    """Does the clause say plainly, as the other point does, a word this point denies, in
    a sentence naming the other point's label and nearer it than this point ("at
    inference the model feeds on its own outputs" / "inference: feed own predictions"
    beside "training: … not the model's own prediction")? Each tells its own situation."""
    said = {t for s in context for t in content_terms(s) if len(t) > 1}
    if not _label_terms(other) & terms(context[-1]):
        return False
    if len(said & content_terms(other)) <= len(said & content_terms(point)):
        return False
    shared = {t for t in terms(point) & terms(other) & terms(clause) if len(t) > 1}
    return any(
        negated(point, t) and not negated(other, t) and not negated(clause, t) for t in shared
    )


# a point's label, however long: "scheduled sampling (Bengio 2015):", "inference:"
_LABEL = re.compile(r"^\s*([^:：\n]{1,40})[:：]")


def _label_terms(point: str) -> set[str]:
    """The plain words of a point's own English label (not the things it names: those
    are agent._swaps'; a Chinese label's character pairs match too loosely)."""
    found = _LABEL.match(point)
    label = found.group(1) if found else ""
    return content_terms(label) - named_in(" " + label) if label.isascii() else set()


def _same_denial(other: str, clause: str) -> bool:
    """Do the clause and another point deny the same two words or more ("feed the true
    token instead of the model's own output" / "…, not the model's own prediction")? The
    notes deny them themselves, so the clause says that point, however many words it
    shares with this one (which tells of the same thing elsewhere: at inference)."""
    both = {t for t in terms(other) & terms(clause) if len(t) > 1}
    return len({t for t in both if negated(other, t) and negated(clause, t)}) >= 2


def answer_clauses(kept: list[str]) -> list[tuple[int, str]]:
    """(sentence index, clause) for every clause of the answer's kept sentences; a 把 list
    ("把自动生成的代码、压缩过的 js、license 头都去掉") is one clause, its verb at the end."""
    return [
        (j, c)
        for j, s in enumerate(kept)
        for c in CLAUSE.split(_BA_LIST.sub(_joined, s))
        if c.strip()
    ]


# 把 and the items of a list before the verb that acts on all of them
_BA_LIST = re.compile(r"[把将][^，,。；;：:！？!?]*、[^，,。；;：:！？!?]*")


def _joined(found: re.Match[str]) -> str:
    return found.group(0).replace("、", "和")


def lesson_told(point: str, part: str) -> bool:
    """Is the part what the candidate's lesson says should not have been done ("我应该先
    抽查数据，而不是先调超参")? Their story telling it was done agrees with the lesson
    ("NLP 里应该用 LayerNorm，而不是 BatchNorm" is no one's lesson: still a claim)."""
    mine = _FIRST_PERSON.search(point) is not None
    return mine and LESSON.search(point) is not None and REJECTING.search(part) is not None


# a Chinese clause's topic: what comes before its first modal ("学习率要按…"), not a
# frame's "解决办法是…" nor a denial's "不只是…" (no 是, no negation; 主要/机会 no modal),
# nor "这种检查…", which points back to what was said
_ZH_TOPIC = re.compile(
    r"^\s*((?![这那它他她我你咱此该其])(?:(?![不没无非别])[\u4e00-\u9fffA-Za-z0-9_\- ]){2,12}?)"
    r"(?:(?<![主重想需只])要|(?<![机社学])会(?!议)|应该|需要)"
)

# a connective or an adverb before the modal ("所以也一定要…"): the clause goes on about
# what was said before it, it opens no topic of its own
_NO_TOPIC = re.compile(r"所以|因此|因为|但|而且|一定|必须|肯定|可能|通常|一般|[也还都就才再又只]")


def another_topic(point: str, clause: str) -> bool:
    """Does the Chinese clause open on a topic of its own, a noun the point never says
    ("学习率要按等效大 batch 来设" beside "BatchNorm：统计量…不是按等效大 batch")? What it
    says of that topic is no denial or flip of what the point says of its own."""
    found = _ZH_TOPIC.match(clause)
    if found is None or not CJK_CHAR.search(found.group(1)) or _NO_TOPIC.search(found.group(1)):
        return False
    topic = content_terms(found.group(1))
    return bool(topic) and not topic & content_terms(point)
