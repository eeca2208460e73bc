"""False "may contradict" flags read on held-out 32 and 33 (after their blind measurement),
fixed by their shape: a right answer said in other words is not flagged, and a wrong one
on the same notes still is."""

from __future__ import annotations

from scoring_fixtures import point_status as _status

from agent._agreement import agree
from agent._contradiction import contradicting_clauses
from agent._coverage import measure
from agent._number_mentions import mentions
from agent._quantities import quantities
from agent._wrong_numbers import wrong_numbers
from agent.keypoints import Point

SVM = "SVM 的 C 怎么影响模型？"


def test_the_contrapositive_agrees():
    """ "c 越大越不容忍错分" says "C 小 → 容忍错分" the other way round; "c 越小越不容忍
    错分" contradicts it."""
    point = "C 小 → 间隔宽，容忍错分"
    assert _status(point, "c 越大越不容忍错分，间隔也越窄。", SVM) != "contradicted"
    assert _status(point, "c 越小越不容忍错分。", SVM) == "contradicted"


def test_an_attempt_is_no_denial_of_what_the_notes_dropped():
    """The notes' "NO SMOTE" is tried and dropped: "we tried SMOTE" agrees with it."""
    point = "NO SMOTE: synthetic sessions looked nothing like real ones"
    question = "How did you handle the class imbalance?"
    said = "We tried SMOTE, but the synthetic sessions were nonsense, so we dropped it."
    assert _status(point, said, question) != "contradicted"
    rgb = "why skeleton, not RGB (tried X3D): RGB overfit to room decor"
    said = "We did try an RGB model, but it learned the furniture of each room."
    assert _status(rgb, said, "Why skeletons?") != "contradicted"


def test_a_difference_told_in_words_is_the_notes_not_equal():
    point = "有效感受野 ERF ≠ 理论 RF：贡献近似高斯，集中在中心"
    said = "理论感受野和有效感受野不是一回事，贡献集中在中心。"
    assert _status(point, said, "什么是感受野？") != "contradicted"


def test_a_bound_said_in_words_is_no_denial():
    """ "日期不能晚于提交那天" is the notes' "日期 ≤ 提交日"."""
    point = "日期 ≤ 提交日；不过 → 转人工"
    said = "日期不能晚于提交那天，对不上就转人工。"
    assert _status(point, said, "规则校验怎么做？") != "contradicted"


def test_the_result_of_a_change_is_no_wrong_start():
    """ "上线后…到了九成三" is the end of the notes' "62% → 93%", not a wrong "62%"."""
    points = [
        Point(text="原来 = 第三方通用 OCR + 正则，字段准确率只有 62%"),
        Point(text="结果：字段级准确率 62% → 93%"),
    ]
    assert wrong_numbers(points, ["上线后字段准确率到了九成三。"]) == []
    assert [i for i, _ in wrong_numbers(points, ["上线后字段准确率到了七成。"])]


def test_a_sentence_about_another_section_goes_on_about_it():
    """After "TSM …" the next sentence naming nothing is still TSM's: "挪动本身不加参数"
    says nothing of the 3D conv section's cost; said of 三维卷积, it is wrong."""
    points = [
        Point(text="kernel 在 T×H×W 上卷 → 时空联合建模，强", context="3D conv"),
        Point(text="但参数 & FLOPs ≈ 2D 的 k_t 倍，难训", context="3D conv"),
        Point(text="2D ResNet block 里把特征沿时间维移位", context="TSM（Temporal Shift Module）"),
    ]
    question = "3D 卷积和 TSM 有什么区别？"
    right = ["TSM 还是用二维 ResNet，把一部分通道沿时间轴挪一下。", "挪动本身不加参数也不加计算。"]
    assert 1 not in contradicting_clauses(points, right, question)
    wrong = ["三维卷积本身不加参数也不加计算，很好训。"]
    assert 1 in contradicting_clauses(points, wrong, question)


