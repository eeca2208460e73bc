"""False "may contradict" flags and unflagged wrong answers read on held-out 28 and 29,
fixed by their shape: a right answer said in other words is not flagged, and a wrong one
on the same notes is."""

from __future__ import annotations

from scoring_fixtures import measure
from scoring_fixtures import point_status as _status

from agent._contradiction import contradicting_clauses
from agent._exchanged_places import exchanged_places
from agent._number_mentions import mentions
from agent._wrong_numbers import wrong_numbers
from agent.keypoints import Point

JUDGE = "72B judge + rubric（法条引用对不对 / 建议能否落地 / 有无编造），4 个回答两两比"
PREFERENCE = "你们给法律问答助手做 DPO 的时候，偏好数据是怎么合成出来的？"


def test_the_notes_whether_or_not_is_a_question_not_a_denial():
    """ "有无编造" (whether it makes things up) is asked as "有没有编造": neither denies."""
    assert _status(JUDGE, "裁判按细则看法条引用、有没有编造，两两比较。", PREFERENCE) != (
        "contradicted"
    )


def test_the_notes_rid_of_shorthand_is_a_removal():
    """ "→ 去位置偏差" is "rid of the position bias", as "去掉位置偏差" says; keeping the
    bias is the opposite, and "去向量库里召回" (going to the store) removes nothing."""
    point = "每对交换顺序比两次，不一致记平局 → 去位置偏差"
    assert _status(point, "调换顺序再比一次，不一致就算平局，去掉位置偏差。", PREFERENCE) != (
        "contradicted"
    )
    assert _status(point, "我们没有交换顺序，保留了位置偏差。", PREFERENCE) == "contradicted"
    retrieval = "检索：用户问题向量化，召回 top-k 相关片段"
    said = "先把问题向量化，去向量库里召回 top-k 的片段。"
    assert _status(retrieval, said, "RAG 怎么做？") != "contradicted"


def test_spoken_yuan_is_money_not_a_count():
    """ "一对要二十五块左右" prices a pair at the notes' "~25 元/对": no count of 25."""
    assert [m.quantity.family for m in mentions("人工标偏好一对要二十五块左右")] == ["money"]
    assert [m.quantity.family for m in mentions("用了两块 A100")] == ["count"]
    points = [Point(text="痛点：人工标偏好 ~25 元/对"), Point(text="人工抽检 500 对，一致率 86%")]
    assert wrong_numbers(points, ["人工标偏好一对要二十五块左右，太贵了。"]) == []


def test_a_setting_said_in_words_is_a_figure():
    """ "α 等于三" gives α a value (the notes' 0.3 is another); "设成一个阈值" does not."""
    assert [m.quantity.low for m in mentions("XLM-R 用的都是 α 等于三")] == [3.0]
    assert mentions("我们设成一个阈值") == []
    point = "常用 α ≈ 0.3（XLM-R、mT5）→ 低资源上采样"
    assert _status(point, "XLM-R 和 mT5 用的都是 α 等于三。", "温度采样怎么做？") == (
        "contradicted"
    )


def test_a_verb_denied_with_another_modifier_denies_the_claim():
    """ "不设重复上限" denies "每个语种设 epoch 上限" though it names another 上限."""
    point = "UniMax：预算尽量均分，但每个语种设 epoch 上限（如 ≤ 4）"
    question = "多语种数据怎么采样？"
    assert _status(point, "UniMax 也不设重复上限，想重复多少轮都可以。", question) == (
        "contradicted"
    )
    assert _status(point, "UniMax 给每个语种设了重复上限，最多四轮。", question) != ("contradicted")
    # the same words denied where the notes deny them too
    rope = "直接外推：超过 4k 后 ppl 爆炸 → 没见过的旋转角度"
    said = "直接外推 ppl 会爆炸，因为模型没见过那么大的旋转角度。"
    assert _status(rope, said, "RoPE 怎么外推？") != "contradicted"


