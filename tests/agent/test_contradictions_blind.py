"""Right answers of three blind sets (held-out 11, 16 and 17) the offline estimate called
contradicted, each as the shape of language it was, with a wrong answer of the same
shape still caught."""

from __future__ import annotations

from scoring_fixtures import contradicted

from agent._quantities import quantities
from agent._stories import story_contradictions
from agent.keypoints import Point


def _values(text: str) -> list[tuple[float, str, bool]]:
    return [(round(q.low, 3), q.family, q.hedged) for q in quantities(text)]


def test_more_than_a_number_of_points_is_a_hedged_number_of_points():
    assert _values("七日留存涨了三个多点") == [(3.0, "points", True)]
    assert _values("留存 +3.2pt") == [(3.2, "points", False)]
    notes = "- 新作者 7 日留存 +3.2pt"
    question = "冷启动做完效果怎么样？"
    assert contradicted(notes, "新作者七日留存涨了三个多点。", question) == []
    assert contradicted(notes, "新作者七日留存涨了八个多点。", question) != []


def test_points_and_percent_are_said_alike():
    notes = "- 结果：线上人均时长 +1.7%"
    question = "上线效果如何？"
    assert contradicted(notes, "线上人均时长加了一点七个点。", question) == []
    assert contradicted(notes, "线上人均时长加了五个点。", question) != []


def test_a_year_of_a_date_is_no_count_of_years():
    assert _values("23 年 Q2 意图识别") == []
    assert _values("二三年第二季度我们做意图识别") == []
    assert _values("我一九年毕业") == []
    assert _values("干了二三年")[0][1] == "seconds"  # "two or three years" is a duration
    notes = "- S：23 年 Q2 意图识别数据外包，合同 20 万条"
    question = "讲一次你和外部合作方发生分歧的经历。"
    right = "二三年第二季度我们做意图识别，把数据外包了，合同是二十万条。"
    assert contradicted(notes, right, question) == []
    assert contradicted(notes, "二三年第二季度我们外包了，合同是五万条。", question) != []


def test_a_metric_at_k_said_aloud_is_its_name():
    assert _values("recall at twenty went from about 0.6 to nearly 0.8") == [
        (0.6, "count", True),
        (0.8, "count", True),
    ]
    notes = "- trained the dense retriever -> recall@20 0.61 -> 0.78"
    question = "Tell me about yourself."
    right = "I trained our dense retriever and recall at twenty went from about 0.6 to nearly 0.8."
    assert contradicted(notes, right, question) == []
    wrong = "I trained our dense retriever and recall at twenty ended up at 0.61, up from 0.78."
    assert contradicted(notes, wrong, question) != []


def test_less_than_a_number_bounds_it_and_denies_nothing():
    notes = "- 质检：每批混 5% 黄金题，正确率 <90% 的标注员打回"
    question = "标注质量怎么保证？"
    right = "每一批混进百分之五的黄金题，正确率不到九成的人直接打回。"
    assert contradicted(notes, right, question) == []
    assert contradicted(notes, "正确率不到九成的人我们也不打回。", question) != []


def test_add_or_remove_is_either_and_no_denial():
    notes = "- add / remove a server -> only keys on the arc to its predecessor move"
    question = "Why consistent hashing?"
    right = "With only a handful of servers the arcs come out uneven, so we add virtual nodes."
    assert contradicted(notes, right, question) == []


def test_a_dont_in_the_notes_is_a_denial():
    notes = "- （别用 softmax 取 top-k 硬凑多标签）"
    question = "多标签分类的损失怎么选？"
    right = "多标签这时候就不用 softmax 了，而是每个标签各接一个 sigmoid。"
    assert contradicted(notes, right, question) == []
    assert contradicted(notes, "多标签就用 softmax 取 top-k。", question) != []


