"""A claim saying the opposite of a key point is caught; one saying what is avoided is not."""

from __future__ import annotations

from agent._coverage import measure
from agent.keypoints import Point

SATURATION = Point(text="d_k 大时点积数值大，softmax 进入饱和区，接近 one-hot，梯度很小")
QUESTION = "注意力为什么要除以根号 d_k？"


def _status(point: Point, answer: str) -> str:
    return measure([point], answer, QUESTION).statuses[0]


def test_the_same_noun_with_the_opposite_degree_contradicts():
    answer = "除以根号 d_k 是为了让分布更接近 one-hot，这样梯度更大，训练更快。"
    assert _status(SATURATION, answer) == "contradicted"


def test_saying_what_is_prevented_agrees_with_the_point():
    answer = "为了防止点积太大，让 softmax 不要进入饱和区，否则梯度很小。"
    assert _status(SATURATION, answer) != "contradicted"


def test_a_plain_negation_of_the_point_still_contradicts():
    point = Point(text="正则化（L1/L2、weight decay）可以缓解过拟合")
    answer = "解决过拟合的办法是去掉正则化，weight decay 也不要加。"
    assert measure([point], answer, "怎么缓解过拟合？").statuses[0] == "contradicted"


def test_the_same_degree_is_no_contradiction():
    point = Point(text="缓存大小随序列长度线性增长，序列越长缓存越大")
    answer = "缺点是占显存，长度越长、batch 越大缓存越大。"
    assert measure([point], answer, "KV cache 是什么？").statuses[0] != "contradicted"


def test_a_denial_is_found_behind_a_clause_that_shares_more_words():
    point = Point(text="BM25 做文档长度归一化，长文档不会天然占优（参数 b）")
    answer = "BM25 只看词频，长文档天然得分更高，所以 BM25 适合长文档。"
    assert measure([point], answer, "BM25 和 TF-IDF 有什么区别？").statuses[0] == "contradicted"


def test_two_conditions_are_not_a_denial():
    """The answer says the point (saturation when large) and what the fix changes."""
    point = Point(text="d_k 大时点积数值大，softmax 进入饱和区，梯度很小")
    answer = "数值太大的时候 softmax 会饱和，梯度特别小。除以根号 d_k 后 softmax 不容易饱和。"
    assert _status(point, answer) != "contradicted"
    layers = Point(text="构建多层图：上层节点稀疏，下层稠密")
    assert _status(layers, "HNSW 会构建多层图，上层节点稀疏，下层节点稠密。") != "contradicted"


NORMS = [
    Point(text="BatchNorm 在 batch 维度上对每个特征做归一化，依赖 batch 统计量"),
    Point(text="LayerNorm 在单个样本的特征维度上归一化，和 batch 大小无关"),
    Point(text="推理时 batch 可能为 1，LN 训练和推理行为一致"),
]
NORMS_QUESTION = "LayerNorm 和 BatchNorm 有什么区别？"
OPTIMISERS = [
    Point(text="SGD updates every parameter with the same learning rate times the gradient"),
    Point(text="Adam keeps a running mean of gradients (momentum) and of squared gradients"),
    Point(text="Adam converges faster early"),
    Point(text="well-tuned SGD with momentum sometimes generalizes better"),
]
OPTIMISERS_QUESTION = "How does Adam differ from plain SGD?"


def _statuses(points: list[Point], answer: str, question: str) -> list[str]:
    return measure(points, answer, question).statuses


def test_swapped_roles_contradict_in_chinese():
    """No negation anywhere: the answer says of LayerNorm what the notes say of BatchNorm."""
    answer = (
        "LayerNorm 是在 batch 维度上归一化，BatchNorm 是在特征维度上，"
        "LayerNorm 更依赖 batch 统计量。"
    )
    assert "contradicted" in _statuses(NORMS, answer, NORMS_QUESTION)


def test_swapped_roles_contradict_in_english():
    answer = (
        "SGD keeps running averages of the gradients and squared gradients, while Adam just "
        "uses one fixed learning rate for every parameter."
    )
    found = _statuses(OPTIMISERS, answer, OPTIMISERS_QUESTION)
    assert found[0] == "contradicted" or found[1] == "contradicted"


