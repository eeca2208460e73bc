"""Non-answers: "I don't know", a question back, "not my part" - scored as no answer, and
the interview moves on; an admission followed by an answer is an answer."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from interview_fixtures import (
    ZH_QUESTIONS,
    MemoryRetriever,
    questions_asked,
)
from scoring_fixtures import HNSW, LORA

from agent import AgentConfig, Answer, InterviewOptions, Scorer, ScoringConfig
from agent._answer_text import units
from agent._guards import check_answer
from agent._non_answers import non_answer
from knowledge import Citation, Project

REPO = Path(__file__).resolve().parents[2]

NOT_KNOWN = [
    ("HNSW 的原理是什么？", "这个我不太了解，没有深入看过HNSW。"),
    ("HNSW 的原理是什么？", "我刚说了HNSW我不熟。"),
    ("LoRA 的原理是什么？", "不知道"),
    ("LoRA 的原理是什么？", "抱歉，我真的不太清楚。能换个问题吗？"),
    ("BatchNorm 和 LayerNorm 有什么区别？", "忘了，答不上来。"),
    ("讲讲注意力的计算过程", "没接触过，也没用过。"),
    ("讲讲注意力的计算过程", "说实话，这块我之前没研究过，记不清了。"),
    ("HNSW 的原理是什么？", "关于 HNSW 不太了解。"),
    ("HNSW 的原理是什么？", "HNSW 的话没怎么用过。"),
    ("What is HNSW?", "I don't know."),
    ("What is HNSW?", "Honestly, I'm not familiar with HNSW, sorry."),
    ("How does LoRA work?", "I haven't used it and I can't remember the details."),
    ("How does LoRA work?", "No idea, can we skip this one?"),
    ("What is overfitting?", "I'm not sure."),
    # speech transcribed without punctuation
    ("HNSW 的原理是什么？", "这个我不太了解没有深入看过HNSW"),
    ("讲讲注意力的计算过程", "说实话这块我之前没研究过记不清了"),
    # no story to tell, to a behavioral question
    ("讲一次你和同事意见不一致的经历。", "这个我没遇到过。"),
    ("讲一次你和同事意见不一致的经历。", "说实话我没经历过这种情况"),
    ("讲一次你和同事意见不一致的经历。", "嗯，没有这样的经历。"),
    ("Tell me about a time you missed a deadline.", "I can't think of a time like that."),
    ("Tell me about a time you missed a deadline.", "Sorry, I don't have an example of that."),
    ("Tell me about a conflict with a colleague.", "Honestly I've never been in that situation."),
    # asking to move on, read in a typed interview ("跳过吧" was "too short", "算了，下一个吧"
    # was scored as an answer, "嗯……不记得了" 1/100 as near the topic)
    ("KV Cache 是什么？", "跳过吧"),
    ("KV Cache 是什么？", "算了，下一个吧"),
    ("KV Cache 是什么？", "先跳过这个，我们聊下一个"),
    ("讲讲这段经历", "嗯……不记得了"),
]
NOT_UNDERSTOOD = [
    (
        "关于 RAG，你说得没问题。接下来：代码生成，能具体讲讲吗？",
        "代码生成和幻觉有什么关系？不太明白您的意思。",
    ),
    ("HNSW 的原理是什么？", "您是指建图过程吗？"),
    ("HNSW 的原理是什么？", "没听懂，什么意思？"),
    # read in a demo interview: scored 31.7, "部分答到：评测…指标是 Recall@5、MRR 和有依据率"
    (
        "Recall@5 71% → 89%，这个变化背后主要是哪些原因或改动？",
        "您说的有依据率具体是指什么口径呢？是人工标注还是自动评的？",
    ),
    ("这个结果是怎么衡量的？", "这里的效果指的是哪个指标？离线的还是线上的？"),
    ("What is HNSW?", "Could you rephrase the question? What do you mean?"),
    ("What is HNSW?", "How is that related to vector search?"),
    ("Why add a reranker?", "Sorry, I don't understand the question."),
    # read in an English interview: "You said you don't know this one"
    (
        "Can you tell me more about that?",
        "I'm not really sure what you're asking - the benchmark or the online evaluation?",
    ),
]
NOT_MINE = [
    ("讲讲这个项目的检索部分", "这个项目其实我参与不多。"),
    ("重排是怎么做的？", "这些都不是我做的。"),
    ("重排是怎么做的？", "这部分是另一个团队负责的，我没参与。"),
    # a critic's interview: it scored 25, and the interview probed the part again
    (
        "关于用拒绝采样的方法，当时你具体负责什么？",
        "拒绝采样这块不是我做的，是组里另一个同学做的，我不太清楚细节。",
    ),
    ("重排是怎么做的？", "是团队里其他人做的。"),
    ("How did you build the reranker?", "That part was done by another team, not me."),
    ("How did you build the reranker?", "I wasn't really involved in that part."),
    ("How did you build the reranker?", "Someone else built it, I didn't work on that."),
]
ANSWERS = [  # a gap admitted, then an answer; a "不知道" that is not the speaker's
    ("HNSW 的原理是什么？", "这个我不太熟，不过我理解它是把图分层，上层稀疏，下层稠密。"),
    ("为什么要加意图识别？", "它不知道用户的意图。"),
    ("为什么要加意图识别？", "对用户来说，模型不知道他的意图。"),
    ("为什么要加意图识别？", "对新用户来说模型不知道意图。"),
    ("为什么要加意图识别？", "因为模型不知道用户的意图，所以我们加了一个分类器先判断意图。"),
    ("你们用的什么向量库？", "我没用过Faiss，用的是Milvus。"),
    ("HNSW 的原理是什么？", "不太清楚，应该是分层的图。"),
    ("为什么用混合检索？", "为什么要混合？因为纯向量检索对专有名词召回差，BM25 能补上。"),
    ("讲讲这个项目", "前端是同事做的，我负责检索，把召回率从 71% 提到了 89%。"),
    ("What is HNSW?", "I'm not sure, but I think it builds a layered graph and searches greedily."),
    ("Why add intent detection?", "The model doesn't know the user's intent."),
    ("How did you build the reranker?", "That wasn't my part; I built the ranking service."),
    ("What did you learn?", "I didn't know Kubernetes, so I spent a week moving our jobs onto it."),
    ("HNSW 的原理是什么？", "这个我不太熟不过我理解它是把图分层上层稀疏下层稠密查询从上往下找"),
    ("你们用的什么向量库？", "HNSW我没用过我们项目用的是Faiss的IVF索引做的检索"),
    ("讲一次线上故障", "我之前没遇到过这种问题，所以先查了文档，和同事定位到是缓存失效。"),
    ("Why a cache?", "We never had a latency problem because the cache absorbed most reads."),
    ("BM25 or vectors?", "I don't have a strong opinion, but I'd pick BM25 for exact terms."),
]


@pytest.mark.parametrize(("question", "answer"), NOT_KNOWN)
def test_saying_you_do_not_know_is_no_answer(question: str, answer: str) -> None:
    assert non_answer(answer, question) == "not_known"


@pytest.mark.parametrize(("question", "answer"), NOT_UNDERSTOOD)
def test_only_asking_back_is_no_answer(question: str, answer: str) -> None:
    assert non_answer(answer, question) == "not_understood"


@pytest.mark.parametrize(("question", "answer"), NOT_MINE)
def test_disowning_the_work_is_no_answer(question: str, answer: str) -> None:
    assert non_answer(answer, question) == "not_mine"


@pytest.mark.parametrize(("question", "answer"), ANSWERS)
def test_an_admission_with_an_answer_is_an_answer(question: str, answer: str) -> None:
    assert non_answer(answer, question) is None


def test_no_labelled_answer_nor_line_of_notes_is_a_non_answer() -> None:
    """Every answer of the judgement sets (strong to padded) and every prose line of the
    demo and retrieval notes says something, or at least not "I don't know"."""
    said = []
    for path in sorted((REPO / "tests" / "agent").glob("judgement_*.py")):
        module = importlib.import_module(path.stem)
        cases = getattr(module, "CASES", None) or getattr(module, "all_cases", list)()
        for case in cases:
            said += [(case.question, case.answer(k)) for k in ("strong", "partial", "wrong")]
            said += [(case.question, case.answer(k)) for k in ("off_topic", "padded")]
    folders = [REPO / "knowledge" / "demo_notes", REPO / "tests" / "knowledge" / "retrieval_notes"]
    said += [
        ("", line)
        for folder in folders
        for path in sorted(folder.glob("*"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if units(line) >= 6
    ]
    assert len(said) > 1000
    assert [a for q, a in said if non_answer(a, q)] == []


# --- the score card ----------------------------------------------------------------------------


def _scorer(home: Path, language: str = "zh") -> Scorer:
    config = AgentConfig(sessions_db=home / "s.sqlite", language=language)  # type: ignore[arg-type]
    return Scorer(config, None, None)


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ("这个我不太了解，没有深入看过 LoRA。", "not_known"),
        ("不知道", "not_known"),
        ("I don't know", "not_known"),
        ("您是指 LoRA 的训练过程吗？", "not_understood"),
        ("这部分不是我做的。", "not_mine"),
    ],
)
def test_the_guard_names_the_non_answer(answer: str, kind: str) -> None:
    verdict = check_answer(
        answer, LORA.question, "fundamentals", [LORA.answer], [], ScoringConfig()
    )
    assert verdict is not None and verdict.kind == kind


def test_a_non_answer_scores_nothing_and_says_why_with_the_notes_answer(tmp_path: Path) -> None:
    turn = _scorer(tmp_path).score(
        HNSW.question,
        Answer(text="这个我不太了解，没有深入看过HNSW。"),
        "fundamentals",
        references=[HNSW],
    )
    assert turn.status == "guarded" and turn.overall == 0.0
    assert all(d.score == 1 for d in turn.dimensions)
    assert "不了解这个问题" in turn.summary
    assert turn.key_points and all(k.status == "missed" for k in turn.key_points)
    assert turn.improved_answer.startswith("HNSW 构建多层")  # what to learn


@pytest.mark.parametrize(
    ("language", "answer", "said"),
    [
        ("zh", "我想不起来有这样的经历。", "想不起相关的经历"),
        ("en", "I can't think of a time like that.", "no such experience to tell"),
    ],
)
def test_no_story_to_a_behavioral_question_is_said_so_with_advice(
    tmp_path: Path, language: str, answer: str, said: str
) -> None:
    """It got "you don't know this one", as if the question asked for knowledge."""
    reference = _reference(
        "讲一次你和同事意见不一致的经历。", "S：检索方案有分歧 A：做了对比实验 R：采用混合检索"
    )
    turn = _scorer(tmp_path, language).score(
        "讲一次你和同事意见不一致的经历。",
        Answer(text=answer),
        "behavioral",
        references=[reference],
    )
    assert turn.status == "guarded" and turn.overall == 0.0
    assert said in turn.summary and said in turn.dimensions[0].reason
    assert ("情境" if language == "zh" else "situation") in turn.summary  # how to prepare one
    assert "不了解这个问题" not in turn.summary and "don't know this one" not in turn.summary


def test_a_disowned_part_lists_no_point_as_missed(tmp_path: Path) -> None:
    reference = _reference(
        "重排是怎么做的？", "用 cross-encoder 对召回的前 50 条重排，答案有依据的比例提高。"
    )
    turn = _scorer(tmp_path, "en").score(
        "How did you build the reranker?",
        Answer(text="That part was done by another team, not me."),
        "project",
        references=[reference],
    )
    assert turn.status == "guarded" and turn.overall == 0.0
    assert turn.key_points == []
    assert "not your work" in turn.summary and "your own part" in turn.summary


def test_an_admission_with_an_answer_is_scored_on_it(tmp_path: Path) -> None:
    answer = (
        "这个我不太熟，不过我理解 HNSW 是多层的图，上层稀疏、下层稠密，从最高层逐层向下贪心查找。"
    )
    turn = _scorer(tmp_path).score(
        HNSW.question, Answer(text=answer), "fundamentals", references=[HNSW]
    )
    assert turn.status == "offline_estimate" and turn.overall is not None and turn.overall > 50


def _reference(question: str, answer: str):  # type: ignore[no-untyped-def]
    from knowledge import Question

    return Question(
        id="q",
        question=question,
        answer=answer,
        stage="fundamentals",
        topic="t",
        citation=Citation(source="/n.md", heading_path=("h",), line_start=1, line_end=2),
    )


# --- what the interviewer does next --------------------------------------------------------------


def _asked(home: Path, retriever: MemoryRetriever, answers: list[str], stages: list[str]) -> list:
    options = InterviewOptions(stages=stages, minutes=30, language="zh")  # type: ignore[arg-type]
    return questions_asked(home, retriever, options, answers)


def test_after_i_do_not_know_the_interviewer_moves_on(mianba_home: Path) -> None:
    retriever = MemoryRetriever(questions=ZH_QUESTIONS[1:4], projects=[])
    asked = _asked(mianba_home, retriever, ["我不知道。", "我不知道。"], ["fundamentals"])
    assert not asked[1].is_follow_up and asked[1].topic != asked[0].topic
    # a follow-up answered "I don't know" is not followed by another on the same topic
    asked = _asked(
        mianba_home,
        retriever,
        ["过拟合就是训练集好测试集差。", "这个我不太清楚。"],
        ["fundamentals"],
    )
    assert asked[1].is_follow_up
    assert not asked[2].is_follow_up and asked[2].topic != asked[0].topic


def test_after_a_non_answer_or_two_answers_off_the_topic_the_next_question_moves_on_kindly(
    mianba_home: Path,
) -> None:
    """Read in an interview: after "不太清楚，这个我不知道。" the next question came as if the
    answer had been fine, and after two answers about hiking on one topic a second follow-up
    still came. A person says it is fine and moves on."""
    retriever = MemoryRetriever(questions=ZH_QUESTIONS[1:4], projects=[])
    asked = _asked(mianba_home, retriever, ["不太清楚，这个我不知道。", "嗯"], ["fundamentals"])
    assert not asked[1].is_follow_up and asked[1].text.startswith(("没关系", "好的，这个先放一放"))
    off = ["我周末喜欢爬山和打羽毛球，最近在看一本历史书。", "我老家在四川，那边的火锅很好吃。"]
    asked = _asked(mianba_home, retriever, [*off, "嗯"], ["fundamentals"])
    assert asked[1].is_follow_up, [q.text for q in asked]
    assert not asked[2].is_follow_up and asked[2].topic != asked[0].topic
    assert asked[2].text.startswith(("没关系", "好的，这个先放一放")), asked[2].text
    # an answer that did fine is followed by the next question as it is
    fine = _asked(mianba_home, retriever, [ZH_QUESTIONS[1].answer, "嗯"], ["fundamentals"])
    assert not fine[1].text.startswith(("没关系", "好的，这个先放一放")), fine[1].text


def test_a_disowned_project_is_not_asked_about_again(mianba_home: Path) -> None:
    cite = Citation(source="/notes/p.md", heading_path=("项目",), line_start=1, line_end=3)
    projects = [
        Project(
            id=f"p{i}",
            name=name,
            description=text,
            citation=cite.model_copy(update={"line_start": 10 * i, "line_end": 10 * i + 3}),
        )
        for i, (name, text) in enumerate(
            [
                (
                    "企业知识库问答",
                    "把纯向量检索改成 BM25 加向量的混合检索，召回率从 71% 提到 89%。"
                    "加入 cross-encoder 重排提升答案有依据的比例。"
                    "用 vLLM 部署模型把延迟降到 300ms。",
                ),
                (
                    "代码补全模型",
                    "用 StarCoder 在内部 TypeScript 代码上继续预训练，补全采纳率提高 12%。"
                    "用 MinHash 对训练代码去重。上线后用 FIM 格式做行内补全。",
                ),
            ],
            start=1,
        )
    ]
    retriever = MemoryRetriever(questions=ZH_QUESTIONS[1:3], projects=projects)
    answers = ["这个项目其实我参与不多。", "这些都不是我做的。", "不知道"]
    asked = _asked(mianba_home, retriever, answers, ["project", "fundamentals"])
    first = asked[0].topic
    assert all(q.topic != first for q in asked[1:]), [(q.topic, q.text) for q in asked]
    assert not asked[1].is_follow_up


def test_a_question_not_understood_shows_nothing_of_the_notes_answer(tmp_path: Path) -> None:
    """It is asked again in other words: a reader saw "遗漏：点积的方差随 d_k 增大而增大…"
    above the rephrased question, said it back and got 100."""
    turn = _scorer(tmp_path).score(
        HNSW.question, Answer(text="没听懂你的意思。"), "fundamentals", references=[HNSW]
    )
    assert turn.status == "guarded" and turn.guard == "not_understood"
    assert turn.key_points == [] and turn.improved_answer == ""


@pytest.mark.parametrize(
    "answer", ["下一个 token 的概率用 softmax 算。", "跳过连接就是残差连接，缓解梯度消失。"]
)
def test_words_of_skipping_inside_an_answer_are_no_request_to_skip(answer: str) -> None:
    assert non_answer(answer, "讲讲解码") is None


def test_the_notes_answer_shown_after_a_non_answer_is_read_without_markup(tmp_path: Path) -> None:
    """ "不知道" to the KV cache question showed "**KV cache** 把…", "`MQA`/`GQA`" as stored,
    where the card of any other answer to it shows the notes' words as a reader reads them."""
    notes = HNSW.model_copy(
        update={
            "answer": "**HNSW** 构建多层的图，用 `efSearch` 控制搜索宽度。\n- 上层稀疏、下层稠密"
        }
    )
    turn = _scorer(tmp_path).score(
        notes.question, Answer(text="不知道"), "fundamentals", references=[notes]
    )
    assert turn.status == "guarded"
    assert turn.improved_answer.startswith("HNSW 构建多层的图，用 efSearch 控制搜索宽度。")
    assert "*" not in turn.improved_answer and "`" not in turn.improved_answer


