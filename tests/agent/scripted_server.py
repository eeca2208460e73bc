"""A real OpenAI-compatible HTTP server on 127.0.0.1 that answers from a script.

Tests drive the real `openai` client (through agent.LLMGateway or directly) against it:

    with ScriptedLLMServer() as server:            # or the `scripted_llm` pytest fixture
        config = LLMConfig(base_url=server.base_url, model="scripted", api_key="sk-test")
        server.push("Hello")                       # next chat reply (streamed if asked)
        server.push(Status(429, retry_after=0.05), Reply('{"ok": true}'))
        server.on_chat = lambda request: Reply("...")   # decide per request when queue empty
        server.reject_formats = {"json_schema"}    # 400 for that response_format type
        ...
        server.chat_requests[-1].system_text       # what the client sent

Endpoints: POST /v1/chat/completions (JSON, or SSE when `"stream": true`: `data: {chunk}`
lines, a final chunk with finish_reason, a usage chunk when
`stream_options.include_usage`, then `data: [DONE]`), GET /v1/models, POST
/v1/embeddings (deterministic hashed char-bigram vectors: similar texts get similar
vectors; float lists, or base64 float32 as the openai client asks by default).

What a chat request gets, in order: 400 if its response_format type is in
`reject_formats` (does not use up the script); else the next queued item; else
`on_chat(request)`; else a 500 saying nothing was scripted (and `unscripted` counts it).
Items (anything `on_chat` returns is read the same way):

- `str` -> Reply(text); `dict`/`list` -> Reply(json.dumps(value))
- `Reply(content, finish_reason="stop", usage=(prompt, completion), chunk_size=4,
  chunk_delay_s=0.0)` (the delay comes before each streamed chunk: a slow model)
- `Status(code, message="", retry_after=None)` -> an OpenAI-style error body
- `Slow(seconds, then)` -> sleeps (past the client's timeout, say), then sends `then`
- `Truncated(content, how="no_finish" | "drop")` -> a stream that stops early: either it
  ends cleanly without finish_reason or [DONE], or the connection is dropped mid-body.
  For a non-stream request both send a body cut in half.

A request's `max_tokens` is honoured as a server does it, counting tokens roughly as a
BPE tokenizer does (a CJK character one token, other text four characters a token): a
longer reply is cut there and finishes with finish_reason "length".
"""

from __future__ import annotations

import base64
import collections
import contextlib
import dataclasses
import hashlib
import json
import math
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from scripted_replies import Reply, Slow, Status, Truncated, as_item

EMBEDDING_DIM = 64


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # names lower-cased
    body: Any
    at: float

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", [])) if isinstance(self.body, dict) else []

    def _text_of(self, role: str) -> str:
        return "\n".join(str(m.get("content", "")) for m in self.messages if m.get("role") == role)

    @property
    def system_text(self) -> str:
        return self._text_of("system")

    @property
    def user_text(self) -> str:
        return self._text_of("user")

    @property
    def all_text(self) -> str:
        return "\n".join(str(m.get("content", "")) for m in self.messages)

    @property
    def stream(self) -> bool:
        return isinstance(self.body, dict) and bool(self.body.get("stream"))

    @property
    def response_format_type(self) -> str | None:
        fmt = self.body.get("response_format") if isinstance(self.body, dict) else None
        return fmt.get("type") if isinstance(fmt, dict) else None


ChatHandler = Callable[[RecordedRequest], Any]


class ScriptedLLMServer:
    def __init__(self, model: str = "scripted") -> None:
        self.model = model
        self.script: collections.deque[Any] = collections.deque()
        self.on_chat: ChatHandler | None = None
        self.reject_formats: set[str] = set()
        self.requests: list[RecordedRequest] = []
        self.unscripted = 0
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    # -- life cycle -------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> ScriptedLLMServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> ScriptedLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- script and record ------------------------------------------------------------

    def push(self, *items: Any) -> None:
        with self._lock:
            self.script.extend(items)

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _next_item(self, request: RecordedRequest) -> Any:
        fmt = request.response_format_type
        if fmt is not None and fmt in self.reject_formats:
            return Status(400, f"response_format type '{fmt}' is not supported")
        with self._lock:
            if self.script:
                return self.script.popleft()
        if self.on_chat is not None:
            return self.on_chat(request)
        with self._lock:
            self.unscripted += 1
        return Status(500, "scripted server: no reply scripted for this request")


def embed_text(text: str, dim: int = EMBEDDING_DIM) -> list[float]:
    """Deterministic unit vector from hashed character bigrams of `text`."""
    vector = [0.0] * dim
    clean = "".join(text.lower().split())
    grams = [clean[i : i + 2] for i in range(max(1, len(clean) - 1))]
    for gram in grams:
        digest = hashlib.blake2b(gram.encode(), digest_size=4).digest()
        vector[int.from_bytes(digest, "little") % dim] += 1.0
    norm = math.sqrt(sum(v * v for v in vector)) or 1.0
    return [v / norm for v in vector]


def _within_max_tokens(request: RecordedRequest, reply: Reply) -> Reply:
    """The reply cut at the request's max_tokens, as servers stop."""
    limit = request.body.get("max_tokens") if isinstance(request.body, dict) else None
    if not isinstance(limit, int):
        return reply
    tokens = 0.0
    for end, char in enumerate(reply.content):
        tokens += 1.0 if "\u3400" <= char <= "\u9fff" else 0.25
        if tokens > limit:
            return dataclasses.replace(reply, content=reply.content[:end], finish_reason="length")
    return reply


