"""The interviewer's offline follow-ups on a missed point of the candidate's own work,
by what the point is, zh and en side by side: a result, a lesson, a fact, a setting, a
role, a trait. agent._asking chooses the set; {point} names the point, and FOLLOW_UP_HIT
leads when the answer covered another ({hit}).
"""

from __future__ import annotations

from typing import Final

from agent._words import Words

# A missed point that is itself a result, a figure that changed ("有依据率从 62% 提到 84%"):
# "what did you do, and how did it turn out?" asks the result of a result; it is asked what
# led to it and how it was measured - not "how did you get there", which a figure that got
# worse ("P95 rose from 1.9 s to 2.3 s") cannot answer. With a covered point, FOLLOW_UP_HIT
# leads.
RESULT_FOLLOW_UPS: Final[tuple[Words, ...]] = (  # neutral: a figure may have got worse
    Words(
        "This result: {point}. What led to it, and how was it measured?",
        "{point}，这个结果是怎么来的？又是怎么衡量的？",
    ),
    Words(
        "About this change: {point}. What was behind it?",
        "{point}，这个变化背后主要是哪些原因或改动？",
    ),
    Words(
        "On this number: {point}. How was it measured, and what drove it?",
        "{point}，是怎么测出来的？主要是什么带来的？",
    ),
)
# A missed point that states a measured figure, not a change ("about 1,100 tokens/s on a
# single GPU", "内部 pass@1 31.5%", "一致率约 87%"): nothing was done in a figure, so it is
# asked how it was measured and against what - not "what exactly was your part".
FIGURE_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "On this figure: {point}. How was it measured, and what was it compared against?",
        "{point}，这个数是怎么测出来的？是和什么对比的？",
    ),
    Words(
        "About this number, {point}: under what conditions was it measured, and what drove it?",
        "{point}，这个数是在什么条件下测的？主要是什么带来的？",
    ),
)
# ... and a result the question itself asked for ("How did you measure success?"): its
# figures are the answer, so they are asked for, not read out first
RESULT_UNSAID_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "What were the numbers, before and after, and how did you measure them?",
        "具体的数字是多少？前后对比怎么样，是怎么测的？",
    ),
    Words(
        "Can you put a number on it: what moved, from what to what, and how was it measured?",
        "能给个具体的数吗：哪个指标变了、从多少到多少、怎么衡量的？",
    ),
)
FOLLOW_UP_HIT: Final = Words("You mentioned {hit}. ", "你提到了{hit}。")

# A missed point that is the candidate's role ("I owned the retrieval pipeline", "我负责检索
# 链路"): "what exactly was your part?" asks what it says; it is asked what the role held.
# a lesson the notes drew ("反思：用数据而不是观点说服人") is asked as one, not as an event
# ("…这件事，当时是什么情况、你是怎么做的？")
# A story's turn the teller took ("我改成用单元测试的结果构造 chosen/rejected", "I switched to
# per-type thresholds"): said back, the story is told for them; the change is asked for
CHANGE_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words("What did you change after that, and why?", "那后来你是怎么调整的？为什么这么改？"),
    Words(
        "How did you adjust your approach then, and how did it turn out?",
        "之后你换了什么做法？效果怎么样？",
    ),
    Words(
        "What did you do differently next, and what made you decide on it?",
        "接下来你改了什么？当时是怎么决定要这么改的？",
    ),
)

LESSON_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "You took a lesson from it: {point}. What taught you that, and what do you do "
        "differently since?",
        "你总结过一条体会：{point}。这是从哪件事里得出来的？之后你做法上有什么变化？",
    ),
    Words(
        "On the lesson, {point}: where did it come from, and where have you applied it since?",
        "关于“{point}”这条体会，它是怎么来的？后来在哪里用上了？",
    ),
)

# A missed point of the candidate's work that states how things were (agent._facts: "显存和
# 调参成本都高", "We had a single A100"): asked what is behind it and what it meant for the
# work, not what the candidate did in it. With a covered point, FOLLOW_UP_HIT leads.
FACT_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "About this: {point}. Can you say more, and how did it shape your approach?",
        "{point}，这一点能具体讲讲吗？当时是怎么考虑的？",
    ),
    Words(
        "On this point: {point}. What did that mean for the choices you made?",
        "{point}，能展开说说吗？这对你当时的选择有什么影响？",
    ),
    Words(
        "Tell me more about this: {point}. What was behind it, and how did it affect the work?",
        "{point}，具体是什么情况？能举个例子吗？",
    ),
)

