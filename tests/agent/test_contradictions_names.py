"""Right answers that only looked contradicted: both sides deny, a name with 不 in it, a
label, a condition, a denied noun phrase; and the wrong claim beside each still caught."""

from __future__ import annotations

from agent._coverage import measure
from agent.keypoints import Point


def _status(point: Point, answer: str, question: str) -> str:
    return measure([point], answer, question).statuses[0]


def test_a_digit_zero_says_none_as_a_negation_does():
    point = Point(text="第 3 周开始独立值班，月结 0 差错")
    question = "你是怎么上手一个陌生系统的？"
    assert _status(point, "第三周我开始独立值班，月结没出过差错。", question) != "contradicted"


def test_a_numbered_item_is_out_of_the_reach_of_the_negation_before_it():
    point = Point(text="发现调试任务占着 GPU 不释放 ② 加了空闲检测，超时自动回收")
    question = "说说你做的 GPU 调度项目？"
    answer = "我加了一个空闲检测，超时就自动回收 GPU。"
    assert _status(point, answer, question) != "contradicted"


def test_a_denial_after_the_words_agrees_with_one_before_them():
    point = Point(text="false positives yes, false negatives never")
    question = "How does a Bloom filter work?"
    answer = "It can give false positives when bits collide, but never false negatives."
    assert _status(point, answer, question) != "contradicted"
    wrong = "It gives false positives, and false negatives happen too when bits collide."
    assert _status(Point(text="false negatives never happen"), wrong, question) == "contradicted"


def test_a_term_the_notes_use_bare_and_after_bu_is_a_name():
    points = [
        Point(text="读已提交 RC：解决脏读，但两次读结果可能不同 → 不可重复读"),
        Point(text="可重复读 RR：MySQL InnoDB 默认，解决不可重复读"),
    ]
    question = "数据库事务的隔离级别有哪几种？MySQL 默认是哪个？"
    answer = "有四种，读未提交、读已提交、可重复读、串行化，MySQL 默认是可重复读。"
    assert "contradicted" not in measure(points, answer, question).statuses
    # a two-character word is no name: "不稳定" still denies "稳定"
    unstable = Point(text="小 batch 时 BatchNorm 的统计量不稳定")
    wrong = "小 batch 时 BatchNorm 的统计量也很稳定。"
    assert _status(unstable, wrong, "BatchNorm 有什么问题？") == "contradicted"


CAP = [
    Point(text="CP: refuse / error on the minority side (ZooKeeper, etcd, HBase)"),
    Point(text="AP: keep answering, maybe stale, reconcile later (Cassandra, CouchDB)"),
]
CAP_QUESTION = "What does the CAP theorem say, and how does it affect the databases you pick?"


def test_a_clause_naming_another_points_label_says_nothing_of_this_one():
    answer = (
        "A CP system like ZooKeeper or etcd will refuse requests on the minority side rather "
        "than return something stale; an AP system like Cassandra keeps answering and "
        "reconciles conflicts later."
    )
    assert "contradicted" not in measure(CAP, answer, CAP_QUESTION).statuses


def test_bu_shi_before_a_verb_phrase_denies_it():
    point = Point(text="从入口和数据流看，不逐行读")
    question = "接手一个陌生系统，你是怎么上手的？"
    answer = "我先找到入口，顺着数据流看。然后我不是一行一行读代码，只看关键路径。"
    assert _status(point, answer, question) != "contradicted"
    exact = Point(text="FlashAttention 的结果是精确注意力，不是近似")
    wrong = "FlashAttention 快是因为它是近似注意力。"
    assert _status(exact, wrong, "FlashAttention 为什么快？") == "contradicted"


