"""What a turn is measured on, and which of the notes' points a follow-up may probe.

The interview node (agent.nodes.assess) decides on the key-point coverage of the answers
on a topic; this module says which points that coverage is over, when it means nothing
(the candidate's own story, an answer in another language than the notes), and which
points are not worth a follow-up (what the main question already said).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING, NamedTuple

from agent import _told, keypoints, policy
from agent._addressable import addressable
from agent._answer_text import mostly_cjk
from agent._causes import led_to
from agent._coverage import Coverage, measure
from agent._markdown import clean
from agent._non_answers import disowns, names_any, not_theirs
from agent._offline_scoring import another_story
from agent._quoted import quotes
from agent._told import tells_story
from agent._turn import Turn
from agent.state import PlannedTopic

if TYPE_CHECKING:
    from agent._answer_text import Embedder


def topic_points(topic: PlannedTopic) -> list[keypoints.Point]:
    """The topic's key points as planned (a plan checkpointed before they were stored: now)."""
    return topic.key_points or keypoints.key_points(topic.reference)


class Assessment(NamedTuple):
    points: list[keypoints.Point]  # what the answers on the topic are measured on
    cover: Coverage  # their coverage: empty when it cannot say what the candidate missed
    own_story: bool = False  # a behavioral story that is not the notes': none of their points


def assessed(
    topic: PlannedTopic,
    on_topic: list[Turn],
    embedder: Embedder | None,
    cap: int,
    cosines: tuple[float, float],
) -> Assessment:
    """The points the answers on the topic are measured on, and their coverage - empty
    (no follow-up is decided on it) when it cannot say what the candidate missed."""
    said = "\n".join(t.answer_text for t in on_topic if t.answer)
    points = _assessed_points(topic, on_topic, said, embedder, cap, cosines)
    cover = measure(points, said, on_topic[0].question, embedder, cosines)
    stage = on_topic[-1].stage
    if another_story(stage, cover):
        return Assessment(points, Coverage(content=cover.content), own_story=True)
    if points and cover.content and _other_language(said, topic):
        return Assessment(points, Coverage(content=cover.content))
    return Assessment(points, cover)


def _other_language(said: str, topic: PlannedTopic) -> bool:
    """An English answer on Chinese notes (or the other way): offline words cannot be
    compared across languages - the score card says so - so "you missed everything"
    would judge the language, and a follow-up on it would ask a good answer again. The
    notes' language is their question (or quoted claim) with its reference: the question
    asked may be a template in the interview's language around an English claim."""
    return mostly_cjk(said) != mostly_cjk(f"{topic.seed}\n{topic.reference}")


def _assessed_points(
    topic: PlannedTopic,
    on_topic: list[Turn],
    said: str,
    embedder: Embedder | None,
    cap: int,
    cosines: tuple[float, float],
) -> list[keypoints.Point]:
    """The topic's points this answer is measured on: for a long project write-up, the
    capped few the main answer could address (agent._addressable.addressable), kept by the
    main turn so its follow-ups, its score card and theirs all speak of the same points."""
    main = on_topic[0]
    if len(on_topic) > 1 and main.key_points:
        return list(main.key_points)
    points = topic_points(topic)
    kept = [p for q in _quoted_points(topic) for p in keypoints.explained(topic.reference, q)]
    return addressable(points, said, main.question, cap, embedder, cosines, kept)


def _quoted_points(topic: PlannedTopic) -> list[keypoints.Point]:
    """The points a project question quotes (its seed, an aside dropped, cut "…")."""
    if topic.kind != "project":
        return []
    return [p for p in topic_points(topic) if quotes(topic.seed, p)]


def asked_about(topic: PlannedTopic, on_topic: Collection[Turn] = ()) -> list[str]:
    """The points never probed: what the main question already asked about (a project claim
    is its seed), and work an answer on the topic said was not the candidate's ("切分和评测集
    不是我负责的" before "按 Markdown 标题切分这一块，你具体做了什么？")."""
    quoted = [p.label for p in _quoted_points(topic)]
    others = not_theirs("\n".join(t.answer_text for t in on_topic))
    return quoted + [p.label for p in topic_points(topic) if names_any(p.text, others)]


