"""The structured replies' schemas: closed for constrained decoding, and whatever they allow,
the code accepts (documents written from the schema alone, as a grammar-bound model writes)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from schema_instances import all_combinations, every_choice, fill
from scoring_fixtures import LORA, NOTES, MemoryRetriever
from scripted_server import RecordedRequest, Reply, ScriptedLLMServer, Slow

from agent import AgentConfig, Answer, LLMConfig, LLMGateway, Scorer
from agent._llm_json import response_format, shape, strict_schema
from agent._rubric import RUBRIC, reply_model, reply_token_budget
from agent.llm import _Ping

# What OpenAI strict mode takes (and llama.cpp's schema-to-grammar converter handles).
STRICT_KEYWORDS = {
    "type",
    "properties",
    "required",
    "additionalProperties",
    "enum",
    "items",
    "description",
    "anyOf",
}
STAGES = list(RUBRIC)
GOOD_LORA = (
    "LoRA 冻结预训练权重，在注意力层旁边加两个低秩矩阵 A 和 B，只训练它们，"
    "显存和参数都少；推理时把 BA 合并回原权重，没有额外延迟。"
)


def walk_objects(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, list):
        return [o for item in node for o in walk_objects(item)]
    if not isinstance(node, dict):
        return []
    here = [node] if node.get("type") == "object" else []
    children = [*node.get("properties", {}).values(), *node.get("anyOf", [])]
    children += [node["items"]] if "items" in node else []
    return here + [o for child in children for o in walk_objects(child)]


def keywords(node: Any) -> set[str]:
    if isinstance(node, list):
        return {k for item in node for k in keywords(item)}
    if not isinstance(node, dict):
        return set()
    found = {k for k in node if k != "properties"}
    for child in [*node.get("properties", {}).values(), node.get("items"), node.get("anyOf")]:
        found |= keywords(child)
    return found


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("points", [0, 1, 3, 8])
def test_rubric_schema_is_closed_and_names_everything(stage: str, points: int):
    schema = strict_schema(reply_model(stage, points))  # type: ignore[arg-type]

    for obj in walk_objects(schema):
        assert obj["additionalProperties"] is False
        assert obj["required"] == list(obj["properties"])
    assert keywords(schema) <= STRICT_KEYWORDS
    assert "$ref" not in json.dumps(schema) and "$defs" not in schema
    dims = schema["properties"]["dimensions"]["properties"]
    assert list(dims) == [d.name for d in RUBRIC[stage]]  # type: ignore[index]
    assert all(d["properties"]["score"]["enum"] == [1, 2, 3, 4, 5] for d in dims.values())
    if points:
        marks = schema["properties"]["key_points"]["properties"]
        assert list(marks) == [str(i) for i in range(1, points + 1)]
        assert all(list(m["properties"]) == ["quote", "mark"] for m in marks.values())
        assert all(
            m["properties"]["mark"]["enum"] == ["hit", "partly", "missed", "contradicted"]
            for m in marks.values()
        )
    else:
        assert "key_points" not in schema["properties"]
    fmt = response_format("json_schema", reply_model(stage, points))  # type: ignore[arg-type]
    assert fmt is not None and fmt["json_schema"]["strict"] is True
    assert fmt["json_schema"]["name"].replace("_", "").isalnum()


@pytest.mark.parametrize("stage", STAGES)
@pytest.mark.parametrize("points", [0, 2, 8])
def test_every_document_the_schema_allows_is_accepted(stage: str, points: int):
    model = reply_model(stage, points)  # type: ignore[arg-type]
    schema = strict_schema(model)
    documents = list(every_choice(schema))
    if points <= 2 and len(RUBRIC[stage]) <= 3:  # type: ignore[index]
        documents += list(all_combinations(schema))
    assert len(documents) >= 5

    for document in documents:
        reply = model.model_validate_json(json.dumps(document, ensure_ascii=False))
        dims = reply.dimension_scores()
        assert list(dims) == [d.name for d in RUBRIC[stage]]  # type: ignore[index]
        assert [d.score for d in dims.values()] == [
            document["dimensions"][n]["score"] for n in dims
        ]
        assert [m.model_dump() for m in reply.marks()] == [
            document.get("key_points", {})[str(i)] for i in range(1, points + 1)
        ]


def test_generated_documents_satisfy_the_schema_by_an_independent_validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = strict_schema(reply_model("project", 3))
    for document in every_choice(schema):
        jsonschema.validate(document, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**document, "overall": 100}, schema)


def test_the_connection_check_schema_is_closed_too():
    schema = strict_schema(_Ping)
    assert schema == {
        "properties": {"ok": {"type": "boolean"}},
        "required": ["ok"],
        "type": "object",
        "additionalProperties": False,
    }


def test_the_prompt_carries_a_compact_shape_not_the_schema():
    schema = strict_schema(reply_model("fundamentals", 3))
    text = shape(schema)
    assert '"mark": "<status>"' in text  # not the values in order: small models copy them
    assert text.index('"quote"') < text.index('"mark"')  # the evidence before the mark
    assert '"score": <1-5>' in text and '"clarity": {' in text
    assert len(text) < len(json.dumps(schema)) / 3


def scorer(config: LLMConfig, tmp_path: Path) -> Scorer:
    agent = AgentConfig(sessions_db=tmp_path / "s.sqlite", llm=config)
    return Scorer(agent, MemoryRetriever(NOTES), LLMGateway(config, sleep=lambda s: None))


def from_sent_schema(n: int) -> Any:
    """on_chat: the n-th every_choice document of the schema the request carries."""

    def answer(request: RecordedRequest) -> str:
        schema = request.body["response_format"]["json_schema"]["schema"]
        return json.dumps(list(every_choice(schema))[n], ensure_ascii=False)

    return answer


@pytest.mark.parametrize("n", range(5))
def test_scorer_accepts_what_a_constrained_decoder_writes(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path, n: int
):
    scripted_llm.on_chat = from_sent_schema(n)

    turn = scorer(llm_config, tmp_path).score(LORA.question, Answer(text=GOOD_LORA), "fundamentals")

    assert turn.status == "llm", turn.error
    assert turn.overall is not None and 0 <= turn.overall <= 100
    assert len(turn.key_points) == 3  # LORA's reference answer has three points
    assert len(scripted_llm.chat_requests) == 1  # no repair needed
    assert all(d.evidence == "" or d.evidence in GOOD_LORA for d in turn.dimensions)


def test_broken_json_gets_one_repair_then_fails_without_a_score(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    scripted_llm.push('{"key_points": {"1": "hit", "2": ', "not json at all")

    turn = scorer(llm_config, tmp_path).score(LORA.question, Answer(text=GOOD_LORA), "fundamentals")

    assert turn.status == "failed" and turn.overall is None and turn.dimensions == []
    assert turn.error is not None and "评分失败" in turn.error
    assert len(scripted_llm.chat_requests) == 2
    assert "could not be accepted" in scripted_llm.chat_requests[1].messages[-1]["content"]


def test_a_score_that_outlasts_the_timeout_is_a_clear_failure(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    late = fill(strict_schema(reply_model("fundamentals", 3)), lambda p, o: o[0])
    scripted_llm.push(*[Slow(1.0, json.dumps(late))] * 2)
    config = llm_config.model_copy(update={"timeout_s": 0.3, "max_retries": 2})

    turn = scorer(config, tmp_path).score(LORA.question, Answer(text=GOOD_LORA), "fundamentals")

    assert turn.status == "failed" and turn.overall is None
    assert "timed out after 2 tries (0.3 s each)" in (turn.error or "")


def test_a_slow_model_that_keeps_writing_is_not_cut_off(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    """The reply is streamed: the timeout bounds each wait for the next piece, not the whole."""
    document = fill(strict_schema(reply_model("fundamentals", 3)), lambda p, o: o[-1])
    text = json.dumps(document, ensure_ascii=False)
    # 12 pieces 0.15 s apart: 1.8 s in all, over a 0.5 s timeout
    scripted_llm.push(Reply(text, chunk_size=len(text) // 12 + 1, chunk_delay_s=0.15))
    config = llm_config.model_copy(update={"timeout_s": 0.5, "max_retries": 1})

    turn = scorer(config, tmp_path).score(LORA.question, Answer(text=GOOD_LORA), "fundamentals")

    assert turn.status == "llm", turn.error
    assert scripted_llm.chat_requests[0].stream


def test_rate_limited_scoring_waits_and_then_scores(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    from scripted_server import Status

    scripted_llm.push(Status(429, "slow down", retry_after=0.01))
    scripted_llm.on_chat = from_sent_schema(1)

    turn = scorer(llm_config, tmp_path).score(LORA.question, Answer(text=GOOD_LORA), "fundamentals")

    assert turn.status == "llm", turn.error
    assert len(scripted_llm.chat_requests) == 2


def test_rate_limited_to_the_end_is_a_failure_that_says_why(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    from scripted_server import Status

    scripted_llm.push(*[Status(429, "quota exceeded", retry_after=0.01)] * 3)

    turn = scorer(llm_config, tmp_path).score(LORA.question, Answer(text=GOOD_LORA), "fundamentals")

    assert turn.status == "failed" and turn.overall is None and turn.dimensions == []
    assert "429" in (turn.error or "") and "still limited after 3 tries" in (turn.error or "")


def test_the_token_budget_grows_with_what_the_schema_asks_for():
    assert reply_token_budget("fundamentals", 8) > reply_token_budget("fundamentals", 3)
    assert reply_token_budget("project", 3) > reply_token_budget("self_intro", 3)  # 4 dims vs 3


@pytest.mark.parametrize("stage", STAGES)
def test_a_complete_reply_of_full_length_fits_the_budget(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path, stage: str
):
    """Every field at the length the prompt allows (a 20-character quote and reason, a
    four-sentence improved answer) stays under max_tokens: only a runaway reply is cut."""
    long = {"improved_answer": "这是候选人口吻写的一句更好的回答，讲清原理和取舍。" * 4}

    def written(request: RecordedRequest) -> str:
        schema = request.body["response_format"]["json_schema"]["schema"]
        document = fill(
            schema,
            lambda path, options: (
                long.get(path[-1], "二十个字左右的一句引用或者一句理由的内容")
                if options == ["", "x", 'a "quoted" line\n第二行 <answer>']
                else options[-1]
            ),
        )
        return json.dumps(document, ensure_ascii=False)

    scripted_llm.on_chat = written
    answer = Answer(text=GOOD_LORA)
    turn = scorer(llm_config, tmp_path).score(
        LORA.question, answer, stage, references=[LORA.model_copy(update={"stage": stage})]
    )
    assert turn.status == "llm", turn.error
    assert len(scripted_llm.chat_requests) == 1
