"""False "may contradict" flags read on held-out 22-25's right answers, fixed by their
shape: each right answer said in other words is not flagged, and a wrong one on the same
notes still is. Also the wrong answers there that went unflagged, caught by their shape."""

from __future__ import annotations

from scoring_fixtures import point_status as _status

from agent._stories import story_contradictions
from agent.keypoints import Point

SKEW = "✗ 只调大 spark.sql.shuffle.partitions 没用 —— 同一个 key 还是落同一分区"
SKEW_QUESTION = "Spark 数据倾斜你是怎么处理的？"


def test_a_dash_ends_a_denial():
    """ "没用 —— 同一个 key 还是落同一分区": the 没 denies the use, not what the dash
    goes on to say."""
    right = "只调大分区数没用，因为同一个 key 还是会落到同一个分区里。"
    assert _status(SKEW, right, SKEW_QUESTION) != "contradicted"
    wrong = "同一个 key 不会落同一分区，所以调大 shuffle partitions 就行。"
    assert _status(SKEW, wrong, SKEW_QUESTION) == "contradicted"


DEMOTION = "until retrain: demotion -> soft rank penalty instead of hiding"
DEMOTION_QUESTION = "Tell me about a time you raised a problem nobody had asked you to look at."


def test_a_change_told_from_start_to_end_restates_a_choice_made_instead():
    """ "changed it from hiding to a soft penalty" says what "soft penalty instead of
    hiding" says: the start left is the one rejected. Told the other way round, it is
    wrong."""
    right = "Until the retrain we changed the demotion from hiding the listing to a soft penalty."
    assert _status(DEMOTION, right, DEMOTION_QUESTION) != "contradicted"
    wrong = "Until the retrain we changed the demotion from a soft penalty to hiding the listing."
    assert _status(DEMOTION, wrong, DEMOTION_QUESTION) == "contradicted"


UPLIFT_QUESTION = "讲讲你做的续费券 uplift 项目"
T_LEARNER = "模型：T-learner（两个 LightGBM 分别拟合发券组 / 对照组）→ 后换 X-learner"
RANDOMISED = "先跑 2 周随机实验拿无偏数据：随机 50% 发券 / 50% 不发，~120 万用户"


def test_a_pair_of_a_thing_and_its_absence_denies_neither():
    """ "发券组和不发券组各训一个 lightgbm": the 不 names the pair's other group and denies
    nothing after it; "50% 发券 / 50% 不发" names both halves, so "不发券" is no flip."""
    right = "我们用 T-learner，发券组和不发券组各训一个 LightGBM，后来换成了 X-learner。"
    assert _status(T_LEARNER, right, UPLIFT_QUESTION) != "contradicted"
    assert _status(T_LEARNER, "模型没用 T-learner，只训了一个 LightGBM。", UPLIFT_QUESTION) == (
        "contradicted"
    )
    told = "先做了两周随机实验，不发券的那一半用户也会续费，大概一百二十万用户。"
    assert _status(RANDOMISED, told, UPLIFT_QUESTION) != "contradicted"
    wrong = "我们没有做随机实验，直接用历史数据。"
    assert _status(RANDOMISED, wrong, UPLIFT_QUESTION) == "contradicted"


INCREMENT = "真正要预测的是 发券带来的增量，不是流失概率"
STREAMING = "原来等 VAD 切完整句才送识别（非流式 Conformer），说完到出结果 P50 ~1.1 s"


def test_the_old_way_told_as_the_past_is_no_claim_against_the_new():
    """ "原来按流失概率发券不太划算" tells the way the notes replaced; "把原来整句识别改成了
    流式的" tells the change away from the notes' "原来…非流式". Said as the way now, each is
    wrong."""
    past = "主要是原来按流失概率发券不太划算。"
    assert _status(INCREMENT, past, UPLIFT_QUESTION) != "contradicted"
    assert _status(INCREMENT, "我们要预测的就是流失概率。", UPLIFT_QUESTION) == "contradicted"
    changed = "就是把原来整句识别改成了流式的，延迟降了很多。"
    assert _status(STREAMING, changed, "车载语音识别怎么做的流式？") != "contradicted"


def test_used_to_as_a_purpose_is_no_past():
    """ "It is mainly used to fix vanishing gradients" states a purpose: it still
    contradicts "It does not fix vanishing gradients"."""
    point = "It does not fix vanishing gradients"
    wrong = "It is mainly used to fix vanishing gradients in CNNs."
    assert _status(point, wrong, "What is gradient clipping for?") == "contradicted"


def test_meaning_is_no_mean():
    """ "meaning reference words the system dropped" says nothing of the notes' "NOT mean
    of per-utterance WER": "meaning" is a word of its own, not "mean" with -ing."""
    point = "corpus WER = total errors / total ref words, NOT mean of per-utterance WER"
    question = "How is word error rate computed?"
    right = "Deletions, meaning reference words the system dropped, count as errors too."
    assert _status(point, right, question) != "contradicted"
    wrong = "Corpus WER is the mean of the per-utterance WERs."
    assert _status(point, wrong, question) == "contradicted"


