"""Answers that say no answer: "I don't know", "what do you mean?", "that wasn't my part".

An answer is a non-answer when every clause of it is one of these - an admission of not
knowing, a question back at the interviewer, a disowning of the work asked about - or
carries no word of its own (the question's words, "抱歉", "honestly"). An admission
followed by an answer ("这个我不太熟，不过它是把图分层……") is an answer: its other
clauses say something. Only a short clause whose speaker is the candidate counts ("它不
知道用户的意图" is a claim about 它), so a long sentence that happens to hold "never used"
stays content. The guards score a non-answer 0 (agent._guards); the interview does not
probe the same point again (agent.policy.decide).
"""

from __future__ import annotations

import re
from typing import Literal

from agent._answer_text import CJK_RUN, EN_STOPWORDS, ZH_FILLER, tokens, units
from agent._negation import CONTRAST, SCOPE_END
from knowledge import cut_words


def _split(text: str) -> list[str]:
    return text.split()


NonAnswer = Literal["not_mine", "not_understood", "not_known"]
_PRIORITY: tuple[NonAnswer, ...] = ("not_mine", "not_understood", "not_known")

# a clause longer than this says more than an admission: it is read as content
CLAUSE_UNITS = 16

_VERB_DONE = r"(?:做|负责|写|搞|开发|实现|弄|设计|主导|完成|搭)"
_PEOPLE = r"(?:别人|他人|同事|同学|其他人|队友|导师|师兄|师姐|外包|合作方|他们|实习生)"
_OTHERS = (  # "组里另一个同学", "团队里其他人", "另一个部门"
    rf"(?:(?:组里|团队里|部门里|项目里)?(?:另(?:一|外)(?:个|位|些)?|其他|别的)?{_PEOPLE}"
    r"|组里\S{0,3}|另(?:一|外)(?:个|位|些)?(?:人|团队|组|小组|部门)|(?:别的|其他)(?:团队|组|部门))"
)
_NOT_MINE = re.compile(
    rf"参与(?:得|的)?(?:不多|很少|比较少|较少|不深|有限|不算多|不是很多)|(?:没(?:有|怎么)?|很少)参与"
    rf"|不是我(?:本人|自己)?{_VERB_DONE}|(?:都是|是|由){_OTHERS}(?:来)?{_VERB_DONE}"
    r"|我(?:并)?(?:没有?|不)(?:负责|参与)|不归我|不(?:是|在)我的?(?:负责|工作)"
    r"|\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:done|built|handled|owned|written|implemented|designed"
    r"|developed|led)\s+by\s+(?!me\b)"
    r"|\bnot\s+(?:me|my\s+(?:part|work|area|piece|responsibility|code))\b"
    r"|\bi\s+(?:wasn't|was\s+not|was\s+barely|was\s+hardly)\s+(?:\w+\s+)?(?:involved|part\s+of)"
    r"|\bi\s+(?:didn't|did\s+not|never)\s+(?:\w+\s+)?(?:work\s+on|do|build|own|write|touch|handle"
    r"|implement|design|lead)\s+(?:that|this|it|those|these|the)\b"
    r"|\bi\s+had\s+(?:little|nothing|not\s+much)\s+to\s+do\s+with"
    r"|\b(?:another|a\s+different|the\s+other|some(?:one|body)\s+else)(?:\s+\w+)?\s+(?:did|built"
    r"|handled|owned|wrote|made|ran|designed|implemented|was\s+responsible)\b"
    r"|\bsome(?:one|body)\s+else's\b",
    re.IGNORECASE,
)
_NOT_UNDERSTOOD = re.compile(
    r"(?:不|没)(?:太|是很|怎么)?(?:明白|理解|懂|知道|确定|清楚)(?:您|你)(?!们)|没(?:太)?听(?:懂|清|明白)"
    r"|什么意思|有什么关系|(?:您|你)(?:是指|是说|指的是|说的是|问的是|的意思是)"
    r"|(?:是|具体)指的?是?(?:什么|哪(?:个|些|种|一))|指的是(?:什么|哪)"  # "X 具体是指什么口径？"
    r"|\bwhat\s+do\s+you\s+mean\b|\bdo\s+you\s+mean\b"
    r"|\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:rephrase|repeat|clarify|explain\s+(?:the|your"
    r"|what)|say\s+(?:that|it)\s+again|be\s+more\s+specific)"
    r"|\bi\s+(?:don't|do\s+not|didn't|did\s+not)\s+(?:quite\s+|really\s+)?(?:understand|follow|get)"
    r"\s+(?:the\s+question|your\s+question|what\s+you|you)"
    r"|\bnot\s+(?:really\s+|quite\s+|entirely\s+)?sure\s+what\s+you(?:'re|\s+are)?\s+"
    r"(?:asking|mean|looking)"
    r"|\bwhat\s+(?:does|do|has)\s+.{1,40}\s+(?:have|got)\s+to\s+do\s+with\b"
    r"|\bhow\s+(?:is|are|does)\s+.{1,40}\s+relat(?:ed|e)\s+to\b",
    re.IGNORECASE,
)
# said with the candidate as its speaker: the zh shapes are checked for it (_own)
_NOT_KNOWN_ZH = re.compile(
    r"(?:不|没)(?:太|是很|怎么|大|很|是特别|是太|完全)?(?:知道|清楚|了解|熟悉?|懂|会|记得|确定|明白|理解)"
    r"|没有?(?:怎么|太|深入|仔细|具体|系统|认真|详细|好好)?地?"
    r"(?:接触|用|学|学习|研究|看|了解|做|碰|关注|听说|试|见|读|准备|复习|遇到|碰到|遇见|经历)过"
    r"|没有?(?:这样|这种|类似|相关)的?(?:经历|经验|情况|例子|事情?)"  # a behavioral question's
    r"|没有?(?:深入|仔细|具体|系统|认真|详细|好好)地?(?:研究|了解|看|学|学习)"
    r"|没有?(?:准备|复习)|没有?(?:头绪|概念|印象|思路)|忘(?:了|记了|掉了)|记不(?:清|得|太清|起来)"
    r"|想不起来|(?:答|回答|说|讲)不(?:上来|出来|了|清楚|好)"
)
# asking to skip the question, whoever is named: "能换个问题吗", "跳过这题"
# the whole clause ("跳过吧", "先跳过这个", "我们聊下一个"), not "跳过连接", "下一个 token"
_SKIP_ZH = re.compile(
    r"^(?:那|要不|我们|咱们|先|能不能|可不可以|可以|能)*(?:换(?:一)?个(?:问题|题)"
    r"|跳过(?:这(?:个|道)?(?:问题|题)?)?|(?:聊|问|说|看)?下一(?:题|道|个)(?:问题|题)?)"
    r"(?:吧|好吗|吗|可以吗|行吗|了)?[。！!？?～~…]*$"
)
_NOT_KNOWN_EN = re.compile(
    r"^(?:i\s*(?:'m|am)\s+|i\s+|i\s*(?:'ve|have)\s+)?(?:really\s+|honestly\s+|just\s+|simply\s+)?"
    r"(?:(?:not|never)\s+(?:\w+\s+)?(?:sure|certain|familiar|aware)\b"
    r"|(?:don't|do\s+not|didn't|did\s+not)\s+(?:\w+\s+)?(?:know|remember|recall|understand|get)\b"
    r"|(?:haven't|have\s+not|never|not)\s+(?:\w+\s+)?(?:used|worked|looked|studied|touched|tried"
    r"|heard|done|read|seen|dealt|learned|learnt|come\s+across|encountered)\b"
    r"|(?:can't|cannot|can\s+not|couldn't)\s+(?:\w+\s+)?(?:remember|recall|say|answer|explain"
    r"|think\s+of)\b"
    r"|(?:don't|do\s+not)\s+(?:really\s+)?have\s+(?:an?|any|one|that|such)\b"  # "... example"
    r"|(?:haven't|have\s+not|never)\s+(?:really\s+)?(?:had|been\s+in|faced|experienced)\b"
    r"|forg[oe]t(?:ten)?\b|dunno\b|(?:have\s+)?no\s+(?:idea|clue)\b|pass\b)"
    r"|\b(?:can|could)\s+we\s+(?:skip|move\s+on|pass)|\b(?:another|a\s+different)\s+question\b",
    re.IGNORECASE,
)
# what may stand before an admission in its clause: discourse words and adverbs
_LEAD_EN = re.compile(
    r"^(?:(?:um+|uh+|well|so|sorry|honestly|actually|frankly|unfortunately|to\s+be\s+honest|yeah"
    r"|and|but|hmm+|ok(?:ay)?)\b[\s,.]*)*",
    re.IGNORECASE,
)
_ADVERBS_ZH = re.compile(
    r"(?:其实|确实|真的|实在|的确|还|也|都|就|暂时|目前|现在|之前|以前|原来|刚才?|完全|根本|并|可能"
    r"|好像|有点|有些|一直|从来|说实话|老实说|坦白说|抱歉|不好意思|嗯|呃|额|啊|哎|对此)$"
)
# the speaker (我), what the admission is about (这个, 这块, X 的话) or a topic 对…/关于…
_SPEAKER_ZH = re.compile(
    r"(?:^|我|本人|自己|的话|(?:这|那)(?:个|块|些|里|方面|部分|一块|道题|题|个问题)?)$"
    r"|^(?:对于?|关于)(?!.*(?:来说|而言)).{1,16}$"  # not "对用户来说模型…"
)
_PAUSES = "…，,。.、~～ "
_ADMISSIONS_ZH = (_NOT_KNOWN_ZH, _NOT_MINE, _NOT_UNDERSTOOD)
_QUESTION_END = re.compile(r"[?？]\s*$")
_SENTENCE = re.compile(r"(?<=[。！？!?；;\n])|(?<=\.)\s+")
# what is said around an admission and says nothing of the question
_FILLER = frozenset(
    _split(
        "抱歉 不好意思 说实话 老实说 坦白说 其实 确实 真的 可能 应该 大概 好像 感觉 觉得 面试官 "
        "您好 刚才 之前 以前 目前 暂时 现在 具体 深入 详细 细节 东西 部分 这块 方面 内容 问题 "
        "知道 了解 清楚 题目 这道题 算了 sorry honestly actually really maybe unfortunately though "
        "question part detail details exactly thing stuff yet area topic said already"
    )
)


