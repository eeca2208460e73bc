"""Held-out r5c: six more questions of the r5b kind, written after that round's rules, before
any change to them, and measured once as written (BLIND_FIGURE).

Not blind to the rules' existence (their author wrote them), so this is a check that they
hold on new topics and do not punish strong answers full of numbers, changes and stories:
strong answers use derived figures ("省了一半", "three times fewer"), numbers the reference
does not have, "from … to …" paraphrases and a problem told before the story; the wrong
answers are confidently wrong in the reference's words.
"""

from __future__ import annotations

from judgement_set import Case

# measured once as written, on the round's rules (commit 14011cd): ordered 3/6, padded/off-topic
# max 16.2 (mean strong 83.1, partial 41.0, wrong 27.7, off-topic 2.7, padded 0.0)
BLIND_FIGURE = "3/6"
# its failures then read: 5/6 after "top-2" became a number, "五成八" 58%, a number equal by
# chance to another thing's value no longer excused a wrong one, and "没有硬扛" was answered by
# "硬做了". Left: en-r5c-distributed (a full copy / a shard, same / different update, constant /
# linear in N told the other way: opposites, agent._comparison's, not numbers or actors).

_ZH = [
    Case(
        "zh-r5c-moe",
        "zh",
        "fundamentals",
        "MoE 模型的路由是怎么工作的？",
        "MoE 路由\n"
        "- 每层有多个专家 FFN，比如 Mixtral 是 8 个专家\n"
        "- 路由器（gate）对每个 token 打分，选 top-2 专家\n"
        "- token 的输出是两个专家输出按 gate 权重加权求和\n"
        "- 总参数 47B，但每个 token 只激活约 13B，推理成本接近 13B 的稠密模型\n"
        "- 需要负载均衡损失，防止少数专家被过度使用",
        "MoE 在每一层放了多个 FFN 专家，像 Mixtral 就是八个。"
        "路由器也就是 gate 会给每个 token 打分，挑分数最高的两个专家。"
        "这个 token 的输出就是这两个专家的输出按 gate 的权重加起来。"
        "所以总参数有四百七十亿左右，但每个 token 实际只用到大约一百三十亿，"
        "推理开销和 13B 的稠密模型差不多，也就是只动用了不到三分之一的参数。"
        "训练时还要加负载均衡的损失，不然少数几个专家会被用得特别多。",
        "就是有很多专家，路由器会选其中几个来算。",
        "MoE 每层有 64 个专家，路由器给每个 token 选 top-8 专家。"
        "token 的输出是 gate 分数最高的那一个专家的输出。"
        "总参数 47B，每个 token 也要激活全部 47B，所以推理成本和 47B 的稠密模型一样，"
        "负载均衡损失会让少数专家被过度使用。",
        "我们训练用的是 Megatron，张量并行开到 8，流水线并行开到 4，跑在两百多张卡上。",
        "MoE 模型的路由是怎么工作的？MoE 的路由就是 MoE 模型里的路由，它就是这么工作的，路由在 MoE "
        "里工作。",
    ),
    Case(
        "zh-r5c-project-recall",
        "zh",
        "project",
        "讲讲你做的客服 FAQ 检索改造。",
        "客服 FAQ 检索改造\n"
        "背景：原来用 ES 关键词匹配，top-1 命中率只有 58%，转人工率高\n"
        "- 我把检索换成 BM25 + 向量的混合召回，向量模型用 bge-base 在 3 万条客服对话上微调\n"
        "- 加了一个 cross-encoder 重排，只对 top-20 重排\n"
        "- 上线方式：先 10% 流量灰度一周\n"
        "- 结果：top-1 命中率从 58% 提到 81%，转人工率下降 12 个百分点",
        "原来只靠 ES 做关键词匹配，top-1 命中率才五成八左右，很多用户最后都转了人工。我把检索改成 "
        "BM25 加向量的混合召回，向量模型用 bge-base，拿三万条客服对话微调过。后面再接一个 "
        "cross-encoder 重排，只重排前二十条，延迟也还能接受。上线先切了百分之十的流量灰度了一周，"
        "最后 top-1 命中率从 58% 提到了 81%，涨了二十多个点，转人工率降了 12 个百分点。",
        "就是加了向量检索和重排，效果好了不少。",
        "原来用 ES 关键词匹配，top-1 命中率 81%。我把检索从混合召回换回了纯 BM25，向量模型用的是 "
        "bge-large，没有微调。重排对 top-200 全部重排，直接全量上线。结果 top-1 命中率提到了 95%，"
        "转人工率下降了 40 个百分点。",
        "客服团队有三十多个人，分早晚两班，我每周会去和他们的组长聊一次需求。",
        "讲讲你做的客服 FAQ 检索改造？就是客服的 FAQ 检索，我做了改造，改造了客服 FAQ 的检索。",
    ),
    Case(
        "zh-r5c-beh-priority",
        "zh",
        "behavioral",
        "讲一次你同时被几个需求压着、要做取舍的经历。",
        "需求取舍（STAR）\n"
        "情境：月底同时来了三个需求：老板要的周报看板、运营要的活动推荐、一个线上召回的小 bug\n"
        "任务：一周内只有我一个人能做\n"
        "行动：没有硬扛全部接下，先按影响和紧急程度排了序，和老板、运营一起对齐，先修线上 bug，"
        "活动推荐做最小版本，看板推到下个迭代\n"
        "结果：bug 当天修好，活动按时上线，看板下周交付，大家都接受\n"
        "反思：优先级要摆到桌面上和相关方一起定，不要自己默默加班",
        "月底那周一下子来了三件事：老板要一个周报看板，运营要活动推荐，线上召回还有个小 bug，而那周"
        "只有我一个人能做。我没有一个人全扛下来，先把三件事按影响和紧急程度排了个序，拉上老板和运营"
        "一起对了一遍：线上 bug 最先修，活动推荐先做一个最小能用的版本，看板挪到下个迭代。结果 bug "
        "当天就修好了，活动按时上了，看板第二周交付，大家都认可这个安排。我的体会是优先级要摆到桌面上"
        "和相关的人一起定，别自己闷头加班。",
        "我会先排优先级，重要的先做，不重要的往后放。",
        "月底同时来了三个需求：周报看板、活动推荐、线上召回的小 bug。我觉得都挺重要，就没跟任何人"
        "商量，自己连续熬了一周夜把三个都硬做了。结果活动推荐上线当天推荐出错被运营投诉，只好回滚，"
        "看板也延期了，线上 bug 拖了三天才修。",
        "我平时喜欢用 Notion 记笔记，会把每周的工作按项目整理成一页。",
        "讲一次你同时被几个需求压着、要做取舍的经历？就是同时被几个需求压着，要做取舍，这就是我做取舍"
        "的经历。",
    ),
]

