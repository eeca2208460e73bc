"""What the candidate's answers already told, so a generic follow-up does not ask it again.

The experience follow-ups (prompts.generic_follow_ups.GENERIC_FOLLOW_UPS["experience"]) ask how
the result was judged, what would change, what was hardest. "你是怎么判断效果好不好的？
看了哪些指标或结果？" after "pass@1 从 38.2% 到 45.6%" - or "the grounded rate went from 62%
to 84%" - reads as not listening: a measured result is a figure's change ("从 A 提到 B",
"A → B", "from A to B", "rose to B"), or a result word with a figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from agent._answer_text import terms
from agent._discourse import sums_up
from agent._markers import MARKERS
from agent._words import Words

_NUMBER = r"\d+(?:[.,]\d+)?\s*(?:%|个点|倍|万|ms|s\b|x\b|k\b|[KMGT]B\b)?"
_CHANGE = re.compile(
    rf"从\s*{_NUMBER}[^，。；！？,;\n\d]{{0,8}}?(?:到|至|提|升|降|涨|掉|减|增|变)[^，。；！？,;\n\d]{{0,4}}\d"
    rf"|{_NUMBER}\s*(?:→|->|=>|⟶)\s*\d"
    rf"|\bfrom\s+{_NUMBER}\s+to\s+\d"
    r"|\b(?:rose|grew|climbed|jumped|dropped|fell|went (?:up|down)|increased|decreased|improved"
    r"|reduced|cut|raised|lowered|boosted)\b[^.;!?\n]{0,40}?\bto\s+\d",
    re.IGNORECASE,
)


def measured_result(story: str) -> bool:
    """The answers gave a result with its figure: how it was judged is told."""
    if changed_figure(story):
        return True
    return bool(MARKERS["result"].search(story) and MARKERS["number"].search(story))


# a change told by its amount: "QPS 提升 30%", "下降了 18%", "went up 30%", "cut … by 40 ms",
# "召回率 +6.2pp" (a sign before it)
_AMOUNT = (
    r"(?:约|近|超过|大约|about |roughly |nearly |over )?\d+(?:[.,]\d+)?\s*"
    r"(?:%|个点|倍|ms|s\b|x\b|pp\b|points?\b)"
)
_BY_AMOUNT = re.compile(
    rf"(?:提升|提高|增加|增长|上涨|上升|降低|下降|减少|缩短|节省|减小)了?\s*{_AMOUNT}"
    rf"|\b(?:rose|grew|climbed|jumped|dropped|fell|went (?:up|down)|increased|decreased|improved"
    rf"|reduced|cut|raised|lowered|boosted|beat|outperformed|up|down)\b(?:[^.;!?\n]{{0,40}}?\bby)?"
    rf"\s+{_AMOUNT}"
    rf"|(?<![\w.+＋])[+＋](?=\d){_AMOUNT}",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\s*[（(][^（）()]*[）)]")  # "从 0.41（few-shot）提升到 0.56"


def changed_figure(text: str) -> bool:
    """A figure that changed ("从 62% 提到 84%", "0.58 → 0.76", "QPS 提升 30%（压测）"): a
    result a follow-up asks how it was reached - not "提升最大" beside a name with digits
    ("BM25"). An aside in it ("（few-shot）") is no part of the change."""
    plain = _ASIDE.sub("", text)
    found = _CHANGE.search(plain) or _BY_AMOUNT.search(plain)
    return found is not None and not _GOAL.search(plain[: found.start()])


# "目标是两周内让 pass@1 提升 5 个点", "The goal was to cut P99 by 30%": a change aimed at
# is no result to ask how it came about
_GOAL = re.compile(
    r"目标|希望|计划|要求|争取|预期|期望|打算|\b(?:goal|target|aim|plan|wanted|hoped|expected"
    r"|required|needed to)\b",
    re.IGNORECASE,
)


def aimed_at(text: str) -> bool:
    """Does the text tell a figure aimed at ("业务方要求 P99 降低 30%"), no figure reached?"""
    return _GOAL.search(text) is not None


def changed_subject(claim: str) -> str:
    """What a figure's change is of ("一个矩阵的可训练参数" of "一个矩阵的可训练参数从
    1,677 万降到 6.5 万"): a follow-up naming the whole claim reads the figures out, so
    it names this, or nothing when the claim states no change or names nothing before it."""
    found = _CHANGE.search(claim)
    subject = _LINKING.sub("", claim[: found.start()]).strip(" ，,：:") if found else ""
    return subject if len(subject) < len(claim) and len(terms(subject)) >= 2 else ""


# the verb before "from A to B" ("memory went from…") is the change's, not its subject's
_LINKING = re.compile(
    r"\s+(?:went|was|were|is|are|got|has|have|had|been|rose|fell|dropped|grew|climbed|jumped"
    r"|increased|decreased|improved|declined|shrank|came(?:\s+down)?|went\s+(?:up|down))\s*$",
    re.IGNORECASE,
)


def role(point: str, context: str = "") -> bool:
    """The point states the candidate's own part ("我负责检索链路", "I owned the pipeline"),
    or the notes file it under their part ("我的职责：负责改写模型训练")."""
    return bool(MARKERS["role"].search(point) or _ROLE_SECTION.search(context))


_ROLE_SECTION = re.compile(
    r"职责|角色|分工|\b(?:my )?(?:role|part|responsibilit(?:y|ies))\b", re.IGNORECASE
)


def tells_story(answer: str) -> bool:
    """The answer tells something that happened: when it was, what someone did, or what the
    teller had to do or got ("有一次…", "I ran both settings", "I had to deploy it with vLLM").
    "还行。", "OK.", "还有吗？我觉得差不多了。" or an explanation of self-attention tell none,
    and "how did you judge whether it worked?" asks about a story never told."""
    shaped = any(MARKERS[part].search(answer) for part in ("situation", "action"))
    if not shaped and not (
        _TELLER.search(answer) and any(MARKERS[part].search(answer) for part in ("task", "result"))
    ):
        return False
    return _specific(answer)


# a behavioral question asking for something that happened, not a view or a reason
_ASKS_FOR_STORY = re.compile(
    r"讲一?[次个件段]|说一?[次个件段]|举一?个|例子|经历|有没有.{0,8}(?:时候|经验)|遇到过"
    r"|a time\b|an example|a situation|a case\b|story|walk me through|experience|tell me about"
    r"|describe",
    re.IGNORECASE,
)


def asks_for_story(question: str) -> bool:
    """The question asks for something that happened ("讲一次…的经历", "Tell me about a
    time…"), not about one told ("你是怎么判断效果好不好的？") nor for a view."""
    return bool(_ASKS_FOR_STORY.search(question))


# the teller took another way: "我改成…", "后来我们换成了…", "I switched to…", "we replaced…"
_CHANGED_COURSE = re.compile(
    r"我们?(?:后来|随后|最后|就|又|于是|马上|再)?(?:改成|换成|改用|换用|改为|转而|改走|换了)"
    r"|\b(?:I|we) (?:then |later |finally |instead )?(?:switched|changed|moved|replaced|pivoted)\b",
    re.IGNORECASE,
)


def changed_course(point: str) -> bool:
    """The point tells a turn the teller took in their story, not what anyone knows."""
    return bool(_CHANGED_COURSE.search(point))


_TELLER = re.compile(r"我|\b(?:I|[Ww]e|[Mm]y|[Oo]ur)\b")
# A story has something only it could say: when it was ("有一次", "last year"), how much or
# how long, who else was in it, what it was about. "我当时尽力了，和大家沟通协调，问题最后也
# 解决了" and "I handled it well, communicated with the team, and it worked out in the end"
# are shaped like one and say none of it: asked for one specific time, not "what was hardest".
_SPECIFIC = re.compile(
    r"\d|[一两二三四五六七八九十百千万几半]\s*(?:个|次|天|周|星期|月|年|人|条|倍|小时|分钟|轮|版)"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozens?|hundreds?"
    r"|thousands?|half)\b"
    r"|同事|导师|领导|上级|老板|组长|产品经理|(?<![A-Za-z])PM(?![A-Za-z])|业务方|客户|用户|甲方|队友|实习生"
    r"|\b(?:mentor|manager|colleague|teammate|lead|boss|client|customer|stakeholder|PM|intern"
    r"|director|users?)s?\b",
    re.IGNORECASE,
)
# "当时", "at the time": the time of any telling, no time of its own
_ANY_TIME = re.compile(r"^(?:当时|那时|背景|期间|的时候|situation|at the time)$", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]+")
_PROPER = re.compile(r"(?<=[a-z,;] )(?!I\b)[A-Z][A-Za-z0-9]+")  # "…deploy it with vLLM"


def _specific(answer: str) -> bool:
    if _SPECIFIC.search(answer) or _PROPER.search(answer):
        return True
    if any(not _ANY_TIME.match(m.group(0)) for m in MARKERS["situation"].finditer(answer)):
        return True
    cjk = sum(1 for ch in answer if "\u4e00" <= ch <= "\u9fff")
    return cjk > 0 and bool(_LATIN_WORD.search(answer))  # "调 prompt", "换成 DPO"


# the section a project's background sits in: "问题背景", "Background", "Problem"
_BACKGROUND = re.compile(
    r"背景|痛点|动机|情境|情景|\b(?:background|problem|motivation|context|situation)\b", re.I
)
# a line labelled as the background itself ("背景：客服每天…", "Situation: legal customers…")
_BACKGROUND_LABEL = re.compile(
    r"^\s*(?:项目|问题)?(?:背景|情境|情景|痛点)\s*[：:]|^\s*(?:background|situation|context)\s*:",
    re.IGNORECASE,
)


def background(text: str, context: str) -> bool:
    """A point of the project's background: in a background section, or how things were
    before the candidate's work."""
    return bool(_BACKGROUND.search(context) or _BACKGROUND_LABEL.match(text)) or before_work(text)


# the part of a write-up stating what the work had to reach ("Task:", "目标：", "我们的目标是…")
_GOAL_SECTION = re.compile(r"任务|目标|\b(?:task|goal|objective)s?\b", re.IGNORECASE)
_GOAL_OPENING = re.compile(
    r"^(?:我们的|项目的?)?(?:目标|任务)(?:是|为|：|:)|^(?:the |our |my )?(?:goal|task|objective)"
    r" (?:was|is)\b",
    re.IGNORECASE,
)


def goal(text: str, context: str) -> bool:
    """A point stating the goal the work was given: in a task or goal section, or saying so."""
    return bool(_GOAL_SECTION.search(context) and not role(text)) or bool(
        _GOAL_OPENING.match(text.strip())
    )


def before_work(point: str) -> bool:
    """The point tells how things were before the candidate's work ("原来用的是基于 ItemCF
    的协同过滤，冷启动商品几乎没有曝光", "The old system ranked by popularity"): the
    background, not something they did."""
    return bool(_BEFORE.search(point.strip()))


_BEFORE = re.compile(
    r"^(?:原来|原先|原本|之前|以前|原系统|旧系统|老系统)"
    r"|^(?:the old|the original|previously|originally|before (?:this|that|the change))\b",
    re.IGNORECASE,
)


def lesson(story: str) -> bool:
    """The answers said what was learned: what would change is told."""
    return bool(MARKERS["reflection"].search(story))


def figures_said(phrase: str, said: str) -> bool:
    """Every figure of the phrase is in what was said: a point named as the candidate's
    words puts no number in their mouth."""
    heard = set(_FIGURE.findall(said))
    return all(figure in heard for figure in _FIGURE.findall(phrase))


_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def lesson_point(point: str) -> bool:
    """The point is a lesson drawn ("反思：用数据而不是观点说服人", "lesson -> data >
    architecture", "In short, the features mattered more"): what was learned or a summing
    up leads it."""
    return lesson(point.strip()[:_LESSON_LEAD]) or sums_up(point)  # "In short, …"


_LESSON_LEAD = 12  # characters: "反思：", "Lesson learned:", "教训是"


# what each experience follow-up asks, as an answer tells it (the hardest part rarely is)
EXPERIENCE_TOLD: tuple[Callable[[str], bool], ...] = (measured_result, lesson, lambda _: False)


def not_told(variants: Sequence[Words], told: str) -> list[Words]:
    """The experience follow-ups whose question the answers did not already answer (all of
    them when every one was)."""
    left = [v for v, said in zip(variants, EXPERIENCE_TOLD, strict=True) if not said(told)]
    return left or list(variants)
