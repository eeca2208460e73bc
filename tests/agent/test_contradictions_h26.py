"""False "may contradict" flags and unflagged wrong answers read on held-out 26 and 27,
fixed by their shape: a right answer said in other words is not flagged, and a wrong one
on the same notes is."""

from __future__ import annotations

from scoring_fixtures import point_status as _status

from agent._side_by_side import exchanged_definitions
from agent.keypoints import Point

CHUNKING = "v0 = 固定 512 token 切块 + 向量检索 top-5 → 答案常漏“责任免除”"
CHUNKING_QUESTION = "讲讲你做的保险条款问答 RAG 项目"


def test_no_longer_doing_what_the_first_version_did_agrees_with_it():
    """ "不再固定长度硬切" of "v0 = 固定 512 token 切块": the notes' first version is the
    way the work replaced, and a "no longer" says the same."""
    right = "主要是把切块方式改了，不再固定长度硬切，按条款来切。"
    assert _status(CHUNKING, right, CHUNKING_QUESTION) != "contradicted"
    english = "Baseline: fixed 512-token chunks with top-5 vector search"
    said = "We no longer cut fixed 512-token chunks; we split by clause."
    assert _status(english, said, "Walk me through your RAG project.") != "contradicted"


BIAS_VARIANCE_NOTES = """偏差-方差分解
- 高偏差 = **欠拟合**：模型太简单，train 误差就高，train ≈ val
- 高方差 = **过拟合**：train 低、val 高，gap 大
**对策**
- 偏差：加特征 / 换更大模型 / 减弱正则 / boosting
- 方差：更多数据、L2 / dropout、早停、bagging · 随机森林（平均 → 降方差）"""
OVERFITTING = Point(text="高方差 = 过拟合：train 低、val 高，gap 大")
BAGGING = Point(text="方差：更多数据、L2 / dropout、早停、bagging · 随机森林（平均 → 降方差）")


def test_a_definition_given_to_the_thing_defined_beside_it_is_wrong():
    """Neighbouring lines define two things: an answer giving one the other's definition
    or remedy contradicts them, whichever of the two lines was sampled."""
    points = [OVERFITTING, BAGGING]
    for wrong, point in (
        ("偏差大其实对应的是过拟合，模型把训练数据记得太死。", 0),
        ("方差大是欠拟合，预测结果不稳定。", 0),
        ("bagging、随机森林是降偏差的。", 1),
    ):
        assert [i for i, _ in exchanged_definitions(points, [wrong], BIAS_VARIANCE_NOTES)] == [
            point
        ], wrong
    for right in (
        "高偏差就是欠拟合，模型太简单；高方差就是过拟合。",
        "方差大就用 bagging 或者随机森林，偏差大就加特征或者用 boosting。",
        "偏差大的时候加数据没用，要换更大的模型。",
    ):
        assert exchanged_definitions(points, [right], BIAS_VARIANCE_NOTES) == [], right


def test_an_english_definition_exchanged_is_wrong():
    notes = "- high bias = underfitting: model too simple\n- high variance = overfitting: gap"
    point = Point(text="high variance = overfitting: gap")
    assert exchanged_definitions([point], ["High bias means overfitting."], notes)
    assert not exchanged_definitions([point], ["High variance is overfitting."], notes)


def test_what_a_method_takes_a_thing_for_is_no_claim_about_it():
    """ "t 检验把每次曝光当成了独立样本" tells the test's mistake the notes point out ("多次
    曝光不独立"); said as the candidate's own claim, it contradicts them."""
    point = "随机化单位 = 用户，分析单位 = 曝光 → 同一用户的多次曝光 **不独立**（正相关）"
    question = "按用户分流、比较点击率时，直接把每次曝光当一个样本做 t 检验有什么问题？"
    right = "问题出在随机化单位是用户，而 t 检验把每次曝光当成了独立样本。"
    assert _status(point, right, question) != "contradicted"
    wrong = "同一个用户的多次曝光是独立的，所以直接做 t 检验没问题。"
    assert _status(point, wrong, question) == "contradicted"
    english = "Same user's impressions are NOT independent (positively correlated)"
    said = "The naive t-test treats every impression as independent, which they aren't."
    assert _status(english, said, "What goes wrong with a per-impression t-test?") != (
        "contradicted"
    )


