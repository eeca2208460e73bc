"""Verbs of taking something out ("cut silence", "drop the silence", "去掉多余的格式",
"多余格式去除"): two clauses removing the same thing say one thing, neither denies it."""

from __future__ import annotations

import re

from agent._negation import is_cjk

# a verb of taking something out: "cut silence" and "drop the silence" say one thing
_ZH_VERB = "(?:去掉|去除|删掉|删除|过滤掉?|滤掉|剔除|裁掉|砍掉|筛掉|丢掉|扔掉|干掉)"
# "多余格式去除": the verb after the object, whose modifier the term may be
_ZH_REMOVED_AFTER = re.compile(rf"[^，,。；;：:\s]{{0,3}}?{_ZH_VERB}")
# "去掉多余的格式", "砍掉 ~一半": the verb, then a few characters of modifier (a spaced
# "~" of an estimate among them), no clause break
_ZH_REMOVED_BEFORE = re.compile(rf"{_ZH_VERB}(?:[^，,。；;：:\s]|[ ~～]){{0,5}}$")
_REMOVAL = re.compile(
    r"(?:\b(?:remov|drop|cut|trim|strip|filter|discard|skip|prun)\w*(?:\s+out)?"
    rf"|{_ZH_VERB})\s*(?:the\s+|any\s+|all\s+)?$",
    re.IGNORECASE,
)


def removed(text: str, term: str) -> bool:
    """Is the term (where it first occurs) the object of a verb of taking out: before it,
    or in Chinese a few characters before ("去掉多余的格式") or right after it ("多余格式去除")?"""
    at = text.find(term)
    if at < 0:
        return False
    if _REMOVAL.search(text[max(0, at - 20) : at]) is not None:
        return True
    after = text[at + len(term) : at + len(term) + 6]
    before = _ZH_REMOVED_BEFORE.search(text[:at])
    if is_cjk(term) and _BA_OBJECT.search(text[:at]):  # "把 X、Y 都去掉": the verb after the list
        return _ZH_BA_REMOVED.match(text[at:]) is not None
    return is_cjk(term) and bool(before or _ZH_REMOVED_AFTER.match(after))


_BA_OBJECT = re.compile(r"[把将][^，,。；;：:！？!?]*$")
_ZH_BA_REMOVED = re.compile(rf"[^，,。；;：:！？!?]*?{_ZH_VERB}")
