"""Writing one question: by the LLM (streamed token by token) or from templates (offline).

Both paths hand the text to `emit` in pieces, so the UI shows a question the same way
whether or not an LLM is configured. What the LLM writes is streamed and guarded in
agent._llm_questions; a question it refuses is replaced by the offline one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from agent import _told, policy
from agent._answer_text import CJK_CHAR, mostly_cjk, overlap, terms
from agent._asking import Asking, choose, hit_named
from agent._asking import FollowUp as FollowUp
from agent._aspects import Aspect
from agent._capitals import mid_sentence
from agent._challenge import challenged_claim as challenged_claim
from agent._facts import configures, sets_value
from agent._non_answers import non_answer
from agent._phrasing import as_question, spoken_name, tidy_zh
from agent._project_titles import names_work, spoken_title
from agent._quoted import unlabelled
from agent._spelling import as_heard
from agent._turn import Turn
from agent._words import Words
from agent.keypoints import Point, unlinked
from agent.prompts import STAGE_NAMES, escape_data, follow_ups, generic_follow_ups
from agent.prompts import interviewer as prompts
from agent.state import InterviewOptions, Language, PlannedTopic, Style
from knowledge import Stage

# what a follow-up asks for: how a thing works, what the candidate did, or their story
_KINDS: dict[Stage, str] = {"fundamentals": "knowledge", "behavioral": "story"}
_PIECE = re.compile(r"[^，。？！,.?!\s]+[，。？！,.?!\s]*|\s+")
MAX_REFERENCE_CHARS = 1500
MAX_ANSWER_CHARS = 1500
MAX_RELATED_CHARS = 600
ASKED_OVERLAP = 0.3  # share of a generic follow-up's terms an asked question already has
_INNER_QUOTE = re.compile(r'"([^"]*)"|“([^”]*)”')
_SINGLE_QUOTED = Words("'{}'", "‘{}’")  # a quote inside a quoted claim
_AFTER_LEAD = Words("{lead} {text}", "{lead}{text}")  # "Thanks. What…" / "好的，那…"


def pieces(text: str) -> Iterator[str]:
    """Offline "streaming": the question in phrase-sized pieces."""
    yield from (m.group(0) for m in _PIECE.finditer(text))


def offline_main(
    topic: PlannedTopic,
    language: Language,
    opening: bool,
    introduced: bool = False,
    first: bool = False,
    after: Turn | None = None,
) -> str:
    """The main question of a topic; `introduced`: a question on this project was asked
    already, so it is not introduced again (its second claim may come first in a session
    that skipped the first); `first`: the interview's first question, which greets;
    `after`: the turn before, which the candidate may have given up on."""
    if topic.kind == "project":
        project, claim = spoken_title(topic.topic), _inner_quotes(unlabelled(topic.seed), language)
        settings = _sets_values(topic.seed)  # "Config: top_k=20…": asked how chosen
        work, at, more = (
            (prompts.PROJECT_SETTINGS, prompts.PROJECT_AT_SETTINGS, prompts.PROJECT_MORE_SETTINGS)
            if settings
            else (prompts.PROJECT, prompts.PROJECT_AT, prompts.PROJECT_MORE)
        )
        template = more if introduced else work if names_work(project) else at
        text = template.said_in(language).format(project=project, claim=claim)
    else:
        text = as_question(topic.seed, language)
        if _in_other_language(topic.seed, language):
            text = prompts.AS_WRITTEN.said_in(language).format(question=text)
    openers = prompts.FIRST_STAGE_OPENERS if first else prompts.STAGE_OPENERS
    lead = openers[topic.stage].said_in(language) if opening or first else ""
    if not lead and after is not None and _given_up(after):
        lead = prompts.MOVING_ON[after.seq % len(prompts.MOVING_ON)].said_in(language)
    return _join(lead, text, language)


def _given_up(turn: Turn) -> bool:
    """The candidate could not answer ("不太清楚", "not my part"), or a follow-up's answer
    still said nothing of the topic (agent.policy moved on)."""
    if turn.answer is None:
        return False
    if non_answer(turn.answer_text, turn.question) is not None:
        return True
    return turn.is_follow_up and turn.coverage == 0


_SHORT_LABEL = re.compile(r"^[^，,。.：:]{1,24}[：:]\s*")  # "Config: ", "DPO："


def _sets_values(claim: str) -> bool:
    """Does the claim, after a short label, only give settings their values?"""
    body = _SHORT_LABEL.sub("", claim.strip(), count=1)
    return sets_value(body) or configures(body)


def _in_other_language(seed: str, language: Language) -> bool:
    """A Chinese question in an English interview, or one with no Chinese in a Chinese one."""
    return mostly_cjk(seed) if language == "en" else not CJK_CHAR.search(seed)


def _inner_quotes(claim: str, language: Language) -> str:
    """Quotes inside a quoted claim become single quotes ("…"有依据"…" -> "…‘有依据’…")."""
    single = _SINGLE_QUOTED.said_in(language)
    return _INNER_QUOTE.sub(lambda m: single.format(m.group(1) or m.group(2)), claim)


def offline_follow_up(
    about: FollowUp, options: InterviewOptions, seq: int, asked: Sequence[str] = ()
) -> str:
    """A templated follow-up naming the missed idea ("你提到了 X，那 Y 是怎么回事？")."""
    return written_follow_up(about, options, seq, asked)[0]


def written_follow_up(
    about: FollowUp, options: InterviewOptions, seq: int, asked: Sequence[str] = ()
) -> tuple[str, bool]:
    """A templated follow-up, and whether it names its point (else it asks generically).

    Knowledge questions ask how or why; the candidate's own story (self-intro, project,
    behavioral) asks what they did. A point with no clean name in the interview's
    language is asked about without naming it. The wording rotates and never repeats.
    """
    language = options.language
    kind = _KINDS.get(about.stage, "experience")
    own = kind != "knowledge"
    point = spoken_name(about.probe, language, asked="\n".join(asked), told=about.told, own=own)
    hit = hit_named(about, language, asked) if point else None
    asking = choose(about, kind, point, hit, language)
    words = _words(about, asking, hit, language)
    named = asking.point is not None or bool(about.challenged)
    return _worded(asking.variants, words, options, seq, asked, generic=not named), named


def _words(about: FollowUp, asking: Asking, hit: str | None, language: Language) -> dict[str, str]:
    """What fills the templates, each as said mid-sentence and as the candidate spelled it."""
    notes = "\n".join((about.probe.context, about.probe.text, *(h.text for h in about.hits)))
    around = "\n".join((about.probe.context, about.probe.text, about.told, about.said))
    words = {
        "point": _spoken(asking.point, language, around, notes) if asking.point else "",
        "hit": _spoken(hit, language, around, notes) if hit else "",
        "aim": _spoken(asking.aim, language, around, notes) if asking.aim else "",
        "claim": about.challenged,
        **_aspect_words(asking.claim, language, around, notes),
    }
    heard = "\n".join((about.question, about.said, about.told))  # "fassi" asked as "faiss"
    return {key: as_heard(value, heard) for key, value in words.items()}


def _aspect_words(
    claim: Aspect | None, language: Language, around: str, notes: str = ""
) -> dict[str, str]:
    if claim is None:
        return {}
    what = _spoken(claim.what, language, around, notes) if claim.what else ""
    when = zh_spaced(claim.when) if language == "zh" and claim.when else claim.when
    return {"when": when, "When": when[:1].upper() + when[1:], "what": what}


def story_follow_up(
    options: InterviewOptions,
    seq: int,
    asked: Sequence[str] = (),
    story: str = "",
    question: str = "",
) -> str:
    """A follow-up on a story of the candidate's own, which the notes do not tell: how
    they judged it, what they would change, what was hardest - not what the story already
    said (a story ending "…precision back at 0.80" is not asked how it was measured).
    An answer that told no story is asked for one - or, when the `question` asked for no
    story ("为什么离开上一家公司？", "What is your biggest weakness?"), asked it again."""
    if not _told.tells_story(story):
        if question and not _told.asks_for_story(question):
            return _back_to(question, options, seq, asked)
        return _worded(generic_follow_ups.STORY_RESTART, {}, options, seq, asked, generic=True)
    variants = _told.not_told(generic_follow_ups.GENERIC_FOLLOW_UPS["experience"], story)
    return _worded(variants, {}, options, seq, asked, generic=True)


def _back_to(question: str, options: InterviewOptions, seq: int, asked: Sequence[str]) -> str:
    """The question asked again after an answer that missed it, in the interview's words."""
    language = options.language
    if mostly_cjk(question) != (language == "zh"):
        return _worded(generic_follow_ups.BACK_TO_QUESTION, {}, options, seq, asked, True)
    said = as_question(question, language)
    words = {"question": said}
    return _worded(generic_follow_ups.QUESTION_RESTART, words, options, seq, asked, True)


