"""Structured output for the gateway: the three ways to ask for JSON, reading and
validating replies, the one repair request, the cache.

Endpoints differ: OpenAI and vLLM take `response_format={"type": "json_schema"}`,
many compatible servers only take `{"type": "json_object"}`, and some take neither.
The gateway tries them in that order once per endpoint (base URL + model), keeps the
first that works in memory, and optionally in a small JSON file so the next start
does not probe again.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
Messages = list[dict[str, str]]
StructuredMode = Literal["json_schema", "json_object", "prompt"]
MODES: tuple[StructuredMode, ...] = ("json_schema", "json_object", "prompt")

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class Sampling:
    """How one structured reply is asked for (None: the endpoint's or config's default)."""

    temperature: float | None = None
    max_tokens: int | None = None
    frequency_penalty: float | None = None

    def options(self, default_temperature: float) -> dict[str, Any]:
        """The request's sampling keyword arguments for the openai client."""
        given = {"max_tokens": self.max_tokens, "frequency_penalty": self.frequency_penalty}
        temperature = default_temperature if self.temperature is None else self.temperature
        return {"temperature": temperature} | {k: v for k, v in given.items() if v}


_SCHEMA_INSTRUCTION = (
    "Reply with exactly one JSON object and nothing else (no prose, no code fences), "
    "with these keys in this order, each <...> filled in:\n{shape}"
)
# Keys pydantic writes that the strict subset (OpenAI strict mode) does not take or need.
_DROPPED_KEYS = frozenset({"title", "default", "examples", "$defs"})


def strict_schema(schema: type[BaseModel]) -> dict[str, Any]:
    """The model's JSON Schema closed for constrained decoding.

    References inlined, every object `additionalProperties: false` with all its properties
    required: valid for OpenAI strict mode, and what llama.cpp turns into a grammar.
    """
    raw = schema.model_json_schema()
    closed: dict[str, Any] = _closed(raw, raw.get("$defs", {}))
    return closed