def non_answer(answer: str, question: str = "") -> NonAnswer | None:
    """The kind of non-answer this is, or None when some clause of it answers."""
    found: set[NonAnswer] = set()
    rest: list[str] = []
    for sentence in _SENTENCE.split(answer.replace("\u2019", "'")):
        asking_back = "not_understood" in found or _NOT_UNDERSTOOD.search(sentence)
        if _QUESTION_END.search(sentence) and asking_back:
            # a question back ("X 和 Y 有什么关系？"), and the questions after it ("是人工标注
            # 还是自动评的？" after "有依据率具体是指什么口径呢？")
            found.add("not_understood")
            continue
        for clause in _clauses(sentence):
            kind = _clause_kind(clause)
            if kind is None:
                rest.append(clause)
            else:
                found.add(kind)
    if not found or _content_words(" ".join(rest), question):
        return None
    return next(k for k in _PRIORITY if k in found)


def disowns(answer: str, question: str = "") -> bool:
    """A non-answer saying the work asked about is not the candidate's."""
    return non_answer(answer, question) == "not_mine"


def not_theirs(answer: str) -> frozenset[str]:
    """The words naming work an answer says was not the candidate's, from its clauses that
    say so - also in an answer that goes on about its own part ("切分和评测集不是我负责的，
    我主要做混合检索": 切分, 评测集)."""
    named: list[str] = []
    for sentence in _SENTENCE.split(answer.replace("\u2019", "'")):
        for clause in _clauses(sentence):
            if _clause_kind(clause) == "not_mine":
                named += _content_words(_NOT_MINE.sub(" ", clause), "")
    return frozenset(w.lower() for w in named if w.lower() not in _NOT_A_PART)