def not_probed(
    topic: PlannedTopic, turns: Collection[Turn], on_topic: Collection[Turn], cover: Coverage
) -> list[str]:
    """The points no follow-up asks about: one asked before in the session, what the topic's
    main question asked (asked_about), a short point whose explanation was made, and one
    said against by a clause already challenged. (Not a point "said in other words" by an
    absolute cosine: each embedder has its own scale - with e5-small every point of the
    topic read as said and no follow-up was asked.)"""
    asked = [t.probe for t in turns if t.probe]
    told = _explanation_said(topic, cover) + _background_asked(topic, on_topic)
    return asked + asked_about(topic, on_topic) + told + _challenged(cover, asked)


def _background_asked(topic: PlannedTopic, on_topic: Collection[Turn]) -> list[str]:
    """Why the work was needed is asked once: after a follow-up on one point of a project's
    background ("…点击式操作，这个问题当时具体是什么情况？"), the next clause of the same
    background ("…需要时间熟悉各种查询条件…当时是怎么发现的？") is not asked too."""
    if topic.stage != "project":
        return []
    probed = {t.probe for t in on_topic if t.probe}
    points = [p for p in topic_points(topic) if _told.background(p.text, p.context)]
    return [p.label for p in points] if any(p.label in probed for p in points) else []


def _explanation_said(topic: PlannedTopic, cover: Coverage) -> list[str]:
    """The short points ("1.构建层次结构") whose explanation in the notes (what follows them:
    keypoints.explained, what a follow-up on them is measured on) an answer made at least in
    part: "上层稀疏下层稠密，从上往下贪心搜索" told how the layers are built and used, and
    "构建层次结构，这一点你能具体讲讲吗？" asked it again."""
    said = {c.point.label for c in cover.points if c.status != "missed" and not c.contradicted}
    return [
        c.point.label
        for c in cover.points
        if c.status != "hit"
        and not c.contradicted
        and any(p.label in said for p in keypoints.explained(topic.reference, c.point)[1:])
    ]


def _challenged(cover: Coverage, asked: Collection[str]) -> list[str]:
    """The points said against by a clause a follow-up already asked the candidate to stand
    by: "You said 'The knowledge base had about 120k documents'. Are you sure?" was asked
    twice running, once for each point that clause was read as contradicting."""
    taken = {c.against for c in cover.points if c.contradicted and c.point.label in asked}
    return [c.point.label for c in cover.points if c.contradicted and c.against in taken - {""}]


def unsaid(
    topics: list[PlannedTopic],
    current: int,
    said: list[str],
    answers: str = "",
    disowned: Collection[str] = (),
    measured: tuple[Embedder | None, tuple[float, float]] | None = None,
) -> list[int]:
    """The stage's topics still to ask: a project claim a follow-up already probed or an
    answer already made is not quoted again as a new question - also when the answer made
    it in the other language, naming its terms ("我用 LightGBM 的 LambdaMART 做了…" before
    "I built a learning-to-rank pipeline with LightGBM LambdaMART on 40 features"), and
    when an answer of the stage told it in passing (`answers`, measured with `measured`'s
    embedder and cosines: "业务方统计有依据的答案只有 62%" told on another claim);
    nothing more is asked of a project the candidate said was not their work (`disowned`)."""
    named = {w.lower() for w in _NAMES.findall(answers)}
    return [
        i
        for i in range(current + 1, len(topics))
        if topics[i].topic not in disowned
        and not (
            topics[i].kind == "project"
            and (
                _quotes_one_of(topics[i].seed, said)
                or _names_most(topics[i].seed, named)
                or (measured is not None and _claim_told(topics[i], answers, *measured))
            )
        )
    ]


def _claim_told(
    topic: PlannedTopic, answers: str, embedder: Embedder | None, cosines: tuple[float, float]
) -> bool:
    """The answers already cover the claim the topic's question would quote (its seed, as
    quoted: a clause of a longer point, or a scene no key point keeps)."""
    claim = topic.seed.rstrip("…").strip()
    if not claim or not answers.strip():
        return False
    cover = measure([keypoints.Point(text=claim)], answers, "", embedder, cosines)
    return cover.points[0].status == "hit"


