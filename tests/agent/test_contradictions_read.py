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


def test_a_clause_on_a_topic_of_its_own_says_nothing_of_the_point():
    """ "学习率要按…大 batch 来设" is about the learning rate: no flip of what the notes deny
    of the statistics ("统计量…不是按大 batch"). Said of the statistics, it is caught;
    a demonstrative ("这种统计量要…") points back, and is judged."""
    notes = "- BatchNorm：统计量按每个小 batch 算，不是按累积后的大 batch → 不等价"
    question = "梯度累积和直接用大 batch 完全等价吗？"
    right = "不完全等价，它是串行的，不会更快，学习率要按累积后的大 batch 来设。"
    assert contradicted(notes, right, question) == []
    for wrong in (
        "完全等价，统计量会按累积后的大 batch 来算。",
        "完全等价，这种统计量要按累积后的大 batch 来算。",
    ):
        assert contradicted(notes, wrong, question) != [], wrong


def test_a_topic_its_doer_denies_having_done_is_denied():
    """Spoken Chinese puts the work first and denies it after: "语音唤醒我没做过", "那块不是
    我做的" deny the notes' "做语音唤醒" as "我没做过语音唤醒" does; "是我做的" does not."""
    notes = "- 2019–2022 在声启科技做**语音唤醒**：低功耗模型跑在 DSP 上，误唤醒率 -30%"
    question = "先简单介绍一下你自己吧。"
    right = "一九年到二二年我在声启科技，语音唤醒是我做的，模型跑在 DSP 上，误唤醒降了三成。"
    assert contradicted(notes, right, question) == []
    for wrong in (
        "我在声启科技待过，但语音唤醒我没做过，那是别的组的。",
        "我在声启科技待过，不过语音唤醒我没做过，那是别的组的。",  # 不过 is no word of its own
        "我在声启科技待过，语音唤醒那块不是我做的，我只是调用。",
    ):
        assert contradicted(notes, wrong, question) != [], wrong


def test_instead_of_one_kind_denies_that_kind_only():
    """ "instead of the whole sequence" rejects attending to all of it, not the notes' "long
    sequences"; "instead of long sequences" would reject theirs."""
    notes = "- ring buffer for keys/values: fixed size W -> memory stays flat on long sequences"
    question = "What is sliding window attention?"
    right = (
        "Each token attends to a window of W neighbours instead of the whole sequence, "
        "so memory stays flat."
    )
    assert contradicted(notes, right, question) == []
    wrong = "It only works on short inputs instead of long sequences, and memory still grows."
    assert contradicted(notes, wrong, question) != []


def test_before_and_after_a_different_thing_is_no_opposite():
    """ "after the leak filter" and "just before the launch" name different things: no
    opposite modifier. "before the leak filter" of the same one is."""
    notes = "- algebra hints shipped after the leak filter was in place"
    question = "Tell me about a time you disagreed with a decision."
    right = "Just before the launch we found leaks, so algebra waited until we had a filter."
    assert contradicted(notes, right, question) == []
    wrong = "We shipped the algebra hints before the leak filter existed."
    assert contradicted(notes, wrong, question) != []


def test_a_denied_opinion_is_no_denial_of_the_claim():
    """ "didn't trust that judge on answer leaks" is the candidate's view, the notes' "the
    judge was too lenient on answer leaks" told another way; "didn't think the judge was
    lenient" of a point that thought so is still a flip."""
    notes = "- T: I owned eval; thought the judge was too lenient on answer leaks"
    question = "Tell me about a time you disagreed with someone more senior."
    right = "I owned evaluation and didn't trust that judge on answer leaks."
    assert contradicted(notes, right, question) == []
    wrong = "I owned evaluation and I never thought the judge was lenient on answer leaks."
    assert contradicted(notes, wrong, question) != []


STORE = (
    "CAP for a key-value store\n"
    "- C = consistency (every read sees the latest write)\n"
    "- A = availability (every request to a live node gets an answer)\n"
    "- P = partition tolerance (system keeps working when the network drops messages between"
    " nodes)\n"
    "**Partitions will happen** in any distributed system -> the real choice is C vs A\n"
    "- CP: refuse writes on the minority side (etcd)\n"
    "- AP: keep answering, maybe stale, reconcile later (Cassandra)\n"
)
STORE_QUESTION = "Explain the CAP theorem."


def test_a_definition_gives_no_actor_another_role():
    """ "Partition tolerance means the system keeps going when the network … loses messages"
    defines the term: the system and the network act as in the notes, no swapped roles."""
    right = (
        "Partition tolerance means the system keeps going when the network between nodes "
        "loses messages."
    )
    assert contradicted(STORE, right, STORE_QUESTION) == []


def test_a_sentence_on_another_label_of_the_notes_says_nothing_of_this_point():
    """Only the AP point measured (the CP line not sampled): "a CP store refuses requests
    rather than return something stale" is about CP, as the notes' own "CP:" label says."""
    from agent._contradiction import contradicting_clauses
    from agent.keypoints import Point

    ap = Point(text="AP: keep answering, maybe stale, reconcile later (Cassandra)")
    right = ["A CP store like etcd refuses requests rather than return something stale."]
    assert contradicting_clauses([ap], right, STORE_QUESTION, STORE) == {}
    wrong = ["An AP store like Cassandra refuses requests rather than return something stale."]
    assert contradicting_clauses([ap], wrong, STORE_QUESTION, STORE) != {}


def test_a_member_given_to_a_label_whose_line_was_not_sampled_is_caught():
    """Only the AP point measured: "Cassandra is a CP store" still gives AP's member to the
    notes' other label (CP, named on a line not sampled)."""
    from agent._contradiction import contradicting_clauses
    from agent.keypoints import Point

    ap = Point(text="AP: keep answering, maybe stale, reconcile later (Cassandra, CouchDB)")
    wrong = ["Cassandra is the classic CP store."]
    assert contradicting_clauses([ap], wrong, STORE_QUESTION, STORE) != {}
    right = ["Cassandra is the classic AP store."]
    assert contradicting_clauses([ap], right, STORE_QUESTION, STORE) == {}


def test_a_term_said_as_another_point_says_it_is_no_denial():
    """ "no partition -> latency vs consistency" denies a partition as a case; "partition
    tolerance" in the answer is the notes' other point said, not a partition asserted."""
    from agent._contradiction import contradicting_clauses
    from agent.keypoints import Point

    points = [
        Point(
            text="P = partition tolerance (system keeps working when the network drops messages)"
        ),
        Point(text="no partition -> trade-off is latency vs consistency (PACELC)"),
    ]
    right = ["It is about consistency, availability and partition tolerance: pick two."]
    assert contradicting_clauses(points, right, STORE_QUESTION, STORE) == {}