def names_any(text: str, words: frozenset[str]) -> bool:
    """The text names one of `words` (as `not_theirs` reads them)."""
    return bool(words) and any(w.lower() in words for w in _words(text))


# what a clause saying "not mine" names that is no part of the work: whose it was, "this"
_NOT_A_PART = EN_STOPWORDS | frozenset(
    _split(
        "项目 这个 那个 工作 部分 团队 同事 别人 其他人 project work part team another other "
        "someone somebody else colleague colleagues"
    )
)


def _clauses(sentence: str) -> list[str]:
    parts = (p for piece in SCOPE_END.split(sentence) for p in CONTRAST.split(piece))
    return [c for p in parts if p and p.strip() for c in _unpunctuated(p.strip())]


def _unpunctuated(clause: str) -> list[str]:
    """A long Chinese clause cut after each admission in it: speech transcribed without
    punctuation runs "这个我不太了解没有深入看过HNSW" into one clause."""
    if units(clause) <= CLAUSE_UNITS or not CJK_RUN.search(clause):
        return [clause]
    ends = sorted({m.end() for r in _ADMISSIONS_ZH for m in r.finditer(clause)})
    pieces = [clause[a:b] for a, b in zip([0, *ends], [*ends, len(clause)], strict=True)]
    return [p.strip() for p in pieces if p.strip()]


def _clause_kind(clause: str) -> NonAnswer | None:
    if units(clause) > CLAUSE_UNITS:
        return None
    if _NOT_MINE.search(clause):
        return "not_mine"
    if _NOT_UNDERSTOOD.search(clause):
        return "not_understood"
    if _SKIP_ZH.search(clause) or _NOT_KNOWN_EN.search(_LEAD_EN.sub("", clause)):
        return "not_known"
    if any(_own(clause[: m.start()]) for m in _NOT_KNOWN_ZH.finditer(clause)):
        return "not_known"
    return None


def _own(before: str) -> bool:
    """Is what stands before a zh admission its speaker, its topic or nothing ("这个我",
    "HNSW我", "对 HNSW", ""), not another subject ("它", "模型")?"""
    before = before.strip().rstrip(_PAUSES)  # "嗯……不记得了": a pause says nothing
    while (found := _ADVERBS_ZH.search(before)) is not None and found.group(0):
        before = before[: found.start()].rstrip().rstrip(_PAUSES)
    return _SPEAKER_ZH.search(before) is not None


def _content_words(text: str, question: str) -> list[str]:
    """The words of `text` that say something: not the question's, not filler."""
    asked = {w.lower() for w in _words(question)}
    return [
        w
        for w in _words(text)
        if w.lower() not in asked and w.lower() not in _FILLER and w not in ZH_FILLER
    ]


def _words(text: str) -> list[str]:
    """Dictionary words of two or more characters, latin words and numbers."""
    found: list[str] = []
    for token in (t.rstrip(".-") for t in tokens(text)):
        if CJK_RUN.match(token):
            found += [w for w in cut_words(token, hmm=False) if len(w) > 1]
        elif token.lower() not in EN_STOPWORDS and (len(token) > 1 or token.isdigit()):
            found.append(token)
    return found
