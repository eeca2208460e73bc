"""A line of the notes cut into claims: its sentences (a fragment joins the one before, a
bare "it" gets its subject back) and a sentence too long to be one claim cut between
clauses. agent.keypoints makes its points of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent._answer_text import mostly_cjk, terms, units
from agent._clauses import split_clauses
from agent._markdown import EDGE

SHORT_POINT_UNITS = 8  # a point this short is shown with its heading

MAX_POINT_UNITS = 40  # a longer sentence is split into clauses
# an English word carries about as much as 1.7 Chinese characters: the same length of claim
EN_POINT_UNITS = 24

MIN_CLAIM_TERMS = 3  # a sentence or "; piece" with fewer terms joins the one before

_ABBREVIATED = r"(?<!\bal\.)(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)"  # "et al. 2022": no end
_SENTENCE = re.compile(rf"(?<=[。！？；!?;])|(?<=\.){_ABBREVIATED}\s+(?=[A-Z0-9\u4e00-\u9fff])")

# a sentence that opens on "it" and the subject it stands for ("X 是…", "X is…")
_PRONOUN = re.compile(r"^(?:它们?(?=[\u4e00-\u9fff])|(?:It|They)\s+(?=[a-z]))")
SUBJECT = re.compile(r"^([^，,。：:；;]{1,30}?)\s*(?:是|(?<=\s)(?:is|are|was|were)\s)")
MAX_SUBJECT_UNITS = 8
# "代码数据的预处理流程如下：" only announces what follows it: no claim of its own
_ANNOUNCING = re.compile(r"(?:如下|以下(?:几[点步个])?|as follows)\s*[：:]?\s*$", re.IGNORECASE)

# greetings, thanks and sign-offs of a self-introduction: said, not claimed
_COURTESY = re.compile(
    r"(?:各位)?(?:面试官|老师)(?:老师)?(?:们)?(?:[，,]?\s*(?:您|你)?好)?|(?:上午|下午|晚上|大家|您|你)好"
    r"|(?:很|非常)?(?:高兴|荣幸)(?:能|可以|有机会)?(?:参加|来到|来参加|和您|跟您).{0,12}"
    r"|(?:谢谢|感谢).{0,10}|我(?:个人)?(?:的)?(?:情况|介绍)(?:大概|大致|基本)?(?:就)?是这样(?:的)?"
    r"|请问.{0,6}有什么(?:问题|想问的)吗?"
    r"|(?:good (?:morning|afternoon|evening)|hello|hi)(?: everyone| there)?"
    r"|(?:thank you|thanks)(?: (?:for|so much)\b.{0,30})?|(?:it's )?nice to meet you"
    r"|(?:i'm|i am) (?:glad|happy|excited) to (?:be here|meet you).{0,20}",
    re.IGNORECASE,
)
# ", which raised recall…": a relative clause says more of the clause before it, never alone
RELATIVE = re.compile(r"^\s*(?:which|who|whose|where)\b", re.IGNORECASE)

_WRAPPED = re.compile(r"[（(]([^（()）]+)[）)]")
_ASIDE_ONLY = re.compile(r"\s*[（(][^）)]*[）)]\s*")
_ASIDE = re.compile(r"\s*[（(][^（()）]*[）)]")


def short_subject(found: re.Match[str]) -> bool:
    return units(found.group(1)) <= MAX_SUBJECT_UNITS and bool(terms(found.group(1)))


def claims(text: str) -> Iterator[str]:
    """Sentences of `text` (a fragment joins the one before); long ones cut between clauses."""
    sentences: list[str] = []
    for sentence in (_unwrapped(_without_courtesy(s.strip(EDGE))) for s in _sentences(text)):
        if not re.search(r"\w", sentence):
            continue  # "!!" splits into "!" and "!": a mark, no fragment to join ("…!; !")
        if sentences and (
            _fragment(sentence) or _fragment(sentences[-1]) or _leans_on(sentence, sentences[-1])
        ):
            joint = _sentence_joint(sentences[-1], sentence)
            sentences[-1] = f"{sentences[-1]}{joint}{sentence}" if sentence else sentences[-1]
        elif sentence:
            sentences.append(sentence)
    for before, sentence in zip(["", *sentences], sentences, strict=False):
        sentence = _with_subject(sentence, before)
        if units(sentence) <= _longest(sentence):
            yield sentence
        else:
            yield from _clauses(sentence)


def _unwrapped(sentence: str) -> str:
    """A sentence that is all one aside, said as a claim of its own: "（别用 softmax 取 top-k
    硬凑多标签）" -> "别用 softmax 取 top-k 硬凑多标签"."""
    found = _WRAPPED.fullmatch(sentence)
    return found.group(1).strip(EDGE) if found else sentence


