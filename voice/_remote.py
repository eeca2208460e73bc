"""The remote backend: any OpenAI-compatible POST /v1/audio/transcriptions endpoint."""

from __future__ import annotations

import io
import logging
from typing import Any

import numpy as np

from voice._audio import SAMPLE_RATE
from voice._errors import TranscriptionError
from voice._segments import Segment, Word
from voice.config import VoiceConfig

log = logging.getLogger(__name__)

# OpenAI answers with language names ("chinese"); compatible servers often with codes
_LANGUAGE_NAMES = {"chinese": "zh", "mandarin": "zh", "english": "en", "japanese": "ja"}


class RemoteWhisper:
    def __init__(self, config: VoiceConfig) -> None:
        if not config.base_url:
            raise TranscriptionError(
                "The remote speech backend needs a base URL (Settings → Voice → Endpoint)."
            )
        import openai

        self.name = config.remote_model
        self._client = openai.OpenAI(
            base_url=config.base_url,
            api_key=config.api_key or "not-needed",  # local servers accept any key
            timeout=config.timeout_s,
            max_retries=2,
        )

    def transcribe(
        self, audio: np.ndarray, *, language: str | None, prompt: str | None = None
    ) -> tuple[list[Segment], str]:
        options: dict[str, Any] = {"model": self.name, "response_format": "verbose_json"}
        if language:
            options["language"] = language
        if prompt:
            options["prompt"] = prompt
        try:
            reply = self._client.audio.transcriptions.create(
                file=("answer.wav", _wav_bytes(audio), "audio/wav"), **options
            )
        except Exception as exc:
            raise TranscriptionError(_explain(exc, self._client.base_url)) from exc
        return _segments(reply, audio), _language(reply, language)


def _wav_bytes(audio: np.ndarray) -> bytes:
    import soundfile

    buffer = io.BytesIO()
    soundfile.write(buffer, np.clip(audio, -1, 1), SAMPLE_RATE, format="WAV", subtype="PCM_16")
    return buffer.getvalue()


def _segments(reply: Any, audio: np.ndarray) -> list[Segment]:
    raw = getattr(reply, "segments", None) or []
    words = [
        Word(start=float(w.start), end=float(w.end), text=str(w.word))
        for w in (getattr(reply, "words", None) or [])
    ]
    if not raw:  # a plain {"text": ...} reply: one segment over the whole audio
        text = str(getattr(reply, "text", "") or "")
        return [Segment(start=0.0, end=audio.size / SAMPLE_RATE, text=text, words=words)]
    segments = []
    for s in raw:
        start, end = float(s.start), float(s.end)
        inside = [w for w in words if start <= w.start < end]
        segments.append(Segment(start=start, end=end, text=str(s.text), words=inside))
    return segments


def _language(reply: Any, requested: str | None) -> str:
    said = str(getattr(reply, "language", "") or "").strip().lower()
    return _LANGUAGE_NAMES.get(said, said[:2] if len(said) == 2 else (requested or "en"))


def _explain(exc: Exception, base_url: object) -> str:
    import openai

    where = f"the speech endpoint {base_url}"
    if isinstance(exc, openai.APITimeoutError):
        return f"{where} did not answer in time. Try again or switch to the local model."
    if isinstance(exc, openai.APIConnectionError):
        return f"Cannot reach {where}. Check the URL and your connection, or use the local model."
    if isinstance(exc, openai.AuthenticationError):
        return f"{where} rejected the API key. Check the key in Settings."
    if isinstance(exc, openai.APIStatusError):
        return f"{where} refused the audio (HTTP {exc.status_code}): {_detail(exc)}"
    return f"{where} sent a reply we could not read ({type(exc).__name__}: {exc})."


def _detail(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict) and err.get("message"):
            return str(err["message"])[:200]
    return str(getattr(exc, "message", exc))[:200]
