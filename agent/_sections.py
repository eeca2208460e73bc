"""A label that names a part of a write-up ("背景：", "My part:", "Result:"), not a thing
("TIES：", "constrained decoding:"): a section's label says where a line sits in the
notes, a name says what the line is about and stays with it."""

from __future__ import annotations

import re

SECTION_WORD = re.compile(
    r"背景|情境|情景|问题|难点|挑战|痛点|动机|目标|任务|职责|角色|分工|负责|方法|方案|做法|思路|描述|行动"
    r"|结果|效果"
    r"|成果|收获|反思|总结|取舍|亮点|坑|教训|贡献|部分|\b(?:background|problem|context|situation"
    r"|task|action|results?|outcome|impact|role|part|responsibilit(?:y|ies)|method|approach"
    r"|solution|lessons?|reflection|trade-?offs?|pitfalls?|gotchas?|challenges?|highlights?"
    r"|summary|goals?|motivation|contributions?)\b",
    re.IGNORECASE,
)
# what joins section words into one label: "我的职责", "项目背景", "Approach and results"
_JOINING = re.compile(
    r"我们?|的|与|和|及|实习|项目|工作|经历|\b(?:my|our|the|and|of)\b|[\s/&+、·-]", re.IGNORECASE
)


def names_section(label: str) -> bool:
    """Is the label made of section words only ("问题背景", "我负责", "My part")? "Problem
    = exposure bias" names the problem: a thing."""
    rest = _JOINING.sub("", SECTION_WORD.sub("", label))
    return SECTION_WORD.search(label) is not None and not re.search(r"\w", rest)