def _closed(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, list):
        return [_closed(item, defs) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target = defs[node["$ref"].rsplit("/", 1)[-1]]
        merged = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        return _closed(merged, defs)
    closed = {k: _closed(v, defs) for k, v in node.items() if k not in _DROPPED_KEYS}
    if closed.get("type") == "object" or "properties" in closed:
        closed["type"] = "object"
        closed.setdefault("properties", {})
        closed["required"] = list(closed["properties"])
        closed["additionalProperties"] = False
    return closed


def response_format(mode: StructuredMode, schema: type[BaseModel]) -> dict[str, Any] | None:
    if mode == "json_schema":
        return {
            "type": "json_schema",
            "json_schema": {
                "name": schema.__name__,
                "schema": strict_schema(schema),
                "strict": True,
            },
        }
    if mode == "json_object":
        return {"type": "json_object"}
    return None


def with_schema_instruction(
    messages: list[dict[str, str]], schema: type[BaseModel]
) -> list[dict[str, str]]:
    """Append the reply's shape to the system message (json_object and prompt modes carry
    no schema, and some servers ignore response_format): a compact template, not the
    schema, so a small model reads a few dozen tokens instead of hundreds."""
    instruction = _SCHEMA_INSTRUCTION.format(shape=shape(strict_schema(schema)))
    if messages and messages[0].get("role") == "system":
        first = {**messages[0], "content": messages[0]["content"] + "\n\n" + instruction}
        return [first, *messages[1:]]
    return [{"role": "system", "content": instruction}, *messages]


def shape(node: dict[str, Any]) -> str:
    """A one-line template of a closed schema: {"key": "<what>", "n": <1..5>, ...}.

    A field with a description shows it as a placeholder rather than listing its allowed
    values: a small model copies a listed "hit|partly|missed" into its reply in that
    order (measured with the 0.5B test model), the placeholder it has to fill.
    """
    if node.get("type") == "object":
        inner = ", ".join(f'"{k}": {shape(v)}' for k, v in node["properties"].items())
        return "{" + inner + "}"
    if node.get("type") == "array":
        return "[" + shape(node.get("items", {})) + ", ...]"
    described = node.get("description")
    if "enum" in node:
        what = described or "|".join(str(v) for v in node["enum"])
        return f'"<{what}>"' if node.get("type") == "string" else f"<{what}>"
    if node.get("type") == "string":
        return '"<' + str(described or "text").replace('"', "'") + '>"'
    if node.get("type") == "boolean":
        return "true|false"
    return str(node.get("type", "value"))


def extract_json(text: str) -> Any:
    """The JSON object in a reply, tolerating code fences and prose around it.

    Raises ValueError with a message that can be sent back to the model.
    """
    stripped = text.strip()
    fenced = re.search(r"```(?:json)?\s*(.*?)```", stripped, re.DOTALL)
    if fenced:
        stripped = fenced.group(1).strip()
    start, end = stripped.find("{"), stripped.rfind("}")
    if start < 0:
        raise ValueError("the reply contains no JSON object")
    candidate = stripped[start : end + 1] if end > start else stripped[start:]
    try:
        return json.loads(candidate)
    except json.JSONDecodeError as exc:
        raise ValueError(f"the reply is not valid JSON ({exc.msg} at character {exc.pos})") from exc


REPAIR_REQUEST = (
    "Your previous reply could not be accepted: {problem}\n"
    "Reply again with only the corrected JSON object, complete, with every required field, "
    "every text field short."
)


def validated(text: str, schema: type[M], check: Callable[[M], None] | None = None) -> M:
    """The reply as `schema`, and passing `check`; ValueError (pydantic's too) if not."""
    value = schema.model_validate(extract_json(text))
    if check is not None:
        check(value)
    return value


# How a reply the gateway stopped reading ends; such a reply is asked for again afresh.
CUT_OFF = "\n[cut off: "
RERUN_REQUEST = (
    "Your previous reply repeated itself until it was cut off. Reply again: every text "
    "field one short sentence, never repeating itself."
)
# A small model at low temperature loops the same way again; warmer and with a light
# penalty on repeated tokens its second reply was valid 4 times in 4 (0.5B test model).
RERUN_TEMPERATURE_RISE = 0.4
RERUN_FREQUENCY_PENALTY = 0.3


def was_cut(text: str) -> bool:
    return CUT_OFF in text


def repeats_itself(text: str, times: int = 4, shortest: int = 8, longest: int = 120) -> bool:
    """True when the text ends in one piece (not only spaces) said `times` times over: a
    small model looping inside a string, which would otherwise write to the token limit."""
    tail = text[-longest * times :]
    for period in range(shortest, min(longest, len(tail) // times) + 1):
        unit = tail[-period:]
        if unit.strip() and tail.endswith(unit * times):
            return True
    return False


def rerun_messages(messages: Messages) -> Messages:
    """The second request after a cut-off reply: the conversation again, without the
    runaway text (echoed back, the model copies the loop: measured with the 0.5B model)."""
    return [*messages, {"role": "user", "content": RERUN_REQUEST}]


def second_request(
    messages: Messages, rejected: str, problem: str, call: Sampling, default_temperature: float
) -> tuple[Messages, Sampling]:
    """The one request after an invalid reply, and how it is sampled: a repair request,
    or for a reply cut off, the request again, warmer, penalising repetition."""
    if not was_cut(rejected):
        return repair_messages(messages, rejected, problem), call
    warmer = default_temperature if call.temperature is None else call.temperature
    rerun = dataclasses.replace(
        call,
        temperature=min(1.0, warmer + RERUN_TEMPERATURE_RISE),
        frequency_penalty=RERUN_FREQUENCY_PENALTY,
    )
    return rerun_messages(messages), rerun


def repair_messages(messages: Messages, rejected: str, problem: str) -> Messages:
    """The one repair request: the conversation, the rejected reply clipped (a cut one must
    not fill the model's context again) and what was wrong with it."""
    return [
        *messages,
        {"role": "assistant", "content": clip(rejected)},
        {"role": "user", "content": REPAIR_REQUEST.format(problem=problem)},
    ]


def clip(text: str, limit: int = 1500) -> str:
    return text if len(text) <= limit else text[:limit] + " …"


class ModeCache:
    """Which structured mode works for each endpoint: memory first, then the optional file."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._known: dict[str, StructuredMode] = self._load()

    def get(self, endpoint: str) -> StructuredMode | None:
        return self._known.get(endpoint)

    def remember(self, endpoint: str, mode: StructuredMode) -> None:
        if self._known.get(endpoint) == mode:
            return
        self._known[endpoint] = mode
        self._save()

    def _load(self) -> dict[str, StructuredMode]:
        if self._path is None or not self._path.exists():
            return {}
        try:
            data = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable structured-output cache %s: %s", self._path, exc)
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): v for k, v in data.items() if v in MODES}

    def _save(self) -> None:
        if self._path is None:
            return
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self._known, indent=1), encoding="utf-8")
            tmp.replace(self._path)
        except OSError as exc:  # a cache that cannot be written only costs a probe next time
            log.warning("could not write structured-output cache %s: %s", self._path, exc)
