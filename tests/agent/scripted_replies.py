"""What the scripted LLM server sends: the items a test queues (tests/agent/scripted_server.py).

- `str` -> Reply(text); `dict`/`list` -> Reply(json.dumps(value))
- `Reply`: a completion, streamed in chunks when asked (`chunk_delay_s`: a slow model)
- `Status`: an OpenAI-style error
- `Slow`: sleeps, then sends `then`
- `Truncated`: a stream that stops early (no finish signal, or the connection dropped)
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass
class Reply:
    content: str
    finish_reason: str = "stop"
    usage: tuple[int, int] | None = None  # (prompt, completion); None -> counted from text
    chunk_size: int = 4  # characters per SSE chunk when streamed
    chunk_delay_s: float = 0.0  # pause before each streamed chunk: a slow model writing


@dataclass
class Status:
    code: int
    message: str = ""
    retry_after: float | None = None


@dataclass
class Slow:
    seconds: float
    then: Any = field(default_factory=lambda: Reply("late"))


@dataclass
class Truncated:
    content: str
    how: Literal["no_finish", "drop"] = "no_finish"


def as_item(value: Any) -> Any:
    """A queued value as an item: text and JSON become a Reply."""
    if isinstance(value, str):
        return Reply(value)
    if isinstance(value, dict | list):
        return Reply(json.dumps(value, ensure_ascii=False))
    return value