def test_a_change_read_as_a_range_of_its_two_figures_is_no_wrong_number():
    point = "precision in top 1% flagged 22% -> 41%"
    right = "Precision in the top one percent nearly doubled, twenty-two to forty-one percent."
    assert _status(point, right, "How did you encode them?") != "contradicted"
    wrong = "Precision in the top one percent went from twenty-two to thirty percent."
    assert _status(point, wrong, "How did you encode them?") == "contradicted"


def test_a_negation_a_few_words_before_a_number_denies_it():
    point = "smoothing: shops with few claims pulled to the prior, 1.8%"
    right = "We shrank toward the prior, so a small shop doesn't get a rate of a hundred percent."
    assert _status(point, right, "How did you encode them?") != "contradicted"


def test_choosing_the_end_of_a_change_in_words_restates_it():
    """ "train hourly instead of daily" of the notes' "training daily -> hourly streaming";
    the start chosen over the end is still wrong."""
    point = "training daily -> hourly streaming"
    question = "How did you fix the delayed-feedback problem?"
    right = "That also let us train hourly instead of daily."
    assert _status(point, right, question) != "contradicted"
    assert _status(point, "We kept training daily instead of hourly.", question) == "contradicted"


def test_a_figure_and_the_conclusion_an_arrow_leads_to_are_no_change():
    """ "≈ 64% → 一个显著说明不了什么": a probability and what follows from it, not a change
    from 64% to one that "一减零点九五的二十次方" could tell backwards."""
    point = "至少一个显著的概率 = 1 − 0.95^20 ≈ 64% → 一个显著说明不了什么"
    right = "二十个里至少冒出一个显著的概率是一减零点九五的二十次方，六成多。"
    assert _status(point, right, "同时看二十个指标，一个显著说明什么？") != "contradicted"
    turned = ["误唤醒 2 次/天 → 0.3 次/天"]
    wrong = "接手的时候是一天零点三次，后来涨到了两次多。"
    assert _status(turned[0], wrong, "讲讲你的唤醒项目") == "contradicted"


def test_a_signed_change_told_in_the_other_direction_is_wrong():
    """ "人工复核 -60%" against "人工复核的工作量反而涨了"; "p50 latency -30%" against
    "latency went up". Said the notes' way, or denied the other way, it is not."""
    zh = "T4 上 0.9 s/张；人工复核 -60%"
    question = "讲讲你做的输电线路缺陷检测项目"
    assert _status(zh, "误报变多，人工复核的工作量反而涨了。", question) == "contradicted"
    assert _status(zh, "人工复核的工作量少了六成。", question) != "contradicted"
    en = "Results: ROAS +6%; p50 latency -30%"
    question = "How did the migration go?"
    assert _status(en, "In the end p50 latency went up a little.", question) == "contradicted"
    assert _status(en, "P50 latency dropped by thirty percent.", question) != "contradicted"
    assert _status(en, "Latency didn't go up at all.", question) != "contradicted"
    hit_rate = "结果：首选词命中率 +6.5%"
    said = "做下来首选词命中率提了六个半点。"
    assert _status(hit_rate, said, "讲讲你的输入法项目") != "contradicted"
    search = "applications / search +5% rel"
    said = "Zero-result searches fell from about four percent to one."
    assert _status(search, said, "Tell me about your query rewriting work.") != "contradicted"


def test_a_chinese_act_denied_after_its_object_is_denied():
    """ "数据增广也没做" denies the notes' "copy-paste 增广缺陷"; "没做完" does not."""
    point = "copy-paste 增广缺陷"
    question = "讲讲你做的输电线路缺陷检测项目"
    assert _status(point, "数据增广也没做，标注已经够了。", question) == "contradicted"
    assert _status(point, "缺陷样本少，我们用 copy-paste 做了增广。", question) != "contradicted"


def test_a_relation_the_notes_deny_asserted_is_wrong():
    """ "和参数量没直接关系" against "跟参数量成正比"; naming what it does depend on is right."""
    point = "和参数量没直接关系"
    question = "大模型推理时 KV cache 大概要占多少显存？"
    assert _status(point, "它大小主要跟参数量成正比。", question) == "contradicted"
    right = "它跟层数、头数和长度成正比，跟参数量没什么直接关系。"
    assert _status(point, right, question) != "contradicted"
    english = "peak memory is independent of batch size"
    question = "How much memory does it take?"
    said = "Peak memory scales with the batch size."
    assert _status(english, said, question) == "contradicted"
    said = "Peak memory scales with sequence length."
    assert _status(english, said, question) != "contradicted"


