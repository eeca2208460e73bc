"""A Q&A page copied from a forum: a reply's floor ("#2楼 回复：") is who posted it, not
what it says. Kept, it became a key point's subject ("那#2楼回复这块呢？能具体讲讲吗？")."""

from __future__ import annotations

from knowledge import parse_note
from knowledge._cleaning import clean_lines

# written for this test
PAGE = """1. 为什么 RMSNorm 比 LayerNorm 快？
答：RMSNorm 不减均值，只除以均方根，少一次规约，算子更简单。
#3楼 回复：Llama 系列都用 RMSNorm，放在每个子层之前。
回复 @阿木：对，而且不需要 bias。
"""


def test_a_reply_keeps_its_text_without_its_floor() -> None:
    lines = clean_lines(PAGE)
    assert lines[2] == "Llama 系列都用 RMSNorm，放在每个子层之前。"
    assert lines[3] == "对，而且不需要 bias。"


def test_a_reply_under_an_answer_adds_no_floor_to_it() -> None:
    (question,) = parse_note(PAGE, "/notes/forum.txt").questions
    assert "楼" not in question.answer and "@" not in question.answer, question.answer
    assert "Llama 系列都用 RMSNorm" in question.answer


def test_a_floor_word_inside_a_sentence_stays() -> None:
    assert clean_lines("2楼梯口的监控：画面偶尔丢帧") == ["2楼梯口的监控：画面偶尔丢帧"]


# written for this test: story questions in a Q&A page, answered with a project's words
STORIES = """1. 说一个你和同事意见不一致的经历
答：做排序模型时我想换成 LambdaMART，同事想保留规则。
我先在 10% 流量上做了实验，一周后点击率高了 2%，大家同意全量。

2. Tell me about a time you had to persuade your manager.
I wanted to drop the nightly retrain; I showed two months of drift plots and we moved to weekly.
"""


def test_a_story_question_is_behavioral_though_its_answer_tells_a_project() -> None:
    # "好，接下来聊聊你做过的项目。说一个你和同事意见不一致的经历？" - then the same story
    # asked again as a behavioral question
    stages = {q.question: q.stage for q in parse_note(STORIES, "/notes/forum.txt").questions}
    assert set(stages.values()) == {"behavioral"}, stages
