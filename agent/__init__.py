"""The interviewer: domain models, LangGraph graph, policy, prompts, LLM gateway, scoring, store."""

from agent._answer_text import mostly_cjk
from agent._events import (
    AwaitingAnswer,
    Finished,
    InterviewEvent,
    QuestionAsked,
    QuestionDelta,
    ScoreReady,
    StageChanged,
)
from agent._export import ExportFormat, render_session
from agent._export_text import rough_estimates
from agent._html import LOOK_WORDS, Look, feedback_html, report_html, turn_html
from agent._labels import (
    BASIS_LABELS,
    KEY_POINT_LABELS,
    OPTION_LABELS,
    SCORE_LABELS,
    Words,
    basis_label,
    dimension_label,
    is_stage_name,
    label_of,
    score_label,
    stage_title,
    topic_title,
)
from agent._llm_errors import (
    LLMAuthError,
    LLMConnectionError,
    LLMError,
    LLMOutputError,
    LLMRateLimitError,
    LLMRequestError,
    LLMServerError,
    LLMStreamTruncatedError,
    LLMTimeoutError,
)
from agent._models import Answer, DimensionScore, KeyPoint, KeyPointStatus, ScoreStatus, TurnScore
from agent._retriever import Retriever
from agent._turn import Turn
from agent.config import AgentConfig, LLMConfig, ScoringConfig
from agent.interviewer import Interviewer
from agent.llm import ConnectionReport, LLMGateway, Usage
from agent.report import Report, WeakTopic, current_report, dimensions_by_stage
from agent.scoring import Scorer
from agent.state import InterviewOptions
from agent.store import SessionNotFound, SessionRecord, SessionStore, SessionSummary

__all__ = [
    "BASIS_LABELS",
    "KEY_POINT_LABELS",
    "LOOK_WORDS",
    "OPTION_LABELS",
    "SCORE_LABELS",
    "AgentConfig",
    "Answer",
    "AwaitingAnswer",
    "ConnectionReport",
    "DimensionScore",
    "ExportFormat",
    "Finished",
    "InterviewEvent",
    "InterviewOptions",
    "Interviewer",
    "KeyPoint",
    "KeyPointStatus",
    "LLMAuthError",
    "LLMConfig",
    "LLMConnectionError",
    "LLMError",
    "LLMGateway",
    "LLMOutputError",
    "LLMRateLimitError",
    "LLMRequestError",
    "LLMServerError",
    "LLMStreamTruncatedError",
    "LLMTimeoutError",
    "Look",
    "QuestionAsked",
    "QuestionDelta",
    "Report",
    "Retriever",
    "ScoreReady",
    "ScoreStatus",
    "Scorer",
    "ScoringConfig",
    "SessionNotFound",
    "SessionRecord",
    "SessionStore",
    "SessionSummary",
    "StageChanged",
    "Turn",
    "TurnScore",
    "Usage",
    "WeakTopic",
    "Words",
    "basis_label",
    "current_report",
    "dimension_label",
    "dimensions_by_stage",
    "feedback_html",
    "is_stage_name",
    "label_of",
    "mostly_cjk",
    "render_session",
    "report_html",
    "rough_estimates",
    "score_label",
    "stage_title",
    "topic_title",
    "turn_html",
]