def _worded(
    variants: Sequence[Words],
    words: dict[str, str],
    options: InterviewOptions,
    seq: int,
    asked: Sequence[str],
    generic: bool,
) -> str:
    """One of the variants, rotating with the turn, in the style's lead, never a question
    already asked (and, asking generically, never the main question again)."""
    language = options.language
    templates = [v.said_in(language) for v in variants]
    seen = {policy.normalise(q) for q in asked}
    leads = follow_ups.FOLLOW_UP_LEAD[options.style]
    lead = leads[(seq - 1) % len(leads)].said_in(language)
    texts = [
        _join(lead, templates[(seq + i) % len(templates)].format(**words), language)
        for i in range(len(templates))
    ]
    if language == "zh":
        texts = [tidy_zh(t) for t in texts]
    fresh = [t for t in texts if policy.normalise(t) not in seen]
    if generic:
        fresh = [t for t in fresh if not _asks_again(t, asked)] or fresh
    return (fresh or texts)[0]


def _asks_again(text: str, asked: Sequence[str]) -> bool:
    """The follow-up mostly repeats a question already asked ("遇到最困难的事情怎么解决的"
    followed by "当时遇到的最大难点是什么？你是怎么解决的？")."""
    said = terms(text)
    return any(overlap(said, terms(q)) >= ASKED_OVERLAP for q in asked)


