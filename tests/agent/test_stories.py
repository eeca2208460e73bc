"""A story that ends in a failure the notes never had, or does what the notes held back from,
contradicts the reference; the same story told in other words, or a failure the question
asks for, does not."""

from __future__ import annotations

from scoring_fixtures import contradicted

from agent._stories import story_contradictions
from agent.keypoints import key_points

LEGACY = (
    "接手老系统（STAR）\n"
    "情境：接手一个文档过时的结算服务，改一行就可能出故障\n"
    "行动：没有直接推倒重写，先补了核心路径的回归测试，再按模块分批重构\n"
    "结果：按期上线新规则，之后半年线上故障数下降一半\n"
    "反思：重构要先有安全网，小步走"
)
LEGACY_Q = "讲一次你接手一个很难维护的老系统的经历。"
PUSHBACK = (
    "Pushing back on a request (STAR)\n"
    "Situation: a PM asked for a new export feature two days before a release\n"
    "Action: I asked what goal was behind it and offered a CSV download as a first step\n"
    "Result: the CSV covered the need, the release shipped on time\n"
    "Lesson: ask about the goal before saying yes or no"
)
PUSHBACK_Q = "Tell me about a time you pushed back on a request."


def test_a_failure_the_notes_never_had_contradicts_the_result() -> None:
    wrong = (
        "I said yes on the spot and built the whole export feature in two days. "
        "We shipped it with the release and customers complained within a week, so we had "
        "to roll it back."
    )
    found = contradicted(PUSHBACK, wrong, PUSHBACK_Q)
    assert any(p.startswith("Result") for p in found)


def test_the_same_story_in_other_words_is_no_failure() -> None:
    strong = (
        "Two days before a release a PM wanted a new export feature. I asked what goal it "
        "served and proposed a CSV download first; in the end that was enough and the "
        "release went out on time. Since then I ask about the goal before answering."
    )
    assert contradicted(PUSHBACK, strong, PUSHBACK_Q) == []


def test_a_hasty_action_the_notes_held_back_from_contradicts() -> None:
    wrong = "我接手后觉得老代码没法看，第一周就决定整个推倒重写，一次性全量发布了。"
    found = contradicted(LEGACY, wrong, LEGACY_Q)
    assert any("推倒重写" in p for p in found)
    strong = "我没有一上来就推倒重写，而是先给核心路径补了回归测试，然后一个模块一个模块地重构。"
    assert contradicted(LEGACY, strong, LEGACY_Q) == []


def test_a_failure_told_as_how_it_ended_even_without_a_subject() -> None:
    wrong = "我接手后直接整体重写了。上线当天结算就出了问题，只好回滚，新规则延期了两个月。"
    assert any(p.startswith("结果") for p in contradicted(LEGACY, wrong, LEGACY_Q))


def test_the_problem_before_the_story_and_a_failure_asked_for_are_no_contradiction() -> None:
    before = (
        "Our exports broke often and nobody knew until a customer complained. Two days before "
        "a release a PM asked for a new export; I asked what goal it served and offered a CSV "
        "download first, and the release shipped on time."
    )
    assert contradicted(PUSHBACK, before, PUSHBACK_Q) == []
    asked = "Tell me about a failure: a time a request you pushed back on went wrong."
    failed = "I pushed back, we shipped late anyway, customers complained, so we had to roll back."
    assert not any(p.startswith("Result") for p in contradicted(PUSHBACK, failed, asked))


def test_a_hasty_manner_the_notes_held_back_from_contradicts_whatever_the_verb() -> None:
    reference = (
        "需求取舍（STAR）\n"
        "行动：没有硬扛全部接下，先按影响排序，和老板一起对齐\n"
        "结果：线上 bug 当天修好，活动按时上线"
    )
    question = "讲一次你要做取舍的经历。"
    wrong = "我谁也没商量，自己连续熬了一周夜把三个需求都硬做了。"
    assert any(p.startswith("行动") for p in contradicted(reference, wrong, question))
    strong = "我没有硬扛，先按影响排了序，再和老板一起对齐，bug 当天就修好了。"
    assert contradicted(reference, strong, question) == []


def test_acting_on_the_spot_answers_a_held_back_action_of_another_verb() -> None:
    reference = (
        "拒绝不合理需求（STAR）\n"
        "行动：没直接拒绝，先问清楚背后的目标，再给一个小一点的方案\n"
        "结果：需求按小方案上线，大家都满意"
    )
    question = "讲一次你面对不合理需求的经历。"
    wrong = "产品提了需求，我当场就答应了，连夜把整个功能都做了。"
    assert any(p.startswith("行动") for p in contradicted(reference, wrong, question))
    strong = "我没有当场拒绝，先问清楚他背后的目标，再提了一个小一点的方案，用的硬件也不用加。"
    assert contradicted(reference, strong, question) == []


def test_an_english_action_held_back_and_done_the_same_way_contradicts() -> None:
    reference = (
        "Disagreement (STAR)\n"
        "Action: I didn't argue in the meeting; I profiled a day of traffic first\n"
        "Result: the index fixed it"
    )
    question = "Tell me about a time you disagreed with a senior engineer."
    wrong = "I argued against it in the meeting right away and escalated to our manager."
    assert any(p.startswith("Action") for p in contradicted(reference, wrong, question))
    strong = "I held my arguments in the meeting and profiled a day of traffic first."
    assert contradicted(reference, strong, question) == []
    # the verb said as rejected is no action done ("instead of arguing in the meeting")
    rejected = ["Instead of arguing in the meeting, I profiled a day of traffic first."]
    assert story_contradictions(key_points(reference), rejected, question) == []
