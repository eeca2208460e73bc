"""The LLM gateway's errors: one hierarchy, each message written for the person at the screen.

`translate` turns an `openai` exception into one of these; the gateway raises them
only once it has given up (after retries where retrying makes sense).
"""

from __future__ import annotations

import re
from typing import Any

from agent.config import LLMConfig


class LLMError(Exception):
    """Base of every gateway error; `str(error)` is a sentence a person can act on."""

    retryable = False


class LLMTimeoutError(LLMError):
    retryable = True


class LLMConnectionError(LLMError):
    retryable = True


class LLMRateLimitError(LLMError):
    retryable = True

    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class LLMServerError(LLMError):
    retryable = True


class LLMAuthError(LLMError):
    """The endpoint refused the API key (401/403)."""


class LLMRequestError(LLMError):
    """The endpoint rejected the request itself (400/404/422 ...): model name, parameters."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class LLMStreamTruncatedError(LLMError):
    """The stream stopped before the model finished; `partial` holds what did arrive.

    `reason`: "length" (the server stopped at max_tokens: the model ran long), "no_finish"
    (the stream ended without a finish signal) or "broken" (the connection failed)."""

    def __init__(self, message: str, partial: str, reason: str = "broken") -> None:
        super().__init__(message)
        self.partial = partial
        self.reason = reason


class LLMOutputError(LLMError):
    """The reply could not be read as the required JSON, even after one repair request."""

    def __init__(self, message: str, raw: str = "") -> None:
        super().__init__(message)
        self.raw = raw


def _http_modules() -> list[Any]:
    """The HTTP libraries the installed openai may use (openai 1.x: httpx, 3.x: httpx2)."""
    import importlib

    found = []
    for name in ("httpx2", "httpx"):
        try:
            found.append(importlib.import_module(name))
        except ImportError:
            continue
    return found


def client_errors() -> tuple[type[Exception], ...]:
    """Everything a call through the openai client may raise that is not a bug of ours."""
    import openai

    return (openai.OpenAIError, *(m.HTTPError for m in _http_modules()))


def translate(exc: Exception, where: str, timeout_s: float, api_key: str | None) -> LLMError:
    """One `openai`/`httpx` exception -> our error with a human message (key scrubbed)."""
    import openai

    http = _http_modules()
    timeouts = (openai.APITimeoutError, *(m.TimeoutException for m in http))
    transport = (openai.APIConnectionError, *(m.TransportError for m in http))
    if isinstance(exc, LLMError):
        return exc
    if isinstance(exc, timeouts):
        return LLMTimeoutError(
            f"The LLM endpoint at {where} did not answer within {timeout_s:g} s."
        )
    if isinstance(exc, transport):
        return LLMConnectionError(
            f"Could not connect to the LLM endpoint at {where}: {_cause(exc, api_key)}."
        )
    if isinstance(exc, openai.APIStatusError):
        return _from_status(exc, where, api_key)
    return LLMError(f"The LLM endpoint at {where} failed: {scrub(str(exc), api_key)}")


def _from_status(exc: Any, where: str, api_key: str | None) -> LLMError:
    status = int(exc.status_code)
    detail = scrub(_server_message(exc), api_key)
    if status == 429:
        return LLMRateLimitError(
            f"The LLM endpoint at {where} is rate-limiting requests (429): {detail}",
            retry_after_s=retry_after(exc.response.headers),
        )
    if status in (401, 403):
        return LLMAuthError(
            f"The LLM endpoint at {where} refused the API key ({status}). "
            "Check the key in Settings (or MIANBA_LLM_API_KEY)."
        )
    if status >= 500:
        return LLMServerError(
            f"The LLM endpoint at {where} had a server error ({status}): {detail}"
        )
    if status == 404:
        return LLMRequestError(
            f"The LLM endpoint at {where} answered 404 ({detail}). "
            "Check the base URL (it usually ends in /v1) and the model name.",
            status,
        )
    return LLMRequestError(
        f"The LLM endpoint at {where} rejected the request ({status}): {detail}", status
    )


def backoff_delay(attempt: int, error: LLMError, config: LLMConfig, draw: float) -> float:
    """Seconds before try `attempt + 1`: Retry-After when the server said, else doubling
    from `config.backoff_base_s` up to `backoff_max_s`, jittered by `draw` (0..1)."""
    cap = config.backoff_max_s
    if isinstance(error, LLMRateLimitError) and error.retry_after_s is not None:
        return min(error.retry_after_s, cap)
    wait = min(cap, config.backoff_base_s * 2.0 ** (attempt - 1))
    return wait * (0.5 + draw / 2)  # jitter: half to full wait


def given_up(error: LLMError, tries: int, where: str, timeout_s: float) -> LLMError:
    """The error to raise once every try failed: says how often, and what to do."""
    t = f"{tries} {'try' if tries == 1 else 'tries'}"
    if isinstance(error, LLMTimeoutError):
        return LLMTimeoutError(
            f"The LLM endpoint at {where} timed out after {t} ({timeout_s:g} s each). "
            "Check the URL or raise the timeout in Settings."
        )
    if isinstance(error, LLMRateLimitError):
        return LLMRateLimitError(
            f"{error} — still limited after {t}. Wait a minute, "
            "or check the rate limits of your plan."
        )
    if isinstance(error, LLMConnectionError):
        return LLMConnectionError(
            f"{error} Gave up after {t}. Check the URL and that the server is running."
        )
    return type(error)(f"{error} — gave up after {t}. Try again later.")


def retry_after(headers: Any) -> float | None:
    """Seconds from `Retry-After` / `retry-after-ms`; None when absent or unreadable."""
    try:
        if headers.get("retry-after-ms"):
            return float(headers["retry-after-ms"]) / 1000.0
        if headers.get("retry-after"):
            return max(0.0, float(headers["retry-after"]))
    except (TypeError, ValueError):
        return _http_date_delay(headers.get("retry-after"))
    return None


def _http_date_delay(value: str | None) -> float | None:
    import email.utils
    import time

    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _server_message(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        error = body.get("error", body)
        message = error.get("message") if isinstance(error, dict) else error
        if message:
            return str(message)[:300]
    return str(getattr(exc, "message", exc))[:300]


def _cause(exc: BaseException, api_key: str | None) -> str:
    root: BaseException = exc
    while root.__cause__ is not None:
        root = root.__cause__
    return scrub(str(root) or type(root).__name__, api_key)


def scrub(text: str, api_key: str | None) -> str:
    """Remove the API key (and anything that looks like a bearer token) from a message."""
    if api_key:
        text = text.replace(api_key, "***")
    return re.sub(r"(?i)(bearer\s+)\S+", r"\1***", text)