def _sentences(text: str) -> list[str]:
    """`text` cut where each sentence ends, but not at the "!" of "!=" ("low PPL != good
    downstream" is one claim), inside brackets or quotes ("（但不是零；…）") nor before a
    closing quote ("'would I know this?' + drop…")."""
    inside = _enclosed(text)
    cuts = [
        found
        for found in _SENTENCE.finditer(text)
        if 0 < found.start() < len(text)
        and text[found.start() - 1 : found.start() + 1] != "!="
        and found.start() not in inside
        and not _closing_quote(text, found.start())
        and not _GOES_ON.match(text, found.end())
    ]
    ends = [0, *(x for found in cuts for x in (found.start(), found.end())), len(text)]
    return [text[ends[i] : ends[i + 1]] for i in range(0, len(ends), 2)]


# "resolved? / grounded / tone", "…变化？→ 后者才触发重训": the line goes on from the mark
_GOES_ON = re.compile(r"\s*(?:[/|+→⇒]|->|=>)")
_PAIRS = {"(": ")", "（": "）", "[": "]", "“": "”", "「": "」", "『": "』"}


def _closing_quote(text: str, i: int) -> bool:
    """Does a quote close at i: "’”」』", or a straight one no word follows ("?' + drop"),
    not the one opening ";\"找不到就拒答\"")."""
    if text[i] in "’”」』":
        return True
    return text[i] in "'\"" and not text[i + 1 : i + 2].isalnum()


def _enclosed(text: str) -> set[int]:
    """Positions inside a pair of brackets or quotes that closes (an unclosed "(" or a
    list's "1)" encloses nothing)."""
    inside: set[int] = set()
    opened: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if ch in _PAIRS:
            opened.append((_PAIRS[ch], i))
        elif opened and ch == opened[-1][0]:
            inside.update(range(opened.pop()[1] + 1, i + 1))
    return inside


def _sentence_joint(before: str, sentence: str) -> str:
    """What joins a fragment to the sentence before: nothing more after its own "！" or "?"."""
    if re.search(r"[！？!?]$", before):
        return "" if re.search(r"[\u4e00-\u9fff]$", before[:-1]) else " "
    return "；" if re.search(r"[\u4e00-\u9fff]", before + sentence) else "; "


def _without_courtesy(sentence: str) -> str:
    """The sentence without its greetings and thanks ("面试官，下午好，我是…" -> "我是…"):
    "很高兴能参加咱们公司的面试" is no point an introduction misses."""
    clauses = split_clauses(sentence)
    kept = [c for c in clauses if not _COURTESY.fullmatch(c.strip(EDGE + "！!"))]
    return sentence if len(kept) == len(clauses) else "".join(kept).strip(EDGE)


def _leans_on(sentence: str, before: str) -> bool:
    """ "…next-token prediction; it is by far the most expensive stage": a sentence opening on
    "it" whose subject cannot be named (no "X is" before it) stays with the one before."""
    return (
        _PRONOUN.match(sentence[:1].upper() + sentence[1:]) is not None
        and not SUBJECT.match(before)
        and units(f"{before} {sentence}") <= _longest(before)
    )


def _with_subject(sentence: str, before: str) -> str:
    """ "它是基于可导航小世界图的…" after "HNSW 算法是一种…" names its subject: "HNSW 算法是基于…".
    Said alone, as a point or a follow-up, a bare "it" names nothing."""
    pronoun = _PRONOUN.match(sentence)
    subject = SUBJECT.match(before)
    if not pronoun or not subject or not short_subject(subject):
        return sentence
    named = subject.group(1).strip()
    rest = sentence[pronoun.end() :]
    return f"{named}{' ' if named.isascii() and rest[:1].isalpha() else ''}{rest}"


def _longest(sentence: str) -> int:
    return MAX_POINT_UNITS if mostly_cjk(sentence) else EN_POINT_UNITS


def _fragment(sentence: str) -> bool:
    return len(terms(sentence)) < MIN_CLAIM_TERMS


def _clauses(sentence: str) -> Iterator[str]:
    """Clauses gathered into pieces of at most MAX_POINT_UNITS. A clause too short to say
    anything ("基于此") or one announcing what follows ("流程如下：") opens the next piece
    rather than trailing the last one; a short last clause ("最后发现有用") stays with
    the piece before it."""
    pieces: list[str] = []
    piece: list[str] = []
    longest = _longest(sentence)
    for clause in split_clauses(sentence):
        long = units("".join(piece) + clause) > longest
        goes_on = _continues(clause, "".join(piece))
        if piece and long and not RELATIVE.match(clause) and not goes_on:
            cut = len(piece)
            while cut and _leads_on(piece[cut - 1]):
                cut -= 1
            if cut:  # else the whole piece leads on: it stays with this clause
                pieces.append("".join(piece[:cut]).strip(EDGE))
                piece = piece[cut:]
        piece.append(clause)
    last = "".join(piece).strip(EDGE)
    if pieces and last and (units(last) < SHORT_POINT_UNITS or _ASIDE_ONLY.fullmatch(last)):
        pieces[-1] = "".join([pieces[-1], _joint(last), last])
    elif last:
        pieces.append(last)
    yield from (p for p in pieces if p)


