"""The offline estimator (no LLM): same TurnScore shape, labelled, good above poor."""

from __future__ import annotations

from pathlib import Path

import pytest
from scoring_fixtures import (
    CONFLICT,
    HNSW,
    LORA,
    NOTES,
    OVERFIT_EN,
    RAG_PROJECT,
    HashEmbedder,
    MemoryRetriever,
)

from agent import AgentConfig, Answer, Scorer, ScoringConfig, TurnScore
from knowledge import Citation, Question, Stage

# (question, stage, good answer, poor answer): the poor ones are real-sounding, not guarded
PAIRS: list[tuple[Question, str, str]] = [
    (
        LORA,
        "LoRA 的核心是冻结预训练模型的权重，不去更新原参数。它在注意力层旁路加两个低秩矩阵 A 和 B，"
        "训练时只更新这两个矩阵，因此可训练参数量和显存占"
        "用都大幅下降。推理时可以把 BA 合并回原权重，"
        "所以没有额外的推理延迟。",
        "LoRA 是一种微调的方法，用起来比较方便，效果也还可以，现在很多大模型都会用 LoRA 来做微调。",
    ),
    (
        HNSW,
        "HNSW 会构建多层的可导航小世界图，上层节点稀疏，下层节点稠密。搜索时从最高层的入口点开始"
        "贪心查找，找到局部最近点后逐层向下细化，所以检索复杂度接近对数级，比暴力搜索快很多。",
        "HNSW 是向量数据库里常用的一种索引，速度比较快，我们项目里用过，具体参数是默认的。",
    ),
    (
        OVERFIT_EN,
        "Overfitting is when a model fits the training data very well but generalizes poorly to "
        "unseen data. First, regularization such as weight decay or dropout reduces it. Second, "
        "early stopping on a validation set helps. Finally, more training data or data "
        "augmentation also helps, because the model sees more variety.",
        "Overfitting is a common problem in machine learning models and it is bad, so people "
        "try hard to avoid it when they train models in practice.",
    ),
    (
        RAG_PROJECT,
        "我负责检索模块。文档切块后用 BM25 和向量检索混"
        "合召回，再用重排模型排序。召回率从 71% 提升到 "
        "89%，回答准确率提升了 12 个百分点。为了控制延迟，我们没有用更大的重排模型，而是做了缓存，"
        "这是效果和速度之间的取舍。",
        "这个 RAG 项目主要是做问答的，我们团队一起做的，"
        "用了一些开源的框架，整体效果还不错，老师也挺满意的。",
    ),
    (
        CONFLICT,
        "当时在实习中，我和同事对评测指标有分歧，我的任"
        "务是在一周内定下评测方案。我先整理了两种方案在 "
        "300 条样本上的数据，约他一起对比。最终我们合并了两个指标，评测上线后反馈很好。"
        "我学到遇到分歧时先用数据说话。",
        "我和同事关系一直都很好，基本上没有什么意见不一致"
        "的情况，大家都是互相理解互相帮助的，合作很愉快。",
    ),
]


def offline_scorer(
    tmp_path: Path, embedder: object = None, language: str = "zh", **scoring: object
) -> Scorer:
    config = AgentConfig(
        sessions_db=tmp_path / "s.sqlite",
        language=language,  # type: ignore[arg-type]
        scoring=ScoringConfig(**scoring),  # type: ignore[arg-type]
    )
    return Scorer(config, MemoryRetriever(NOTES), llm=None, embedder=embedder)  # type: ignore[arg-type]


@pytest.mark.parametrize("embedded", [False, True], ids=["lexical", "hash-embedder"])
@pytest.mark.parametrize(("reference", "good", "poor"), PAIRS, ids=[q.id for q, *_ in PAIRS])
def test_good_answer_ranks_clearly_above_poor(
    tmp_path: Path, reference: Question, good: str, poor: str, embedded: bool
):
    # hashed bigram vectors of any two texts in one language are close: calibrate for them
    calibrated = {"coverage_cosine_low": 0.6, "coverage_cosine_high": 0.9}
    scorer = (
        offline_scorer(tmp_path, HashEmbedder(), **calibrated)
        if embedded
        else (offline_scorer(tmp_path))
    )
    stage: Stage = reference.stage

    high = scorer.score(reference.question, Answer(text=good), stage)
    low = scorer.score(reference.question, Answer(text=poor), stage)

    assert high.status == low.status == "offline_estimate", (high.summary, low.summary)
    assert high.overall is not None and low.overall is not None
    assert high.overall >= low.overall + 25, (high.overall, low.overall)
    assert sum(k.status == "hit" for k in high.key_points) > sum(
        k.status == "hit" for k in low.key_points
    )


