"""A reference that asks whether ("评估能不能做", "是不是", "有没有") makes no claim either way:
an answer that says it can or cannot be done does not contradict it, and a real denial
beside it still does."""

from __future__ import annotations

from agent._coverage import measure
from agent.keypoints import Point

QUESTION = "遇到临时插进来的紧急需求，你会怎么处理？"
STORY = [
    Point(text="S：上线前一周，产品临时加了一个需求"),
    Point(text="T：评估能不能做、做了风险多大"),
    Point(text="A：我先拆需求、估工作量，和产品对齐优先级，把核心部分先做、其余排到下个版本"),
    Point(text="R：按时上线，没有出事故"),
]


def _statuses(points: list[Point], answer: str, question: str = QUESTION) -> list[str]:
    return measure(points, answer, question).statuses


def test_doing_what_can_be_done_is_no_denial_of_asking_whether_it_can():
    """ "能做就做" was read against the 不 of "能不能做", as if the notes said it cannot."""
    vague = "我觉得还是要先沟通吧，看看这个需求是不是真的那么急，能做就做，做不了就往后排。"
    assert "contradicted" not in _statuses(STORY, vague)
    assert _statuses(STORY, "评估下来这个需求能做，风险也不大。")[1] != "contradicted"
    assert _statuses(STORY, "评估下来这个需求不能做，风险太大。")[1] != "contradicted"


def test_an_answer_asking_whether_denies_nothing_either():
    point = [Point(text="这个需求不能做，直接排到下个版本")]
    assert _statuses(point, "我会先看看这个需求能不能做，再决定排到哪个版本。") != ["contradicted"]


def test_have_or_have_not_is_a_question_too():
    point = [Point(text="上线前先确认有没有监控和回滚方案")]
    assert _statuses(point, "上线前我会确认监控和回滚方案都准备好了。") != ["contradicted"]


def test_a_real_denial_beside_the_question_still_contradicts():
    wrong = "我没有评估，直接答应下来就做了。"
    assert _statuses(STORY, wrong)[1] == "contradicted"
    assert _statuses([Point(text="上线前先确认有没有监控")], "上线时没有监控。") == ["contradicted"]
