"""A behavioral answer may tell another story than the notes: it is not probed on theirs."""

from __future__ import annotations

from pathlib import Path

import pytest
from interview_fixtures import MemoryRetriever, drive, make_interviewer

from agent import Answer, _questions, policy
from agent._coverage import Coverage, PointCoverage
from agent._offline_scoring import another_story
from agent._turn import Turn
from agent.keypoints import Point
from agent.prompts import interviewer as prompts
from agent.state import InterviewOptions
from knowledge import Citation, Question

CONFLICT = Question(
    id="b-conflict",
    question="讲一次你和同事意见冲突的经历，你是怎么处理的？",
    answer="- 情境：负责生成侧的同事认为答案质量差是 prompt 的问题，我认为是检索召回不够\n"
    "- 行动：我抽了 100 个差评问题，逐条标注是检索没召回还是生成没用好\n"
    "- 结果：62% 是检索问题，我们先改检索，有依据率从 62% 提到 84%\n"
    "- 反思：先拿数据对齐事实，再讨论方案",
    stage="behavioral",
    topic="Conflict",
    citation=Citation(source="notes.md", line_start=1, line_end=4),
)
OWN_STORY = (
    "有一次在实验室做代码补全项目的时候，我和师兄对偏好数据怎么构造有分歧，他想用 GPT-4 打分，"
    "我想用单元测试结果。我先提议两种方法各做 500 条，用同样的 DPO 设置对比，结果单元测试那版 "
    "pass@1 高了 2 个点，成本也低，最后我们用了单元测试。"
)


# another disagreement, told with the notes' own advice and words (检索, 标注, 数据):
# the demo's zh interview asked "关于负责生成侧的同事认为答案质量差是 prompt 的问题，你当时
# 是怎么做的？" after it
SHARED_WORDS_STORY = (
    "之前做检索项目的时候，我想用向量检索，另一个同事坚持用 BM25。我没有直接和他争，"
    "而是约他一起在我们的评测集上把两种方案都跑了一遍，逐条标注错误，结果发现混合检索效果最好，"
    "最后我们就用了混合方案，召回率提升了 8 个点。这件事让我觉得先拿数据对齐事实比争论有效。"
)


MANAGER = Question(
    id="b-manager",
    question="Tell me about a time you disagreed with your manager.",
    answer="My mentor wanted to ship the reranker with a fixed threshold. I thought it would "
    "wrongly refuse short questions. Instead of arguing, I ran both settings on 300 logged "
    "questions and showed that a per-type threshold cut false refusals from 7% to 2.5%. "
    "He agreed, and we shipped the per-type version on schedule.",
    stage="behavioral",
    topic="Manager",
    citation=Citation(source="notes.md", line_start=1, line_end=1),
)
# the demo's English interview followed this with "What about this: you thought it would
# wrongly refuse short questions?" - it shares only the notes' verbs
SAME_VERBS_STORY = (
    "At my last job my manager wanted to ship a new ranking model before the holiday sale, "
    "but our offline tests showed it hurt long-tail queries. I ran a one-week A/B test on "
    "five percent of traffic and showed him the numbers. We agreed to ship it only for head "
    "queries, and conversion went up two percent. I learned to bring data, not opinions."
)


@pytest.mark.parametrize(
    ("question", "story", "language", "theirs", "card"),
    [
        (CONFLICT, OWN_STORY, "zh", "生成侧", "另一段经历"),  # told as a story: its form
        (CONFLICT, SHARED_WORDS_STORY, "zh", "生成侧", ""),
        (MANAGER, SAME_VERBS_STORY, "en", "short questions", ""),
    ],
)
def test_a_story_of_ones_own_is_followed_up_on_itself_not_on_the_notes_story(
    mianba_home: Path, question: Question, story: str, language: str, theirs: str, card: str
) -> None:
    """No "关于负责生成侧的同事认为…，当时你具体负责什么" about a story never told: one
    follow-up on the candidate's own, measured on nothing of the notes'."""
    iv = make_interviewer(mianba_home, MemoryRetriever([question], []), max_follow_ups=2)
    sid = iv.start(InterviewOptions(stages=["behavioral"], minutes=30, language=language))  # type: ignore[arg-type]
    drive(iv, sid, [story, "我会先对齐评估方法。", "没有了。"])
    turns = iv.store.turns(sid)
    iv.close()
    asked = [t.question for t in turns]
    assert turns[0].score is not None and card in turns[0].score.summary
    assert not any(t.is_follow_up and theirs in t.question for t in turns), asked
    own = [t for t in turns if t.probe == policy.STORY_PROBE]
    assert len(own) == 1 and own[0].key_points == [], asked
    assert own[0].score is not None and own[0].score.key_points == []


