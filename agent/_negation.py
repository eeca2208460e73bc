"""Where a negation reaches: is a term denied in a clause, and is that denial a claim?

A negation covers the words a few characters after it, within its clause, and stops at
a contrast: in "瓶颈不在计算而在显存" / "not X but Y" the 不/not is about 计算/X only,
and Y is what the sentence asserts. "rather than X", "instead of X", "而不是 X" and
"而非 X" deny X up to the end of the clause however long X is. In Chinese a negation
before 把/将 is about the verb after the object ("不需要把注意力矩阵写回 HBM"), so it
reaches the whole clause; a topic followed by its negated predicate ("注意力矩阵就不用
写回") is denied as well. A condition ("without positions, order is lost", "otherwise
…", "如果没有…") names what is needed: its negation is no denial of the thing. A thing
said to be someone else's work ("the reviewer tool was another team's") is denied as
the speaker's. What a denial goes on to deny is agent._denied_objects'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agent._answer_text import terms
from agent._asked import unasked
from agent._denied_after import DENIED_AFTER
from agent._mismatch import mismatch_restated

NEGATION_REACH = 14  # characters around a term a negation may stand in (within its clause)
# an English denied verb governs its phrase: "could never make it happen locally" denies
# "locally" four words on, where a Chinese 不 sits right before its word
_VERB_REACH = 24
_REASON = re.compile(r"\b(?:because|since|so|when|while|until|which|after|before)\b", re.I)
_TOO_TO = re.compile(r"\btoo\s+(?:[a-z]+\s+){0,3}to\s+", re.IGNORECASE)
_VERB_NEGATION = re.compile(r"\b(?:never|cannot)\b|n't(?!\s+(?:just|only|merely)\b)", re.I)
# "no gradients or Hessian", "neither A nor B": the denial covers the list it heads
_LISTED_DENIAL = re.compile(r"\b(?:no|without|neither)\s+(?:[\w-]+\s+){1,3}(?:or|nor)\s+$", re.I)
_LOOK_BEHIND = 7  # characters before the reach read for what a negation word follows

# 不同, 不断, 不仅/不只是 ("not merely": affirms), 不确定性 (a noun)…: no denial ("而不只看
# 平均指标" is: it denies relying on averages alone). 不是 denies what follows it ("不是一行
# 一行读", "不是近似"), but before a coverb only the coverb's object ("不是在 batch 上归一化"
# still normalises; "不是 X，而是 Y" is read whole where it is met). "保持不动/维持不变"
# is a state held ("在峰值上保持不动训大部分时间" keeps lr constant): it denies nothing after
# 不到/不足/不超过 a number bounds it ("正确率不到九成" is "<90%"), as "不能晚于提交日" bounds a
# date (the notes' "≤ 提交日")
_NOT_A_NEGATION = (
    r"(?!同|断|仅|只是|确|错|少|久|过|管|论|停|然|如|光|多"
    r"|(?:到|足|超过|低于|少于|高于)\s*[\d零一二两三四五六七八九十百千万几半]"
    r"|(?:能|可以?|得|应该?|会)?[晚早高低大小多少长短]于"
    r"|是\s*(?:在|从|用|按|靠|对|由|以|给|跟|和|为|说)|(?<=保持不|维持不)[动变])"
)
# 无论 ("whatever") and 无关 ("unrelated": "很长的无关文本" is text) are words of their own,
# as are the technical terms 无偏 (unbiased), 无害, 无损, 无监督, 无限, 无序, 无状态, 无锁, 无线
_NO = r"无(?!论|关|偏|损|害|监督|限|序|状态|锁|线)"
# 别 before a verb is "don't" ("别用 softmax"); not 区别, 类别, 别人, 别的
_DONT = r"(?<![区分类级特识性辨鉴差告个离判派])别(?=[用再把让做只太去])"
# "很难测试" / "hard to test" says what "没法测试" does: as good as a negation; so does
# "避免重复计算" what "不用重复算" does
NEGATION = re.compile(
    rf"不{_NOT_A_NEGATION}|没|{_NO}|未|非(?!常)|去掉|去除|关掉|取消|禁用|避免|防止|以免|免去|省去|{_DONT}"
    r"|很难|难以|\b(?:hard|difficult) to\b"
    r"|\bnot\b(?!\s+(?:only|just)\b)"  # "not only X" affirms X
    r"|\b(?:never|without|none|cannot|nothing|drop(?:ping)?)\b|\bw/o\b"
    r"|\b(?:prevent|avoid)(?:s|ed|ing)?\b"  # as 防止 and 避免 are
    r"|(?<!\badd / )(?<!\badd/)(?<!\badd or )\bremov(?:e|ing)\b"  # "add / remove": either
    # "say no with an alternative", "a no lands better": "no" as a noun denies nothing
    r"|(?<!\bsay )(?<!\bsaid )(?<!\bsays )(?<!\ba )(?<!\bthe )\bno\b"
    r"|n't(?!\s+(?:just|only|merely)\b)",  # "you don't just draw k": more than k, not none
    re.IGNORECASE,
)
# "until the assignments stop changing" says "不再变化": the gerund is what no longer is
# (a story's "stopped asking" is an event of its past, which "asking again" follows)
_STOPPED = re.compile(r"\bstops?\s+(?=[a-z]+ing\b)", re.IGNORECASE)
# denies everything after it in its clause: "sampling masks rather than being turned off"
REJECTING = re.compile(r"\brather than\b|\binstead of\b|而不是|而非", re.IGNORECASE)
# "shrinks weights without making them zero": "without" governs its whole phrase too
_WITHOUT = re.compile(r"\bwithout\b|\bw/o\b", re.IGNORECASE)  # notes write "w/o"
# where a negation's reach ends inside a clause: the other half of a contrast
CONTRAST = re.compile(r"而(?!不是|非)|但是?|却|\b(?:but|whereas)\b", re.IGNORECASE)
# a negation before 把/将 reaches past the object to its verb
_BA = re.compile(rf"(?:不{_NOT_A_NEGATION}|没有?|无需|无须)[\u4e00-\u9fff]{{0,3}}[把将]")
# so does one before a likeness ("不用像 PPO 那样再训一个 critic", "不像 ReLU 直接死"): the verb
# after it is denied, not what it likens to (ReLU)
_LIKENED = re.compile(r"像\s*$")
_LIKENESS = re.compile(
    rf"(?:不{_NOT_A_NEGATION}|没有?|无需|无须)[\u4e00-\u9fff]{{0,2}}像[^，,。；;]{{1,20}}"
)
# a denial aimed at the term itself: the negation, at most a light verb and "any", the term
# ("drops units" is what dropout does: verbs of removal are no denial here)
_DENIAL_ZH = (
    rf"(?:不{_NOT_A_NEGATION}|没有|没|{_NO}|未)"
    r"(?:需要|进行|使用|采用|做过|依赖|用到|涉及|[\u4e00-\u9fff])?(?:任何|什么)?\s*"
)
# "haven't built models", "didn't tell my manager": the verb itself denied
_DENIAL_EN = r"(?:\b(?:no|not|never|without)|n't)\s+(?:any\s+|the\s+)?"
_DENIED_BEFORE = re.compile(f"(?:{_DENIAL_EN}|{_DENIAL_ZH})$", re.IGNORECASE)
# an adverb is denied only right after the negation ("不直接用"): after a verb it starts the
# next verb phrase ("什么都不改直接往长了用" denies the change, not going straight to it)
_ADVERBS = frozenset({"直接", "同时", "一起", "马上", "立刻", "一直", "先", "再", "主要", "全部"})
# ... and a denied one-character verb followed by such an adverb ends the negation's reach
# ("不是直接报错", "没有直接抛错", "没法同时看到": 是, 有, 法… carry the negation on)
_NEW_PHRASE = re.compile(
    r"(?<=[不没][\u4e00-\u9fff])(?<![不没][是有要会能太很再法可必用])(?=直接|同时|一起|马上|立刻|一直)"
)
# ("没什么直接关系" denies it as "没直接关系" does)
_ADVERB_DENIED_BEFORE = re.compile(rf"(?:不{_NOT_A_NEGATION}|没有|没|未)(?:什么|太)?\s*$")
# "not differentiable at zero", "never land exactly on zero": the negation is of the word
# before the preposition, not of what follows it ("not on expiry" is denied whole)
_PREPOSITION = re.compile(r"\s+[a-z]+(?:\s+[a-z]+)?\s+(?:at|on|in|for|by|from|to|of)\s+\S*$")
# "couldn't afford to sweep": the "to" of an infinitive, whose verb is the one denied
_INFINITIVE = re.compile(
    r"\b(?:afford|manage|need|want|try|able|bother|dare|get|have|has|had)\s+to\s+$"
)


def _prepositional(after_negation: str) -> bool:
    """Does the denial end on a verb and its preposition before the term ("didn't happen in
    staging")? Then the term is where, not what, is denied. Nor is a term denied whose
    amount is ("didn't get too many false alerts", "没有太多误报": a few)."""
    if _TOO_MANY.match(after_negation):
        return True
    found = _PREPOSITION.match(after_negation)
    return found is not None and _INFINITIVE.search(after_negation) is None


_TOO_MANY = re.compile(
    r"(?:\s*[a-z]+)?\s+(?:too|that|so)\s+(?:many|much)\b|(?:有|会|用)?(?:太多|那么多)", re.I
)


_NOT_IS = re.compile(r"不是[^，,。；;]{0,6}$")
# ("不用真的展开": 真的 is "really", an adverb, and the 不 denies the verb after it); so is
# that of a relative clause anywhere before the term ("不常用的放内存", "给没标注的录音打
# 标签"), not a predicate's ("是我没做过的。", "不是我做的"), a condition's ("不加的话")
# nor 没有's, "there is no" ("没有单独的白名单")
_ATTRIBUTE = re.compile(
    r"(?:不(?!是)|非|无|未|没(?!有))[\u4e00-\u9fff]{1,3}(?<!真)的(?!话)(?=[\u4e00-\u9fff]|\s*$)"
)
_ONLY = re.compile(r"\bonly\b|[只仅]", re.IGNORECASE)
# "不看绝对值 → 对…不敏感", "不释放 ② 加了检测", "没用 —— 同一个 key…", "不知道为啥 /
# 退款率高" (a spaced slash between Chinese list items; "add / remove a server" is a pair)
SCOPE_END = re.compile(
    r"[，,。；;：:、（）()!?！？→⇒>\u2460-\u2473\u2014]|(?<=[\u4e00-\u9fff])\s/\s(?=[\u4e00-\u9fff])"
)
_MEANS = re.compile(r"(?:用|通过|靠|借助)[\u4e00-\u9fff]{0,4}$")
# "drop a mined negative if its score > 0.8": a filter's rule, no denial of the thing
_DROPPED = re.compile(r"\b(?:drop|remov|discard|filter)\w*\s+(?:[\w-]+\s+){0,3}$", re.I)
_IF = re.compile(r"^[^,.;]{0,40}?\b(?:if|when|whose)\b", re.IGNORECASE)
# ... or judged not worth it: "(async refresh too costly)" is what was not done
NEGATED_AFTER = re.compile(
    r"\s*(?:关掉|去掉|关闭|off\b|removed\b|disabled\b|too\s+(?:costly|expensive)\b)",
    re.IGNORECASE,
)
# "pricing unknown", "价格未知": the notes say it is not there, as "no pricing yet" does
_UNKNOWN_AFTER = re.compile(r"\s*(?:未知|不明|待定|unknown\b|unclear\b|tbd\b)", re.IGNORECASE)
_WORD_REST = re.compile(r"[A-Za-z0-9]*")
# "the reviewer tool was another team's", "another team built the ordering screen": the
# thing is someone else's work, which denies it is the speaker's as "not the tool" does
# ("1 other eng on the data pipeline" in the notes says it as the answer's "another did")
_ELSE = r"(?:another|some(?:one|body) else|other (?:people|teams?)|(?:\d+|one|an?) other)\b"
_OWNED_AFTER = re.compile(
    rf"[a-z0-9-]*(?:\s+[a-z0-9-]+){{0,2}}\s+(?:was|were|is|are)\s+(?:(?:done|built) by\s+)?{_ELSE}",
    re.IGNORECASE,
)
_OWNED_BEFORE = re.compile(
    rf"{_ELSE}(?:\s+[a-z]+)?\s+(?:built|did|owned|made|wrote|ran|designed|handled|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _owned_elsewhere(before: str, rest: str) -> bool:
    """Is the term, between its clause's text `before` it and the `rest` from it, said to
    be someone else's work?"""
    return _OWNED_AFTER.match(rest) is not None or _OWNED_BEFORE.search(before) is not None


# "注意力矩阵就不用写回": the topic, a particle, then its denied verb (Chinese only;
# not "代码写得不好" or "统计不稳定", where the negation is the adjective's own)
_ZH_NEGATED_AFTER = re.compile(
    r"^\s*[\u4e00-\u9fff]{0,4}?(?:就|也|都|并|还)(?:不用|不需要|不必|不会|不再|没有?|无需|无须)"
    # the topic's doer denying having done it: "点云检测我没做过", "那块不是我做的"
    # (the rest of a term's word may come first: "语音" of "语音唤醒我没做过")
    r"|^\s*[\u4e00-\u9fff]{0,4}?(?:这块|那块|这部分|那部分)?\s*(?:我们?|我自己)?"
    r"(?:也|都|还|从来|根本)?(?:没有?|从没|从来没)(?:真正)?(?:做|用|碰|搞|参与|负责|接触|写|跑|学)过"
    r"|^\s*[\u4e00-\u9fff]{0,4}?(?:这块|那块|这部分|那部分)?\s*(?:也|都)?(?:不是|并不是|并非)"
    r"(?:我们?|我自己)(?:做|写|负责|搞)的"
)
# a condition: "without positions, …", "otherwise the model wouldn't know", "如果没有…"
HYPOTHETICAL = re.compile(
    r"^\s*without\b|\b(?:otherwise|unless|if\s+(?:\w+\s+){0,3}(?:not|no)\b)"
    r"|否则|不然|如果(?:没|不)|若(?:没|不|无)|要是(?:没|不)"
    r"|(?:^|[(\[,;:]\s*)(?:or\s+)?else\b"  # "relight + shadow (else looks pasted)"
    # a concession: "就算残差分支什么都没学到" / "even if it learns nothing" is a condition
    r"|就算|即使|即便|哪怕|\beven if\b"
    r"|\bthan (?:no|none|without)\b|比(?:不用|没有)"  # "did worse than no X at all"
    # "不通过就把错误信息塞回去": a negated verb and then 就 is the condition of what follows
    r"|^\s*[\u4e00-\u9fff]{0,2}?(?:不|没有?)[\u4e00-\u9fff]{0,3}就",  # "对不上就高亮" too
    re.IGNORECASE,
)


# "同作者不能连着出这种硬规则": what a negation before 这种 says is the kind of the noun
_KIND_OF = re.compile(r"这种|这类|这样的|那种|之类的?")


# the notes' shorthand "→ 去位置偏差", "去重": 去 opening a short phrase is "rid of", read
# as a denial (not "去看日志" or "去向量库里召回 top-k", going to do something)
_RID = re.compile(
    r"(?<![\u4e00-\u9fff])去(?![掉除看做查找问跑写试学想说了过年])(?=[\u4e00-\u9fff]{1,5}(?:$|[，,。；;、)）\s]))"
)


@lru_cache(maxsize=8192)  # one turn asks it of the same clause and term many times
def _filters(text: str, at: int) -> bool:
    """Is the term at `at` what a filter drops under a condition ("drop a negative if…")?"""
    return bool(_DROPPED.search(text[:at]) and _IF.search(SCOPE_END.split(text[at:])[0]))


def negated(text: str, term: str) -> bool:
    """Is `term` (where it first occurs) denied: within reach after a negation of its
    clause that no contrast closes, anywhere after "rather than"/"而不是", or (Chinese)
    after a negation before 把, or a topic followed by its negated predicate? The 不 of
    an A-not-A question ("能不能") is none."""
    text = _STOPPED.sub("no longer ", _RID.sub("未", unasked(text)))
    at = text.find(term)
    if at < 0 or _filters(text, at) or _LIKENED.search(text[:at]):
        return False
    start = max(
        (m.start() for m in _NEW_PHRASE.finditer(text, 0, at + 2) if m.start() <= at), default=0
    )
    clause = _KIND_OF.split(SCOPE_END.split(text[start:at])[-1])[-1]
    rejected = _rejects(clause) or _WITHOUT.search(clause)
    if rejected or (_BA.search(clause) and is_cjk(term)) or _LIKENESS.search(clause):
        return True
    if is_cjk(term) and _NOT_IS.search(clause) and "而是" in text[at:]:
        return True  # "不是直接报错，而是返回提示": the 不是 half is denied
    if term in _ADVERBS:  # "什么都不改直接用" denies the change only (see _ADVERBS)
        return bool(_ADVERB_DENIED_BEFORE.search(clause))
    # "非零的权重", "不稳定的统计量": the negation is the attribute's own, not the noun's
    if is_cjk(term):
        clause = _ATTRIBUTE.sub("", clause)
    # a contrast inside the term ("而在" in "不在计算而在显存") closes the negation too
    # a few characters more than the reach, so "say no" is seen as a whole
    near = CONTRAST.split(clause[-NEGATION_REACH - _LOOK_BEHIND :] + term)[-1][: -len(term)]
    after = SCOPE_END.split(text[at + len(term) : at + len(term) + NEGATION_REACH])[0]
    if _unknown(text, at + len(term), term) or (is_cjk(term) and _ZH_NEGATED_AFTER.match(after)):
        return True
    if _owned_elsewhere(clause, SCOPE_END.split(text[at:])[0]):
        return True
    reached = any(
        m.start() >= len(near) - NEGATION_REACH and not _prepositional(near[m.end() :])
        for m in NEGATION.finditer(near)
    )
    if not reached and not is_cjk(term):
        far = CONTRAST.split(clause[-_VERB_REACH:] + term)[-1][: -len(term)]
        far = _REASON.split(far)[-1]  # "couldn't repro because the staging…": not staging
        reached = any(not _prepositional(far[m.end() :]) for m in _VERB_NEGATION.finditer(far))
        too = _TOO_TO.search(clause)  # "too much schema to put in a prompt": it does not fit
        reached = reached or (too is not None and len(clause) - too.end() <= _VERB_REACH)
        reached = reached or _LISTED_DENIAL.search(clause) is not None  # "no X or Y"
    if DENIED_AFTER.match(text, at + len(term)):
        return True
    # "印章用红色通道去掉": what 用 names is the means of the removal, not what is removed
    means = is_cjk(term) and _MEANS.search(clause) is not None
    return reached or (NEGATED_AFTER.match(after) is not None and not means)


# "instead of arguing in the meeting": the rejected verb's where or when is not rejected
_CIRCUMSTANCE = re.compile(r"\s+[a-z]+ing\s+(?:at|on|in|during|before|after)\s+(?:the\s+|a\s+)?$")


# where what "instead of" rejects ends and the sentence's own claim starts, no comma
# between: "instead of guessing I added logs", "with 8 instead of 32 the cache is smaller"
_CLAIM_RESUMES = re.compile(
    r"\b(?:i|we|you|they|he|she)\s|\d(?:\.\d+)?\s+(?:the|a|an|it|this|that)\b", re.IGNORECASE
)


# "the input is the ground truth, not the model's own prediction": a clause opening with
# "not" and a determiner names the rejected thing whole, as "rather than" does
_NOT_THE = re.compile(
    r"^\s*not\s+(?:the|a|an|its|their|his|her|our|your|my|this|that|these|those)\s",
    re.IGNORECASE,
)


def _rejects(before: str) -> bool:
    """Does a "rather than"/"而不是" (or a clause's opening "not the") in the text before
    a term reject the term?"""
    found = REJECTING.search(before) or _NOT_THE.match(before)
    if found is None or _CLAIM_RESUMES.search(before[found.end() :]):
        return False
    return not _CIRCUMSTANCE.match(before[found.end() :])


def denial(clause: str, term: str) -> bool:
    """Is the negation aimed at the term itself ("没做评测", "no reranker"; not the 不 of
    "能不能做")?"""
    clause = _RID.sub("未", unasked(clause))
    before = _ADVERB_DENIED_BEFORE if term in _ADVERBS else _DENIED_BEFORE
    at = clause.find(term)
    while at >= 0:
        likened = _LIKENED.search(clause[:at])  # "不像 ReLU": ReLU is what is likened to
        # "无结果率", "未命中率": a rate's name, which denies nothing
        rate = clause.startswith("率", at + len(term)) and clause[:at].endswith(("无", "不", "未"))
        if (
            not likened
            and not rate
            and (before.search(clause[:at]) or _rejects(SCOPE_END.split(clause[:at])[-1]))
        ):
            return True
        if DENIED_AFTER.match(clause, at + len(term)):
            return True
        at = clause.find(term, at + 1)
    return False


def contrast_kept(point: str, clause: str) -> bool:
    """Does the clause assert what the point's contrast asserts ("而在显存读写" of "瓶颈不在
    计算而在显存读写")? Then the point's denied half named in it ("用一点计算换了显存读写")
    is said in another role, not claimed back."""
    if _rejection_kept(point, clause) or mismatch_restated(point, clause):
        return True
    halves = CONTRAST.split(point)
    if len(halves) < 2 and NEGATION.search(point):  # "never sees X, only a summary"
        halves = _ONLY_AFTER.split(point)
    if len(halves) < 2:
        return False
    asserted = {t for t in terms(halves[-1]) if not negated(point, t)}  # not "而不只看 X"
    return any(_says_term(clause, t) and not negated(clause, t) for t in asserted)


# a denial's contrast told by "only": "never sees raw attachments, only a summary"
_ONLY_AFTER = re.compile(r"[,，;；]\s*(?:only|just|只|仅)", re.IGNORECASE)


def _rejection_kept(point: str, clause: str) -> bool:
    """Does the clause deny what the point rejects ("…，而不是存下来" / "不存这个矩阵")?
    The first word after the rejection (a character in Chinese, whose verbs are often
    one) is what both deny; the point's other words said in it are no flip then."""
    found = REJECTING.search(point)
    rest = SCOPE_END.split(point[found.end() :])[0].strip() if found else ""
    words = [rest[0]] if rest and is_cjk(rest) else sorted(terms(rest))[:1]
    return any(negated(clause, w) for w in words)


def _says_term(clause: str, term: str) -> bool:
    return term in terms(clause)


_ALL = frozenset({"every", "all", "each"})
_REJECTED_ALL = re.compile(
    r"(?:rather than|instead of)\s+(?:[a-z]+\s+){0,2}(?:every|all|each)\s+$", re.IGNORECASE
)


def all_rejected(point: str, term: str, clause: str) -> bool:
    """Does the point reject only that all do it ("computed once rather than by every
    caller"), which a clause saying the term without "every" ("one caller computes it")
    does not flip?"""
    at = point.find(term)
    if at < 0 or not _REJECTED_ALL.search(
        point[: at + len(term)] + " " if term in _ALL else point[:at]
    ):
        return False
    return re.search(rf"\b(?:every|all|each)\s+(?:[a-z]+\s+)?{re.escape(term)}", clause) is None


def qualified(text: str, term: str) -> bool:
    """Is the term said with "only" ("stores only some activations", "只存一部分")? Such a
    claim denies the rest, so "instead of storing them" is no flip of it."""
    at = text.find(term)
    if at < 0:
        return False
    before = SCOPE_END.split(text[max(0, at - NEGATION_REACH) : at])[-1]
    after = SCOPE_END.split(text[at + len(term) : at + len(term) + NEGATION_REACH])[0]
    around = before + " " + after
    # not "不要只看准确率" / "not only": a negated "only" is a contrast's denied half
    return any(
        not re.search(r"不|\bnot\s*$", around[: m.start()][-3:]) for m in _ONLY.finditer(around)
    )


def _unknown(text: str, end: int, term: str) -> bool:
    """Is the term, ending at `end`, said to be unknown ("pricing unknown", "价格未知")? A
    stem ("pric") is read on to the end of its word."""
    if not is_cjk(term):
        end += len(_WORD_REST.match(text, end).group(0))  # type: ignore[union-attr]
    return _UNKNOWN_AFTER.match(text, end) is not None


def hypothetical(clause: str) -> bool:
    """A condition, whose negation names what is needed rather than denying it."""
    return HYPOTHETICAL.search(clause) is not None


def is_cjk(term: str) -> bool:
    return bool(term) and "\u4e00" <= term[0] <= "\u9fff"  # called per term: no regex