def test_a_property_named_is_no_claim_of_it():
    notes = "- 定位：缺失默认值填了 -1 → 线上线下特征不一致"
    question = "上线出了问题，你是怎么处理的？"
    right = "后面补了特征一致性校验，抽样把线上日志和离线样本逐条比对。"
    assert contradicted(notes, right, question) == []
    assert contradicted(notes, "查下来线上线下特征是一致的，不是特征的问题。", question) != []


def test_the_usual_thing_set_against_the_point_is_not_its_claim():
    notes = "- each token attends only to the previous W tokens, not the whole prefix"
    question = "How does sliding-window attention work?"
    right = "In normal causal attention every token looks at the whole prefix; here only W."
    assert contradicted(notes, right, question) == []
    wrong = "In sliding-window attention every token looks at the whole prefix."
    assert contradicted(notes, wrong, question) != []


def test_standard_deviation_is_no_usual_thing():
    notes = "- robust z on residual: |r - median| / (1.4826 * MAD), not the standard deviation"
    question = "How did you flag anomalies?"
    wrong = "We used the mean and standard deviation rather than the median and MAD."
    assert contradicted(notes, wrong, question) != []


def test_a_problem_the_work_solved_is_said_the_other_way_by_its_result():
    notes = "- 痛点：GMV 这类指标方差大 → 一个实验要跑 3-4 周才显著"
    question = "讲讲 CUPED 方差缩减。"
    right = "最后 GMV 的方差降了不少，实验时长也缩短了。"
    assert contradicted(notes, right, question) == []
    assert contradicted("- 结果：GMV 方差大幅降低", "GMV 的方差反而变大了。", question) != []


def test_a_denial_inside_a_relative_clause_is_not_the_claims():
    notes = "- def: a feature carries info about the label that won't exist at prediction time"
    question = "What is target leakage?"
    right = "It's when information from the label leaks into your features."
    assert contradicted(notes, right, question) == []


def test_a_filter_drops_under_a_condition_and_denies_nothing():
    notes = "- cross-encoder as filter: drop a mined negative if CE score > 0.8"
    question = "How did you mine hard negatives?"
    right = "We mined hard negatives with BM25, then the cross-encoder dropped likely positives."
    assert contradicted(notes, right, question) == []
    assert (
        contradicted("- we mined hard negatives with BM25", "We never mined negatives.", "") != []
    )


def test_what_the_notes_found_too_costly_was_not_done():
    notes = "- re-mine once after epoch 2 with the new model (ANCE-style async refresh too costly)"
    question = "How did you mine hard negatives?"
    right = (
        "After the second epoch we re-mined once with the new model instead of refreshing "
        "the index continuously, which was too expensive."
    )
    assert contradicted(notes, right, question) == []


def test_a_failure_the_whole_story_tells_is_no_new_one():
    measured = [Point(text="R：第二批起准确率 96%+；规范模板推广到其他项目")]
    notes = "A：谈条件：歧义部分返工费我们出\nR：第二批起准确率 96%+；规范模板推广到其他项目"
    question = "讲一次你和外部合作方发生分歧的经历。"
    said = ["我们最后第二批准确率到了百分之九十六，返工的钱两边分着出。"]
    assert story_contradictions(measured, said, question, notes) == []
    assert story_contradictions(measured, ["最后我们的项目延期了两个月。"], question, notes) != []


def test_the_start_of_a_change_the_answer_tells_is_the_before():
    notes = "- 三个矩阵 → 为了参数量和原 FFN 持平，隐层缩到 8/3 d"
    question = "为什么大模型的 FFN 用 SwiGLU？"
    right = "因为矩阵从两个变成了三个，为了总参数量不变，中间维度取三分之八倍。"
    assert contradicted(notes, right, question) == []
    assert contradicted(notes, "因为矩阵从两个变成了五个，参数量不变。", question) != []


_RECOMMENDER = (
    "原来用的是基于 ItemCV 的协同过滤，冷启动商品几乎没有曝光。我把召回改成双塔模型 + ItemCF "
    "多路召回。上线后 CTR 从 3.1% 提升到 3.6%，冷启动商品曝光占比从 2% 提到 9%。"
)


