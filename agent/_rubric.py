"""The rubric: which dimensions each stage is scored on, their weights, and the LLM's reply form.

The LLM scores each dimension 1-5 and marks numbered key points, in a reply whose
schema (`reply_model`) names every dimension and key point, so a constrained decoder
cannot write one the scorer rejects; `overall` (0-100)
is computed here from the weights (ScoringConfig.weights overrides the defaults),
never taken from the LLM: a dimension at 1 adds nothing, at 5 its full weight.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, create_model

from agent._models import DimensionScore, KeyPointStatus
from agent._words import Words
from knowledge import Stage


@dataclass(frozen=True)
class Dimension:
    name: str
    weight: float
    label: Words
    meaning: Words
    content: bool = False  # judged against the reference: capped when coverage is near zero


D = Dimension
RUBRIC: Mapping[Stage, tuple[Dimension, ...]] = {
    "fundamentals": (
        D(
            "correctness",
            0.35,
            Words("Correctness", "正确性"),
            Words("Is what is said right, free of conceptual errors", "说法是否正确，有无概念错误"),
            True,
        ),
        D(
            "depth",
            0.2,
            Words("Depth", "深度"),
            Words(
                "Does it explain why and how, and when it applies", "是否讲清原理、原因和适用条件"
            ),
            True,
        ),
        D(
            "key_point_coverage",
            0.3,
            Words("Key-point coverage", "要点覆盖"),
            Words("How many of the reference key points it covers", "覆盖了参考答案的哪些要点"),
            True,
        ),
        D(
            "clarity",
            0.15,
            Words("Clarity", "表达清晰"),
            Words("Is it well organised and easy to follow", "结构是否清楚、语言是否简洁"),
        ),
    ),
    "project": (
        D(
            "role_contribution",
            0.25,
            Words("Role & contribution", "角色与贡献"),
            Words(
                "Does it say what the candidate personally did", "是否说清自己做了什么、负责哪部分"
            ),
        ),
        D(
            "technical_depth",
            0.3,
            Words("Technical depth", "技术深度"),
            Words("Methods, details and reasons, not just names", "方法、细节与原理是否讲透"),
            True,
        ),
        D(
            "results_numbers",
            0.25,
            Words("Results with numbers", "结果与数据"),
            Words("Measured outcomes and how they were measured", "有无可量化的结果和评估方式"),
        ),
        D(
            "trade_offs",
            0.2,
            Words("Trade-offs", "取舍与权衡"),
            Words(
                "Alternatives considered, difficulties, trade-offs", "是否讲了备选方案、难点与取舍"
            ),
        ),
    ),
    "behavioral": (
        D(
            "star_structure",
            0.35,
            Words("STAR structure", "STAR结构"),
            Words(
                "Situation, task, action and result all present", "情境、任务、行动、结果是否完整"
            ),
        ),
        D(
            "specificity",
            0.35,
            Words("Specificity", "具体性"),
            Words("A concrete story with specifics, not generalities", "是否有具体的人、事、数据"),
        ),
        D(
            "reflection",
            0.3,
            Words("Reflection", "反思"),
            Words("What was learned or would be done differently", "是否有收获、反思或改进"),
        ),
    ),
    "self_intro": (
        D(
            "structure",
            0.35,
            Words("Structure", "结构"),
            Words(
                "Clear order: background, experience, highlights, motivation",
                "顺序是否清楚（背景、经历、亮点、动机）",
            ),
        ),
        D(
            "relevance",
            0.4,
            Words("Relevance", "相关性"),
            Words("Focused on what matters for the target role", "内容是否与目标岗位相关"),
            True,
        ),
        D(
            "concision",
            0.25,
            Words("Concision", "简洁"),
            Words("Right length, no filler", "长度是否合适、有无冗余"),
        ),
    ),
}
del D


def readable(name: str, language: str) -> str:
    """A dimension id as a person reads it; anything else (a topic) is returned as is."""
    for stage_dimensions in RUBRIC.values():
        for dimension in stage_dimensions:
            if dimension.name == name:
                return dimension.label.said_in(language)
    return name


def dimensions(stage: Stage) -> tuple[Dimension, ...]:
    return RUBRIC[stage]


def weights(stage: Stage, overrides: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """Default weights of the stage, with any configured ones for known dimensions on top."""
    chosen = {d.name: d.weight for d in RUBRIC[stage]}
    for name, weight in overrides.get(stage, {}).items():
        if name in chosen and weight >= 0:
            chosen[name] = weight
    return chosen


def overall(scores: list[DimensionScore], weight_of: Mapping[str, float]) -> float:
    """0-100 from 1-5 dimension scores: (score - 1) / 4, weighted mean."""
    total = sum(weight_of.get(s.name, 0.0) for s in scores)
    if total <= 0:
        return 0.0
    points = sum(weight_of.get(s.name, 0.0) * (s.score - 1) / 4 for s in scores)
    return round(100 * points / total, 1)


_PLACEHOLDER = re.compile(r"<[^<>]*\s[^<>]*>")  # "<one line>", not "<eos>"


def _filled(text: str) -> str:
    """A placeholder of the prompt's template copied as it stands is no text: small models
    copy "<one line>" into a field (measured with the 0.5B test model)."""
    return "" if _PLACEHOLDER.fullmatch(text.strip()) else text


Text = Annotated[str, AfterValidator(_filled)]


class PointMark(BaseModel):
    """One key point of the reply: the quote that shows it first, then the mark."""

    quote: Text = Field(description="verbatim quote or empty")
    mark: KeyPointStatus = Field(description="status")


class RubricDimension(BaseModel):
    """One dimension of the reply: the quote first, then the reason, then the score."""

    evidence: Text = Field(description="verbatim quote or empty")
    reason: Text = Field(description="why, one line")
    score: Literal[1, 2, 3, 4, 5] = Field(description="1-5")


class RubricReply(BaseModel):
    """Base of the reply models `reply_model` makes; subclasses hold the fields."""

    def dimension_scores(self) -> dict[str, RubricDimension]:
        """Dimension id -> its judgement, in rubric order."""
        dims = self.dimensions  # type: ignore[attr-defined]
        return {name: getattr(dims, name) for name in type(dims).model_fields}

    def marks(self) -> list[PointMark]:
        """Key point 1, 2, ... as the model marked them (empty when none were listed)."""
        points = getattr(self, "key_points", None)
        if points is None:
            return []
        return [getattr(points, name) for name in type(points).model_fields]

    def prose(self) -> tuple[str, str]:
        """(summary, improved answer), stripped."""
        fields = self.model_dump()
        return str(fields["summary"]).strip(), str(fields["improved_answer"]).strip()


# The reply's budget in tokens, sent as max_tokens: well above the longest complete reply
# of the 0.5B test model (it copies the answer into the summary and the improved answer
# and quotes whole sentences: complete replies of 940-1,500 tokens with the demo notes'
# six key points, measured in make test-llm; 1,660 cut a complete one), so only a reply
# that loops reaches it, and a prompt plus the budget still fits a 4,096-token slot.
REPLY_TOKENS_BASE = 1000  # braces, the summary line and the 2-4 sentence improved answer
REPLY_TOKENS_PER_DIMENSION = 150  # a quote, a one-line reason and a score
REPLY_TOKENS_PER_POINT = 120  # a quote and a mark


def reply_token_budget(stage: Stage, key_point_count: int) -> int:
    """max_tokens for the stage's rubric reply: grows with what the schema asks for."""
    return (
        REPLY_TOKENS_BASE
        + REPLY_TOKENS_PER_DIMENSION * len(RUBRIC[stage])
        + REPLY_TOKENS_PER_POINT * key_point_count
    )


