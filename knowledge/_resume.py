"""A résumé pasted into the notes: its section lines and its jobs' entries.

"WORK EXPERIENCE" (or "工作经历") heads the jobs; each job is an entry line naming the role
and employer with its dates ("Senior ML Engineer, ShopCo (2022 – present)") and its points
listed under it. Read as headings, the entries are the projects an interviewer asks about,
as is a project's name on a line after its label ("项目：短视频推荐的多目标排序").
"""

from __future__ import annotations

import re

from knowledge._wrapping import SENTENCE_END

_BULLET = re.compile(r"^\s*[-*+•]\s+")
# a résumé's section line: "WORK EXPERIENCE", "EDUCATION", "SKILLS" - capitals, no sentence
_CAPITAL_SECTION = re.compile(
    r"^[A-Z][A-Z&/ ]{4,30}[A-Z]$"
    r"|^(工作经历|实习经历|项目经历|教育背景|教育经历|专业技能|个人技能|荣誉奖项|获奖情况|自我评价)[:：]?$"
)
# a résumé's entry: a role or employer with its dates ("Senior ML Engineer, ShopCo
# (2022 – present)", "2023.06 - 2023.09  美团  算法实习生"), its points listed under it
_DATES = re.compile(
    r"(?:19|20)\d{2}(?:[./年]\s*\d{1,2}月?)?\s*(?:[–—~～-]|to|至)\s*"
    r"(?:(?:19|20)\d{2}(?:[./年]\s*\d{1,2}月?)?|present|now|current|today|至今|现在)",
    re.I,
)
_DATED = re.compile(r"\s*[(（]?\s*" + _DATES.pattern + r"\s*[)）]?\s*", re.I)
_MAX_ENTRY_LINE = 70
_ROLE = re.compile(
    r"\b(engineer|scientist|intern|developer|analyst|researcher|manager|lead|architect"
    r"|consultant|assistant)s?\b"
    # "算法实习生", "大模型算法工程师", "推荐算法实习": a Chinese role ends with its title
    r"|(?:实习生?|工程师|研究员|开发|分析师|经理|负责人|架构师|顾问|助理|专家)$",
    re.I,
)
# "### 美团 算法实习生 2023.06-2023.09", "**ByteDance — Intern, 2023.07 – 2023.12**": the
# entry written as a Markdown heading or in bold is the same entry
_MARKUP = re.compile(r"^#{1,6}\s+|^(?:\*\*|__)|(?:\*\*|__)$")
_SEPARATOR = r"[,，|｜·@—–]"
# the dates taken out of "Lumio AI — ML Engineer Intern, 2023.01 – 2023.06, Remote" leave
# two separators side by side
_EMPTY_SLOT = re.compile(r"\s*(" + _SEPARATOR + r")(?:\s*" + _SEPARATOR + r")+\s*")
_CJK = re.compile(r"[\u4e00-\u9fff]")


# "项目：短视频推荐的多目标排序（STAR 写法）", "Project 2: Search ranker": a project's name
# after its label, on a line of its own - a title, though its write-up follows with no gap
_PROJECT_LINE = re.compile(
    r"^(?:项目|project)\s*[\d一二三四五六七八九十]*\s*[:：]\s*([^，。；;,?？!！]{2,40})$", re.I
)


def resume_heading(line: str, listed: bool) -> tuple[str, bool] | None:
    """The title a résumé line heads a section with, and whether it is a job's entry (a
    section line is not); `listed`: the next line is a list item. None: not such a line."""
    text = _MARKUP.sub("", line.strip()).strip()
    listed = listed or bool(_MARKUP.match(line.strip()))  # a heading heads what follows
    if _CAPITAL_SECTION.match(text) and not _BULLET.match(line):
        return text.rstrip("：:"), False
    if _PROJECT_LINE.match(text) and not _BULLET.match(line):
        return text, False
    if not listed or _BULLET.match(line) or len(text) > _MAX_ENTRY_LINE:
        return None
    if text.endswith((*SENTENCE_END, "：", ":", "，", ",")) or not _DATES.search(text):
        return None
    title = re.sub(r"\s+", " ", _DATED.sub(" ", text))  # not when it was
    title = _EMPTY_SLOT.sub(lambda m: f"{m.group(1)} ", title).strip(" ,，|｜·—–")
    return (_employer(title) or text), True


def _employer(entry: str) -> str:
    """ "Senior ML Engineer, ShopCo" -> "ShopCo": where the job was names it, as "美团" does
    ("美团 算法实习生", "ByteDance — Search Intern, Beijing": the first part that names no
    role); an entry whose parts name no role, or several, stays whole."""
    parts = [p.strip() for p in re.split(r"\s*(?:" + _SEPARATOR + r"|\bat\b)\s*", entry)]
    parts = [p for p in parts if p]
    if len(parts) == 1 and _CJK.search(entry):  # "美团 算法实习生": spaces part them
        parts = entry.split()
    if not 2 <= len(parts) <= 3:
        return entry
    roles = [bool(_ROLE.search(part)) for part in parts]
    return parts[roles.index(False)] if roles.count(True) == 1 else entry
