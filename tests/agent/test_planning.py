"""agent._planning: which topics each stage can ask, and in what order (pure, no graph)."""

from __future__ import annotations

from agent._planning import build_plan, candidate_topics
from agent.keypoints import key_points
from agent.prompts import interviewer as prompts
from agent.state import InterviewOptions
from knowledge import Citation, Project, Question, Stage

ZH_INTRO = "面试官您好，我叫林知远，研究方向是检索增强生成和大模型对齐。"
EN_INTRO = "Good afternoon, I'm Lin Zhiyuan; my research is on retrieval-augmented generation."


def _q(qid: str, question: str, answer: str, stage: Stage = "self_intro") -> Question:
    citation = Citation(source="/notes/intro.md", line_start=1, line_end=2)
    return Question(
        id=qid, question=question, answer=answer, stage=stage, topic="自我介绍",
        citation=citation,
    )  # fmt: skip


BANK = [
    _q("q-why", "你为什么从计算机视觉转到大模型方向？", "研一接触 RAG 后……"),
    _q("q-intro-zh", "请做一个自我介绍。", ZH_INTRO),
    _q("q-intro-en", "Please introduce yourself.", EN_INTRO),
]


def test_the_interview_opens_with_introduce_yourself_judged_against_the_notes() -> None:
    zh = candidate_topics("self_intro", BANK, [], "zh")
    assert zh[0].seed == prompts.SELF_INTRO.said_in("zh")
    assert (zh[0].source_id, zh[0].reference) == ("q-intro-zh", ZH_INTRO)
    assert [t.source_id for t in zh[1:]] == ["q-why"]  # the notes' follow-ups come after
    en = candidate_topics("self_intro", BANK, [], "en")
    assert en[0].seed == prompts.SELF_INTRO.said_in("en")
    assert (en[0].source_id, en[0].reference) == ("q-intro-en", EN_INTRO)


def test_notes_without_an_introduction_still_open_with_it() -> None:
    topics = candidate_topics("self_intro", BANK[:1], [], "zh")
    assert topics[0].seed == prompts.SELF_INTRO.said_in("zh") and topics[0].reference == ""
    assert [t.source_id for t in topics[1:]] == ["q-why"]


def test_introduce_yourself_stays_first_even_when_asked_last_time() -> None:
    topics = candidate_topics("self_intro", BANK, [], "zh")
    plan = build_plan(
        InterviewOptions(stages=["self_intro"]),
        {"self_intro": 1},
        {"self_intro": topics},
        weak={"自我介绍": 20.0},
        recent={"q-intro-zh", prompts.SELF_INTRO.said_in("zh")},
    )
    assert [t.source_id for t in plan[0].topics] == ["q-intro-zh"]


WRITE_UP = (
    "代码数据的预处理流程如下：（首先要保证数据都做好了分块\n"
    "公司内部有约 12 万篇制度文档，员工常问报销流程之类的问题。\n"
    "并随机抽样检查了数据质量，随后跟之前的数据融合做微调。\n"
    "我把纯向量检索改成 BM25 + 向量的混合检索，Top-5 召回率从 71% 提到 89%。\n"
    "P95 延迟从 1.9 s 升到 2.3 s，后来换成蒸馏的小模型。"
)
PROJECT_LINES = Citation(source="/notes/projects.md", line_start=3, line_end=30)


def _project() -> Project:
    name = "企业知识库 RAG 问答系统（星河科技 · 算法实习）"
    return Project(id="p-rag", name=name, description=WRITE_UP, citation=PROJECT_LINES)


def _project_q(qid: str, question: str, line: int, end: int | None = None) -> Question:
    citation = Citation(source="/notes/projects.md", line_start=line, line_end=end or line)
    return Question(
        id=qid, question=question, answer="只用排名相加，不需要调分数尺度。", stage="project",
        topic="RRF", citation=citation,
    )  # fmt: skip


def test_a_deep_dive_quotes_whole_claims_and_measures_the_answer_on_them_too() -> None:
    topics = candidate_topics("project", [], [_project()], "zh")
    claims = [t.seed for t in topics]
    assert not any(c.startswith("并") for c in claims)  # a clause cut mid-sentence is no quote
    assert not any("如下" in c or "（" in c for c in claims)  # nor an open aside, nor "as follows"
    for topic in topics:
        measured = [p.text for p in topic.key_points]
        # the question quotes its claim and asks how it was done: the claim is measured on
        # what the answer adds to the quote (tests/agent/test_quoted_claim.py); another
        # round's claim too (when an answer makes it, that round is skipped:
        # tests/agent/test_addressable_points.py)
        assert sum(topic.seed.rstrip("…") in text for text in measured) == 1
        assert len(measured) == len(key_points(WRITE_UP))


