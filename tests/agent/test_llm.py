"""LLMGateway: the real openai client over HTTP against the scripted server."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from pydantic import BaseModel
from scripted_server import Reply, ScriptedLLMServer, Slow, Status, Truncated, embed_text

from agent import (
    LLMAuthError,
    LLMConfig,
    LLMConnectionError,
    LLMGateway,
    LLMOutputError,
    LLMServerError,
    LLMStreamTruncatedError,
    LLMTimeoutError,
)


class Verdict(BaseModel):
    score: int
    reason: str


GOOD = {"score": 4, "reason": "clear"}
ASK = [{"role": "system", "content": "You judge."}, {"role": "user", "content": "Judge this."}]


def gateway(config: LLMConfig, delays: list[float] | None = None, **changes: object) -> LLMGateway:
    sink = delays if delays is not None else []
    return LLMGateway(config.model_copy(update=changes), sleep=sink.append)


def test_stream_yields_deltas_and_counts_usage(scripted_llm: ScriptedLLMServer, llm_config):
    scripted_llm.push(Reply("什么是 LoRA？请解释低秩分解。", usage=(30, 12), chunk_size=3))
    llm = gateway(llm_config)

    deltas = list(llm.stream_chat(ASK))

    assert len(deltas) > 3
    assert "".join(deltas) == "什么是 LoRA？请解释低秩分解。"
    request = scripted_llm.chat_requests[0]
    assert request.stream and request.body["stream_options"] == {"include_usage": True}
    assert request.body["model"] == llm_config.model
    assert llm.usage.model_dump() == {"prompt_tokens": 30, "completion_tokens": 12, "calls": 1}


def test_usage_adds_up_over_calls(scripted_llm: ScriptedLLMServer, llm_config):
    scripted_llm.push(Reply("a", usage=(10, 1)), Reply("b", usage=(20, 2)))
    llm = gateway(llm_config)
    assert llm.complete(ASK) == "a"
    assert "".join(llm.stream_chat(ASK)) == "b"
    assert (llm.usage.prompt_tokens, llm.usage.completion_tokens, llm.usage.calls) == (30, 3, 2)
    assert llm.usage.total_tokens == 33
    llm.reset_usage()
    assert llm.usage.calls == 0


def test_json_schema_path(scripted_llm: ScriptedLLMServer, llm_config):
    scripted_llm.push(GOOD)
    llm = gateway(llm_config)

    verdict = llm.complete_json(ASK, Verdict)

    assert verdict == Verdict(**GOOD)
    (request,) = scripted_llm.chat_requests
    assert request.response_format_type == "json_schema"
    sent_schema = request.body["response_format"]["json_schema"]["schema"]
    assert set(sent_schema["properties"]) == {"score", "reason"}
    assert llm.structured_mode == "json_schema"


def test_falls_back_to_json_object(scripted_llm: ScriptedLLMServer, llm_config):
    scripted_llm.reject_formats = {"json_schema"}
    scripted_llm.push(GOOD)
    llm = gateway(llm_config)

    assert llm.complete_json(ASK, Verdict).score == 4

    kinds = [r.response_format_type for r in scripted_llm.chat_requests]
    assert kinds == ["json_schema", "json_object"]
    assert '"score"' in scripted_llm.chat_requests[1].system_text  # the schema rides in the prompt
    assert llm.structured_mode == "json_object"


def test_falls_back_to_prompted_json(scripted_llm: ScriptedLLMServer, llm_config):
    scripted_llm.reject_formats = {"json_schema", "json_object"}
    scripted_llm.push("Sure! ```json\n" + json.dumps(GOOD) + "\n```")
    llm = gateway(llm_config)

    assert llm.complete_json(ASK, Verdict) == Verdict(**GOOD)

    kinds = [r.response_format_type for r in scripted_llm.chat_requests]
    assert kinds == ["json_schema", "json_object", None]
    assert '"score": integer' in scripted_llm.chat_requests[-1].system_text  # the reply's shape
    assert llm.structured_mode == "prompt"


def test_detection_is_remembered_in_memory_and_file(
    scripted_llm: ScriptedLLMServer, llm_config, tmp_path: Path
):
    cache = tmp_path / "structured.json"
    scripted_llm.reject_formats = {"json_schema"}
    scripted_llm.push(GOOD, GOOD, GOOD)
    first = gateway(llm_config, structured_cache=cache)

    first.complete_json(ASK, Verdict)
    first.complete_json(ASK, Verdict)
    later = gateway(llm_config, structured_cache=cache)  # e.g. the next app start
    later.complete_json(ASK, Verdict)

    kinds = [r.response_format_type for r in scripted_llm.chat_requests]
    assert kinds == ["json_schema", "json_object", "json_object", "json_object"]
    assert json.loads(cache.read_text()) == {first.endpoint: "json_object"}


def test_429_is_retried_after_retry_after(scripted_llm: ScriptedLLMServer, llm_config):
    scripted_llm.push(Status(429, "slow down", retry_after=0.05), GOOD)
    delays: list[float] = []
    llm = gateway(llm_config, delays)

    assert llm.complete_json(ASK, Verdict).score == 4
    assert delays == [0.05]  # the server's Retry-After, not the computed backoff
    assert len(scripted_llm.chat_requests) == 2


def test_server_errors_until_give_up(scripted_llm: ScriptedLLMServer, llm_config):
    scripted_llm.push(Status(500), Status(502), Status(503))
    delays: list[float] = []
    llm = gateway(llm_config, delays)

    with pytest.raises(LLMServerError) as caught:
        llm.complete(ASK)

    assert len(scripted_llm.chat_requests) == 3
    message = str(caught.value)
    assert scripted_llm.base_url in message and "3 tries" in message
    base = llm_config.backoff_base_s  # exponential with jitter: [half, full] of base * 2^n
    assert base / 2 <= delays[0] <= base and base <= delays[1] <= 2 * base


def test_timeout_gives_a_clear_error(scripted_llm: ScriptedLLMServer, llm_config):
    scripted_llm.push(Slow(1.5), Slow(1.5))
    llm = gateway(llm_config, timeout_s=0.3, max_retries=2)

    with pytest.raises(LLMTimeoutError) as caught:
        llm.complete(ASK)

    assert str(caught.value) == (
        f"The LLM endpoint at {scripted_llm.base_url} timed out after 2 tries (0.3 s each). "
        "Check the URL or raise the timeout in Settings."
    )


def test_connection_refused(llm_config):
    with ScriptedLLMServer() as server:
        closed_url = server.base_url  # nothing listens here once the server stops
    llm = gateway(llm_config, base_url=closed_url, max_retries=2)

    with pytest.raises(LLMConnectionError) as caught:
        llm.complete(ASK)
    assert closed_url in str(caught.value) and "2 tries" in str(caught.value)


def test_bad_key_is_not_retried_and_never_shown(
    scripted_llm: ScriptedLLMServer, llm_config, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.DEBUG)
    secret = llm_config.api_key
    scripted_llm.push(Status(401, f"Incorrect API key provided: {secret}"))
    llm = gateway(llm_config)

    with pytest.raises(LLMAuthError) as caught:
        llm.complete(ASK)

    assert len(scripted_llm.chat_requests) == 1
    assert scripted_llm.chat_requests[0].headers["authorization"] == f"Bearer {secret}"
    assert secret not in str(caught.value)
    assert secret not in caplog.text and secret not in repr(llm.config)


def test_malformed_json_is_repaired_once(scripted_llm: ScriptedLLMServer, llm_config):
    scripted_llm.push('{"score": 4, "reason": ', GOOD)
    llm = gateway(llm_config)

    assert llm.complete_json(ASK, Verdict).score == 4

    repair = scripted_llm.chat_requests[1]
    assert [m["role"] for m in repair.messages][-2:] == ["assistant", "user"]
    assert repair.messages[-2]["content"] == '{"score": 4, "reason": '
    assert "not valid JSON" in repair.messages[-1]["content"]


def test_schema_invalid_twice_raises_output_error(scripted_llm: ScriptedLLMServer, llm_config):
    scripted_llm.push({"score": "high"}, {"score": 9})
    llm = gateway(llm_config)

    with pytest.raises(LLMOutputError) as caught:
        llm.complete_json(ASK, Verdict)

    assert len(scripted_llm.chat_requests) == 2
    assert "reason" in scripted_llm.chat_requests[1].messages[-1]["content"]  # the error, sent back
    assert caught.value.raw == '{"score": 9}'


def test_check_failure_goes_into_the_repair(scripted_llm: ScriptedLLMServer, llm_config):
    scripted_llm.push({"score": 7, "reason": "x"}, {"score": 3, "reason": "x"})

    def at_most_five(v: Verdict) -> None:
        if v.score > 5:
            raise ValueError("score must be 1-5")

    assert gateway(llm_config).complete_json(ASK, Verdict, check=at_most_five).score == 3
    assert "score must be 1-5" in scripted_llm.chat_requests[1].messages[-1]["content"]


@pytest.mark.parametrize("how", ["no_finish", "drop"])
def test_truncated_stream_raises_with_partial_text(
    scripted_llm: ScriptedLLMServer, llm_config, how: str
):
    question = "请解释一下注意力机制中的缩放因子为什么是根号d"
    scripted_llm.push(Truncated(question, how=how))  # type: ignore[arg-type]
    llm = gateway(llm_config)
    received: list[str] = []

    with pytest.raises(LLMStreamTruncatedError) as caught:
        for delta in llm.stream_chat(ASK):
            received.append(delta)

    assert caught.value.partial == "".join(received) == question[: len(question) // 2]
    assert "cut off" in str(caught.value) or "broke off" in str(caught.value)


def test_length_cut_stream_is_truncated(scripted_llm: ScriptedLLMServer, llm_config):
    scripted_llm.push(Reply("half a quest", finish_reason="length"))
    with pytest.raises(LLMStreamTruncatedError, match="length limit"):
        list(gateway(llm_config).stream_chat(ASK))


def test_stream_without_usage_option_when_endpoint_rejects_it(
    scripted_llm: ScriptedLLMServer, llm_config
):
    def old_server(request):
        if "stream_options" in request.body:
            return Status(400, "unknown field stream_options")
        return "fine"

    scripted_llm.on_chat = old_server
    llm = gateway(llm_config)
    assert "".join(llm.stream_chat(ASK)) == "fine"
    assert "".join(llm.stream_chat(ASK)) == "fine"
    assert ["stream_options" in r.body for r in scripted_llm.chat_requests] == [True, False, False]


def test_check_connection_reports_each_capability(scripted_llm: ScriptedLLMServer, llm_config):
    scripted_llm.reject_formats = {"json_schema"}
    scripted_llm.push("OK", "OK", {"ok": True})

    report = gateway(llm_config).check_connection()

    assert report.ok, report.summary()
    assert (report.chat_ok, report.streaming_ok, report.structured_mode) == (
        True,
        True,
        "json_object",
    )
    assert "json_object" in report.summary()


def test_check_connection_failure_is_a_report_not_an_exception(
    scripted_llm: ScriptedLLMServer, llm_config
):
    scripted_llm.push(Status(404, "model 'nope' not found"))
    report = gateway(llm_config).check_connection()
    assert not report.ok and not report.chat_ok
    assert report.error is not None and "404" in report.error and "model" in report.error
    assert len(scripted_llm.chat_requests) == 1  # one try only: the button must answer quickly


def test_unreachable_says_why_only_when_nothing_answers(
    scripted_llm: ScriptedLLMServer, llm_config
):
    assert gateway(llm_config).unreachable() is None  # a server answered (whatever status)
    assert scripted_llm.chat_requests == []  # no chat call spent on the look
    nobody = gateway(llm_config, base_url="http://127.0.0.1:9/v1")
    why = nobody.unreachable(timeout_s=2)
    assert why is not None and "connect" in why.lower()


def test_scripted_embeddings_work_with_the_openai_client(scripted_llm: ScriptedLLMServer):
    import openai

    client = openai.OpenAI(base_url=scripted_llm.base_url, api_key="x", max_retries=0)
    texts = ["LoRA 低秩微调", "LoRA 低秩适配微调", "红烧肉的做法"]
    result = client.embeddings.create(model="m", input=texts)  # base64 by default
    vectors = [item.embedding for item in result.data]

    assert [round(v, 5) for v in vectors[0]] == [round(v, 5) for v in embed_text(texts[0])]

    def dot(a: list[float], b: list[float]) -> float:
        return sum(x * y for x, y in zip(a, b, strict=True))

    assert dot(vectors[0], vectors[1]) > dot(vectors[0], vectors[2])
    assert client.models.list().data[0].id == scripted_llm.model
