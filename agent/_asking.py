"""Which templates an offline follow-up on a missed point takes, and how it names it.

A point is asked as what it is: a claim the answer contradicted, ways to the question's
end, a claim of knowledge (asked about without telling it), a question of the notes, or
the candidate's own work - its background, a result, a lesson, a role, a fact, a deed.
agent._questions fills the chosen templates and words them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from agent import _told
from agent._answer_text import content_terms, mostly_cjk, overlap, terms
from agent._aspects import Aspect, about_heading, aspect, by_heading, says_claim
from agent._clause_points import (
    deed_name,
    idea_label,
    named_deed,
    named_step,
    names_part,
    said_as_clause,
)
from agent._clauses import split_clauses
from agent._facts import configures, sets_value, setting_owner, states_fact
from agent._generic import generic_variants
from agent._phrasing import NAME_CHARS, is_question, spoken_name, to_candidate
from agent._quoted import unlabelled
from agent._resume_lines import resume_line
from agent._role_heads import role_head
from agent._traits import is_trait
from agent._ways import aim_of, listed, ways
from agent._ways_en import told_steps
from agent._words import Words
from agent._work_figures import (
    baseline_named,
    duration_named,
    in_language,
    results_row,
    row_in_language,
    row_named,
    took_time,
)
from agent.keypoints import Point
from agent.prompts import follow_ups, own_work
from agent.prompts import intro as intro_words
from agent.state import Language
from knowledge import Stage

_DIGIT = re.compile(r"\d")
_ROLE_VERB = re.compile(r"^(?:负责|主导|牵头|参与)")  # a role whose doer the notes left out
# a question that asks for the measure or the result itself: a follow-up reading the notes'
# figure out would give its answer away
_ASKS_FOR_RESULT = re.compile(
    r"^(?:那|你们?|项目)?(?:是)?(?:怎么|如何)(?:评估|衡量|评价|量化|验证)|^(?:效果|结果|指标)"
    r"|^how (?:did|do|would|could) (?:you|they|we) (?:measure|evaluate|quantify|know|judge)"
    r"|^what (?:was|were|are) the (?:results?|outcomes?|impact|metrics?|numbers?)"
    r"|^how (?:much|well) did",
    re.IGNORECASE,
)
_SAVED_CHARS = 3  # a name this much shorter than a phrase said as a noun is worth using
SAID_SHARE = 0.5  # share of a clause's terms the answer has: "you mentioned" it


@dataclass(frozen=True)
class FollowUp:
    """What a templated follow-up is about: the missed point, and what the answer got right."""

    probe: Point
    hits: Sequence[Point]  # key points the answers so far covered, in reference order
    stage: Stage
    said: str = ""  # the answer before, to name a covered point in its own words
    told: str = ""  # every answer on the topic: a partly made point is named by what is missing
    question: str = ""  # the topic's main question ("如何解决幻觉问题的？")
    challenged: str = ""  # what the answer said against the probed point, as it said it

    def nothing_covered(self) -> bool:
        """The answer said something and none of it covered a point of the question (off the
        subject, vague): a follow-up then starts from the question, as if nothing was said."""
        return not self.hits and bool(self.said.strip())

    def hit_near_probe(self) -> Point | None:
        """The covered point to mention: the first one (answers usually start with it) that
        the answer just given says in its own words - "关于 fassi 还集成了…，你说得没问题"
        after an answer about something else reads as not listening; none if it said none."""
        if not self.said:
            return self.hits[0] if self.hits else None
        heard = content_terms(self.said)
        return next((p for p in self.hits if _said_in(p, heard)), None)


def _said_in(point: Point, heard: set[str]) -> bool:
    """Some clause of the point is mostly in the answer's words."""
    return any(overlap(content_terms(c), heard) >= SAID_SHARE for c in split_clauses(point.text))


@dataclass(frozen=True)
class Asking:
    """The templates a follow-up takes and what fills them: the point as named, the end
    its ways serve (`aim`), the claim asked about without telling it."""

    variants: tuple[Words, ...]
    point: str | None
    aim: str | None = None
    claim: Aspect | None = None


