"""A number tied to the same thing with another value contradicts its key point; the same
value said in Chinese numerals, English words or roughly does not."""

from __future__ import annotations

import pytest

from agent._coverage import measure
from agent.keypoints import Point

SPEEDUP = Point(text="吞吐一般比 HuggingFace Transformers 高 2~4 倍")
BYTES = Point(
    text="混合精度 + Adam 训练时每个参数大约占 16 字节：fp16 参数 2 字节、fp32 优化器状态 12 字节"
)
RESULT = Point(text="结果：P99 从 80ms 降到 30ms，机器成本降低 40%，AUC 基本不变")
HEADS = Point(text="GQA in Llama 2 70B: 64 query heads share 8 KV heads")
CHINCHILLA = [
    Point(text="Earlier models like Gopher (280B parameters, 300B tokens) were undertrained"),
    Point(text="Chinchilla: 70B parameters trained on 1.4T tokens, same compute as Gopher"),
]
TOKENS = Point(text="Rule of thumb: about 20 training tokens per parameter")


def _statuses(points: list[Point], answer: str, question: str = "") -> list[str]:
    return measure(points, answer, question).statuses


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        (SPEEDUP, "吞吐一般比 HuggingFace 高十倍左右。"),
        (BYTES, "混合精度配 Adam 时每个参数大约占 4 字节。"),
        (RESULT, "结果 P99 降到 5ms，机器成本降低 90%。"),
        (TOKENS, "You only need about 2 tokens per parameter."),
    ],
)
def test_another_value_for_the_same_thing_contradicts(point: Point, answer: str) -> None:
    assert _statuses([point], answer) == ["contradicted"]


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        (SPEEDUP, "吞吐一般能比 HF Transformers 高两到四倍。"),
        (SPEEDUP, "throughput is usually two to four times that of HuggingFace Transformers."),
        (BYTES, "一个参数差不多要十六个字节：半精度参数两字节，fp32 的优化器状态十二字节。"),
        (RESULT, "最后 P99 从八十毫秒降到了 30 毫秒左右，机器成本降了四成，AUC 基本没变。"),
        (
            RESULT,
            "P99 went from eighty to about thirty milliseconds; machine cost fell forty percent.",
        ),
        (TOKENS, "Roughly twenty tokens for every parameter."),
    ],
)
def test_the_same_value_in_words_or_roughly_is_no_contradiction(point: Point, answer: str) -> None:
    assert _statuses([point], answer) != ["contradicted"]


def test_two_values_swapped_between_two_things_contradict() -> None:
    assert _statuses([HEADS], "In Llama 2 70B, 8 query heads share 64 KV heads.") == [
        "contradicted"
    ]
    assert _statuses([HEADS], "Llama 2 70B has 64 query heads and 8 KV heads.") != ["contradicted"]


def test_one_thing_given_the_other_things_numbers_contradicts_its_point() -> None:
    wrong = "Chinchilla had 280B parameters trained on 300B tokens."
    assert _statuses(CHINCHILLA, wrong)[1] == "contradicted"
    right = (
        "Gopher, at 280 billion parameters and only 300 billion tokens, was undertrained; "
        "Chinchilla used seventy billion parameters on 1.4 trillion tokens, four times smaller."
    )
    assert "contradicted" not in _statuses(CHINCHILLA, right)


def test_a_denied_number_is_no_claim_of_it() -> None:
    assert _statuses(
        [SPEEDUP], "吞吐比 HuggingFace Transformers 高，但不是十倍，一般是两到四倍。"
    ) != ["contradicted"]


GQA = Point(text="GQA: 32 Q heads, 8 KV heads, so the KV cache is 4x smaller than with MHA")


def test_q_heads_are_query_heads_when_two_counts_are_swapped() -> None:
    assert _statuses([GQA], "GQA uses 8 query heads for every 32 KV heads.") == ["contradicted"]
    assert _statuses([GQA], "In GQA there are 8 query heads.") == ["contradicted"]
    right = "GQA has 32 query heads sharing 8 KV heads, so the KV cache is four times smaller."
    assert _statuses([GQA], right) != ["contradicted"]