def test_a_name_measured_against_is_not_the_subject_of_what_follows():
    """ "比 LayerNorm 快" names LayerNorm as the yardstick: the next clause is still said
    of BatchNorm, as the notes say it."""
    right = (
        "BatchNorm 在 batch 维度上对每个特征做归一化，训练时比 LayerNorm 快，依赖 batch 统计量。"
    )
    assert "contradicted" not in _statuses(NORMS, right, NORMS_QUESTION)


def test_the_right_attribution_and_a_negated_contrast_are_no_swap():
    right = (
        "BatchNorm 对同一个特征在整个 batch 上求均值方差，依赖 batch 的统计量；"
        "LayerNorm 对单个样本自己的所有特征做归一化，和 batch 大小没关系。"
    )
    assert "contradicted" not in _statuses(NORMS, right, NORMS_QUESTION)
    contrast = "BatchNorm 依赖 batch 统计量，LayerNorm 不依赖 batch 统计量。"
    assert "contradicted" not in _statuses(NORMS, contrast, NORMS_QUESTION)
    english = (
        "Plain SGD moves every parameter by the same learning rate times its gradient. Adam "
        "keeps running averages of the gradients and of the squared gradients, and it "
        "converges faster early, while well-tuned SGD with momentum can generalize better."
    )
    assert "contradicted" not in _statuses(OPTIMISERS, english, OPTIMISERS_QUESTION)
    # a correct claim closest to a point no name heads is not taken for SGD's
    adaptive = "Adam adapts the learning rate for each parameter, SGD uses one for everything."
    with_step = [*OPTIMISERS, Point(text="the step size adapts per parameter")]
    assert "contradicted" not in _statuses(with_step, adaptive, OPTIMISERS_QUESTION)


def test_an_outright_denial_of_what_the_notes_do_contradicts():
    action = Point(text="我先抽了 500 条线上真实 query 重新评测，建议先灰度 10% 流量")
    answer = "我觉得太慢了，没做评测就直接全量上线了。"
    assert _status(action, answer) == "contradicted"
    reranker = Point(text="Added a cross-encoder reranker on the top 100")
    said = "Retrieval stayed pure keyword matching, no reranker."
    assert measure([reranker], said, "What was your part?").statuses[0] == "contradicted"


def test_asserting_what_the_notes_deny_contradicts():
    point = Point(text="推理时把 BA 合并回 W，没有额外延迟")
    answer = "推理时需要额外的 adapter 分支计算，所以会增加推理延迟。"
    assert measure([point], answer, "LoRA 的原理是什么？").statuses[0] == "contradicted"
    agrees = "推理的时候把 BA 加回原权重，不增加推理延迟。"
    assert measure([point], agrees, "LoRA 的原理是什么？").statuses[0] != "contradicted"


def test_the_opposite_direction_contradicts():
    result = Point(text="结果：准确率提到 91%，转人工率下降 30%")
    answer = "上线后准确率从 91% 降到了 78%。"
    assert measure([result], answer, "讲讲你的项目").statuses[0] == "contradicted"
    warmup = Point(text="Warmup increases the learning rate linearly from near zero")
    wrong = "Warmup starts with a large learning rate and lowers it linearly to zero."
    assert measure([warmup], wrong, "Why warmup?").statuses[0] == "contradicted"
    right = "Warmup raises the learning rate linearly from near zero over the first steps."
    assert measure([warmup], right, "Why warmup?").statuses[0] != "contradicted"


def test_an_english_denial_after_the_subject_contradicts_an_assertion():
    point = Point(text="BM25 normalizes by document length so long documents do not win by default")
    wrong = "The score grows linearly, so long documents always score higher."
    right = "Long documents are not favored just for having more words."
    question = "How is BM25 different from TF-IDF?"
    assert measure([point], wrong, question).statuses[0] == "contradicted"
    assert measure([point], right, question).statuses[0] != "contradicted"


def test_a_verb_of_removal_is_the_claim_itself_not_a_denial():
    """Dropout "drops units": the word that would be a denial elsewhere is the idea here."""
    point = Point(text="During training, each unit is zeroed with probability p")
    answer = "It randomly drops units during training, which reduces overfitting."
    assert measure([point], answer, "What does dropout do?").statuses[0] != "contradicted"


