"""The interviewer asking a question again, in narrower words, after "I didn't understand".

A person asks once more about one part of the question - what its subject is for, what is
done at one step - never saying the answer; agent._rephrasing chooses the set and fills it
with `str.format`: {what} the subject, {when} the condition the first point holds in.
"""

from __future__ import annotations

from typing import Final

from agent._words import Words

# by what the part asked about is: the name the question opens with, the subject of the
# notes' point, a condition, or a thing handled in it
REPHRASED: Final[dict[str, tuple[Words, ...]]] = {
    "name": (
        Words(
            "Let me put it another way: roughly what is {what} for?",
            "我换个问法：先说说{what}，它大概是用来做什么的？",
        ),
        Words(
            "Let me put it another way: what problem is {what} mainly meant to solve?",
            "我换个问法：{what}主要是为了解决什么问题？",
        ),
    ),
    "what": (
        Words(
            "Let me put it another way: take just {what} first. How is that usually done?",
            "我换个问法：先说说{what}这一块，一般是怎么做的？",
        ),
        Words(
            "Let me put it another way: just {what} for now - what can you tell me about it?",
            "我换个问法：我们先只说{what}，你能讲讲吗？",
        ),
    ),
    # the notes' point says what its subject is ("过拟合是…"): asked what it is
    "defined": (
        Words(
            "Let me put it another way: in a sentence, what is {what}?",
            "我换个问法：用一句话说，{what}是什么意思？",
        ),
        Words(
            "Let me put it another way: how would you explain {what} to a colleague?",
            "我换个问法：如果给同事解释{what}，你会怎么说？",
        ),
    ),
    "when": (
        Words(
            "Let me put it another way: {when}, what usually happens?",
            "我换个问法：{when}，一般是怎么做的？",
        ),
        Words(
            "Let me put it another way: what do you do {when}?",
            "我换个问法：{when}要注意什么？",
        ),
    ),
    "both": (
        Words(
            "Let me put it another way: {when}, what do you do about {what}?",
            "我换个问法：{when}，{what}要怎么处理？",
        ),
        Words(
            "Let me put it another way: {when}, how is {what} handled?",
            "我换个问法：{when}，{what}是怎么处理的？",
        ),
    ),
    # no part to name: the candidate starts from what they know
    "knowledge": (
        Words(
            "Let me put it another way: which part of this do you know best? Start from there.",
            "我换个问法：这个问题里你最熟悉的是哪一部分？先从那里说起吧。",
        ),
    ),
    "experience": (
        Words(
            "Let me put it another way: in that work, what exactly did you do yourself?",
            "我换个问法：在这件事里，你自己具体做了什么？",
        ),
    ),
    "project": (
        Words(
            'Let me put it another way: in "{project}", which part did you do yourself, and how?',
            "我换个问法：在「{project}」这个项目里，你自己具体做了哪一块？怎么做的？",
        ),
    ),
    "story": (
        Words(
            "Let me put it another way: can you give me one concrete example? What happened?",
            "我换个问法：能举一个具体的例子吗？当时发生了什么？",
        ),
    ),
}
