"""References that qualify a claim ("without", "no longer", "rather than", "not only … but",
"不再", "而不是", "即使") agree with a right answer said in other words, and still catch a
wrong one. Cases from a real interview on L1/L2 notes, where right answers were marked
contradicted, and their Chinese counterparts."""

from __future__ import annotations

from agent._coverage import measure
from agent.keypoints import Point

L1L2_QUESTION = "What is the difference between L1 and L2 regularisation?"
L1L2 = [
    Point(text="L1 drives many weights exactly to zero, giving sparse models"),
    Point(text="L2 shrinks weights without making them zero"),
    Point(text="L1 is not differentiable at zero, so it needs subgradients"),
]


def _statuses(points: list[Point], answer: str, question: str) -> list[str]:
    return measure(points, answer, question).statuses


def test_saying_what_without_denies_in_other_words_is_no_contradiction():
    """ "makes the weights smaller" shares "making" with "without making them zero": the
    reference denies making them *zero*, which the answer never claims."""
    answer = "L2 makes the weights smaller."
    assert _statuses(L1L2, answer, L1L2_QUESTION)[1] != "contradicted"
    hedged = "I think of L2 as making all the weights smaller, but they never land on zero."
    assert "contradicted" not in _statuses(L1L2, hedged, L1L2_QUESTION)


def test_a_clause_agreeing_with_one_point_is_no_denial_of_another():
    """ "never exactly zero" (of L2) says what the L2 point says; the L1 point's "exactly to
    zero" is the other half of the reference's contrast, not what the clause denies."""
    answer = "L2 adds the squared weights; they get smaller but basically never exactly zero."
    assert _statuses(L1L2, answer, L1L2_QUESTION)[0] != "contradicted"


def test_a_kink_at_zero_agrees_with_not_differentiable_at_zero():
    answer = "L1 has a kink at zero, so you optimise it with subgradients."
    assert _statuses(L1L2, answer, L1L2_QUESTION)[2] != "contradicted"
    bare = [Point(text="L1 is not differentiable at zero")]
    assert _statuses(bare, "L1 has a kink at zero.", L1L2_QUESTION) != ["contradicted"]


def test_the_wrong_claims_on_the_same_notes_still_contradict():
    assert _statuses(L1L2, "L2 makes the weights exactly zero.", L1L2_QUESTION)[1] == (
        "contradicted"
    )
    assert _statuses(L1L2, "L1 never drives weights to zero.", L1L2_QUESTION)[0] == ("contradicted")


def test_a_no_longer_point_agrees_with_an_answer_describing_what_used_to_happen():
    point = Point(text="网络很深时不再出现退化问题（层数加深训练误差反而上升）")
    answer = "以前网络一深，训练误差反而变大，就是退化问题，加了残差之后就没有这个问题了。"
    assert _statuses([point], answer, "残差连接为什么有用？") != ["contradicted"]
    english = Point(text="With warmup the loss no longer spikes in the first steps")
    said = "Before warmup the loss used to spike early on; warmup fixed that."
    assert _statuses([english], said, "Why use warmup?") != ["contradicted"]
    wrong = "加了残差之后网络很深时还是会出现退化问题。"
    assert _statuses([point], wrong, "残差连接为什么有用？") == ["contradicted"]


def test_a_concession_denies_nothing():
    """ "就算残差分支什么都没学到" / "even if it learns nothing" is a condition."""
    point = Point(text="最差情况下残差分支学成 0，就退化为恒等映射，不会比浅层网络更差")
    answer = "就算残差分支什么都没学到，输出成 0，这一块也只是恒等映射，至少不会比浅的网络差。"
    assert _statuses([point], answer, "残差连接为什么有用？") != ["contradicted"]


def test_an_adverb_rejected_in_one_phrase_is_free_in_another():
    """The reference rejects "直接学完整映射"; "梯度直接回到前面的层" claims nothing of it."""
    point = Point(text="让层去学残差 F(x) = H(x) - x，而不是直接学完整映射")
    answer = "梯度能顺着恒等的捷径直接回到前面的层。"
    assert _statuses([point], answer, "残差连接为什么有用？") != ["contradicted"]
    wrong = "残差连接是让层直接学完整映射。"
    assert _statuses([point], wrong, "残差连接为什么有用？") == ["contradicted"]


def test_rejecting_what_the_reference_rejects_agrees_with_it():
    point = Point(
        text="Action: offered a CSV workaround rather than the full feature, and explained why"
    )
    answer = "Instead of the full feature I offered a CSV export they could use right away."
    assert _statuses([point], answer, "Tell me about saying no.") != ["contradicted"]


