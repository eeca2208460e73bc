"""A line of the candidate's résumé among the key points: a degree ("硕士 2018 中科院计算所
模式识别", "MSc 2018, Tsinghua University, Computer Science") or a job held ("2019-2022
字节跳动 推荐算法工程师 负责召回模型", "2022-now Sparkle AI, LLM engineer").

Such a line is not a piece of work: "当时你具体负责什么、是怎么做的？" about a degree asks
nothing a candidate could answer. The interviewer asks what was studied there, or what
the job held (prompts.intro.STUDY_FOLLOW_UPS / JOB_FOLLOW_UPS).
"""

from __future__ import annotations

import re
from typing import Literal

ResumeLine = Literal["study", "job"]

_BULLET = re.compile(r"^\s*(?:[-*+•·]\s*)?")
_PERIOD = (
    r"(?:19|20)\d{2}(?:[./]\d{1,2})?\s*(?:年\s*)?(?:[-–—~～]|至|到)\s*"
    r"(?:(?:19|20)\d{2}(?:[./]\d{1,2})?\s*年?|至今|今|现在|目前|now|present|today)"
)
_DEGREE = (
    r"(?:硕士|博士|本科|学士|研究生|专科|大专|博士后|"
    r"(?-i:MSc|BSc|BEng|MEng|MPhil|PhD|MBA|BA|MA|MS|BS)\b|Ph\.D\.?|M\.S\.|B\.S\.|"
    r"master'?s?\b|bachelor'?s?\b|doctorate\b)"
)
# "硕士 2018 中科院…", "2015-2018 硕士 …", "MSc 2018, Tsinghua University"
_STUDY = re.compile(rf"^(?:{_PERIOD}\s*[,，]?\s*)?{_DEGREE}", re.I)
_SCHOOL_OR_YEAR = re.compile(
    r"(?:19|20)\d{2}|大学|学院|研究所|研究院|中科院|university|college|institute|school", re.I
)
# "2019-2022 字节跳动 推荐算法工程师", "2022-now Sparkle AI, LLM engineer"
_JOB = re.compile(rf"^{_PERIOD}\s*[,，:：]?\s*\S", re.I)
_SENTENCE_STOP = re.compile(r"[。！？!?]|\.\s")  # a sentence told, not a line of a résumé
# a period's result ("2020-2021 期间召回率从 60% 提到 80%") is asked as a result
_CHANGE = re.compile(
    r"%|提升|提高|下降|降低|增长|减少|从.{0,20}(?:到|至)|\bfrom\b.{0,30}\bto\b|increas|decreas|"
    r"improv|\brose\b|dropped|\bcut\b",
    re.I,
)
_MAX_CHARS = 80


def resume_line(point: str) -> ResumeLine | None:
    """Whether the point is a degree or a job held, as a résumé lists them; None else."""
    text = _BULLET.sub("", point.strip()).strip()
    if not text or len(text) > _MAX_CHARS or _SENTENCE_STOP.search(text):
        return None
    if _STUDY.match(text) and _SCHOOL_OR_YEAR.search(text):
        return "study"
    if _JOB.match(text) and not _CHANGE.search(text):
        return "job"
    return None
