"""User settings: a TOML file in the user config dir, overridden by MIANBA_* variables.

Only this module reads the settings file and the environment; the packages get
their own pydantic config objects from mianba.wiring. Secrets never live here.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from mianba import paths

log = logging.getLogger(__name__)


class LLMSettings(BaseModel):
    preset: str = "custom"
    base_url: str | None = None  # empty -> offline mode
    model: str = "gpt-4o-mini"
    timeout_s: float = 60.0
    max_retries: int = 3
    max_reply_chars: int = 4000  # a longer structured reply is cut off (a small model looping)


class EmbeddingSettings(BaseModel):
    provider: Literal["offline", "openai"] = "offline"
    offline_model: Literal["use-multilingual", "e5-small"] = "use-multilingual"
    base_url: str | None = None
    model: str = "text-embedding-3-small"


class VoiceSettings(BaseModel):
    backend: Literal["local", "openai"] = "local"
    model: str = "base"
    language: Literal["zh", "en", "auto"] = "zh"
    script: Literal["simplified", "traditional"] = "simplified"
    base_url: str | None = None
    remote_model: str = "whisper-1"
    microphone: str | None = None  # device id; None -> system default
    # "pause": hands-free, the recording stops after a pause; "manual": only Stop ends it
    stop_mode: Literal["pause", "manual"] = "pause"
    silence_stop_s: float = 3.0  # the pause that ends a hands-free answer (longer per stage)
    tts_engine: str | None = None  # None -> Qt's default engine; "off" disables
    tts_voice: str | None = None


class InterviewSettings(BaseModel):
    # None until the user picks one: the window proposes its own language, the terminal
    # the UI setting's (see interview_language); an explicit choice is kept
    language: Literal["zh", "en"] | None = None
    mode: Literal["practice", "mock"] = "practice"
    style: Literal["friendly", "neutral", "pressure"] = "neutral"
    minutes: int = 30
    max_follow_ups: int = 2
    input: Literal["typed", "voice"] = "typed"  # "Answer by": the last choice is kept


class UiSettings(BaseModel):
    language: Literal["system", "zh", "en"] = "system"
    theme: Literal["system", "light", "dark"] = "system"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MIANBA_", env_nested_delimiter="__", extra="ignore"
    )

    home: Path = Field(default_factory=paths.data_home)
    models_dir: Path | None = None  # MIANBA_MODELS_DIR; default <home>/models
    chroma_url: str | None = None
    note_sources: list[Path] = Field(default_factory=list)
    llm: LLMSettings = LLMSettings()
    embedding: EmbeddingSettings = EmbeddingSettings()
    voice: VoiceSettings = VoiceSettings()
    interview: InterviewSettings = InterviewSettings()
    ui: UiSettings = UiSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=paths.settings_file())
        return (init_settings, env_settings, toml)


def interview_language(settings: Settings) -> Literal["zh", "en"]:
    """The interview language outside the window: the one chosen, else the UI language
    when one is set, else Chinese (the window proposes its own language instead)."""
    if settings.interview.language is not None:
        return settings.interview.language
    return "en" if settings.ui.language == "en" else "zh"


def models_dir(settings: Settings) -> Path:
    """Assembled model files; several homes (tests, benchmarks) may share one folder.

    A frozen build first fills it from the models it carries (see mianba.bundle); where
    that folder cannot be written, the bundled copy itself is used.
    """
    folder = settings.models_dir or settings.home / "models"
    bundle = paths.bundle_dir()
    if bundle is None or not (bundle / "models").is_dir():
        return folder
    from mianba.bundle import seed_models

    try:
        seed_models(bundle / "models", folder)
    except OSError as exc:
        log.warning(
            "could not copy the bundled models into %s (%s); using them in place", folder, exc
        )
        return bundle / "models"
    return folder


def load_settings(**overrides: Any) -> Settings:
    return Settings(**overrides)


class _FileSettings(Settings):
    """The settings file alone, without MIANBA_* variables: what saving must keep."""

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            TomlConfigSettingsSource(settings_cls, toml_file=paths.settings_file()),
        )


_UNSAVED = {"home", "models_dir"}


def _dump(settings: Settings) -> dict[str, Any]:
    return settings.model_dump(mode="json", exclude_none=True, exclude=_UNSAVED)


def _keep_file_values(data: dict[str, Any], env: dict[str, Any], file: dict[str, Any]) -> None:
    """Where a value is still the one an environment variable gave, write the file's own."""
    for key in set(env) | set(data):
        here, there, own = data.get(key), env.get(key), file.get(key)
        if isinstance(here, dict) and isinstance(there, dict):
            _keep_file_values(here, there, own if isinstance(own, dict) else {})
        elif here == there and there != own:
            if own is None:
                data.pop(key, None)
            else:
                data[key] = own


def save_settings(settings: Settings) -> Path:
    """Write the settings file (never a secret: the API key lives in the keyring).

    An environment override stays an override: a value the user did not change from
    what a MIANBA_* variable set is written as the file had it (or left out)."""
    import tomli_w

    target = paths.settings_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    data = _dump(settings)
    _keep_file_values(data, _dump(Settings()), _dump(_FileSettings()))
    tmp = target.with_suffix(".toml.tmp")
    tmp.write_text(tomli_w.dumps(data), encoding="utf-8")
    tmp.replace(target)
    return target
