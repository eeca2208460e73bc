"""A missed claim of knowledge is asked about, not told: the follow-up names what the claim
is about (its condition, the thing it handles, its subject) and never says the claim - as a
candidate reads it in typed interviews on the demo notes."""

from __future__ import annotations

import re

import pytest
from follow_up_fixtures import ask

from agent import InterviewOptions
from agent._aspects import aspect
from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import Point, key_points


def _asked(point: str, language: str, question: str = "", said: str = "") -> list[str]:
    about = FollowUp(Point(text=point), [], "fundamentals", said, said, question)
    options = InterviewOptions(language=language)  # type: ignore[arg-type]
    return [offline_follow_up(about, options, seq) for seq in range(3)]


@pytest.mark.parametrize(
    ("language", "point", "about", "claim"),
    [
        # "接着说说：改 r 时保持 α/r 不变可以少调学习率，它是怎么起作用的？"
        ("zh", "改 r 时保持 α/r 不变可以少调学习率", ["改 r 的时候", "α/r"], ["不变", "少调"]),
        # "我们换个角度：推理时可以把 BA 合并回 W，没有额外延迟，这一点你能具体讲讲吗？"
        ("zh", "推理时可以把 BA 合并回 W，没有额外延迟", ["推理的时候", "BA"], ["合并", "延迟"]),
        ("zh", "Pre-Norm 在子层之前归一化，深层训练更稳定", ["Pre-Norm"], ["子层之前", "稳定"]),
        ("zh", "评测集一定要包含知识库里没有答案的问题", ["评测集"], ["没有答案", "包含"]),
        (
            "en",
            "When you change r, keep α/r fixed so the learning rate needs less tuning",
            ["when you change r", "α/r"],
            ["fixed", "less tuning"],
        ),
        (
            "en",
            "Fine-tuning adapts the pre-trained model to a task with a much smaller dataset",
            ["fine-tuning"],
            ["smaller", "adapts"],
        ),
    ],
)
def test_a_missed_claim_is_asked_about_without_being_told(
    language: str, point: str, about: list[str], claim: list[str]
) -> None:
    for text in _asked(point, language, "LoRA 和微调有哪些要点？"):
        assert all(a.lower() in text.lower() for a in about), text
        assert not any(c in text for c in claim), text
        assert text.endswith(("？", "?")), text


def test_a_subject_the_candidate_already_named_is_not_asked_about_as_news() -> None:
    """ "你提到了 HNSW 是分层的图。那 HNSW 这块呢？" asks what was just said."""
    point = "HNSW 在每一层上做贪心搜索，从顶层逐层往下找最近邻"
    for text in _asked(point, "zh", "HNSW 是怎么工作的？", "HNSW 是分层的图"):
        assert "那 HNSW 这块呢" not in text and "贪心" not in text, text
        assert "HNSW" in text, text


@pytest.mark.parametrize(
    ("language", "notes", "name"),
    [
        ("zh", "1. 正则化\n2. 早停\n3. 数据增强", "早停"),
        ("en", "1. dropout\n2. early stopping", "early stopping"),
    ],
)
def test_a_bare_name_is_still_named(language: str, notes: str, name: str) -> None:
    point = next(p for p in key_points(notes) if p.text == name)
    about = FollowUp(point, [], "fundamentals", "", "", "")
    text = offline_follow_up(about, InterviewOptions(language=language), 1)  # type: ignore[arg-type]
    assert name in text, text


def test_a_step_named_under_its_heading_is_not_read_as_a_claim() -> None:
    """ "HNSW 算法里的构建层次结构" names a step, whose subject is no question of its own."""
    points = key_points("## HNSW 算法\n\n1.构建层次结构\n\n2.从顶层开始贪心搜索，逐层往下找最近邻")
    step = next(p for p in points if "构建" in p.text)
    text = offline_follow_up(FollowUp(step, [], "fundamentals"), InterviewOptions(), 1)
    assert "构建层次结构" in text, text


def test_a_one_letter_subject_is_not_asked_about_by_its_letter() -> None:
    """A reader was asked "A 这块还有一点很重要，你能再补充一下吗？" of "A 随机高斯初始化"."""
    from agent._aspects import aspect

    point = "B 初始化为 0，A 随机高斯初始化，所以训练开始时 ΔW=0"
    assert aspect("A 随机高斯初始化", point, "zh") is None
    assert aspect("A is initialised randomly", "A is initialised randomly, B to zero", "en") is None
    assert aspect("BA 合并回 W", "推理时可以把 BA 合并回 W，没有额外延迟", "zh") is not None


