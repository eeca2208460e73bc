"""The interviewer's generic offline follow-ups, zh and en side by side: asked when no
clean phrase names the missed point, and the restarts after an answer that said nothing
(agent._generic chooses among them)."""

from __future__ import annotations

from typing import Final

from agent._words import Words

# When no clean phrase names the missed point (a fragment, or long text in the other
# language), the follow-up asks without naming it; when the point is itself a question
# ("如何解决…"), it is asked as one.
GENERIC_FOLLOW_UPS: Final[dict[str, tuple[Words, ...]]] = {
    "knowledge": (
        Words(
            "There is a key point you have not covered yet. Can you think it through and add it?",
            "这个问题还有一个关键点你没讲到，能再想想、补充一下吗？",
        ),
        Words(
            "Can you go one level deeper: how it works, or why it is done that way?",
            "能再往深讲一层吗？比如它的原理是什么、为什么要这样做？",
        ),
        Words(
            "What are its limits? When would you not use it?",
            "它有什么局限？什么情况下你不会用它？",
        ),
    ),
    "experience": (
        Words(
            "How did you judge whether it worked? What did you measure?",
            "你是怎么判断效果好不好的？看了哪些指标或结果？",
        ),
        Words(
            "If you did it again, what would you change, and why?",
            "如果重新做一次，你会改哪里？为什么？",
        ),
        Words(
            "What was the hardest part, and how did you handle it?",
            "当时遇到的最大难点是什么？你是怎么解决的？",
        ),
    ),
}

# When the answers so far covered nothing (off-topic, "not sure"), "go deeper" or "add one
# more point" makes no sense: the follow-up brings the candidate back to the question.
GENERIC_RESTART: Final[dict[str, tuple[Words, ...]]] = {
    "knowledge": (
        Words(
            "Let's come back to the question itself: what is the basic idea?",
            "我们回到问题本身：它最基本的思路是什么？",
        ),
        Words(
            "Let's start from the basics: what problem is it meant to solve?",
            "我们从基础说起：它主要是为了解决什么问题？",
        ),
        Words(  # not "the part you do know": the answer may have been confident and wrong
            "Let's take it step by step: roughly how does it work?",
            "我们一步一步来：它大概是怎么工作的？",
        ),
    ),
    "experience": (
        Words(
            "Let's come back to the question itself: what was the situation, and what did you do?",
            "我们回到这个问题本身：当时是什么情况，你具体做了什么？",
        ),
        Words(
            "Pick one concrete case: what was the situation, what did you do, and how did it end?",
            "先挑一件具体的事说说吧：当时的情况、你怎么做的、结果怎么样？",
        ),
        Words(
            "Which part was yours, and how did you do it?", "这里面你个人负责哪一部分？是怎么做的？"
        ),
    ),
}

# A behavioral answer that told no story ("OK.", an explanation of something else): asked for
# one, not how it was judged or what would change
STORY_RESTART: Final[tuple[Words, ...]] = (
    Words(
        "Let's come back to the question: pick one real case. What happened, what did you "
        "do, and how did it end?",
        "我们回到这个问题：挑一件具体的事说说吧，当时是什么情况、你怎么做的、结果怎么样？",
    ),
    Words(
        "Can you think of one specific time? Walk me through the situation, what you did "
        "and how it turned out.",
        "能举一个具体的例子吗？讲讲当时的情况、你做了什么、最后结果如何。",
    ),
)

# ... and one that answered a behavioral question asking no story ("为什么离开上一家公司？",
# "What is your biggest weakness?") off the point: the question is asked again
QUESTION_RESTART: Final[tuple[Words, ...]] = (
    Words("Let's come back to the question. {question}", "我们回到这个问题：{question}"),
    Words("Let me ask it again: {question}", "我再问一次：{question}"),
)
BACK_TO_QUESTION: Final[tuple[Words, ...]] = (
    Words(
        "Let's come back to the question itself: how would you answer it?",
        "我们回到这个问题本身：你会怎么回答？",
    ),
)

# A question comparing things ("BatchNorm 和 LayerNorm 有什么区别？", "the difference between
# pre-training and fine-tuning") is about no one "it": "它有什么局限？" has nothing to refer
# to. Its generic follow-ups speak of the things compared (after some of the answer held,
# then after none did).
COMPARISON_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "There is a key point you have not covered yet. Can you think it through and add it?",
        "这个问题还有一个关键点你没讲到，能再想想、补充一下吗？",
    ),
    Words(
        "Where exactly do they differ in how they work, and why?",
        "它们在原理上具体哪里不一样？为什么会这样？",
    ),
    Words(  # not "when would you choose one?": pre-training and fine-tuning are both done
        "What does each of them give you that the other does not?",
        "它们各自能带来什么、是另一个给不了的？",
    ),
)
COMPARISON_RESTART: Final[tuple[Words, ...]] = (
    Words(
        "Let's take them one at a time: what is each of them for?",
        "我们一个一个来：它们各自是用来做什么的？",
    ),
    # asked after the first: not what each is for once more ("what does each one do?"
    # right after "what is each of them for?" read as not listening), but one of them
    Words(
        "Let's start with just one of them: pick one and walk me through how that one works.",
        "先挑其中一个说说：你选一个，讲讲这一个的具体工作原理。",
    ),
)

# A question asking how to deal with a problem ("如何解决幻觉问题的？", "How can we reduce
# hallucination?") is about no thing "meant to solve" something: after an answer that held
# nothing, the candidate is brought back by the problem's cause, or one first step
REMEDY_RESTART: Final[tuple[Words, ...]] = (
    Words(
        "Let's take it step by step: what usually causes this problem in the first place?",
        "我们一步一步来：这个问题一般是什么原因造成的？",
    ),
    Words(
        "Let's start simple: what is one thing you would try first, and why?",
        "先从简单的说起：你会优先尝试哪一种办法？为什么？",
    ),
)
