"""What the LLM gateway reports: token usage, and the "Test connection" result."""

from __future__ import annotations

from pydantic import BaseModel

from agent._llm_json import StructuredMode


class Usage(BaseModel):
    """Token usage summed over the calls of one gateway (one session)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


class ConnectionReport(BaseModel):
    """What "Test connection" found; `summary()` is one line for Settings and doctor."""

    base_url: str
    model: str
    chat_ok: bool = False
    streaming_ok: bool = False
    structured_mode: StructuredMode | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.chat_ok and self.streaming_ok and self.structured_mode is not None

    def summary(self) -> str:
        if self.ok:
            return f"chat and streaming work; structured output via {self.structured_mode}"
        done = [
            name
            for name, good in (("chat", self.chat_ok), ("streaming", self.streaming_ok))
            if good
        ]
        works = f" ({' and '.join(done)} work)" if done else ""
        return f"{self.error or 'not working'}{works}"