def test_an_llm_asked_about_a_story_of_ones_own_is_told_so() -> None:
    turn = Turn(
        turn_id="t001",
        seq=1,
        stage="behavioral",
        topic="Manager",
        topic_index=0,
        question=MANAGER.question,
        answer=Answer(text=SAME_VERBS_STORY),
    )
    for language in ("en", "zh"):
        messages = _questions.follow_up_messages(turn, policy.STORY_PROBE, language, "neutral")
        user = messages[-1]["content"]
        assert policy.STORY_PROBE not in user and "ranking model" in user
        assert prompts.ASK_STORY_FOLLOW_UP.said_in(language).splitlines()[-1] in user


def test_the_notes_story_told_wrong_in_other_words_is_their_story() -> None:
    """Held-out 10's wrong answer to "a project that got cancelled" kept the notes' setting
    and contradicted its actions in words of its own (support 0.14): it is judged, not
    taken for another story scored on its form (it was 42.5)."""
    setting = PointCoverage(Point(text="做了 4 个月语音质检，公司战略调整，项目直接停"), 0.43)
    action = Point(text="不甩手：写完整技术总结，数据全归档")
    told_wrong = Coverage([setting, PointCoverage(action, 0.0, contradicted=True)], support=0.14)
    assert not another_story("behavioral", told_wrong)
    vaguer = Coverage([setting, PointCoverage(action, 0.0)], support=0.14)
    assert another_story("behavioral", vaguer)  # no point made in few of their words
    elsewhere = Coverage([PointCoverage(setting.point, 0.0), PointCoverage(action, 0.0)])
    assert another_story("behavioral", elsewhere)  # their setting never touched


@pytest.mark.parametrize("seq", range(1, 4))
def test_a_story_follow_up_asks_what_the_story_left_out(seq: int) -> None:
    """A story ending in its result and a figure is not asked how it was judged; one ending
    in its lesson not asked what the candidate would change (every rotation of the turn)."""
    measured = "我们对齐了评估口径，上线后准确率提升到 0.80。"
    learned = "后来项目还是延期了，我学到了要提前对齐。"
    both = "We shipped it to head queries only; conversion increased 2%. I learned to ask early."
    for language, story, unwanted in (
        ("zh", measured, ("指标",)),
        ("zh", learned, ("改哪里",)),
        ("en", both, ("measure", "change")),
    ):
        options = InterviewOptions(language=language)  # type: ignore[arg-type]
        asked = _questions.story_follow_up(options, seq, [], story)
        assert not any(word in asked for word in unwanted), asked
    plain = InterviewOptions(language="zh")
    asked_each = {
        _questions.story_follow_up(plain, n, [], "有一次我们吵了一架。") for n in range(3)
    }
    assert len(asked_each) == 3  # nothing told: every follow-up can be asked


FAILURE = Question(
    id="b-failure",
    question="说一个你失败的经历？你从中学到了什么？",
    answer="**S：** 做代码补全项目时，我第一版 DPO 的偏好数据是让 GPT-4 判断哪个回答更好。\n"
    "**T：** 目标是两周内让 pass@1 提升 5 个点。\n"
    "**A：** 训练后离线指标几乎没变，我花了三天排查训练超参，最后才发现问题在数据。\n"
    "**R：** 第二版 pass@1 从 38.2% 提到 45.6%，但比计划晚了一周。",
    stage="behavioral",
    topic="Failure",
    citation=Citation(source="notes.md", line_start=1, line_end=4),
)


