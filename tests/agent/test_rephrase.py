"""After "I didn't understand" the interviewer asks once more, in narrower words, without
giving the answer away; after "I don't know", or not understanding it again, it moves on -
as a candidate meets it in typed offline interviews (zh and en), and as an LLM is told."""

from __future__ import annotations

from pathlib import Path

import pytest
from interview_fixtures import (
    EN_QUESTIONS,
    LORA,
    ZH_QUESTIONS,
    MemoryRetriever,
    questions_asked,
)

from agent import Answer, InterviewOptions, policy
from agent._questions import follow_up_messages
from agent._rephrasing import rephrased
from agent._turn import Turn
from agent.keypoints import Point, key_points
from knowledge import Question


def _asked(home: Path, questions: list[Question], language: str, answers: list[str]) -> list:
    retriever = MemoryRetriever(questions=questions, projects=[])
    options = InterviewOptions(stages=["fundamentals"], minutes=30, language=language)  # type: ignore[arg-type]
    return questions_asked(home, retriever, options, answers)


@pytest.mark.parametrize(
    ("language", "questions", "lost", "again"),
    [
        ("zh", [LORA, *ZH_QUESTIONS[1:3]], "不太明白您的意思。", "换个问法"),
        ("zh", [LORA, *ZH_QUESTIONS[1:3]], "您是指哪方面？", "换个问法"),
        ("en", EN_QUESTIONS, "Sorry, what do you mean?", "put it another way"),
    ],
)
def test_a_question_not_understood_is_asked_again_in_other_words_once(
    mianba_home: Path, language: str, questions: list[Question], lost: str, again: str
) -> None:
    """It moved on at once: "不太明白您的意思" was followed by the next topic."""
    asked = _asked(mianba_home, questions, language, [lost, lost, lost])
    first, second, third = asked[0], asked[1], asked[2]
    assert second.is_follow_up and second.topic == first.topic, second.text
    assert again in second.text and second.text != first.text
    assert second.text.endswith(("？", "?", "。", ".")), second.text
    reference = questions[0].answer
    assert not any(clause in second.text for clause in key_points(reference)[0].text.split("，"))
    # not understood again: the next topic, not a third wording
    assert not third.is_follow_up and third.topic != first.topic, third.text


def test_after_asking_again_an_answer_is_followed_up_as_usual(mianba_home: Path) -> None:
    asked = _asked(
        mianba_home,
        [LORA, *ZH_QUESTIONS[1:3]],
        "zh",
        ["不太明白您的意思。", "LoRA 冻结预训练权重。", "嗯。"],
    )
    assert "换个问法" in asked[1].text
    assert asked[2].is_follow_up and asked[2].topic == asked[0].topic, asked[2].text


def test_i_do_not_know_still_moves_on(mianba_home: Path) -> None:
    asked = _asked(mianba_home, [LORA, *ZH_QUESTIONS[1:3]], "zh", ["我不知道。", "我不知道。"])
    assert not asked[1].is_follow_up and "换个问法" not in asked[1].text


@pytest.mark.parametrize(
    ("question", "point", "language", "said", "unsaid"),
    [
        ("LoRA 的原理是什么？", "LoRA 冻结预训练权重，只训练低秩矩阵", "zh", "LoRA", "冻结"),
        (
            "为什么注意力要除以 √d_k？",
            "自回归解码时，每步只算新 token 的 q、k、v",
            "zh",
            "自回归解码的时候",
            "新 token",
        ),
        (
            "How does BM25 score a document?",
            "It sums IDF-weighted term counts",
            "en",
            "BM25",
            "IDF",
        ),
    ],
)
def test_the_question_asked_again_is_about_one_part_of_it(
    question: str, point: str, language: str, said: str, unsaid: str
) -> None:
    for seq in (1, 2):
        text = rephrased(question, Point(text=point), "fundamentals", language, seq)  # type: ignore[arg-type]
        assert said in text and unsaid not in text, text


def test_an_llm_is_told_the_candidate_did_not_understand() -> None:
    turn = Turn(
        turn_id="t001",
        seq=1,
        stage="fundamentals",
        topic="LoRA",
        topic_index=0,
        question=LORA.question,
        answer=Answer(text="不太明白您的意思。"),
        key_points=key_points(LORA.answer),
    )
    user = follow_up_messages(turn, policy.REPHRASE_PROBE, "zh", "neutral")[-1]["content"]
    assert "没有听懂" in user and "不要说出答案" in user
    en = follow_up_messages(turn, policy.REPHRASE_PROBE, "en", "neutral")[-1]["content"]
    assert "did not understand" in en and "narrower" in en


def test_a_project_question_asked_again_names_the_project() -> None:
    text = rephrased("我看到你做过…", None, "project", "zh", 1, project="企业知识库问答")
    assert "「企业知识库问答」" in text and "换个问法" in text, text


def test_a_latin_word_of_a_quoted_chinese_question_is_not_asked_about_in_english() -> None:
    """Read in an English interview on Chinese notes: "A question from your notes, as you wrote
    it: "线上 AB 实验怎么做的，指标是什么？"" asked again as "roughly what is AB for?"."""
    question = (
        'A question from your notes, as you wrote it: "线上 AB 实验怎么做的，指标是什么？" '
        "How would you answer it?"
    )
    point = Point(text="按用户 ID 哈希分桶，实验组和对照组各 10% 流量，跑了两周")
    for seq in (1, 2):
        text = rephrased(question, point, "fundamentals", "en", seq)
        assert "AB" not in text and "ID" not in text and "put it another way" in text, text
    named = rephrased("How does BM25 score a document?", point, "fundamentals", "en", 1)
    assert "BM25" in named  # a name of the English question itself still leads
