"""Ten held-out questions for the judgement set, written after the estimator was tuned.

The estimator's constants were chosen on the Chinese half of judgement_set.py and
checked on the English half; these ten (zh and en, four stages) were written afterwards
and never used to choose anything, so their figure is the honest one.
"""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "zh-ho-beam",
        "zh",
        "fundamentals",
        "beam search 和贪心解码有什么区别？",
        "**解码策略**\n"
        "- 贪心解码：每一步只取概率最大的一个 token，快，但容易错过全局更优的序列\n"
        "- beam search：每步保留 beam 宽度 k 个得分最高的候选序列，最后选总分最高的\n"
        "- beam 越宽结果越接近最优，但计算量随 k 线性增加\n"
        "- 长度惩罚：避免 beam search 偏向短句",
        "贪心就是每一步直接挑概率最高的那个词，速度快，但局部最优不等于整句最优。"
        "beam search 每一步保留 k 个分数最高的候选序列，一直扩展到结束，再选累计得分最高的。"
        "k 越大越接近最优解，但计算量也跟着 k 线性涨。另外一般要加长度惩罚，不然会偏向短句子。",
        "贪心每步取概率最大的词，beam search 会保留多个候选。",
        "beam search 每一步只保留一个候选，比贪心解码更快，beam 越宽计算量越小，"
        "而且它天然偏向长句子，所以不需要长度惩罚。",
        "解码这块我觉得和业务场景关系很大，比如聊天机器人和翻译的要求就不一样，"
        "线上还要考虑用户体验和服务器成本。",
        "beam search 和贪心解码有什么区别？区别就是 beam search 和贪心解码不一样，"
        "贪心解码是贪心的，beam search 是 beam 的。",
    ),
    Case(
        "zh-ho-moe",
        "zh",
        "fundamentals",
        "MoE 模型是怎么工作的？",
        "## MoE（混合专家）\n"
        "1. 把 FFN 层换成多个专家网络，由门控（router）给每个 token 选 top-k 个专家\n"
        "2. 每个 token 只激活少数专家，总参数量大但每个 token 的计算量小\n"
        "3. 需要负载均衡损失，防止所有 token 都挤到少数专家上\n"
        "4. 缺点：显存要放下全部专家，多卡训练有通信开销",
        "MoE 就是把 Transformer 里的 FFN 换成很多个专家，每个 token 经过一个路由网络，"
        "选出 top-k 个专家来算，所以模型总参数很大，但每个 token 实际只用到一小部分，算得不多。"
        "训练时要加负载均衡的 loss，不然路由会把 token 都分给几个热门专家。"
        "代价是所有专家都要放在显存里，分布式训练时 all-to-all 通信也比较重。",
        "MoE 有很多专家，每个 token 只选其中几个专家来计算。",
        "MoE 是每个 token 都要经过所有专家再取平均，所以计算量比稠密模型大很多，"
        "也不需要路由和负载均衡，参数量反而更少。",
        "大模型现在发展很快，各家都在卷参数规模，我觉得以后还会有更多新结构出来，"
        "需要持续关注论文。",
        "MoE 模型是怎么工作的？MoE 模型就是 MoE 的模型，它就是这样工作的，MoE 的工作方式就是 MoE。",
    ),
    Case(
        "zh-ho-project-distill",
        "zh",
        "project",
        "你做的模型蒸馏项目具体是怎么做的？",
        "**蒸馏项目**\n"
        "- 背景：线上 7B 模型成本太高，想换成 1.5B 小模型\n"
        "- 我的工作：用 7B 模型给 5 万条真实 query 生成回答作为蒸馏数据\n"
        "- 训练时用 KL 散度对齐教师的输出分布，加上少量人工标注数据\n"
        "- 结果：小模型效果保留到教师的 93%，推理成本降低 70%",
        "背景是线上用 7B 模型太贵了，我们想换成 1.5B 的小模型。我负责数据和训练："
        "先用 7B 教师模型对 5 万条真实用户 query 生成回答，作为蒸馏语料；"
        "训练学生模型的时候用 KL 散度去拟合教师的输出分布，再混一些人工标注的数据。"
        "最后小模型效果大概是教师的 93%，推理成本降了 70% 左右。",
        "就是用 7B 大模型生成数据，拿来训练 1.5B 的小模型。",
        "我们是直接把 7B 模型剪枝成 1.5B，没有用教师模型生成数据，也没有用 KL 散度，"
        "最后效果掉了一半，成本反而更高了。",
        "这个项目团队合作挺多的，我们每周开会同步进度，和产品一起讨论需求，整体推进得比较顺利。",
        "你做的模型蒸馏项目具体是怎么做的？模型蒸馏项目就是做模型蒸馏，"
        "具体就是蒸馏模型，怎么做就是蒸馏。",
    ),
    Case(
        "zh-ho-beh-pressure",
        "zh",
        "behavioral",
        "遇到线上事故压力很大的时候，你是怎么处理的？",
        "线上事故（STAR）：\n"
        "- 情境：大促当天检索服务超时，问答接口大面积报错\n"
        "- 行动：先切回上一个稳定版本止血，再拉群同步进展，按日志定位到向量库连接池打满\n"
        "- 结果：20 分钟恢复，之后加了连接池监控和压测\n"
        "- 反思：先止血再排查，沟通要及时透明",
        "有一次大促当天检索服务超时，问答接口大量报错。我第一时间把服务回滚到上一个稳定版本先止血，"
        "同时在群里同步进展，然后看日志发现是向量库连接池被打满了。"
        "大概 20 分钟恢复，事后补了连接池的监控，上线前也加了压测。"
        "我的体会是先止血再查原因，过程中要及时、透明地沟通。",
        "有一次线上出故障，我先回滚了版本，后来服务恢复了。",
        "线上出事故的时候我一般先自己慢慢查原因，不回滚，也不在群里说，"
        "等全部查清楚了再告诉大家，那次查了一整天才恢复。",
        "我平时压力大的时候会去跑步或者听音乐，周末也会和朋友出去爬山放松一下。",
        "遇到线上事故压力很大的时候怎么处理？压力很大的时候就处理压力，线上事故就是处理线上事故。",
    ),
    Case(
        "zh-ho-intro",
        "zh",
        "self_intro",
        "先简单介绍一下你自己。",
        "自我介绍：\n"
        "1. 陈晨，华中科技大学软件工程硕士，研究方向是信息检索\n"
        "2. 在阿里实习半年，做电商搜索的 query 改写\n"
        "3. 项目：用大模型做商品问答，答案准确率提升 12%\n"
        "4. 希望加入大模型应用团队，做检索增强相关的工作",
        "面试官您好，我叫陈晨，华中科技大学软件工程硕士，研究方向是信息检索。"
        "之前在阿里实习了半年，做电商搜索里的 query 改写。"
        "学校里做过一个用大模型做商品问答的项目，答案准确率提升了 12%。"
        "这次希望加入大模型应用团队，继续做检索增强方向。",
        "您好，我叫陈晨，华中科技大学软件工程硕士。",
        "您好，我叫陈晨，本科学的会计，没有实习，也没有做过检索或者大模型相关的项目，"
        "想先找个工作试试。",
        "今天天气挺好的，路上有点堵车，不过还是按时到了，很高兴来面试。",
        "先简单介绍一下我自己，我自己就是我，简单介绍一下就是这样的我自己。",
    ),
    Case(
        "en-ho-dropout",
        "en",
        "fundamentals",
        "What does dropout do and why does it help?",
        "**Dropout**\n"
        "- During training, each unit is zeroed with probability p\n"
        "- Units cannot rely on specific partners, so features become more robust\n"
        "- Acts like training an ensemble of thinned networks; reduces overfitting\n"
        "- At inference dropout is off and activations are scaled to match",
        "During training dropout randomly zeroes each activation with probability p, so a unit "
        "cannot count on any particular other unit being there and has to learn more robust "
        "features. It behaves like averaging an ensemble of many thinned networks, which reduces "
        "overfitting. At inference time dropout is turned off and the activations are scaled so "
        "their expected value matches training.",
        "It randomly drops units during training, which reduces overfitting.",
        "Dropout removes neurons permanently to make the model smaller and faster at inference; "
        "it is applied only at inference time and does not change how the model trains.",
        "Regularization is a big topic and every framework has its own defaults, so I usually "
        "keep whatever the library recommends and focus on the data.",
        "What does dropout do? Dropout does dropout. Why does it help? It helps because it is "
        "dropout, and dropout helps.",
    ),
    Case(
        "en-ho-cot",
        "en",
        "fundamentals",
        "What is chain-of-thought prompting and when does it help?",
        "Chain-of-thought:\n"
        "1. The prompt asks the model to write intermediate reasoning steps before the answer\n"
        "2. Helps on multi-step problems: arithmetic, logic, planning\n"
        "3. Works best with large models; small models gain little\n"
        "4. Costs more output tokens and latency",
        "Chain-of-thought prompting asks the model to spell out its intermediate reasoning "
        "steps before it gives the final answer, for example with a few worked examples or "
        "'let's think step by step'. It mainly helps on multi-step problems such as arithmetic, "
        "logic puzzles and planning, and mostly for large models, since small ones gain little. "
        "The cost is many more output tokens, so latency goes up.",
        "You ask the model to reason step by step before answering.",
        "Chain-of-thought means asking for the answer only, with no reasoning, which makes "
        "outputs shorter and faster; it helps small models most and hurts large ones.",
        "Prompting is more art than science. I usually try a few phrasings and pick whatever "
        "looks best in a quick manual check.",
        "What is chain-of-thought prompting? It is prompting with a chain of thought. When does "
        "it help? It helps when chain-of-thought prompting helps.",
    ),
    Case(
        "en-ho-project-ranking",
        "en",
        "project",
        "Tell me about the ranking model you shipped. What did you own?",
        "## Feed ranking model\n"
        "- **Context**: engagement had been flat for two quarters\n"
        "- **My part**: I owned the features and the offline evaluation\n"
        "- Added recency and creator-affinity features to a gradient-boosted ranker\n"
        "- Offline NDCG@10 rose from 0.41 to 0.46; the A/B test showed +3.5% time spent",
        "Engagement on the feed had been flat for two quarters. I owned the feature work and "
        "the offline evaluation: I added recency and creator-affinity features to our "
        "gradient-boosted ranker and built the evaluation that tracked NDCG@10, which went from "
        "0.41 to 0.46. In the A/B test time spent went up 3.5%.",
        "I worked on features for the feed ranking model.",
        "I mostly did the dashboards; we replaced the ranker with random ordering, did no "
        "offline evaluation, and time spent went down after launch.",
        "The team was great and we had a lot of fun offsites. Communication across time zones "
        "was the hardest part of that year.",
        "Tell me about the ranking model you shipped. The ranking model I shipped was a ranking "
        "model, and I shipped the ranking model.",
    ),
    Case(
        "en-ho-beh-feedback",
        "en",
        "behavioral",
        "Tell me about a time you received critical feedback.",
        "STAR: feedback on design docs\n"
        "- **Situation**: my lead said my design docs were too long and buried the decision\n"
        "- **Action**: I asked for two good examples and rewrote my next doc "
        "decision-first, one page\n"
        "- **Result**: review time dropped from a week to two days\n"
        "- **Reflection**: ask for concrete examples when feedback feels vague",
        "My lead told me my design docs were too long and that the actual decision was buried "
        "on page five. I asked her for two docs she thought were good, studied them, and "
        "rewrote my next one with the decision first on a single page. Reviews went from about "
        "a week to two days. What I took from it is to ask for concrete examples whenever "
        "feedback feels vague.",
        "My lead said my docs were too long, so I made them shorter.",
        "I don't think I have ever received critical feedback; when my lead commented on my "
        "docs I ignored it because the docs were fine and nothing changed.",
        "I enjoy reading about productivity and I keep a notebook of interesting articles, "
        "mostly about note-taking systems.",
        "Tell me about a time you received critical feedback. I received critical feedback, "
        "and it was critical, and it was feedback.",
    ),
    Case(
        "en-ho-intro",
        "en",
        "self_intro",
        "Could you introduce yourself?",
        "Intro:\n"
        "- Maria Lopez, BSc Computer Engineering, Georgia Tech\n"
        "- Three years as a backend engineer at a logistics startup, Python and Go\n"
        "- Built the route-ETA prediction service, cutting ETA error by 20%\n"
        "- Applying to move into ML engineering on LLM products",
        "Hi, I'm Maria Lopez. I studied computer engineering at Georgia Tech and then spent "
        "three years as a backend engineer at a logistics startup, mostly in Python and Go. "
        "There I built the route ETA prediction service, which cut ETA error by about 20%. "
        "I'm applying because I want to move into ML engineering on LLM products.",
        "Hi, I'm Maria Lopez, a backend engineer from Georgia Tech.",
        "Hi, I'm Maria Lopez. I studied art history, I have never worked as an engineer and I "
        "have not built any prediction service.",
        "Thanks for having me. I found the office easily and the coffee downstairs is great.",
        "Could you introduce yourself? I could introduce myself, and this is me introducing "
        "myself.",
    ),
]
