"""A trait the candidate claims for themselves: "做事比较细心", "学习能力强", "善于跨团队协作",
"I'm a fast learner", "detail-oriented, good under pressure".

Nothing was done in a trait and nothing stands behind it but the candidate's word, so
"这部分当时你具体负责什么？" and "what was behind it?" ask nothing; an interviewer asks for
an example (prompts.own_work.TRAIT_FOLLOW_UPS). A point is a trait when every clause
of it claims one.
"""

from __future__ import annotations

import re

from agent._clauses import split_clauses

_DEGREE = r"(?:比较|很|非常|特别|十分|相当|较|太|有点|有些|过于)"
_ZH_TRAIT = re.compile(
    # "学习能力强", "抗压能力强", "执行力强", "沟通表达能力不错"
    r"(?:能力|执行力|自驱力|学习力|领导力|抗压性)" + _DEGREE + r"?(?:强|突出|不错|好|出色)"
    # "做事比较细心", "性格开朗", "为人踏实", "工作很认真" (not "工作量大")
    r"|(?:做事|为人|性格|态度)"
    + _DEGREE
    + r"?[\u4e00-\u9fff]{1,4}$|工作"
    + _DEGREE
    + r"[\u4e00-\u9fff]{1,4}$"
    r"|" + _DEGREE + r"?(?:细心|认真|踏实|严谨|靠谱|稳重|勤奋|刻苦|好学|自律|乐观|开朗|外向|内向"
    r"|积极主动|有耐心|耐心|有责任心|责任心强|有上进心|上进|追求完美|完美主义|抗压)"
    # "善于跨团队协作", "喜欢钻研", "能快速上手新技术", "我是一个很有责任心的人"
    r"|^(?:善于|擅长沟通|乐于|热爱|喜欢钻研|喜欢挑战|对技术有热情|能快速(?:上手|学习|适应))"
    r"|^(?:我是)?一个" + _DEGREE + r"?[\u4e00-\u9fff]{1,8}的人$"
)
_EN_TRAIT = re.compile(
    r"\b(?:fast|quick|eager|self-taught)\s+learner|team player|detail[- ]oriented"
    r"|attention to detail|hard[- ]working|self[- ](?:motivated|starter|driven)|results[- ]driven"
    r"|(?:good|calm|work(?:s|ed)? well) under pressure|perfectionist"
    r"|(?:strong|good|excellent|great)\s+(?:communication|interpersonal|problem[- ]solving"
    r"|leadership|teamwork|analytical|organi[sz]ational|people)\s+skills"
    r"|good at (?:working|communicating|collaborating|explaining|teamwork)"
    r"|passionate about|love (?:learning|solving|building)"
    r"|learn(?:s)? (?:new \w+ )?(?:fast|quickly)",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^[^，,：:]{1,8}[：:]\s*")  # "性格：踏实、严谨"
_EN_JOINED = re.compile(r",|\band\b|;", re.IGNORECASE)


def is_trait(point: str) -> bool:
    """Does every clause of the point claim a trait of the candidate's?"""
    text = _LABEL.sub("", point.strip(), count=1)
    if re.search(r"[\u4e00-\u9fff]", text):
        clauses = [c.strip(" ，,、；;。") for c in split_clauses(text)]
        parts = [p for c in clauses for p in re.split(r"[、]", c) if p.strip()]
        return bool(parts) and all(_ZH_TRAIT.search(p.strip()) for p in parts)
    parts = [p.strip() for p in _EN_JOINED.split(text) if p.strip(" .")]
    return bool(parts) and all(_EN_TRAIT.search(p) for p in parts)
