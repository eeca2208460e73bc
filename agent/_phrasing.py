"""How a follow-up names a key point aloud: a clean phrase, or nothing (ask generically).

A point is a clause cut from notes, so it may start mid-thought ("然后再结合…", "强调的…",
"and then…"), carry its label ("生活上最困难的事情是：疫情…"), or be in the other
language. An interviewer names the idea itself, in the interview's language; when no
clean phrase is left, the follow-up asks without naming it.
"""

from __future__ import annotations

import re

from agent._answer_text import CJK_CHAR, mostly_cjk, overlap, terms, units
from agent._clauses import split_clauses
from agent._discourse import is_discourse, without_discourse
from agent._fragments import leans_on_before, with_doer
from agent._note_marks import said_aloud
from agent._project_titles import TRAILING_ASIDE
from agent._sections import names_section
from agent._shorthand import spelled_out
from agent._words import Words
from agent.keypoints import (
    PURPOSE,
    SHORT_POINT_UNITS,
    TOLD_SHARE,
    Point,
    announces,
    handle,
)
from agent.state import Language

NAME_CHARS: dict[Language, int] = {"zh": 30, "en": 60}  # an English word is ~2 characters
_QUOTED = Words("“{}”", "「{}」")  # a name kept in the other language, set off
MAX_FOREIGN_CHARS = 12  # a foreign term this short is quoted; a longer one is not named
MAX_FOREIGN_ZH_WORDS = 3  # an English term in a Chinese question ("early stopping") is fine
_LABEL = re.compile(r"^[^，,。.：:]{1,14}[：:]\s*")  # "生活上最困难的事情是：…"
_ZH_CONNECTIVE = re.compile(
    r"^(?:然后|再者|而且|所以|并且|同时|另外|此外|但是|不过|因此|于是|接着|随后|之后|首先|其次|还有|"
    r"以及|或者|也就是说?|强调的|主要是|就是|结合|我们的|我的|的(?!确)|后来|其中|"
    # "基于此实现了…": the link to the clause before says nothing of this one
    r"(?:基于|根据|据|由|为|对)此|在此基础上|"
    # "后对 Ziya 进行解释调优" is "然后" cut short: 后 before a verb's object marker
    r"后(?=[对把将用在给让])|"
    # a one-character connective only before a clause, not as part of a word ("并行", "还原")
    r"(?:再|并|而|也|还|但|且)(?![行发列现生原许言凡])(?=[\u4e00-\u9fffA-Za-z]{4}))"
)
_EN_CONNECTIVE = re.compile(
    r"^(?:and|then|so|but|also|or|which|while|because|thus|therefore|plus|that|"
    r"finally|first|next)\b[\s,]*",
    re.IGNORECASE,
)
_DANGLING_END = re.compile(
    r"(?:(?<!目)的|(?<![为除])了|(?<![相平])等|(?<![总之方])和|与|及|或|(?<![总但于])是|吗|呢"
    # "做代码补全项目时" is when, not what: the idea is the project
    r"|的时候|(?<![实同小及临按准随定计超暂届彼适])时"
    r"|\b(?:and|or|the|of|to|with|which|when|while))$"
)
# "how you replaced the scoring" (a note's "I replaced…" said to the candidate) asks nothing
_QUESTION_START = re.compile(
    r"^(?:如何|怎么|怎样|为什么|为何|是否|how\b(?!\s+you\b)|why\b|what\b)", re.I
)
# who the candidate is ("我叫…", "Good afternoon, I'm…") is not a point to ask about
_GREETING = re.compile(
    r"^(?:面试官|各位|您|你|大家)?好|^(?:我叫|我是)|^(?:good (?:morning|afternoon|evening)|hi|hello"
    r"|i'm|i am|my name)\b",
    re.IGNORECASE,
)
# "向量数据库通过量化、索引压缩等技术" says how, not what: the clause after it is the claim
_MEANS_ONLY = re.compile(
    r"(?:通过|利用|借助|基于|采用|使用).{1,30}等(?:技术|方法|手段|方式|算法)?$"
)
MEANS_EXTRA_CHARS = 10  # room to name such a claim whole
ASKED_CONTEXT = 0.5  # share of a context's terms the questions asked say: no need to repeat it
_ZH_PUNCTUATION_SPACE = re.compile(r"\s*([，。？！：；、「」])\s*|(?<=“)\s+|\s+(?=”)")
# the notes speak as the candidate ("我改成用单元测试…"); the interviewer says "你"
_ZH_FIRST_PERSON = re.compile(r"(?<!自)我们|咱们|(?<!自)我")
_EN_FIRST_PERSON = {
    "I'm": "you're", "I am": "you are", "I was": "you were", "I've": "you've", "I'd": "you'd",
    "I": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself",
    "we're": "you're", "we were": "you were", "we": "you", "us": "you", "our": "your",
    "ours": "yours", "ourselves": "yourselves",
}  # fmt: skip
_EN_PRONOUN = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _EN_FIRST_PERSON), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_YOU_DID = re.compile(
    r"you\s+(?!(?:thought|think|believed?|felt|feel|wanted|want|was|were|are|am|had|have|"
    r"knew|know|liked?|loved?|hoped?|would|could|should|might|will|can|did not|didn't)\b)",
    re.IGNORECASE,
)
# a clause that starts with a pronoun lost its subject ("it is by far the most expensive
# stage", "它的计算量更小"): said alone, nobody knows what "it" is
_BARE_PRONOUN = re.compile(
    r"^(?:(?:it|they|this|these|those|he|she)\b(?!-)"
    r"|(?:它们?|其(?![中他次实余])|这(?:些|个|样|就)?|那(?:些|个)?)(?=[\u4e00-\u9fffA-Za-z]))",
    re.IGNORECASE,
)
# a results table's row as agent._note_lines writes it: "训练RM：MXEval-pass@1 0.58 (…)，
# 业务榜单Benchmark-pass@1 0.63" - its label, then two or more cells, each a header and a
# number ("结果：机器成本降低 40%" is a labelled claim)
_CELL = r"[^，,：:\s]+\s+\d[\d.]*%?(?:\s*[（(][^）)]*[）)])?"  # "header value (aside)"
_RESULTS_ROW = re.compile(rf"^(?P<label>[^，,：:]{{1,20}})[：:]\s*{_CELL}(?:[，,]\s*{_CELL})+\s*$")
_DOUBLED = re.compile(r"([\u4e00-\u9fff]{2,4})\1")
_STRAIGHT_QUOTES = re.compile(r'"([^"]*)"')
_OPENERS = "（("
_CLOSERS = {"（": "）", "(": ")"}


