"""A follow-up's card never lists as missed what an earlier answer on its topic said."""

from __future__ import annotations

from pathlib import Path

from interview_fixtures import MemoryRetriever, drive, make_interviewer

from agent import keypoints, policy
from agent._answer_text import units
from agent._models import Answer
from agent._probing import still_open
from agent._turn import Turn
from agent.state import InterviewOptions
from knowledge import Citation, Question

REFERENCE = (
    "LoRA 冻结预训练权重，只训练两个低秩矩阵 A 和 B。\n"
    "推理时把 BA 合并回原权重，没有额外延迟。\n"
    "秩 r 一般取 8 到 64，α 是缩放系数。"
)
POINTS = keypoints.key_points(REFERENCE)


def _main(answer: str) -> Turn:
    return Turn(
        turn_id="t001",
        seq=1,
        stage="fundamentals",
        topic="LoRA",
        question="LoRA 的原理是什么？",
        reference=REFERENCE,
        key_points=POINTS,
        answer=Answer(text=answer),
    )


def test_a_point_the_main_answer_made_is_not_measured_again() -> None:
    frozen, merged, rank = POINTS
    on_topic = [_main("LoRA 冻结预训练权重，只训练两个低秩矩阵 A 和 B。")]
    kept = still_open(POINTS, merged.label, on_topic, None, (0.3, 0.6))
    assert frozen not in kept and kept == [merged, rank]


def test_a_point_said_in_part_stays_only_when_the_follow_up_asks_about_it() -> None:
    frozen, merged, rank = POINTS
    on_topic = [_main("LoRA 冻结权重，推理时合并。")]  # the merge said in part
    assert still_open(POINTS, rank.label, on_topic, None, (0.3, 0.6)) == [frozen, rank]
    assert still_open(POINTS, merged.label, on_topic, None, (0.3, 0.6)) == POINTS


def test_with_nothing_said_yet_every_point_stays() -> None:
    on_topic = [_main("")]
    assert still_open(POINTS, POINTS[0].label, on_topic, None, (0.3, 0.6)) == POINTS


INTRO = Question(
    id="q-intro",
    question="请做一个自我介绍",
    answer="我是林知远，北川大学硕士二年级，研究方向是检索增强生成和大模型对齐。\n"
    "我在星河科技做过企业知识库问答系统，把召回率从 71% 提到 89%。\n"
    "我平时习惯先定指标再动手，做完实验会写复盘。",
    stage="self_intro",
    topic="自我介绍",
    citation=Citation(source="/notes/intro.md", line_start=1, line_end=3),
)
INTRO_POINTS = keypoints.key_points(INTRO.answer)


def test_asking_a_thin_introduction_for_more_does_not_list_what_it_said_in_part(
    mianba_home: Path,
) -> None:
    """ "做检索增强生成" tells part of the research direction: the card of the question asking
    for more does not say the candidate missed it."""
    thin = "我叫林知远，做检索增强生成。"
    assert units(thin) < 60
    iv = make_interviewer(mianba_home, MemoryRetriever([INTRO], []))
    sid = iv.start(InterviewOptions(stages=["self_intro"], minutes=10, language="zh"))
    drive(iv, sid, [thin, "我平时做完实验会写复盘。"])
    first, more = iv.store.turns(sid)[:2]
    iv.close()
    assert more.probe == policy.INTRO_PROBE
    direction = next(p for p in INTRO_POINTS if "研究方向" in p.text)
    assert direction.label in first.missed  # said in part, not in full
    assert direction.label not in [p.label for p in more.key_points]
    assert more.score is not None
    missed = [k.point for k in more.score.key_points if k.status == "missed"]
    assert direction.label not in missed