def test_say_no_is_a_noun_not_a_negation():
    point = Point(text="Lesson: say no with an alternative, not just no")
    answer = "What I learned is that a no lands much better when it comes with an alternative."
    assert _statuses([point], answer, "Tell me about saying no.") != ["contradicted"]


def test_not_only_but_agrees_with_either_half():
    point = Point(text="Entries are invalidated on price-change events, not only on expiry")
    answer = "Entries are also invalidated when a price-change event arrives, not just on expiry."
    assert _statuses([point], answer, "How did the cache stay fresh?") != ["contradicted"]
    wrong = "Entries are never invalidated on price-change events, only on expiry."
    assert _statuses([point], wrong, "How did the cache stay fresh?") == ["contradicted"]


def test_a_negated_claim_said_of_the_other_name_is_a_swap_when_the_notes_negate_it_too():
    """ "L2 在 0 点不可导" says of L2 what the notes deny of L1 in the same words; "L2 不会
    产生稀疏解" would be a contrast (the notes do not negate it), no swap."""
    points = [
        Point(text="L1 惩罚权重绝对值之和，会把很多权重直接压成 0，得到稀疏解"),
        Point(text="L2 惩罚权重平方和，让权重整体变小但不会变成 0"),
        Point(text="L1 在 0 点不可导，优化时要用次梯度"),
    ]
    question = "L1 正则和 L2 正则有什么区别？"
    assert _statuses(points, "L2 在 0 点不可导。", question)[2] == "contradicted"
    assert _statuses(points, "L1 只是让权重变小不会为 0。", question)[1] == "contradicted"
    assert _statuses(points, "L1 在 0 点不可导。", question)[2] != "contradicted"
    assert _statuses(points, "L2 不会把权重压成 0。", question)[0] != "contradicted"


def test_bu_shi_er_shi_denies_its_first_half_as_the_answer_does():
    """ "不是直接报错，而是返回提示" denies 直接报错; "没有直接抛错，而是给个提示" agrees."""
    point = Point(text="被限流的请求不是直接报错，而是返回友好提示并进入排队页")
    answer = "被限流的请求我们没有直接抛错，而是给一个友好的提示，让用户排队。"
    assert _statuses([point], answer, "讲讲你做的网关限流。") != ["contradicted"]
    wrong = "被限流的请求会直接报错。"
    assert _statuses([point], wrong, "讲讲你做的网关限流。") == ["contradicted"]


def test_a_negated_attribute_leaves_its_noun_undenied():
    """ "非零的权重" denies zero, not weights: "权重向量的绝对值之和" flips nothing."""
    point = Point(text="L2正则化则更倾向于在所有特征上产生较小但非零的权重")
    answer = "增加的正则化项为权重向量的绝对值之和。"
    assert _statuses([point], answer, "L1正则化和L2正则化的区别?") != ["contradicted"]


def test_a_negated_relative_clause_denies_nothing_after_it():
    """ "不常用的" / "没标注的" name which ones ("the rarely used", "the unlabelled"):
    what is then done with them is not denied. "没有单独的白名单" ("there is no") is."""
    labels = Point(text="伪标签：种子模型 + Whisper large-v3 各转写一遍")
    question = "讲讲你的 ASR 数据项目。"
    right = "主要就是拿已有的模型给没标注的录音打伪标签。"
    assert _statuses([labels], right, question) != ["contradicted"]
    assert _statuses([labels], "我们没有打伪标签。", question) == ["contradicted"]
    store = Point(text="adapter 存放：热的常驻显存，冷的放 CPU 内存 / 磁盘，按需换入")
    right = "常用的 adapter 常驻显存，不常用的放内存或者磁盘，用到了再换进来。"
    assert _statuses([store], right, "多 LoRA 服务怎么做的？") != ["contradicted"]
    whitelist = Point(text="品牌 / 新词白名单，防止误改")
    wrong = "品牌词同样交给模型处理，没有单独的白名单。"
    assert _statuses([whitelist], wrong, "纠错怎么处理品牌词？") == ["contradicted"]


def test_zero_faults_and_no_faults_agree_in_chinese():
    point = Point(text="结果：之后两次大促下游零故障，峰值扛住 3 倍流量")
    answer = "后面两次大促下游都没出故障。"
    assert _statuses([point], answer, "讲讲你做的网关限流。") != ["contradicted"]


def test_the_interview_sentence_about_l2_denies_no_l1_point():
    """The right answer from the interview, as said: the L2 sentence's "never … exactly on
    zero" is the L2 point's "without making them zero", not a denial of the L1 point."""
    answer = (
        "L2 adds the squared weights; I think of it as making all the weights smaller, but "
        "they basically never land exactly on zero."
    )
    assert "contradicted" not in _statuses(L1L2, answer, L1L2_QUESTION)