def test_offline_score_has_the_full_structure_and_label(tmp_path: Path):
    turn = offline_scorer(tmp_path).score(LORA.question, Answer(text=PAIRS[0][1]), "fundamentals")

    assert turn.summary.startswith("离线估计（未使用大模型）")
    assert [d.name for d in turn.dimensions] == [
        "correctness",
        "depth",
        "key_point_coverage",
        "clarity",
    ]
    assert all(1 <= d.score <= 5 and d.reason for d in turn.dimensions)
    assert len(turn.key_points) == 3 and turn.key_points[0].citation == LORA.citation
    assert turn.improved_answer.startswith("1. LoRA 冻结预训练模型的权重")
    assert turn.references == [LORA.citation]


def test_english_label_and_no_reference(tmp_path: Path):
    scorer = offline_scorer(tmp_path, language="en")
    answer = (
        "At the time our launch slipped. My task was to recover the schedule, so I split the "
        "work and talked to each owner. As a result we shipped 2 weeks later than planned, and "
        "I learned to raise risks early."
    )
    turn = scorer.score("Tell me about a setback.", Answer(text=answer), "behavioral")
    assert turn.status == "offline_estimate" and turn.key_points == []
    assert turn.summary == (
        "Offline estimate (no LLM): no reference answer in your notes for this question: "
        "a rough estimate, 50 at most"
    )
    # a well-formed STAR answer, but with nothing to compare it with the estimate stays modest
    assert all(d.score <= 3 for d in turn.dimensions)
    assert turn.overall is not None and 0 < turn.overall <= 50


@pytest.mark.slow
def test_real_embedder_keeps_the_order(tmp_path: Path, use_embedder: object):
    scorer = offline_scorer(tmp_path, use_embedder)
    for reference, good, poor in PAIRS:
        high = scorer.score(reference.question, Answer(text=good), reference.stage)
        low = scorer.score(reference.question, Answer(text=poor), reference.stage)
        assert high.overall is not None and low.overall is not None
        assert high.overall >= low.overall + 25, (reference.id, high.overall, low.overall)


