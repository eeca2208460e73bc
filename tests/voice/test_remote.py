"""The OpenAI-compatible backend, driven by the real openai client against a scripted
/v1/audio/transcriptions server on 127.0.0.1."""

from __future__ import annotations

import email
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from voice import AudioError, Transcriber, TranscriptionError, VoiceConfig

VERBOSE = {
    "task": "transcribe",
    "language": "chinese",
    "duration": 3.0,
    "text": "我們用了LoRA。嗯，然后，效果很好。",
    "segments": [
        {
            "id": 0,
            "seek": 0,
            "start": 0.4,
            "end": 1.5,
            "text": "我們用了LoRA。",
            "tokens": [],
            "temperature": 0.0,
            "avg_logprob": -0.2,
            "compression_ratio": 1.0,
            "no_speech_prob": 0.01,
        },
        {
            "id": 1,
            "seek": 0,
            "start": 2.0,
            "end": 3.0,
            "text": "嗯，然后，效果很好。",
            "tokens": [],
            "temperature": 0.0,
            "avg_logprob": -0.2,
            "compression_ratio": 1.0,
            "no_speech_prob": 0.01,
        },
    ],
}


class Script:
    def __init__(self) -> None:
        self.mode = "ok"
        self.requests: list[dict[str, Any]] = []


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            message = email.message_from_bytes(
                f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode() + body
            )
            fields: dict[str, Any] = {"path": self.path, "auth": self.headers["Authorization"]}
            for part in message.get_payload():
                name = part.get_param("name", header="content-disposition")
                payload = part.get_payload(decode=True)
                fields[name] = payload if name == "file" else payload.decode()
            script.requests.append(fields)
            status, reply = {
                "ok": (200, json.dumps(VERBOSE)),
                "plain": (200, json.dumps({"text": "Plain reply."})),
                "500": (500, json.dumps({"error": {"message": "model overloaded"}})),
                "401": (401, json.dumps({"error": {"message": "bad key"}})),
                "garbage": (200, "<html>not json</html>"),
            }[script.mode]
            data = reply.encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@pytest.fixture
def server() -> Iterator[tuple[str, Script]]:
    script = Script()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/v1", script
    httpd.shutdown()
    httpd.server_close()
    thread.join()


def _speech() -> np.ndarray:
    t = np.arange(48000) / 16000
    return (np.sin(2 * np.pi * 220 * t) * 0.3).astype(np.float32)


def _remote(base_url: str, tmp_path: Path, **extra: Any) -> Transcriber:
    config = VoiceConfig(
        models_dir=tmp_path,
        backend="openai",
        base_url=base_url,
        api_key="sk-test",
        remote_model="whisper-1",
        timeout_s=5,
        **extra,
    )
    return Transcriber(config, terms=["LoRA", "BM25"])


def test_verbose_json_reply_becomes_a_transcript(
    server: tuple[str, Script], tmp_path: Path
) -> None:
    url, script = server
    result = _remote(url, tmp_path, language="zh").transcribe(_speech())
    assert result.text == "我们用了LoRA。嗯，然后，效果很好。"  # traditional 們 -> simplified
    assert [s.start for s in result.segments] == [0.4, 2.0]
    assert result.language == "zh" and result.backend == "openai"
    assert result.model == "whisper-1"
    assert result.metrics.filler_counts == {"嗯": 1, "然后": 1}
    assert result.metrics.time_to_first_word_s == 0.4
    sent = script.requests[0]
    assert sent["path"] == "/v1/audio/transcriptions"
    assert sent["auth"] == "Bearer sk-test"
    assert (sent["model"], sent["language"], sent["response_format"]) == (
        "whisper-1",
        "zh",
        "verbose_json",
    )
    assert "LoRA" in sent["prompt"]
    assert sent["file"][:4] == b"RIFF" and len(sent["file"]) > 48000 * 2


def test_plain_json_reply_is_one_segment(server: tuple[str, Script], tmp_path: Path) -> None:
    url, script = server
    script.mode = "plain"
    result = _remote(url, tmp_path, language="en").transcribe(_speech())
    assert result.text == "Plain reply."
    assert len(result.segments) == 1 and result.segments[0].end == pytest.approx(3.0)


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("500", "HTTP 500.*model overloaded"),
        ("401", "rejected the API key"),
        ("garbage", "could not read"),
    ],
)
def test_endpoint_failures_become_readable_errors(
    server: tuple[str, Script], tmp_path: Path, mode: str, message: str
) -> None:
    url, script = server
    script.mode = mode
    with pytest.raises(TranscriptionError, match=message):
        _remote(url, tmp_path).transcribe(_speech())


def test_unreachable_endpoint(tmp_path: Path) -> None:
    with pytest.raises(TranscriptionError, match="Cannot reach"):
        _remote("http://127.0.0.1:9/v1", tmp_path).transcribe(_speech())


def test_missing_base_url_and_bad_audio_fail_before_any_request(
    server: tuple[str, Script], tmp_path: Path
) -> None:
    url, script = server
    with pytest.raises(TranscriptionError, match="base URL"):
        Transcriber(VoiceConfig(models_dir=tmp_path, backend="openai")).transcribe(_speech())
    with pytest.raises(AudioError, match="silent"):
        _remote(url, tmp_path).transcribe(np.zeros(32000, dtype=np.float32))
    assert script.requests == []
