"""`mianba doctor`: what works on this machine and what does not, each with its fix.

Every check is a small function returning a Check; one failing check never
stops the others (the point is to see everything on one screen).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Literal

from mianba import paths
from mianba.settings import Settings, interview_language

if TYPE_CHECKING:
    from desktop._probe import QtProbe

Status = Literal["ok", "warn", "fail"]


@dataclass(frozen=True)
class Check:
    name: str
    status: Status
    detail: str
    fix: str = ""


def run_checks(settings: Settings) -> list[Check]:
    checks: list[Callable[[Settings], Check | list[Check]]] = [
        check_data_dir,
        check_whisper_model,
        check_embedding_model,
        check_chroma_store,
        check_llm,
        check_grader,
        check_keyring,
        check_qt,
    ]
    results: list[Check] = []
    for check in checks:
        try:
            outcome = check(settings)
        except Exception as exc:  # a check that crashes is itself a finding
            outcome = Check(check.__name__.removeprefix("check_"), "fail", f"{exc}")
        results.extend(outcome if isinstance(outcome, list) else [outcome])
    return results


def as_dicts(checks: list[Check]) -> list[dict[str, str]]:
    return [asdict(check) for check in checks]


def check_data_dir(s: Settings) -> Check:
    try:
        s.home.mkdir(parents=True, exist_ok=True)
        probe = s.home / ".write-test"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        return Check(
            "data folder",
            "fail",
            f"{s.home} is not writable: {exc}",
            "Set MIANBA_HOME to a folder you can write to.",
        )
    return Check("data folder", "ok", f"{s.home} (settings: {paths.settings_file()})")


def _models_fix() -> str:
    if paths.bundle_dir() is not None:  # the installed app carries its models
        return "Reinstall Mianba (its bundled models are damaged or missing)"
    return "Run `make run` once (or `python -m mianba.setup_models`)"


def check_whisper_model(s: Settings) -> Check:
    from mianba.wiring import voice_config
    from voice import Transcriber, VoiceError

    transcriber = Transcriber(voice_config(s))
    started = time.perf_counter()
    try:
        transcriber.load()
    except VoiceError as exc:
        return Check(
            "speech model",
            "fail",
            str(exc),
            _models_fix() + ", or choose another model in Settings → Speech; "
            "typed answers still work.",
        )
    took = time.perf_counter() - started
    detail = f"{transcriber.backend} Whisper '{transcriber.model_name}', loaded in {took:.1f} s"
    if transcriber.notice:
        return Check("speech model", "warn", f"{detail}; {transcriber.notice}")
    return Check("speech model", "ok", detail)


def check_embedding_model(s: Settings) -> Check:
    from knowledge import make_embedder
    from mianba.wiring import knowledge_config

    config = knowledge_config(s)
    embedder = make_embedder(config.embedding, config.models_dir)
    vector = embedder.embed_queries(["什么是 LoRA?"])[0]
    return Check("embedding model", "ok", f"{embedder.name}, {len(vector)} dimensions")


def check_chroma_store(s: Settings) -> Check:
    from knowledge import KnowledgeBase, StoreLockedError
    from mianba.wiring import knowledge_config

    try:
        kb = KnowledgeBase(knowledge_config(s))
    except StoreLockedError as exc:
        return Check("notes store", "warn", str(exc), "Close the other Mianba window first.")
    try:
        sources, questions = kb.sources(), kb.questions()
    finally:
        kb.close()
    where = s.chroma_url or str(s.home / "chroma")
    if not sources:
        return Check(
            "notes store",
            "warn",
            f"{where}: empty",
            "Import notes with `mianba ingest PATH` (the app imports demo notes on first run).",
        )
    return Check("notes store", "ok", f"{where}: {len(sources)} files, {len(questions)} questions")


def check_llm(s: Settings) -> Check:
    if not s.llm.base_url:
        return Check(
            "LLM endpoint",
            "warn",
            "offline mode: questions come from your notes, scores are offline estimates",
            "Set an endpoint in Settings or MIANBA_LLM__BASE_URL / MIANBA_LLM__MODEL.",
        )
    from agent import LLMGateway
    from mianba.wiring import agent_config

    report = LLMGateway(agent_config(s).llm).check_connection()
    status: Status = "ok" if report.ok else "fail"
    return Check(
        "LLM endpoint",
        status,
        f"{s.llm.base_url} ({s.llm.model}): {report.summary()}",
        "" if report.ok else "Check the base URL, model name and API key.",
    )


def check_grader(s: Settings) -> list[Check]:
    """Whether the configured model passed the grader check (none in offline mode)."""
    if not s.llm.base_url:
        return []
    from agent.grader_check import describe
    from mianba.grader import latest_grader_check

    check = latest_grader_check(s)
    if check is None:
        return [
            Check(
                "grader check",
                "warn",
                "not taken: this model's scores are held near the offline estimate",
                "Run `mianba check-grader` (or Settings → Check grader).",
            )
        ]
    status: Status = "ok" if check.passed else "warn"
    fix = "" if check.passed else "A stronger model may pass; scores stay usable either way."
    return [Check("grader check", status, describe(check, "en"), fix)]


def check_keyring(s: Settings) -> Check:
    from mianba.secrets import get_api_key, keyring_status

    usable, detail = keyring_status()
    has_key = "an API key is set" if get_api_key() else "no API key stored"
    if usable:
        return Check("keyring", "ok", f"{detail}; {has_key}")
    return Check(
        "keyring",
        "warn",
        f"{detail} ({has_key})",
        "Put the key in MIANBA_LLM_API_KEY, or install a keyring backend (gnome-keyring).",
    )


def check_qt(s: Settings) -> list[Check]:
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    from desktop._probe import probe_qt

    probe = probe_qt(s.voice.tts_engine, s.voice.tts_voice, interview_language(s))
    display = Check("Qt platform", "ok", f"Qt {probe.qt_version}, platform {probe.platform}")
    if not probe.has_display:
        display = Check(
            "Qt platform",
            "warn",
            f"Qt {probe.qt_version}, no display",
            "`mianba` falls back to a typed interview in the terminal; "
            "use a desktop session or Xvfb for the window.",
        )
    mic = mic_check(probe.microphones, pulse_library_found())
    return [display, mic, tts_check(probe)]


def pulse_library_found() -> bool:
    """Qt's Linux audio backend needs libpulse; elsewhere there is nothing to find."""
    import ctypes.util
    import sys

    return not sys.platform.startswith("linux") or ctypes.util.find_library("pulse") is not None


