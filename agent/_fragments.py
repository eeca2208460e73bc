"""A phrase cut from a longer sentence that cannot name an idea on its own.

A follow-up names a whole idea: a noun phrase or a clause that stands alone. A clause
cut from a note's chain may lean on the one before it for what it is about: "跟之前微调的
20w 融合做微调" (merged with what?), "比 DNN 好解释" (what is?), "which I had never used"
(what was?), "four times our old setup" (what was?). Said alone, it names nothing, so a
follow-up names another clause of the point or asks generically.
"""

from __future__ import annotations

import re

from knowledge import cut_words

# "跟/与/和/同 X + verb": X is merged, compared or joined with something the clause before
# named; with a person doing the work together ("和同事一起标注") it stands alone. Read by
# character, not by word: jieba cuts "跟上一版的数据" as "跟上 / 一 / 版"; the lookahead
# keeps the words these characters start ("同时", "和谐", "跟进", "与其")
_ZH_WITH = re.compile(
    r"^(?:跟(?![进踪随着班风])|与(?![其否会])|和(?![谐平善蔼而])"
    r"|同(?![时样步类学事意期一等比行伴源构质]))"
)
_ZH_TOGETHER = re.compile(r"一起|一同|共同")
# "比 X 好", "较 X 高": a comparison whose subject came before it
_ZH_THAN = frozenset({"比", "较", "比起"})
# "相比 X 提升了…" with no clause of its own after the contrast
_ZH_COMPARED = re.compile(r"^(?:相比|相较|对比|比起)(?:于)?[^，,；;]*$")
# "which I had never used", "where it failed": a relative clause says more of the one before;
# "or you end up overestimating it", "否则会高估系统": what follows when the one before is not done
# "either updating all weights or only adapters such as LoRA": the choice of how the clause
# before is done ("Fine-tuning adapts the model…, either updating…")
_EN_RELATIVE = re.compile(
    r"^(?:which|who|whom|whose|where|or|otherwise|either|neither)\b", re.IGNORECASE
)
_ZH_OTHERWISE = re.compile(r"^(?:否则|不然|要不然)")
# "four times our old setup", "twice as fast", "3x the baseline", "up from 71%": a measure
# of what the clause before said, not a thing of its own
_EN_MEASURE = re.compile(
    r"^(?:(?:\w+|\d+(?:\.\d+)?)\s+times|twice|thrice|half|\d+(?:\.\d+)?\s*[x×]"
    r"|(?:up|down)\s+from|compared\s+(?:to|with)|relative\s+to|than|versus|vs)\b",
    re.IGNORECASE,
)


# "every new product launch means updating it", "…brought it back down to 2.0 s": what is
# updated, what came down, was named before
_EN_OBJECT_PRONOUN = re.compile(
    r"\b(?:it|them)(?:\s*[.!?;:,]?$|\s+(?:back|down|up|out|off|over|away)\b)", re.IGNORECASE
)


def leans_on_before(phrase: str) -> bool:
    """The phrase starts mid-clause, or ends on a pronoun: what it speaks of is in the
    clause before it."""
    text = phrase.strip()
    if _EN_RELATIVE.match(text) or _EN_MEASURE.match(text) or _EN_OBJECT_PRONOUN.search(text):
        return True
    words = [w for w in cut_words(text, hmm=False) if w.strip()]
    if not words:
        return False
    if (_ZH_WITH.match(text) and not _ZH_TOGETHER.search(text)) or _ZH_OTHERWISE.match(text):
        return True
    return words[0] in _ZH_THAN or bool(_ZH_COMPARED.match(text))


# "reproduced the official benchmark on day two", cut from "I read the docs…, reproduced…":
# the candidate's own deed without its "I" (in Chinese the subject is left out anyway)
_EN_OWN = re.compile(r"^(?:I|we)\b", re.IGNORECASE)
_EN_PAST = re.compile(
    # not a noun that ends like a past verb ("Speed of retrieval…", "Embedded devices…")
    r"^(?!(?:based|called|named|compared|related|supposed|used to|[a-z]*eed|red|bed|shed"
    r"|hundred|embedded|detailed|advanced|limited|distributed|mixed)\b)"
    r"(?:[a-z]+ed|built|made|wrote|ran|led|took|found|kept|sent|spent|chose|gave|began|did"
    r"|went|held|won|cut|set|put|read|got|brought|bought|taught|drew|broke)\b(?!-)"
)


def with_doer(phrase: str, point: str, own: bool = False) -> str:
    """An English deed of the candidate's said with its doer ("you reproduced…"), so the
    follow-up asks how they did it rather than naming a verb with no subject. `own`: the
    point is of the candidate's own work, so a point cut off its "I" ("kept each chunk's
    heading path as metadata", of "I split documents…, kept…") is theirs too."""
    theirs = _EN_OWN.match(point.strip()) or (own and _deed(point))
    if theirs and _deed(phrase):
        return f"you {_lowered(phrase.strip())}"
    return phrase


def _deed(text: str) -> bool:
    """Starts with a verb in the past, as a list item writes it too ("Trained a model…")."""
    return bool(_EN_PAST.match(_lowered(text.strip())))


def _lowered(text: str) -> str:
    """The first word in lower case, unless it is an acronym or a name in capitals."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text