def disowned(turns: list[Turn]) -> set[str]:
    """The projects an answer said were not the candidate's work ("这个项目我参与不多",
    "that was another team's"): their other rounds would quote more of that work."""
    return {
        t.topic
        for t in turns
        if t.stage == "project" and t.answer and disowns(t.answer_text, t.question)
    }


_NAMES = re.compile(r"[A-Za-z][A-Za-z0-9+#.\-]+|\d+(?:\.\d+)?")  # terms both languages write
NAMED_SHARE, MIN_NAMES = 0.6, 3


def _names_most(seed: str, named: set[str]) -> bool:
    """The answers name most of the claim's terms that read the same in any language."""
    terms_ = {w.lower() for w in _NAMES.findall(seed) if _PROPER.search(w)}
    return len(terms_) >= MIN_NAMES and len(terms_ & named) >= NAMED_SHARE * len(terms_)


# a name or a figure ("LightGBM", "40", "top-5"), not a plain word ("built", "pipeline")
_PROPER = re.compile(r"[A-Z0-9+\-]")


def _quotes_one_of(seed: str, said: list[str]) -> bool:
    quoted = seed.rstrip("…")
    return bool(quoted) and any(quoted in point for point in said)


def measured_on(
    topic: PlannedTopic, probe: str | None, missed: Collection[str] = ()
) -> list[keypoints.Point]:
    """A main question is measured on the topic's key points, a follow-up on the one it
    probes and what explains it in the notes (keypoints.explained) - on a project's result
    figure, the work that led to it (agent._causes.led_to); the question asking a
    thin self-introduction for more, on what the introduction left out (`missed`: its
    card does not list the name the candidate already gave as missed)."""
    points = topic_points(topic)
    if probe == policy.INTRO_PROBE:
        return [p for p in points if p.label in missed] or points
    if not probe:
        return points
    found = keypoints.find(points, probe)
    causes = led_to(topic.reference, found) if topic.stage == "project" else []
    return causes or keypoints.explained(topic.reference, found)


def still_open(
    points: list[keypoints.Point],
    probe: str,
    on_topic: list[Turn],
    embedder: Embedder | None,
    cosines: tuple[float, float],
) -> list[keypoints.Point]:
    """A follow-up's points without what the answers on its topic already said: its card
    must not list as missed a point the candidate made a turn ago. A point said in part is
    left out too, unless nothing else is left to ask. The point the follow-up asks about by
    name (its probe) always stays: one the answer said against the notes reads as said when
    measured alone, and the follow-up asks the candidate to stand by it."""
    said = "\n".join(t.answer_text for t in on_topic if t.answer)
    if not points or not said.strip():
        return points
    cover = measure(points, said, on_topic[0].question, embedder, cosines)
    untold = [c.point.label for c in cover.points if c.status in ("missed", "contradicted")]
    kept = set(untold) | ({probe} & {p.label for p in points})
    if not kept:
        kept = {c.point.label for c in cover.points if c.status != "hit"}
    return [p for p in points if p.label in kept]


def generic_on(topic: PlannedTopic, turns: list[Turn]) -> list[keypoints.Point]:
    """What a follow-up naming no point is measured on. A knowledge one ("can you go one
    level deeper?") asks for what is still missing: the points the answers missed. One
    about the candidate's own story ("what would you change?") has no answer in the notes;
    one asking for a story after an answer that told none, the notes' story."""
    if topic.stage == "behavioral" and turns and not tells_story(turns[-1].answer_text):
        return topic_points(topic)
    if topic.stage != "fundamentals" or not turns:
        return []
    missed = set(turns[-1].missed)
    return [p for p in topic_points(topic) if p.label in missed]


def follow_up_reference(topic: PlannedTopic, points: list[keypoints.Point]) -> str:
    """A follow-up's reference: the notes' lines it is measured on, as they are written."""
    lines = [line for line in topic.reference.splitlines() if line.strip()]
    said = [line for line in lines if any(p.text[:12] in clean(line) for p in points)]
    return "\n".join(said) or "\n".join(p.text for p in points)
