"""What a note-taker writes to steer the reader, not what the notes are about.

"总结一下：", "补充：", "注意：", "比如…", "甚至更进一步,…", "In short:", "Note:", "For
example, …" flag a summary, an addition, a caveat or an example. Such a phrase is never
the thing a follow-up names ("说说总结一下吧：它具体是怎么回事？", "再想想比如：…"), nor a
heading a point is said to sit under ("补充里的早停"); the claim after it is what it flags.
"""

from __future__ import annotations

import re

_ZH = (
    r"总结|小结|总之|综上(?:所述)?|总的来说|总体来说|简单来说|简单说|简而言之|一句话|换句话说"
    r"|也就是说|补充|注意|注|提示|备注|重点|划重点|说明|举例|例如|比如|譬如|另外|此外|甚至"
    r"|更进一步|进一步|首先|其次|再次|最后|顺便|顺带|ps|p\.s\."
)
_EN = (
    r"in short|in summary|in sum|to sum up|summary|to summari[sz]e|tl;?dr|overall|basically"
    r"|in other words|that is|i\.e\.|note(?: that)?|n\.?b\.?|side note|also|plus|besides"
    r"|for example|for instance|e\.g\.|example|e\.g|tip|hint|important|remember|caveat"
    r"|warning|aside|btw|by the way|first(?:ly)?|second(?:ly)?|finally|lastly"
)
# a word that only softens the flag: "总结一下", "补充一点", "简单来说", "注意的是"
_ZH_TAIL = r"(?:一下|一点|一句|下|来说|而言|的是|地说)?"
_MARKER = rf"(?:(?:{_ZH}){_ZH_TAIL}|(?:{_EN})\b)"
_WHOLE = re.compile(rf"^\s*(?:{_MARKER}[\s,，、]*)+[\s:：,，.。!！]*$", re.IGNORECASE)
# the flag before the claim it flags, set off by a colon or a comma ("总结一下：检索质量决定
# 上限", "甚至更进一步,用测试集…", "Note: …"); an example's flag also by nothing ("比如在…上
# 构建…"), an English adverb by a space ("In short retrieval…", not "Overall accuracy rose")
_ZH_EXAMPLE = r"(?:比如|例如|譬如)说?(?=[\u4e00-\u9fff])"
_EN_ADVERB = (
    r"(?:in short|in summary|to sum up|basically|in other words|for example|for instance"
    r"|e\.g\.|i\.e\.|note that|by the way|btw|besides|lastly)\s+(?=[A-Za-z])"
)
_LEADING = re.compile(
    rf"^\s*(?:(?:{_MARKER}[\s,，、]*)+[:：,，]\s*|{_ZH_EXAMPLE}|{_EN_ADVERB})", re.IGNORECASE
)


def is_discourse(phrase: str) -> bool:
    """The phrase is a note-taker's flag and nothing else ("总结一下", "In short", "Note")."""
    return bool(phrase.strip()) and _WHOLE.match(phrase) is not None


def without_discourse(phrase: str) -> str:
    """The phrase without the flag leading it ("In short, X" -> "X"); a phrase that is only
    a flag, or whose flag is a word of the claim ("注意力机制", "Notebooks are…"), as it is."""
    rest = _LEADING.sub("", phrase, count=1)
    return rest if rest.strip() else phrase


# a flag that sums up what came before: the claim after it is a conclusion drawn
_SUMMARY = re.compile(
    r"^\s*(?:in short|in summary|in sum|to sum up|to summari[sz]e|overall|bottom line|all in all"
    r"|looking back|总之|综上(?:所述)?|总的来说|总体来说|简而言之|一句话)\s*[,，:：]",
    re.IGNORECASE,
)


def sums_up(phrase: str) -> bool:
    """The phrase opens by summing up ("In short, the features mattered…", "总之：…")."""
    return _SUMMARY.match(phrase) is not None
