"""English claims denied after their subject: "long documents do not win" denies what the
words before the "not" say, where a Chinese 不 sits right before its word."""

from __future__ import annotations

import re

from agent._answer_text import mostly_cjk, terms
from agent._denied_objects import VERB_DENIAL
from agent._negation import negated

# a denied verb, not a "no"/"nothing" that is the object ("18% of searches returned nothing")
# an aside, or a consequence ("(trie) -> can't invent values") is another claim
_ASIDE = re.compile(r"[(（)）]|->|→|=>|⇒")
_OBJECT_SET_AGAINST = re.compile(
    r"[\w-]*\s*,?\s*not\s+(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+)?\s*[,;.]?\s*$"
)
_RELATIVE = re.compile(r"\b(?:that|which|who|whose|where)\b")


def predicate_negated(text: str, other: str) -> bool:
    """Is what English `text` says of the words it shares with `other` negated after them
    ("long documents do not win")? The subject comes first, then its denied verb. Chinese
    needs no such rule (a later shared word sits after the 不), and there a negated
    adjective ("不稳定") is a word, not a denial."""
    if mostly_cjk(text):
        return False
    # a "never" both say is no subject: "false negatives never" denies after them
    shared = {t for t in terms(text) & terms(other) if not VERB_DENIAL.fullmatch(t)}
    ends = [text.find(t) + len(t) for t in shared if t in text]
    rest = text[max(ends) :] if len(shared) >= 2 and ends else ""
    # "top ~10 tables per question (400 schemas don't fit)": the aside is another claim
    rest = _ASIDE.split(rest)[0]
    denial = VERB_DENIAL.search(rest)
    # "…the label that won't exist at prediction time": a relative clause's denial; "helps
    # variance not bias": another object set against the one said, no denied verb
    if denial is None or _OBJECT_SET_AGAINST.match(rest):
        return False
    return _RELATIVE.search(rest[: denial.start()]) is None


def both_deny(p: str, s: str) -> bool:
    """Does one side deny what it says of the shared words after them and the other deny
    them before ("false negatives never" / "never false negatives")?"""
    shared = terms(p) & terms(s)
    return any(
        predicate_negated(one, other) and any(negated(other, t) for t in shared)
        for one, other in ((p, s), (s, p))
    )


# a denied attitude: "didn't trust that judge", "不看好这个方案" is an opinion of the thing
_OPINION_DENIED = re.compile(
    r"(?:n't|\bnot|\bnever)\s+(?:really\s+|fully\s+)?"
    r"(trust|like|believe|agree|buy|expect|care|want|feel)\w*"
    r"|不(?:太|大)?(信任|相信|认同|同意|喜欢|看好|放心)",
    re.IGNORECASE,
)


def opinion_denied(point: str, sentence: str) -> bool:
    """Does the sentence deny an attitude the point never names ("didn't trust that judge
    on answer leaks" of "thought the judge was too lenient on answer leaks")? Its negation
    is the candidate's view of the shared words, no flip of what the point claims."""
    found = _OPINION_DENIED.search(sentence)
    if found is None:
        return False
    verb = found.group(1) or found.group(2)
    return verb.lower() not in point.lower()
