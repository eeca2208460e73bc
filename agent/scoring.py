"""Scoring one answer: guards in code, then the rubric LLM (or the offline estimator).

    scorer = Scorer(config, retriever, llm=gateway_or_None, embedder=embedder_or_None)
    turn = scorer.score(question, Answer(text=...), "fundamentals", previous_answers=[...])

Order of work, and who decides what:
1. The reference answer(s) come from the notes (`retriever.find_reference`) unless given:
   the question asked's own entry first, none when the notes have no answer to it, never a
   neighbour about another question (agent._references).
   Key points are derived **by code** (agent.keypoints, once per reference: the turn
   passes them in) from the top reference answer, numbered, and the LLM only marks each one —
   so the list always stays tied to the candidate's notes and carries their citation.
2. Guards (agent._guards) catch empty answers, non-answers ("I don't know", a question
   back, "not my part"), too short, gibberish, repeated and off-topic ones: status
   "guarded", every dimension 1, overall 0, no LLM call. The notes' answer is shown after
   "I don't know"; a part the candidate says was not theirs lists no point as missed.
3. With an LLM: notes and answer go into the prompt as delimited data; the reply must
   validate as the stage's `reply_model` — a closed schema naming each dimension and
   each key point, sent as `json_schema` so constrained decoders can only write a valid
   one (one repair request, then status "failed" — never an invented score).
   Code then bounds the reply by evidence (agent._llm_bounds): a key point counts only
   as far as a quote from the answer or code's own measure of it bears the mark out,
   content dimensions only as far as the credited points support; and it caps the content
   dimensions (see agent._rubric `content=True`) at `cap_score` when its own measured
   key-point coverage is below `cap_coverage_below` — an LLM's 5/5 for an answer that
   shares nothing with the reference is not believed.
4. Without an LLM: the offline estimator, status "offline_estimate", labelled as such.
5. `overall` (0-100) is always computed by code from the configured weights; with an LLM
   it is read twice, the rubric's and the offline estimate's on the same answer, half
   each when the reply's checkable claims held (the rubric's down to a quarter as they
   failed), within
   `llm_offline_band` of the estimate (agent._llm_bounds rule 3), so a weak grader's ties
   and whims cannot order answers worse than the estimate does.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace

from agent import _rubric
from agent._addressable import addressable
from agent._answer_text import Embedder
from agent._coverage import Coverage, measure
from agent._guards import GuardVerdict, check_answer
from agent._llm_bounds import Checked, Evidence, check_reply, read_overall, rubric_share
from agent._llm_errors import LLMError
from agent._models import (
    Answer,
    DimensionScore,
    KeyPoint,
    KeyPointStatus,
    ScoreStatus,
    TurnScore,
)
from agent._notes_answer import from_notes
from agent._offline_reading import in_other_language, read_offline
from agent._offline_scoring import estimate
from agent._references import chosen, with_answers
from agent._retriever import Retriever
from agent._rubric_prompt import rubric_messages
from agent._turn import Reference
from agent.config import AgentConfig
from agent.keypoints import ALL_POINTS, Point, key_points
from agent.llm import LLMGateway
from agent.prompts import scoring as prompts
from knowledge import Stage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Context:
    """What one scoring call works from."""

    question: str
    answer: str
    stage: Stage
    references: list[Reference]
    points: list[Point]
    backing: str = ""
    follow_up: bool = False

    @property
    def primary(self) -> Reference | None:
        return self.references[0] if self.references else None


class Scorer:
    def __init__(
        self,
        config: AgentConfig,
        retriever: Retriever | None,
        llm: LLMGateway | None,
        embedder: Embedder | None = None,
    ) -> None:
        self.config = config
        self.settings = config.scoring
        self.language = config.language
        self.retriever = retriever
        self.llm = llm
        self.embedder = embedder

    def score(
        self,
        question: str,
        answer: Answer,
        stage: Stage,
        *,
        references: Sequence[Reference] | None = None,
        previous_answers: Sequence[str] = (),
        points: Sequence[Point] | None = None,
        backing: str = "",
        follow_up: bool = False,
    ) -> TurnScore:
        """`points`: the reference's key points when already known (the turn stores them);
        `backing`: the notes a follow-up's point belongs to (agent._coverage.measure);
        `follow_up`: the answer is to a follow-up, judged on what it asked alone."""
        if references is None:
            refs = self._looked_up(question, stage)
        else:
            refs = with_answers(question, references)
        if points is None or not refs:
            points = self._points(refs[0].answer, answer.text, question, stage) if refs else []
        ctx = _Context(question, answer.text, stage, refs, list(points), backing, follow_up)
        verdict = check_answer(
            answer.text,
            question,
            stage,
            [r.answer for r in refs],
            previous_answers,
            self.settings,
            self.embedder,
        )
        if verdict is not None:
            return self._guarded(ctx, verdict)
        if self.llm is None:
            return self._offline(ctx)
        return self._with_llm(ctx, self.llm)

    def rubric_only(self, question: str, answer: str, stage: Stage, reference: Reference) -> float:
        """The rubric's own overall for an answer, as the model scored it: no guard, no
        bound by code's evidence (agent.grader_check gives a grader its exam with it).
        Raises LLMError when there is no model or its reply cannot be had."""
        if self.llm is None:
            raise LLMError("no LLM endpoint is configured")
        points = self._points(reference.answer, answer, question, stage)
        ctx = _Context(question, answer, stage, [reference], points)
        reply = self._ask(ctx, self.llm)
        dims = [
            DimensionScore(name=name, score=given.score, reason=given.reason)
            for name, given in reply.dimension_scores().items()
        ]
        return _rubric.overall(dims, _rubric.weights(stage, self.settings.weights))

    # -- the three ways to a score ----------------------------------------------------

    def _guarded(self, ctx: _Context, verdict: GuardVerdict) -> TurnScore:
        reason = verdict.reason(self.language)
        dims = [
            DimensionScore(name=d.name, score=1, reason=reason)
            for d in _rubric.dimensions(ctx.stage)
        ]
        # not tried, so nothing was "missed"; and a question not understood is asked again
        # in other words: the notes' points and answer shown now would give it away
        if verdict.kind in ("not_mine", "not_understood"):
            ctx = replace(ctx, points=[])
        # after "I don't know" the notes' answer is the one to learn
        learn = ctx.primary is not None and verdict.kind == "not_known"
        return self._turn(
            ctx,
            "guarded",
            dims,
            ["missed"] * len(ctx.points),
            summary=" ".join(
                text for text in (self._unsent(reason), verdict.advice(self.language)) if text
            ),
            # read as the offline card reads it: no "**KV cache**" markup, cut after a sentence
            improved=from_notes(ctx.primary.answer, ctx.points, ctx.stage)
            if learn and ctx.primary
            else "",
            guard=verdict.kind,
        )

    def _unsent(self, reason: str) -> str:
        """Why the answer was not scored; "not sent to the LLM" only where there is one (an
        offline card said "Not sent to the LLM:" to a candidate who had none)."""
        if self.llm is None:
            return reason
        return prompts.GUARDED_SUMMARY.said_in(self.language).format(reason=reason)

    def _offline(self, ctx: _Context) -> TurnScore:
        # a follow-up asked generically ("what would you change?") has no answer in the notes:
        # the card says so, and shows none of their lines as the better answer
        primary = ctx.primary if ctx.points or not ctx.follow_up else None
        improved = from_notes(primary.answer, ctx.points, ctx.stage) if primary else ""
        cover = self._coverage(ctx)
        # across languages the points are compared by meaning (the embedder's, which reads
        # both) and by the ML words both say: a rougher estimate, the card says so
        across = _in_other_language(ctx, cover)
        reading = read_offline(
            ctx.stage,
            cover,
            self.language,
            follow_up=ctx.follow_up,
            across=across,
            embedder=self.embedder is not None,
        )
        weights = _rubric.weights(ctx.stage, self.settings.weights)
        return self._turn(
            replace(ctx, points=[]) if reading.unchecked else ctx,
            "offline_estimate",
            reading.dimensions,
            reading.statuses,
            said=reading.said,
            summary=prompts.OFFLINE_SUMMARY.said_in(self.language).format(details=reading.details),
            improved=improved,
            overall=reading.result.overall(weights),
        )

    def _with_llm(self, ctx: _Context, llm: LLMGateway) -> TurnScore:
        try:
            reply = self._ask(ctx, llm)
        except LLMError as exc:
            log.warning("scoring failed: %s", exc)
            error = prompts.FAILED.said_in(self.language).format(error=exc)
            return TurnScore(
                status="failed",
                overall=None,
                error=error,
                summary=error,
                references=[r.citation for r in ctx.references],
            )
        cover = self._coverage(ctx)
        evidence = Evidence(
            ctx.stage, ctx.question, ctx.answer, cover, self.embedder, self.settings.cosine_range
        )
        trusted = self.settings.grader_trusted
        checked = check_reply(reply, evidence, trusted=trusted)
        summary, improved = reply.prose()
        notes = summary.splitlines()[:1] + self._check_notes(checked)
        dims, cap_note = (checked.dimensions, None)
        if not trusted:  # a grader that passed its exam is believed on content
            dims, cap_note = self._cap(ctx, cover, checked.dimensions)
        notes += [cap_note] if cap_note else []
        overall, overall_note = self._two_readings(ctx, cover, dims, checked.trust)
        notes += [overall_note] if overall_note else []
        turn = self._turn(
            ctx,
            "llm",
            dims,
            checked.statuses,
            said=checked.said,
            summary=" ".join(notes),
            improved=improved,
        )
        return turn.model_copy(update={"overall": overall})

    def _two_readings(
        self, ctx: _Context, cover: Coverage, dims: list[DimensionScore], trust: float
    ) -> tuple[float, str | None]:
        """The overall read twice (agent._llm_bounds rule 3): the rubric's and the offline
        estimate's on the same measure, the rubric's share by how far its claims held, when
        the estimate can read the answer at all (a reference in the answer's language)."""
        weight_of = _rubric.weights(ctx.stage, self.settings.weights)
        rubric = _rubric.overall(dims, weight_of)
        if not ctx.points or _in_other_language(ctx, cover):
            return rubric, None
        offline = estimate(ctx.stage, cover, self.language).overall(weight_of)
        if self.settings.grader_trusted:
            share = self.settings.trusted_rubric_share
            overall = read_overall(rubric, offline, 100.0, share=share)
            note = prompts.TRUSTED_OVERALL_NOTE.said_in(self.language)
            return overall, note.format(
                overall=overall, rubric=rubric, offline=offline, weight=share
            )
        band = self.settings.llm_offline_band
        overall = read_overall(rubric, offline, band, trust)
        note = prompts.OVERALL_NOTE.said_in(self.language)
        said = {"rubric": rubric, "offline": offline, "weight": rubric_share(trust), "band": band}
        return overall, note.format(overall=overall, **said)

    # -- pieces -----------------------------------------------------------------------

    def _ask(self, ctx: _Context, llm: LLMGateway) -> _rubric.RubricReply:
        return llm.complete_json(
            rubric_messages(
                ctx.question, ctx.answer, ctx.stage, ctx.references, ctx.points, self.language
            ),
            _rubric.reply_model(ctx.stage, len(ctx.points)),
            temperature=0.0,
            max_tokens=_rubric.reply_token_budget(ctx.stage, len(ctx.points)),
        )

    def _check_notes(self, checked: Checked) -> list[str]:
        """What code changed in the model's reply, said on the card (agent._llm_bounds)."""
        said = [
            (prompts.DROPPED_QUOTES_NOTE, checked.dropped_quotes),
            (prompts.UNCREDITED_NOTE, checked.uncredited),
            (prompts.LOWERED_NOTE, checked.lowered),
            (prompts.RAISED_NOTE, checked.raised),
        ]
        return [text.said_in(self.language).format(count=n) for text, n in said if n]

    def _looked_up(self, question: str, stage: Stage) -> list[Reference]:
        """The notes' references for the question (agent._references): [] when the notes
        do not answer the question asked, never a neighbour's answer to another one."""
        if self.retriever is None:
            return []
        try:
            found = self.retriever.find_reference(question, stage, self.settings.reference_k)
            return chosen(question, found, self.embedder, self.settings.same_question_cosine)
        except Exception as exc:  # scoring goes on without a reference; the log says why
            log.warning("reference lookup failed, scoring without one: %s", exc)
            return []

    def _points(self, reference: str, answer: str, question: str, stage: Stage) -> list[Point]:
        """A project write-up is judged on the points the answer could address (see
        agent._addressable.addressable); other references on an even sample of the cap."""
        cap = self.settings.max_key_points
        if stage != "project":
            return key_points(reference, cap)
        every = key_points(reference, ALL_POINTS)
        return addressable(every, answer, question, cap, self.embedder, self.settings.cosine_range)

    def _coverage(self, ctx: _Context) -> Coverage:
        cosine_range = self.settings.cosine_range
        notes = ctx.primary.answer if ctx.primary else ""
        said = (ctx.points, ctx.answer, ctx.question)
        try:
            return measure(*said, self.embedder, cosine_range, ctx.backing, notes)
        except Exception as exc:  # a failing embedder leaves the lexical measure
            log.warning("embedding coverage failed, using words only: %s", exc)
            return measure(*said, None, backing=ctx.backing, notes=notes)

    def _cap(
        self, ctx: _Context, cover: Coverage, dims: list[DimensionScore]
    ) -> tuple[list[DimensionScore], str | None]:
        content = {d.name for d in _rubric.dimensions(ctx.stage) if d.content}
        if not ctx.points or not content:
            return dims, None
        mean = cover.ratio or 0.0
        cap = self.settings.cap_score
        if mean >= self.settings.cap_coverage_below or all(
            d.score <= cap for d in dims if d.name in content
        ):
            return dims, None
        capped = [
            d.model_copy(update={"score": min(d.score, cap)}) if d.name in content else d
            for d in dims
        ]
        return capped, prompts.CAPPED_NOTE.said_in(self.language).format(cap=cap, coverage=mean)

    def _turn(
        self,
        ctx: _Context,
        status: ScoreStatus,
        dims: list[DimensionScore],
        statuses: Sequence[KeyPointStatus],
        *,
        said: Sequence[str] = (),
        summary: str,
        improved: str = "",
        guard: str | None = None,
        overall: float | None = None,
    ) -> TurnScore:
        """`overall`: the estimate's own (unrounded) overall; else the dimensions' mean.
        `said`: per point, the answer's words its status was read from."""
        citation = ctx.primary.citation if ctx.primary else None
        quotes = list(said) or [""] * len(ctx.points)
        key_points = [
            KeyPoint(point=p.shown, status=s, citation=citation, said=q)
            for p, s, q in zip(ctx.points, statuses, quotes, strict=True)
        ]
        weight_of = _rubric.weights(ctx.stage, self.settings.weights)
        return TurnScore(
            status=status,
            overall=_rubric.overall(dims, weight_of) if overall is None else overall,
            dimensions=dims,
            key_points=key_points,
            improved_answer=improved,
            summary=summary,
            references=[r.citation for r in ctx.references],
            guard=guard,
        )


def _in_other_language(ctx: _Context, cover: Coverage) -> bool:
    """The answer is in another language than the reference it is measured on
    (agent._offline_reading.in_other_language); never when there is nothing to compare."""
    if ctx.primary is None or not ctx.points or not cover.content:
        return False
    return in_other_language(ctx.question, ctx.primary.answer, ctx.answer)