def test_staying_the_same_is_no_change_of_four_times() -> None:
    assert _statuses([GQA], "With GQA the KV cache stays the same size as MHA.") == ["contradicted"]
    cache = Point(text="量化后显存占用降低 60%，精度基本不变")
    assert _statuses([cache], "量化以后显存占用没变，只是算得快了。") == ["contradicted"]
    assert _statuses([cache], "显存占用降了六成，精度基本没变。") != ["contradicted"]


def test_a_number_equal_by_chance_to_another_things_value_does_not_excuse_a_wrong_one() -> None:
    experts = [
        Point(text="每层有多个专家 FFN，比如 Mixtral 是 8 个专家"),
        Point(text="路由器（gate）对每个 token 打分，选 top-2 专家"),
    ]
    wrong = "MoE 每层有 64 个专家，路由器给每个 token 选 top-8 专家。"
    assert _statuses(experts, wrong) == ["contradicted", "contradicted"]
    right = "像 Mixtral 每层有八个专家，路由器给每个 token 打分，选分数最高的两个专家。"
    assert "contradicted" not in _statuses(experts, right)


def test_a_change_made_from_two_of_the_notes_numbers_is_no_wrong_number() -> None:
    hits = Point(text="结果：top-1 命中率从 58% 提到 81%，P99 从 80ms 降到 30ms")
    derived = "top-1 命中率从 58% 提到了 81%，涨了 23 个点，P99 降了 50ms。"
    assert _statuses([hits], derived) != ["contradicted"]
    level = Point(text="混合精度下每个参数占 16 字节，其中优化器状态 12 字节")
    assert _statuses([level], "混合精度下每个参数占 4 字节。") == ["contradicted"]


# the demo notes' first question: two right answers were marked contradicted
LORA_COUNT = Point(
    text="以 d=k=4096、r=8 为例，一个矩阵的可训练参数从 1,677 万降到 6.5 万（约 0.39%）"
)


@pytest.mark.parametrize(
    "answer",
    [
        "LoRA 就是在原来的权重旁边加两个小矩阵，训练的时候只训练这两个小矩阵，原来的权重不动。",
        "r 取 8 的话只需要训练 B 和 A 两个矩阵，参数量是 2 乘 4096 乘 8，大概六万多。",
    ],
)
def test_a_count_a_hundred_times_off_counts_another_thing(answer: str) -> None:
    assert _statuses([LORA_COUNT], answer) != ["contradicted"]


def test_a_count_a_few_times_off_is_still_wrong() -> None:
    assert _statuses([LORA_COUNT], "一个矩阵的可训练参数降到 60 万左右。") == ["contradicted"]


PRICE = Point(text="numbers: human queue -40%, cost ~$0.0004/item")


def test_a_price_is_money_whatever_its_unit() -> None:
    """ "$0.0004/item" is a price, not a name like "1/N"; cents are hundredths of it."""
    assert _statuses([PRICE], "Costs were about forty cents an item.") == ["contradicted"]
    assert _statuses([PRICE], "It cost about $0.0004 per item.") != ["contradicted"]
    assert _statuses([PRICE], "每条大概 0.0004 美元的成本。") != ["contradicted"]


def test_a_bare_number_measures_what_the_clause_before_it_says() -> None:
    """ "加速看接受率，一般 2~3x": the range has no words of its own; the clause before it
    says what it measures, so "加速到十倍左右" is a wrong figure for it."""
    point = Point(text="吞吐看批大小，一般 2~3x")
    assert _statuses([point], "它一般能让吞吐涨到十倍左右。") == ["contradicted"]
    assert _statuses([point], "吞吐一般能提两三倍，看批大小。") != ["contradicted"]
    # a bare count ("all 0") is a value, not a measure of the clause before it
    bits = Point(text="a bit array of m bits, all 0, and k hash functions")
    assert _statuses([bits], "About ten bits per item gives you one percent.") != ["contradicted"]


