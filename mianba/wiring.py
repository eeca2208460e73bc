"""The composition root: turns Settings into each package's own config object.

The packages never read settings or the environment; they get what is built here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mianba.secrets import get_api_key
from mianba.settings import Settings, models_dir

if TYPE_CHECKING:
    from agent import AgentConfig
    from knowledge import KnowledgeConfig
    from voice import VoiceConfig


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


def agent_config(s: Settings) -> AgentConfig:
    from agent import AgentConfig, LLMConfig

    llm = s.llm
    return AgentConfig(
        sessions_db=s.home / "sessions.sqlite",
        llm=LLMConfig(
            base_url=llm.base_url,
            model=llm.model,
            api_key=get_api_key() if llm.base_url else None,
            timeout_s=llm.timeout_s,
            max_retries=llm.max_retries,
            structured_cache=s.home / "llm_modes.json",
        ),
        language=s.interview.language,
        style=s.interview.style,
        max_follow_ups=s.interview.max_follow_ups,
    )