def spoken_name(
    point: Point,
    language: Language,
    short: bool = False,
    said: str = "",
    asked: str = "",
    told: str = "",
    own: bool = False,
) -> str | None:
    """The point named as an interviewer would, or None when no clean phrase can be said.

    `short` names it in fewer words (a covered point, mentioned in passing). A point too
    short to stand alone says what it is part of ("HNSW 算法里的构建层次结构"), unless the
    questions `asked` already say it ("过拟合怎么缓解" before "正则化"). A point partly
    covered is named by a clause the answers so far (`told`) did not say; `own`: it is of
    the candidate's own work (agent._fragments.with_doer).
    """
    limit = NAME_CHARS[language] * 2 // 3 if short else NAME_CHARS[language]
    row = _RESULTS_ROW.match(point.text)
    named = _clean(row.group("label").strip()) if row else None
    if named is not None:  # a results table's row is named by what it is ("训练RM")
        return named
    phrase = _clean(handle(point, limit, said, told))
    if phrase is None and not short:  # the clause that fit ("so it also selects features")
        phrase = _whole_clause(point, limit * 3 // 2, told)  # said nothing: a longer one may
    if phrase is not None and _lacks_result(phrase, point.text):
        whole = handle(point, limit + MEANS_EXTRA_CHARS)
        phrase = None if _lacks_result(whole, point.text) else _clean(whole)
    if phrase is None or _CONTRASTED.match(phrase) or _unbalanced(phrase):
        return None
    if language == "en":  # "reproduced the benchmark" of "I read…, reproduced…"
        phrase = with_doer(phrase, point.text, own)
    phrase = _as_they_wrote(to_candidate(phrase, language), said)
    if not short:  # a point the candidate made is named as they said it
        phrase = _with_context(phrase, point, language, asked)
    if _is_foreign(phrase, language):
        if len(phrase) > MAX_FOREIGN_CHARS:
            return None
        return _QUOTED.said_in(language).format(phrase)
    return phrase


# the denied half of a contrast ("…predict likely text, not to check facts"): said back as
# a name, "You mentioned not to check facts" turns the claim around
_CONTRASTED = re.compile(
    r"^\s*(?:(?:and|but)\s+)?(?:not|no|rather than|instead of|never)\b|^\s*(?:而|并)?(?:不是|而非)",
    re.IGNORECASE,
)


def _unbalanced(phrase: str) -> bool:
    """A formula whose asides were cut out ("IDF = ln + 0.5)/ + 0.5) + 1)" of "IDF(q) =
    ln((N − n(q) + 0.5)/(n(q) + 0.5) + 1)"): brackets left unpaired say no phrase."""
    depth = 0
    for char in phrase:
        depth += (char in "(（[") - (char in ")）]")
        if depth < 0:
            return True
    return depth != 0


def _lacks_result(phrase: str, point: str) -> bool:
    """Is the phrase only the means or the condition of the point's claim: "通过量化、
    索引压缩等技术", or the first half of "越…越…" ("任务越偏离预训练分布、数据越多" of
    "…，r 可以越大"), whose result comes after it?"""
    if _MEANS_ONLY.search(phrase):
        return True
    at = point.find(phrase.rstrip("。.，,"))
    rest = point[at + len(phrase) :] if at >= 0 else ""
    return "越" in phrase and "越" in rest


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#\-]*")


def _as_they_wrote(phrase: str, said: str) -> str:
    """A term the candidate said is written as they wrote it: "你提到了 RAG", not the
    notes' "rag" (a case the candidate never used reads as not having listened)."""
    theirs = {w.lower(): w for w in _LATIN_WORD.findall(said)}
    if not theirs:
        return phrase
    return _LATIN_WORD.sub(lambda m: theirs.get(m.group(0).lower(), m.group(0)), phrase)


_OWN_DEED = re.compile(r"^(?:I|we|my|our)\b|^我", re.IGNORECASE)


def _whole_clause(point: Point, limit: int, told: str = "") -> str | None:
    """The clause of the point with most content that can be said cleanly, if any; not
    the candidate's own "I added…" (said back as "how you added…", it fits no template),
    nor one the answers so far (`told`) said ("Instead of arguing" asked right back)."""
    clauses = sorted(split_clauses(point.text), key=lambda c: -len(terms(c)))
    heard = terms(told)
    for clause in clauses:
        text = clause.strip(" ，,：:；;。.")
        if (
            _OWN_DEED.match(text)
            or PURPOSE.match(text)
            or len(terms(text)) < 2
            or len(text) > limit
        ):
            continue
        if heard and overlap(terms(text), heard) >= TOLD_SHARE:
            continue
        if said := _clean(TRAILING_ASIDE.sub("", text)):
            return said
    return None


def _with_context(phrase: str, point: Point, language: Language, asked: str) -> str:
    context = _clean(point.context) if point.context else None
    # "补充里的早停", "职责里的数据": a flag or a section is no heading (a section still
    # says in the interview's language what "Recall@5 71% → 89%" is)
    section = names_section(point.context) and not _is_foreign(phrase, language)
    if context is not None and (is_discourse(point.context) or section):
        return phrase
    short = SHORT_POINT_UNITS // (2 if language == "en" else 1)  # an English word is ~2
    if not context or units(point.text) >= short or context in phrase:
        return phrase
    if overlap(terms(context), terms(asked)) >= ASKED_CONTEXT or _is_foreign(context, language):
        return phrase
    if language != "zh":
        return f"{phrase} ({context})"
    # a latin word meeting Chinese is set off by a space, as notes write it ("结果里的 Recall@5")
    left = f"{context} 里的" if _latin(context[-1:]) else f"{context}里的"
    return f"{left} {phrase}" if _latin(phrase[:1]) else f"{left}{phrase}"


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def to_candidate(phrase: str, language: Language) -> str:
    """Note text said to its author: "我改成…" -> "你改成…", "I replaced…" -> "you replaced…"."""
    if mostly_cjk(phrase):
        return _ZH_FIRST_PERSON.sub(lambda m: "你们" if len(m.group(0)) == 2 else "你", phrase)
    if language == "zh":  # an English term quoted in a Chinese question stays as written
        return phrase

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        said = _EN_FIRST_PERSON.get(word) or _EN_FIRST_PERSON.get(word.lower(), word)
        return said.capitalize() if match.start() == 0 and word[0].isupper() else said

    said = _EN_PRONOUN.sub(swap, phrase)
    # "you replaced the scoring" names an action: "how you replaced the scoring" (but not
    # "how you thought it would…": a thought or a state is said as it is)
    return f"how {said[0].lower()}{said[1:]}" if _YOU_DID.match(said) else said


def starts_mid_thought(text: str) -> bool:
    """The clause was cut from a longer sentence ("并随机抽样…", "and then…")."""
    text = text.strip()
    return bool(_ZH_CONNECTIVE.match(text) or _EN_CONNECTIVE.match(text))


def quotable(text: str) -> bool:
    """A claim that can be quoted whole: no aside left open ("流程如下：（首先要…"), and it
    does not end by announcing what follows ("…流程如下：")."""
    return _balanced(text) == text and not announces(text)


def as_question(text: str, language: Language) -> str:
    """A question from the notes as said aloud: it ends with a question mark of its own
    script, also when the notes left its end bare ("faiss 和其他数据库有什么不同" ->
    "…有什么不同？", "介绍一下 RAG?" -> "介绍一下 RAG？")."""
    text = spelled_out(text) if language == "en" and not mostly_cjk(text) else text.strip()
    body = text.rstrip("?？")
    chinese = mostly_cjk(body) or (language == "zh" and bool(CJK_CHAR.search(body)))
    if text[-1:] in ("?", "？"):  # "介绍一下 RAG?" ends as Chinese does, "What is X？" as English
        return text[:-1] + ("？" if chinese else "?")
    if not text or text[-1] in "。.！!…）)":
        return text
    if not chinese and _REQUEST.match(text):  # "Explain the three stages of RLHF?" asks nothing
        return text + "."
    return text + ("？" if chinese else "?")


# an English request, not a question: it ends with a full stop when the notes left it bare
_REQUEST = re.compile(
    r"(?:please\s+)?(?:explain|describe|tell\s+(?:me|us)|walk\s+(?:me|us)|talk\s+(?:me|us|about)"
    r"|give|compare|list|name|define|summari[sz]e|introduce|share|discuss|outline|sketch"
    r"|derive|design|implement|write|show)\b",
    re.IGNORECASE,
)


def is_question(phrase: str) -> bool:
    """The point is itself a question ("如何解决…"): ask it, do not wrap it."""
    return bool(_QUESTION_START.match(phrase.strip("“”「」")))


def tidy_zh(text: str) -> str:
    """No space on either side of Chinese punctuation ("角度： FAISS" -> "角度：FAISS"), nor
    inside quotes ("“ generation just polishes ”")."""
    return _ZH_PUNCTUATION_SPACE.sub(lambda m: m.group(1) or "", text)


def unjoined(phrase: str) -> str:
    """The phrase without the connectives that joined it to what came before ("不过…")."""
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = _ZH_CONNECTIVE.sub("", phrase, count=1).strip(" ，,：:、")
        phrase = _EN_CONNECTIVE.sub("", phrase, count=1).strip(" ，,：:、")
    return phrase


def _clean(phrase: str) -> str | None:
    if phrase.endswith("…") or _GREETING.match(phrase):
        return None  # a cut clause is a fragment
    phrase = _DOUBLED.sub(r"\1", phrase)  # the notes' slip "远程远程沟通" is not said back
    phrase = _arrow_unlabelled(phrase)
    unlabelled = _LABEL.sub("", phrase, count=1)
    if re.search(r"[A-Za-z\u4e00-\u9fff]", unlabelled):
        phrase = unlabelled  # "生活上最困难的事情是：疫情…" is about the epidemic
    else:  # "有依据率：62% → 84%" is about the rate: its label names it
        phrase = re.sub(r"\s*[：:]\s*", " ", phrase, count=1)
    previous = None
    while previous != phrase:
        if leans_on_before(phrase):  # "which I had never used", "跟之前的数据融合"
            return None
        previous = phrase
        phrase = _DANGLING_END.sub("", unjoined(without_discourse(phrase))).strip(" ，,：:、")
    phrase = _balanced(phrase.rstrip("。.；;！!？?"))
    phrase = said_aloud(phrase)  # "labels arrive late -> …", "A + B": no marks said aloud
    if _BARE_PRONOUN.match(phrase) or announces(phrase) or is_discourse(phrase):
        return None
    if mostly_cjk(phrase):  # "答案"有依据率"" -> "答案“有依据率”"
        phrase = _STRAIGHT_QUOTES.sub(r"“\1”", phrase)
    return phrase if len(terms(phrase)) >= 2 or _short_term(phrase) else None


# a section of the notes set off by an arrow as by a colon: "解决 → 表格单独抽成 markdown",
# "Result => recall went up" ("BM25 + 向量 → RRF 融合" says what led to what)
_ARROW_LABEL = re.compile(r"^\s*(?P<label>[^，,。.：:→>]{1,12}?)\s*(?:→|->|=>|⇒)\s*(?=\S)")
_FIX = re.compile(r"^(?:解决|解法|对策|修复|改进|原因|fix(?:ed)?|solved|cause|why)$", re.I)


def _arrow_unlabelled(phrase: str) -> str:
    found = _ARROW_LABEL.match(phrase)
    if found is None:
        return phrase
    label = found.group("label").strip(" *")
    return phrase[found.end() :] if names_section(label) or _FIX.match(label) else phrase


def _balanced(phrase: str) -> str:
    """A clause cut inside brackets ("BM25（jieba 分词 + 自定义词典") loses the open aside."""
    stack: list[int] = []
    for i, ch in enumerate(phrase):
        if ch in _OPENERS:
            stack.append(i)
        elif ch in "）)" and stack:
            stack.pop()
    return phrase[: stack[0]].rstrip(" ，,：:、") if stack else phrase


def _short_term(phrase: str) -> bool:
    """One-word names are clean points too ("Dropout", "早停")."""
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z0-9+#.\-]{1,30}|[\u4e00-\u9fff]{2,8}", phrase))


def _is_foreign(phrase: str, language: Language) -> bool:
    if language == "en":
        return bool(re.search(r"[\u4e00-\u9fff]", phrase))
    return not mostly_cjk(phrase) and len(phrase.split()) > MAX_FOREIGN_ZH_WORDS
