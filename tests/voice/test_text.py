from pathlib import Path

from voice import extract_terms, to_script, vocabulary_prompt
from voice._text import (
    PROMPT_MAX_CHARS,
    hotwords_for,
    is_prompt_echo,
    repeats_context,
    repeats_phrase,
    strip_prompt_echo,
    strip_term_list,
)

# the demo notes the project ships (written like candidates' notes: zh with English terms)
NOTES = Path(__file__).parents[2] / "knowledge" / "demo_notes"


def test_extract_terms_finds_jargon_inside_chinese_text() -> None:
    text = (
        "我们用 KV cache 加速推理，召回用BM25，微调用LoRA和RLHF。"
        "详见 https://zhuanlan.zhihu.com/p/1 ![img](a.png)"
    )
    terms = extract_terms([text])
    assert {"KV cache", "BM25", "LoRA", "RLHF"} <= set(terms)
    assert not {"https", "zhihu", "png", "img"} & {t.lower() for t in terms}


def test_extract_terms_in_english_prose_keeps_only_acronym_like_words() -> None:
    terms = extract_terms(["We used the PPO algorithm with GPT-4 and a reward model in C++."])
    assert set(terms) == {"PPO", "GPT-4", "C++"}


def test_extract_terms_ranks_by_frequency_and_merges_case() -> None:
    terms = extract_terms(["用lora微调", "LoRA 很省显存", "LoRA 的秩", "一次 RAG"])
    assert terms[0] == "LoRA"
    assert [t.lower() for t in terms].count("lora") == 1


def test_extract_terms_on_candidate_like_notes() -> None:
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in NOTES.glob("*.*")]
    terms = extract_terms(texts)
    assert {"LoRA", "RAG", "SFT", "BM25", "KV cache"} <= set(terms[:12])


def test_vocabulary_prompt_fits_whisper_prompt_limit() -> None:
    terms = [f"Term{i}" for i in range(200)]
    for lang in ("zh", "en"):
        prompt = vocabulary_prompt(terms, lang)
        assert len(prompt) <= PROMPT_MAX_CHARS
        assert "Term0" in prompt and "Term16" not in prompt
    assert vocabulary_prompt(["LoRA", "LoRA", " "], "zh").count("LoRA") == 1
    assert vocabulary_prompt([], "en") == ""
    assert len(hotwords_for(terms) or "") <= PROMPT_MAX_CHARS // 2


def test_prompt_echo_is_detected_but_real_answers_are_kept() -> None:
    prompt = vocabulary_prompt(["LoRA", "RLHF", "KV cache", "BM25"], "zh")
    assert is_prompt_echo(prompt, prompt)
    assert is_prompt_echo("以下是技术面试的回答，涉及LoRA、RLHF", prompt)
    assert not is_prompt_echo("LoRA", prompt)  # a one-word answer is an answer
    assert not is_prompt_echo("我们用LoRA微调了一个七B的模型，显存降了很多。", prompt)
    assert strip_prompt_echo(prompt + "我们用了LoRA。", prompt) == "我们用了LoRA。"


def test_to_script_converts_chinese_only() -> None:
    assert to_script("這個模型的參數量", "simplified") == "这个模型的参数量"
    assert to_script("这个模型", "traditional") == "這個模型"
    assert to_script("KV cache", "simplified") == "KV cache"


def test_hallucinated_term_lists_are_stripped_but_real_lists_kept() -> None:
    terms = ["SFT", "LLM", "GPT-4", "RAG", "RLHF", "LoRA"]
    looped = "And then we shipped it. SFT, LLM, GPT-4, RAG, RLHF, RLHF, RLHF,"
    assert strip_term_list(looped, terms) == "And then we shipped it."
    assert strip_term_list("我们用了RAG，RLHF，RLHF，RLHF", terms) == "我们用了RAG"
    assert strip_term_list("LoRA, RLHF, RAG", terms) == "LoRA, RLHF, RAG"  # an answer
    assert strip_term_list("我们用了LoRA、RLHF。", terms) == "我们用了LoRA、RLHF。"
    assert strip_term_list("RLHF, RLHF", []) == "RLHF, RLHF"


def test_repeats_phrase_finds_whisper_loops_not_speech() -> None:
    looped = "For you, ask what you can do for your country. " * 2 + "For y"
    assert repeats_phrase(looped)  # what base wrote for 4 s of JFK in a 5 s window
    assert repeats_phrase("甚至出现交易甚至出现交易几乎停滞")
    jfk = (
        "And so my fellow Americans, ask not what your country can do for you, "
        "ask what you can do for your country."
    )
    assert not repeats_phrase(jfk)  # the same words, but never one run twice in a row
    assert not repeats_phrase("我们我们就是说，非常非常重要")  # short repeats are how people talk
    assert not repeats_phrase("")


def test_text_that_repeats_what_was_said_before_is_told_from_new_speech() -> None:
    before = (
        "甚至出现交易几乎停滞的情况上线以后回答的准确率提高了百分之二十甚至出现交易几乎停滞的情况"
    )
    assert repeats_context(
        "甚至出现交易几乎停滞的情况出现交易几乎停滞的情况上线以后回答的准确率", before
    )
    assert not repeats_context("如果重新做一次，我会先用小模型验证想法，再考虑更大的模型。", before)
    assert not repeats_context("停滞的情况", before)  # too short to tell