def hit_named(about: FollowUp, language: Language, asked: Sequence[str]) -> str | None:
    """The covered point to mention before the question, as said; None when there is
    none, it was mentioned already, or the answer did not say its figures."""
    found = about.hit_near_probe()
    hit = spoken_name(found, language, True, about.said) if found else None
    if hit is None or any(hit.strip("“”「」") in q for q in asked):
        return None  # "you mentioned X" once is enough: the next follow-up does not repeat it
    if not _told.figures_said(hit, about.said):
        return None  # "You mentioned … 58% of fraud" after "around half the fraud"
    owner = setting_owner(found.text) if found and configures(hit.strip("“”「」")) else None
    if owner:  # "关于作用在 q_proj、v_proj 上，我听明白了" names the method's settings
        return own_work.SETTINGS_NAMED.said_in(language).format(point=owner)
    if language == "zh":  # "你提到了历史工单数据的清洗", not "…对…进行了清洗"
        return named_deed(hit) or hit
    return hit


def choose(
    about: FollowUp, kind: str, point: str | None, hit: str | None, language: Language
) -> Asking:
    """How the point is asked: a claim against the notes, generically, as ways to the
    question's end, as a claim of knowledge, as a question, or as the candidate's work."""
    if about.challenged:  # a claim against the notes: asked to stand by it, not corrected
        return Asking(follow_ups.CHALLENGE_FOLLOW_UPS, point)
    if kind != "knowledge" and is_trait(about.probe.text):
        trait = _trait_named(about.probe, point, language)
        if trait is not None:  # "做事比较细心": asked for an example, nothing was done in it
            return Asking(_led(own_work.TRAIT_FOLLOW_UPS, hit is not None), trait)
    if kind != "knowledge" and (figure := _work_figure(about.probe.text, language)):
        return figure  # a baseline or a results row: asked as measured, never "your part"
    if kind == "story" and point is not None and _told.changed_course(about.probe.text):
        return Asking(_led(own_work.CHANGE_FOLLOW_UPS, hit is not None), point)
    if point is None:
        told = about.told or about.said
        return Asking(generic_variants(kind, bool(about.hits), about.question, told), None)
    line = resume_line(about.probe.text) if kind != "knowledge" else None
    if line is not None:  # "硕士 2018 中科院…": studied there, not "what was your part"
        variants = intro_words.STUDY_FOLLOW_UPS if line == "study" else intro_words.JOB_FOLLOW_UPS
        return Asking(_led(variants, hit is not None), _as_listed(about.probe.text, point))
    named_ways = ways(about.probe.text)
    aim = aim_of(about.question, language) if named_ways else None
    if aim is not None:  # ways the notes list to an end: asked how they serve it
        # all of them said ("用A、B、C这些办法来…") read the answer out: the first names the idea
        variants = follow_ups.WAY_FOLLOW_UPS[hit is not None]
        return Asking(
            variants, listed(named_ways[:1] if len(named_ways) > 1 else [point], language), aim
        )
    claim = _knowledge_claim(about, point, language) if kind == "knowledge" else None
    if claim is not None:
        heard = "\n".join((about.said, about.told, about.question))
        variants = _about_claim(claim, hit is not None, heard, not about.nothing_covered())
        return Asking(variants, point, claim=claim)
    steps = (
        told_steps(about.probe.text, point) if kind == "knowledge" and language == "en" else None
    )
    if steps:  # "Mitigations: ground answers in…": asked by what the steps are for
        return Asking(_led(follow_ups.STEPS_FOLLOW_UPS, hit is not None), steps.lower())
    if steps is not None:  # "Let's look at this: verify answers against sources…" tells it
        return _untold(about, point, hit is not None, language)
    if is_question(point) and hit is None:
        return Asking(follow_ups.POINT_AS_QUESTION, point)
    if kind == "knowledge" and not is_question(point) and says_claim(point):
        return _untold(about, point, hit is not None, language)
    return _own_work(about, kind, point, hit is not None, language)