def test_a_section_label_is_no_claim():
    """ "结果：" heads the result; "搜不到结果" in the background is no denial of it."""
    point = Point(text="结果：无结果率从 8% 降到 2%，GMV 提升 1.5%")
    answer = "原来长尾的 query 有 8% 搜不到结果。"
    assert _statuses([point], answer, "介绍一下你做的搜索召回优化。") != ["contradicted"]
    paper = Point(text="论文：一篇 ACL 长文，方向是长文本摘要")
    assert _statuses([paper], "我没有发过论文。", "请介绍一下你自己。") == ["contradicted"]


def test_a_big_step_is_no_degree():
    """ "大幅减少" says how much it fell, not that it is big: "也少" agrees with it."""
    point = Point(text="可训练参数和优化器状态大幅减少，显存占用低")
    answer = "只训练很少的参数，Adam 的优化器状态也少，所以省显存。"
    assert _statuses([point], answer, "LoRA 为什么省显存？") != ["contradicted"]
    wrong = "LoRA 的优化器状态反而更大，显存占用更高。"
    assert _statuses([point], wrong, "LoRA 为什么省显存？") == ["contradicted"]


def test_a_reason_clause_is_not_said_of_the_subject_before_it():
    points = [
        Point(text="Favour recall when missing a positive is costly: cancer screening, fraud"),
        Point(text="Favour precision when false alarms are costly: spam filtering"),
    ]
    question = "When would you care more about recall than precision?"
    answer = "I'd favour recall for fraud, because a false alarm just costs a second look."
    assert "contradicted" not in _statuses(points, answer, question)
    swapped = "I'd favour recall for spam filtering, since false alarms are costly there."
    assert "contradicted" in _statuses(points, swapped, question)


def test_not_only_affirms_what_follows():
    from agent._negation import negated

    assert not negated("invalidated on price events, not only on expiry", "expiry")
    assert not negated("say no with an alternative, not just a plain no", "plain")
    assert negated("invalidated on price events, not on expiry", "expiry")


def test_not_an_adjective_at_zero_denies_the_adjective_not_zero():
    """ "not differentiable at zero" and "not smooth at zero" deny different words; neither
    denies zero, so one is no flip of the other."""
    point = [Point(text="L1 is not differentiable at zero")]
    assert _statuses(point, "L1 is not smooth at zero.", L1L2_QUESTION) != ["contradicted"]
    assert _statuses(point, "L1 is differentiable at zero.", L1L2_QUESTION) == ["contradicted"]


def test_a_sentence_about_the_other_named_thing_says_nothing_of_this_point():
    """A hedged L2 sentence ("not zero") is no denial of the L1 point's zero."""
    point = [Point(text="(L1) is not differentiable at zero, so use subgradients")]
    answer = "I believe L2 just makes the weights smaller, not zero."
    assert _statuses(point, answer, L1L2_QUESTION) != ["contradicted"]


def test_hedged_right_answers_contradict_nothing():
    """ "I am not sure, but …", "我不太确定，应该是…", "没记错的话…": a hedge denies nothing
    the notes say."""
    for answer in (
        "I am not sure, but L1 drives weights to zero and gives sparse models.",
        "I don't remember exactly, but L1 has a kink at zero so you need subgradients.",
        "Not sure if this is right, but L2 shrinks the weights.",
    ):
        assert "contradicted" not in _statuses(L1L2, answer, L1L2_QUESTION), answer
    points = [
        Point(text="L1 惩罚权重绝对值之和，会把很多权重直接压成 0，得到稀疏解"),
        Point(text="L2 惩罚权重平方和，让权重整体变小但不会变成 0"),
        Point(text="L1 在 0 点不可导，优化时要用次梯度"),
    ]
    question = "L1 正则和 L2 正则有什么区别？"
    for answer in (
        "我不太确定，应该是 L1 会把权重压成 0，得到稀疏解。",
        "没记错的话，L1 在 0 点不可导，要用次梯度。",
        "可能 L2 会让权重整体变小，不会变成 0 吧。",
    ):
        assert "contradicted" not in _statuses(points, answer, question), answer


def test_not_only_and_uncertainty_deny_nothing_in_chinese():
    """ "而不只是写论文" says the candidate writes papers and more; "不确定性" is a noun
    (uncertainty), not a 不 reaching "质量" fourteen characters on."""
    paper = [Point(text="论文：一篇 ACL 长文，方向是长文本摘要")]
    more = "我希望参与从研究到产品落地的完整链路，而不只是写论文。"
    assert _statuses(paper, more, "请做个自我介绍。") != ["contradicted"]
    assert _statuses(paper, "我没有写过论文。", "请做个自我介绍。") == ["contradicted"]
    data = [Point(text="数据的不确定性主要体现在数据的质量筛选上")]
    question = "如何构建微调数据？"
    assert _statuses(data, "数据的标注质量。", question) != ["contradicted"]
    assert _statuses(data, "筛选时不看数据的质量。", question) == ["contradicted"]


