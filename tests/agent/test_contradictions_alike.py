"""A term one side negates and the other does not, where both still say one thing
(agent._said_alike): right Chinese answers from the read held-out sets were marked "与参考
相反" for these shapes; the wrong claims on the same points are still caught."""

from __future__ import annotations

from agent._coverage import measure
from agent.keypoints import Point


def _statuses(points: list[str], answer: str, question: str) -> list[str]:
    return measure([Point(text=p) for p in points], answer, question).statuses


def test_a_thing_named_with_and_without_is_no_denial_of_it():
    """ "有条件和无条件的预测" names both cases of the condition: it denies neither."""
    question = "classifier-free guidance 是怎么做的？"
    point = ["w = 1 时就是普通的条件生成"]
    right = "采样时把有条件和无条件的两个预测组合一下。"
    assert _statuses(point, right, question) != ["contradicted"]
    assert _statuses(
        ["训练时把文本 embedding 换成空"], "用 embedding 和非 embedding 两种输入。", question
    ) != ["contradicted"]
    assert _statuses(["用条件生成"], "这里不用条件生成。", question) == ["contradicted"]


def test_a_state_held_still_denies_nothing_after_it():
    """ "保持不动" / "维持不变" says the rate is held constant, as "恒定" does: its 不 is the
    state's own, not a denial of "训大部分时间" after it."""
    point = ["稳定阶段：恒定峰值学习率训大部分时间"]
    right = "然后学习率在峰值上保持不动训绝大部分时间"
    assert _statuses(point, right, "WSD 调度是什么？") != ["contradicted"]
    held = "中间维持不变训大部分时间。"
    assert _statuses(point, held, "WSD 调度是什么？") != ["contradicted"]
    # "不动" with no 保持/维持 before it is still a denial: "doesn't touch the weights"
    touched = ["训练时更新原模型的权重"]
    assert _statuses(touched, "训练时不动原模型的权重。", "LoRA？") == ["contradicted"]


def test_unrelated_text_is_text():
    """ "无关文本" is unrelated text: 无关 is a word, its 无 denies no 文本."""
    point = ["做法：在很长的无关文本里插入一句话，再问模型这句话的内容"]
    right = "就是在一段很长的文本里面藏一句话，看模型能不能找出来。"
    assert _statuses(point, right, "大海捞针测试怎么做？") != ["contradicted"]
    assert _statuses(["用无标注文本预训练"], "预训练要用标注文本。", "预训练？") == ["contradicted"]


def test_a_negation_before_a_likeness_denies_the_verb_after_it():
    """ "不用像 PPO 那样再训一个 value 模型当 critic" denies training a critic, as the point
    does, however far the critic is from the 不用."""
    point = ["组内归一化算 advantage → 不需要 critic，比 PPO 省显存"]
    right = "advantage 在组内归一化，所以不用像 PPO 那样再训一个 value 模型当 critic。"
    assert _statuses(point, right, "GRPO 怎么做？") != ["contradicted"]
    wrong = "advantage 在组内归一化，但还是要像 PPO 那样训一个 critic。"
    assert _statuses(point, wrong, "GRPO 怎么做？") == ["contradicted"]


def test_not_first_is_no_denial_of_doing_it_later():
    """ "先回滚，不先查原因" denies only checking the cause first: "之后再查原因" agrees."""
    point = ["出事后十分钟内先止血：先回滚，不先查原因"]
    question = "讲一次你处理线上事故的经历。"
    assert _statuses(point, "先把版本回滚，然后再查原因。", question) != ["contradicted"]
    assert _statuses(point, "我们先查原因，查清楚再回滚。", question) == ["contradicted"]


def test_a_clause_restating_the_points_later_half_is_no_flip_of_its_first():
    """ "周末发版本身就有风险 → 之后定了周末不发版" says 发版 both ways: "组里定了周末不发版"
    restates the later half; a clause about the first half's case still flips it."""
    point = ["反思：周末发版本身就有风险 → 之后团队定了周末不发版"]
    right = "后来团队也定了周末不发版的规矩。"
    assert _statuses(point, right, "事故之后有什么反思？") != ["contradicted"]
    twice = ["训练时用 dropout → 推理时不用 dropout"]
    assert _statuses(twice, "推理时不用 dropout。", "dropout 怎么用？") != ["contradicted"]
    assert _statuses(twice, "训练时不用 dropout。", "dropout 怎么用？") == ["contradicted"]


def test_hardly_any_agrees_with_low():
    """ "区分度低" and "没什么区分度" say one thing; "区分度很高" still flips it."""
    point = ["现在大部分模型都接近满分 → 区分度低"]
    question = "大海捞针测试有什么局限？"
    right = "现在大部分模型都能全绿，没什么区分度。"
    assert _statuses(point, right, question) != ["contradicted"]
    assert _statuses(["这一步收益很小"], "这一步没有多少收益。", "为什么不做？") != ["contradicted"]
    assert _statuses(point, "现在大部分模型都接近满分，区分度很高。", question) == ["contradicted"]


def test_the_low_end_of_a_measure_is_no_denial_of_it():
    """ "通道重要性 = |γ|" names a measure; "把不重要的通道剪掉" picks out the channels at
    its low end, it denies no importance. A degree claimed of the measure still flips."""
    point = ["通道重要性 = BN 层的 γ 绝对值，训练时给 γ 加 L1 稀疏"]
    question = "你的模型剪枝具体是怎么剪的？"
    assert _statuses(point, "主要是把不重要的通道剪掉。", question) != ["contradicted"]
    features = ["特征重要性用 SHAP 值衡量"]
    assert _statuses(features, "先找出不重要的特征，删掉。", "怎么做特征选择？") != ["contradicted"]
    stable = ["换成 LayerNorm 以后训练稳定性更好"]
    assert _statuses(stable, "换成 LayerNorm 以后是不稳定的训练。", "为什么用 LayerNorm？") == [
        "contradicted"
    ]
