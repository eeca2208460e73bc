"""The interviewer's offline words about the candidate's introduction and résumé, zh and
en side by side: asking for more of a thin self-introduction, and asking about a line of
the résumé (a degree, a job held) as what it is.
"""

from __future__ import annotations

from typing import Final

from agent._words import Words

# A self-introduction that tells almost nothing (a name, a job title) is asked once for
# more, by the parts it left out ({missing}: "你的教育背景、做过的项目或实习").
INTRO_ASK_MORE: Final = Words(
    "Could you tell me a bit more about yourself? For example {missing}.",
    "能再多介绍一下自己吗？比如{missing}。",
)
INTRO_PARTS: Final[dict[str, Words]] = {
    "education": Words("what you studied and where", "你的教育背景"),
    "experience": Words("the projects or internships you have done", "做过的项目或实习"),
    "skills": Words("what you work on and are good at", "现在主要的方向和擅长的技术"),
    "motivation": Words("why this role interests you", "为什么对这个岗位感兴趣"),
}

# A missed point that is a line of the résumé (agent._resume_lines): a degree ("硕士 2018
# 中科院计算所 模式识别") was studied, a job ("2019-2022 字节跳动 推荐算法工程师") was held -
# "当时你具体负责什么" / "what exactly was your part" asks neither. {point}: the line as the
# notes have it.
STUDY_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "About your studies, {point}: what did you focus on there, and what from it do you "
        "use in your work?",
        "你的学习经历里写到「{point}」，当时主要研究什么方向？有哪些和这个岗位相关？",
    ),
    Words(
        "On your degree, {point}: what was your research or main project there?",
        "「{point}」这段学习期间，你的研究课题或主要项目是什么？",
    ),
)
JOB_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "About this role, {point}: what did you work on there, and what came out of it?",
        "「{point}」这段经历，你主要做了哪些事？最有代表性的成果是什么？",
    ),
    Words(
        "On this job, {point}: what were you responsible for, and what are you proudest of?",
        "「{point}」这段工作里，你负责哪一块？最有成就感的是哪件事？",
    ),
)
