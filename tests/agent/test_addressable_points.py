"""A long write-up is judged on the points an answer could address, not a blind sample."""

from __future__ import annotations

import re
from pathlib import Path

from interview_fixtures import MemoryRetriever, drive, make_interviewer

from agent import AgentConfig, Answer, Scorer, Turn, keypoints
from agent._addressable import addressable
from agent.keypoints import ALL_POINTS, Point, key_points
from agent.state import InterviewOptions
from knowledge import Citation, Project, Question

# twenty short claims, one per line: the cap (8) samples eight of them
WRITE_UP = "\n".join(
    [
        "- 背景：客服工单每天有三万条，人工分拣要两个小时",
        "- 目标：自动把工单分到十二个业务队列",
        "- 数据：标注了八千条历史工单作为训练集",
        "- 基线：关键词规则的准确率只有百分之六十二",
        "- 模型一：先用 TF-IDF 加逻辑回归做了第一版",
        "- 模型二：换成 BERT 微调，准确率到百分之八十一",
        "- 难点：长尾队列样本少，召回很低",
        "- 处理：对长尾队列做回译数据增强",
        "- 处理：损失函数换成 focal loss 缓解类别不平衡",
        "- 部署：模型蒸馏成四层小模型，延迟降到二十毫秒",
        "- 监控：每周抽样两百条做人工复核",
        "- 反馈：分错的工单回流进训练集，每月重训一次",
        "- 结果：整体准确率提升到百分之八十九",
        "- 结果：人工分拣时间从两小时降到二十分钟",
        "- 我负责数据清洗和标注规范的制定",
        "- 我负责蒸馏方案的设计和上线",
        "- 取舍：没有用大模型直接分类，因为成本和延迟太高",
        "- 反思：标注规范应该更早和业务方对齐",
        "- 后续：计划引入主动学习减少标注量",
        "- 协作：和运维一起搭建了灰度发布流程",
    ]
)
QUESTION = "介绍一下你做的工单分类项目"
# the answer is about deployment and monitoring: points the blind sample mostly leaves out
ANSWER = (
    "我主要讲部署和监控这块。模型蒸馏成四层的小模型，线上延迟降到二十毫秒左右。"
    "上线后每周抽样两百条工单做人工复核，分错的工单回流进训练集，每月重训一次。"
    "我负责蒸馏方案的设计和上线，还和运维一起搭建了灰度发布流程。"
)


def test_the_cap_keeps_the_points_the_answer_addresses():
    every = key_points(WRITE_UP, ALL_POINTS)
    assert len(every) == 20
    chosen = addressable(every, ANSWER, QUESTION, 8)
    assert len(chosen) == 8
    texts = " ".join(p.text for p in chosen)
    said = ("蒸馏成四层", "抽样两百条", "回流进训练集", "灰度发布", "蒸馏方案的设计")
    assert sum(s in texts for s in said) >= 4  # half the cap: what the answer covers
    assert sum(s in texts for s in ("背景", "目标", "基线", "结果")) >= 1  # the rest: a sample
    assert [p for p in every if p in chosen] == chosen  # the reference's order


def test_a_short_reference_is_left_whole():
    every = key_points("- 正则化\n- Dropout\n- 早停", ALL_POINTS)
    assert addressable(every, "用 Dropout", "怎么缓解过拟合", 8) == every


def test_a_project_answer_scores_on_what_it_addressed(tmp_path: Path):
    reference = Question(
        id="p1",
        question=QUESTION,
        answer=WRITE_UP,
        stage="project",
        topic=QUESTION,
        citation=Citation(source="notes.md", line_start=1, line_end=20),
    )
    scorer = Scorer(AgentConfig(sessions_db=tmp_path / "s.sqlite"), None, None)
    turn = scorer.score(QUESTION, Answer(text=ANSWER), "project", references=[reference])
    blind = key_points(WRITE_UP, 8)  # what the card was judged on before
    assert len(turn.key_points) == 8
    hit = [kp for kp in turn.key_points if kp.status == "hit"]
    assert len(hit) >= 4
    assert {kp.point for kp in turn.key_points} != {p.label for p in blind}
    assert (turn.overall or 0) > 40