def test_the_notes_read_back_contradict_none_of_their_points():
    """Compared things ("低维转得快、高维转得慢"), a before and an after ("成本太高" …
    "成本降低"), and "nothing" as an object are no contradiction of the notes by the notes."""
    from agent.keypoints import key_points

    for reference, question in (
        ("- 不同维度用不同频率，低维转得快、高维转得慢\n- 外推时配合插值", "RoPE 的思路？"),
        ("- 背景：7B 模型成本太高，想换成小模型\n- 结果：推理成本降低 70%", "蒸馏项目怎么做的？"),
        (
            "- Context: 18% of searches returned nothing\n"
            "- Zero-result searches fell from 18% to 4%",
            "Tell me about the search project.",
        ),
    ):
        points = key_points(reference)
        assert "contradicted" not in measure(points, reference, question).statuses, reference


def test_a_none_said_two_ways_is_no_contradiction():
    """'with zero downtime' / 'without downtime'; 'no data loss' / 'lost no data' while the
    answer also names 'databases' (a different word from 'data')."""
    points = [
        Point(text="Moved the orders service from MySQL to PostgreSQL with zero downtime"),
        Point(text="Result: no data loss, query latency down 35%"),
    ]
    answer = (
        "I moved the orders service from MySQL to PostgreSQL without downtime, with dual "
        "writes to both databases. We lost no data and query latency dropped by 35%."
    )
    question = "Tell me about the database migration you led."
    assert "contradicted" not in _statuses(points, answer, question)


def test_asserting_what_the_notes_say_is_not_relied_on_contradicts():
    point = Point(text="推理时用累积的全局统计量，不依赖 batch")
    answer = "推理时也是用当前 batch 的均值和方差来算。"
    assert _statuses([point], answer, "BatchNorm 在训练和推理时有什么不同？") == ["contradicted"]


def test_a_denied_verb_before_the_term_contradicts_in_english():
    """'did not build any test set': one verb between the negation and the term."""
    point = Point(text="I built a test set of 300 real questions with answers")
    answer = "We did not build any test set, we just checked a few answers by hand."
    assert _statuses([point], answer, "How did you evaluate the system?") == ["contradicted"]
    agreed = "We built a test set of 300 questions, not only a few by hand."
    assert _statuses([point], agreed, "How did you evaluate the system?") != ["contradicted"]


def test_a_denial_counts_though_the_term_is_named_in_passing_elsewhere():
    """ "没有做缓存" denies the point though "缓存" is named plainly in another clause that
    does not state the point's claim (only a clause saying it would answer the denial)."""
    point = Point(text="行动：给热点数据加了本地缓存，命中率 95%")
    question = "你是怎么优化这个接口的？"
    wrong = "同事建议加缓存，我觉得缓存容易不一致，所以没有做缓存，直接扩容了机器。"
    assert _statuses([point], wrong, question) == ["contradicted"]
    right = "一开始没有做缓存，后来给热点数据加了本地缓存，命中率到了 95%。"
    assert _statuses([point], right, question) != ["contradicted"]
    english = Point(text="I added a Redis cache in front of the pricing service")
    said = "Someone suggested a Redis cache, but we did not add any cache in the end."
    assert _statuses([english], said, "How did you cut latency?") == ["contradicted"]


def test_said_to_be_hard_agrees_with_a_denial():
    """ "很难复现" in the notes and "没法复现" in the answer say the same."""
    point = Point(text="情境：线上偶发超时，本地很难复现")
    answer = "线上偶尔超时，本地几乎没法复现。"
    assert _statuses([point], answer, "讲一次你排查疑难问题的经历。") != ["contradicted"]
    english = Point(text="The bug was hard to reproduce locally")
    said = "We could not reproduce the bug locally at first."
    assert _statuses([english], said, "Tell me about a hard bug.") != ["contradicted"]


def test_no_change_contradicts_a_change():
    """ "转化率一直是 2%" against "转化率从 2% 提到 3.5%"; "latency stayed at 200 ms" against
    "latency fell from 200 ms to 80 ms"."""
    point = Point(text="结果：转化率从 2% 提到 3.5%")
    assert _statuses([point], "上线以后转化率一直是 2%。", "讲讲你的项目") == ["contradicted"]
    assert _statuses([point], "转化率从 2% 提到了 3.5%。", "讲讲你的项目") != ["contradicted"]
    english = Point(text="Result: p99 latency fell from 200 ms to 80 ms")
    stayed = "After the change, p99 latency stayed at 200 ms."
    assert _statuses([english], stayed, "What was the result?") == ["contradicted"]


