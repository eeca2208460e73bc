"""What a denial is about: the words a denied term goes on to deny.

"without making *them zero*" denies making them zero, not making them smaller; "而不是
直接*学完整映射*" denies learning the whole mapping; "not the reviewer *tool*" denies the
tool, and an answer saying "the reviewers were drowning" affirms no reviewer tool. The
other side's saying the term alone flips none of these (agent._contradiction,
agent._denials).
"""

from __future__ import annotations

import re

from agent._answer_text import EN_STOPWORDS, ZH_LONE_FUNCTION, terms
from agent._negation import CONTRAST, NEGATED_AFTER, SCOPE_END, is_cjk


def denied_object(text: str, term: str) -> set[str]:
    """The words a denial of `term` goes on to deny ("without making *them zero*", "而不是
    直接*学完整映射*"): latin words, or Chinese characters, after the term in its scope.
    The other side's saying the term alone ("making the weights smaller", "梯度直接回到前面
    的层") flips none of them; it must say one of these too (none left: the term is all)."""
    at = text.find(term)
    if at < 0:
        return set()
    end = at + len(term)
    if NEGATED_AFTER.match(text[end:]):
        return set()  # "turning dropout off": the term itself is what is denied
    if is_cjk(term):
        rest = CONTRAST.split(SCOPE_END.split(text[end:])[0])[0]
        return {c for c in rest if is_cjk(c)} - _LIGHT_CHARACTERS
    end += len(re.match(r"\w*", text[end:]).group())  # type: ignore[union-attr]
    rest = CONTRAST.split(SCOPE_END.split(text[end:])[0])[0]
    if owner := _OWNER.match(rest):  # "not the model's guess" denies the guess
        return _leading_nouns(rest[owner.end() :]) - _LIGHT_WORDS
    head = _head_nouns(text[:at], text[at:end], rest)
    if head:
        return head
    # only a verb has an object to deny: "making them zero", "not to check facts", not "no
    # team owned it"
    if not (text[at:end].endswith("ing") or _INFINITIVE.search(text[:at]) or _OBJECT.match(rest)):
        return set()
    return {t for t in terms(rest) if t.isascii()} - _LIGHT_WORDS


# a denied English verb: "did NOT wait for …", "has never been trained on …"
VERB_DENIAL = re.compile(r"\b(?:not|never|cannot)\b|n't", re.IGNORECASE)


def denied_far(text: str, term: str) -> bool:
    """Does an English verb negation open the term's phrase, however far before it ("has
    never been trained on its own mistakes" says "never sees its own mistakes", "did NOT
    wait for the launch review" denies waiting for the review)?"""
    if not term.isascii() or term not in text:
        return False
    phrase = CONTRAST.split(SCOPE_END.split(text[: text.find(term)])[-1])[-1]
    return VERB_DENIAL.search(phrase) is not None


# "doesn't mean the model is good": the verb, another word than the average ("mean loss")
_AS_VERB = (
    r"\b(?:(?:do|does|did|will|would|could|can|may|might|should|to)(?:n't|\s+not)?"
    r"|can't|cannot|won't)\s+{term}\b"
)


def verb_only(text: str, term: str, other: str) -> bool:
    """Does `text` use the term as a verb (after an auxiliary or "to") where `other` never
    does? "low perplexity doesn't mean the model is good" denies no "exp(mean cross-entropy)"."""
    if not term.isascii():
        return False
    as_verb = _AS_VERB.format(term=re.escape(term))
    return re.search(as_verb, text) is not None and re.search(as_verb, other) is None


_AS_NOUN = r"\b(?:the|a|an|its|their|our|my|your|his|her|these|those)\s+{term}"


def as_noun(text: str, term: str) -> bool:
    """Does `text` say the term after a determiner ("made the answers better")? Then a verb
    the other side denies ("questions it can't answer") is another word of the same letters."""
    return term.isascii() and re.search(_AS_NOUN.format(term=re.escape(term)), text) is not None


def new_kind(text: str, term: str, other: str) -> bool:
    """Does `text` deny a new kind of the term ("didn't need new labels") that `other`
    never qualifies so? Then it denies that kind, not the term: "labels for free: 600k
    historical triples" says the same. (An "extra" cost denied is the claim itself.)
    So does a denial of one named kind ("not the training set") `other` never names
    ("fit on a held-out set"): each says which set."""
    kind = _NEW_KIND.format(term=re.escape(term))
    if re.search(kind, text.lower()) is not None and re.search(kind, other.lower()) is None:
        return True
    return _other_kind(text.lower(), term, other.lower())


_NEW_KIND = r"\b(?:new|additional|separate|fresh)\s+{term}"
# "not the training set", "no labelled data", "instead of the whole sequence": the one
# word before the denied noun
_KIND_DENIED = (
    r"(?:\bno|\bnot\s+(?:the|a|an|any)|\b(?:without|instead\s+of|rather\s+than)"
    r"(?:\s+(?:the|a|an|any))?)"
    r"\s+([a-z][a-z-]*)\s+{term}"
)
# a word of amount is no kind: "not a single sample", "no extra latency" deny them all
_AMOUNTS = frozenset({"single", "lot", "few", "more", "much", "enough", "extra", "real"})