@functools.cache
def reply_model(stage: Stage, key_point_count: int) -> type[RubricReply]:
    """The reply form for one stage and number of key points, as a closed schema.

    Every dimension of the stage is a required property and every key point a required
    property "1".."n" holding a quote and one status, so a constrained decoder (OpenAI
    strict mode, vLLM, llama.cpp grammars) can only write a reply the scorer accepts. Key
    points come first (each quote before its mark), then the dimensions, then the prose.
    """
    strict = ConfigDict(extra="ignore")
    dims = create_model(  # type: ignore[call-overload]
        f"Dimensions_{stage}",
        __config__=strict,
        **{d.name: (RubricDimension, Field(description=d.meaning.en)) for d in RUBRIC[stage]},
    )
    fields: dict[str, Any] = {}
    if key_point_count:
        fields["key_points"] = (
            create_model(  # type: ignore[call-overload]
                f"KeyPoints_{key_point_count}",
                __config__=strict,
                **{
                    f"p{i}": (PointMark, Field(alias=str(i))) for i in range(1, key_point_count + 1)
                },
            ),
            Field(description="each numbered key point: a quote, then its mark"),
        )
    fields["dimensions"] = (dims, ...)
    fields["summary"] = (Text, Field(description="one line"))
    fields["improved_answer"] = (Text, Field(description="a short better answer, 2-4 sentences"))
    model: type[RubricReply] = create_model(
        f"Rubric_{stage}_{key_point_count}", __base__=RubricReply, **fields
    )
    return model