def test_instead_of_a_verb_rejects_the_verb_not_where_it_happened():
    """ "Instead of arguing in the meeting" rejects arguing, as "I didn't argue in the
    meeting" does; it does not deny the meeting."""
    point = [Point(text="Action: I didn't argue in the meeting")]
    question = "Tell me about a time you disagreed with a senior engineer."
    agrees = "Instead of arguing in the meeting, I profiled a day of traffic first."
    assert _statuses(point, agrees, question) != ["contradicted"]
    assert _statuses(point, "I argued with him in the meeting.", question) == ["contradicted"]
    flash = [Point(text="The attention matrix is recomputed rather than storing it in HBM")]
    wrong = "It stores the attention matrix in HBM and reads it back."
    assert _statuses(flash, wrong, "How does FlashAttention save memory?") == ["contradicted"]


def test_a_story_told_is_no_denial_of_the_lesson_drawn_from_it():
    """The demo's failure story: the answer "我排查了三天超参才发现是数据问题" was marked
    contradicting "反思：我应该先抽查偏好数据和目标是否一致，而不是先调超参" - a lesson
    rejects what should not have been done, which the story says was done."""
    lesson = [
        Point(text="训练后离线指标几乎没变，我花了三天排查训练超参，最后才发现问题在数据"),
        Point(text="反思：我应该先花半天抽查偏好数据和目标是否一致，而不是先调超参"),
    ]
    told = "我排查了三天超参才发现是数据问题。教训是造数据前先人工抽查。"
    assert "contradicted" not in _statuses(lesson, told, "说一个你失败的经历？")
    english = [Point(text="In hindsight I should have checked the data first instead of tuning")]
    said = "I spent three days tuning hyperparameters before I found the data problem."
    assert _statuses(english, said, "Tell me about a failure.") != ["contradicted"]
    # a plain rejection is still denied by doing what it rejects
    plain = [Point(text="我们先抽查偏好数据，而不是先调超参")]
    assert _statuses(plain, "我们没看数据，先调超参。", "你们怎么排查的？") == ["contradicted"]


SEQ2SEQ_QUESTION = "What is teacher forcing?"
SEQ2SEQ = [
    Point(text="training: each step is fed the ground-truth token, not the model's guess"),
    Point(text="inference: no ground truth -> the model feeds on its own guesses"),
    Point(text="the model never sees its own errors -> mistakes pile up on long outputs"),
]


def test_a_possessive_denial_denies_the_owned_noun_not_the_owner():
    """ "not the model's guess" denies the guess, "never sees its own errors" the errors:
    "the model has to feed on its own outputs" says neither."""
    answer = "At inference the model has to feed on its own outputs."
    assert "contradicted" not in _statuses(SEQ2SEQ, answer, SEQ2SEQ_QUESTION)
    wrong = "The model sees its own errors all the time, so mistakes never pile up."
    assert _statuses(SEQ2SEQ, wrong, SEQ2SEQ_QUESTION)[2] == "contradicted"
    fed = "In training each step is fed the model's guess, not the ground-truth token."
    assert _statuses(SEQ2SEQ, fed, SEQ2SEQ_QUESTION)[0] == "contradicted"


def test_another_points_denial_as_written_denies_nothing_of_the_hyphenated_term():
    """ "there's no ground truth" (at inference) is the inference point's denial, though the
    training point writes "ground-truth" with a hyphen."""
    answer = "At inference there's no ground truth, so the model has to feed on its own outputs."
    assert _statuses(SEQ2SEQ, answer, SEQ2SEQ_QUESTION)[0] != "contradicted"


def test_a_denial_far_before_the_term_agrees_with_the_points_denial():
    """ "has never been trained on its own mistakes" denies what "never sees its own
    errors" denies, the negation a few words further off."""
    answer = "The model has never been trained on its own errors, so mistakes pile up."
    assert _statuses(SEQ2SEQ, answer, SEQ2SEQ_QUESTION)[2] != "contradicted"


def test_the_means_of_a_removal_is_not_what_is_removed():
    """ "水印用蓝色通道去掉": 去掉 takes out the watermark; the channel named after 用 is
    how, so the answer denies nothing of the point's "蓝色通道"."""
    point = [Point(text="预处理：图片去水印（蓝色通道）")]
    question = "你们的图片预处理怎么做的？"
    assert _statuses(point, "预处理时水印用蓝色通道去掉。", question) != ["contradicted"]
    assert _statuses(point, "预处理时把蓝色通道去掉了。", question) == ["contradicted"]