def _make_handler(server: ScriptedLLMServer) -> type[BaseHTTPRequestHandler]:
    class Handler(_Handler):
        owner = server

    return Handler


class _Handler(BaseHTTPRequestHandler):
    owner: ScriptedLLMServer
    protocol_version = "HTTP/1.0"  # one request per connection; a body may end at close

    def log_message(self, format: str, *args: Any) -> None:  # quiet test output
        pass

    def do_GET(self) -> None:
        request = self._read_request()
        if request.path.rstrip("/").endswith("/models"):
            data = [{"id": self.owner.model, "object": "model", "created": 0, "owned_by": "test"}]
            self._send_json(200, {"object": "list", "data": data})
        else:
            self._send_error(404, f"no route {request.path}")

    def do_POST(self) -> None:
        request = self._read_request()
        if request.path.endswith("/chat/completions"):
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                # the client may hang up first (a timeout test)
                self._answer_chat(request, as_item(self.owner._next_item(request)))
        elif request.path.endswith("/embeddings"):
            self._answer_embeddings(request)
        else:
            self._send_error(404, f"no route {request.path}")

    def _read_request(self) -> RecordedRequest:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        request = RecordedRequest(
            self.command,
            self.path,
            {name.lower(): value for name, value in self.headers.items()},
            body,
            time.monotonic(),
        )
        self.owner._record(request)
        return request

    def _answer_chat(self, request: RecordedRequest, item: Any) -> None:
        if isinstance(item, Slow):
            time.sleep(item.seconds)
            item = as_item(item.then)
        if isinstance(item, Status):
            headers = {} if item.retry_after is None else {"Retry-After": f"{item.retry_after:g}"}
            self._send_error(item.code, item.message or f"scripted {item.code}", headers)
        elif isinstance(item, Truncated):
            self._send_truncated(request, item)
        elif isinstance(item, Reply):
            item = _within_max_tokens(request, item)
            (self._send_stream if request.stream else self._send_completion)(request, item)
        else:
            raise TypeError(f"scripted server: cannot send {item!r}")

    def _usage(self, request: RecordedRequest, reply: Reply) -> dict[str, int]:
        prompt, completion = reply.usage or (len(request.all_text) // 4 + 1, len(reply.content))
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        }

    def _send_completion(self, request: RecordedRequest, reply: Reply) -> None:
        message = {"role": "assistant", "content": reply.content}
        choice = {"index": 0, "message": message, "finish_reason": reply.finish_reason}
        self._send_json(
            200,
            {
                **self._envelope("chat.completion"),
                "choices": [choice],
                "usage": self._usage(request, reply),
            },
        )

    def _envelope(self, kind: str) -> dict[str, Any]:
        return {
            "id": "chatcmpl-scripted",
            "object": kind,
            "created": int(time.time()),
            "model": self.owner.model,
        }

    def _chunk(self, delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
        choice = {"index": 0, "delta": delta, "finish_reason": finish}
        return {**self._envelope("chat.completion.chunk"), "choices": [choice]}

    def _start_sse(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()

    def _sse(self, payload: Any) -> None:
        data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
        self.wfile.write(f"data: {data}\n\n".encode())
        self.wfile.flush()

    def _send_stream(self, request: RecordedRequest, reply: Reply) -> None:
        self._start_sse()
        self._sse(self._chunk({"role": "assistant", "content": ""}, None))
        text, size = reply.content, max(1, reply.chunk_size)
        for start in range(0, len(text), size):
            time.sleep(reply.chunk_delay_s)
            self._sse(self._chunk({"content": text[start : start + size]}, None))
        self._sse(self._chunk({}, reply.finish_reason))
        options = request.body.get("stream_options") or {}
        if options.get("include_usage"):
            self._sse(
                {
                    **self._envelope("chat.completion.chunk"),
                    "choices": [],
                    "usage": self._usage(request, reply),
                }
            )
        self._sse("[DONE]")

    def _send_truncated(self, request: RecordedRequest, item: Truncated) -> None:
        if not request.stream:
            body = json.dumps({"choices": [{"message": {"content": item.content}}]}).encode()
            self._send_raw(200, body[: len(body) // 2], {"Content-Length": str(len(body))})
            return
        if item.how == "drop":  # declare a long body, send part of it, hang up
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Content-Length", "100000")
            self.end_headers()
        else:
            self._start_sse()
        self._sse(self._chunk({"role": "assistant", "content": ""}, None))
        half = item.content[: max(1, len(item.content) // 2)]
        self._sse(self._chunk({"content": half}, None))
        self.close_connection = True

    def _answer_embeddings(self, request: RecordedRequest) -> None:
        body = request.body if isinstance(request.body, dict) else {}
        inputs = body.get("input", [])
        texts = [inputs] if isinstance(inputs, str) else [str(t) for t in inputs]
        data = []
        for index, text in enumerate(texts):
            vector: Any = embed_text(text)
            if body.get("encoding_format") == "base64":
                vector = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()
            data.append({"object": "embedding", "index": index, "embedding": vector})
        tokens = sum(len(t) for t in texts)
        self._send_json(
            200,
            {
                "object": "list",
                "data": data,
                "model": body.get("model", ""),
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            },
        )

    def _send_error(self, code: int, message: str, headers: dict[str, str] | None = None) -> None:
        error = {"error": {"message": message, "type": "scripted_error", "code": code}}
        self._send_json(code, error, headers)

    def _send_json(self, code: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode()
        self._send_raw(code, body, {"Content-Length": str(len(body)), **(headers or {})})

    def _send_raw(self, code: int, body: bytes, headers: dict[str, str]) -> None:
        try:
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): nothing to tell it
