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
