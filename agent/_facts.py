"""A point of the candidate's work that states how things were, not what was done.

Write-ups mix deeds ("用 tsc 编译过滤掉不能运行的样本", "I swept four sizes") with facts
the work stood on: a cost ("显存和调参成本都高"), a setting ("参考模型就是 SFT 模型"), a
property ("BM25 is only as good as its dictionary"), what the team had ("We had a single
A100"). "这部分当时你具体负责什么？" asks a fact what the candidate did; an interviewer
asks what is behind it and what it meant for the work (prompts.own_work.FACT_FOLLOW_UPS).
A phrase is a fact when every clause of it is: a subject with a state (an adjective, a
copula, having, needing, coming from), and no deed (a verb in 了, a coverb or a verb
opening it with the doer left out, a passive).
"""

from __future__ import annotations

import re

from agent._answer_text import mostly_cjk
from agent._clauses import split_clauses

# a state closing the clause: "都高", "不稳定", "一样稳定", "更容易验证想法" is a modal's
_ZH_STATE_END = re.compile(
    r"(?:高|低|大|小|多|少|短|长|快|慢|好|差|强|弱|贵|难|稳定|一致|相关|适合|明显|重要|有限"
    r"|困难|简单|复杂|不同|相同|有效|可靠|准确|敏感|关键|必要|可以接受|可接受|可行|成熟|充足"
    r"|不足|不够|容易|麻烦|昂贵|严重|普遍|常见|显著|单一|稀疏|清楚|模糊|紧张|有限)$"
)
# a measure the thing came to: "单卡吞吐约 1,100 tokens/s", "比例约 7%", "数据共 15GB"
_ZH_MEASURE = re.compile(
    r"[\u4e00-\u9fffA-Za-z]\s*(?:约|为|达|共|只有)?\s*\d[\d.,]*\s*(?:%|[A-Za-z/]+|万|亿|倍)?$"
)
# a relation between a subject and what it is, has, needs or comes from; "用的是 X" is a
# choice the team made (a deed), not a copula's fact
_ZH_RELATION = re.compile(
    r"^[^，,；;]{2,}?(?:(?<!的)(?<![要总但于若还而])是(?!否)|需要|依赖|来自|取决于|在于|属于|意味着"
    r"|相当于|只有|没有|(?<![没只])有(?![些点效用利关的时了]))"
)
# a modal of ease, ability or need ("更容易验证想法", "一天就能跑完一轮", "不需要调分数尺度")
_ZH_ABILITY = re.compile(
    r"^[^，,；;]{0,4}?(?:更|也|就|都|才|还)?(?:容易|难以|能(?!力)|可以|不需要?|无需|需要)"
    r"[\u4e00-\u9fff]"
)
# a deed: a verb in 了 (not 为了/除了/了解), a passive, or a coverb or the doer opening it
_ZH_DEED = re.compile(
    r"(?<![为除])了(?!解)|被|^(?:对|把|将|按照?|通过|基于|利用|使用|用(?![户于])|针对|采用|根据"
    r"|在(?![线于]))"
    r"|^(?:我们?|你们?)(?!(?:只|都|也|还)?(?:是|有|没有))"
)