def test_a_question_under_a_project_names_the_project_and_its_overview_is_not_asked_twice() -> None:
    overview = _project_q("q-overview", "请介绍一下你在「企业知识库 RAG 问答系统」的项目经历。", 3)
    overview = overview.model_copy(update={"citation": PROJECT_LINES})
    rrf = _project_q("q-rrf", "为什么用 RRF 融合，而不是加权求和？", 12)
    elsewhere = Question(
        id="q-other", question="如何评价RAG项目的效果好坏？", answer="", stage="project",
        topic="RAG", citation=Citation(source="/notes/other.md", line_start=12, line_end=12),
    )  # fmt: skip
    for language in ("zh", "en"):
        topics = candidate_topics("project", [overview, rrf, elsewhere], [_project()], language)
        assert "q-overview" not in [t.source_id for t in topics]  # the deep dive covers it
        asked = next(t for t in topics if t.source_id == "q-rrf")
        assert "企业知识库 RAG 问答系统" in asked.seed and "星河科技" not in asked.seed
        assert asked.seed.endswith("为什么用 RRF 融合，而不是加权求和？")
        assert asked.topic == _project().name  # the report groups it under the project
        other = next(t for t in topics if t.source_id == "q-other")
        assert other.seed == "如何评价RAG项目的效果好坏？"  # not under a project: as written


def test_an_english_interview_asks_the_notes_english_questions_first() -> None:
    def fundamentals(qid: str, question: str) -> Question:
        citation = Citation(source="/notes/f.md", line_start=1, line_end=2)
        return Question(
            id=qid, question=question, answer="…", stage="fundamentals", topic="LoRA",
            citation=citation,
        )  # fmt: skip

    bank = [
        fundamentals("q-zh", "LoRA 的原理是什么？"),
        fundamentals("q-en", "What is the difference between pre-training and fine-tuning?"),
    ]
    for language, first in (("en", "q-en"), ("zh", "q-zh")):
        topics = candidate_topics("fundamentals", bank, [], language)
        plan = build_plan(
            InterviewOptions(stages=["fundamentals"], language=language),
            {"fundamentals": 1},
            {"fundamentals": topics},
            weak={"LoRA": 10.0},
            recent=set(),
        )
        assert [t.source_id for t in plan[0].topics] == [first]


def test_a_long_english_claim_is_cut_between_words() -> None:
    description = (
        "I replaced the hand-tuned scoring with a LightGBM LambdaMART model trained on 30 days "
        "of click logs from the search page and the category pages of both apps, in two weeks. "
        "NDCG@10 went from 0.41 to 0.47 in an A/B test."
    )
    project = Project(id="p", name="ShopCo", description=description, citation=PROJECT_LINES)
    seed = candidate_topics("project", [], [project], "en")[0].seed
    assert seed.endswith("…") and len(seed) <= 120
    assert seed.removesuffix("…").split()[-1] in description.split()  # a whole word


def test_an_english_claim_of_twenty_words_is_quoted_whole() -> None:
    """'where you wrote: "search conversion was flat at 3.1% and the ranking was a…"': an
    English claim cut at 60 characters stopped mid-thought (an English word is ~2 of them)."""
    claim = (
        "Search conversion was flat at 3.1% and the ranking was a hand-tuned BM25 score plus "
        "popularity boosts"
    )
    description = f"{claim}. I built a learning-to-rank pipeline with LightGBM."
    project = Project(id="p", name="Cartly", description=description, citation=PROJECT_LINES)
    assert candidate_topics("project", [], [project], "en")[0].seed == claim


def test_a_question_about_nothing_named_is_left_out_of_the_plan() -> None:
    def fundamentals(qid: str, question: str) -> Question:
        citation = Citation(source="/notes/f.md", line_start=3, line_end=3)
        return Question(
            id=qid, question=question, answer="", stage="fundamentals", topic="Evaluation",
            citation=citation,
        )  # fmt: skip

    bank = [
        fundamentals("q-bare", "评估方式是什么，效果怎么样"),
        fundamentals("q-named", "「混合检索」的评估方式是什么，效果怎么样？"),
        fundamentals("q-en", "How was it evaluated?"),
    ]
    for language in ("zh", "en"):
        topics = candidate_topics("fundamentals", bank, [], language)
        assert [t.source_id for t in topics] == ["q-named"]


def test_a_quoted_claim_leaves_out_a_long_aside_but_keeps_a_short_name() -> None:
    project = Project(
        id="p-code",
        name="MetaApp",
        description="**实习描述：**代码数据的预处理流程如下：（首先要保证所收集到的代码数据都提前"
        "做好了分块，预处理阶段只需要做异常检测）：去重（LSH, MIN-hash）、多余格式去除\n"
        "**问题背景：**提供代码生成模型，供游戏开发部门使用。",
        citation=PROJECT_LINES,
    )
    seeds = [t.seed for t in candidate_topics("project", [], [project], "zh")]
    assert "代码数据的预处理流程如下：去重（LSH, MIN-hash）、多余格式去除" in seeds, seeds


