"""Follow-ups that take up what the answer claimed: a claim against the notes challenged in
the candidate's words (offline and with an LLM), and the ways the notes list to an end asked
as ways - as a candidate reads them in whole offline interviews."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from interview_fixtures import LORA, MemoryRetriever, questions_asked
from scripted_server import ScriptedLLMServer

from agent import InterviewOptions
from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import Point, key_points
from knowledge import Citation, Question


@pytest.mark.parametrize(
    ("language", "question", "notes", "aim"),
    [
        (
            "zh",
            "如何缓解大模型的幻觉？",
            "1. 调整解码参数，降低温度\n2. RAG\n3. 代码生成",
            "缓解大模型的幻觉",
        ),
        (
            "en",
            "How do you reduce hallucination?",
            "1. lower the sampling temperature, use greedy decoding\n2. RAG\n3. self-checks",
            "reduce hallucination",
        ),
    ],
)
@pytest.mark.parametrize("seq", [1, 2, 3])
def test_a_way_named_in_a_list_is_asked_how_it_serves_the_question(
    language: str, question: str, notes: str, aim: str, seq: int
) -> None:
    """The shared notes answer "如何解决幻觉问题的" with "2.rag 3.代码生成": the follow-up
    was "rag，这是怎么回事？" and "接下来：代码生成，能具体讲讲吗？"."""
    points = key_points(notes)
    rag = next(p for p in points if p.text == "RAG")
    options = InterviewOptions(language=language)  # type: ignore[arg-type]
    about = FollowUp(rag, [], "fundamentals", "", "", question)
    text = offline_follow_up(about, options, seq)
    assert "RAG" in text and aim in text, text
    assert "怎么回事" not in text and "接下来" not in text


def test_a_point_that_says_something_is_not_asked_as_a_way() -> None:
    points = key_points("1. RAG：先从知识库检索相关文档，再让模型基于文档生成\n2. 降低温度")
    about = FollowUp(points[0], [], "fundamentals", "", "", "如何缓解大模型的幻觉？")
    text = offline_follow_up(about, InterviewOptions(language="zh"), 1)
    assert "帮助缓解" not in text and "来缓解" not in text, text


LORA_EN = Question(
    id="q-lora-en",
    question="How does LoRA work?",
    answer="LoRA freezes the pretrained weights and trains two low-rank matrices A and B. "
    "At inference BA is merged back into the weights, so there is no extra latency.",
    stage="fundamentals",
    topic="LoRA",
    citation=Citation(source="notes.md", line_start=1, line_end=2),
)


@pytest.mark.parametrize(
    ("language", "wrong", "claim"),
    [
        (
            "en",
            "LoRA freezes the original weights and trains two small low-rank matrices, "
            "but it always adds noticeable extra latency at inference.",
            "extra latency",
        ),
        (
            "zh",
            "LoRA 冻结原来的权重，只训练两个低秩矩阵，不过推理时会有明显的额外延迟。",
            "推理时会有明显的额外延迟",
        ),
    ],
)
def test_a_claim_against_the_notes_is_challenged_not_corrected(
    mianba_home: Path, language: str, wrong: str, claim: str
) -> None:
    """After "ROUGE-L 到了 0.9" the interviewer asked "能再说说 ROUGE-L 从 0.41 提升到 0.56
    吗？": the notes' figure told, the wrong one let pass. A person asks the candidate to
    stand by what they said."""
    retriever = MemoryRetriever(questions=[LORA if language == "zh" else LORA_EN], projects=[])
    options = InterviewOptions(stages=["fundamentals"], minutes=30, language=language)  # type: ignore[arg-type]
    asked = questions_asked(mianba_home, retriever, options, [wrong, "我再想想。"])
    follow_up = asked[1]
    assert follow_up.is_follow_up and claim in follow_up.text, follow_up.text
    assert not re.search(r"[「“](?:不过|but)", follow_up.text)  # the claim, not its joint
    assert "没有额外延迟" not in follow_up.text  # the notes' answer is not given away
    assert "no extra latency" not in follow_up.text


def test_an_llm_asked_about_a_contradicted_point_is_told_the_claim_to_challenge() -> None:
    from agent import Answer
    from agent._questions import follow_up_messages
    from agent._turn import Turn

    points = key_points(LORA.answer)
    wrong = "LoRA 冻结原来的权重，只训练两个低秩矩阵，不过推理时会有明显的额外延迟。"
    turn = Turn(
        turn_id="t001",
        seq=1,
        stage="fundamentals",
        topic="LoRA",
        topic_index=0,
        question=LORA.question,
        answer=Answer(text=wrong),
        key_points=points,
    )
    latency = next(p for p in points if "延迟" in p.text)
    user = follow_up_messages(turn, latency.label, "zh", "neutral")[-1]["content"]
    assert "相矛盾" in user and "推理时会有明显的额外延迟" in user
    other = next(p for p in points if "延迟" not in p.text)
    plain = follow_up_messages(turn, other.label, "zh", "neutral")[-1]["content"]
    assert "相矛盾" not in plain and "遗漏" in plain


def test_a_point_is_challenged_only_when_the_answer_was_measured_contradicting_it() -> None:
    """Read alone, "B 初始化为 0，所以训练开始时…和原模型完全一样" was "contradicted" by
    "只训练这两个矩阵" - a right claim the interviewer then challenged. Among all the
    turn's points, as the card measured it, it contradicts nothing."""
    from agent._questions import challenged_claim

    notes = (
        "LoRA 冻结预训练权重 W，只学习一个低秩增量 ΔW = B·A，r 远小于 d 和 k。"
        "A 用随机高斯初始化，B 初始化为 0，所以训练开始时 ΔW = 0，模型和原模型完全一样。\n"
        "省显存主要来自优化器状态：Adam 要为每个可训练参数存一阶、二阶动量。"
        "推理时可以把 BA 合并回 W，没有额外延迟。"
    )
    points = key_points(notes)
    answer = "LoRA 是在原来的权重旁边加两个低秩矩阵，只训练这两个矩阵，原权重冻结。"
    init = next(p for p in points if "初始化为 0" in p.text)
    assert challenged_claim(init, points, answer, "LoRA 的原理是什么？") == ""
    wrong = answer + "推理时会有明显的额外延迟。"
    latency = next(p for p in points if "额外延迟" in p.text)
    assert challenged_claim(latency, points, wrong, "LoRA 的原理是什么？") != ""