def test_a_chinese_decimal_is_read_and_a_greek_symbol_says_what_it_measures() -> None:
    """ "λ 一般取零点五" against "λ 常取 0.01": the decimal in words is a number, and the
    symbol next to both is the thing they measure."""
    point = Point(text="权重衰减系数 λ 常取 0.01")
    assert _statuses([point], "λ 一般取零点五左右。") == ["contradicted"]
    assert _statuses([point], "λ 一般取零点零一。") != ["contradicted"]


def test_near_a_hundred_percent_a_share_is_told_by_what_it_falls_short() -> None:
    """99% accurate is 1% wrong, 92% is 8%: within 12% of each other as values, not as
    what they miss. A few points apart still agree."""
    point = Point(text="质检：抽 500 条让医生复核，准确率 92%")
    assert _statuses([point], "医生抽查复核，准确率 99%。") == ["contradicted"]
    assert _statuses([point], "医生抽查复核，准确率大概 90%。") != ["contradicted"]
    assert _statuses([point], "医生抽查复核，准确率 93%。") != ["contradicted"]


def test_a_figure_named_as_the_notes_figure_is_not_excused_by_chance_arithmetic() -> None:
    """ "准确率 99%" names the notes' 准确率 92%; that 99 could be made from two other
    numbers of the notes is chance, not a derived figure."""
    points = [
        Point(text="数据：说明书 1.2 万份，标注 3000 句，入库约 40 万三元组"),
        Point(text="质检：医生复核 500 条三元组，准确率 92%"),
    ]
    assert _statuses(points, "医生复核了一批三元组，准确率 99%。")[1] == "contradicted"


def test_a_figure_the_whole_write_up_gives_is_no_wrong_number() -> None:
    """A long write-up is measured on the points an answer addresses; "新特征上线缩到三天"
    (the result) was a wrong "~3 周" (the background point) when the result was not among
    them."""
    from agent._wrong_numbers import wrong_numbers
    from agent.keypoints import Point

    background = [Point(text="一个新特征从开发到上线 ~3 周")]
    answer = ["做完以后，新特征上线缩到三天。"]
    assert wrong_numbers(background, answer) != []  # measured on the background alone
    notes = "一个新特征从开发到上线 ~3 周\n结果：新特征上线 3 周 → 3 天"
    assert wrong_numbers(background, answer, notes) == []
    assert wrong_numbers(background, ["新特征上线缩到十天。"], notes) != []


def test_a_number_in_a_clause_with_words_of_its_own_does_not_borrow_the_clause_before() -> None:
    """ "…about a third of fashion traffic, and rolled out everywhere seven weeks later at
    just over ninety-five percent" gave 95% the words "fashion traffic" of the clause before
    and made it a wrong "~35% of fashion traffic"."""
    from agent._wrong_numbers import wrong_numbers
    from agent.keypoints import Point

    notes = [
        Point(
            text="R: on time for 12 categories (~35% of fashion traffic); "
            "full rollout 7 wks later at 95.4%"
        )
    ]
    right = (
        "We launched on time in those twelve categories, about a third of fashion traffic, "
        "and rolled out everywhere seven weeks later at just over ninety-five percent."
    )
    assert wrong_numbers(notes, [right]) == []
    bare = [Point(text="加速看接受率，一般 2~3x")]  # a bare figure still measures the clause before
    assert wrong_numbers(bare, ["加速看接受率，一般能到十倍。"]) != []


def test_numbers_joined_by_arrows_are_steps_of_one_measure() -> None:
    """ "ramp 5% -> 25% -> 100% per language pair": 5% was named only "ramp" and the
    answer's "ramped per language pair, five percent, a quarter, then everything" was a
    wrong 100% (the step named "per language pair")."""
    from agent._wrong_numbers import wrong_numbers
    from agent.keypoints import Point

    notes = [Point(text="ramp 5% -> 25% -> 100% per language pair, kill switch")]
    right = "Then we ramped per language pair, five percent, a quarter, then everything."
    assert wrong_numbers(notes, [right]) == []
    assert wrong_numbers(notes, ["We ramped per language pair starting at fifty percent."]) != []