def test_a_classic_behavioral_question_the_notes_already_ask_is_not_asked_again() -> None:
    """A reader's interview asked "遇到最困难的事情怎么解决的？", "经历过什么挫折？" (both the
    notes') and then the classic "讲一个你遇到的最大困难或失败" as well."""
    from agent._planning import BEHAVIORAL_THEMES

    assert len(BEHAVIORAL_THEMES) == len(prompts.BEHAVIORAL)  # one theme per classic
    bank = [_q("q-hard", "遇到最困难的事情怎么解决的？", "…", "behavioral")]
    for language in ("zh", "en"):
        seeds = [t.seed for t in candidate_topics("behavioral", bank, [], language)]
        setback = prompts.BEHAVIORAL[1].said_in(language)
        assert setback not in seeds and prompts.BEHAVIORAL[0].said_in(language) in seeds
    none = [t.seed for t in candidate_topics("behavioral", [], [], "zh")]
    assert len(none) == len(prompts.BEHAVIORAL)  # no notes: every classic
    # "项目里最难的问题" then "讲一个你遇到的最大困难或失败" asked the same story twice
    story = [_q("q-story", "讲讲「项目里最难的问题」这段经历：…结果如何？", "…", "behavioral")]
    seeds = [t.seed for t in candidate_topics("behavioral", story, [], "zh")]
    assert prompts.BEHAVIORAL[1].said_in("zh") not in seeds


def test_each_classic_behavioral_question_is_named_by_what_it_asks_about() -> None:
    """Read in an interview's report: "Weakest topics: Behavioral (0/100)" - every classic
    question was the topic "Behavioral", which names no question to practise."""
    from agent._labels import topic_title

    for language in ("zh", "en"):
        topics = [t.topic for t in candidate_topics("behavioral", [], [], language)]  # type: ignore[arg-type]
        assert len(set(topics)) == len(prompts.BEHAVIORAL), topics
        shown = [topic_title(t, "behavioral", language) for t in topics]
        assert "Behavioral" not in shown and "行为面试" not in shown, shown
    assert topic_title("Priorities", "behavioral", "zh") == "优先级"


def test_a_story_question_made_from_english_notes_is_asked_in_a_chinese_interview() -> None:
    """Read in a Chinese interview on English notes: "你笔记里有一个问题，原文是：“Tell me about
    "Production incident — model silently degraded": …”" - the notes never wrote that question,
    the reading of them made it; it is made in the interview's language."""
    from knowledge import parse_note

    note = (
        "## Behavioural (STAR)\n\n**Production incident — model silently degraded**\n"
        "- S: recall dropped three months after launch\n- A: rolled back the mapping in 2h\n"
        "- R: recall back to 80% next day\n"
    )
    (story,) = parse_note(note, "/notes/en.md").questions
    (zh,) = candidate_topics("behavioral", [story], [], "zh")[:1]
    assert zh.seed.startswith("讲讲「Production incident — model silently degraded」这段经历")
    (en,) = candidate_topics("behavioral", [story], [], "en")[:1]
    assert en.seed == story.question  # in its own language it is asked as made
    written = story.model_copy(update={"question": "Tell me about the incident you handled."})
    assert candidate_topics("behavioral", [written], [], "zh")[0].seed == written.question


def test_a_long_claim_is_quoted_to_the_end_of_a_clause() -> None:
    """Read in an interview: "你写到：“…原来用 HuggingFace generate 直接部署，单…”" - cut in
    the middle of "单卡"; a comma inside an aside is no clause's end."""
    from agent._planning import _quotable

    claim = (
        "公司的客服大模型（13B，基于 LLaMA 结构）原来用 HuggingFace generate 直接部署，"
        "单卡 A100 吞吐只有每秒 350 token，高峰期 P99 首 token 延迟 4.2 秒"
    )
    assert (
        _quotable(claim)
        == "公司的客服大模型（13B，基于 LLaMA 结构）原来用 HuggingFace generate 直接部署…"
    )


def test_a_long_aside_left_out_of_a_quoted_claim_leaves_its_words_apart() -> None:
    """Read: 'you wrote: "rules engine-> caught only 58% of fraud"'."""
    project = Project(
        id="p1",
        name="Fraud detection",
        description="- problem: rules engine (~300 hand-written rules) -> caught only 58% of fraud",
        citation=Citation(source="/notes/f.md", line_start=1, line_end=2),
    )
    seeds = [t.seed for t in candidate_topics("project", [], [project], "en")]
    assert any("rules engine -> caught only 58% of fraud" in seed for seed in seeds), seeds


def test_an_introduction_asked_in_other_words_is_the_one_the_interview_opens_with() -> None:
    """A résumé-style note asks "Tell me about yourself (60 s)": the opening question was
    judged with no reference ("no reference answer in your notes") though the notes had one."""
    for asked in ("Tell me about yourself (60 s)", "Walk me through your résumé", "介绍下你自己"):
        bank = [_q("q-why", "Why ranking?", "Because…"), _q("q-me", asked, EN_INTRO)]
        topics = candidate_topics("self_intro", bank, [], "en")
        assert (topics[0].source_id, topics[0].reference) == ("q-me", EN_INTRO), asked
        assert [t.source_id for t in topics[1:]] == ["q-why"]
