"""What the offline estimate makes of one measured answer, and what its card says of it.

The estimate itself is agent._offline_scoring's; this decides what it is read against.
An answer in another language than its notes is compared by meaning (a rougher
estimate, with an embedder) or not at all (without one); a behavioral answer telling a
story of the candidate's own is judged on its form, as an answer with no reference is.
The card's one line says which of these it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from agent._answer_text import mostly_cjk
from agent._coverage import Coverage
from agent._models import DimensionScore, KeyPointStatus
from agent._offline_scoring import CONTENT_DIMENSIONS, OfflineEstimate, estimate, own_story
from agent.prompts import scoring as prompts
from knowledge import Stage


@dataclass(frozen=True)
class OfflineReading:
    result: OfflineEstimate
    dimensions: list[DimensionScore]
    details: str  # the card's line on what the content score rests on
    unchecked: bool  # the notes' points were not used: the card lists none
    said: list[str]  # per point, the answer's words its status was read from

    @property
    def statuses(self) -> list[KeyPointStatus]:
        return self.result.statuses


def read_offline(
    stage: Stage,
    cover: Coverage,
    language: str,
    *,
    follow_up: bool,
    across: bool,
    embedder: bool,
) -> OfflineReading:
    """`across`: the answer is in another language than its notes (in_other_language);
    `embedder`: one is at hand to compare the two by meaning."""
    other_language = across and not embedder
    another_story = own_story(stage, cover)
    unchecked = other_language or another_story
    if unchecked:  # nothing to check: scored as without a reference
        cover = Coverage([], 0.0, 0.0, cover.content)
    result = estimate(stage, cover, language, follow_up, rough=across)
    if other_language:
        details = prompts.OTHER_LANGUAGE_DETAILS.said_in(language)
    elif across and not another_story:
        rough = prompts.ACROSS_LANGUAGES_DETAILS.said_in(language)
        details = rough.format(details=result.details)
    elif another_story:
        details = prompts.OWN_STORY_DETAILS.said_in(language)
    elif result.coverage is None:
        details = prompts.NO_REFERENCE_DETAILS.said_in(language)
    else:  # the same words as the content reason, so the two lines agree
        details = result.details
    dimensions = result.dimensions
    if unchecked:  # the notes have a reference: say why it is unused
        dimensions = [_said_instead(d, details) for d in dimensions]
    said = [p.quote for p in cover.points]
    return OfflineReading(result, dimensions, details, unchecked, said)


def in_other_language(question: str, notes: str, answer: str) -> bool:
    """The answer is in another script than its reference (an English interview on Chinese
    notes): offline words cannot be compared across languages, so "1 of 8 covered, most of
    the answer is not in your notes" (a number or an English term matched) would judge the
    language, not the content. The question counts with the reference: a reference that is
    a row of a results table ("starcoderbase+pretrain x x") has no language of its own."""
    return mostly_cjk(answer) != mostly_cjk(f"{question}\n{notes}")


def _said_instead(dimension: DimensionScore, reason: str) -> DimensionScore:
    """A content dimension's reason when the reference could not be used ("no reference
    answer in your notes" would contradict the stronger answer shown from them)."""
    if dimension.name not in CONTENT_DIMENSIONS:
        return dimension
    return dimension.model_copy(update={"reason": reason})