def test_every_claim_against_the_notes_is_taken_up_even_after_a_follow_up(
    mianba_home: Path,
) -> None:
    """A typed demo interview: the main answer said "B 初始化为 1" and "推理时会有明显的额外
    延迟"; the first was challenged, corrected, and the next follow-up then told the notes'
    "没有额外延迟" instead of taking up the second claim."""
    lora = LORA.model_copy(
        update={
            "answer": "LoRA 冻结预训练权重，只训练两个低秩矩阵 A 和 B。"
            "B 初始化为 0，训练开始时和原模型一样。推理时把 BA 合并回原权重，没有额外延迟。"
        }
    )
    retriever = MemoryRetriever(questions=[lora], projects=[])
    options = InterviewOptions(stages=["fundamentals"], minutes=30, language="zh")
    wrong = "LoRA 冻结原权重，只训练两个低秩矩阵。B 初始化为 1，推理时会有明显的额外延迟。"
    asked = questions_asked(
        mianba_home, retriever, options, [wrong, "我记错了，B 应该初始化为 0。", "嗯。"]
    )
    challenges = [q.text for q in asked if q.is_follow_up]
    assert any("B 初始化为 1" in t for t in challenges), challenges
    assert any("会有明显的额外延迟" in t for t in challenges), challenges
    assert not any("没有额外延迟" in t for t in challenges), challenges


def test_a_list_of_ways_is_asked_about_as_ways_by_its_first() -> None:
    """ "修改解码参数，调改解码策略,SFT微调，提前停止，这是怎么回事？" named a list whole; then
    "用修改解码参数、调改解码策略、SFT微调、提前停止这些办法来解决幻觉问题，具体是怎么做的？"
    after an answer about hiking read the notes' whole answer out. One way names the idea."""
    points = key_points(
        "1.修改解码参数，调改解码策略 （）,SFT微调，提前停止，\n\n2.rag\n\n3.代码生成"
    )
    about = FollowUp(points[0], [], "fundamentals", "我周末喜欢爬山。", "", "如何解决幻觉问题的")
    for seq in (1, 2, 3):
        text = offline_follow_up(about, InterviewOptions(language="zh"), seq)
        assert "修改解码参数" in text, text
        assert not any(way in text for way in ("调改解码策略", "SFT微调", "提前停止")), text
        assert "解决幻觉问题" in text and "怎么回事" not in text