def test_a_clause_contradicting_one_point_credits_no_other():
    """ "推理时也是用当前 batch 的均值和方差" says the opposite of the inference point; its
    words are the training point's, but a wrong claim is no evidence for a right one."""
    points = [
        Point(text="训练时用当前 batch 的均值和方差做归一化"),
        Point(text="推理时用累积的全局统计量，不依赖 batch"),
    ]
    question = "BatchNorm 在训练和推理时有什么不同？"
    wrong = measure(points, "推理时也是用当前 batch 的均值和方差来算。", question)
    assert wrong.statuses == ["missed", "contradicted"]
    right = "训练时用当前 batch 的均值和方差做归一化，推理时不依赖 batch，用累积的全局统计量。"
    assert measure(points, right, question).statuses == ["hit", "hit"]


def test_the_opposite_degree_behind_several_adverbs_contradicts():
    """ "召回反而越低", "梯度会变得更小": adverbs between the noun and its degree."""
    point = Point(text="nlist 越大召回越高，但查询越慢")
    wrong = "nlist 调大以后查询更快，召回反而越低。"
    assert _statuses([point], wrong, "IVF 的参数怎么调？") == ["contradicted"]
    gradient = Point(text="学习率太大时梯度更新会震荡，梯度也越大")
    said = "学习率太大时梯度会变得更小，训练很稳定。"
    assert _statuses([gradient], said, "学习率怎么选？") == ["contradicted"]


def test_a_degree_the_answer_also_states_as_the_point_is_a_comparison():
    """ "损失和梯度都越大 … 用 MSE 的话梯度会很小": the small gradient is the alternative's."""
    point = Point(text="预测错得越离谱，损失越大，梯度也越大")
    answer = "预测错得越离谱，损失和梯度都越大。如果用 MSE 的话，饱和的时候梯度会很小。"
    assert _statuses([point], answer, "交叉熵为什么适合分类？") != ["contradicted"]


def test_a_measure_word_before_a_degree_is_no_noun():
    """ "一个大的教师模型" / "一个小模型": 大 and 小 are the models', not "一个"'s."""
    point = Point(text="先训练好一个大的教师模型，教师模型的参数量很大")
    vague = "就是让一个小模型去学大模型的输出。"
    assert _statuses([point], vague, "知识蒸馏是怎么做的？") != ["contradicted"]
    wrong = "教师模型的参数量很小。"
    assert _statuses([point], wrong, "知识蒸馏是怎么做的？") == ["contradicted"]


def test_a_background_level_is_no_opposite_of_the_notes_own_result():
    """The notes say the rate was high before and "下降" after: "降了" is their result."""
    points = [
        Point(text="背景：原来用 ES 关键词匹配，top-1 命中率只有 58%，转人工率高"),
        Point(text="结果：top-1 命中率从 58% 提到 81%，转人工率下降 12 个百分点"),
    ]
    right = "最后命中率从 58% 提到了 81%，转人工率降了 12 个百分点。"
    assert "contradicted" not in _statuses(points, right, "讲讲客服检索的项目。")
    assert _statuses(points, "最后转人工率反而上升了。", "讲讲客服检索的项目。")[1] == (
        "contradicted"
    )


def test_a_strong_answer_restating_the_references_contrast_is_no_contradiction():
    """ "不在计算而在显存": the 不 is about 计算 only; an answer saying the same contrast,
    or naming 计算 in another role ("用一点计算换了显存读写"), agrees with the point."""
    point = Point(text="瓶颈不在计算而在显存（HBM）读写")
    question = "FlashAttention 为什么快？"
    strong = "瓶颈其实不在算力，而在反复读写显存 HBM。它用一点计算换了大量显存读写。"
    assert _statuses([point], strong, question) != ["contradicted"]
    assert _statuses([point], "瓶颈主要在计算上，显存读写没什么影响。", question) == [
        "contradicted"
    ]


