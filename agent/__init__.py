"""The interviewer: domain models, LangGraph graph, policy, prompts, LLM gateway, scoring, store."""

from agent._models import Answer, DimensionScore, KeyPoint, KeyPointStatus, ScoreStatus, TurnScore
from agent._retriever import Retriever
from agent.config import AgentConfig, LLMConfig

__all__ = [
    "AgentConfig",
    "Answer",
    "DimensionScore",
    "KeyPoint",
    "KeyPointStatus",
    "LLMConfig",
    "Retriever",
    "ScoreStatus",
    "TurnScore",
]