@pytest.mark.parametrize(
    ("language", "point", "person"),
    [
        # the shared notes' faiss answer asked "我们这块还有一点很重要，你能再补充一下吗？"
        ("zh", "我们用的检索算法是高效的ANN算法，fassi还集成了其他的一些算法索引算法", "我们"),
        ("zh", "他们通常会先做量化再建索引，这样内存占用小很多", "他们"),
        ("en", "We usually quantize the vectors before indexing, which saves much memory", "we"),
    ],
)
def test_a_person_is_no_subject_to_ask_about(language: str, point: str, person: str) -> None:
    for text in _asked(point, language, "faiss 和其他数据库有什么不同？"):
        asked_of = (f"{person}这块", f"关于{person}，", f"说说{person}吧", f"{person}这部分")
        assert not any(a in text for a in asked_of), text
        assert f"about {person}" not in text.lower(), text


@pytest.mark.parametrize(
    ("language", "point", "question", "other", "about"),
    [
        # "说说 Adam 吧：它具体是怎么回事？" followed a LoRA question in a typed interview
        (
            "zh",
            "显存占用主要来自激活值：Transformer 要为每一层保存注意力矩阵",
            "为什么长序列训练显存占用大？",
            "Transformer",
            "显存占用",
        ),
        (
            "en",
            "Memory use is mostly optimizer state: Adam stores two moments for each trainable "
            "weight",
            "Why does LoRA use less memory?",
            "adam",
            "memory use",
        ),
        (
            "en",
            "The speed-up is mostly fewer memory reads: FlashAttention keeps each tile of "
            "attention in SRAM",
            "Why is fused attention fast?",
            "flashattention",
            "speed-up",
        ),
    ],
)
def test_a_follow_up_asks_about_the_claim_not_the_subject_of_what_explains_it(
    language: str, point: str, question: str, other: str, about: str
) -> None:
    """Before its colon the point makes its claim; after it, the subject of the explanation
    ("Adam") is another topic than the question's."""
    for text in _asked(point, language, question):
        assert other.lower() not in text.lower() and about in text.lower(), text


def test_the_explanation_s_subject_is_asked_about_when_the_question_names_it() -> None:
    point = "常用的两类做法：Medusa 在模型上加多个解码头，一次预测后面几个 token"
    for text in _asked(point, "zh", "投机解码有哪些做法？Medusa 是怎么做的？"):
        assert "Medusa" in text, text


def test_a_latin_name_glued_to_the_chinese_after_it_is_still_a_name() -> None:
    """The demo's zh interview asked "我们换个角度：只学习一个低秩增量 ΔW = B·A，这一点你能
    具体讲讲吗？" - the notes' answer, cut mid-sentence: with the aside "（Low-Rank
    Adaptation）" dropped, "LoRA冻结预训练权" was read as one name, and no subject found."""
    point = (
        "LoRA（Low-Rank Adaptation）冻结预训练权重 W，只学习一个低秩增量 ΔW = B·A，"
        "其中 B ∈ R^{d×r}、A ∈ R^{r×k}，r 远小于 d 和 k"
    )
    for text in _asked(point, "zh", "LoRA 的原理是什么？为什么能省显存？", "切分固定每 1000 字"):
        assert "LoRA" in text and "低秩增量" not in text and "只学习" not in text, text


@pytest.mark.parametrize(
    ("point", "about"),
    [
        (
            "The model is trained to produce fluent, likely continuations, not to check facts",
            "how the model is trained",
        ),
        (
            "The index is built offline with HNSW, so adapters are never searched",
            "how the index is",
        ),
    ],
)
def test_a_claim_of_what_is_done_to_its_subject_is_asked_about_that(point: str, about: str) -> None:
    """The demo's en interview asked "Let's talk about the model. What can you tell me?" after
    an off-topic answer to "Why do LLMs hallucinate?": a subject says nothing alone."""
    question = "Why do LLMs hallucinate, and how can we reduce it?"
    for text in _asked(point, "en", question, "Self-attention projects the input."):
        assert about in text and "fluent" not in text and "adapters" not in text, text


def test_a_chinese_clause_that_left_its_subject_behind_is_asked_by_its_heading() -> None:
    """A shared notes' interview asked "逐渐向下深入细化搜索，从而提高了搜索效率，这是怎么
    回事？" (the notes' answer, cut after "然后"), and "先在较高层次的节点上搜索" read "先" as
    its subject ("那先这块呢？")."""
    for text in ("然后逐渐向下深入细化搜索，从而提高了搜索效率", "先在较高层次的节点上搜索"):
        point = Point(text=text, context="HNSW 算法")
        about = FollowUp(point, [], "fundamentals", "向量库用 ANN。", "", "faiss 有什么不同？")
        for seq in range(3):
            asked = offline_follow_up(about, InterviewOptions(language="zh"), seq)
            assert "HNSW" in asked and "深入细化" not in asked and "节点上" not in asked, asked
            assert not re.search(r"那先|先这块", asked), asked