def test_not_just_and_rather_than_both_put_the_term_below_the_aim():
    point = "为什么来：想系统做语音大模型 / 端到端语音对话，不只是拼流水线"
    question = "简单介绍一下你自己吧，为什么想来我们这里？"
    right = "我想系统地做语音大模型和端到端的语音对话，而不是一直在拼流水线。"
    assert _status(point, right, question) != "contradicted"
    en_point = "why here: build end-to-end speech models, not just glue pipelines"
    en_right = "I want to build end-to-end speech models rather than glue pipelines together."
    assert _status(en_point, en_right, "Why do you want to join us?") != "contradicted"


def test_advice_against_an_excess_says_what_its_warning_says():
    """ "α 太大 → 伤主任务效果" warns of the excess "系数不能太大" advises against."""
    point = "注：α 太大 → 伤主任务效果"
    question = "MoE 模型里为什么需要负载均衡？常见的做法有哪些？"
    right = "加辅助的均衡损失，乘一个很小的系数；但系数不能太大，不然会拖累主任务。"
    assert _status(point, right, question) != "contradicted"
    en_point = "note: alpha too large -> hurts the main task"
    en_right = "The coefficient shouldn't be too large, or it hurts the main task."
    assert _status(en_point, en_right, "Why do MoE models need load balancing?") != ("contradicted")


def test_a_measure_named_claims_nothing_of_its_property():
    """ "核矩阵可以理解成质量乘相似度" names similarity as a measure: it does not say the
    items are similar, against the notes' "彼此不相似"."""
    point = "目标 max log det(L_Y) → 质量高 + 彼此不相似"
    question = "信息流重排怎么用 DPP 做多样性？"
    right = "DPP 的核矩阵可以理解成质量乘相似度，目标是最大化子集核矩阵的行列式。"
    assert _status(point, right, question) != "contradicted"
    wrong = "目标是最大化行列式，选出来的内容质量高而且彼此很相似。"
    assert _status(point, wrong, question) == "contradicted"
    rate = "不一致 / 置信低 → 全部人工标"  # "一致率" is a rate measured, no claim of agreement
    assert _status(rate, "比一比两种情况下的一致率。", "讲讲你的 ABSA 项目") != "contradicted"


def test_a_negation_before_a_kind_describes_the_kind():
    """ "同作者不能连着出这种硬规则还留着兜底": the 不 describes what kind of rule, it does
    not deny the rule kept."""
    point = "硬规则兜底：同作者不连出"
    question = "信息流重排怎么做多样性？"
    right = "同作者不能连着出这种硬规则还留着兜底。"
    assert _status(point, right, question) != "contradicted"
    assert _status(point, "我们没留硬规则兜底。", question) == "contradicted"


def test_the_lack_an_act_filled_is_no_denial_of_it():
    """ "没有 PRD，没有指标，只给了六周" tells the lack "定成功指标" filled; "我们没定指标"
    denies the act and is still wrong. A spaced slash ends a list item's denial: "不知道为啥
    / 退款率高" does not deny the refund rate."""
    point = "定成功指标：诊断页周活商家 ≥ 30%"
    question = "讲一次你把模糊需求落地的经历"
    right = "没有 PRD，没有指标，只给了六周。后来把成功标准定下来：诊断页每周有三成商家在用。"
    assert _status(point, right, question) != "contradicted"
    assert _status(point, "我们没定指标，做完就上线了。", question) == "contradicted"
    listed = "归纳 3 类高频问题：流量掉了不知道为啥 / 退款率高 / 想和同行比"
    said = "归纳下来三类问题：流量掉了不知道为什么、退款率偏高、想跟同行比一比。"
    assert _status(listed, said, question) != "contradicted"


def test_not_realistic_after_the_thing_denies_it():
    """ "a supervised classifier wasn't realistic" rejects what the notes' "(NOT a supervised
    classifier)" rejects: both deny it."""
    point = "anomaly detection trained on GOOD parts only (NOT a supervised classifier)"
    question = "How did you detect the defects on the line?"
    right = "Defects were so rare that a supervised classifier wasn't realistic, so we trained "
    right += "anomaly detection on good parts only."
    assert _status(point, right, question) != "contradicted"
    wrong = "We trained a supervised classifier on labelled defect photos."
    assert _status(point, wrong, question) == "contradicted"


def test_a_denied_infinitive_denies_its_verb():
    """ "couldn't afford to sweep" denies the sweep, as the notes' "can't sweep" does: the
    "to" is an infinitive's, not a preposition naming where."""
    point = "Problem: can't sweep LR / init at 7B (one run ~3 wks on 512 GPUs)"
    question = "How did you choose hyperparameters for the 7B pretraining run?"
    right = "The problem was that we couldn't afford to sweep learning rates at seven billion."
    assert _status(point, right, question) != "contradicted"
    saved = "We tuned on small models and used muP, so we didn't have to sweep at full size."
    assert _status(point, saved, question) != "contradicted"
    wrong = "We could sweep the LR at 7B easily, one run was quick."
    assert _status(point, wrong, question) == "contradicted"


