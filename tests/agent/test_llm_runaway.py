"""Replies that run away: a small model looping inside a string is stopped early and
asked again afresh, warmer, without the loop; a reply cut twice is a failure, not a score."""

from __future__ import annotations

import json
from pathlib import Path

from scripted_server import RecordedRequest, Reply, ScriptedLLMServer
from test_llm_schema import GOOD_LORA, LORA, from_sent_schema, scorer

from agent import Answer, LLMConfig
from agent._llm_json import RERUN_REQUEST, repeats_itself
from agent._rubric import reply_token_budget

# What Qwen2.5-Coder-0.5B wrote, at temperature 0.2, into a dimension's reason for a vague
# behavioral answer (make test-llm's model): the same clause until the token limit, twice.
QWEN_LOOP = (
    '{"key_points": {"1": {"quote": "先读官方文档", "mark": "hit"}}, "dimensions": '
    '{"star_structure": {"evidence": "跑通最小可用的 demo", "reason": "'
    + "跑通最小可用的 demo，边改边理解，"
    * 60
)
# Distinct characters: no repetition for the detector to see, only the token limit stops it.
NEVER_REPEATS = '{"key_points": {"1": {"quote": "' + "".join(chr(0x4E00 + i) for i in range(5000))


def test_a_loop_is_seen_and_a_reply_that_only_looks_alike_is_not():
    assert repeats_itself(QWEN_LOOP)
    assert repeats_itself('{"summary": "' + "low rank " * 6)
    empty_points = ", ".join(f'"{i}": {{"quote": "", "mark": "missed"}}' for i in range(1, 9))
    assert not repeats_itself('{"key_points": {' + empty_points)
    assert not repeats_itself('{"a": 1,' + " " * 200)  # indentation is not a loop
    assert not repeats_itself(NEVER_REPEATS)
    assert not repeats_itself("跑通最小可用的 demo，边改边理解，" * 3)  # said thrice: not yet


def test_a_looping_reply_is_stopped_early_and_asked_again_warmer_without_the_loop(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    scripted_llm.push(Reply(QWEN_LOOP + "跑通最小可用的 demo，边改边理解，" * 2000, chunk_size=20))
    scripted_llm.on_chat = from_sent_schema(2)
    judge = scorer(llm_config.model_copy(update={"max_reply_chars": 100_000}), tmp_path)

    turn = judge.score(LORA.question, Answer(text=GOOD_LORA), "fundamentals")

    assert turn.status == "llm", turn.error
    assert judge.llm is not None and judge.llm.usage.completion_tokens < 2_000  # not 36,000
    first, again = scripted_llm.chat_requests
    assert again.messages[:-1] == first.messages  # the request again, the loop not echoed
    assert again.messages[-1] == {"role": "user", "content": RERUN_REQUEST}
    assert again.body["temperature"] > first.body["temperature"]
    assert again.body["max_tokens"] == first.body["max_tokens"]


def test_a_reply_stopped_at_the_token_limit_is_asked_again_too(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    """A model writing on without repeating stops at max_tokens on the server, not after
    minutes; the cut reply is asked for again like a looping one."""
    scripted_llm.push(Reply(NEVER_REPEATS, chunk_size=200))
    scripted_llm.on_chat = from_sent_schema(2)
    judge = scorer(llm_config.model_copy(update={"max_reply_chars": 100_000}), tmp_path)

    turn = judge.score(LORA.question, Answer(text=GOOD_LORA), "fundamentals")

    assert turn.status == "llm", turn.error
    first, again = scripted_llm.chat_requests
    budget = reply_token_budget("fundamentals", 3)
    assert first.body["max_tokens"] == again.body["max_tokens"] == budget
    assert judge.llm is not None and judge.llm.usage.completion_tokens < budget + 1000
    assert again.messages[-1]["content"] == RERUN_REQUEST


def test_an_invalid_reply_that_was_not_cut_gets_the_repair_request_instead(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    scripted_llm.push('{"key_points": {"1": {"quote": "低秩", "mark": "hit"}}')  # incomplete
    scripted_llm.on_chat = from_sent_schema(2)

    turn = scorer(llm_config, tmp_path).score(LORA.question, Answer(text=GOOD_LORA), "fundamentals")

    assert turn.status == "llm", turn.error
    first, repair = scripted_llm.chat_requests
    assert repair.messages[-2]["content"].startswith('{"key_points"')  # its reply, echoed
    assert "could not be accepted" in repair.messages[-1]["content"]
    assert repair.body["temperature"] == first.body["temperature"]


def test_a_reply_cut_twice_is_scoring_failed_not_a_score(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    scripted_llm.on_chat = lambda request: '{"summary": "' + "很好" * 5000

    turn = scorer(llm_config, tmp_path).score(LORA.question, Answer(text=GOOD_LORA), "fundamentals")

    assert turn.status == "failed" and turn.overall is None and turn.dimensions == []
    assert "评分失败" in (turn.error or "")
    assert len(scripted_llm.chat_requests) == 2  # the reply and one more request, no more


def test_a_placeholder_copied_from_the_template_is_no_text(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    """The 0.5B model's second reply copied "<one line>" into the summary: the card shows
    no such text, and a quote copied as "<verbatim quote or empty>" counts as no quote."""

    def template_copied(request: RecordedRequest) -> str:
        reply = json.loads(from_sent_schema(2)(request))
        reply["summary"] = "<one line>"
        reply["improved_answer"] = "<a short better answer, 2-4 sentences>"
        for dimension in reply["dimensions"].values():
            dimension["reason"] = "<why, one line>"
        return json.dumps(reply, ensure_ascii=False)

    scripted_llm.on_chat = template_copied

    turn = scorer(llm_config, tmp_path).score(LORA.question, Answer(text=GOOD_LORA), "fundamentals")

    assert turn.status == "llm", turn.error
    shown = [turn.summary, turn.improved_answer, *(d.reason for d in turn.dimensions)]
    assert not any("<" in text for text in shown), shown
    assert not turn.summary.startswith(" ")