def test_a_term_said_plainly_then_denied_is_no_denial_of_the_term():
    """ "是针对代码不是针对人": what differs is the object; "无结果率" beside "结果：" too."""
    point = Point(text="反思：反馈是针对代码不是针对人，先问清楚再动手")
    answer = "我学到的是，反馈针对的是代码不是人，先问清楚再动手。"
    assert _status(point, answer, "你收到过很尖锐的反馈吗？") != "contradicted"
    # and 不是针对 is no name for 是针对: the contrast turned round is still caught
    turned = "反馈是针对人的，不是针对代码。"
    assert _status(point, turned, "你收到过很尖锐的反馈吗？") == "contradicted"
    result = Point(text="结果：无结果率从 8% 降到 2%，GMV 提升 1.5%")
    answer = "上线后无结果率从 8% 降到了 2%，GMV 也涨了 1.5%。"
    assert _status(result, answer, "说说你做的搜索改写项目？") != "contradicted"


def test_bu_shi_before_a_coverb_denies_only_its_object():
    point = Point(text="LayerNorm 在单个样本的特征维度上归一化")
    answer = "LayerNorm 不是在 batch 上归一化，是在每个样本自己的特征上算均值方差。"
    assert _status(point, answer, "LayerNorm 和 BatchNorm 有什么区别？") != "contradicted"


def test_a_denial_under_a_condition_is_no_denial_of_the_point():
    point = Point(text="add(x): set bits h1(x)..hk(x) to 1")
    question = "How does a Bloom filter work, and what are its limits?"
    for lookup in (
        "to look it up you check the same bits; if any of those bits is zero it was never added.",
        "To look it up you check the same bits. If any of them is zero, it was never added.",
    ):
        answer = "To add an item you hash it k times and set those bits to 1, " + lookup
        assert _status(point, answer, question) != "contradicted"
    wrong = "To add an item you hash it k times, and the bits are never set to 1."
    assert _status(point, wrong, question) == "contradicted"


MY_PART = Point(text="my part: cascade design, the fine-tune, eval harness; not the reviewer tool")
MODERATION = "Tell me about the content moderation pipeline you built with an LLM."


def test_a_denied_noun_phrase_is_not_affirmed_by_its_modifier_alone():
    answer = (
        "The forty human reviewers were drowning in flagged listings. I did the cascade "
        "design, the fine-tune and the eval harness."
    )
    assert _status(MY_PART, answer, MODERATION) != "contradicted"
    churn = Point(text="we had no labelled churn data for the enterprise segment")
    question = "Tell me about a time you said no to a senior stakeholder."
    answer = (
        "We'd only ever had about forty enterprise accounts churn, so I proposed a health "
        "score first, with a real model later once we had labels."
    )
    assert _status(churn, answer, question) != "contradicted"
    wrong = "We had plenty of labelled churn data for the enterprise segment."
    assert _status(churn, wrong, question) == "contradicted"
    assert _status(MY_PART, "I mostly built the reviewer tool.", MODERATION) == "contradicted"
    broken = Point(text="Result: critical tables on time, no reports broken")
    answer = "The critical tables were on time, but several reports broke."
    assert _status(broken, answer, "Tell me about a migration.") == "contradicted"


def test_someone_elses_work_is_denied_as_the_speakers():
    answer = "I did the cascade design and the fine-tune; the reviewer tool was another team's."
    assert _status(MY_PART, answer, MODERATION) != "contradicted"
    ui = Point(text="the ordering UI was another team's")
    answer = "I built the pricing service; another team built the ordering UI."
    assert _status(ui, answer, "Walk me through your project.") != "contradicted"
    # the notes' aside says the same of the data pipeline ("1 other eng on …")
    mine = Point(text="design + serving + ranking v1 (1 other eng on the data pipeline)")
    told = "I owned the design and serving; another engineer did the data pipeline."
    assert _status(mine, told, "Walk me through your project.") != "contradicted"
    assert _status(mine, "I built the data pipeline myself.", "Your part?") == "contradicted"


def test_a_term_denied_after_it_contradicts_the_point_that_asserts_it():
    """ "so a reranker isn't really needed" denies the reranker after naming it, as "no
    reranker" does before it."""
    point = Point(text="long candidate lists: no exact scoring -> a cross-encoder reranker")
    question = "How would you improve retrieval quality?"
    wrong = "For long candidate lists the first stage is enough, so a reranker isn't really needed."
    assert _status(point, wrong, question) == "contradicted"
    right = "For long candidate lists you add a cross-encoder reranker, which is needed there."
    assert _status(point, right, question) != "contradicted"