def test_the_start_of_a_change_said_to_go_on_is_wrong():
    """ "还是每个 commit 都跑" against "每个 commit 都跑 → 每天一次"; the change told, or the
    end said to go on, is right."""
    point = "性能回归 CI：每个 commit 都跑 → 每天一次 + 合入前手动触发"
    question = "讲一次你在资源被砍时安排优先级的经历"
    assert _status(point, "性能回归还是每个 commit 都跑。", question) == "contradicted"
    told = "性能回归从每个 commit 都跑改成了每天一次。"
    assert _status(point, told, question) != "contradicted"
    english = "training daily -> hourly streaming"
    question = "How did you fix the delayed feedback?"
    assert _status(english, "We still kept training daily.", question) == "contradicted"
    assert _status(english, "We still train hourly now.", question) != "contradicted"


def test_more_chinese_acts_denied_after_their_object():
    """ "一个实验都没砍" denies the notes' cut; "GPU 用量反而多了" turns "总 GPU 时 -45%"."""
    question = "讲一次你在资源被砍时安排优先级的经历"
    cut = "先列清单，所有实验按阻塞上线与否分 P0 / P1 / P2 → P2 直接砍"
    assert _status(cut, "一个实验都没砍，全部跑完。", question) == "contradicted"
    hours = "R：按时上线，延迟 SLO 达标；总 GPU 时 -45%"
    assert _status(hours, "GPU 用量反而多了四成五。", question) == "contradicted"
    assert _status(hours, "总的 GPU 时省了四成多。", question) != "contradicted"


# Found by reading each labelled reference back as its own answer: whatever the notes say
# cannot contradict the notes.


def test_a_not_equal_sign_ends_no_sentence():
    point = "low PPL != good downstream / instruction following"
    said = "Low PPL != good downstream / instruction following."
    assert _status(point, said, "What does perplexity tell you?") != "contradicted"


def test_a_rate_named_by_a_negation_denies_nothing():
    """ "无结果率" is the no-result rate: "结果" said elsewhere is no claim against it."""
    point = "背景：原来只有关键词倒排召回，长尾 query 无结果率 8%"
    said = "结果：长尾 query 的召回提升明显。"
    assert _status(point, said, "讲讲你做的搜索召回项目") != "contradicted"


def test_with_and_without_a_thing_side_by_side_deny_nothing():
    """ "有指令时回答的 loss / 无指令时回答的 loss": the pair, not a denial of the instruction."""
    point = "太低（太简单）的去掉，>1 的也去掉（指令和回答不相关）"
    said = "IFD = 有指令时回答的 loss / 无指令时回答的 loss。"
    assert _status(point, said, "你们是怎么筛 SFT 数据的？") != "contradicted"


def test_a_point_telling_of_both_names_is_no_swap_of_them():
    point = "Bayesian view: L1 is a Laplace prior, L2 a Gaussian prior"
    said = "In the Bayesian view L1 is a Laplace prior, L2 a Gaussian prior."
    assert _status(point, said, "How do L1 and L2 regularisation differ?") != "contradicted"


def test_a_head_word_the_other_line_says_names_neither_definition():
    notes = (
        "多分类：类别互斥，一个样本只有一个标签 → softmax + CE\n"
        "多标签：一个样本可以同时有多个标签 → 每个标签独立 sigmoid + BCE，相当于 K 个二分类"
    )
    points = [Point(text=line) for line in notes.splitlines()]
    said = notes.splitlines()  # the notes read back
    assert exchanged_definitions(points, said, notes) == []


def test_a_figure_change_said_in_its_own_order_is_not_turned():
    point = "结果：预算提前耗尽的计划占比 38% → 9%，广告主 ROI +6.5%"
    said = "结果（两周，10% 流量）：预算提前耗尽的计划占比 38% → 9%，广告主 ROI +6.5%。"
    assert _status(point, said, "讲讲你的预算平滑项目") != "contradicted"