def test_in_an_interview_the_card_and_the_follow_ups_speak_of_the_points_addressed(
    mianba_home: Path,
):
    """The deep dive measures the main answer on the capped points it could address; the
    turn keeps them, so its score card, the follow-up decision and the probe agree."""
    project = Project(
        id="p-tickets",
        name="工单分类",
        description=WRITE_UP,
        citation=Citation(source="notes.md", line_start=1, line_end=20),
    )
    iv = make_interviewer(mianba_home, MemoryRetriever([], [project]), max_follow_ups=1)
    sid = iv.start(InterviewOptions(stages=["project"], minutes=30, language="zh"))
    drive(iv, sid, [ANSWER, "不太清楚。"])
    turns = iv.store.turns(sid)
    iv.close()

    main = turns[0]
    assert main.score is not None and main.score.status == "offline_estimate"
    assert len(main.key_points) == 8  # the cap, not the whole write-up
    assert [kp.point for kp in main.score.key_points] == [p.label for p in main.key_points]
    hit = [kp.point for kp in main.score.key_points if kp.status == "hit"]
    assert any("蒸馏成四层" in point for point in hit), hit
    assert (main.score.overall or 0) > 40
    follow_up = turns[1]
    assert follow_up.is_follow_up and follow_up.probe in main.missed
    assert follow_up.probe in [p.label for p in main.key_points]


def test_a_colleagues_part_of_the_project_is_no_key_point_for_the_candidate() -> None:
    from agent._planning import _project_topics

    project = Project(
        id="p-rag",
        name="知识库问答",
        description="- 我负责检索链路和评测\n- 生成侧的 prompt 由另一位同事负责\n"
        "- 召回率从 71% 提到 89%\n- 延迟从 1.9 s 降到 1.2 s",
        citation=Citation(source="notes.md", line_start=1, line_end=4),
    )
    topics = _project_topics([project])
    assert topics and not any("另一位同事" in t.seed for t in topics)  # never quoted
    for topic in topics:
        texts = [p.text for p in topic.key_points]
        assert texts and not any("另一位同事" in t for t in texts), texts


FORGETTING = "\n".join(
    [
        "- 背景：给游戏开发部门做代码生成模型，基座是 StarCoderBase",
        "- 数据：15GB 代码继续预训练，再用两万条指令数据微调",
        "- 问题背景：在测评中发现了灾难性遗忘，SFT 之后通用代码能力明显下降",
        "- 方案：参考 InstructGPT 的 PPO 损失加 KL 惩罚，让微调模型不偏离参考模型太远",
        "- 结果：业务榜单 pass@1 从 0.6 提到 0.84",
    ]
)


def test_a_follow_up_on_a_problem_is_measured_on_how_the_notes_solved_it() -> None:
    every = key_points(FORGETTING, ALL_POINTS)
    explained = keypoints.explained(FORGETTING, every[2])
    assert [p.text for p in explained] == [every[2].text, every[3].text]
    # a point with nothing short or problematic about it is measured on itself
    assert keypoints.explained(FORGETTING, every[1]) == [every[1]]
    # so is a point the notes do not have (an older plan's)
    assert keypoints.explained(FORGETTING, Point(text="别的")) == [Point(text="别的")]


METHOD = "\n".join(
    [
        "### 方法",
        "1. SFT 数据：从 4.2 万条内部指令数据出发，MinHash 去重后剩 3.1 万条。",
        "2. DPO：β=0.1，学习率 5e-7，训练 2 个 epoch；参考模型就是 SFT 模型。",
        "3. 评测：内部 400 题 TypeScript benchmark（带单测）和 MultiPL-E 的 TS 子集。",
    ]
)


def test_a_follow_up_on_the_end_of_a_step_is_not_measured_on_the_next_step() -> None:
    """ "参考模型是什么？" is answered by the reference model, not by the evaluation set that
    the notes list next; a problem at the end of its paragraph still takes what follows."""
    every = key_points(METHOD, ALL_POINTS)
    reference_model = next(p for p in every if p.text.startswith("参考模型"))
    assert keypoints.explained(METHOD, reference_model) == [reference_model]
    problem = (
        "**问题背景：**给游戏部门做代码模型。在测评中发现了灾难性遗忘。\n\n"
        "**实习描述：**PPO 损失里加 KL 惩罚，不偏离参考模型。"
    )
    found = key_points(problem, ALL_POINTS)
    assert [p.text for p in keypoints.explained(problem, found[1])] == [
        found[1].text,
        found[2].text,
    ]


def _deep_dive(home: Path, language: str, *answers: str) -> list[Turn]:
    """A deep dive on the FORGETTING write-up, one follow-up at most; its turns."""
    project = Project(
        id="p-code",
        name="代码生成模型",
        description=FORGETTING,
        citation=Citation(source="notes.md", line_start=1, line_end=5),
    )
    iv = make_interviewer(home, MemoryRetriever([], [project]), max_follow_ups=1)
    options = InterviewOptions(stages=["project"], minutes=30, language=language)  # type: ignore[arg-type]
    sid = iv.start(options)
    drive(iv, sid, answers)
    turns = iv.store.turns(sid)
    iv.close()
    return turns


