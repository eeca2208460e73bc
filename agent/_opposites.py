"""The lexicon of opposites a wrong answer flips, and when a flip is about the same thing.

Two kinds of entry. OPPOSITES are plain antonyms ("更大/更小", "same/different"), read
only where an answer clause already shares most of a point clause's words
(agent._contradiction). The technical pairs below are the ones a confidently wrong
interview answer swaps while reusing the notes' words: "cell state 是乘法更新的" for
"加法更新", "所有权重都重新训练" for "冻结预训练权重", "更费显存" for "省显存", "上溢"
for "下溢". They need no such overlap, only the same thing on both sides:

- a predicate pair (加法/乘法, 串行/并行, static/dynamic) flips only with a subject in
  common, a term both say before the word, and two terms both share besides the noun
  right after it ("在线推理" and "离线推理" are two settings, "在线学习是…" and "离线训练：…"
  two things, each true of its own);
- a verb pair (冻结/都重新训练, 省/费, overflow/underflow) flips with the same object
  right after both verbs ("省显存" / "费显存") or two terms the answer clause shares with
  the point; a single character (省, 费) only in the first way ("省份", "费用" are words).

Either way the point must use one side only, the answer clause the other only, neither
negated nor under a condition, the latin names of both (other than the pair) must not be
two different things ("RNN 只能串行" / "Transformer 并行计算"), and no clause of the
answer may say the point's side about the point's thing: an answer naming both is
comparing them. Last, "没有额外延迟" against "推理时会明显变慢": a cost the point denies
(latency, overhead) that the answer says grows, in other words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import EN_STOPWORDS, content_terms, mostly_cjk
from agent._negation import hypothetical, negated

_OPPOSITE_PAIRS = (
    "更大/更小 有关/无关 相同/不同 同一/不同 一致/不一致 same/different "
    "越大/越小 稀疏/稠密 冻结/全量 高频/低频 简单/复杂 more/fewer "
    "more/less larger/smaller higher/lower faster/slower freeze/every small/large "
    "线性/对数 上层/下层 更高/更低 越高/越低 越快/越慢 更快/更慢 "
    "必须/不必 before/after first/last up/down sharper/smoother big/small bigger/smaller "
    "above/below exceeds/below 超过/低于 高于/低于 during/after "
)
OPPOSITES = [tuple(pair.split("/")) for pair in _OPPOSITE_PAIRS.split()]

_EN = r"(?<![\w-])(?:{})(?![\w-])"  # whole words: "self-supervised" is not "supervised"
# multiplying or dividing by a thing, not by its inverse ("乘以 1/T", "乘以标准差的倒数")
_BY = r"(?:{})(?!\s*1\s*/)(?![^，,。；;]{{0,12}}倒数)"

# (side, side): regular expressions; English words are matched whole
_PREDICATES = (
    ("加法", "乘法"),
    ("串行", "并行"),
    ("同步", "异步"),
    ("静态", "动态"),
    ("在线", "离线"),
    ("有监督", "无监督"),
    ("编码器", "解码器"),
    ("稀疏", "稠密"),
    ("确定性", "随机性"),
    ("双向", "单向"),
    ("全局", "局部"),
    ("显式", "隐式"),
    ("连续", "离散"),
    ("(?<!非)线性", "非线性"),
    ("过拟合", "欠拟合"),
    ("过度自信|过于自信|过自信", "信心不足|不够自信|欠自信"),
    ("上采样", "下采样"),
    ("无损", "有损"),
    ("行存", "列存"),
    ("悲观", "乐观"),
    ("强一致", "弱一致|最终一致"),
    ("计算密集|计算瓶颈|compute-bound", "访存密集|带宽瓶颈|memory-bound"),
    ("增量", "全量"),
    (_EN.format("cp"), _EN.format("ap")),  # CAP: consistency or availability in a partition
    (_EN.format("additive(?:ly)?"), _EN.format("multiplicative(?:ly)?")),
    (_EN.format("serial(?:ly)?|sequential(?:ly)?"), _EN.format("parallel")),
    (_EN.format("synchronous(?:ly)?|sync"), _EN.format("asynchronous(?:ly)?|async")),
    (_EN.format("static(?:ally)?"), _EN.format("dynamic(?:ally)?")),
    (_EN.format("online"), _EN.format("offline")),
    (_EN.format("supervised"), _EN.format("unsupervised")),
    (_EN.format("encoder"), _EN.format("decoder")),
    (_EN.format("sparse"), _EN.format("dense")),
    (_EN.format("deterministic"), _EN.format("stochastic")),
    (_EN.format("bidirectional(?:ly)?"), _EN.format("unidirectional(?:ly)?|left-to-right")),
    (_EN.format("global(?:ly)?"), _EN.format("local(?:ly)?")),
    (_EN.format("explicit(?:ly)?"), _EN.format("implicit(?:ly)?")),
    (_EN.format("continuous"), _EN.format("discrete")),
    (_EN.format("linear(?:ly)?"), _EN.format("non-?linear(?:ly)?")),
    (_EN.format("constant"), _EN.format("linear(?:ly)?")),
    (_EN.format("overfit(?:s|ting)?"), _EN.format("underfit(?:s|ting)?")),
    (_EN.format("overconfident"), _EN.format("underconfident")),
    (_EN.format("upsampl(?:e|es|ed|ing)"), _EN.format("downsampl(?:e|es|ed|ing)")),
    (_EN.format("lossless"), _EN.format("lossy")),
    (_EN.format("row-oriented|row-based"), _EN.format("column-oriented|columnar")),
    (_EN.format("pessimistic(?:ally)?"), _EN.format("optimistic(?:ally)?")),
    (
        _EN.format("strong(?:ly)? consistent|strong consistency"),
        _EN.format("eventual(?:ly)? consisten(?:t|cy)"),
    ),
)
_VERBS = (
    # the opposite of freezing is updating everything, not any "训练" ("训练开始时")
    (
        "冻结|固定住",
        "重新训练|全部训练|都训练|都要训练|全量训练|全部更新|都更新|都会更新|都参与训练",
    ),
    ("上溢", "下溢"),
    ("翻倍", "减半"),
    ("合并", "拆分|拆开"),
    ("放大", "缩小"),
    # "乘以 1/T", "乘以标准差的倒数" are "除以 T", "除以标准差" said the other way
    (_BY.format("除以"), _BY.format("乘以|乘上")),
    ("(?:节省|节约|省下|省)", "(?:耗费|浪费|更费|费|多占|占用更多)"),
    (
        _EN.format("frozen|freez(?:e|es|ing)"),
        _EN.format(
            r"retrain(?:s|ed|ing)?|(?:train|updat|fine-tun)(?:e|es|ed|s|ing)?\s+(?:all|every)"
            r"|all\s+(?:\w+\s+){0,2}(?:are|get|gets|is)\s+(?:updated|trained|retrained)"
        ),
    ),
    (_EN.format("overflows?|overflowing"), _EN.format("underflows?|underflowing")),
    (_EN.format("doubl(?:e|es|ed|ing)"), _EN.format("halv(?:e|es|ed|ing)")),
    (
        _EN.format(r"divid(?:e|es|ed|ing)\s+(?:\w+\s+){0,3}?by(?!\s+(?:1\s*/|the\s+inverse))"),
        _EN.format(r"multipl(?:y|ies|ied|ying)\s+(?:\w+\s+){0,3}?by(?!\s+(?:1\s*/|the\s+inverse))"),
    ),
    (_EN.format("merg(?:e|es|ed|ing)"), _EN.format("split(?:s|ting)?")),
    (_EN.format("sav(?:e|es|ed|ing)"), _EN.format("wast(?:e|es|ed|ing)|costs? more|uses? more")),
)

# a cost the point denies, and the answer's words for that cost growing
_COST = re.compile(r"延迟|开销|变慢|减速|" + _EN.format("latency|overhead|slowdowns?|slower"))
_COST_GROWS = re.compile(
    r"变慢|更慢|拖慢|减慢|慢很多|慢了|(?:增加|带来|引入|多了|额外的?)(?:推理)?(?:延迟|开销)"
    r"|延迟(?:更高|变高|变大|增加)|"
    + _EN.format(
        r"slower|slows?\s+(?:\w+\s+)?down|slowdown|(?:adds?|adding|extra|more|higher|additional)"
        r"\s+(?:\w+\s+)?(?:latency|overhead)"
    )
)

_NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_CONDITION = re.compile(
    r"如果|假如|假设|(?<![主需只还想重])要是|若(?!干)|一旦|\b(?:if|unless|otherwise)\b"
)
# what may stand between a verb and its object: "省了显存", "更费显存", "merged into the W"
_BEFORE_OBJECT = re.compile(r"(?:[了掉下的很更多些\s]|(?:{})\b)*".format("|".join(EN_STOPWORDS)))
_CLAUSE = re.compile(r"[，,；;：:、。]|\s(?:but|and|so|while)\s|但|而且|所以")
SHARED = 2  # terms two clauses have in common to be about the same thing
_WORD = 5  # letters of an English word that says what a cost is of alone


# ways offered as alternatives: a clause taking one of them ("LoRA freezes the weights"
# beside "either updating all weights or only adapters") says one of the ways
_ALTERNATIVES = re.compile(r"\beither\b.+\bor\b|要么.+要么|或者.+或者|可以.+也可以", re.IGNORECASE)


def opposite_claim(point: str, clause: str, sentence: str, answer: Sequence[str]) -> bool:
    """Does the answer clause say the technical opposite of the point (`sentence`: the
    clause's, `answer`: every clause of the answer)? Not under a condition said before it
    ("如果不合并，推理时会变慢"), nor of another thing it names ("RNN 只能串行" against
    "Transformer 并行计算")."""
    said = sentence[: sentence.find(clause) + len(clause)]
    if hypothetical(said) or _CONDITION.search(said.lower()):
        return False
    low, lowered, answer = point.lower(), clause.lower(), [c.lower() for c in answer]
    for pairs, verb in ((_PREDICATES, False), (_VERBS, True)):
        for a, b in pairs:
            for ours, theirs in ((a, b), (b, a)):
                if _flipped(low, lowered, answer, ours, theirs, verb):
                    parts = (p for p in _CLAUSE.split(point) if re.search(ours, p.lower()))
                    part = next(parts, point)  # a phrase may run over a comma: all of it
                    if _ALTERNATIVES.search(part):
                        continue  # "either updating all weights or only adapters": one way
                    if _same((_names(part), _names(clause)), a, b):
                        return True
    return _cost_asserted(low, lowered, answer)


def _flipped(
    point: str, clause: str, answer: Sequence[str], ours: str, theirs: str, verb: bool
) -> bool:
    mine, said = _only(point, ours, theirs), _only(clause, theirs, ours)
    if mine is None or said is None or any(_says_point(point, mine, c, ours) for c in answer):
        return False
    if negated(point, mine.group()) or negated(clause, said.group()):
        return False
    if verb and _object(point, mine) and _object(point, mine) == _object(clause, said):
        return True
    if len(mine.group()) == 1 or len(said.group()) == 1:
        return False  # 省, 费: the same object right after them or nothing
    if verb:
        return len(_shared(point, mine, clause, said)) >= SHARED
    # the subject comes first: "在线学习是…" / "离线训练：…" are two things, not one flipped
    subject = content_terms(point[: mine.start()]) & content_terms(clause[: said.start()])
    modified = {_object(point, mine), _object(clause, said)}
    return bool(subject) and len(_shared(point, mine, clause, said) - modified) >= SHARED


def _names(text: str) -> set[str]:
    """The latin names a text uses ("RNN", "Transformer", "FP16"; not an English
    sentence's first word)."""
    found = set()
    for n, word in enumerate(_NAME.findall(text)):
        capital = word[0].isupper() and word != "I" and (n > 0 or mostly_cjk(text))
        if capital or re.search(r"\d|.[A-Z]", word):
            found.add(word.lower())
    return found


def _same(names: tuple[set[str], set[str]], a: str, b: str) -> bool:
    """Unless each names something the other does not: not one thing said two ways."""
    ours, theirs = ({n for n in side if not re.fullmatch(f"{a}|{b}", n)} for side in names)
    return not (ours and theirs and not ours & theirs)


def _says_point(point: str, mine: re.Match[str], clause: str, ours: str) -> bool:
    """Does an answer clause use the point's side of the pair about the point's thing (a
    term in common: "Cassandra is CP" says nothing of "CP: ZooKeeper, etcd")?"""
    found = re.search(ours, clause)
    return found is not None and bool(_shared(point, mine, clause, found))


def _only(text: str, word: str, other: str) -> re.Match[str] | None:
    """The word's first match in a text that never uses the other side."""
    found = re.search(word, text)
    return found if found and not re.search(other, text) else None


def _object(text: str, word: re.Match[str] | None) -> str:
    """The term right after a word: what the verb acts on, what the adjective qualifies."""
    if word is None:
        return ""
    rest = text[word.end() :]
    rest = rest[_BEFORE_OBJECT.match(rest).end() :]  # type: ignore[union-attr]
    found = re.match(r"[\u4e00-\u9fff]{2}|[a-z][a-z0-9-]+", rest)
    return found.group() if found else ""


def _shared(first: str, one: re.Match[str] | None, second: str, other: re.Match[str]) -> set[str]:
    """Content terms two texts share once the opposite words are taken out of both."""
    if one is None:
        return set()
    a = first[: one.start()] + " " + first[one.end() :]
    b = second[: other.start()] + " " + second[other.end() :]
    return content_terms(a) & content_terms(b)


def _cost_asserted(point: str, clause: str, answer: Sequence[str]) -> bool:
    """A cost the point denies ("没有额外延迟") that the clause says grows ("推理时会明显
    变慢"), about the same thing, where no clause of the answer denies it."""
    grows = _COST_GROWS.search(clause)
    if grows is None or negated(clause, grows.group()):
        return False
    denied = [p for p in _CLAUSE.split(point) if (m := _COST.search(p)) and negated(p, m.group())]
    if not denied or any(_denies_cost(c) for c in answer):
        return False
    shared = content_terms(_COST.sub(" ", point)) & content_terms(_COST_GROWS.sub(" ", clause))
    # an English word is a whole term ("inference"); a Chinese one two bigrams ("推理时")
    return len(shared) >= SHARED or any(t.isascii() and len(t) >= _WORD for t in shared)


def _denies_cost(clause: str) -> bool:
    cost = _COST.search(clause) or _COST_GROWS.search(clause)
    return cost is not None and negated(clause, cost.group())