def test_a_sentence_about_another_section_says_nothing_of_this_one():
    """Notes with a "BN" section and an "LN" section: "BN 训练时用当前 batch 的均值" is
    BN's, no denial of LN's "不依赖 batch"."""
    points = [
        Point(text="训练：每个 channel 在当前 batch 上算 μ、σ²", context="BN"),
        Point(text="对单个 token 的 hidden 维度归一化，不依赖 batch", context="LN（Transformer）"),
    ]
    question = "BatchNorm 训练和推理有什么不一样？Transformer 为什么用 LayerNorm？"
    said = ["BN 训练的时候用的是当前 batch 的均值和方差。"]
    assert 1 not in contradicting_clauses(points, said, question)
    wrong = ["LN 也是在 batch 上算统计量，依赖 batch。"]
    assert 1 in contradicting_clauses(points, wrong, question)


def test_zero_said_as_a_denial_and_an_amount_told_for_it():
    """ "launch slipped 0 days" is "didn't slip at all"; "slipped two weeks" is wrong even
    though the notes give 2 weeks to another thing."""
    point = "launch slipped 0 days"
    assert _status(point, "In the end the launch didn't slip at all.", "Tell me about it.") != (
        "contradicted"
    )
    points = [Point(text="2 weeks before our 7B run"), Point(text=point)]
    said = ["The launch slipped two weeks because of the escalation."]
    assert [i for i, _ in wrong_numbers(points, said)] == [1]
    assert wrong_numbers([Point(text="上线延期 0 天")], ["上线一天都没延期。"]) == []


def test_a_change_told_from_its_end_to_its_start_is_turned():
    """ "from ninety-three percent down to about seventy" turns "71% -> 93%" round, the
    end's unit carried from the start; "from 32 up to 512" (a sweep) turns no "16 -> 32"."""
    question = "What did you change?"
    point = "goodput 71% -> 93%"
    wrong = "Goodput went from ninety-three percent down to about seventy."
    assert _status(point, wrong, question) == "contradicted"
    assert _status(point, "Goodput went from seventy-one to ninety-three percent.", question) != (
        "contradicted"
    )
    timeout = "NCCL timeout 30 min -> 5 min"
    assert _status(
        timeout, "We raised the NCCL timeout from five minutes to thirty.", question
    ) == ("contradicted")
    links = "M (links per node) 16 -> 32 => recall up"
    sweep = "I swept efSearch from 32 up to 512 and took 128."
    assert _status(links, sweep, question) != "contradicted"


def test_two_names_put_in_each_others_place_are_wrong():
    """ "用 p 的编码去编 q" exchanges the notes' "用 q 的编码去编 p"; saying it the notes'
    way, or in other words, exchanges nothing."""
    point = Point(text="H(p, q) = -Σ p log q：用 q 的编码去编 p 的平均码长，≥ H(p)")
    assert [i for i, _ in exchanged_places([point], ["交叉熵是用 p 的编码去编 q 的数据。"])] == [0]
    assert exchanged_places([point], ["交叉熵就是拿 q 的编码去编 p 的平均码长。"]) == []
    english = Point(text="cross-entropy: use q's code for samples drawn from p")
    assert exchanged_places([english], ["It uses p's code for samples drawn from q."])
    assert exchanged_places([english], ["Samples from p, coded with q's code."]) == []
    assert exchanged_places([english], ["Not p's code for samples drawn from q."]) == []
    # in English every word is latin: plain words are no names to exchange
    story = Point(text="Task: I thought the slow part was the database query, not the cache")
    said = "I suspected the database query was the slow part."
    assert exchanged_places([story], [said]) == []


def test_not_too_many_is_an_amount_not_a_denial():
    """ "didn't get too many false alerts" says there were few, as the notes' bound does."""
    point = "per-class thresholds tuned for <= 0.5 false alerts/camera/week"
    said = "We tuned the thresholds so people didn't get too many false alerts."
    assert _status(point, said, "How did you build it?") != "contradicted"


def test_a_spoken_formula_holds_no_figure():
    """ "p times one minus p" is a formula read aloud, not a count of one against the
    notes' "SE ~ 1.45 pts"."""
    point = "p = 0.7, n = 1,000 -> SE ~ 1.45 pts -> 95% CI ~ +/-2.8"
    said = "The standard error is the square root of p times one minus p over n."
    assert measure([Point(text=point)], said, "Is +1 pt real?").statuses[0] != "contradicted"