def test_a_score_said_in_hundredths_agrees():
    """ "fifty-eight" is an AUC of 0.58 said aloud; "eighty" is not 0.58."""
    said, notes = quantities("fifty-eight for the old model")[0], quantities("old 0.58")[0]
    assert agree(said, notes)
    assert not agree(quantities("eighty for the old model")[0], notes)
    point = Point(text="honest numbers old 0.58 vs new 0.64 (gain real, smaller)")
    right = "The honest figures were fifty-eight for the old model and sixty-four for the new."
    assert wrong_numbers([point], [right]) == []


def test_one_to_n_is_n_per_one():
    """ "1:100" gives 100 per one ("a hundred per positive"); "1:1" (one-on-one) and a
    clock time give none."""
    assert [m.quantity.low for m in mentions("downsample negatives to 1:100")] == [100.0]
    assert mentions("asked Tom for a private 1:1 coffee") == []
    assert mentions("we met at 1:30 pm") == []
    notes = "- base rate ~1 takeover per 6,000 logins\n- downsample negatives to 1:100"
    points = [Point(text="base rate ~1 takeover per 6,000 logins")]
    said = ["We sampled the negatives down to about a hundred per positive."]
    assert wrong_numbers(points, said, notes) == []


def test_a_model_name_holds_no_figure():
    assert mentions("CLIP ViT-L/14 image embeddings") == []


def test_a_happening_and_its_remedy_is_no_change_to_keep():
    """ "burst shots got merged -> keypoint match" is a problem and its fix: "still got
    merged" tells the problem, it keeps no start of a change."""
    point = "burst shots (same scene, different frame) got merged -> grey zone: keypoint match"
    said = "Burst shots of the same scene still got merged, so we added keypoint matching."
    assert _status(point, said, "How did you choose the threshold?") != "contradicted"
    practice = "training daily -> hourly"
    assert _status(practice, "We still trained daily.", "What changed?") == "contradicted"


def test_a_denial_another_line_of_the_notes_makes_is_no_flip():
    """ "instead of modelling what normal looks like" is the notes' own "don't model
    'normal'", whether or not that line was sampled."""
    notes = (
        "- idea: anomalies are few and different -> easier to isolate; don't model 'normal'\n"
        "- s -> 1 anomalous, s << 0.5 normal"
    )
    points = [Point(text="s -> 1 anomalous, s << 0.5 normal")]
    said = ["Instead of modelling what normal looks like, you isolate points."]
    question = "How does Isolation Forest find anomalies?"
    assert contradicting_clauses(points, said, question, notes) == {}


def test_a_tautology_gets_no_support_from_one_word():
    """ "Its weaknesses are the things that it is weak at": one new word the notes use
    ("weak") is no share of support for an answer that restates the question."""
    question = "How does Isolation Forest find anomalies, and what are its weaknesses?"
    points = [Point(text="weak on local anomalies near dense clusters")]
    padded = (
        "Isolation Forest finds anomalies by being an Isolation Forest that finds anomalies. "
        "Its weaknesses are the things that it is weak at."
    )
    assert measure(points, padded, question).support <= 0.25


def test_same_and_different_must_be_said_of_one_thing():
    """ "recompute for the same txn" is not the opposite of "computed by different code";
    "different code paths" of "same code path" is."""
    question = "What problem were you solving?"
    point = "recompute offline for the same txn + timestamp -> 23 / 180 features mismatched"
    said = "Our online and offline features were computed by different code."
    assert _status(point, said, question) != "contradicted"
    one_path = "one definition per feature, same code path both sides"
    assert _status(one_path, "Online and offline ran different code paths.", question) == (
        "contradicted"
    )


def test_an_act_said_not_to_be_ones_own_is_denied():
    """ "实时特征也不是我搭的" denies the notes' "搭了…实时特征"."""
    point = "搭了特征平台的 实时特征 部分（Flink），线上线下一致率 99.6%"
    question = "先做个自我介绍吧。"
    assert _status(point, "实时特征也不是我搭的，我们一直用离线特征。", question) == (
        "contradicted"
    )
    assert _status(point, "特征平台的实时特征部分是我用 Flink 搭的。", question) != ("contradicted")