def _untold(about: FollowUp, point: str, hit: bool, language: Language) -> Asking:
    """A claim of knowledge no aspect was read from is not read out ("我们换个角度：不需要
    反向传播，泛化更好，这一点你能具体讲讲吗？" gives the answer away): it is asked for by
    the heading it sits under, or as the key point still missing from the answer."""
    heading = about_heading(about.probe.context, language)
    if heading is not None:
        first = about.nothing_covered()
        known = follow_ups.ASPECT_FIRST if first else follow_ups.ASPECT_FOLLOW_UPS["known"]
        lead = follow_ups.ASPECT_HIT
        variants = tuple(Words(lead.en + v.en, lead.zh + v.zh) for v in known) if hit else known
        return Asking(variants, point, claim=heading)
    untold = follow_ups.UNTOLD_FIRST if about.nothing_covered() else follow_ups.UNTOLD_FOLLOW_UPS
    return Asking(_led(untold, hit), point)


def _work_figure(text: str, language: Language) -> Asking | None:
    """A baseline the work was compared against, or a results table's row: asked how it
    was measured (agent._work_figures), however the point would be named."""
    baseline = baseline_named(text, language)
    if baseline == "":
        return Asking(own_work.BASELINE_UNNAMED, None)
    if baseline is not None:
        return Asking(own_work.BASELINE_FOLLOW_UPS, baseline)
    row = results_row(text)
    if row is not None and row.count > 1 and row_in_language(row, language):
        return Asking(own_work.FIGURE_FOLLOW_UPS, row_named(row, language))
    return None


def _as_listed(text: str, point: str) -> str:
    """A résumé line as the notes list it, when in the point's language; else the point."""
    listed = unlabelled(text).strip(" 。.;；")
    return listed if mostly_cjk(listed) == mostly_cjk(point) else point


def _trait_named(probe: Point, point: str | None, language: Language) -> str | None:
    """A trait said back to the candidate whole ("你是一个很有责任心的人，喜欢钻研", "you're a
    fast learner and a strong team player"); the point as named when it is too long or in
    the other language."""
    text = to_candidate(unlabelled(probe.text).strip(" 。."), language)
    if len(text) > NAME_CHARS[language] or mostly_cjk(text) != (language == "zh"):
        return point
    return text


def _knowledge_claim(about: FollowUp, point: str, language: Language) -> Aspect | None:
    """A claim of knowledge is asked about, not told (the candidate's own work is theirs)."""
    if is_question(point):
        return None
    said_as = point.strip("“”「」")
    claim = aspect(said_as, about.probe.text, language, about.question, about.probe.context)
    if claim is None and (changed := _told.changed_subject(said_as)):
        claim = Aspect(what=changed)  # the figures are the answer: asked, not read out
    return claim or by_heading(said_as, about.probe.context, language)


