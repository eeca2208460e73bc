"""Turning the notes into an interview plan: candidate topics per stage, ordered by policy.

Projects become deep-dive topics (one per claim in the write-up, first claims first),
the question bank feeds the other stages, and templates fill any stage the notes
leave empty so an interview can always run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from agent import _choosing, _retold, _writeup, policy
from agent._answer_text import Embedder, mostly_cjk
from agent._labels import stage_title
from agent._phrasing import quotable, starts_mid_thought
from agent._project_titles import spoken_title
from agent.keypoints import ALL_POINTS, Point, key_points
from agent.prompts import interviewer as prompts
from agent.state import InterviewOptions, Language, PlannedTopic, StagePlan
from knowledge import Citation, Project, Question, Stage, needs_context, story_question

CLAIMS_PER_PROJECT = 2
CLAIM_CHARS = 60
# "自我介绍", "介绍下你自己", "Tell me about yourself (60 s)", "Walk me through your résumé"
_INTRODUCE_YOURSELF = re.compile(
    r"自我介绍|介绍一?下(你)?自己|introduce yourself|self[- ]?intro"
    r"|tell (?:me|us) (?:a (?:little|bit) )?about yourself"
    r"|walk (?:me|us) through your (?:background|r[eé]sum[eé]|cv)",
    re.I,
)


def _bank_topic(q: Question) -> PlannedTopic:
    return PlannedTopic(
        stage=q.stage,
        topic=q.topic or q.question[:20],
        kind="bank",
        source_id=q.id,
        seed=q.question,
        reference=q.answer,
        citation=q.citation,
        key_points=key_points(q.answer),
    )


def _in_language(q: Question, language: Language) -> Question:
    """A story question the notes' reading made (not one they wrote) is asked in the
    interview's language: "讲讲「Production incident」这段经历：…", not an English sentence
    quoted in a Chinese interview as if the candidate had written it."""
    heading = q.citation.heading_path[-1] if q.citation.heading_path else ""
    made = q.stage == "behavioral" and heading
    if not made or story_question(heading, mostly_cjk(q.answer)) != q.question:
        return q
    return q.model_copy(update={"question": story_question(heading, language == "zh")})


def _claims(points: Sequence[Point]) -> list[Point]:
    """The points a deep-dive question quotes: whole claims first, not a clause cut from a
    sentence ("并随机抽样检查了数据质量…" reads as a fragment when quoted)."""
    whole = [p for p in points if not starts_mid_thought(p.text) and quotable(p.text)]
    rest = [p for p in points if p not in whole]
    return [*whole, *rest][:CLAIMS_PER_PROJECT]


def _someone_elses(point: Point) -> bool:
    return policy.someone_elses(point.text)


# "流程如下：（首先要保证所收集到的代码数据都提前做好了分块…）：去重" is quoted without
# the aside; a short one ("（LSH, MIN-hash）") names something and stays
_LONG_ASIDE = re.compile(r"\s*[（(][^（）()]{16,}[）)]\s*[：:]?")


def _between(aside: re.Match[str]) -> str:
    """What is left where an aside stood between words: "rules engine -> caught", not
    "rules engine-> caught"."""
    text = aside.group(0)
    return " " if text[:1].isspace() and text[-1:].isspace() else ""


def _quotable(claim: str) -> str:
    """A claim short enough to quote, cut between words ("…LambdaMART…", not "…LambdaMAR…")."""
    limit = CLAIM_CHARS if mostly_cjk(claim) else CLAIM_CHARS * 2  # an English word ~ 2 chars
    if len(claim) <= limit:
        return claim
    cut = claim[: limit - 1]
    # at the end of a clause when one ends in the second half ("…直接部署…", not "…部署，单…")
    ends = [m.start() for m in _CLAUSE_END.finditer(cut) if m.start() > limit // 2]
    ends = [i for i in ends if cut[:i].count("（") + cut[:i].count("(") == _closed(cut[:i])]
    if ends:
        cut = cut[: ends[-1]]
    elif claim[limit - 1].isascii() and claim[limit - 1].isalnum() and " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ，,、") + "…"


_CLAUSE_END = re.compile(r"[，,；;、]")


def _closed(text: str) -> int:
    return text.count("）") + text.count(")")


def _about_claim(points: list[Point], write_up: str, claim: str) -> list[Point]:
    """What a question quoting `claim` is answered with: its story of the write-up's
    several, without the rest of the scene it quoted (the question gave the scene; "员工常
    问“报销流程”之类的问题" is not something the candidate did)."""
    scene = {p.text for p in _writeup.scene_quoted(write_up, claim)}
    told = _writeup.within(points, _writeup.story_of(write_up, claim))
    return [p for p in told if p.text not in scene] or told


def _project_topics(projects: Sequence[Project]) -> list[PlannedTopic]:
    """Deep-dive topics, one per quoted claim. The answer is measured on the claim's story
    of the write-up (the interview picks the points an answer could address, the claim and
    what explains it always among them: agent._probing): the claim its question quotes too,
    on what the answer adds to the quote (agent._quoted) - measured on the rest alone, an
    answer telling how the quoted claim was done scored 0; the claims other rounds quote
    too (a small write-up would be left with nothing to say, and the point explaining this
    claim may be quoted elsewhere)."""
    rounds: list[list[PlannedTopic]] = [[] for _ in range(CLAIMS_PER_PROJECT)]
    for project in projects:
        every = key_points(project.description, ALL_POINTS)
        # another person's part of the work is no claim to quote nor a point to make
        sample = [p for p in key_points(project.description) if not _someone_elses(p)]
        own = [p for p in every if not _someone_elses(p)] or every
        claims: list[Point | None] = [*_claims(sample)] or [None]
        for i, quoted in enumerate(claims):
            rest = _about_claim(own, project.description, quoted.text) if quoted else own
            claim = _LONG_ASIDE.sub(_between, quoted.text if quoted else project.name)
            claim = claim.rstrip("。.；;！!")
            short = _quotable(claim)
            rounds[i].append(
                PlannedTopic(
                    stage="project",
                    topic=project.name,
                    kind="project",
                    source_id=project.id if i == 0 else f"{project.id}#{i + 1}",
                    seed=short,
                    reference=project.description,
                    citation=project.citation,
                    key_points=rest,
                )
            )
    return [topic for round_ in rounds for topic in round_]


def _templates(stage: Stage, language: Language) -> list[PlannedTopic]:
    texts: dict[Stage, Sequence[str]] = {
        "self_intro": [prompts.SELF_INTRO.said_in(language)],
        "project": [prompts.PROJECT_FALLBACK.said_in(language)],
        "fundamentals": [w.said_in(language) for w in prompts.FUNDAMENTALS],
        "behavioral": [w.said_in(language) for w in prompts.BEHAVIORAL],
    }
    topic_name = stage_title(stage, language)  # as the stage is shown: "Behavioral"
    themes = prompts.BEHAVIORAL_TOPICS if stage == "behavioral" else ()
    return [
        PlannedTopic(
            stage=stage,
            topic=themes[i] if i < len(themes) else topic_name,
            kind="template",
            source_id=f"template:{stage}:{i}",
            seed=t,
        )
        for i, t in enumerate(texts[stage])
    ]


def _opening(bank: Sequence[PlannedTopic], language: Language) -> list[PlannedTopic]:
    """Every interview opens with "introduce yourself", judged against the candidate's own
    introduction from the notes (in the interview's language when there are two); the
    notes' other self-intro questions come after it."""
    intros = [t for t in bank if _INTRODUCE_YOURSELF.search(t.seed)]
    intros.sort(key=lambda t: mostly_cjk(t.reference) != (language == "zh"))
    opening = _templates("self_intro", language)[0]
    if intros:
        own = intros[0]
        opening = opening.model_copy(
            update={
                "topic": own.topic,
                "source_id": own.source_id,
                "reference": own.reference,
                "citation": own.citation,
            }
        )
    return [opening, *(t for t in bank if t not in intros)]


def _on_project(
    topic: PlannedTopic, projects: Sequence[Project], language: Language
) -> PlannedTopic:
    """A question the notes ask under a project's write-up ("为什么用 RRF 融合？") names the
    project when asked, so the candidate knows which one it is about."""
    for project in projects:
        if _under(topic, project):
            name = spoken_title(project.name)
            if name in topic.seed:
                return topic
            seed = prompts.ON_PROJECT.said_in(language).format(project=name, question=topic.seed)
            return topic.model_copy(update={"topic": project.name, "seed": seed})
    return topic


def _under(topic: PlannedTopic, project: Project) -> bool:
    """Is the question written inside the project's write-up (its follow-ups)?"""
    cited, where = topic.citation, project.citation
    if cited is None or cited.source != where.source:
        return False
    return where.line_start <= cited.line_start <= where.line_end


def _lines(citation: Citation) -> tuple[str, int, int]:
    return (citation.source, citation.line_start, citation.line_end)


def candidate_topics(
    stage: Stage, bank: Sequence[Question], projects: Sequence[Project], language: Language
) -> list[PlannedTopic]:
    """Everything that could be asked in `stage`, notes first, templates as the fallback."""
    asked = [q for q in bank if q.stage == stage and q.question.strip() and _askable(q)]
    # in the interview's language first, when the notes have both (order kept otherwise)
    asked.sort(key=lambda q: _foreign(q.question, language))
    from_bank = [_bank_topic(_in_language(q, language)) for q in asked]
    if stage == "project":
        written_up = {_lines(p.citation) for p in projects}
        # the bank's "tell me about project X" is the deep dive X already gets
        overview = [t for t in from_bank if t.citation and _lines(t.citation) in written_up]
        # a project told in both languages is asked once, in the interview's; the other
        # write-up's own questions go with it (its retelling has its own)
        told = _retold.told_in(projects, language)
        retold = [p for p in projects if p not in told]
        asked_on = [
            _on_project(t, told, language)
            for t in from_bank
            if t not in overview and not any(_under(t, p) for p in retold)
        ]
        from_notes = [*_project_topics(told), *asked_on]
    elif stage == "self_intro":
        return _opening(from_bank, language)
    elif stage == "behavioral":  # the classic questions fit anyone: fill a thin bank with them
        notes_ask = [q.question for q in asked]
        classics = zip(_templates(stage, language), BEHAVIORAL_THEMES, strict=True)
        return [*from_bank, *(t for t, theme in classics if not _asked(theme, notes_ask))]
    else:
        from_notes = from_bank
    return from_notes or _templates(stage, language)


# What each classic behavioral question (prompts.BEHAVIORAL, in order) asks about, as the
# notes' own questions say it: notes asking "遇到最困难的事情怎么解决的？" make "讲一个你
# 遇到的最大困难或失败" a third setback question
BEHAVIORAL_THEMES = (
    re.compile(r"意见不一致|分歧|冲突|争执|disagree|conflict", re.IGNORECASE),
    re.compile(r"困难|最难|难题|挫折|失败|setback|fail|hardest|difficult|mistake", re.IGNORECASE),
    re.compile(r"优先级|时间(?:非常|很|特别)?紧|deadline|priorit", re.IGNORECASE),
)


def _asked(theme: re.Pattern[str], questions: Sequence[str]) -> bool:
    return any(theme.search(q) for q in questions)


def _askable(q: Question) -> bool:
    """Not a bare "评估方式是什么？" whose heading named nothing: asked alone it is about
    nothing (a project's question names its project; a behavioral one is about the
    candidate)."""
    return q.stage in ("project", "behavioral") or not needs_context(q.question)


def _foreign(text: str, language: Language) -> bool:
    return mostly_cjk(text) != (language == "zh")


def build_plan(
    options: InterviewOptions,
    budgets: Mapping[Stage, int],
    candidates: Mapping[Stage, Sequence[PlannedTopic]],
    *,
    weak: Mapping[str, float],
    recent: set[str],
    embedder: Embedder | None = None,
    same_cosine: float = 1.0,
) -> list[StagePlan]:
    """Stages in interview order, each with its budget and its topics in asking order.
    `embedder`, `same_cosine`: how a bank question worded otherwise is found to be one
    already planned (without an embedder, only by its wording)."""
    order: list[Stage] = ["self_intro", "project", "fundamentals", "behavioral"]
    plan = []
    for stage in order:
        if stage not in options.stages or budgets.get(stage, 0) <= 0:
            continue
        topics = list(candidates.get(stage, []))
        if stage != "self_intro":  # "introduce yourself" always opens; nothing goes before it
            topics = _in_asking_order(topics, options, weak=weak, recent=recent)
        # a stage never asks more than its budget: later topics are dead weight
        topics = _choosing.distinct(topics, budgets[stage], embedder, same_cosine)
        if topics:
            plan.append(StagePlan(stage=stage, budget=budgets[stage], topics=topics))
    return plan


def _in_asking_order(
    topics: list[PlannedTopic],
    options: InterviewOptions,
    *,
    weak: Mapping[str, float],
    recent: set[str],
) -> list[PlannedTopic]:
    """The notes' own questions (they have a reference) before templates, a question in the
    interview's language before one in the other, each main term once before any twice;
    within those, focus, weak and not recently asked topics first (policy.order_topics)."""
    focus = options.focus_topics
    topics = policy.order_topics(topics, focus=focus, weak=weak, recent=recent)
    repeats = _choosing.repeats(topics, focus)
    language = options.language
    order = sorted(
        range(len(topics)),
        key=lambda i: (
            topics[i].kind == "template",
            _foreign(topics[i].seed, language),
            repeats[i],
        ),
    )
    return [topics[i] for i in order]
