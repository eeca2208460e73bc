"""A reference answer's key points: the one place they are computed.

Notes are messy: markdown headings, bold labels ("**背景**：…"), numbered and bulleted
lists, lines ending in "：" that introduce a list, 300-character paragraphs. A key point
is one short claim from them — a list item, a sentence, or a clause of a long sentence —
with no markdown left in it. Headings are never points: they become the `context` of
the points under them, shown with a point that is too short to stand alone
("过拟合的缓解：正则化").

Computed once per reference (the plan stores them with each topic, the turn carries
them) and used by everything: the follow-up decision and its question, the rubric
prompt, the offline estimate, the score card and the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from agent._answer_text import overlap, terms, units
from agent._clauses import split_clauses
from agent._inline_lists import inline_list
from agent._line_kinds import (
    ARROW_START,
    BOLD_LEAD,
    PARENTHESES,
    QUOTE,
    asks,
    is_star,
    is_title,
    line_heading,
    split_label,
)
from agent._markdown import EDGE, LIST_MARK, clean
from agent._note_lines import content_lines
from agent._point_labels import own_name, stands_alone, without_asides
from agent._sections import names_section
from agent._sentences import RELATIVE, SUBJECT, claims, short_subject
from agent._sentences import SHORT_POINT_UNITS as SHORT_POINT_UNITS
from agent._sentences import announces as announces

MAX_POINTS = 8
ALL_POINTS = 1000  # no cap: every point, for a caller that chooses among them
TOLD_SHARE = 0.3  # share of a clause's terms an answer has: that clause was said
_MIN_TERMS = 1

# "基于此实现了…", "并随机抽样检查了…", "后用拒绝采样的方法…": a clause of a chain in the
# notes opens on a word tying it to the clause before; said alone, the word means nothing
_CONNECTIVE = re.compile(
    # "另外有双重量化…": what there is besides is the point ("有些"/"有效" are words)
    # "于是可以把奖励用…表示": "so" ties it to the clause before ("于是这块…" was asked of it)
    r"^(?:(?:另外|此外|同时|而且|并且)还?有(?![些的时点效用利关])|基于此|在此基础上|首先|其次|随后|然后|之后|接着|并且|并(?![发行列])|同时|而且|此外|另外|后来"
    r"|于是|因此|因而"
    r"|后(?=[用又再来])|(?:and then|and|then|also|which)\b)(?!\s*[：:])\s*[，,]?\s*",
    re.IGNORECASE,
)


_PROBLEM = re.compile(r"问题|背景|难点|挑战|困难|problem|background|challenge|issue", re.I)
_REASON = re.compile(r"\s+(?:because|since|whereas)\s+", re.IGNORECASE)
_SIDE_NOTE = re.compile(
    r"^(?:代价|缺点|坏处|副作用|好处|优点)(?:是|在于)|^(?:the )?(?:cost|downside|catch|upside)\b"
    r"|^(?:given|assuming|provided|considering|via|using)\b",  # "given a customer's question"
    re.IGNORECASE,
)
# "为了日常回归", "防止两者一起下降", "to catch them both falling together": what a deed was
# for, not the deed - said alone as a name it asks about nothing the candidate did
PURPOSE = re.compile(
    r"^\s*(?:为了|为的是|防止|避免|以免|以便|免得|so that\b"
    r"|(?:so as |in order )?to (?:avoid|prevent|catch|keep|make sure|ensure)\b)",
    re.IGNORECASE,
)
_LEADING_ASIDE = re.compile(r"^\s*[（(][^）)]*[）)]\s*[，,]\s*")


class Point(BaseModel):
    """One key point: the claim, and the heading it sits under (may be empty)."""

    model_config = ConfigDict(frozen=True)

    text: str
    context: str = ""

    @property
    def label(self) -> str:
        """How the point is shown and named everywhere (card, report, probe, rubric)."""
        text = unlinked(self.text)
        own_label = re.match(r"^[^，,。.]{1,12}[：:]", text) or own_name(text)
        # "自我介绍（2 min 以内，别念简历）" names its part as "自我介绍": the aside is a note
        heading = PARENTHESES.sub("", self.context).strip() or self.context
        named = text.startswith(heading)  # "K-means 是…" under "K-means"
        if heading and units(text) < SHORT_POINT_UNITS and not own_label and not named:
            sep = "：" if re.search(r"[\u4e00-\u9fff]", heading + text) else ": "
            return f"{heading}{sep}{text}"
        return text

    @property
    def shown(self) -> str:
        """The point as a candidate reads it on a card, in a report or an export: the label
        without a heading that only says which part of the write-up it sits in
        ("Background: Recall went from 65% to 88%" reads as noise before the claim), kept
        where the point alone says too little ("Result: 88%"). Display only: what is
        measured and probed stays `label`."""
        label, text = self.label, unlinked(self.text)
        heading = PARENTHESES.sub("", self.context).strip() or self.context
        if label == text or not (names_section(heading) or is_star(heading)):
            return label
        return text if stands_alone(text) else label


def unlinked(text: str) -> str:
    """The claim without the word tying it to the clause before it in the notes, nor an
    aside about that clause ("（查询需求共分成三种…），基于此实现了…")."""
    return _CONNECTIVE.sub("", _LEADING_ASIDE.sub("", text, count=1), count=1) or text


def key_points(reference: str, limit: int = MAX_POINTS) -> list[Point]:
    """The reference's key points, in order, without repeats, at most `limit`.

    Past the cap, points are taken evenly across the reference, so a long write-up is
    judged on its whole length and not only on its first paragraph.
    """
    points: list[Point] = []
    seen: set[str] = set()
    for point in _points(reference):
        key = _normal(point.text)
        if key and key not in seen and len(terms(point.text)) >= _MIN_TERMS and _says(point):
            seen.add(key)
            points.append(point)
    return _spread(points, max(1, limit))


_OWN_LABEL = re.compile(r"^[^，,。.：:]{1,14}[：:]")


def _says(point: Point) -> bool:
    """More than a label: "结果：！！" or "坑:" names a part of the notes and says nothing."""
    return bool(re.search(r"\w", _OWN_LABEL.sub("", point.text, count=1)))


def _spread(points: list[Point], limit: int) -> list[Point]:
    if len(points) <= limit:
        return points
    if limit == 1:
        return points[:1]
    step = (len(points) - 1) / (limit - 1)
    return [points[round(i * step)] for i in range(limit)]


def labels(points: list[Point]) -> list[str]:
    return [p.label for p in points]


def find(points: list[Point], label: str) -> Point:
    """The point shown as `label` (a probe names its point by label); a bare one if unknown."""
    return next((p for p in points if p.label == label), Point(text=label))


def handle(point: Point, limit: int = 30, said: str = "", avoid: str = "") -> str:
    """A short way to name a point in speech: the whole claim, or one clause of it.

    The clause chosen is the one closest to `said` (what the candidate said, when the
    point is something they covered), else the one with most content that is not in
    `avoid` (what they said already, when the point is only partly covered). The
    heading is left out (the question says where we are); a clause still too long is cut.
    """
    text = without_asides(point.text).strip(EDGE) or point.text  # "正则化（L2…）"
    if len(text) > limit:
        clauses = [c.strip(EDGE) for c in split_clauses(text) if len(terms(c)) >= 2]
        heard, told = terms(said), terms(avoid)
        if heard:  # naming what was said: a clause the candidate never said is no choice
            clauses = [c for c in clauses if terms(c) & heard] or clauses
        if told:  # naming what is missing: not the clause the candidate already said
            clauses = [c for c in clauses if overlap(terms(c), told) < TOLD_SHARE] or clauses
        # "代价是参数稍多" is a remark on the claim before it, and "which I had never used"
        # says more of it: neither is a name for the point
        named = [
            c
            for c in clauses
            if not _SIDE_NOTE.match(c) and not RELATIVE.match(c) and not PURPOSE.match(c)
        ]
        clauses = named or clauses
        # "we kept BM25 as a first-stage retriever because the reranker is too slow for…":
        # with no comma to cut at, the claim before its reason is named
        reasons = [_REASON.split(c, maxsplit=1)[0] for c in clauses if _REASON.search(c)]
        fitting = (
            [c for c in clauses if len(c) <= limit]
            or [c for c in reasons if len(c) <= limit and len(terms(c)) >= 2]
            or clauses
        )
        text = max(fitting, key=lambda c: (len(terms(c) & heard), len(terms(c))), default=text)
    text = unlinked(text)
    if len(text) > limit:
        text = text[: limit - 1].rstrip(EDGE) + "…"
    return text


def explained(reference: str, probe: Point, limit: int = 3) -> list[Point]:
    """The probed point and the points that explain it in the notes, at most `limit`: when
    the point is too short to say much ("1.构建层次结构") or states a problem ("问题背景：…
    发现了灾难性遗忘"), what follows it in its paragraph, or else the next paragraph -
    what a follow-up on it is answered with. Any other point stands alone. The next
    paragraph is not what explains the short end of a paragraph ("3. DPO：β=0.1…；参考模型
    就是 SFT 模型" is followed by "4. 评测：内部 400 题…", the next step, not its reason)."""
    found = [p for p in paragraphs(reference) if p]
    for i, paragraph in enumerate(found):
        texts = [p.text for p in paragraph]
        if probe.text not in texts:
            continue
        if not _asks_for_more(probe):
            return [probe]
        after = paragraph[texts.index(probe.text) + 1 :]
        if not after and i + 1 < len(found) and (texts[0] == probe.text or _opens(probe)):
            after = found[i + 1]
        return [probe, *after][: max(1, limit)]
    return [probe]


def _asks_for_more(point: Point) -> bool:
    return units(point.text) < SHORT_POINT_UNITS * 2 or _opens(point)


def _opens(point: Point) -> bool:
    """The point states a problem or announces what follows: the notes go on to answer it."""
    label = re.match(r"^[^，,。：:]{1,12}[：:]", point.text)  # "问题背景：…" unbolded
    problem = _PROBLEM.search(point.context + (label.group(0) if label else ""))
    return bool(problem) or announces(point.text)


def _points(reference: str) -> Iterator[Point]:
    for paragraph in paragraphs(reference):
        yield from paragraph


def paragraphs(reference: str) -> Iterator[list[Point]]:
    """The points of each line, in order (a heading line has none)."""
    context, lead = "", ""  # the heading above; the subject of the paragraph above a list
    parents: list[tuple[int, str]] = []  # indent and subject of the lines above, outermost first
    lines = list(content_lines(reference))
    for i, line in enumerate(lines):
        if asks(line):
            continue  # "FlashAttention 为什么快？" above its answer: the question, no claim
        heading = line_heading(line)
        if heading is None and i + 1 < len(lines) and is_title(line, lines[i + 1], i == 0):
            heading = clean(line)
        if heading is not None:  # "A：" alone over the actions: the story's title stays
            # "STAR" alone over a story names its format, no subject of its lines
            context = context if is_star(heading) or heading.upper() == "STAR" else heading
            lead, parents = "", []
            continue
        item = LIST_MARK.match(line) is not None
        body = ARROW_START.sub("", QUOTE.sub("", LIST_MARK.sub("", line, count=1)))
        label, name, body = split_label(body)
        said = _named(name, list(claims(clean(body))))
        bold = name or _bold_subject(body)  # "**AWQ** (…): …; no Hessian": every claim is of AWQ
        subject = bold or _subject(said)
        if not item:  # "HNSW 算法是一种…" above "1.构建层次结构": the items are about HNSW
            lead = subject
        # "**Post-LN**（原版）：x = …" over indented bullets: they are about Post-LN
        parent = _parent(parents, _indent(line))
        under = label or bold or parent or context or (lead if item else "")
        own = "" if label else _own_label(said)
        parents.append((_indent(line), label or subject or own))
        opening, items = inline_list(body)
        if items:  # "做法：① 统计… ② 加了…": one point per item, each about "做法"
            yield _listed(opening, items, under, own)
            continue
        # "结果：F1 0.87 → 0.94；单份 ~6s": what follows the first sentence is a result too
        yield [
            Point(text=c, context=about)
            for c, about in zip(said, _abouts(said, under, own), strict=True)
        ]


def _abouts(said: list[str], under: str, own: str) -> list[str]:
    """What each claim of a line is about: the first, what the line sits under; the rest,
    the line's own label - until a claim opens on another ("优点：…。缺点：…；β 太小…": the
    claims after "缺点：" are about 缺点, not 优点)."""
    abouts, current = [], own
    for n, claim in enumerate(said):
        relabelled = _own_label([claim]) if n and own else ""
        current = relabelled or current
        abouts.append(current if n and current else under)
    return abouts


def _listed(opening: str, items: list[str], context: str, own: str) -> list[Point]:
    """The claim that opens a line (none when it is only its own label, "做法："), then its
    items, which are about what that label names."""
    said = clean(opening).removeprefix(own).strip(EDGE) if own else clean(opening)
    lead = [Point(text=c, context=context) for c in claims(said)]
    about = own or context
    return lead + [Point(text=c, context=about) for item in items for c in claims(clean(item))]


def _bold_subject(body: str) -> str:
    """The bold lead a line opens on with no colon: its subject ("**K-means** 是…")."""
    bold = BOLD_LEAD.match(body)
    return clean(bold.group(1)) if bold and units(clean(bold.group(1))) <= 12 else ""


def _subject(said: list[str]) -> str:
    """A short subject before "是" / "is" the line opens on ("HNSW 算法是一种…")."""
    found = SUBJECT.match(said[0]) if said else None
    return found.group(1).strip() if found and short_subject(found) else ""


def _own_label(said: list[str]) -> str:
    """ "多标签：一个样本…": the label a line gives itself, what lines nested under it are about."""
    found = re.match(r"^([^，,。.：:（(]{1,12})[：:](?!\d)", said[0]) if said else None  # not 1:1
    named = found is not None and units(found.group(1)) <= 8
    return (
        found.group(1).strip() if found and named and re.search(r"[^\W\d_]", found.group(1)) else ""
    )


def _indent(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip())


def _parent(parents: list[tuple[int, str]], indent: int) -> str:
    """The subject of the line `indent` is nested under (by two spaces or more), if any;
    lines at its depth or deeper are no longer parents."""
    while parents and parents[-1][0] + 2 > indent:
        parents.pop()
    return parents[-1][1] if parents else ""


def _named(name: str, said: list[str]) -> list[str]:
    """The claims with the name they are about before the first ("TIES：每个 τ 只留…")."""
    if not name or not said:
        return said
    sep = "：" if re.search(r"[\u4e00-\u9fff]", name + said[0]) else ": "
    return [f"{name}{sep}{said[0]}", *said[1:]]


def _normal(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())
