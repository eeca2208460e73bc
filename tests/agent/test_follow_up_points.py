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
from knowledge import Citation, Project, Question

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


def test_the_probed_point_stays_even_when_the_answers_read_as_saying_it() -> None:
    """A claim said against the notes reads as said when measured alone; the follow-up
    challenging it is measured on it all the same."""
    frozen = POINTS[0]
    on_topic = [_main("LoRA 冻结预训练权重，只训练两个低秩矩阵 A 和 B。")]
    assert frozen in still_open(POINTS, frozen.label, on_topic, None, (0.3, 0.6))


LORA_NOTES = Question(
    id="q-lora",
    question="LoRA 的原理是什么？为什么能省显存？",
    answer="LoRA（Low-Rank Adaptation）冻结预训练权重 W，只学习一个低秩增量 ΔW = B·A，其中 "
    "B ∈ R^{d×r}、A ∈ R^{r×k}，r 远小于 d 和 k，前向为 h = Wx + (α/r)·BAx。A 用随机高斯（或 "
    "Kaiming）初始化，B 初始化为 0，所以训练开始时 ΔW = 0，模型和原模型完全一样。\n\n"
    "省显存主要来自优化器状态：Adam 要为每个可训练参数存一阶、二阶动量。"
    "以 d=k=4096、r=8 为例，一个矩阵的可训练参数从 1,677 万降到 6.5 万（约 0.39%）。"
    "推理时可以把 BA 合并回 W，没有额外延迟。",
    stage="fundamentals",
    topic="LoRA",
    citation=Citation(source="/notes/llm.md", line_start=5, line_end=9),
)


def test_a_follow_up_challenging_a_claim_is_measured_on_that_claim(mianba_home: Path) -> None:
    """The demo's "你刚才说「只学习一个低秩增量 BA」，确定吗？" was scored "no reference answer
    in your notes" once the challenged point, measured alone, read as said."""
    iv = make_interviewer(mianba_home, MemoryRetriever([LORA_NOTES], []))
    sid = iv.start(InterviewOptions(stages=["fundamentals"], minutes=30, language="zh"))
    said = (
        "LoRA 冻结预训练权重 W，只学习一个低秩增量 BA，r 远小于 d 和 k。"
        "推理时可以把 BA 合并回 W，没有额外延迟。"
    )
    drive(iv, sid, [said, "省显存主要是因为优化器状态少了，Adam 要为每个参数存一阶和二阶动量。"])
    follow_up = iv.store.turns(sid)[1]
    iv.close()
    assert follow_up.probe is not None and follow_up.key_points, follow_up.question
    assert follow_up.probe in [p.label for p in follow_up.key_points]
    assert follow_up.score is not None and follow_up.score.key_points


def test_a_follow_up_judged_on_several_points_is_not_said_to_ask_one(mianba_home: Path) -> None:
    """Asking a thin introduction for more judges what it left out - several points: its card
    said "追问只问一点：按这一点评分" above a list of four."""
    iv = make_interviewer(mianba_home, MemoryRetriever([INTRO], []))
    sid = iv.start(InterviewOptions(stages=["self_intro"], minutes=10, language="zh"))
    drive(iv, sid, ["我叫林知远。", "我平时做完实验会写复盘。"])
    more = iv.store.turns(sid)[1]
    iv.close()
    assert more.score is not None and len(more.score.key_points) > 1
    reasons = " ".join(d.reason for d in more.score.dimensions)
    assert "一点" not in reasons, reasons


WRITE_UP = Project(
    id="p-kb",
    name="企业知识库问答",
    description="我负责检索链路和评测：数据切分、混合检索、重排、评测集建设。\n"
    "切分：按 Markdown 标题和段落结构切分，每块 300~600 字，保留标题路径作为元数据。\n"
    "混合检索：BM25 与向量检索各取 Top-20，用 RRF 融合。\n"
    "重排：cross-encoder 对 Top-20 重排取 Top-5，低于阈值时回答没有找到。\n"
    "评测：从真实工单里抽 600 个问题，人工标注应命中的文档，指标是 Recall@5 和 MRR。",
    citation=Citation(source="/notes/projects.md", line_start=1, line_end=5),
)


def test_work_the_answer_said_was_not_the_candidates_is_not_followed_up(
    mianba_home: Path,
) -> None:
    """ "切分和评测集不是我负责的" was followed by "还有按 Markdown 标题和段落结构切分这一块，
    能补充一下你具体做了什么吗？" - asking what they did in the part they just said they
    did not do."""
    iv = make_interviewer(mianba_home, MemoryRetriever([], [WRITE_UP]), max_follow_ups=3)
    sid = iv.start(InterviewOptions(stages=["project"], minutes=30, language="zh"))
    said = "这个项目里切分和评测集不是我负责的，我主要做混合检索：BM25 和向量检索各取 Top-20。"
    drive(iv, sid, [said, "不太清楚。", "不太清楚。", "不太清楚。"])
    turns = iv.store.turns(sid)
    iv.close()
    probes = [t.probe or "" for t in turns if t.is_follow_up]
    assert not any("切分" in p or "评测" in p for p in probes), probes


def test_the_work_named_as_someone_elses_is_read_from_the_clause_saying_so() -> None:
    from agent._non_answers import not_theirs

    said = "切分和评测集不是我负责的，我主要做混合检索。"
    assert {"切分", "评测"} <= not_theirs(said) and "混合" not in "".join(not_theirs(said))
    assert not_theirs("The reranker was built by another team; I did the BM25 side.") == {
        "reranker"
    }
    assert not_theirs("我负责检索链路和评测。") == frozenset()
