"""A missed claim asked about without telling it: what it is about, as an interviewer asks.

Said back, "改 r 时保持 α/r 不变可以少调学习率，这是怎么回事？" is the answer; "改 r 的时候，
α/r 要怎么处理？" asks for it. A claim is read as what it is about and what it says of
it: the condition it holds in ("改 r 时", "At inference,"), the thing it handles ("把 BA
合并回 W", "keep α/r fixed") or its subject ("Pre-Norm 在子层之前归一化", "Fine-tuning
adapts…"). A point that only names a thing ("rag", "early stopping") has nothing to give
away: agent._questions names it as it is, and so it does any claim read here as nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent._answer_text import mostly_cjk, terms, units
from agent._capitals import mid_sentence
from agent._discourse import is_discourse, without_discourse
from agent._markdown import clean
from agent.keypoints import SHORT_POINT_UNITS, unlinked
from agent.state import Language
from knowledge import cut_words


@dataclass(frozen=True)
class Aspect:
    """What a claim is about: `when` it holds ("改 r 的时候", "at inference"), `what` it
    says something of ("α/r", "Pre-Norm"); either may be empty, not both."""

    when: str = ""
    what: str = ""
    defined: bool = False  # the claim says what its subject is ("过拟合是…", "X means…")


_CJK = re.compile(r"[\u4e00-\u9fff]")
_ASIDE = re.compile(r"\s*[（(][^（）()]*[）)]")  # "梯度检查点（activation checkpointing）"
_LABEL = re.compile(r"^[^，,。：:；;]{1,14}[：:]\s*")  # "大模型常用仅权重量化：GPTQ…"
_FIRST_CLAUSE = re.compile(r"[，,。；;：:]")
# a name as notes write it: "BA", "α/r", "KV cache", "ZeRO-2", "top-k", "q_m·k_n" - latin
# only: Chinese notes glue words to it ("LoRA冻结预训练权重", an aside dropped between), and
# "\w" read "LoRA冻结预训练权" as the name
_TOKEN = r"[A-Za-zα-ωΑ-Ω][A-Za-z0-9_\-./+·α-ωΑ-Ω]*"
_NAME = rf"{_TOKEN}(?:\s+[A-Za-z][A-Za-z0-9_\-./+]*)?"
_ZH_WHEN = re.compile(
    r"^(?:在|当)?(?![把将用对让使从])(?P<when>[^，,：:；;]{1,10}?)\s*"
    # "同时", "实时" are no condition
    r"(?P<mark>(?<![同实及临按准随定计超暂届彼适小])时|的时候|(?:之|以|(?<![最然之前随]))后(?=[，,\s])|过程中)"
    # "…过程中的测试集合": a time phrase naming a thing ("X 时的 Y") is no condition
    r"[，,]?\s*(?P<rest>(?!的)\S.*)$"
)
# what a claim does something to: "把 BA 合并回 W", "保持 α/r 不变", "对这些通道…"
_ZH_HANDLED = re.compile(rf"(?:把|将|保持|让|使|对)\s*(?P<what>{_NAME})")
# "效果上 65B 模型…", "实践中，…" (not "强调的中间的…")
_ZH_FRAME = re.compile(
    r"^(?P<when>[\u4e00-\u9fff]{2,3}(?<!的)[上中])(?:[，,]\s*|\s+|(?=[A-Za-z0-9]))"
)
_ZH_LATIN_SUBJECT = re.compile(rf"^(?P<what>{_NAME}?)\s*(?=[\u4e00-\u9fff])")
# the words a Chinese claim's predicate starts with, after its subject
_ZH_PREDICATE = frozenset(
    re.split(
        r"\s+",
        "可以 能 能够 会 要 需要 一定 必须 应该 只 只要 就 就是 是 都 也 还 在 把 将 用 让 使 "
        "通过 直接 去掉 不 没有 主要 常用 通常 一般 往往 再 连 按",
    )
)
MAX_SUBJECT_UNITS = 6  # "评测集", "PPO 阶段": a subject, not a clause
_EN_WHEN = re.compile(
    r"^(?P<when>(?:when|while|during|at|after|before|once|if)\b[^,;:]{2,40}),\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# the same with no comma, as notes jot it: "At inference all units are kept…" (a phase only:
# "if the model is small it…" leaves no telling where the condition ends)
_EN_PHASE = re.compile(
    r"^(?P<when>(?:at|during|in)\s+(?:inference|training|test[- ]time|train(?:ing)?[- ]time"
    r"|decoding|serving|evaluation|pre-?training|fine-?tuning|the forward pass"
    r"|the backward pass))\s+"
    r"(?P<rest>[a-z]\S*\s.*)$",
    re.IGNORECASE,
)
_EN_HANDLED = re.compile(rf"\b(?:keep|keeps|set|sets|merge|merges|fold|folds)\s+(?P<what>{_TOKEN})")
_EN_SUBJECT = re.compile(
    r"^(?P<what>(?:the\s+)?[A-Za-z][\w\-./+]*(?:\s+[A-Za-z][\w\-./+]*){0,2}?)\s+"
    r"(?:is|are|was|were|can|could|will|would|should|must|may|might|does|has|only|also|always"
    r"|never|often|usually)\b"
    # "Fine-tuning adapts…": a verb in -s after a one-word subject
    r"|^(?P<one>[A-Za-z][\w\-./+]*)\s+[a-z]+(?<![su])s\b"
)
_EN_DEFINES = re.compile(r"\s+(?:is|are|means|refers to)\b")
_EN_NO_SUBJECT = re.compile(
    r"^(?:it|they|this|that|these|those|there|which|we|i|you|he|she|and|or|but|so|then|either"
    r"|both|neither|only|not|each|all|any|some|more|less|most"
    # a clause cut after its verb opens on a preposition: "with k usually 60" has no subject
    r"|with|without|for|by|in|on|at|from|to|of|via|across|per|as|into|over|under)\b",
    re.IGNORECASE,
)


# what a Chinese clause cut from its sentence opens on when its subject stayed behind:
# "先在较高层次的节点上搜索" (not a subject "先"), "逐渐向下深入细化搜索…", "只学习…"
_ZH_ADVERB = re.compile(
    r"^(?:先|再|又|就|才|都|也|还|只|仅|然后|接着|随后|逐渐|逐步|首先|其次|最后|从而|进而|已经"
    r"|一直|总是|直接|进一步|可以|能够|会)"
)


def aspect(
    phrase: str, point: str, language: Language, question: str = "", context: str = ""
) -> Aspect | None:
    """What the claim said by `phrase` (the clause a follow-up would name, cut from the
    key point `point`) is about, read from the phrase or else from the point (its first
    clause last); None when it is a name, not a claim, or no part of it can be told apart.
    A point whose words before its colon make the claim ("省显存主要来自优化器状态：Adam
    要…") is about them: the subject of what explains it ("Adam") is another topic than
    the question's (`question`: "LoRA 为什么能省显存？"), unless the question names it.
    A Chinese clause that left its subject behind ("逐渐向下深入细化搜索…") is about the
    heading it sits under (`context`: "HNSW 算法"), when that names a thing."""
    if units(point) < SHORT_POINT_UNITS:  # "1.构建层次结构": a step named, said with its heading
        return None
    # "于是可以把奖励用…表示" is about no "于是": the word tying it to the clause before goes
    whole = without_discourse(_LABEL.sub("", _plain(unlinked(point)), count=1))
    found = _read(language, phrase, whole, _FIRST_CLAUSE.split(whole, maxsplit=1)[0])
    if found is None and language == "zh" and _ZH_ADVERB.match(_plain(phrase)):
        return _heading(context)
    label = _label_of(_plain(point))
    if found is None or not found.what or not label or _named(found.what, question, label):
        return found
    return _read(language, label) or (Aspect(what=label) if _is_name(label) else None)


def _heading(context: str) -> Aspect | None:
    """The heading a claim sits under, when it names a thing ("HNSW 算法", "L2")."""
    named = _plain(context)
    if not named or is_discourse(named) or units(named) > MAX_SUBJECT_UNITS:
        return None  # "说说总结一下吧" asks about the note-taker's flag
    return Aspect(what=named)


# a claim longer than this, said back, reads the answer out (an English word says ~2 characters)
MAX_NAMED_UNITS: dict[Language, int] = {"zh": 10, "en": 5}


def by_heading(phrase: str, context: str, language: Language) -> Aspect | None:
    """A claim too long to say back with no subject of its own ("通过减小权重的同时保持它们
    都非零，对权重进行平滑调整" under "L2 正则化") is about the heading it sits under (one
    named with its heading already, "HNSW 算法里的构建层次结构", is not)."""
    short = units(phrase) <= MAX_NAMED_UNITS[language] and not re.search(r"[，,；;]", phrase)
    heading = _plain(context)
    foreign = language == "en" and bool(_CJK.search(heading))  # "HNSW 算法" in English
    if short or not heading or heading in phrase or foreign:
        return None
    # "人工评估:LIMA、Phoenix" lists what it covers: no one thing to ask about
    return None if re.search(r"[：:、，,]", heading) else _heading(context)


# a short claim still says something the answer should have: "字节级 BPE 没有 OOV"
# a Chinese clause stating how things are: "最优策略和奖励之间有闭式关系", "…通常效果更好"
_ZH_STATES = re.compile(r"(?<![没只])有(?![些点效用利关的时])|存在|是|会|能|可以|需要|更|越")
# an English clause stating how things are: "BM25 and dense scores can be fused directly"
_EN_STATES = re.compile(r"\b(?:is|are|was|were|can|could|will|would|must|should|may|might)\b", re.I)
_IN_QUOTES = re.compile(r'"[^"]*"|“[^”]*”|「[^」]*」')
_NEGATED = re.compile(r"没有|不|无|\b(?:not|no|never|cannot|can't|doesn't|don't|isn't)\b", re.I)


def says_claim(phrase: str) -> bool:
    """Said back, would the phrase tell the answer? A claim of several clauses or one that
    denies ("不需要反向传播，泛化更好", "字节级 BPE 没有 OOV") does; a thing or a step named
    ("双重量化和分页优化器", "HNSW 算法里的构建层次结构", "fuse the two rankings") does not."""
    said = _plain(phrase)
    if said[:1] in '“「"' and said[-1:] in '”」"':  # a name quoted whole in the other language
        said = said[1:-1]
    if _is_name(said):
        return False
    clauses = re.search(r"[，,；;]", said) is not None
    bare = _IN_QUOTES.sub("", said)  # not "“找不到就拒答”的阈值"
    stated = bool(_CJK.search(bare)) and _ZH_STATES.search(bare) is not None
    stated = stated or (not _CJK.search(bare) and _EN_STATES.search(bare) is not None)
    return clauses or stated or bool(_NEGATED.search(bare))


def about_heading(context: str, language: Language) -> Aspect | None:
    """The heading a point sits under, to ask about by name - in the interview's language."""
    heading = _plain(context)
    if not heading or bool(_CJK.search(heading)) != (language == "zh"):
        return None
    return None if re.search(r"[：:、，,]", heading) else _heading(context)


def _read(language: Language, *texts: str) -> Aspect | None:
    """The aspect of the first of `texts` that has one in the interview's language."""
    for text in texts:
        said = _plain(text)
        if not said or _is_name(said):
            continue
        chinese = bool(_CJK.search(said))  # "temperature 除 logits" is Chinese
        found = _zh_aspect(said) if chinese else _en_aspect(said)
        if found is not None and language == ("zh" if chinese else "en"):
            return found
    return None


# a point's own colon, not one inside a figure ("1:4") or a time
_COLON = re.compile(r"(?<!\d)[：:](?!\d)")
MAX_LABEL_UNITS = 16  # "省显存主要来自优化器状态", "Memory use is mostly optimizer state"


def _label_of(point: str) -> str:
    """The words before the point's colon, when they are one clause of their own (and
    not a note-taker's flag: "注意：激活值里有离群点…" named "注意" - agent._discourse)."""
    found = _COLON.search(point)
    head = point[: found.start()].strip() if found else ""
    if not head or re.search(r"[，,。；;]", head) or units(head) > MAX_LABEL_UNITS:
        return ""
    return "" if is_discourse(head) else head


def _named(what: str, question: str, label: str) -> bool:
    """The question or the label names the subject ("GPTQ 和 AWQ 的区别？" names GPTQ)."""
    return terms(what) <= terms(f"{question}\n{label}")


def _plain(text: str) -> str:
    return _ASIDE.sub("", clean(text)).strip(" ，,。.；;：:")


def _is_name(text: str) -> bool:
    """A thing named, nothing said of it: "rag", "early stopping", "代码生成"."""
    return units(text) <= (4 if mostly_cjk(text) else 2)


def _zh_aspect(text: str) -> Aspect | None:
    if (frame := _ZH_FRAME.match(text)) is not None:
        return Aspect(when=frame.group("when"))
    if (cond := _ZH_WHEN.match(text)) is not None and terms(cond.group("when")):
        mark = "的时候" if cond.group("mark") in ("时", "的时候", "过程中") else "之后"
        handled = _ZH_HANDLED.search(cond.group("rest"))
        what = handled.group("what").strip() if handled else ""
        when = cond.group("when").strip()
        return Aspect(when=when + (" " if when[-1:].isascii() else "") + mark, what=what)
    latin = _ZH_LATIN_SUBJECT.match(text)
    if latin is not None and _named_enough(latin.group("what")) and _predicate(text[latin.end() :]):
        return Aspect(what=latin.group("what").strip())
    return _zh_subject(text)


def _named_enough(what: str) -> bool:
    """A subject a follow-up can ask about by name: not one letter ("A 随机高斯初始化" gave
    "A 这块还有一点很重要…", which says nothing without the matrix it stands for)."""
    return len(what.strip()) >= 2


def _predicate(rest: str) -> bool:
    """What follows a name says something of it ("逐层求解", "去掉了减均值"), not another
    name beside it ("改写和 HyDE" of "query 改写和 HyDE")."""
    words = cut_words(rest, hmm=False)
    if words and words[0] in _ZH_PREDICATE:
        return True
    run = re.match(r"[\u4e00-\u9fff]*", rest)
    return run is not None and len(run.group(0)) >= 4 and not _JOINED.search(rest)


_JOINED = re.compile(r"[和与及或、]")
# a person or a pointer, not a thing a follow-up can ask about (as _EN_NO_SUBJECT)
_INDEFINITE = re.compile(r"^(?:还有|有)?一(?:个|种|些|条|类|点|方面)|^还有")
# a condition, a cause or a verb opening the words before the predicate: no thing to ask about
_ZH_NOT_A_SUBJECT = re.compile(r"^(?:如果|假如|要是|若|倘若|即使|虽然|因为|由于|继续|然后|再)")
_ZH_NO_SUBJECT = re.compile(r"[我你您他她它咱]们?|大家|别人|[这那其此]|[这那](?:个|些|里)")


def _zh_subject(text: str) -> Aspect | None:
    """The words before the claim's predicate ("原论文只加在…", "评测集一定要…")."""
    words = cut_words(text, hmm=False)
    at = next((i for i, w in enumerate(words) if w in _ZH_PREDICATE), None)
    if not at:
        return None
    subject, defined = "".join(words[:at]).strip(), words[at] in ("是", "就是")
    if subject.endswith("的") and at >= 3:  # "X 解决的是 Y": what X solves - about X
        subject, defined = "".join(words[: at - 2]).strip(), False
    if not subject or units(subject) > MAX_SUBJECT_UNITS or not mostly_cjk(subject):
        return None
    if is_discourse(subject) or re.search(r"[，,、]", subject):  # "比如", "甚至更进一步,"
        return None
    if _ZH_NO_SUBJECT.fullmatch(subject) or _ZH_ADVERB.fullmatch(subject):  # "我们用的…",
        return None  # "先在…搜索": "我们这块还有一点很重要", "那先这块呢？"
    if _INDEFINITE.match(subject):  # "一个坑是显存不够" is about the memory
        return None
    if _ZH_NOT_A_SUBJECT.match(subject):  # "如果说我们直接采样…", "继续用标注数据…"
        return None
    if re.search(r"\d", subject):  # "小于 1 让分布更尖" is a condition, not a subject
        return None
    return Aspect(what=subject, defined=defined)


# "The model is trained to produce…": what is done to the subject is what the claim is
# about - "Let's talk about the model" asks nothing, "how the model is trained" does
_EN_PASSIVE = re.compile(
    r"\s+(?P<be>is|are|was|were)\s+(?:(?:then|usually|often|only|also|first|always)\s+)?"
    r"(?P<done>(?!(?:need|us|bas|call|nam|compar|relat|suppos|interest)ed\b)[a-z]{2,}ed|built"
    r"|made|kept|done|given|taken|known|shown|split|set|run|written|chosen|held|sent|found|drawn|frozen"
    r"|grown|seen)\b"
)


def _en_aspect(text: str) -> Aspect | None:
    if (cond := _EN_WHEN.match(text) or _EN_PHASE.match(text)) is not None:
        handled = _EN_HANDLED.search(cond.group("rest"))
        what = handled.group("what").strip() if handled else ""
        when = cond.group("when").strip()
        return Aspect(when=when[0].lower() + when[1:], what=what)
    found = _EN_SUBJECT.match(text)
    what = (found.group("what") or found.group("one")) if found else ""
    if not _named_enough(what) or _EN_NO_SUBJECT.match(what):
        return None
    if found and found.group("one") and not _noun_like(what):
        return None  # "verify answers against sources": a step to take, not "verify" that answers
    if found and found.group("one") and _command(what, text):
        return None  # "Estimate propensities with…": the same step, with a sentence's capital
    if (done := _EN_PASSIVE.match(text[len(what) :])) is not None:
        return Aspect(what=f"how {mid_sentence(what)} {done.group('be')} {done.group('done')}")
    return Aspect(what=what, defined=bool(_EN_DEFINES.match(text[len(what) :])))


# a plain lower-case word read as the subject of a verb in -s must look like a noun
# ("quantization reduces…", "dropout zeroes…"); "verify answers…", "big models…" do not
_NOUN_END = re.compile(
    r"(?:tion|sion|ing|ment|ness|ity|ance|ence|ancy|ency|er|or|ism|ure|age|ics|out|ant|ent|ist)$"
)


# a plural the instruction acts on, then how or where: "… propensities with randomisation"
_ACTED_ON = re.compile(
    r"^\s+\S+s(?:\s+(?:with|by|per|for|from|over|across|using|via|into|at)\b|\s*[,;.]|$)", re.I
)


def _command(word: str, text: str) -> bool:
    """A capitalised first word shaped like no noun, then a plural and how or where
    ("Estimate propensities with…", "Compute gradients per sample"): an instruction."""
    plain = word.istitle() and word.isalpha() and not _NOUN_END.search(word.lower())
    return plain and bool(_ACTED_ON.match(text[len(word) :]))


def _noun_like(word: str) -> bool:
    """A name as notes write one (capitals, digits, "-", "/") or a word shaped like a noun."""
    return not word.isalpha() or not word.islower() or bool(_NOUN_END.search(word))
