"""Guards: what cannot earn points is caught in code — and real answers are let through."""

from __future__ import annotations

from pathlib import Path

import pytest
from scoring_fixtures import HNSW, LORA, HashEmbedder

from agent import ScoringConfig
from agent._answer_text import units
from agent._guards import check_answer, is_off_topic, looks_like_gibberish

REPO = Path(__file__).resolve().parents[2]
CONFIG = ScoringConfig()

GIBBERISH = [
    "asdkjh qwpoeiru zxmcnv lkjhg",
    "fjdk sldk qpwo eiru tyal",
    "qwerty asdfgh zxcvbn",
    "sdfsdf sdfsdf werwer",
    "aaaaaaaaaaaa",
    "哈哈哈哈哈哈哈哈",
    "发送到发送到发送到发送到",
    "犇龘靐齉爩烎嫑鑫囧",  # rare glyphs, no word among them
    "abcabcabcabcabc",
    "!!@@##$$%%^^&&**",
    "？？？？。。。。",
    "龘靐齉爩鱻麤灥厵",
]
REAL = [
    "LoRA freezes the pretrained weights and trains two low-rank matrices A and B",
    "I used RAG with BM25 and dense retrieval to reduce hallucination in our QA system",
    "LoRA冻结预训练权重，只训练低秩矩阵A和B，显存占用小",
    "嗯嗯，这个我想一下，应该是先做归一化，然后再过 softmax",
    "L = −log σ(β·[log π(y_w|x)/π_ref(y_w|x) − log π(y_l|x)/π_ref(y_l|x)])",
    "The KV cache stores keys and values of past tokens so decoding is O(n) per step.",
    "我叫张三，做过RAG项目。",  # short: a name and everyday one-character words
    "我是李四，在字节实习过。",
]


@pytest.mark.parametrize("text", GIBBERISH)
def test_gibberish_is_caught(text: str):
    assert looks_like_gibberish(text)


@pytest.mark.parametrize("text", REAL)
def test_real_answers_are_not_gibberish(text: str):
    assert not looks_like_gibberish(text)


def test_no_line_of_real_notes_looks_like_gibberish():
    """Every prose line of the demo notes and the retrieval notes passes (zh and en)."""
    folders = [REPO / "knowledge" / "demo_notes", REPO / "tests" / "knowledge" / "retrieval_notes"]
    lines = [
        line
        for folder in folders
        for path in sorted(folder.glob("*"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if units(line) >= 6
    ]
    assert len(lines) > 100
    assert [line for line in lines if looks_like_gibberish(line)] == []


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("", "empty"),
        (" \n\t ", "empty"),
        ("不知道", "not_known"),  # said: the card says so, not "too short"
        ("I don't know", "not_known"),
        ("LoRA 吧", "too_short"),
        ("ok fine", "too_short"),
        ("asdkjh qwpoeiru zxmcnv lkjhg poiuyt", "gibberish"),
        ("啊啊啊啊啊啊啊啊啊啊", "gibberish"),
    ],
)
def test_verdicts(answer: str, kind: str):
    verdict = check_answer(answer, LORA.question, "fundamentals", [LORA.answer], [], CONFIG)
    assert verdict is not None and verdict.kind == kind
    assert verdict.reason("en") and verdict.reason("zh")


def test_repeated_answer_even_with_small_edits():
    earlier = "LoRA 冻结原权重，只训练两个低秩矩阵 A 和 B，所以显存占用很小，推理时还能合并回去。"
    again = "LoRA 冻结原权重，只训练两个低秩矩阵 A 和 B，所以显存占用很小，推理时还能合并回去！！"
    verdict = check_answer(again, LORA.question, "fundamentals", [LORA.answer], [earlier], CONFIG)
    assert verdict is not None and verdict.kind == "repeated"
    different = "HNSW 构建多层图，搜索时从上层入口贪心查找再逐层向下，复杂度接近对数。"
    assert (
        check_answer(different, HNSW.question, "fundamentals", [HNSW.answer], [earlier], CONFIG)
        is None
    )


OFF_TOPIC = "我周末喜欢做红烧肉，先焯水，再炒糖色，然后加酱油小火慢炖一个小时就好了。"
ON_TOPIC = "LoRA 在原来的权重旁边加一个低秩分解的旁路，只训练这部分参数，省显存。"


def test_off_topic_by_words():
    verdict = check_answer(OFF_TOPIC, LORA.question, "fundamentals", [LORA.answer], [], CONFIG)
    assert verdict is not None and verdict.kind == "off_topic"
    assert check_answer(ON_TOPIC, LORA.question, "fundamentals", [LORA.answer], [], CONFIG) is None


def test_off_topic_is_not_judged_in_open_stages():
    """A behavioral or self-intro answer may share no words with the question."""
    for stage in ("behavioral", "self_intro"):
        assert check_answer(OFF_TOPIC, "讲一次失败的经历", stage, [], [], CONFIG) is None


def test_other_language_without_embedder_is_let_through():
    answer = "It freezes the base weights and learns a small low-rank update instead."
    assert not is_off_topic(answer, [LORA.question, LORA.answer], 0.2, None)


def test_embedder_decides_when_words_differ():
    embedder = HashEmbedder()
    assert is_off_topic(OFF_TOPIC, [LORA.question, LORA.answer], 0.5, embedder)
    assert not is_off_topic(OFF_TOPIC, [LORA.question, LORA.answer], -1.0, embedder)


@pytest.mark.slow
def test_real_embedder_lets_a_paraphrase_in_another_language_through(use_embedder: object):
    answer = "It keeps the pretrained weights frozen and learns a low-rank update beside them."
    topic = [LORA.question, LORA.answer]
    assert not is_off_topic(answer, topic, CONFIG.off_topic_cosine, use_embedder)  # type: ignore[arg-type]
    assert is_off_topic(OFF_TOPIC, topic, CONFIG.off_topic_cosine, use_embedder)  # type: ignore[arg-type]


@pytest.mark.slow
def test_a_right_answer_in_another_language_is_not_called_off_topic(use_embedder: object):
    """A reviewer's English interview on Chinese notes: this answer scored 0, "off-topic"
    (the real embedder puts it 0.07 from the Chinese question, the same content in Chinese
    0.21). Across languages neither words nor these embeddings can tell: it is scored."""
    question = "模型部署的平台，推理效率怎么样，如何提升推理效率？"
    answer = (
        "We deployed on vLLM on A100s. To speed up inference we used continuous batching and "
        "PagedAttention from vLLM, INT8 weight quantization, and shortened prompts; throughput "
        "roughly doubled."
    )
    assert not is_off_topic(answer, [question], CONFIG.off_topic_cosine, use_embedder)  # type: ignore[arg-type]
    assert check_answer(answer, question, "fundamentals", [], [], CONFIG, use_embedder) is None  # type: ignore[arg-type]


def test_a_short_follow_up_answer_is_not_called_off_topic_against_its_probe():
    """A follow-up is measured on the one point it probes; a one-line right answer in other
    words ("a cross-encoder") shares none of them and must still be scored, not guarded."""
    probe = "重排：用 reranker 对召回结果重新排序"
    question = "你刚才说到了召回，那重排用什么？"
    answer = "用一个交叉编码器再打一遍分"
    assert (
        check_answer(answer, question, "fundamentals", [probe], [], CONFIG, HashEmbedder()) is None
    )
    assert is_off_topic(OFF_TOPIC, [question, probe], 0.5, HashEmbedder())  # a long one still is