_EN = [
    Case(
        "en-r5c-intro",
        "en",
        "self_intro",
        "Tell me about yourself.",
        "About me\n"
        "- Data scientist for 4 years, first at an e-commerce company, now at a logistics startup\n"
        "- Built the delivery-time prediction model: MAE went from 38 minutes to 21 minutes\n"
        "- Lead a team of 3; we moved our training from notebooks to scheduled Airflow pipelines\n"
        "- Want to work on larger-scale ML systems",
        "I've been a data scientist for about four years - first at an e-commerce company and "
        "now at a logistics startup. My main project was the delivery-time prediction model, "
        "which brought the error down from 38 minutes to 21 minutes MAE, nearly halving it. I "
        "lead a small team of three, and we moved our training off notebooks onto scheduled "
        "Airflow pipelines. Next I want to work on ML systems at a larger scale.",
        "I'm a data scientist working on prediction models, and I'd like to do bigger ML systems.",
        "I've been a data scientist for ten years, all at a bank. I built the delivery-time "
        "prediction model, and MAE went from 21 minutes to 38 minutes. I lead a team of 12 and "
        "we moved training from Airflow pipelines to notebooks. I want to move into frontend "
        "work.",
        "Outside work I coach a youth football team on weekends and I'm learning Japanese.",
        "Tell me about yourself? About myself: I'll tell you about me, which is telling you "
        "about myself.",
    ),
    Case(
        "en-r5c-distributed",
        "en",
        "fundamentals",
        "How does data-parallel training with all-reduce work?",
        "Data parallelism\n"
        "1. Every GPU holds a full copy of the model and gets a different slice of the batch\n"
        "2. Each GPU computes gradients on its own slice\n"
        "3. All-reduce averages the gradients across GPUs, so every copy applies the same update\n"
        "4. Ring all-reduce sends about 2(N-1)/N of the gradient size per GPU, nearly constant in "
        "N\n"
        "5. Gradient communication overlaps with the backward pass (bucketing in PyTorch DDP)",
        "Each GPU keeps a complete copy of the model and receives its own slice of the batch. "
        "The GPUs compute gradients on their slices independently, then an all-reduce averages "
        "those gradients so every replica applies exactly the same update. With ring all-reduce "
        "each GPU sends roughly twice the gradient size no matter how many GPUs there are, and "
        "PyTorch DDP buckets gradients so the communication overlaps the backward pass.",
        "Every GPU has a copy of the model and they average their gradients.",
        "Each GPU holds a different shard of the model and all GPUs get the same batch. One GPU "
        "computes the gradients and all-reduce sends them to the others, so each copy applies a "
        "different update. Ring all-reduce traffic grows linearly with N, and the communication "
        "waits until the backward pass is over.",
        "For hyperparameter search we use Optuna with a median pruner, usually around 50 trials.",
        "How does data-parallel training with all-reduce work? Data-parallel training works with "
        "all-reduce, and all-reduce is how the data-parallel training works.",
    ),
    Case(
        "en-r5c-beh-disagree",
        "en",
        "behavioral",
        "Tell me about a time you disagreed with a senior engineer.",
        "Disagreement (STAR)\n"
        "Situation: a senior engineer wanted to add a Redis cache in front of our search API\n"
        "Task: I thought the slow part was the database query, not the API\n"
        "Action: I didn't argue in the meeting; I profiled a day of traffic and showed that 70% "
        "of the latency was one unindexed query, then proposed adding the index first\n"
        "Result: the index cut p95 from 900 ms to 250 ms; we never needed the cache\n"
        "Lesson: bring data to a disagreement, and propose the smallest test",
        "A senior engineer wanted to put a Redis cache in front of our search API, but I "
        "suspected the database query was the slow part, not the API. Instead of arguing in the "
        "meeting, I profiled a day of traffic and found that about seventy percent of the "
        "latency came from a single query with no index, so I suggested we add the index first. "
        "That took p95 from 900 to 250 milliseconds - more than three times faster - and the "
        "cache was never needed. I learned to bring data to a disagreement and to propose the "
        "smallest test.",
        "I disagreed about a cache once, so I looked at the data and we solved it another way.",
        "A senior engineer wanted to add a Redis cache in front of our search API. I argued "
        "against it in the meeting right away and escalated to our manager. We added the index "
        "anyway, p95 only went from 900 ms to 850 ms, so in the end we had to roll back and add "
        "the cache after all.",
        "I think code review is one of the best ways to learn; I try to review two PRs a day.",
        "Tell me about a time you disagreed with a senior engineer? That time, I disagreed with "
        "a senior engineer, it was a disagreement with a senior engineer.",
    ),
]

CASES = [*_ZH, *_EN]