@pytest.mark.parametrize(
    ("notes", "asked"),
    [
        # "Next point: lower the temperature, greedy decoding. What is going on there?"; the
        # first way named, not all of them read out
        ("lower the temperature, greedy decoding", "lowering the temperature"),
        (
            "lower the sampling temperature, use greedy decoding",
            "lowering the sampling temperature",
        ),
        ("beam search, nucleus sampling or top-k", "beam search"),
        ("train a verifier", "training a verifier"),
    ],
)
def test_an_english_list_of_ways_is_asked_about_as_ways(notes: str, asked: str) -> None:
    """As a Chinese list is ("那修改解码参数、调改解码策略…这些做法呢？")."""
    points = key_points(f"1. {notes}\n2. RAG")
    about = FollowUp(points[0], [], "fundamentals", "", "", "How do you reduce hallucination?")
    for seq in (1, 2, 3):
        text = offline_follow_up(about, InterviewOptions(language="en"), seq)
        assert asked in text and "reduce hallucination" in text, text
        assert "going on there" not in text and "explain that" not in text, text
        assert not any(way in text for way in ("greedy", "nucleus", "top-k")), text


def test_an_english_claim_is_not_read_as_a_list_of_ways() -> None:
    from agent._ways import ways

    assert ways("knowledge can be missing, outdated or only weakly stored") == []
    assert ways("Regularization, dropout and early stopping; More data also helps") == []


@pytest.mark.parametrize(
    ("point", "section"),
    [
        (Point(text="专有名词召回差", context="背景"), "背景"),
        (Point(text="问题背景：业务方现有的表格查询方式主要依靠点击式操作"), "问题背景"),
        (
            Point(text="Problem: search p99 latency was 900 ms at peak", context="Project"),
            "Problem",
        ),
    ],
)
def test_an_llm_writing_a_follow_up_is_given_the_claim_without_its_section_label(
    point: Point, section: str
) -> None:
    """The label a point is shown with ("背景：…") is no part of the claim: a model given it
    quotes it back ("你提到背景：…")."""
    from agent import Answer
    from agent._questions import follow_up_messages
    from agent._turn import Turn

    turn = Turn(
        turn_id="t002",
        seq=2,
        stage="project",
        topic="知识库问答",
        question="讲讲你负责的部分",
        answer=Answer(text="我负责检索链路。"),
        is_follow_up=True,
        key_points=[],  # a follow-up measured on another point: the probe is the topic's
    )
    user = follow_up_messages(turn, point.label, "zh", "neutral", [point])[-1]["content"]
    probed = user.split("<notes>")[1].split("</notes>")[0]
    assert section not in probed and probed.strip(), probed


def test_an_llm_writing_a_project_question_is_given_the_claim_without_its_section_label() -> None:
    from agent._questions import main_messages
    from agent.state import PlannedTopic

    topic = PlannedTopic(
        stage="project",
        topic="企业知识库问答",
        kind="project",
        seed="背景：公司内部有约 12 万篇制度文档、产品手册和工单记录",
        reference="### 背景\n\n公司内部有约 12 万篇制度文档、产品手册和工单记录。",
    )
    user = main_messages(topic, "zh", "neutral", opening=False, asked=[])[-1]["content"]
    quoted = user.rsplit("<notes>", 1)[1].split("</notes>")[0]
    assert quoted.startswith("公司内部有约 12 万篇"), quoted


def test_a_clause_in_the_points_own_words_is_no_claim_to_stand_by() -> None:
    """The demo's English interview asked "Let me check one thing: “the evaluation set”. Why
    is that so?" - the answer named the evaluation set, which the point also names; naming
    it asserts nothing against the point."""
    from agent._questions import challenged_claim

    lesson = Point(
        text="The other lesson was that the evaluation set has to include questions the "
        "knowledge base can't answer, or you end up overestimating the system"
    )
    role = Point(text="I owned the retrieval pipeline and the evaluation")
    points = [role, lesson]
    answer = "I owned the retrieval pipeline and the evaluation set."
    assert challenged_claim(lesson, points, answer, "What was your part?") == ""


def test_the_notes_own_figures_are_no_claim_to_stand_by() -> None:
    """An interview on messy notes asked "你刚才说「上线后 CTR 从 3.1% 提到 3.6%」，确定吗？"
    and then "我确认一下：「曝光从 2% 涨到了 9%」，为什么是这样？" - both the notes' own
    figures (the estimate read 提到 against 提升到, and the rise against "几乎没有曝光")."""
    from agent._questions import challenged_claim

    notes = (
        "我在电商公司实习时负责详情页的猜你喜欢模块。原来用的是基于 ItemCF 的协同过滤，冷启动"
        "商品几乎没有曝光。我把召回改成双塔模型加 ItemCF 多路召回。上线后 CTR 从 3.1% 提升到 "
        "3.6%，冷启动商品曝光占比从 2% 提到 9%。"
    )
    points = key_points(notes)
    question = "介绍一下你做过的推荐项目？"
    for answer in ("上线后 CTR 从 3.1% 提到 3.6%。", "冷启动商品曝光从 2% 涨到了 9%。"):
        assert all(challenged_claim(p, points, answer, question) == "" for p in points), answer
    wrong = "上线后 CTR 从 3.1% 提到了 5%。"  # a figure the notes never had is still taken up
    assert any(challenged_claim(p, points, wrong, question) for p in points)


