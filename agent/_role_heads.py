"""The part a role point says was owned, before the list of what it held.

"我负责检索链路和评测：数据切分、混合检索、重排、评测集建设" is asked as "你负责检索链路和评测，
具体包括哪些工作？": read out, the list would be the notes' answer given away.
"""

from __future__ import annotations

import re

from agent import _told
from agent._phrasing import to_candidate
from agent._quoted import unlabelled
from agent._work_figures import in_language
from agent.state import Language

# "我负责检索链路和评测：数据切分、混合检索、重排、评测集建设": the part owned, then its list
_ROLE_THEN_LIST = re.compile(r"^(?P<head>[^：:，,。]{2,30})[：:]\s*(?P<list>\S.*)$")
_LIST_SEPARATOR = re.compile(r"[、，,/；;]|和|以及|\band\b")


def role_head(text: str, language: Language) -> str | None:
    """The part a role point says was owned, a list of what it held after it: "你负责检索链路
    和评测，…", not the list read out ("数据切分、混合检索、重排、评测集建设，…")."""
    found = _ROLE_THEN_LIST.match(unlabelled(text).strip())
    if found is None or len(_LIST_SEPARATOR.findall(found.group("list"))) < 2:
        return None
    head = found.group("head").strip()
    if not _told.role(head) or not in_language(head, language):
        return None
    return to_candidate(head, language)
