"""A project's background is asked about once: why the work was needed is one question."""

from __future__ import annotations

from agent._coverage import Coverage
from agent._probing import not_probed
from agent._turn import Turn
from agent.keypoints import key_points
from agent.state import PlannedTopic

_WRITEUP = (
    "问题背景：\n业务方现有的表格查询方式主要依靠点击式操作，对于新员工来说学习成本较高。\n"
    "需要时间熟悉各种查询条件和操作步骤。\n\n"
    "实习描述：\n用 GPT4 构造微调指令数据集（3000 条），微调后 pass@1 达到 0.8。\n"
    "后用拒绝采样又添加了 2000 条数据，最终 pass@1 达到 0.95。"
)


def test_a_second_clause_of_the_same_background_is_not_asked_right_after_the_first() -> None:
    """Read after resuming a session: "业务方现有的表格查询方式主要依靠点击式操作，这个问题当时
    具体是什么情况？" then "说说这个背景吧：需要时间熟悉各种查询条件和操作步骤。当时是怎么发现
    的，影响有多大？" - two follow-ups on one background."""
    points = key_points(_WRITEUP)
    topic = PlannedTopic(
        stage="project", topic="美团", kind="project", seed="美团", reference=_WRITEUP,
        key_points=points,
    )  # fmt: skip
    first = next(p for p in points if "点击式操作" in p.text)
    second = next(p for p in points if "查询条件" in p.text)
    work = next(p for p in points if "拒绝采样" in p.text)

    def turn(seq: int, probe: str | None) -> Turn:
        return Turn(
            turn_id=f"t{seq}", seq=seq, stage="project", topic="美团", question="…", probe=probe,
            is_follow_up=probe is not None,
        )  # fmt: skip

    before = not_probed(topic, [turn(1, None)], [turn(1, None)], Coverage([]))
    assert second.label not in before  # nothing of the background asked yet
    on_topic = [turn(1, None), turn(2, first.label)]
    after = not_probed(topic, on_topic, on_topic, Coverage([]))
    assert second.label in after and work.label not in after


# written for this test: a background line that states a want, then what it was built on
_SCENES = {
    "zh": (
        "物流公司想在客服系统里自动回答运单查询，底座是 13B 的开源对话模型。",
        "物流公司想在客服系统里",
    ),
    "en": (
        "The logistics team wanted waybill questions answered automatically, built on a 13B "
        "open-source chat model.",
        "wanted waybill questions answered automatically",
    ),
}


def test_a_background_is_asked_by_its_situation_and_never_called_a_problem_it_is_not() -> None:
    """Read in the demo interview: "基座是 7B 的开源代码模型，这个问题当时具体是什么情况？为什么
    要解决它？" and "About the background, built on a 7B open-source code model: … why did it
    need solving?" - the base model is no situation, and no problem to solve."""
    from agent._questions import FollowUp, offline_follow_up
    from agent.keypoints import Point
    from agent.state import InterviewOptions

    for language, (line, situation) in _SCENES.items():
        point = Point(text=line.rstrip("。."), context="背景" if language == "zh" else "Background")
        for seq in range(3):
            options = InterviewOptions(language=language)  # type: ignore[arg-type]
            text = offline_follow_up(FollowUp(point, [], "project"), options, seq)
            assert situation in text, text
            assert "这个问题" not in text and "need solving" not in text, text
            assert not text.startswith("On "), text