def test_a_size_s_letter_is_no_shared_word():
    """ "7B" is read as "7" and "b": the two are one name, and "the 7b model without
    retuning" shares no claim with "7B run never diverged"."""
    point = "7B run never diverged"
    right = "We carried the settings over to the 7b model without retuning."
    assert _status(point, right, "How did muP transfer go?") != "contradicted"
    wrong = "The 7B run diverged twice and we had to restart it."
    assert _status(point, wrong, "How did muP transfer go?") == "contradicted"


def test_a_win_told_the_other_way_round_contradicts():
    """ "parallel clearly beat stacked" turns round the notes' "stacked (cross -> deep) beat
    parallel", as "parallel was better than stacked" does; told the notes' way it is a hit."""
    point = "stacked (cross -> deep) beat parallel on our data"
    question = "Tell me about replacing manual feature crosses with DCN-v2."
    for wrong in (
        "On our data the parallel structure clearly beat stacked.",
        "Parallel was better than stacked on our data.",
    ):
        assert _status(point, wrong, question) == "contradicted", wrong
    right = "On our data stacking the cross network before the deep part beat running them in "
    right += "parallel."
    assert _status(point, right, question) != "contradicted"
    zh = "堆叠结构（cross → deep）在我们数据上优于并行"
    assert _status(zh, "在我们数据上并行优于堆叠。", "讲讲 DCN-v2 项目") == "contradicted"


def test_technical_words_with_wu_deny_nothing():
    """ "无偏数据" is unbiased data, a word of its own: "无偏的数据" says the same, and
    neither denies the data."""
    point = "先跑 2 周随机实验拿无偏数据：随机 50% 发券 / 50% 不发，~120 万用户"
    question = "讲讲你做的续费券 uplift 项目"
    right = "要学增量就得有无偏的数据，所以先跑了两周随机实验。"
    assert _status(point, right, question) != "contradicted"
    assert _status(point, "我们没跑随机实验，直接用历史数据。", question) == "contradicted"
    harmless = "建 边界集：~3k 条“看着危险其实无害”的 prompt（敏感词 + 无害意图）"
    said = "我们建了一个边界集，大概三千条看着危险、其实意图没问题的问题。"
    assert _status(harmless, said, "过度拒答怎么解决的？") != "contradicted"


def test_a_denial_reaches_past_at_the_same_time():
    """ "没法同时看到两种结果" denies the seeing as "看不到两种结果" does: 同时 after 没法
    starts no new phrase (it does after "不改": "什么都不改直接用")."""
    point = "不能用普通 AUC（单个用户看不到两种结果，没有个体真值）"
    question = "uplift 模型怎么评估？"
    right = "不能用普通的 AUC，因为同一个人你没法同时看到发和不发两种结果。"
    assert _status(point, right, question) != "contradicted"
    wrong = "可以直接用普通 AUC，每个用户两种结果都能看到。"
    assert _status(point, wrong, question) == "contradicted"


def test_the_problem_told_before_the_outcome_is_no_failure_of_it():
    """ "之前…没人管，老出问题，…后来稳定多了": the failure comes before the outcome word, as
    the problem the story set out to fix; "结果上线后老出问题" is how it ended, and wrong."""
    points = [Point(text="原 owner 转岗，没人接")]
    points.append(Point(text="R：失败 6 次/月 → 0–1 次；年中评估多了一条“跨团队 ownership”"))
    question = "讲一次你主动承担职责之外工作的经历"
    before = "之前有个数据 pipeline 没人管，老出问题，我就主动去修了一下，后来稳定多了。"
    assert story_contradictions(points, [before], question) == []
    after = "我接手修了 pipeline，结果上线后老出问题，还被投诉了。"
    assert story_contradictions(points, [after], question) != []


GUMBEL = (
    "Why: sampling from a categorical is not differentiable -> can't backprop through a "
    "discrete choice (discrete latents, picking a token or an op in NAS, hard attention)"
)


def test_what_a_method_is_for_is_no_claim_against_the_problem_it_solves():
    """ "a trick to make sampling differentiable", "a way to get gradients through a discrete
    sample": the method does what the notes say cannot be done without it. Saying sampling
    is differentiable is wrong."""
    question = "What is the Gumbel-softmax trick, and when would you use it?"
    for right in (
        "It's a way to get gradients through a discrete sample.",
        "It's a trick to make sampling from a categorical distribution differentiable.",
    ):
        assert _status(GUMBEL, right, question) != "contradicted", right
    wrong = "Sampling from a categorical is differentiable, so you can backprop through it."
    assert _status(GUMBEL, wrong, question) == "contradicted"
