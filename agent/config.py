"""Configuration handed to the agent package by the shell."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field


class LLMConfig(BaseModel):
    base_url: str | None = None  # None -> offline mode
    model: str = "gpt-4o-mini"
    api_key: str | None = Field(default=None, repr=False)  # never in reprs or logs
    timeout_s: float = 60.0
    max_retries: int = 3  # tries per call in total (at least 1), see agent.llm
    # A structured reply longer than this is cut off and treated as invalid: a small model
    # can loop inside a JSON string until its context is full (the 0.5B test model wrote
    # 2,773 tokens in 11 minutes once); a normal rubric reply is 600-1,500 characters.
    max_reply_chars: int = 4000
    temperature: float = 0.4
    backoff_base_s: float = 1.0  # first retry waits about this long, then doubles (with jitter)
    backoff_max_s: float = 30.0  # cap for one wait, Retry-After included
    structured_cache: Path | None = None  # JSON file remembering each endpoint's output mode


class ScoringConfig(BaseModel):
    """Weights and thresholds of the scorer; overall = weighted mean of dimensions, by code."""

    # stage -> dimension -> weight; dimension names are fixed by agent._rubric
    weights: dict[str, dict[str, float]] = Field(default_factory=dict)  # empty -> rubric defaults
    reference_k: int = 3  # reference questions fetched from the notes per answer
    # a bank question worded otherwise is the one asked only this close in meaning (the
    # offline embedder: paraphrases 0.8, "QLoRA vs LoRA" 0.67, other questions <= 0.55)
    same_question_cosine: float = 0.6
    max_key_points: int = 8
    min_answer_units: int = 5  # fewer words (en) / characters (zh) -> "too short"
    repeat_similarity: float = 0.8  # this similar to an earlier answer -> "repeated"
    off_topic_cosine: float = 0.2  # below this (embeddings) and no shared words -> off-topic
    # cosine of unrelated texts .. of paraphrases for the offline embedder (USE multilingual)
    coverage_cosine_low: float = 0.3
    coverage_cosine_high: float = 0.6
    cap_coverage_below: float = 0.1  # measured key-point coverage under this caps content scores
    cap_score: int = 2  # ... at this score (1-5)
    # LLM mode: the overall is the rubric's and the offline estimate's, half each, and at most
    # this far (of 100) from the estimate (agent._llm_bounds rule 3); 100 leaves the halves
    llm_offline_band: float = Field(default=15.0, ge=0.0, le=100.0)
    # a grader that passed its exam (agent.grader_check): its marks and scores stand as it
    # gave them, and its overall has this share beside the estimate's, with no band
    grader_trusted: bool = False
    # the interview languages the configured model passed its check in (None: grader_trusted
    # holds as given); AgentConfig.in_language sets grader_trusted for a session's language
    trusted_languages: list[Literal["zh", "en"]] | None = None
    trusted_rubric_share: float = Field(default=0.8, ge=0.5, le=1.0)

    @property
    def cosine_range(self) -> tuple[float, float]:
        """Cosines of unrelated texts .. of paraphrases, for agent._coverage."""
        return (self.coverage_cosine_low, self.coverage_cosine_high)


class AgentConfig(BaseModel):
    sessions_db: Path  # <MIANBA_HOME>/sessions.sqlite
    llm: LLMConfig = LLMConfig()
    language: Literal["zh", "en"] = "zh"
    style: Literal["friendly", "neutral", "pressure"] = "neutral"
    max_follow_ups: int = 2
    scoring: ScoringConfig = ScoringConfig()
    # Interview budgets and thresholds used by agent.policy (every decision is code).
    minutes_per_question: float = 3.0  # a 30-minute round -> about 10 questions
    follow_up_below: float = 0.6  # key-point coverage under this invites a follow-up
    avoid_recent_sessions: int = 3  # questions asked in these many past sessions come last
    weak_topic_below: float = 60.0  # past overall scores under this make a topic "weak"
    scoring_workers: int = 2  # threads scoring answers while the next question streams
    score_wait_s: float = 180.0  # how long the wrap-up waits for scores still running

    def in_language(self, language: str) -> AgentConfig:
        """This config for scoring in `language` (a session's own, not the settings'): its
        grader is trusted only if it passed the check in that language."""
        if language not in ("zh", "en"):
            raise ValueError(f"no interview language {language!r} (zh or en)")
        scoring = self.scoring
        if scoring.trusted_languages is not None:
            trusted = language in scoring.trusted_languages
            scoring = scoring.model_copy(update={"grader_trusted": trusted})
        return self.model_copy(update={"language": language, "scoring": scoring})