def mic_check(microphones: list[str], pulse_found: bool) -> Check:
    if microphones:
        return Check("microphone", "ok", ", ".join(microphones))
    if not pulse_found:
        return Check(
            "microphone",
            "warn",
            "no input device: libpulse is missing, so Qt cannot list microphones",
            "Install libpulse0 (apt install libpulse0); typed answers still work.",
        )
    return Check(
        "microphone",
        "warn",
        "no microphone found",
        "Plug in a microphone and check it is enabled in the system's sound settings "
        "(PulseAudio/PipeWire); typed answers still work.",
    )


def tts_check(probe: QtProbe) -> Check:
    """Judged by the same Speaker set-up the window uses (its reason is the GUI's words)."""
    if probe.tts_off_reason:
        fix = "Questions are still shown as text."
        if not probe.tts_engines:
            fix = "Linux: apt install speech-dispatcher espeak-ng. " + fix
        elif not probe.speakers:
            fix = "Connect speakers or headphones. " + fix
        elif "speechd" in probe.tts_engines:
            fix = "Linux: check `spd-say hello` (apt install speech-dispatcher-espeak-ng). " + fix
        return Check("interviewer voice", "warn", probe.tts_off_reason, fix)
    where = f" on {probe.speakers[0]}" if probe.speakers else ""
    return Check("interviewer voice", "ok", f"{probe.tts_engine}{where}")