@pytest.mark.parametrize(
    "story",
    [
        "有一次模型上线后线上指标反而掉了，我当时没有做灰度就全量了。后来我们回滚，复盘发现离线"
        "评测集和线上分布差很多。我学到的是上线一定要先小流量灰度。",
    ],
)
def test_a_story_told_as_what_we_did_is_a_story_of_ones_own(mianba_home: Path, story: str) -> None:
    """Read in the demo interview: this failure story scored 25, "covers 0/8 of the notes'
    points, most of the answer is not in your notes" - its "我们回滚, 复盘" were no action."""
    iv = make_interviewer(mianba_home, MemoryRetriever([FAILURE], []), max_follow_ups=1)
    sid = iv.start(InterviewOptions(stages=["behavioral"], minutes=30, language="zh"))
    drive(iv, sid, [story, "最大的难点是说服组里接受灰度流程。"])
    first = iv.store.turns(sid)[0]
    iv.close()
    assert first.score is not None and "另一段经历" in first.score.summary
    assert first.score.key_points == []  # the notes' story is not "missed"


def test_a_story_set_in_its_place_and_time_is_ones_own_though_its_numbers_differ(
    mianba_home: Path,
) -> None:
    """A reader's full conflict story ("在实验室做代码补全项目时…发现 25% 有问题…pass@1 高了
    3 个点") scored 0: "在…时" was no situation, so the story was read as the notes' one with
    a wrong figure (25% against their 62%)."""
    story = (
        "在实验室做代码补全项目时，师兄想直接用全部 4 万条数据训练，我觉得里面有大量重复和编译"
        "不过的样本。我先抽了 500 条统计，发现 25% 有问题，然后做了一版去重加编译过滤的数据，"
        "用同样的超参跑了对比实验，pass@1 高了 3 个点。师兄看到结果后同意用清洗后的数据。"
    )
    iv = make_interviewer(mianba_home, MemoryRetriever([CONFLICT], []), max_follow_ups=1)
    sid = iv.start(InterviewOptions(stages=["behavioral"], minutes=30, language="zh"))
    drive(iv, sid, [story, "最大的难点是说服师兄先做小实验。"])
    first = iv.store.turns(sid)[0]
    iv.close()
    assert first.score is not None and "另一段经历" in first.score.summary
    assert first.score.overall is not None and first.score.overall > 0


def test_textbook_text_is_no_story_of_ones_own() -> None:
    """Notes on fine-tuning data ("在微调大模型时…我们就可以…提升…") given to a behavioral
    question read as a story told (a situation, "我们就", a result) and scored 42.5 on its
    form; a textbook "we" is no one's action."""
    from agent._markers import MARKERS

    text = "在微调大模型时，首先需要解决数据选择的问题，我们就可以按类别采样，效果会提升。"
    assert not MARKERS["action"].search(text)
    assert MARKERS["action"].search("后来我们回滚，复盘发现离线评测集和线上分布差很多。")


def test_an_answer_in_much_of_the_notes_words_tells_their_story() -> None:
    """Its setting's sentence can be cut out as the clause contradicting another point
    ("…wanted a Redis cache in front of our search API" against "not the API"): the
    situation then reads untouched, and a wrong telling was judged as a story of one's own
    (40 instead of the 0 its contradictions cost)."""
    points = [Point(text=f"情境 {i}") for i in range(4)]
    marks = [PointCoverage(points[0], 0.0), *(PointCoverage(p, 0.0, True) for p in points[1:])]
    theirs = Coverage(marks, 0.5, 0.52, ["回答"])
    assert not another_story("behavioral", theirs)
    foreign = Coverage([PointCoverage(p, 0.0) for p in points], 0.0, 0.1, ["回答"])
    assert another_story("behavioral", foreign)


def test_a_story_of_what_the_teller_had_to_do_is_a_story() -> None:
    """The demo's en interview asked "Can you think of one specific time?" after a whole
    story ("Two weeks before a lab demo I had to deploy our model with vLLM…")."""
    from agent._told import tells_story

    assert tells_story(
        "Two weeks before a lab demo I had to deploy our model with vLLM, which I had never "
        "used. I read the docs and the PagedAttention paper on the first day."
    )
    assert not tells_story("还有吗？我觉得差不多了。")