def _own_work(about: FollowUp, kind: str, point: str, hit: bool, language: Language) -> Asking:
    """A point of the candidate's work (or a claim no aspect was read from): asked as the
    background, a result, a lesson, a role, a fact, or else as what was done or known."""
    own, text = kind != "knowledge", about.probe.text
    if about.stage == "project" and _in_background(text, about.probe.context):
        return Asking(follow_ups.BACKGROUND_FOLLOW_UPS, _scene_named(text, point, language))
    if about.stage == "project" and _told.goal(text, about.probe.context):
        return Asking(own_work.GOAL_FOLLOW_UPS, point)  # nothing was done in a goal
    result = own and _told.changed_figure(text) and not _counts_data(text)
    if result and _ASKS_FOR_RESULT.match(about.question.strip()):
        # "How did you measure success?": the figure is the answer, not said before it
        return Asking(_led(own_work.RESULT_UNSAID_FOLLOW_UPS, hit), point)
    if result and _DIGIT.search(point):
        # the result asked about is the one named: not "部署成在线服务，这个结果是怎么来的？"
        # "This result: you cut P99…", not "how you cut…"; a name holding only the figures of
        # the condition ("压测时 batch 32、输入 512 token") names the clause that changed
        named = point if _told.changed_figure(point) else _changed_clause(text, language) or point
        return Asking(_led(own_work.RESULT_FOLLOW_UPS, hit), named.removeprefix("how "))
    if own and _told.lesson_point(text):
        return Asking(_led(own_work.LESSON_FOLLOW_UPS, hit), point)
    if kind == "experience" and _told.role(text, about.probe.context):
        point = role_head(text, language) or point
        point = point.removeprefix("how ")  # "you owned the pipeline": owning has no how
        point = f"你{point}" if _ROLE_VERB.match(point) else point  # "你负责改写模型训练"
        return Asking(_led(own_work.ROLE_FOLLOW_UPS, hit), point)
    if own and (sets_value(point) or configures(point)):  # "learning rate 5e-7": how chosen
        # "DPO: β=0.1, learning rate 5e-7…" is named as "DPO", "作用在 q_proj、v_proj 上" of
        # "LoRA r=16、α=32，作用在…" as "LoRA": the method configured, not one figure of it
        label = idea_label(text) or setting_owner(text)
        if label:
            return Asking(_led(own_work.SETTINGS_OF_FOLLOW_UPS, hit), label)
        return Asking(_led(own_work.SETTING_FOLLOW_UPS, hit), point)
    if own and _measured(point, text):
        # "about 1,100 tokens/s on a single GPU": asked how it was measured, not "your part"
        return Asking(_led(own_work.FIGURE_FOLLOW_UPS, hit), point.removeprefix("how "))
    if kind == "experience" and states_fact(point):  # "显存和调参成本都高": no deed to ask
        return Asking(_led(own_work.FACT_FOLLOW_UPS, hit), point)
    # "训练 3 小时": where the time went ("一天就能跑完一轮" states a fact, asked above)
    if own and took_time(text) and not sets_value(point):
        return Asking(_led(own_work.DURATION_FOLLOW_UPS, hit), duration_named(text, point))
    return Asking(*_deed_named(point, text, kind, hit, language))


# data counted down by a step of the work ("去重后从 12 万条筛到 8 万条", "MinHash left 31,000
# of 42,000 samples"): what the step did, not a result to ask how it was measured
_DATA_COUNT = re.compile(
    r"\d\s*(?:万|千|k|K)?\s*(?:条|个样本|篇|对)|\d[\d,.]*\s*(?:k\s*)?(?:samples|examples|pairs|rows"
    r"|documents|records)\b"
)
_MEASURE = re.compile(r"%|率|分|accuracy|recall|precision|rate|score|latency|ms\b", re.IGNORECASE)


# a figure measured: a rate, a share, a latency, a metric's value ("pass@1 38.2%", "Recall@5
# 0.84", "1,100 tokens/s", "一致率约 87%", "P95 420 ms")
_MEASURED = re.compile(
    r"\d\s*(?:%|％|ms\b|毫秒|(?:tokens?|tok|queries|requests|qps|samples|images)"
    r"\s*(?:/\s*s\b|per se))|\b(?:QPS|RPS|TPS)\b|\b[A-Za-z]+@\d+\s*[:=]?\s*\d"
    r"|(?:\b(?:recall|precision|accuracy|f1|auc|mrr|ndcg|rouge(?:-\w+)?|bleu|throughput|latency)"
    r"\b(?:@\d+)?|吞吐|延迟|[准召命一]\w?率)[^，,。；;@]{0,12}?\d",
    re.IGNORECASE,
)


def _measured(point: str, text: str) -> bool:
    """Does the point state a figure measured, not aimed at nor counting data?"""
    if not (_DIGIT.search(point) and _MEASURED.search(point)):
        return False
    return not _counts_data(text) and not _told.aimed_at(text)


def _counts_data(text: str) -> bool:
    """The figures that changed count data, with no measure among them."""
    return bool(_DATA_COUNT.search(text)) and not _MEASURE.search(text)


def _in_background(text: str, context: str) -> bool:
    """A point of the project's background - but not the candidate's part nor a result
    jotted under a "背景" line ("我负责检索模块和离线评测", "召回率从65%提到88%"): those are
    asked as what they are, not "这个问题当时具体是什么情况？"."""
    if not _told.background(text, context):
        return False
    return _told.before_work(text) or not (_told.role(text) or _told.changed_figure(text))