def _spoken(phrase: str, language: Language, around: str = "", notes: str = "") -> str:
    """A phrase as said mid-sentence: no end punctuation; in Chinese a latin word at an
    edge is set off by a space; English starts lower-case only with a plain word
    (agent._capitals; `around`: the notes and answers that may write it so; `notes`: the
    notes' own lines, whose capital on the word anywhere else makes it a name)."""
    phrase = phrase.rstrip("。.；;！!？?")
    if language == "zh":
        return zh_spaced(phrase)
    # "Regularization" starts a sentence; "Adam", "FlashAttention", "BM25" are names
    return mid_sentence(phrase, around, notes)


# a latin word at an edge of a phrase, written against the Chinese beside it ("harmless的原则")
_LATIN_FIRST = re.compile(rf"^([A-Za-z0-9][A-Za-z0-9_.+#/-]*)(?={CJK_CHAR.pattern})")
_LATIN_LAST = re.compile(rf"(?<={CJK_CHAR.pattern})([A-Za-z0-9][A-Za-z0-9_.+#/-]*)$")


def zh_spaced(phrase: str) -> str:
    """A phrase set into a Chinese sentence: a latin word at either end is set off by a
    space on both sides, as the templates write one ("那 HNSW 呢"): "你提到了 harmless 的原则",
    not "你提到了 harmless的原则"."""
    phrase = _LATIN_LAST.sub(r" \1", _LATIN_FIRST.sub(r"\1 ", phrase))
    phrase = (" " if phrase[:1].isascii() and phrase[:1].isalnum() else "") + phrase
    return phrase + (" " if phrase[-1:].isascii() and phrase[-1:].isalnum() else "")


def _join(lead: str, text: str, language: Language) -> str:
    """The style's lead, then the question; a latin word opening it ("HNSW 算法是…") keeps
    no space before it when nothing leads."""
    if not lead:
        return text.strip()
    return _AFTER_LEAD.said_in(language).format(lead=lead.rstrip(), text=text)


def _system(language: Language, style: Style) -> dict[str, str]:
    content = prompts.SYSTEM.said_in(language).format(style=prompts.STYLE[style].said_in(language))
    return {"role": "system", "content": content}


def main_messages(
    topic: PlannedTopic,
    language: Language,
    style: Style,
    *,
    opening: bool,
    asked: Sequence[str],
    related: Sequence[str] = (),
) -> list[dict[str, str]]:
    """The request for a main question; every piece of note text is escaped data."""
    project = topic.kind == "project"
    template = prompts.ASK_PROJECT if project else prompts.ASK_BANK
    seed = unlabelled(topic.seed) if project else topic.seed  # a claim, quoted without "背景："
    user = template.said_in(language).format(
        stage=STAGE_NAMES[topic.stage].said_in(language),
        topic=escape_data(topic.topic),
        opening=prompts.OPENING.said_in(language) if opening else "",
        seed=escape_data(seed),
        reference=escape_data(topic.reference[:MAX_REFERENCE_CHARS]) or "-",
        related="\n---\n".join(escape_data(r[:MAX_RELATED_CHARS]) for r in related) or "-",
        asked="\n".join(f"- {q}" for q in asked) or "-",
    )
    return [_system(language, style), {"role": "user", "content": user}]


def follow_up_messages(
    previous: Turn,
    probe: str,
    language: Language,
    style: Style,
    topic_points: Sequence[Point] = (),
) -> list[dict[str, str]]:
    """The request for a follow-up on `probe` (a point's label, or one of policy's probes);
    `topic_points`: the topic's points, where a probe the previous turn was not measured
    on is found."""
    answer = previous.answer.text if previous.answer else ""
    points = previous.key_points
    point = next((p for p in [*points, *topic_points] if p.label == probe), None)
    claim = challenged_claim(point, points, answer, previous.question) if point in points else ""
    asking = {
        policy.STORY_PROBE: prompts.ASK_STORY_FOLLOW_UP,
        policy.REPHRASE_PROBE: prompts.ASK_REPHRASE,
        policy.INTRO_PROBE: prompts.ASK_INTRO_MORE,
    }.get(probe, prompts.ASK_FOLLOW_UP)
    asking = prompts.ASK_CHALLENGE if claim else asking
    user = asking.said_in(language).format(
        question=previous.question,
        answer=escape_data(answer[:MAX_ANSWER_CHARS]),
        probe=escape_data(_as_claim(point) if point else unlabelled(probe)),
        claim=escape_data(claim),
    )
    return [_system(language, style), {"role": "user", "content": user}]


def _as_claim(point: Point) -> str:
    """The point as the model is given it: the claim alone, as the offline question names
    it - not the label it is shown with ("背景：…"), which a model would quote back."""
    return unlabelled(unlinked(point.text))