@pytest.mark.parametrize(("language", "answer"), [("zh", "不知道"), ("en", "I don't know.")])
def test_offline_a_non_answer_is_not_said_to_be_kept_from_an_llm(
    tmp_path: Path, language: str, answer: str
) -> None:
    """With no LLM configured the card said "Not sent to the LLM: …" / "未送大模型评分：…"."""
    turn = _scorer(tmp_path, language).score(
        HNSW.question, Answer(text=answer), "fundamentals", references=[HNSW]
    )
    assert turn.status == "guarded"
    assert "LLM" not in turn.summary and "大模型" not in turn.summary
    assert turn.summary.startswith(turn.dimensions[0].reason)


@pytest.mark.parametrize(
    ("language", "question", "answer"),
    [
        ("en", "How did you judge whether it worked? What did you measure?", "I don't know."),
        ("zh", "你是怎么判断效果好不好的？看了哪些指标或结果？", "不太清楚。"),
    ],
)
def test_i_dont_know_to_a_question_about_a_story_told_is_no_story_untold(
    tmp_path: Path, language: str, question: str, answer: str
) -> None:
    """Read in an interview: "I don't know" to the follow-up "How did you judge whether it
    worked?" on a story the candidate had told got "You said you have no such experience
    to tell" and the advice to prepare a story."""
    reference = _reference(question, "S：检索方案有分歧 A：做了对比实验 R：采用混合检索")
    turn = _scorer(tmp_path, language).score(
        question, Answer(text=answer), "behavioral", references=[reference]
    )
    assert turn.status == "guarded" and turn.overall == 0.0
    assert "no such experience" not in turn.summary and "想不起相关的经历" not in turn.summary