def test_a_change_is_matched_by_what_changed_not_by_its_verb():
    question = "介绍一下你做过的推荐项目？"
    assert contradicted(_RECOMMENDER, "上线后 CTR 从 3.1% 提到 3.6%。", question) == []
    assert contradicted(_RECOMMENDER, "上线后 CTR 从 3.1% 提到 7.6%。", question) != []
    assert contradicted(_RECOMMENDER, "冷启动商品曝光占比从 2% 提到了 15%。", question) != []


def test_a_change_told_as_the_notes_tell_it_whatever_its_name():
    notes = "- 结果：TTFT P99 2.4s → 0.9s；TPOT P99 85ms → 40ms"
    question = "PD 分离的效果怎么样？"
    right = "最后首 token P99 从两秒四到零点九秒。"
    assert contradicted(notes, right, question) == []


def test_the_notes_before_is_no_claim_about_after():
    question = "介绍一下你做过的推荐项目？"
    after = "冷启动商品曝光占比从 2% 提到了 9%，CTR 也涨了。"
    assert contradicted(_RECOMMENDER, after, question) == []
    assert contradicted(_RECOMMENDER, "原来冷启动商品就有很多曝光。", question) != []


def test_a_story_told_as_its_lesson_says_it_should_not_have_been_done():
    notes = (
        "A：训练后离线指标几乎没变，我花了三天排查训练超参，最后才发现问题在数据\n"
        "反思：我应该先花半天抽查偏好数据和目标是否一致，而不是先调超参"
    )
    question = "说一个你失败的经历？"
    told = "离线指标几乎没变，我花了三天调超参，最后才发现是数据的问题。"
    assert contradicted(notes, told, question) == []
    # a rule of the notes, no one's lesson, is still a claim
    rule = "- NLP 里应该用 LayerNorm，而不是 BatchNorm"
    assert contradicted(rule, "NLP 里一般用 BatchNorm。", "NLP 为什么用 LayerNorm？") != []


_QUANTISATION = (
    "**GPTQ** (Frantar et al. 2022): layer by layer; use the inverse Hessian to update the "
    "not-yet-quantised weights and compensate the error\n"
    "**AWQ** (Lin et al. 2023): ~1% of weight channels are salient, found by activation "
    "magnitude; no backprop, no Hessian, grid search over the scale exponent"
)


def test_a_point_is_of_the_thing_its_heading_names():
    question = "How do GPTQ and AWQ differ?"
    right = "GPTQ uses the inverse Hessian from a small calibration set to adjust the weights."
    assert contradicted(_QUANTISATION, right, question) == []


def test_a_denial_covers_the_list_it_heads():
    question = "How do GPTQ and AWQ differ?"
    right = "AWQ just searches the scaling factor, no gradients or Hessian."
    assert contradicted(_QUANTISATION, right, question) == []
    wrong = "AWQ needs gradients or Hessian to find the scale."
    assert contradicted(_QUANTISATION, wrong, question) != []


def test_another_object_set_against_is_no_denied_verb():
    notes = "- more data helps variance not bias; bigger model lowers bias, raises variance"
    question = "bias vs variance?"
    right = "More data helps with variance but not really with bias."
    assert contradicted(notes, right, question) == []
    wrong = "More data helps with bias but not really with variance."
    assert contradicted(notes, wrong, question) != []


def test_a_count_written_with_a_comma_or_per_day_is_no_year():
    assert _values("ops can only review 2,000 txns/day") == [(2000.0, "rate", False)]
    assert _values("in 2022 we shipped it") == []
    notes = "- T: ops can only review 2,000 txns/day"
    question = "Tell me about a time you disagreed with a PM."
    assert (
        contradicted(notes, "Ops could only review about 2,000 transactions a day.", question) == []
    )
    assert contradicted(notes, "Ops could review 20,000 transactions a day.", question) != []
