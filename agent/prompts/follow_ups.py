"""The interviewer's offline follow-up templates, zh and en side by side.

A follow-up names the key point it probes ({point}), a point the answer covered ({hit}),
the candidate's own claim it challenges ({claim}) or the end a listed way serves ({aim});
agent._questions chooses the set and fills it with `str.format`.
"""

from __future__ import annotations

from typing import Final

from agent._words import Words

# Offline follow-ups, by what the answer got right ("hit": a key point it covered) and by
# whether the reference is knowledge (fundamentals) or the candidate's own experience.
# {point} names the missed key point, {hit} a covered one. In English a point may be a noun
# phrase ("dropout") or a clause ("during training each unit is zeroed"): every English
# template sets it off with a colon, so both read as English.
FOLLOW_UPS: Final[dict[tuple[str, bool], tuple[Words, ...]]] = {
    ("knowledge", True): (
        Words(
            "You mentioned {hit}. Now this one: {point}. How does that work?",
            "你提到了{hit}。接着问一点：{point}，这是怎么回事？",
        ),
        Words(
            "Right about {hit}. Next: {point}. Can you explain it?",
            "关于{hit}，你说得没问题。接下来：{point}，能具体讲讲吗？",
        ),
        Words(
            "You covered {hit}. Going one step further: {point}. How is that done?",
            "你讲到了{hit}。再往下说说：{point}，具体是怎么做的？",
        ),
    ),
    ("knowledge", False): (
        Words(
            "Let's take another angle: {point}. Can you explain that?",
            "我们换个角度：{point}，这一点你能具体讲讲吗？",
        ),
        Words("Next point: {point}. What is going on there?", "{point}，这是怎么回事？"),
        Words(
            "Let's look at this: {point}. How does it work?",
            "接着说说：{point}，它是怎么起作用的？",
        ),
    ),
    ("experience", True): (
        Words(
            "You mentioned {hit}. Now this part: {point}. What exactly did you do there?",
            "你提到了{hit}。那{point}这部分，当时具体是怎么做的？",
        ),
        Words(
            "I follow you on {hit}. Can you tell me more about this: {point}?",
            "关于{hit}，我听明白了。能再讲讲{point}吗？你在里面做了什么？",
        ),
        Words(
            "You covered {hit}. This part, {point}: can you be more specific?",
            "你讲到了{hit}。关于{point}，能说得再具体一点吗？",
        ),
    ),
    ("experience", False): (
        Words(
            "About this part, {point}: what exactly was your part, and how did you do it?",
            "关于{point}，当时你具体负责什么、是怎么做的？",
        ),
        Words(
            "Tell me more about this: {point}. What did you do, and how did it turn out?",
            "能再说说{point}吗？你当时做了什么、结果怎么样？",
        ),
        # not "you did not mention": a paraphrase the estimate missed ("二十万条" for the
        # notes' "20w") would make the interviewer look as if it had not listened
        Words(
            "One more part: {point}. What did you do there?",
            "还有{point}这一块，能补充一下你具体做了什么吗？",
        ),
    ),
    # a behavioral answer's missed point is another part of the candidate's own story: asked
    # as a story (what happened, what they did), not as a project's part ("当时你具体负责
    # 什么" about "疫情期间远程沟通协作" reads as a form)
    ("story", True): (
        Words(
            "You talked about {hit}. What about this: {point}? What happened, and what did you do?",
            "你讲到了{hit}。那{point}这件事，当时是什么情况、你是怎么做的？",
        ),
        Words(
            "I follow you on {hit}. And this: {point}. How did you handle it, and what did you do?",
            "关于{hit}，我听明白了。再说说{point}吧：当时你是怎么做的？",
        ),
        Words(
            "You covered {hit}. This part, {point}: what did you do there?",
            "你讲到了{hit}。关于{point}，你当时具体是怎么做的？",
        ),
    ),
    ("story", False): (
        Words(
            "What about this: {point}? What happened, and what did you do?",
            "{point}这件事，当时是什么情况、你是怎么做的？",
        ),
        Words(
            "Tell me about this: {point}. How did you handle it, and what did you do?",
            "再说说{point}吧：当时遇到了什么，你是怎么做的？",
        ),
        Words(
            "And this part: {point}. What did you do, and what did you learn from it?",
            "关于{point}，你当时是怎么做的？事后有什么体会？",
        ),
    ),
}