def test_an_answer_to_a_follow_up_on_a_problem_is_not_off_topic(mianba_home: Path) -> None:
    """The follow-up asks how a problem was solved; the answer tells how, without naming
    the problem: it is scored on the notes' solution, not guarded as off-topic."""
    turns = _deep_dive(
        mianba_home,
        "zh",
        "这是给游戏开发部门做的代码生成模型，基座用的 StarCoderBase，先用 15GB 代码"
        "继续预训练，再用两万条指令数据微调，最后业务榜单 pass@1 从 0.6 提到了 0.84。",
        "当时主要参考了 InstructGPT 的做法，在 PPO 的损失里加了 KL 惩罚，"
        "让微调后的模型不要离参考模型太远，另外也混了一些通用数据一起训练。",
    )
    follow_up = turns[1]
    assert follow_up.is_follow_up and "灾难性遗忘" in (follow_up.probe or "")
    assert len(follow_up.key_points) == 2 and "KL 惩罚" in follow_up.reference
    assert follow_up.score is not None and follow_up.score.status == "offline_estimate"
    assert (follow_up.score.overall or 0) > 0
    # the write-up's second quoted claim (the data) was in the first answer: not asked again
    assert not any("两万条指令数据微调”" in t.question for t in turns[2:]), turns[2:]


def test_a_generic_follow_up_is_not_scored_on_the_point_it_could_not_name(
    mianba_home: Path,
) -> None:
    """An English interview on Chinese notes, answered first in the notes' language: the
    missed point cannot be said in English, so the follow-up asks generically ("what
    would you change?"). Its answer is not measured on that unnamed point (it scored
    0/100 so): it is a rough estimate with no key points, and says so; the write-up stays
    its context (guards, an LLM, Review). (An English answer to Chinese notes is not
    followed up at all offline: see test_follow_up_choice.)"""
    turns = _deep_dive(
        mianba_home,
        "en",
        "数据是我负责的：先用 15GB 代码继续预训练，再用两万条指令数据微调，"
        "业务榜单 pass@1 从 0.6 提到了 0.84。",
        "Next time I would build the evaluation set first, because we found problems late "
        "and had to rerun several experiments after fixing the metric.",
    )
    follow_up = turns[1]
    assert follow_up.is_follow_up and not re.search(r"[\u4e00-\u9fff]", follow_up.question)
    assert follow_up.key_points == [] and "灾难性遗忘" in follow_up.reference
    assert follow_up.score is not None and follow_up.score.key_points == []
    assert "no reference" in follow_up.score.summary


DROPOUT = Question(
    id="q-dropout",
    question="How does dropout work?",
    answer="Dropout randomly zeroes a fraction of activations during training. "
    "Weights are rescaled by the keep probability during training so that the expected "
    "activation at inference time matches without any extra computation at serving time.",
    stage="fundamentals",
    topic="Dropout",
    citation=Citation(source="notes.md", line_start=1, line_end=2),
)


def test_a_generic_knowledge_follow_up_is_measured_on_what_is_still_missing(
    mianba_home: Path,
) -> None:
    """ "Can you go one level deeper?" asks for what the answer left out: answering it
    with the missing point earns it (a rough 25 with no points did not)."""
    iv = make_interviewer(mianba_home, MemoryRetriever([DROPOUT], []), max_follow_ups=1)
    sid = iv.start(InterviewOptions(stages=["fundamentals"], minutes=30, language="en"))
    drive(
        iv,
        sid,
        [
            "Dropout randomly zeroes a fraction of the activations while training.",
            "The weights are rescaled by the keep probability during training, so the "
            "expected activation at inference matches and serving needs no extra work.",
        ],
    )
    turns = iv.store.turns(sid)
    iv.close()
    follow_up = turns[1]
    assert follow_up.is_follow_up and "rescaled" not in follow_up.question
    assert [p.text[:20] for p in follow_up.key_points] == ["Weights are rescaled"]
    assert follow_up.score is not None and (follow_up.score.overall or 0) > 50


def test_a_point_the_answer_contradicts_is_among_those_it_addressed() -> None:
    """A wrong claim about a point is an answer to it: the cap keeps the point, so the
    card shows the contradiction rather than sampling it away."""
    every = key_points(WRITE_UP, ALL_POINTS)
    answer = "我们没有做回译数据增强，长尾队列也没处理。" + ANSWER
    chosen = " ".join(p.text for p in addressable(every, answer, QUESTION, 8))
    assert "回译数据增强" in chosen