_EN_STATE = re.compile(
    r"^(?:you\s+(?:only\s+)?(?:had|have|were|are|was)\b"
    r"|(?!how\b)[^,;:]{1,40}?\b(?:is|are|was|were|isn't|aren't|wasn't|weren't|has|have|had"
    r"|needs?|needed|requires?|required|depends? on|depended on|comes? from|came from)\b)",
    re.IGNORECASE,
)
# "was rebuilt nightly", "were labelled by hand": a passive tells what was done (not a
# participle that names a state: "was limited", "is based on")
_EN_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?(?!(?:based|limited|supposed|related|called"
    r"|named|expected|needed|required|fixed|mixed|biased|skewed)\b)"
    r"(?:\w+ed|built|made|kept|set|put|cut|run|done|written|chosen|taken|given|split|sent|spent"
    r"|held|found|shown|seen)\b",
    re.IGNORECASE,
)


# what was found, not done: "ROUGE didn't always agree with human judgement", "DPO trains as
# stably as SFT", "400–600 gave the best Recall@5" - a negation or a comparison says how
# things turned out ("About this part, …: what exactly was your part" asked them as deeds)
_EN_FINDING = re.compile(
    r"\b(?:didn't|doesn't|don't|did not|does not|never|barely|hardly|rarely)\b"
    r"|\bas \w+ as\b|\bthe (?:best|worst|most|least)\b|\b(?:better|worse) than\b",
    re.IGNORECASE,
)
# ... unless the candidate is its doer ("I never shipped without a canary")
_EN_DOER = re.compile(r"^(?:how )?(?:I|we|my team|our team|you|your team)\b", re.IGNORECASE)

_QUOTED = re.compile(r"“[^”]*”|「[^」]*」|\"[^\"]*\"")  # a quote is a name: "回答“没有找到”"


def states_fact(phrase: str) -> bool:
    """Does the phrase, as a follow-up names it, state how things were rather than a deed?"""
    text = phrase.strip(" 。.")
    if text[:1] in "“「" and text[-1:] in "”」":  # a name quoted whole in the other language
        text = text[1:-1]
    text = _QUOTED.sub("它", text)
    if mostly_cjk(text):
        clauses = [c.strip() for c in split_clauses(text) if c.strip(" ，,；;")]
        return bool(clauses) and all(_zh_state(c.strip(" ，,；;")) for c in clauses)
    stated = _EN_STATE.match(text) or (_EN_FINDING.search(text) and not _EN_DOER.match(text))
    return bool(stated) and not _EN_PASSIVE.search(text)


def _zh_state(clause: str) -> bool:
    if _ZH_DEED.search(clause):
        return False
    # "能通过单测的作为 chosen" is a thing named by what it can do, not an ability
    able = _ZH_ABILITY.match(clause) and "的" not in clause
    stated = _ZH_STATE_END.search(clause) or _ZH_MEASURE.search(clause)
    return bool(stated or _ZH_RELATION.match(clause) or able)


# a value a setting took: "β=0.1", "learning rate 5e-7", "chunk 512", "2 epochs", "温度 0.7"
_HYPERPARAMETER = (
    r"(?:learning[ _]rate|lr|batch[ _]size|bs|warm-?up(?: steps)?|weight[ _]decay|dropout"
    r"|temperature|top[-_ ]?[kp]|beta|alpha|rank|chunk(?:[ _]size)?|max[ _]\w+|seq\w*[ _]len\w*"
    r"|k1|epochs?|steps?|学习率|批大小|批次大小|温度|秩|轮数|步数|窗口大小|块大小)"
)
_VALUE = r"[-+]?\d[\d.,]*(?:e-?\d+)?\s*(?:%|x|k|K|M|B|w|万)?"
_SETTING = re.compile(
    rf"^(?:[\w.\u0370-\u03ff-]{{1,20}}\s*[=＝]\s*{_VALUE}|{_HYPERPARAMETER}\s*(?:[:：]|为|设为|取)?\s*"
    rf"{_VALUE}|{_VALUE}\s*(?:epochs?|steps?|轮|步|个 ?epoch))$",
    re.IGNORECASE,
)
_LISTED = re.compile(r"\s*(?:[,，、;；]|\band\b)\s*")


def sets_value(phrase: str) -> bool:
    """Does every part of the phrase give a setting its value ("learning rate 5e-7", "r=16、
    α=32")? A number chosen is asked how it was chosen, not what was done in it."""
    parts = [p for p in _LISTED.split(phrase.strip(" 。.")) if p.strip()]
    return bool(parts) and all(_SETTING.match(p.strip()) for p in parts)


# where a method was put: "作用在 q_proj、v_proj 上", "target_modules 选 q_proj…", "加到所有
# 线性层", "on q_proj and v_proj", "applied to all attention and MLP projections"
_MODULES = (
    r"(?:\w*_proj|注意力|线性层|全连接层?|投影层?|attention|MLP|FFN|projections?|linear layers?)"
)
_PLACED = re.compile(
    r"(?:(?:只|都)?(?:作用|加|应用|用|插|放|挂|注入)(?:在|到|于)"
    r"|target[_ ]modules\s*(?:选|为|用|是)?\s*[=＝:：]?)"
    rf"[^，,；;。]*?{_MODULES}[^，,；;。]*"
    r"|\b(?:(?:applied|added|inserted|put|only)\s+)?(?:to|on|in)\s+(?:the\s+|all\s+(?:the\s+)?)?"
    rf"[^,;.]*?\b{_MODULES}\b[^,;.]*"
    r"|\btarget[_ ]modules\b[^,;.]*",
    re.IGNORECASE,
)
# the method a setting belongs to, named before it: "LoRA r=16", "LoRA (rank 8…", "LoRA 秩 r=64"
_OWNER = re.compile(
    r"\b(?P<owner>[A-Z][A-Za-z0-9-]{1,15})\s*(?:[（(]\s*)?(?=(?:秩|rank\b|r\s*=|α|alpha\b|β|beta\b))"
)
# before a setting's name: its method ("LoRA 秩 r=64"), training ("训练 3 个 epoch")
_SETTING_LEAD = re.compile(r"^(?:[A-Za-z][\w.-]{0,15}|训练|秩|rank)\s*(?=\S)", re.IGNORECASE)
# the base model a method was trained on: "基座 Qwen 7B", "基座选 Qwen-14B", "base model Qwen 7B"
_BASE_MODEL = re.compile(
    r"^(?:base(?:\s+model)?|基座(?:模型)?)\s*(?:选|用|是|为|[:：])?\s*[A-Za-z][\w.-]*"
    r"(?:[\s-]*\d+(?:\.\d+)?\s*[BbMm])?$",
    re.IGNORECASE,
)
_METHOD = re.compile(r"[A-Z][\w-]*[A-Z0-9][\w-]*")  # "LoRA", "DPO" said alone, not "trained"
_WITH_OR_FOR = re.compile(r"\s+(?:with|for)\s+", re.IGNORECASE)


def configures(phrase: str) -> bool:
    """Does the phrase only configure a method - settings with their values ("LoRA 秩 r=64、
    alpha=128", "learning rate 2e-4 for 3 epochs"), the layers it was put on ("作用在 q_proj、
    v_proj 上"), the base model it was trained on - with at least one value or layer? Such a
    point is asked how it was chosen, not what the candidate did in it."""
    text = phrase.strip(" 。.")
    rest, placed = _PLACED.subn(" , ", text)
    parts = [p.strip() for half in _WITH_OR_FOR.split(rest) for p in _LISTED.split(half)]
    parts = [p for p in parts if p]
    valued = [p for p in parts if _setting_part(p)]
    named = [p for p in parts if _BASE_MODEL.match(p) or _METHOD.fullmatch(p)]
    return bool(placed or valued) and len(valued) + len(named) == len(parts)


def _setting_part(part: str) -> bool:
    """One setting's value, maybe after its method's name ("LoRA 秩 r=64", "训练 3 个 epoch")."""
    for _ in range(3):
        if _SETTING.match(part):
            return True
        shorter = _SETTING_LEAD.sub("", part, count=1)
        if shorter == part:
            return False
        part = shorter
    return False


def setting_owner(text: str) -> str | None:
    """The method a point's settings are of ("LoRA" of "基座 Qwen 7B，LoRA r=16、α=32…")."""
    found = _OWNER.search(text)
    return found.group("owner") if found else None
