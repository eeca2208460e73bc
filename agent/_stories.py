"""Key points a story answer contradicts: it ends in a failure the notes' story never had,
or does what the notes say the candidate held back from.

A behavioral reference tells what the candidate did and how it ended ("没有直接推倒重写，
先补回归测试…结果：按期上线"). A wrong story uses the same words and tells another
outcome ("直接一次性全量发布，上线当天出了大故障，只好回滚", "customers started filing
complaints, we had to roll back"): a failure word the reference never uses, in a story
the candidate tells of themself, as how it ended ("只好", "结果", "had to"; not the problem
before: "until an analyst complained"), contradicts the reference's result. A question that asks
for a failure ("讲一次失败经历", "a mistake you made") makes failure the premise: no such
rule there. And where the reference denies a hasty action ("没有直接推倒重写", "没直接
拒绝"), an answer clause doing it, or anything in haste ("当场就答应了", "硬做了"), with no
negation near it, contradicts that point; in English the held-back verb must come back
with how it was held back ("didn't argue in the meeting" / "argued … in the meeting").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import content_terms, terms
from agent._negation import contrast_kept, negated
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

_FAILURE = re.compile(
    r"回滚|故障|事故|延期|投诉|返工|(?<![给提指找发看问])出了?问题|挨批|被骂|翻车|宕机|崩了|背锅"
    r"|\b(?:roll(?:ed|ing)? (?:it |them |the \w+ )?back|rollback|outage|incidents?|complain\w*"
    r"|escalat\w*|missed the deadline|crash\w*|blam\w*)\b",
    re.IGNORECASE,
)
_ASKS_FAILURE = re.compile(
    r"失败|犯错|错误|事故|故障|挫折|搞砸|出了?问题|出错|翻车"
    r"|\b(?:fail\w*|mistake|wrong|incident|outage|setback)\b",
    re.IGNORECASE,
)
# told as how it ended, not as the problem before ("until an analyst complained")
_OUTCOME = re.compile(
    r"结果|最后|最终|只好|只能|不得不|后来|当天|导致|以至于|上线后"
    r"|\b(?:had to|ended up|eventually|as a result|in the end|resulted|so we|which led"
    r"|within a (?:day|week|month)|the next day|that night)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"我|\b(?:I|we|our|my|us)\b", re.IGNORECASE)
_RESULT = re.compile(r"^\s*(?:结果|成果|效果|result|outcome|impact)\s*[：:]", re.IGNORECASE)
_LESSON = re.compile(r"^\s*(?:反思|收获|总结|体会|lesson|learn\w*|reflection)\s*[：:]", re.I)
# what the notes say was held back: "没有直接推倒重写", "没急着答应", "并没有马上上线"
_HELD_BACK = re.compile(
    r"(?:没有?|并没有?|不是)(?P<manner>直接|马上|立刻|立即|急着|当场|一上来就?|硬)"
    r"(?P<act>[\u4e00-\u9fff]{2})"
)
# "I didn't argue in the meeting", "did not ship it quietly": a verb and how it was not done
_HELD_BACK_EN = re.compile(
    r"\b(?:didn't|did not|never|chose not to|decided not to)\s+"
    r"(?P<act>[a-z]+)(?P<how>[^,.;]{0,40})",
    re.IGNORECASE,
)
# manners that are haste whatever the verb: "没有硬扛" is answered by "硬做了", "没直接拒绝"
# by "当场就答应了" (not 硬件, 硬盘, 硬编码: words, not a manner)
_HASTY = re.compile(r"(?:硬(?![件盘编标币核])|当场|一上来就?)(?=[\u4e00-\u9fff])")
CLAUSE = re.compile(r"[，,；;。！？!?：:]")


def story_contradictions(
    points: Sequence[Point], kept: list[str], question: str, notes: str = ""
) -> list[tuple[int, Where]]:
    """(point index, the answer's sentence and clause) for a failure the notes never had
    and for each hasty action the notes say was held back. `notes`: the whole write-up,
    whose failures count as had even where no point measured says them."""
    return [*_failures(points, kept, question, notes), *_held_back(points, kept)]


def _failures(
    points: Sequence[Point], kept: list[str], question: str, notes: str
) -> list[tuple[int, Where]]:
    reference = " ".join([notes, *(p.text for p in points)])
    if not points or _ASKS_FAILURE.search(question):
        return []
    used = {m.group(0).lower() for m in _FAILURE.finditer(reference)}
    result = _result_point(points)
    if not any(_FIRST_PERSON.search(s) for s in kept):
        return []  # not the candidate's own story (Chinese drops the 我 after the first)
    for j, sentence in enumerate(kept):
        outcome = _OUTCOME.search(sentence)
        if not outcome:
            continue
        # the clauses from the outcome on: "之前…没人管，老出问题，…后来稳定多了" tells the
        # problem before it, not how it ended
        ending = sentence[_clause_start(sentence, outcome.start()) :]
        for clause in (c for c in CLAUSE.split(ending) if c.strip()):
            new = [m for m in _FAILURE.finditer(clause) if m.group(0).lower() not in used]
            if any(not negated(clause.lower(), m.group(0).lower()) for m in new):
                return [(result, (j, clause.lower()))]
    return []


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding position `at` starts."""
    breaks = [m.end() for m in CLAUSE.finditer(sentence, 0, at)]
    return breaks[-1] if breaks else 0


def _result_point(points: Sequence[Point]) -> int:
    """The point that says how the story ended: labelled so, else the last that is no lesson."""
    for i, point in enumerate(points):
        if _RESULT.match(point.text):
            return i
    told = [i for i, p in enumerate(points) if not _LESSON.match(p.text)]
    return told[-1] if told else len(points) - 1


def _held_back(points: Sequence[Point], kept: list[str]) -> list[tuple[int, Where]]:
    found = []
    # a manner the notes say themselves ("硬上有线上风险") is no haste the answer made up:
    # "硬塞进来上线风险很大" weighs the same risk
    noted = {
        m.group(0) for m in _HASTY.finditer(_HELD_BACK.sub("", " ".join(p.text for p in points)))
    }
    for i, point in enumerate(points):
        for held in _HELD_BACK.finditer(point.text):
            for j, sentence in enumerate(kept):
                clause = _doing(sentence, held.group("act"), noted)
                if clause is not None:
                    found.append((i, (j, clause.lower())))
                    break
        found += [(i, where) for where in _done_after_all(point.text, kept)]
    return found


def _done_after_all(point: str, kept: list[str]) -> list[Where]:
    """English: the held-back verb done the held-back way ("argued ... in the meeting"
    against "didn't argue in the meeting"); the verb alone is not enough ("we shipped a
    day late" against "didn't ship it quietly")."""
    found: list[Where] = []
    for held in _HELD_BACK_EN.finditer(point):
        verb, how = _stem(held.group("act")), content_terms(held.group("how"))
        for j, sentence in enumerate(kept):
            for clause in (c.lower() for c in CLAUSE.split(sentence)):
                said = terms(clause)
                # ("only ever sees a summary of attachments" says the point's "only a summary")
                done = verb in said and how & said and not _negated_verb(clause, verb)
                if done and not contrast_kept(point.lower(), clause):
                    found.append((j, clause))
                    break
            if found:
                return found[:1]
    return found


def _stem(word: str) -> str:
    return next(iter(terms(word)), word.lower())


def _negated_verb(clause: str, verb: str) -> bool:
    """Is the verb (a stem) denied where it stands: "instead of arguing", "didn't argue"?"""
    at = clause.find(verb)
    return at >= 0 and negated(clause[max(0, at - 30) :], verb)


def _doing(sentence: str, act: str, noted: set[str]) -> str | None:
    """The sentence's clause doing the held-back act, or anything in a haste the notes
    never speak of (`noted`), with no negation of it."""
    for clause in CLAUSE.split(sentence):
        said = [m.group(0) for m in _HASTY.finditer(clause) if m.group(0) not in noted]
        said += [act] if act in clause else []
        if any(not negated(clause, s) for s in said):
            return clause
    return None