# The same, for a Chinese point that is a clause with its own verb (agent._clause_points):
# said first as what was done, then asked about - "能再说说对…进行了分类吗？" reads as asking
# whether the notes are right. English templates set every point off already.
_ZH_CLAUSE_ASKS: Final[dict[tuple[str, bool], tuple[str, ...]]] = {
    ("experience", False): (
        "{point}，这部分当时你具体负责什么、是怎么做的？",
        "{point}，这一点能再展开说说吗？你当时做了什么、结果怎么样？",
        "还有一点：{point}，能补充一下你具体做了什么吗？",
    ),
    ("experience", True): (
        "你提到了{hit}。另外，{point}，这部分当时具体是怎么做的？",
        "关于{hit}，我听明白了。还有一点：{point}，你在里面具体做了什么？",
        "你讲到了{hit}。再说说这一点：{point}，能说得再具体一点吗？",
    ),
    ("story", False): (
        "{point}，这件事当时是什么情况、你是怎么做的？",
        "再说说这件事吧：{point}。当时遇到了什么，你是怎么做的？",
        "关于{point}，你当时是怎么做的？事后有什么体会？",
    ),
    ("story", True): (
        "你讲到了{hit}。还有一件事：{point}，当时是什么情况、你是怎么做的？",
        "关于{hit}，我听明白了。再说说这一点：{point}。当时你是怎么做的？",
        "你讲到了{hit}。关于{point}，你当时具体是怎么做的？",
    ),
}
# A step of the work named without the means the notes tell it with (agent._clause_points.
# named_step: "过滤掉不能运行的样本" of "用 tsc 编译和单元测试过滤掉…"): asked how it was done.
_ZH_STEP_ASKS: Final[dict[tuple[str, bool], tuple[str, ...]]] = {
    ("experience", False): (
        "{point}这一步，你们具体是怎么做的？用了什么方法？",
        "能再说说{point}这一步吗？具体是怎么做的、效果怎么样？",
        "还有{point}这一步，你在里面具体做了什么、是怎么做的？",
    ),
    ("experience", True): (
        "你提到了{hit}。那{point}这一步，具体是怎么做的？",
        "关于{hit}，我听明白了。{point}这一步呢？具体用了什么方法？",
        "你讲到了{hit}。再说说{point}这一步：具体是怎么做的？",
    ),
}
CLAUSE_FOLLOW_UPS: Final[dict[tuple[str, bool], tuple[Words, ...]]] = {
    key: tuple(Words(v.en, zh) for v, zh in zip(FOLLOW_UPS[key], asks, strict=True))
    for key, asks in _ZH_CLAUSE_ASKS.items()
}
STEP_FOLLOW_UPS: Final[dict[tuple[str, bool], tuple[Words, ...]]] = {
    key: tuple(Words(v.en, zh) for v, zh in zip(FOLLOW_UPS[key], asks, strict=True))
    for key, asks in _ZH_STEP_ASKS.items()
}

# A project's background ("问题背景：业务方现有的表格查询方式主要依靠点击式操作") is not
# something the candidate did: asked as the situation and why it mattered
# The answer said the opposite of a point of the notes: the interviewer asks the candidate
# to stand by their claim, as a person would, without saying what the notes say
CHALLENGE_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "You said “{claim}”. Are you sure? What is that based on?",
        "你刚才说「{claim}」，确定吗？依据是什么？",
    ),
    Words(
        "Let me check one thing: “{claim}”. Why is that so?",
        "我确认一下：「{claim}」，为什么是这样？",
    ),
    Words(
        "“{claim}”: can you walk me through how you know that?",
        "「{claim}」这一点，能说说你是怎么得出这个结论的吗？",
    ),
)

# A point that only names one of the ways the notes list to an end ("2.rag" under "如何解决
# 幻觉问题的"): asked how that way serves the end, not "rag，这是怎么回事？". A point listing
# several is asked by its first: all of them read out are the answer. Keyed by whether the
# answer covered a point ({hit}).
WAY_FOLLOW_UPS: Final[dict[bool, tuple[Words, ...]]] = {
    False: (
        Words("What about {point}? How does it help {aim}?", "那{point}呢？它是怎么帮助{aim}的？"),
        Words("Could {point} help {aim} too? How?", "用{point}来{aim}，具体是怎么做的？"),
        Words(
            "Another way is {point}. How would it help {aim}?",
            "还有{point}这个思路，它对{aim}有什么帮助？",
        ),
    ),
    True: (
        Words(
            "You mentioned {hit}. What about {point}? How does it help {aim}?",
            "你提到了{hit}。那{point}呢？它是怎么帮助{aim}的？",
        ),
        Words(
            "Besides {hit}, could {point} help {aim}? How?",
            "除了{hit}，用{point}来{aim}，具体是怎么做的？",
        ),
        Words(
            "Right about {hit}. Another way is {point}: how would it help {aim}?",
            "关于{hit}，你说得没问题。还有{point}这个思路，它对{aim}有什么帮助？",
        ),
    ),
}

# a background line may state no problem ("公司内部有约 12 万篇文档"): "这个问题当时…" is
# not said of it; the problem is asked for
BACKGROUND_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "About the background, {point}: what was the situation, and what problem did you "
        "have to solve?",
        "{point}——当时具体是什么情况？要解决的是什么问题？",
    ),
    Words(
        "Tell me about this background: {point}. How did it come up, and how big was it?",
        "说说这个背景吧：{point}。当时是怎么发现的，影响有多大？",
    ),
    Words(
        "About this: {point}. What exactly did the people you built it for need?",
        "关于{point}，当时的需求具体是什么样的？",
    ),
)