ROLE_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "About this: {point}. What did that involve, and which decisions were yours?",
        "{point}，具体包括哪些工作？哪些决定是你做的？",
    ),
    Words(
        "Walk me through this: {point}. Pick one thing you did there and take it step by step.",
        "{point}，挑一件你具体做的事，一步步讲讲？",
    ),
    Words(
        "This part: {point}. What was the hardest call you made there, and why?",
        "{point}，这里面最难的一个决定是什么？你是怎么定的？",
    ),
)

# A trait the candidate claims (agent._traits: "做事比较细心", "I'm a fast learner"): nothing
# was done in it, so it is asked for an example; FOLLOW_UP_HIT leads after a covered point.
TRAIT_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "About this: {point}. Can you give me an example of that?", "{point}，能举个具体的例子吗？"
    ),
    Words(
        "You said this about yourself: {point}. Walk me through one situation where it showed.",
        "关于{point}，有没有哪件事最能体现这一点？能具体讲讲吗？",
    ),
    Words(
        "On this: {point}. Can you tell me about a time that showed it?",
        "{point}，有没有哪件具体的事能说明这一点？",
    ),
)

# A missed point that sets a value (agent._facts.sets_value: "learning rate 5e-7", "β=0.1",
# "chunk 512", "2 epochs"): nothing was done in a number and nothing is behind it but the
# choice, so it is asked how it was chosen - not "what exactly was your part".
SETTING_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "About this setting, {point}: how did you choose it, and what else did you try?",
        "{point}这个设置是怎么定下来的？试过别的取值吗？",
    ),
    Words(
        "On {point}: why that value, and what happened when you changed it?",
        "{point}，为什么取这个值？调过之后效果有什么变化？",
    ),
)
# a method's configuration the answer covered, mentioned before the next question
SETTINGS_NAMED: Final = Words("the settings for {point}", "{point} 的参数设置")
# ... and a setting that is one of a labelled step's ("DPO: β=0.1, learning rate 5e-7"):
# the step is named, not one figure of it ({point}: "DPO")
SETTINGS_OF_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "About the settings for {point}: how did you choose them, and what else did you try?",
        "{point}的这些参数是怎么定下来的？试过别的取值吗？",
    ),
    Words(
        "On {point}: why those values, and what happened when you changed them?",
        "{point}的参数为什么这么设？调过之后效果有什么变化？",
    ),
)

# A goal the work was given ("Task: raise clause recall without slowing search, in one
# quarter", "目标：一个月内上线"): nothing was done in a goal, so it is asked where it came
# from and what it asked of the work - not "What did you do, and how did it turn out?"
GOAL_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "About the goal, {point}: who set it, and why did it matter?",
        "{point}，这个目标是怎么定下来的？为什么重要？",
    ),
    Words(
        "On this goal, {point}: what made it hard to reach?",
        "关于{point}这个目标，难点在哪里？",
    ),
)

# A missed point stating the baseline the work was compared against (agent._work_figures:
# "基座模型：内部 pass@1 31.5%", "Baseline was the 2021 GBDT ranker"): no part of the
# candidate's work, so not "这里面你个人负责哪一部分？" nor "what drove it?" - asked how it
# was measured and why it was the one to beat. BASELINE_UNNAMED: one with no name to say.
BASELINE_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "About the baseline, {point}: how was it measured, and why was it the one to compare "
        "against?",
        "对比的基线是{point}：它是在什么评测上、怎么测出来的？为什么选它做对比？",
    ),
    Words(
        "On the baseline, {point}: what was it evaluated on, and how did you keep the "
        "comparison with your version fair?",
        "说说基线：{point}。它是怎么测的？你怎么保证它和你们的方案对比是公平的？",
    ),
)
BASELINE_UNNAMED: Final[tuple[Words, ...]] = (
    Words(
        "What was the baseline you compared against, and how was it measured?",
        "你们对比的基线是什么？它是怎么测出来的？",
    ),
)

# A missed point stating how long a step took ("2 张 3090 训练 3 小时", "Training took 3
# hours"): nothing to own in a duration ("About this part, 3 weeks: what exactly was your
# part…"), so it is asked where the time went.
DURATION_FOLLOW_UPS: Final[tuple[Words, ...]] = (
    Words(
        "About this: {point}. Where did most of that time go, and what would have made it shorter?",
        "{point}，这段时间主要花在哪一步？有什么办法能缩短？",
    ),
    Words(
        "Looking at the time: {point}. Was that what you had planned, and which step took "
        "the longest?",
        "{point}，和你预想的时间比怎么样？最耗时的是哪一步？",
    ),
)