def _other_kind(text: str, term: str, other: str) -> bool:
    """Does `text` deny the term of one kind that `other` never says it of ("not the
    training data" / "isotonic needs plenty of data")?"""
    if not term.isascii():
        return False
    denied = re.search(_KIND_DENIED.format(term=re.escape(term)), text)
    kind = denied.group(1) if denied else ""
    if not kind or kind in EN_STOPWORDS or kind in _AMOUNTS:
        return False
    # "training data" beside "the training set" is still another set
    return re.search(rf"\b{re.escape(kind)}\s+{re.escape(term)}", other) is None


def _compound(text: str, term: str) -> set[str]:
    """The measure a compound makes of the term ("edit rate", "error count", "label cost"):
    a thing of its own, not the term denied. (A verb after it, "reports broke", is none.)"""
    found = re.findall(rf"\b{re.escape(term)}\w*\s+([a-z]+)\b", text.lower())
    return set(found) & _MEASURES


_MEASURES = frozenset(
    [
        "rate",
        "rates",
        "ratio",
        "score",
        "scores",
        "distance",
        "count",
        "counts",
        "budget",
        "cost",
        "costs",
        "volume",
        "share",
        "metric",
        "metrics",
        "length",
        "size",
        "latency",
    ]
)


# "no labelled churn data", "not the reviewer tool", "not real breaks", "aren't a uniform
# sample": a denied noun phrase
_DENIED_PHRASE = re.compile(
    r"(?:\bno|\bnot(?:\s+(?:the|a|an|any))?|n't\s+(?:the|a|an|any)|\bwithout(?:\s+(?:the|a|an|any))?)"
    r"\s+(?:[a-z-]+\s+){0,2}$"
)
_OWNER = re.compile(r"['’]s?(?=\s)")
# "never sees its own mistakes": a modifier after a possessive, the noun comes next
_POSSESSIVE = re.compile(r"\b(?:its|their|his|her|our|your|my)\s+$")
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]*)")


def _head_nouns(before: str, word: str, rest: str) -> set[str]:
    """The nouns after a term's `word` inside a denied noun phrase ("tool" of "not the
    reviewer tool", "data" of "no labelled churn data", "mistakes" of "never sees its own
    mistakes"): the phrase denies them, not the term's thing ("the reviewers were
    drowning" says no reviewer tool; "feeds on its own outputs" no own mistakes). Up to
    two words, stopping at a function word or a past verb ("no team owned it", "no
    reports broken": a plural is the phrase's head already)."""
    if word.endswith("s") or not (_DENIED_PHRASE.search(before) or _POSSESSIVE.search(before)):
        return set()
    return _leading_nouns(rest)


def _leading_nouns(rest: str) -> set[str]:
    """Up to two nouns opening `rest`, stopping at a function word or a past verb."""
    nouns: set[str] = set()
    for _ in range(2):
        found = _NOUN_AFTER.match(rest)
        noun = found.group(1) if found else ""
        if not noun or noun in EN_STOPWORDS or noun.endswith(("ed", "en")):
            break
        nouns |= terms(noun)
        rest = rest[found.end() :]  # type: ignore[union-attr]
    return nouns


_LIGHT_CHARACTERS = ZH_LONE_FUNCTION | frozenset("不没无未非")
_LIGHT_WORDS = frozenset({"them", "it", "any", "the", "a", "an", "to", "of", "one"})
_INFINITIVE = re.compile(r"\bto\s+$")
_OBJECT = re.compile(r"\s*(?:them|it|its|their|the|a|an|any|this|that|these|those)\b")


def object_said(text: str, term: str, other: str) -> bool:
    """Does `other` say what the denial of `term` in `text` is about (see denied_object)?
    A term `other` makes part of a compound the denial lacks ("no edit" / "the edit rate")
    is another thing, and so is a term another verb takes ("doesn't give an answer" /
    "forcing an answer")."""
    if _other_verb(_denied_verb(text, term), other, term):
        return False
    rest = denied_object(text, term)
    if not rest:
        return not (term.isascii() and _compound(other, term) - _compound(text, term))
    if is_cjk(term):
        return any(c in other for c in rest)
    return bool(rest & terms(other))


# "doesn't give an answer", "never saw the logs": a negated verb whose object is the term
_ARTICLE = r"(?:the|a|an|any|its|their|our|my|his|her|your)"
# words a negation is followed by that are no verb taking the term as object
_NOT_A_VERB = frozenset(
    {"be", "is", "are", "was", "were", "been", "have", "has", "had", "do", "does", "did"}
    | {"get", "got", "a", "an", "the", "only", "just", "really"}
)


def _denied_verb(text: str, term: str) -> str:
    """The English verb a negation denies with the term as its object, if any."""
    if not term.isascii():
        return ""
    found = re.search(
        rf"(?:n't|\bnot|\bnever)\s+([a-z]+)\s+(?:{_ARTICLE}\s+)?(?:[a-z-]+\s+)?{re.escape(term)}",
        text.lower(),
    )
    verb = found.group(1) if found else ""
    return "" if verb in _NOT_A_VERB else verb


def _other_verb(verb: str, other: str, term: str) -> bool:
    """Does `other` give the term, as object, another verb than the denied one ("forcing an
    answer" / "doesn't give an answer")? Only a word before an article is taken for a verb
    ("fraud models" has none); "built" and "build" are one (their first letters)."""
    if not verb:
        return False
    found = re.search(rf"\b([a-z]+)\s+{_ARTICLE}\s+(?:[a-z-]+\s+)?{re.escape(term)}", other.lower())
    theirs = found.group(1) if found else ""
    return bool(theirs) and theirs not in _NOT_A_VERB and theirs[:3] != verb[:3]