def test_a_negation_before_ba_and_a_topic_before_its_denied_verb_agree():
    """ "不需要把矩阵写回" and "矩阵就不用写回" deny the same thing."""
    point = Point(text="用在线 softmax 逐块累加，不需要把 N×N 的注意力矩阵写回 HBM")
    question = "FlashAttention 为什么快？"
    said = "softmax 在线逐块累加，N 乘 N 的注意力矩阵就不用整个写回显存。"
    assert _statuses([point], said, question) == ["hit"]
    wrong = "softmax 在线逐块累加，但是要把 N×N 的注意力矩阵写回 HBM。"
    assert _statuses([point], wrong, question) == ["contradicted"]


def test_a_condition_names_what_is_needed_and_denies_nothing():
    """ "without positions, word order is lost" says positions are needed."""
    point = Point(
        text="Self-attention is permutation-invariant: without positions, word order is lost"
    )
    question = "Why does a transformer need positional encodings?"
    for said in (
        "Many models learn an embedding for each absolute position.",
        "Otherwise the model wouldn't know the order of the words.",
    ):
        assert _statuses([point], said, question) != ["contradicted"]


def test_rather_than_denies_what_follows_it():
    """ "A 而不是 B" / "rather than B": an answer swapping A and B contradicts the point;
    one denying B as the point does agrees, though it names the point's words."""
    point = Point(text="反向传播时重新计算注意力，而不是存下来")
    question = "反向传播怎么处理注意力？"
    swapped = "反向传播时把注意力矩阵存下来，而不是重新计算。"
    assert _statuses([point], swapped, question) == ["contradicted"]
    agreeing = "反向传播时不存注意力矩阵，而是重新计算一遍。"
    assert _statuses([point], agreeing, question) != ["contradicted"]
    served = Point(text="Deployed as a real-time service answering in under 50 ms")
    batch = "Transactions were scored by a nightly batch job rather than by a real-time service."
    assert _statuses([served], batch, "How is the fraud model served?") == ["contradicted"]


def test_a_comparison_turned_round_contradicts_without_a_negation():
    point = Point(text="Relative schemes such as RoPE extrapolate better to longer inputs")
    question = "How do positional encodings differ?"
    turned = "Learned absolute embeddings extrapolate better to longer inputs than relative "
    turned += "schemes like RoPE."
    assert _statuses([point], turned, question) == ["contradicted"]
    kept = "RoPE, a relative scheme, extrapolates better to longer inputs than learned ones."
    assert _statuses([point], kept, question) != ["contradicted"]
    stable = Point(text="Pre-LN 训练更稳定")
    assert _statuses([stable], "Post-LN 比 Pre-LN 训练更稳定。", "LN 放在哪里？") == [
        "contradicted"
    ]
    assert _statuses([stable], "Pre-LN 比 Post-LN 训练更稳定。", "LN 放在哪里？") != [
        "contradicted"
    ]


def test_a_term_said_with_only_is_no_flip_of_instead_of():
    """ "stores only some activations" already denies storing the rest."""
    point = Point(text="Checkpointing stores only some activations (at layer boundaries)")
    said = "It saves memory by recomputing activations instead of storing them."
    assert _statuses([point], said, "What is gradient checkpointing?") != ["contradicted"]


def test_a_verb_denied_with_nt_contradicts_the_claim():
    """ "I haven't built models" denies "Built the team's feature store", though it shares
    too few of the point's words to be read clause against clause."""
    point = Point(
        text="Built the team's feature store, which cut model training time from a day to two hours"
    )
    said = "I did sales at a retail chain; I haven't built models or worked on data."
    assert _statuses([point], said, "Walk me through your background.") == ["contradicted"]


def test_a_compound_written_apart_is_the_notes_hyphenated_word():
    """ "rather than in real time" denies the notes' "real-time"."""
    point = Point(text="Deployed as a real-time service answering in under 50 ms")
    said = "Transactions were scored in a nightly batch job rather than in real time."
    assert _statuses([point], said, "How is the model served?") == ["contradicted"]


def test_the_opposite_adjective_of_one_noun_contradicts_unless_the_answer_compares():
    point = Point(text="Every example is used for training, which helps with small datasets")
    question = "Why use k-fold cross-validation?"
    assert _statuses([point], "It is mostly useful for big datasets.", question) == ["contradicted"]
    compared = "It helps with small datasets, and big datasets need it less."
    assert _statuses([point], compared, question) != ["contradicted"]
    both = Point(text="Works best with large models; small models gain little")
    said = "It mostly helps large models, since small ones gain little."
    assert _statuses([both], said, "When does chain-of-thought help?") != ["contradicted"]
