"""A seventh held-out set: twelve questions written blind, measured once, never tuned on.

Written (six zh and six en, four stages, five answers each) by someone who had not read
the estimator's rules, on topics no other set uses, while the estimator was being tuned
elsewhere; its author did not tune it and its tuner never saw it. References are messy
notes (headings, lists, bold, half sentences, mixed zh/en terms). Answers are written as
candidates speak: strong ones paraphrase; partials are vague or make one point, some with
none of the reference's words; wrong ones share the reference's words but get the
mechanism, a number or the order of steps wrong, often with no negation at all; off-topic
ones are fluent about something else; padded ones restate the question. Its first figure
(benchmarks/_judgement_scores.py), 1/12 ordered and padded/off-topic max 35.0 on commit
49df4a4's estimator, is the blind one; it belongs in no threshold test.
"""

from __future__ import annotations

from judgement_holdout7_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h7-speculative",
        "zh",
        "fundamentals",
        "推测解码（speculative decoding）为什么能加速推理？",
        "## Speculative Decoding\n"
        "**核心**：小模型（draft model）先猜，大模型（target）一次验证\n"
        "1. draft 模型自回归地生成 k 个候选 token，很便宜\n"
        "2. 大模型把这 k 个 token 一次 forward 并行打分 —— 解码是 memory-bound，多算几个 token "
        "几乎不增加时间\n"
        "3. 从左到右逐个接受，第一个被拒的位置用大模型的分布重新采样，后面的全丢掉\n"
        "4. 用 rejection sampling 保证输出分布和大模型单独解码**完全一样**，不掉点\n"
        "- 加速看接受率，一般 2~3x；draft 和 target 要同一个 tokenizer",
        "它的思路是拿一个小的草稿模型先往后猜几个 token，比如猜四五个，然后大模型拿这几个 token "
        "一次前向就能全部打分。因为大模型解码其实卡在显存带宽上，一次多验几个 token 跟验一个花的"
        "时间差不多。验证的时候从前往后看，哪个位置大模型不认可了，就在那个位置按大模型自己的分布"
        "重新采一个，后面猜的全扔掉。它用的是拒绝采样那套，所以最后的输出分布跟大模型自己一个个"
        "生成是一样的，质量不会掉。实际能快两三倍吧，看小模型猜得准不准，另外两个模型词表得一致。",
        "嗯……就是让一个小模型先帮忙生成，大模型再检查一下，大概能快一些吧，具体怎么检查的我没太"
        "细看。",
        "推测解码是大模型先生成 k 个 token，然后交给 draft 小模型去验证，小模型验证通过的就接受。"
        "因为小模型算得快，所以整体就快了。k 设得越大越好，一般能加速到十倍左右，最后的输出分布"
        "跟 draft 小模型的一致。",
        "加速推理的话我们主要用 vLLM，它的 continuous batching 能把不同请求动态拼到一个 batch "
        "里，再加上 PagedAttention 管理显存，吞吐能提升好几倍，另外还可以做 INT8 量化。",
        "推测解码为什么能加速推理呢？就是因为它是推测解码，推测解码就是推测着解码，所以推理就"
        "加速了，这就是推测解码能加速的原因，嗯，推测解码确实能加速推理。",
    ),
    Case(
        "zh-h7-mixed-precision",
        "zh",
        "fundamentals",
        "混合精度训练是怎么做的？为什么需要 loss scaling？",
        "混合精度训练 (AMP)\n"
        "- 前向、反向用 FP16/BF16 算，矩阵乘走 Tensor Core，快、省显存\n"
        "- 另外保留一份 FP32 的 master weights，optimizer 更新在 FP32 上做，避免很小的更新被"
        "舍入掉\n"
        "- loss scaling：FP16 表示范围小，小梯度会下溢成 0 → 先把 loss 乘一个大系数再 backward，"
        "更新前再除回来\n"
        "- 动态 loss scale：出现 inf/nan 就跳过这一步，scale 减半\n"
        "- BF16 指数位和 FP32 一样多，范围够，一般不用 loss scaling",
        "混合精度就是前向反向这些计算用半精度，FP16 或者 BF16，这样能用上 Tensor Core，速度快"
        "显存也省。但是参数会另外存一份 FP32 的主权重，优化器 step 是在 FP32 上更新的，不然学习率"
        "乘梯度这种很小的数加到权重上直接就被舍没了。loss scaling 是因为 FP16 能表示的范围窄，很多"
        "梯度太小会下溢变成零，所以先把 loss 放大比如几千倍再反传，更新参数之前再缩回去。一般用"
        "动态的，梯度里出现 inf 或者 nan 就跳过这步、把缩放系数调小。要是用 BF16，它指数位跟 FP32 "
        "一样，范围够大，通常就不用 scaling 了。",
        "我们一般就是用 torch 的 autocast 加 GradScaler，两行代码的事，能省不少显存。原理的话大概"
        "就是一部分用半精度算吧。",
        "混合精度是前向用 FP32、反向用 FP16 来算，权重只保存一份 FP16 的，这样显存最省。loss "
        "scaling 是因为 FP16 容易上溢，所以要先把 loss 除以一个很大的系数再反向传播，出现 nan 就"
        "把 scale 翻倍。BF16 的尾数位比 FP16 多，所以更需要 loss scaling。",
        "显存不够的时候我一般会开 gradient accumulation，把一个大 batch 拆成几个小 batch 累积梯度，"
        "再配合 DeepSpeed ZeRO-2 把优化器状态切到不同卡上，这样 7B 模型在 8 张 A100 上就能训了。",
        "混合精度训练是怎么做的？就是混合着精度来训练。为什么需要 loss scaling，因为需要 loss "
        "scaling 嘛，混合精度训练就是需要 loss scaling 的，所以要做 loss scaling。",
    ),
    Case(
        "zh-h7-project-rewrite",
        "zh",
        "project",
        "讲讲你做的多轮对话 query 改写项目。",
        "**项目：多轮对话 query 改写**\n"
        "背景：客服机器人多轮场景，用户第二轮常说“那退款呢”“它多少钱”，直接拿去检索，召回很差\n"
        "我的工作：\n"
        "1. 从线上日志捞了 2 万条多轮 session，人工 + GPT-4 标注改写后的完整 query\n"
        "2. Qwen-7B 做 SFT，输入 = 历史 3 轮 + 当前 query，输出改写后的独立 query\n"
        "3. 加了个判断要不要改写的分类头，单轮完整 query 直接透传，省延迟\n"
        "4. 后面蒸馏到 1.8B，线上 P99 控制在 150ms\n"
        "结果：多轮场景召回 top5 命中率 61% → 78%，转人工率降 3 个点",
        "这个是给客服机器人做的。多轮的时候用户经常说半句话，比如上一轮问了会员，这一轮就说"
        "“那退款呢”，直接拿这句去检索基本搜不到东西。我先从线上日志里拉了大概两万个多轮会话，"
        "一部分人工标、一部分让 GPT-4 先写再人工校，标出补全以后的完整问题。然后拿 Qwen 7B 做"
        "微调，把前面三轮对话和当前这句拼起来当输入，让它输出一个能单独拿去检索的 query。为了不"
        "拖慢，加了个小的分类判断，本来就完整的问题就不改写直接过。后来又蒸馏到 1.8B，P99 压到 "
        "150 毫秒左右。效果上多轮场景 top5 命中从百分之六十一提到七十八，转人工也少了三个点。",
        "就是把用户的问题先改写一下再去检索，用大模型做的，上线后效果提升还挺明显的。",
        "我们是先把 Qwen-7B 蒸馏到 1.8B，再拿 200 条标注数据做 SFT，输入只用当前这一轮 query。"
        "所有 query 都统一过一遍改写，线上 P99 大概 1.5 秒。多轮场景 top5 命中率提到了 95%，"
        "转人工率降了一半。",
        "我们客服机器人的知识库是用 Elasticsearch 建的，文档先按段落切块，每块 512 个 token，然后"
        "用 bge 做向量，混合检索之后再用 reranker 排序，这套架构支撑了十几条业务线。",
        "讲讲多轮对话 query 改写项目，好的，这个项目就是多轮对话的 query 改写，我们对多轮对话里的 "
        "query 做改写，改写之后就是改写过的 query，这就是这个多轮对话 query 改写项目。",
    ),
    Case(
        "zh-h7-beh-pm",
        "zh",
        "behavioral",
        "产品经理在上线前一周突然要加一个需求，你是怎么处理的？",
        "临时加需求 (STAR)\n"
        "S：推荐页改版上线前一周，PM 要加“猜你喜欢”实时刷新\n"
        "T：评估能不能做、做了风险多大\n"
        "A：\n"
        "- 没直接拒绝，先问清楚背后的目标 —— 其实是想提升首屏点击\n"
        "- 评估：实时刷新要改特征链路，至少两周，硬上有线上风险\n"
        "- 给替代方案：先用现有离线结果每小时刷新一次，实时版放下个迭代\n"
        "- 拉上 PM 和 leader 一起对齐，写进排期\n"
        "R：按时上线，小时级刷新首屏 CTR +2%，实时版一个月后上线",
        "那次是推荐页改版，离上线还有一周，PM 突然说要把“猜你喜欢”改成实时刷新。我没直接说不行，"
        "先跟她聊了聊她到底想要什么，其实核心是想把首屏的点击拉上去。然后我评估了一下，真要实时"
        "得动特征那条链路，起码两周，硬塞进来上线风险很大。所以我提了个折中，先用现成的离线结果"
        "按小时刷，实时的放到下个迭代做。后来拉着她和我们 leader 三个人对了一下，写进了排期。最后"
        "按时上线了，小时级刷新首屏点击率涨了两个点左右，实时版本一个月以后也上了。",
        "我觉得还是要先沟通吧，看看这个需求是不是真的那么急，能做就做，做不了就往后排。",
        "那次 PM 要加实时刷新，我当场就答应了，带着组里连着加了一周班，把实时特征链路硬上了，"
        "上线当天出了故障只好回滚，后来 leader 才知道这件事，实时版最后拖了三个月才上。",
        "我们推荐系统的排序模型用的是 DeepFM，特征包括用户画像、物品侧统计特征和实时行为序列，"
        "线上用 TF Serving 部署，每天增量训练一次。",
        "产品经理上线前一周突然要加需求，我是怎么处理的呢？就是处理这个突然加的需求，上线前一周"
        "加需求确实很突然，我就处理了一下，这就是我处理的方式。",
    ),
    Case(
        "zh-h7-beh-crossteam",
        "zh",
        "behavioral",
        "讲一次你跨团队推动一件事的经历。",
        "跨团队推动：统一埋点规范\n"
        "背景：三条业务线埋点字段各写各的，同一个“点击”有 5 种叫法，数仓每周花 2 天对口径\n"
        "我做了什么\n"
        "1. 先拉了各团队近半年的埋点，整理出冲突清单，用数据说明成本\n"
        "2. 每个团队找一个接口人，开了两次评审会，一起定字段字典\n"
        "3. 在 SDK 里加校验，不合规的埋点在测试环境直接报警\n"
        "4. 先在一条业务线试点，跑通再推广\n"
        "结果：两个月三条线都迁完，对口径时间从每周 2 天降到半天\n"
        "体会：没有职权的时候，靠数据 + 降低对方的迁移成本",
        "我之前推过一个统一埋点的事。当时三条业务线的埋点各搞各的，光“点击”这个事件就有五六种"
        "命名，数仓同学每周要花两天去对口径。我先把各团队近半年的埋点拉出来，整理了一份冲突的"
        "清单，把这事花了多少人力算清楚给大家看。然后每个团队找了一个对接人，开了两轮评审，一起把"
        "字段字典定下来。为了让规范真的落地，我在 SDK 里加了校验，测试环境里不合规的埋点会直接"
        "告警。也没有一口气全推，先挑一条业务线试点，跑顺了再铺开。两个月左右三条线都迁完了，对"
        "口径从每周两天降到半天。我的体会是没有职权的时候，得靠数据说话，再尽量把别人迁移的成本"
        "降下来。",
        "跨团队的事情主要就是多沟通，拉个群，定期开会同步进度，有问题及时找对方 leader 协调。",
        "统一埋点那次，我是先让三条业务线同时全量切到新规范，切完之后再去整理冲突清单。字段字典"
        "是我一个人定的，发了封邮件通知大家照着改。SDK 校验是上线半年以后才加的，前后花了一年才"
        "迁完。",
        "我们数仓是分层建的，ODS、DWD、DWS、ADS 四层，用 Hive 跑离线任务，Flink 做实时，调度用 "
        "Airflow，每天凌晨跑完全部任务大概要三个小时。",
        "讲一次跨团队推动一件事的经历，嗯，跨团队推动事情确实有过，就是跨团队去推动一件事情，推动"
        "的时候是跨团队的，这就是我跨团队推动的经历。",
    ),
    Case(
        "zh-h7-intro",
        "zh",
        "self_intro",
        "可以先做个简单的自我介绍吗？",
        "自我介绍（控制在 1 分钟）\n"
        "- 李静，浙大计算机硕士在读，明年 6 月毕业\n"
        "- 方向：NLP，研究生期间做信息抽取，一篇 ACL Findings（二作）\n"
        "- 实习：字节 AI Lab，做 RAG 检索增强，负责 embedding 微调，召回 +6%\n"
        "- 求职：大模型应用算法岗",
        "面试官您好，我叫李静，现在在浙大读计算机的硕士，明年六月份毕业。我研究方向是 NLP，主要做"
        "信息抽取，有一篇 ACL Findings，我是第二作者。之前在字节的 AI Lab 实习过，做的是检索增强"
        "那块，我主要负责 embedding 模型的微调，把召回提了六个点左右。这次想应聘的是大模型应用的"
        "算法岗。",
        "我叫李静，浙大的研究生，做 NLP 的。",
        "我叫李静，浙大计算机博士，已经毕业三年了，方向是计算机视觉，做目标检测。在字节 AI Lab 是"
        "正式员工，负责图像生成，这次想找后端开发的岗位。",
        "我觉得大模型应用最大的挑战是幻觉和成本，未来 Agent 会是一个很重要的方向，尤其是工具调用"
        "和多智能体协作。",
        "可以先做个简单的自我介绍吗？可以的，我先做个简单的自我介绍，自我介绍就是介绍我自己，这"
        "就是一个简单的自我介绍。",
    ),
]


CASES = _ZH + EN