def test_the_deed_a_lesson_regrets_is_no_claim_to_stand_by() -> None:
    """A demo zh interview asked "我确认一下：「我花了三天调超参」，为什么是这样？" after the
    notes' own failure story: its lesson "我应该先…抽查数据，而不是先调超参" regrets that deed."""
    from agent._questions import challenged_claim

    points = [
        Point(text="训练后离线指标几乎没变，我花了三天排查训练超参，最后才发现问题在数据"),
        Point(text="反思：我应该先花半天抽查偏好数据和目标是否一致，而不是先调超参"),
    ]
    story = "训完几乎没变。我花了三天调超参，最后才发现 GPT-4 偏好长回答。"
    assert all(challenged_claim(p, points, story, "说一个你失败的经历？") == "" for p in points)


def test_an_llm_interview_sends_no_section_label_as_the_claim(
    mianba_home: Path, scripted_llm: ScriptedLLMServer
) -> None:
    """The interview hands the model the topic's points: the probed claim goes without the
    label it is shown with, in the follow-up request as in the main one."""
    from interview_fixtures import InterviewerScript, drive

    from agent import AgentConfig, Interviewer, LLMConfig, LLMGateway
    from knowledge import Project

    write_up = Project(
        id="p-kb",
        name="企业知识库问答",
        description="背景：原系统对产品代号和错误码召回差，有依据的答案只有 62%。\n"
        "方法：BM25 与向量检索各取 Top-20，用 RRF 融合，再用 cross-encoder 重排。\n"
        "结果：Recall@5 从 71% 提到 89%，有依据率从 62% 提到 84%。",
        citation=Citation(source="/notes/p.md", line_start=1, line_end=3),
    )
    scripted_llm.on_chat = InterviewerScript("zh")
    config = LLMConfig(base_url=scripted_llm.base_url, model="scripted", api_key="sk-test")
    cfg = AgentConfig(sessions_db=mianba_home / "sessions.sqlite", llm=config)
    iv = Interviewer(cfg, MemoryRetriever([], [write_up]), llm=LLMGateway(config))
    sid = iv.start(InterviewOptions(stages=["project"], minutes=20, language="zh"))
    drive(iv, sid, ["我做的是检索。", "不太清楚。"])
    iv.close()
    asked = [r.user_text for r in scripted_llm.chat_requests if "<key_points>" not in r.user_text]
    quoted = [t.rsplit("<notes>", 1)[1].split("</notes>")[0] for t in asked]
    assert len(quoted) >= 2  # the main question and a follow-up
    assert not any(re.match(r"\s*(?:背景|方法|结果)\s*[：:]", q) for q in quoted), quoted


def test_a_claim_quoted_from_a_pasted_answer_keeps_no_markdown_nor_star_letter() -> None:
    """A pasted answer "**S** — … **T** — I was asked to … 843 ms p696 budget" was quoted
    back as "Let me check one thing: “T** — I was asked…”" (written for this test)."""
    from agent._challenge import challenged_claim
    from agent.keypoints import key_points

    notes = (
        "**S** — Checkout search returned stale prices for a day after each sale started.\n\n"
        "**T** — I was asked to bring the index refresh lag down within a 120 ms p99 budget.\n\n"
        "**A** — I moved price updates to a streaming job.\n"
    )
    answer = notes.replace("120 ms p99", "843 ms p696")
    points = key_points(notes)
    probe = next(p for p in points if "refresh lag" in p.text)
    claim = challenged_claim(probe, points, answer, "Tell me about the project.")
    assert "843 ms p696" in claim, claim
    assert "*" not in claim and not claim.startswith(("T ", "T—", "—")), claim


def test_a_bare_figure_said_against_the_notes_is_quoted_with_what_it_counts() -> None:
    """Read in an offline interview: "我确认一下：「21003 条」，为什么是这样？" - the figure
    alone, nothing of what it counted (notes written for this test)."""
    from agent._challenge import challenged_claim
    from agent.keypoints import key_points

    notes = "我们先清洗了历史工单，然后结合 GPT-4 构造微调指令数据集（3000 条），并人工抽检了质量。"
    answer = notes.replace("3000 条", "21003 条")
    points = key_points(notes)
    probe = next(p for p in points if "3000" in p.text)
    claim = challenged_claim(probe, points, answer, "讲讲这个项目。")
    assert "21003 条" in claim and "数据集" in claim, claim