def _changed_clause(text: str, language: Language) -> str | None:
    """The clause of the point whose figure changed ("P99 从 900ms 降到 420ms" of "压测时
    batch 32、输入 512 token，P99 从 900ms 降到 420ms"), when in the interview's language."""
    for clause in split_clauses(unlabelled(text)):
        clause = clause.strip(" ，,；;。.")
        if _told.changed_figure(clause) and in_language(clause, language):
            return clause
    return None


def _scene_named(text: str, point: str, language: Language) -> str:
    """The background as its first clause says it ("云帆智能想在内部 IDE 里提供 TypeScript 代码
    补全"), not a later one the name was cut from ("基座是 7B 的开源代码模型", "built on a 7B
    model": no situation), when that clause is in the interview's language and short enough."""
    first = split_clauses(unlabelled(text))[0].strip(" ，,：:。.")
    if point.strip("“”「」 ").startswith(first[:8]) or mostly_cjk(first) != (language == "zh"):
        return point
    if len(first) > NAME_CHARS[language] * 3 // 2 or len(terms(first)) < 3:
        return point
    return first


def _deed_named(
    point: str, text: str, kind: str, hit: bool, language: Language
) -> tuple[tuple[Words, ...], str]:
    """The templates and the name for a point of what was done or known (`text`: the point
    as the notes cut it). In Chinese a deed done to a thing is named as one ("X 的分类"), a
    labelled clause by its label ("切分"), a means-first deed by its step ("过滤掉…这一步"),
    a deed by what was done to what ("数据质量的检查"), any other clause said as what was
    done ("你们把…换成…"); a name is said as it is."""
    key = (kind, hit)
    if language != "zh":
        return follow_ups.FOLLOW_UPS[key], point
    doer = {"experience": "你们", "story": "你"}.get(kind, "")  # a project is teamwork
    deed = named_deed(point)  # "X 的分类" sits as a noun
    as_clause = None if deed else said_as_clause(point, doer)
    label = idea_label(text) if kind != "knowledge" else None
    if label and (as_clause is not None or names_part(point, text)):
        as_clause, deed = None, label  # "切分：按 Markdown 标题…" is asked as "切分"
    step = named_step(point) if as_clause is not None else None
    if step is not None and key in follow_ups.STEP_FOLLOW_UPS:
        return follow_ups.STEP_FOLLOW_UPS[key], step  # the means ("用 tsc 编译…") is the answer
    named = None if deed or kind == "knowledge" else deed_name(as_clause or point)
    # "数据质量的检查", not the note read out with its how ("让业务方那边去评估…")
    if named is not None and (as_clause is not None or len(named) + _SAVED_CHARS <= len(point)):
        return follow_ups.STEP_FOLLOW_UPS.get(key, follow_ups.FOLLOW_UPS[key]), named
    if as_clause is not None and key in follow_ups.CLAUSE_FOLLOW_UPS:
        return follow_ups.CLAUSE_FOLLOW_UPS[key], as_clause
    return follow_ups.FOLLOW_UPS[key], deed or point


def _about_claim(claim: Aspect, hit: bool, heard: str, covered: bool) -> tuple[Words, ...]:
    """The templates asking about the claim; `heard`: the answers and the question;
    `covered`: the answers covered some point of the question."""
    shape = "both" if claim.when and claim.what else "when" if claim.when else "what"
    if shape == "what" and terms(claim.what) <= terms(heard):
        shape = "known"
    variants = follow_ups.ASPECT_FOLLOW_UPS[shape]
    if shape in ("known", "what") and not covered:
        variants = follow_ups.ASPECT_FIRST
    if not hit:
        return variants
    lead = follow_ups.ASPECT_HIT
    return tuple(Words(lead.en + v.en, lead.zh + v.zh) for v in variants)


def _led(variants: tuple[Words, ...], hit: bool) -> tuple[Words, ...]:
    """The templates, after "you mentioned {hit}" when the answer covered a point."""
    lead = own_work.FOLLOW_UP_HIT
    return tuple(Words(lead.en + v.en, lead.zh + v.zh) for v in variants) if hit else variants
