"""An English list of ways read as ways: "lower the temperature, greedy decoding" is two of
them, as "修改解码参数，调改解码策略" is in Chinese - and said as things one does
("lowering the temperature and greedy decoding"), so "What about …?" reads as English.

English notes list ways as bare noun phrases ("greedy decoding") or as commands ("lower
the temperature"); a command is told by the determiner after its verb ("lower the…",
"train a…"), and in a list that has one, by its neighbours' shape (a plain first word, not
an adjective's or a noun's ending: "use greedy decoding" beside "lower the temperature").
"""

from __future__ import annotations

import re

_ITEM_SPLIT = re.compile(r"\s*(?:[,;]\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)", re.IGNORECASE)
MAX_ITEM_WORDS = 4  # "lower the sampling temperature": a way named, no claim made
# a finite verb or a subject: the item says something ("knowledge can be missing")
_CLAIM = re.compile(
    r"\b(?:is|are|was|were|be|been|can|could|will|would|should|must|may|might|does|do|did|has"
    r"|have|had|it|they|we|i|you|he|she|this|that|these|those|which|also|only|always|never)\b",
    re.IGNORECASE,
)
_DETERMINER = re.compile(
    r"^(?:the|a|an|its|their|your|our|his|her|more|less|fewer|all|each|every|some|any|it|them)$",
    re.IGNORECASE,
)
# the endings of adjectives and nouns: "greedy", "early", "retrieval", "augmentation"
_NOT_A_VERB = re.compile(
    r"(?:(?<!f)y|al|ive|ous|ic|ing|ed|tion|sion|ment|ness|ity|ance|ence|ism|s)$", re.IGNORECASE
)


def en_ways(text: str) -> list[str]:
    """The ways an English point lists, [] when it says more than names ("knowledge can be
    missing, outdated or only weakly stored")."""
    items = [i.strip(" .") for i in _ITEM_SPLIT.split(text.strip().rstrip(".")) if i.strip(" .")]
    if len(items) < 2 or any(len(i.split()) > MAX_ITEM_WORDS or _CLAIM.search(i) for i in items):
        return []
    if any(_sentence_start(i) for i in items[1:]):  # "…; More data helps" starts another
        return []
    return items


# "Batching helps a lot", "Distillation works well": a thing named, then what it does
_THING_DOES = re.compile(
    r"^\w+(?:ing|tion|sion|ment|ity|ance|ence|ism)\s+[a-z]+s\b\s+\S", re.IGNORECASE
)


def says_something(item: str) -> bool:
    """An English item that is a sentence, not a way named: "We cache the results", "I would
    prune it", "Batching helps a lot" - a subject or a finite verb in it."""
    return bool(_CLAIM.search(item) or _THING_DOES.match(item.strip()))


# "Mitigations: ground answers in…": the label a list of steps is filed under
_EN_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z -]{1,30}):\s+")


def told_steps(point: str, named: str) -> str | None:
    """A point of knowledge that tells what to do, named (`named`) in more words than a
    way's name ("ground answers in retrieved documents and require citations", "verify
    answers against sources afterwards"; not "fuse the two rankings"): said back, it is the
    answer. Returns its label ("Mitigations") or "" when it has none; None when the point is
    no such list of steps."""
    label = _EN_LABEL.match(point)
    body = point[label.end() :] if label else point
    items = [i.strip(" .") for i in _ITEM_SPLIT.split(body.strip()) if i.strip(" .")]
    first = items[0] if len(items) > 1 else ""  # one step alone is named as a step is
    if len(named.split()) <= MAX_ITEM_WORDS or not first or says_something(first):
        return None
    if not (_is_command(first) or _plain_verb(first)):
        return None
    return label.group("label").strip() if label else ""


def _sentence_start(item: str) -> bool:
    words = item.split()
    return len(words) > 1 and words[0].istitle()


def as_done(items: list[str]) -> list[str]:
    """The ways as things one does: a command's verb becomes its -ing form."""
    commands = [_is_command(i) for i in items]
    if not any(commands):
        return items
    return [_gerund(i) if c or _plain_verb(i) else i for i, c in zip(items, commands, strict=True)]


def _is_command(item: str) -> bool:
    """ "lower the temperature", "Use a smaller model": a verb, then a determiner."""
    words = item.split()
    if len(words) < 2:
        return False
    plain = words[0].islower() or (words[0].istitle() and words[0].isalpha())
    return plain and bool(_DETERMINER.match(words[1]))


def _plain_verb(item: str) -> bool:
    """A first word shaped like a verb in a list of commands ("use greedy decoding")."""
    words = item.split()
    return (
        len(words) > 1
        and words[0].isalpha()
        and words[0].islower()
        and not (_NOT_A_VERB.search(words[0]))
    )


def _gerund(item: str) -> str:
    verb, _, rest = item.partition(" ")
    return f"{_ing(verb.lower() if verb.istitle() else verb)} {rest}".strip()


def _ing(verb: str) -> str:
    """ "use" -> "using", "stop" -> "stopping", "lower" -> "lowering", "tie" -> "tying"."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    one_vowel_group = len(re.findall(r"[aeiou]+", verb)) == 1
    if one_vowel_group and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"