# (language, question, reference, strong, partial, wrong, off_topic): written for this
# test, not taken from the labelled set; the partial one states one idea vaguely
PARTIALS = [
    (
        "zh",
        "讲一次你和产品经理意见不一致的经历。",
        "冲突处理（STAR）\n"
        "- 情境：和产品经理在上线时间上有分歧，他想下周上线，我担心评测没做完\n"
        "- 行动：我整理了评测缺口和风险，约他一起定了最小评测集\n"
        "- 结果：推迟三天上线，线上没有出问题\n"
        "- 反思：先对齐目标再讨论方案",
        "有一次产品经理想下周就上线，我担心评测还没做完。我把评测缺口和风险整理出来，"
        "约他一起定了一个最小评测集。最后推迟了三天上线，线上没出问题。"
        "我的体会是先对齐目标，再讨论具体方案。",
        "之前和产品经理在上线时间上有过分歧，后来我们商量着解决了。",
        "我和产品经理有分歧的时候直接按他的来，没做评测就上线了，结果线上出了问题。",
        "我平时和同事关系很好，周末经常一起打球。",
    ),
    (
        "en",
        "Tell me about a time you disagreed with your manager.",
        "Launch date disagreement:\n"
        "- Situation: my manager wanted to launch the search feature a week early, before the "
        "load test\n"
        "- Action: I showed him the latency numbers from staging and proposed a two-day load "
        "test\n"
        "- Result: the load test found a memory leak; we fixed it and launched two days later\n"
        "- Reflection: bring data, and offer a smaller plan instead of a flat no",
        "My manager wanted to launch the search feature a week early, before we had "
        "load-tested it. I showed him the latency numbers from staging and proposed a two-day "
        "load test instead. The test found a memory leak, we fixed it and launched two days "
        "later. I learned to bring data and offer a smaller plan rather than just saying no.",
        "My manager wanted to launch the search feature early and I disagreed, so we discussed it.",
        "I launched the search feature early without any load test, because data slows things "
        "down.",
        "I get along well with my manager and we often have lunch together.",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("case", PARTIALS, ids=lambda c: c[0])
def test_a_vague_partial_answer_earns_something_a_wrong_one_does_not(
    tmp_path: Path, use_embedder: object, case: tuple[str, ...]
) -> None:
    """A partial answer stating one idea, contradicting nothing, is worth more than a wrong
    account and an off-topic one, which earn nothing for content."""
    language, question, reference = case[:3]
    scorer = offline_scorer(tmp_path, use_embedder, language=language)
    ref = Question(
        id="partial",
        question=question,
        answer=reference,
        stage="behavioral",
        topic=question,
        citation=NOTES[0].citation,
    )

    def overall(text: str) -> float:
        turn = scorer.score(question, Answer(text=text), "behavioral", references=[ref])
        assert turn.status == "offline_estimate" and turn.overall is not None
        return turn.overall

    scores = {k: overall(t) for k, t in zip(("s", "p", "w", "o"), case[3:], strict=True)}
    assert scores["s"] > scores["p"] > max(scores["w"], scores["o"]), scores
    # off topic, it earns at most a trace for being near the notes' subject (agent._nearness)
    assert scores["o"] < 5.0, scores


def test_the_content_reason_says_what_was_covered_in_part_and_what_contradicted() -> None:
    """A 2 of 5 for a partial answer reads "1 in part", not a bare "0 of 3"."""
    from agent._coverage import Coverage, PointCoverage
    from agent._offline_scoring import estimate
    from agent.keypoints import Point

    points = [Point(text=t) for t in ("冻结原权重", "只训练低秩矩阵", "推理时合并回原权重")]
    cover = Coverage(
        [
            PointCoverage(points[0], 0.8),
            PointCoverage(points[1], 0.4),
            PointCoverage(points[2], 0.5, True),
        ],
        precision=1.0,
        support=0.5,
        content=["LoRA 冻结原权重，训练低秩矩阵，推理时不合并。"],
    )
    for language, expected in (
        ("en", "covers 1 of 3 key points, 1 in part, 1 may contradict your notes"),
        ("zh", "覆盖参考要点 1/3，部分覆盖 1，1 点可能与笔记相反"),
    ):
        dims = estimate("fundamentals", cover, language).dimensions
        assert next(d.reason for d in dims if d.name == "key_point_coverage") == expected


@pytest.mark.parametrize("embedded", [False, True], ids=["lexical", "hash-embedder"])
def test_the_card_does_not_contradict_itself(tmp_path: Path, embedded: bool) -> None:
    """The summary line is the content reason, and the content score follows it: nothing
    covered scores 1 on content, and a score of 5 needs more than a point stated in part."""
    scorer = offline_scorer(tmp_path, HashEmbedder() if embedded else None)
    answers = [a for _, good, poor in PAIRS for a in (good, poor)]
    answers += [a for case in PARTIALS for a in case[3:]]
    questions = [q for q, *_ in PAIRS for _ in range(2)]
    questions += [
        Question(
            id=f"p{i}",
            question=c[1],
            answer=c[2],
            stage="behavioral",
            topic=c[1],
            citation=LORA.citation,
        )
        for i, c in enumerate(PARTIALS)
        for _ in c[3:]
    ]
    for question, text in zip(questions, answers, strict=True):
        refs = None if question in NOTES else [question]
        turn = scorer.score(question.question, Answer(text=text), question.stage, references=refs)
        statuses = [k.status for k in turn.key_points]
        reasons = {d.name: d.reason for d in turn.dimensions}
        content = [d.score for d in turn.dimensions if d.name == "key_point_coverage"]
        covered = [s for s in statuses if s in ("hit", "partly")]
        if "key_point_coverage" in reasons:
            assert reasons["key_point_coverage"] in turn.summary, turn.summary
        if not covered and "略有涉及" not in turn.summary:
            assert all(s <= 1 for s in content), (text, statuses, content)
        if content and content[0] == 5:
            assert statuses.count("hit") >= len(statuses) / 2, (text, statuses)


def test_a_follow_up_answer_that_says_the_named_point_covers_it(tmp_path: Path) -> None:
    """A follow-up naming a point ("再说说「X」") and an answer stating X: the point is
    covered, not dropped as an echo of the question and reported missed."""
    from agent.keypoints import key_points

    scorer = offline_scorer(tmp_path)
    point = key_points(HNSW.answer)[-1]
    asked = f"再说说「{point.label}」吧，它是怎么起作用的？"
    said = scorer.score(
        asked, Answer(text=f"对，{point.text}，这样搜索很快。"), "fundamentals", points=[point]
    )
    blank = scorer.score(
        asked, Answer(text="这个我记不太清了，可能和参数有关吧。"), "fundamentals", points=[point]
    )
    assert [k.status for k in said.key_points] == ["hit"], said.summary
    assert [k.status for k in blank.key_points] == ["missed"], blank.summary
    assert (said.overall or 0) > (blank.overall or 0) + 50


def test_one_key_point_is_singular() -> None:
    from agent._offline_scoring import coverage_reason

    assert coverage_reason(["missed"], zh=False) == "covers 0 of 1 key point"
    assert coverage_reason(["hit", "partly"], zh=False) == "covers 1 of 2 key points, 1 in part"
    assert coverage_reason(["missed"] * 3, zh=True, touched=2) == "覆盖参考要点 0/3，略有涉及 2"


def test_an_answer_in_another_language_than_the_notes_is_not_judged_on_their_words(
    tmp_path: Path,
):
    """An English interview on Chinese notes: offline, words cannot be compared across
    languages, so the estimate says so and stays modest instead of '0 of N covered'."""
    scorer = offline_scorer(tmp_path, language="en")
    answer = (
        "LoRA freezes the pretrained weights and learns a low-rank update B times A, so only "
        "a few parameters are trained and the optimizer state is small; the update can be "
        "merged back into the weights for inference."
    )
    turn = scorer.score(LORA.question, Answer(text=answer), "fundamentals", references=[LORA])
    assert turn.status == "offline_estimate" and turn.key_points == []
    assert "different languages" in turn.summary
    assert turn.overall is not None and 0 < turn.overall <= 50
    # the card says why, not "no reference answer in your notes" above the notes' answer
    correctness = next(d for d in turn.dimensions if d.name == "correctness")
    assert "different languages" in correctness.reason and turn.improved_answer
    # an answer in the notes' own language is still checked point by point
    same = scorer.score(LORA.question, Answer(text=PAIRS[0][1]), "fundamentals", references=[LORA])
    assert same.key_points and "different languages" not in same.summary


def test_a_reference_with_no_language_of_its_own_is_not_another_language(tmp_path: Path):
    """A follow-up on a row of a results table: the reference is names and numbers, the
    question and the answer are Chinese - one language, checked point by point."""
    row = Question(
        id="row", question="MXEval 的结果", answer="starcoderbase\t0.45\t0.5", stage="project",
        topic="MetaApp", citation=Citation(source="notes.md", line_start=1, line_end=1),
    )  # fmt: skip
    scorer = offline_scorer(tmp_path, language="zh")
    question = "你提到了 PPO 的结果。那 starcoderbase 的 0.45 这部分，当时具体是怎么做的？"
    answer = (
        "starcoderbase 是基座，直接测 MXEval 只有 0.45，"
        "说明它对 TS 业务代码不熟悉，所以才做了继续预训练。"
    )
    turn = scorer.score(question, Answer(text=answer), "project", references=[row])
    assert "不是同一种语言" not in turn.summary and turn.key_points


HARDEST = Question(
    id="hardest", question="遇到最困难的事情怎么解决的？", stage="behavioral", topic="困难",
    answer="工作上最困难的事情是：如何解决文本切分之后的上下文失去关联，以及指代混乱问题\n"
    "生活上最困难的事情是：疫情期间远程沟通协作",
    citation=Citation(source="notes.md", line_start=1, line_end=2),
)  # fmt: skip


def test_a_behavioral_story_of_ones_own_is_judged_on_its_form_not_as_wrong(tmp_path: Path):
    """The notes hold one story; the candidate may tell another. Offline cannot check a
    story it has never read, so a well-told one gets a modest, labelled estimate - not
    the 0 of an answer that said nothing - and its card names the STAR parts in Chinese."""
    scorer = offline_scorer(tmp_path, language="zh")
    story = (
        "最困难的是在美团做 Text2SQL 的时候，业务方给的数据很少，SQL 写法也不统一。"
        "我先和业务方对齐了常用的几十种查询，再用大模型扩写并自动执行校验，"
        "两周内把数据做到了 2 万条，模型上线后新员工的查询效率提高了很多。"
    )
    platitude = "我觉得困难都是暂时的，保持积极心态，多运动，早睡早起就好了。"

    def score(text: str) -> TurnScore:
        return scorer.score(HARDEST.question, Answer(text=text), "behavioral", references=[HARDEST])

    told, said = score(story), score(platitude)
    assert told.status == "offline_estimate" and "另一段经历" in told.summary
    assert 20 <= (told.overall or 0) <= 50  # a rough estimate: never above 50
    assert (said.overall or 0) < (told.overall or 0)
    star = next(d for d in told.dimensions if d.name == "star_structure")
    assert "情境" in star.reason and "action" not in star.reason
    # the notes' own story, told back, is still checked point by point
    own = "工作上最困难的是文本切分之后上下文失去关联、指代混乱，我先按段落重切，结果好了很多。"
    checked = score(own)
    assert "另一段经历" not in checked.summary and checked.key_points