@pytest.mark.parametrize(
    ("answer", "language"),
    [
        ("OK.", "en"),
        ("还有吗？我觉得差不多了。", "zh"),
        (  # an explanation of something else, given to a conflict question
            "Transformer 里 self-attention 就是 QKV 三个矩阵，Q 乘 K 转置除以根号 d，softmax "
            "之后乘 V。除以根号 d 是为了防止点积太大导致 softmax 饱和。",
            "zh",
        ),
        # shaped like a story (我, 当时, 最后, "I handled", "in the end") but saying nothing only
        # a story could: read in an interview, followed by "当时遇到的最大难点是什么？" / "What
        # was the hardest part, and how did you handle it?" about a story never told
        ("这个我处理得挺好的，主要就是和团队多沟通，最后结果也不错。", "zh"),
        ("我当时尽力了，和大家沟通协调，问题最后也解决了。", "zh"),
        ("I handled it well, communicated with the team, and it worked out in the end.", "en"),
        ("I did my best, talked with everyone, and the problem got solved eventually.", "en"),
    ],
)
def test_an_answer_that_told_no_story_is_asked_for_one_not_how_it_was_judged(
    mianba_home: Path, answer: str, language: str
) -> None:
    """Read in the demo interviews: "OK." to "Tell me about a time you disagreed with your
    manager" was followed by "How did you judge whether it worked? What did you measure?",
    and an explanation of self-attention to a conflict question by "你是怎么判断效果好不好
    的？" - about a story never told. It is asked for one, measured on the notes' story."""
    question = MANAGER if language == "en" else CONFLICT
    iv = make_interviewer(mianba_home, MemoryRetriever([question], []), max_follow_ups=1)
    sid = iv.start(InterviewOptions(stages=["behavioral"], minutes=30, language=language))  # type: ignore[arg-type]
    drive(iv, sid, [answer, "没有了。"])
    turns = iv.store.turns(sid)
    iv.close()
    assert turns[1].probe == policy.STORY_PROBE, [t.question for t in turns]
    again = turns[1].question
    assert not any(w in again for w in ("measure", "judge", "指标", "判断")), again
    assert any(w in again for w in ("one real case", "specific time", "具体的事", "具体的例子"))
    assert turns[1].key_points  # the notes' story: what a story told now is checked against


def test_a_story_ending_with_last_is_told_whole():
    """ "最后…，后面没再…" is how a plainly told story ends: judged as the candidate's own,
    as the interviewer's follow-up already takes it."""
    from agent._coverage import measure
    from agent._offline_scoring import own_story
    from agent.keypoints import key_points

    told = (
        "有一次和同事对评测口径有分歧，我先拉了 50 条样本一起标注，对齐了分歧点，"
        "最后定了一个大家都认可的标准，后面没再吵过。"
    )
    cover = measure(key_points(CONFLICT.answer), told, CONFLICT.question)
    assert another_story("behavioral", cover)
    assert own_story("behavioral", cover)


def test_the_question_said_again_with_story_words_is_no_story():
    """ "坚持自己的意见是很重要的，我当时就是坚持了自己的意见" repeats the question in the
    words a story uses (当时, 坚持了): no story of the candidate's own, scored as padding,
    not on its form as one (it was 35.4)."""
    from agent._coverage import measure
    from agent._offline_scoring import own_story
    from agent.keypoints import key_points

    question = "有没有遇到过上线时间和模型质量冲突、你坚持了自己意见的情况？"
    padded = (
        "有的，上线时间和模型质量冲突的情况是有的。在这种情况下我坚持了自己的意见，因为我觉得"
        "我的意见是对的，所以我就坚持了。总的来说，遇到上线时间和模型质量冲突的时候，坚持自己"
        "的意见是很重要的，我当时就是坚持了自己的意见。"
    )
    notes = "- 2022 年底 ASR 升级，计划 12/15 上线\n- 我负责上线前评测\n- 两周补 300 h 口音数据再训"
    assert not own_story("behavioral", measure(key_points(notes), padded, question))
