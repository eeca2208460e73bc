"""The LLM gateway: the official `openai` client against any OpenAI-compatible endpoint.

    gateway = LLMGateway(config.llm)
    for delta in gateway.stream_chat(messages): ...          # question text, token by token
    score = gateway.complete_json(messages, RubricReply)    # validated pydantic object
    gateway.usage                                           # prompt/completion tokens, calls

Decisions:
- Tries: `LLMConfig.max_retries` is the number of tries per call in total (at least 1).
  429, 5xx, connection errors and timeouts are retried with exponential backoff and
  jitter (`backoff_base_s` doubling, capped at `backoff_max_s`); a `Retry-After`
  header wins over the computed wait. Other 4xx are not retried. When it gives up the
  gateway raises an `LLMError` subclass whose message says what to do.
- Streaming: retries cover opening the stream only. A stream that breaks off or ends
  without the model's finish signal raises `LLMStreamTruncatedError` carrying the
  `partial` text — never a silently shortened question. `finish_reason="length"` counts
  as truncated too.
- Structured output: see agent._llm_json (json_schema -> json_object -> prompted JSON,
  detected once per endpoint and remembered). Every reply is validated with pydantic;
  an invalid one gets exactly one second request, then `LLMOutputError`: a repair
  request carrying the validation error, or, for a reply cut off (the server's
  `max_tokens`, `max_reply_chars`, or text repeating itself: a small model looping in a
  string), the request again, warmer, without the loop.
- The API key is handed to the client only; it is kept out of reprs, logs and messages.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from agent._llm_errors import (
    LLMError,
    LLMOutputError,
    LLMRequestError,
    LLMServerError,
    LLMStreamTruncatedError,
    backoff_delay,
    client_errors,
    given_up,
    translate,
)
from agent._llm_json import (
    CUT_OFF,
    MODES,
    ModeCache,
    Sampling,
    StructuredMode,
    clip,
    repeats_itself,
    response_format,
    second_request,
    validated,
    with_schema_instruction,
)
from agent._llm_report import ConnectionReport, Usage
from agent.config import LLMConfig

__all__ = ["ConnectionReport", "LLMGateway", "Usage"]

if TYPE_CHECKING:
    from openai import OpenAI

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
Messages = list[dict[str, str]]

log = logging.getLogger(__name__)

_UNSUPPORTED_FORMAT_STATUS = (400, 415, 422)  # how endpoints say "no such response_format"


class _Ping(BaseModel):
    ok: bool


class LLMGateway:
    def __init__(
        self,
        config: LLMConfig,
        *,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        if not config.base_url:
            raise LLMError("No LLM endpoint is configured (offline mode). Set one in Settings.")
        self.config = config
        self.base_url: str = config.base_url
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._client: OpenAI | None = None
        self._modes = ModeCache(config.structured_cache)
        self._usage = Usage()
        self._last_call = Usage()
        self._lock = threading.Lock()
        self._tries = max(1, config.max_retries)
        self._stream_usage = True  # send stream_options.include_usage until the endpoint balks

    # -- public API -------------------------------------------------------------------

    @property
    def endpoint(self) -> str:
        return f"{self.base_url}|{self.config.model}"

    @property
    def usage(self) -> Usage:
        with self._lock:
            return self._usage.model_copy()

    @property
    def last_call(self) -> Usage:
        """Tokens of the most recent call alone (zeros when the endpoint reports none)."""
        with self._lock:
            return self._last_call.model_copy()

    def reset_usage(self) -> None:
        with self._lock:
            self._usage = Usage()

    @property
    def structured_mode(self) -> StructuredMode | None:
        """The remembered structured-output mode of this endpoint, None before detection."""
        return self._modes.get(self.endpoint)

    def complete(self, messages: Messages, *, temperature: float | None = None) -> str:
        """One non-streamed reply as text."""
        return self._with_retries(lambda: self._create(messages, temperature, None))

    def stream_chat(
        self, messages: Messages, *, temperature: float | None = None
    ) -> Generator[str, None, None]:
        """Token deltas of one reply. Raises LLMStreamTruncatedError (with `.partial`)."""
        stream = self._with_retries(lambda: self._open_stream(messages, Sampling(temperature)))
        yield from self._read_stream(stream)

    def complete_json(
        self,
        messages: Messages,
        schema: type[M],
        *,
        check: Callable[[M], None] | None = None,
        temperature: float | None = None,
        max_tokens: int | None = None,
    ) -> M:
        """A reply validated as `schema` (and by `check`, which raises ValueError).

        `max_tokens` bounds each reply in tokens on the server: a small model looping
        inside a string stops there instead of writing for many minutes."""
        call = Sampling(temperature, max_tokens)
        mode = self._modes.get(self.endpoint)
        if mode is None:
            mode, text = self._detect_mode(messages, schema, call)
        else:
            text = self._json_call(messages, schema, mode, call)
        try:
            return validated(text, schema, check)
        except ValueError as exc:
            problem = clip(str(exc))
        log.info("structured reply rejected, asking once again: %s", problem)
        again, call = second_request(messages, text, problem, call, self.config.temperature)
        text = self._json_call(again, schema, mode, call)
        try:
            return validated(text, schema, check)
        except ValueError as exc:
            raise LLMOutputError(
                "The model's reply did not have the required form, even when asked a second time: "
                f"{clip(str(exc))}",
                raw=text,
            ) from exc

    def check_connection(self) -> ConnectionReport:
        """Chat, streaming and structured output, one try each (for Settings and doctor)."""
        report = ConnectionReport(base_url=self.base_url, model=self.config.model)
        ping: Messages = [{"role": "user", "content": "Reply with the single word: OK"}]
        saved, self._tries = self._tries, 1
        try:
            self.complete(ping, temperature=0.0)
            report.chat_ok = True
            "".join(self.stream_chat(ping, temperature=0.0))
            report.streaming_ok = True
            ask: Messages = [{"role": "user", "content": 'Reply with the JSON {"ok": true}.'}]
            report.structured_mode = self._detect_mode(ask, _Ping, Sampling(0.0))[0]
        except LLMError as exc:
            report.error = str(exc)
        finally:
            self._tries = saved
        return report

    def unreachable(self, timeout_s: float = 3.0) -> str | None:
        """A quick look before an interview: None when the endpoint answers HTTP at all
        (any status: a server is there), else why it cannot be reached."""
        import openai

        try:
            self._client_().with_options(timeout=timeout_s).models.list()
        except (openai.APIConnectionError, openai.APITimeoutError) as exc:
            return clip(str(exc), 300)
        except openai.APIStatusError:
            return None  # 401/404/500…: the server answered; calls will say what is wrong
        return None

    # -- calls ------------------------------------------------------------------------

    def _client_(self) -> OpenAI:
        if self._client is None:
            import openai

            self._client = openai.OpenAI(
                base_url=self.base_url,
                api_key=self.config.api_key or "no-key",  # local servers take any key
                timeout=self.config.timeout_s,
                max_retries=0,  # retries are ours: backoff, Retry-After, clear give-up
            )
        return self._client

    def _create(
        self, messages: Messages, temperature: float | None, fmt: dict[str, Any] | None
    ) -> str:
        extra: dict[str, Any] = {"response_format": fmt} if fmt else {}
        response = self._client_().chat.completions.create(
            model=self.config.model,
            messages=messages,  # type: ignore[arg-type]
            temperature=self.config.temperature if temperature is None else temperature,
            **extra,
        )
        self._count(response.usage)
        if not response.choices:
            raise LLMServerError(f"The LLM endpoint at {self.base_url} returned no choices.")
        return response.choices[0].message.content or ""

    def _json_call(
        self,
        messages: Messages,
        schema: type[BaseModel],
        mode: StructuredMode,
        call: Sampling,
    ) -> str:
        # The shape goes into the prompt in every mode: some servers accept
        # response_format and quietly ignore it. The reply is streamed so that a slow
        # local model that keeps writing is never cut off by `timeout_s` (the wait for
        # the next piece), while a server that has stopped answering still is.
        prompted = with_schema_instruction(messages, schema)
        fmt = response_format(mode, schema)
        return self._with_retries(lambda: self._collect(self._open_stream(prompted, call, fmt)))

    def _collect(self, stream: Any) -> str:
        """The streamed reply's text, cut at `max_reply_chars` or where it starts repeating
        itself (closing the stream stops a runaway generation on the server), or where the
        server stopped at max_tokens; a cut text is asked for again (`second_request`)."""
        parts: list[str] = []
        size, checked, limit = 0, 0, self.config.max_reply_chars
        reader = self._read_stream(stream)
        try:
            for piece in reader:
                parts.append(piece)
                size += len(piece)
                if size > limit:
                    log.warning("structured reply cut off past %d characters", limit)
                    parts.append(CUT_OFF + "longer than the limit]")
                    break
                if size - checked >= 100:  # looking every 100 characters is enough
                    checked = size
                    if repeats_itself("".join(parts)):
                        log.warning("structured reply cut off: it repeats itself")
                        parts.append(CUT_OFF + "it repeats itself]")
                        break
        except LLMStreamTruncatedError as exc:
            if exc.reason != "length":
                raise
            log.warning("structured reply cut off at the token limit")
            parts.append(CUT_OFF + "longer than the token limit]")
        finally:
            reader.close()
        return "".join(parts)

    def _detect_mode(
        self, messages: Messages, schema: type[BaseModel], call: Sampling
    ) -> tuple[StructuredMode, str]:
        last: LLMRequestError | None = None
        for mode in MODES:
            try:
                text = self._json_call(messages, schema, mode, call)
            except LLMRequestError as exc:
                if exc.status not in _UNSUPPORTED_FORMAT_STATUS:
                    raise
                log.info("endpoint %s does not take %s output: %s", self.endpoint, mode, exc)
                last = exc
                continue
            log.info("endpoint %s: structured output via %s", self.endpoint, mode)
            self._modes.remember(self.endpoint, mode)
            return mode, text
        assert last is not None
        raise last

    def _open_stream(
        self, messages: Messages, call: Sampling, fmt: dict[str, Any] | None = None
    ) -> Any:
        import openai

        kwargs: dict[str, Any] = {
            "model": self.config.model,
            "messages": messages,
            "stream": True,
            **call.options(self.config.temperature),
            **({"response_format": fmt} if fmt else {}),
        }
        if self._stream_usage:
            kwargs["stream_options"] = {"include_usage": True}
        try:
            return self._client_().chat.completions.create(**kwargs)
        except openai.BadRequestError:
            # Older servers reject stream_options: retry without. With a response_format
            # the 400 is more likely about that, and mode detection moves on instead (the
            # prompted mode, sent without one, still finds a server that balks at both).
            if not self._stream_usage or fmt:
                raise
            self._stream_usage = False
            del kwargs["stream_options"]
            return self._client_().chat.completions.create(**kwargs)

    def _read_stream(self, stream: Any) -> Generator[str, None, None]:
        parts: list[str] = []
        finish: str | None = None
        usage = None
        try:
            for chunk in stream:
                usage = chunk.usage or usage
                for choice in chunk.choices:
                    if choice.delta is not None and choice.delta.content:
                        parts.append(choice.delta.content)
                        yield choice.delta.content
                    finish = choice.finish_reason or finish
        except client_errors() as exc:
            raise LLMStreamTruncatedError(
                f"The LLM endpoint at {self.base_url} broke off the reply midway "
                f"({translate(exc, self.base_url, self.config.timeout_s, self.config.api_key)})"
                " Try again.",
                "".join(parts),
            ) from exc
        finally:
            stream.close()
            self._count(usage)
        if finish is None or finish == "length":
            why = "hit the length limit" if finish else "ended without the model's finish signal"
            raise LLMStreamTruncatedError(
                f"The reply from the LLM endpoint at {self.base_url} was cut off ({why}). "
                "Try again.",
                "".join(parts),
                "length" if finish else "no_finish",
            )

    def _count(self, usage: Any) -> None:
        prompt = int(getattr(usage, "prompt_tokens", 0) or 0)
        completion = int(getattr(usage, "completion_tokens", 0) or 0)
        with self._lock:
            self._usage.calls += 1
            self._usage.prompt_tokens += prompt
            self._usage.completion_tokens += completion
            self._last_call = Usage(prompt_tokens=prompt, completion_tokens=completion, calls=1)
        log.info("LLM call: %d prompt + %d completion tokens", prompt, completion)

    # -- retries ----------------------------------------------------------------------

    def _with_retries(self, call: Callable[[], T]) -> T:
        caught: tuple[type[Exception], ...] = (*client_errors(), LLMError)
        for attempt in range(1, self._tries + 1):
            try:
                return call()
            except caught as exc:
                error = translate(exc, self.base_url, self.config.timeout_s, self.config.api_key)
                if not error.retryable:
                    raise error from exc
                if attempt == self._tries:
                    raise given_up(error, attempt, self.base_url, self.config.timeout_s) from exc
                delay = backoff_delay(attempt, error, self.config, self._rng.random())
                log.info(
                    "LLM call failed (%s); try %d of %d in %.1f s",
                    type(error).__name__,
                    attempt + 1,
                    self._tries,
                    delay,
                )
                self._sleep(delay)
        raise AssertionError("unreachable")