def test_a_name_the_notes_misspelt_is_said_as_the_question_spells_it() -> None:
    """A shared notes' interview asked "说具体一点。那 fassi 这块呢？" right after asking about
    faiss: the notes typed "fassi还集成了…"."""
    point = "我们用的检索算法是高效的ANN算法，fassi还集成了其他的一些算法索引算法"
    for text in _asked(point, "zh", "faiss向量数据库和其他数据库有什么不同？", "看 MMLU。"):
        assert "fassi" not in text and "faiss" in text, text
    from agent._spelling import as_heard

    assert as_heard("BART 的去噪目标", "讲讲 BERT") == "BART 的去噪目标"  # another model


@pytest.mark.parametrize(
    ("language", "point", "question", "name"),
    [
        (
            "zh",
            "注意：激活值里有离群点，直接量化会掉点，所以 LLM.int8 把离群维度单独用 fp16 算",
            "模型量化 int8 和 int4 有什么区别？",
            "LLM.int8",
        ),
        (
            "en",
            "Note: activations have outliers, so LLM.int8 keeps the outlier dimensions in fp16",
            "What is the difference between int8 and int4 quantization?",
            "LLM.int8",
        ),
    ],
)
def test_a_note_taker_s_flag_before_the_colon_is_no_subject(
    language: str, point: str, question: str, name: str
) -> None:
    """ "注意：激活值里有离群点…" was asked as "注意这部分，你能展开讲讲吗？"."""
    for text in _asked(point, language, question):
        assert not re.search(r"注意|\bnote\b", text, re.IGNORECASE), text
        assert name in text, text


@pytest.mark.parametrize(
    ("phrase", "point"),
    [
        (
            "verify answers against sources afterwards",
            "lower temperature for factual tasks, and verify answers against sources afterwards",
        ),
        ("big models need far more memory for their optimizer states", ""),
    ],
)
def test_a_verb_or_an_adjective_is_not_asked_about_as_a_thing(phrase: str, point: str) -> None:
    # "What about verify?": "verify answers…" read as "verify" doing "answers"
    found = aspect(phrase, point or phrase, "en")
    assert found is None or found.what.split()[0] not in ("verify", "big"), found


@pytest.mark.parametrize("word", ["dropout", "quantization", "Dropout"])
def test_a_noun_before_a_verb_in_s_is_still_the_subject(word: str) -> None:
    claim = f"{word} zeroes each unit with probability p during training"
    found = aspect(claim, claim, "en")
    assert found is not None and found.what == word, found


@pytest.mark.parametrize("seq", [0, 1, 2])
def test_a_changed_figure_is_named_without_its_verb_of_change(seq: int) -> None:
    point = "P95 latency rose from 1.9 s to 2.3 s, mostly because of reranking"
    text = ask(point, "fundamentals", "en", seq)
    assert "latency rose?" not in text and "about P95 latency rose" not in text, text


# written for this test: a long claim with no subject of its own to name, under a heading
# that names what it is about
UNDER_HEADINGS = [
    ("zh", "通过减小权重的同时保持它们都非零，对权重进行平滑调整", "L2 正则化", "平滑调整"),
    ("zh", "值越小饱和度变化越快，值越大饱和度变化越慢", "k1", "饱和度变化"),
    ("zh", "一个好的大语言模型应该能够以一个连贯的方式讲述一个故事", "长文本理解", "连贯"),
    ("en", "shrinks every weight a little on each step, never to exactly zero", "L2", "zero"),
]


@pytest.mark.parametrize(("language", "point", "heading", "claim"), UNDER_HEADINGS)
def test_a_long_claim_is_asked_by_its_heading(
    language: str, point: str, heading: str, claim: str
) -> None:
    # "我们换个角度：通过减小权重的同时保持它们都非零，对权重进行平滑调整，这一点你能具体
    # 讲讲吗？" reads the answer out
    about = FollowUp(Point(text=point, context=heading), [], "fundamentals", "")
    for seq in range(3):
        text = offline_follow_up(about, InterviewOptions(language=language), seq)  # type: ignore[arg-type]
        assert heading in text and claim not in text, text


@pytest.mark.parametrize("seq", range(3))
def test_a_time_phrase_naming_a_thing_is_no_condition(seq: int) -> None:
    # "选出每一个fold过程中的测试集合里…的样本": "过程中的" names a set, no "when" to ask
    # about ("选出每一个fold 的时候会怎么样？")
    text = ask("每轮抽取一折过程中的验证样本里置信度最低的部分", "fundamentals", "zh", seq)
    assert "的时候" not in text, text


@pytest.mark.parametrize("seq", range(3))
def test_what_a_thing_does_is_no_subject(seq: int) -> None:
    # "vLLM 的 PagedAttention 解决的是显存碎片" asked "那 vLLM 的 PagedAttention 解决的这块呢？"
    text = ask("SGLang 的 RadixAttention 复用的是共享前缀的 KV", "fundamentals", "zh", seq)
    assert not re.search(r"复用的(?:这|吧)", text), text