# what a clause opens on when it goes on with the one before and says nothing alone: "…each
# return their top 20, fused with RRF (…)", "…, kept each chunk's heading path", "…, lifting
# pass@1 to 45.6%", "…，用 RRF（…）融合", "…，使模型能够…", "…，从而提高了搜索效率"
_ZH_GOES_ON = re.compile(r"^(?:使得?|从而|进而|用作|用于|用来|以便|以免|以此|据此|导致)")
# an English clause stands alone when it opens on its subject, maybe after a connective ("not
# weight magnitude -> scale…" too: joined to "found by activation magnitude", the point held
# both sides of the contrast and an answer saying the wrong one read as agreeing with it)
_EN_CONNECTIVE = (
    r"(?:(?:and|but|so|then|yet|or|while|whereas|because|since|although|though|when|if)\s+)?"
)
_EN_SUBJECT = re.compile(
    rf"^{_EN_CONNECTIVE}(?:(?:i|we|you|he|she|it|they|this|that|these|those|there|the|a|an|its"
    r"|our|their|his|her|my|your|each|every|all|both|most|some|many|few|no|one|two|three|four"
    r"|five|ten|only|not|which|who|what|how)\b|[^a-z\s]|[a-z]+[A-Z0-9])",
)


# a participle or a word joining what follows to the clause before ("fused", "lifting",
# "either", "with"); a person the clauses before are told of, whose verbs a clause goes on with
_EN_GOES_ON = re.compile(
    r"[a-z]{2,}(?:ed|ing)|either|or|nor|plus|with|without|via|using|including|such|thus"
    r"|thereby|so"
)
_EN_PERSON = re.compile(r"\b(?:I|[Ww]e|[Hh]e|[Ss]he|[Tt]hey)\b")
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”')


def _continues(clause: str, before: str) -> bool:
    """The clause goes on with the ones `before` it: cut from them, it is half a sentence - a
    participle ("fused with RRF", "lifting pass@1 to 45.6%"), a verb sharing the subject
    before it ("I split…, kept each chunk's heading path"), a result or purpose ("使模型能够…",
    "从而…"), or a few words with an aside ("用 RRF（Reciprocal Rank Fusion，k=60）融合"). An
    instruction of a list ("ground answers…, train the model…, lower temperature…") stands."""
    text = clause.strip(EDGE)
    if units(_ASIDE.sub("", text)) < SHORT_POINT_UNITS <= units(text):  # long by its aside only
        return True
    if mostly_cjk(text):
        return _ZH_GOES_ON.match(text) is not None
    if _last_item(text, before):
        return True
    if _EN_SUBJECT.match(text):
        return False
    word = re.match(rf"{_EN_CONNECTIVE}(\w+)", text)
    if word is not None and _EN_GOES_ON.fullmatch(word.group(1)):
        return True
    return _EN_PERSON.search(_QUOTED.sub("", before)) is not None


# the last item of an English list, a noun phrase ("…, expert parallelism across GPUs, and
# the memory needed to hold all experts"): cut from the items before, it names a thing and
# claims nothing. A clause of its own has a verb: an auxiliary, or a verb in -s after its
# subject ("and the model overfits")
_LAST_ITEM = re.compile(
    r"(?:and|or)\s+(?:the|a|an|its|their|our|his|her|all|any|some|each|every|more|less)\s+"
    r"(?P<head>[A-Za-z-]+)(?:\s+(?P<next>[A-Za-z-]+))?",
    re.IGNORECASE,
)
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|shall|should"
    r"|may|might|must|won't|can't|isn't|aren't|wasn't|weren't|doesn't|didn't)\b",
    re.IGNORECASE,
)
_ITEM_BEFORE = re.compile(r"\s*(?:[A-Za-z0-9-]+\s+){0,4}[A-Za-z0-9-]+\s*")
_NO_ITEM = re.compile(r"\s*(?:I|we|it|they|this|that|he|she|you|there)\b", re.IGNORECASE)


def _last_item(text: str, before: str) -> bool:
    """Is the clause the last item of a list whose item before it closes `before`?"""
    found = _LAST_ITEM.match(text)
    if found is None or _AUXILIARY.search(text):
        return False
    head, after = found.group("head"), found.group("next") or ""
    if re.fullmatch(r"[a-z]+[^s]s", after) and not head.endswith("s"):
        return False  # "and the model overfits": a subject and its verb
    item = before.rstrip(" ,").rsplit(",", 1)[-1]
    return _ITEM_BEFORE.fullmatch(item) is not None and _NO_ITEM.match(item) is None


def announces(text: str) -> bool:
    """The text ends by announcing what follows it ("…流程如下：", "…as follows")."""
    return _ANNOUNCING.search(text) is not None


def _leads_on(clause: str) -> bool:
    """The clause belongs with the one after it: too short, an announcement, an aside."""
    text = clause.strip(EDGE)
    return _fragment(text) or announces(text) or bool(_ASIDE_ONLY.fullmatch(text))


def _joint(clause: str) -> str:
    return "，" if re.search(r"[\u4e00-\u9fff]", clause) else ", "
