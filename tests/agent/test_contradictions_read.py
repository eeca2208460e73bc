"""Right answers the offline estimate called contradicted on the read sets, each as the
shape of language it was (written fresh), with a wrong answer of the same shape still
caught."""

from __future__ import annotations

from scoring_fixtures import contradicted


def test_an_adverb_after_a_denied_verb_is_not_denied():
    """ "什么都不改直接拿来用": 不 denies the change; 直接 starts the next verb phrase.
    "不直接用" still denies going straight to it."""
    notes = "- 直接全量微调：数据少时很快过拟合"
    question = "小数据上微调要注意什么？"
    right = "我们一开始什么都不改直接全量微调，数据少，几轮就过拟合了。"
    assert contradicted(notes, right, question) == []
    wrong = "我们从来不直接全量微调，数据少的时候全量微调也不会过拟合。"
    assert contradicted(notes, wrong, question) != []


def test_not_only_affirms_what_it_names():
    """ "不只做下游微调", "不局限在地图场景", "不想只停在写 prompt 上" say the thing is done,
    and more: an answer that did it is no flip. "而不只看平均指标" still rejects relying on
    it alone."""
    question = "为什么想换工作？"
    notes = "- 为什么换：想做预训练 / 对齐，不只做下游微调"
    right = "这几年一直在做下游微调，接下来想往前走一步，做预训练和对齐。"
    assert contradicted(notes, right, question) == []
    wrong = "我其实不想做预训练和对齐，还是想一直做下游微调。"
    assert contradicted(notes, wrong, question) != []
    scene = "- 想做更通用的 Agent，不局限在地图场景"
    assert contradicted(scene, "想做通用一点的 Agent，不只是地图这一个场景。", question) == []
    lesson = "- 收获：上线前要看真实分布，而不只看平均指标"
    said = "我觉得平均指标好就可以直接全量上线，看不看分布无所谓。"
    assert contradicted(lesson, said, "讲讲一次失败的经历。") != []