# Steps of knowledge told under a label ("Mitigations: ground answers in retrieved documents
# and require citations, …"): asked by the label, the steps are the answer
STEPS_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words("What about {point}? What would you do there?", "那{point}呢？具体会怎么做？"),
    Words("And {point}: what would you do, and why?", "再说说{point}：你会怎么做，为什么？"),
    Words("Let's talk about {point}. What would you do?", "聊聊{point}吧，你会怎么做？"),
)

POINT_AS_QUESTION: Final[tuple[Words, ...]] = (
    Words("One more thing: {point}?", "还有一点想听你说说：{point}？"),
    Words("Another angle: {point}?", "我们换个角度：{point}？"),
    Words("A detail: {point}?", "再问一个细节：{point}？"),
)

# taken in turn: one lead before every follow-up reads as a script ("Be specific." six times)
FOLLOW_UP_LEAD: Final[dict[str, tuple[Words, ...]]] = {
    "friendly": (Words("Thanks. ", "好的，"), Words("Got it. ", "明白了。"), Words("", "")),
    "neutral": (Words("", ""),),
    # pressure without a verdict: a follow-up also comes after a good answer
    "pressure": (
        Words("Be specific. ", "说具体一点。"),
        Words("I need details here. ", "我要听细节。"),
        Words("", ""),
    ),
}

# A missed claim (agent._aspects) asked about without telling it: by the condition it holds
# in ({when}: "改 r 的时候", "at inference"), the thing it handles or its subject ({what}).
# With a covered point ({hit}) it is mentioned first, as FOLLOW_UPS do.
ASPECT_FOLLOW_UPS: Final[dict[str, tuple[Words, ...]]] = {
    "both": (
        Words("{When}, what do you do about {what}?", "{when}，{what}要怎么处理？"),
        Words("And {when}: how do you handle {what}?", "那{when}，{what}该怎么处理？"),
        Words("{When}, what happens to {what}?", "{when}，{what}这块是怎么做的？"),
    ),
    "when": (
        Words("And {when}: what happens then?", "那{when}呢？具体是什么情况？"),
        Words("What happens {when}? How is it handled?", "{when}会怎么样？"),
        Words("{When}, what changes?", "那{when}呢？这里有什么讲究？"),
    ),
    "what": (
        Words("What about {what}? Can you tell me more?", "那{what}这块呢？能具体讲讲吗？"),
        Words("Can you say more about {what}?", "说说{what}吧：它具体是怎么回事？"),
        Words("Let's talk about {what}. What can you tell me?", "{what}这部分，你能展开讲讲吗？"),
    ),
    # the subject is one the candidate or the question already named: "那 HNSW 呢？" after
    # "HNSW 是分层的图" asks nothing new
    "known": (
        Words(
            "About {what}, there is one more key point you have not covered. Can you think "
            "it through?",
            "关于{what}，还有一个关键点你没讲到，能再想想吗？",
        ),
        Words(
            "There is one more important thing about {what}. Can you add it?",
            "{what}这块还有一点很重要，你能再补充一下吗？",
        ),
        Words(
            "Think about {what} again: what key part is still missing?",
            "再想想{what}：还有什么关键的地方没讲到？",
        ),
    ),
}
ASPECT_HIT: Final = Words("You mentioned {hit}. ", "你提到了{hit}。")
# "known" and "what", after answers that covered nothing of the question (off the subject,
# vague): "one more key point", "again", "say more" would say something was covered
ASPECT_FIRST: Final[tuple[Words, ...]] = (
    Words(
        "Let's start with {what}. What do you know about it?",
        "我们先从{what}说起，你对它了解多少？",
    ),
    Words("First, {what}: how would you explain it?", "先说说{what}，你会怎么解释它？"),
    Words(
        "Let's focus on {what}. What is the main idea?", "我们聚焦在{what}上，它的核心思路是什么？"
    ),
)

# A missed claim of knowledge no aspect can be read from: said back, it is the answer, so
# the follow-up asks for it without telling it ({point} is not said)
UNTOLD_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "There is one more key point to this question you have not covered. Can you think it "
        "through?",
        "这个问题还有一个关键点你没讲到，能再想想吗？",
    ),
    Words(
        "Something important is still missing from the answer. What else belongs in it?",
        "这个回答还缺了一个重要的地方，你觉得还应该补充什么？",
    ),
    Words(
        "Think about the question again: what key part is still missing?",
        "再想想这个问题：还有什么关键的地方没讲到？",
    ),
)
# UNTOLD_FOLLOW_UPS after answers that covered nothing of the question yet
UNTOLD_FIRST: Final[tuple[Words, ...]] = (
    Words(
        "Let's come back to the question itself. What is the first thing you would explain?",
        "我们回到这个问题本身，你会先讲清楚哪一点？",
    ),
    Words(
        "Let's take the question step by step. Where would you start?",
        "这个问题我们一步步来，你会从哪里讲起？",
    ),
    Words(
        "Put simply: what is the core of this question, in your view?",
        "简单来说，你觉得这个问题的核心是什么？",
    ),
)
