"""The composition root: turns Settings into each package's config and its services.

The packages never read settings or the environment; they get what is built here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

from mianba.secrets import get_api_key
from mianba.settings import Settings, interview_language, models_dir

if TYPE_CHECKING:
    from agent import AgentConfig, Interviewer, LLMGateway
    from knowledge import KnowledgeBase, KnowledgeConfig
    from voice import Transcriber, VoiceConfig


def knowledge_config(s: Settings) -> KnowledgeConfig:
    from knowledge import EmbeddingConfig, KnowledgeConfig

    emb = s.embedding
    return KnowledgeConfig(
        data_dir=s.home,
        chroma_url=s.chroma_url,
        models_dir=models_dir(s),
        embedding=EmbeddingConfig(
            provider=emb.provider,
            offline_model=emb.offline_model,
            base_url=emb.base_url or s.llm.base_url,
            model=emb.model,
            api_key=get_api_key() if emb.provider == "openai" else None,
        ),
    )


def voice_config(s: Settings) -> VoiceConfig:
    from voice import VoiceConfig

    v = s.voice
    return VoiceConfig(
        models_dir=models_dir(s),
        backend=v.backend,
        model=v.model,
        language=v.language,
        script=v.script,
        base_url=v.base_url or s.llm.base_url,
        api_key=get_api_key() if v.backend == "openai" else None,
        remote_model=v.remote_model,
    )


def grader_checks_path(s: Settings) -> Path:
    """Where the grader checks (agent.grader_check) of each endpoint and model are kept."""
    return s.home / "grader_checks.json"


def grader_trusted(s: Settings) -> bool:
    """The configured model passed the grader check in the interview's language."""
    return interview_language(s) in trusted_languages(s)


def trusted_languages(s: Settings) -> list[Literal["zh", "en"]]:
    """The interview languages the configured model passed the grader check in: a session
    is scored as its own language says (a Chinese session reviewed after the setting
    became English is still judged as Chinese: AgentConfig.in_language)."""
    from agent.grader_check import passed

    llm = s.llm
    if not llm.base_url:
        return []
    path = grader_checks_path(s)
    languages: tuple[Literal["zh", "en"], ...] = ("zh", "en")
    return [lang for lang in languages if passed(path, llm.base_url, llm.model, lang)]


def agent_config(s: Settings) -> AgentConfig:
    from agent import AgentConfig, LLMConfig, ScoringConfig

    llm, trusted = s.llm, trusted_languages(s)
    return AgentConfig(
        sessions_db=s.home / "sessions.sqlite",
        llm=LLMConfig(
            base_url=llm.base_url,
            model=llm.model,
            api_key=get_api_key() if llm.base_url else None,
            timeout_s=llm.timeout_s,
            max_retries=llm.max_retries,
            max_reply_chars=llm.max_reply_chars,
            structured_cache=s.home / "llm_modes.json",
        ),
        language=interview_language(s),
        style=s.interview.style,
        max_follow_ups=s.interview.max_follow_ups,
        scoring=ScoringConfig(
            grader_trusted=interview_language(s) in trusted, trusted_languages=trusted
        ),
    )


def open_knowledge_base(s: Settings) -> KnowledgeBase:
    from knowledge import KnowledgeBase

    return KnowledgeBase(knowledge_config(s))


def make_gateway(s: Settings, api_key: str | None = None) -> LLMGateway:
    """The LLM gateway for the configured endpoint (a key given here wins, for testing one)."""
    from agent import LLMGateway

    llm = agent_config(s).llm
    if api_key:
        llm = llm.model_copy(update={"api_key": api_key})
    return LLMGateway(llm)


def make_interviewer(s: Settings, knowledge_base: KnowledgeBase) -> Interviewer:
    """Offline (question bank + offline estimates) when no LLM endpoint is set."""
    from agent import Interviewer

    llm = make_gateway(s) if s.llm.base_url else None
    return Interviewer(agent_config(s), knowledge_base, llm=llm, embedder=knowledge_base.embedder)


def note_terms(knowledge_base: KnowledgeBase) -> list[str]:
    """The technical terms of the imported notes, most frequent first (for Whisper)."""
    from voice import extract_terms

    return extract_terms(f"{q.question}\n{q.answer}" for q in knowledge_base.questions())


def make_transcriber(s: Settings, knowledge_base: KnowledgeBase | None = None) -> Transcriber:
    """A transcriber primed with the technical terms of the candidate's notes."""
    from voice import Transcriber

    terms = note_terms(knowledge_base) if knowledge_base is not None else []
    return Transcriber(voice_config(s), terms=terms)
