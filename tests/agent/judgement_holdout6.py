"""A sixth held-out set: ten questions written before the fourth ordering round, measured once.

Written (zh and en, four stages, five answers each) before any change to the offline
estimator in that round. Strong answers paraphrase and sometimes restate the reference's
own contrasts ("不是…而是…", "rather than"); wrong answers share the reference's words but
reverse a comparison, swap "A rather than B", deny, or claim something of a different
kind; partials are vague or make one point; padded answers restate the question.
Its first figure is the blind one; no rule was tuned on it.
"""

from __future__ import annotations

from judgement_set import Case

_ZH = [
    Case(
        "zh-h6-layernorm",
        "zh",
        "fundamentals",
        "Transformer 里为什么用 LayerNorm 而不是 BatchNorm？",
        "LayerNorm vs BatchNorm\n"
        "1. BatchNorm 在 batch 维度上做归一化，依赖 batch 的统计量\n"
        "2. NLP 里序列长度不一、padding 多，batch 统计量不稳定\n"
        "3. LayerNorm 在单个样本的特征维度上归一化，和 batch 大小无关\n"
        "4. 训练和推理行为一致，不需要维护滑动均值\n"
        "5. Pre-LN 放在残差分支之前，训练更稳定",
        "BatchNorm 是沿着 batch 维度去算均值方差的，很依赖一个 batch 里的统计量；而文本序列长短"
        "不一，padding 又多，这些统计量就很不稳。LayerNorm 不是在 batch 上归一化，而是在每个样本"
        "自己的特征维度上做，所以跟 batch 大小没关系，训练和推理时的行为也一样，不用存滑动平均。"
        "另外现在大多用 Pre-LN，把 LayerNorm 放到残差分支前面，训练会更稳。",
        "因为 BatchNorm 在 NLP 里效果不太好，LayerNorm 更合适一些。",
        "因为 LayerNorm 是在 batch 维度上归一化的，比 BatchNorm 统计量更多、更稳定；它推理时也要"
        "维护滑动均值，而且 Post-LN 比 Pre-LN 训练更稳定。",
        "我们模型一般用 AdamW 优化器，学习率用 warmup 加余弦衰减，batch size 设成 256。",
        "Transformer 里为什么用 LayerNorm 而不是 BatchNorm？就是因为用 LayerNorm 不用 BatchNorm，"
        "所以 Transformer 用的是 LayerNorm。",
    ),
    Case(
        "zh-h6-quantization",
        "zh",
        "fundamentals",
        "大模型量化是怎么回事？会有什么代价？",
        "模型量化\n"
        "- 把权重（有时还有激活）从 FP16 换成 INT8 或 INT4 表示\n"
        "- 好处：显存占用更小，推理更快，能在更小的卡上部署\n"
        "- 代价：精度会有损失，位数越低损失越大\n"
        "- 训练后量化（PTQ）不需要重新训练，量化感知训练（QAT）效果更好但成本高\n"
        "- GPTQ、AWQ 用少量校准数据减少误差",
        "量化就是把模型权重，有时候也包括激活，从 FP16 压到 INT8 甚至 INT4 来存和算。这样显存"
        "小了很多，推理也更快，能放到更小的显卡上跑。代价是精度会掉，位数越低掉得越多。做法上分"
        "训练后量化 PTQ，不用重新训练；还有量化感知训练 QAT，效果更好但是成本更高。像 GPTQ、AWQ "
        "这些方法会用一小批校准数据来减小量化误差。",
        "就是把模型变小一点，跑得快一点，可能会有点精度损失吧。",
        "量化是把权重从 INT8 换成 FP16 表示，位数变高了所以精度更高、没有任何损失，代价是显存占用"
        "更大；QAT 比 PTQ 成本更低，GPTQ 不需要任何数据。",
        "我平时部署用 vLLM，它的 PagedAttention 管理 KV cache 很高效，吞吐比 HuggingFace 高很多。",
        "大模型量化是怎么回事？会有什么代价？量化就是量化，大模型的量化就是这么回事，代价就是量化"
        "的代价。",
    ),
    Case(
        "zh-h6-project-search",
        "zh",
        "project",
        "介绍一下你做的电商搜索召回优化。",
        "电商搜索召回优化\n"
        "背景：原来只有关键词倒排召回，长尾 query 无结果率 8%\n"
        "- 我加了一路向量召回：双塔模型，query 塔和商品塔，用点击日志训练\n"
        "- 负样本用 batch 内负采样加难负例\n"
        "- 向量检索用 Faiss 的 HNSW 索引，延迟控制在 20ms 内\n"
        "- 结果：无结果率从 8% 降到 2%，GMV 提升 1.5%",
        "原来搜索只靠关键词倒排召回，长尾的 query 有 8% 搜不到结果。我加了一路向量召回，用的双塔，"
        "一个塔编码 query，一个塔编码商品，拿点击日志训练。负样本一部分是 batch 内的，另外加了难"
        "负例。检索用 Faiss 的 HNSW 索引，延迟压在 20 毫秒以内。上线后无结果率从 8% 降到了 2%，"
        "GMV 涨了 1.5%。",
        "主要是做了一个向量召回，效果还不错。",
        "我把向量召回替换掉了原来的倒排召回，用的是单塔交叉编码模型，没有用负采样，检索用暴力计算，"
        "延迟大概 200ms，无结果率从 2% 升到了 8%。",
        "那个组的同事都很年轻，周会气氛很轻松，我们每个月还会一起去爬山。",
        "介绍一下你做的电商搜索召回优化？我做的就是电商搜索的召回优化，优化了电商搜索的召回，这就是"
        "我做的优化。",
    ),
    Case(
        "zh-h6-beh-conflict",
        "zh",
        "behavioral",
        "说一次你和同事意见不一致的经历，你是怎么处理的？",
        "意见分歧（STAR）\n"
        "- 情境：和后端同事争论特征该实时算还是离线算\n"
        "- 行动：没有在群里争，而是约他当面聊，先听他的顾虑（线上延迟）\n"
        "- 一起做了小实验：实时特征带来的 AUC 提升只有 0.2%，延迟多 30ms\n"
        "- 结果：按数据决定先用离线特征，他也认可\n"
        "- 反思：用数据说话，而不是比谁嗓门大",
        "有一次我和后端同事争特征到底是实时算还是离线算。我没在群里跟他吵，而是约他当面聊，先听他"
        "担心的是线上延迟。然后我们一起做了个小实验，发现实时特征只带来 0.2% 的 AUC 提升，延迟却"
        "多了 30 毫秒。最后按数据先用离线特征，他也认可。我的体会是靠数据说话，而不是看谁声音大。",
        "我会和他好好沟通，互相理解一下对方的想法。",
        "我们在群里吵了好几天，最后我直接找领导拍板用实时特征，没有做实验，他到现在还不太服气。",
        "我平时喜欢打羽毛球，公司楼下就有场地，午休经常去打。",
        "说一次你和同事意见不一致的经历？我和同事意见不一致过，这就是一次意见不一致的经历，我是这么"
        "处理的。",
    ),
    Case(
        "zh-h6-intro",
        "zh",
        "self_intro",
        "请简单介绍一下你自己。",
        "自我介绍\n"
        "1. 王磊，北京邮电大学通信工程本科\n"
        "2. 三年后端开发经验，在美团做订单系统，Java 和 Go\n"
        "3. 主导过订单库分库分表，支撑日均千万级订单\n"
        "4. 想转向云原生和基础架构方向",
        "面试官好，我是王磊，北京邮电大学通信工程本科毕业。工作三年，一直在美团做后端，负责订单系统，"
        "主要写 Java 和 Go。做得比较有代表性的是主导了订单库的分库分表，能撑住每天上千万的订单。"
        "接下来想往云原生和基础架构方向发展。",
        "我叫王磊，做了几年后端开发。",
        "我是王磊，北京邮电大学的研究生，学的是金融，一直在做前端开发，主要写 React，没有做过订单"
        "系统，也没接触过分库分表。",
        "我是一个很有责任心的人，做事认真，抗压能力也比较强。",
        "请简单介绍一下你自己？好的，我简单介绍一下我自己，我就是我自己，这是我的简单介绍。",
    ),
]

_EN = [
    Case(
        "en-h6-dropout",
        "en",
        "fundamentals",
        "What does dropout do, and how is it used at inference time?",
        "Dropout:\n"
        "- During training, each unit is zeroed with probability p on every step\n"
        "- This stops units from co-adapting and acts as a regulariser against overfitting\n"
        "- It is roughly like training an ensemble of thinned networks\n"
        "- At inference dropout is turned off rather than sampled\n"
        "- Inverted dropout scales the kept activations by 1/(1-p) during training, so nothing "
        "changes at test time",
        "While training, every step randomly zeroes each unit with some probability p, so no "
        "unit can rely on particular others being there; that breaks co-adaptation and "
        "regularises the network against overfitting. You can see it as training a big "
        "ensemble of thinned sub-networks that share weights. At inference you switch dropout "
        "off rather than sampling masks, and because the usual inverted dropout already "
        "scales the surviving activations by one over one minus p during training, nothing "
        "needs rescaling at test time.",
        "It randomly drops some neurons during training to reduce overfitting.",
        "Dropout removes whole layers permanently to make the network smaller and faster. At "
        "inference it stays on, sampling masks rather than being turned off, and it makes "
        "overfitting worse rather than better, which is why you rescale by p at test time.",
        "I usually use early stopping and a cosine learning-rate schedule when I train, and "
        "log everything to Weights & Biases.",
        "What does dropout do, and how is it used at inference time? Dropout does dropout, and "
        "at inference time it is used the way dropout is used at inference.",
    ),
    Case(
        "en-h6-precision-recall",
        "en",
        "fundamentals",
        "When would you care more about recall than precision?",
        "Precision vs recall:\n"
        "- Precision: of the items flagged positive, how many really are\n"
        "- Recall: of the real positives, how many were flagged\n"
        "- Favour recall when missing a positive is costly: cancer screening, fraud\n"
        "- Favour precision when false alarms are costly: spam filtering\n"
        "- Moving the decision threshold trades one for the other",
        "Precision asks, of everything I flagged as positive, how much really was; recall asks, "
        "of all the real positives, how many I caught. I'd favour recall when a missed "
        "positive is expensive, like screening for cancer or catching fraud, because a false "
        "alarm just costs a second look. For something like a spam filter it's the other way "
        "round, false alarms hurt more, so precision matters. Moving the decision threshold "
        "trades one off against the other.",
        "When missing something is worse than a false alarm, like in medical tests.",
        "Recall is the share of flagged items that are really positive, so you favour recall "
        "when false alarms are expensive, like spam filtering, rather than when misses are; "
        "in cancer screening precision matters more than recall.",
        "Most of my models are evaluated with AUC, and I build dashboards in Grafana to watch "
        "them in production.",
        "When would you care more about recall than precision? You care more about recall "
        "than precision when recall matters more than precision.",
    ),
    Case(
        "en-h6-project-etl",
        "en",
        "project",
        "Tell me about the data pipeline you rebuilt.",
        "Pipeline rebuild:\n"
        "- Background: nightly cron scripts in Python, failures found only by analysts the next "
        "morning\n"
        "- Moved the jobs to Airflow with retries and alerts on failure\n"
        "- Added data-quality checks with Great Expectations before each load\n"
        "- Switched from full reloads to incremental loads keyed on updated_at\n"
        "- Result: run time from six hours to forty minutes, silent failures went to zero",
        "We had a pile of nightly cron scripts in Python, and when one failed nobody knew until "
        "an analyst complained the next morning. I moved the jobs into Airflow, with retries "
        "and alerts whenever a task fails, and added Great Expectations checks so bad data is "
        "caught before each load. I also changed the loads from full reloads to incremental "
        "ones keyed on the updated_at column. The nightly run went from about six hours to "
        "forty minutes, and we stopped having failures nobody noticed.",
        "I moved some scripts to a scheduler so they were easier to manage.",
        "I kept the cron scripts and just added more of them; instead of incremental loads I "
        "switched everything to full reloads, there were no data-quality checks, and the "
        "run time went from forty minutes to six hours.",
        "The company had a great learning budget, and I used it to get an AWS certification.",
        "Tell me about the data pipeline you rebuilt. The data pipeline I rebuilt was a "
        "pipeline for data, and I rebuilt it.",
    ),
    Case(
        "en-h6-beh-feedback",
        "en",
        "behavioral",
        "Tell me about a time you received critical feedback.",
        "Critical feedback (STAR):\n"
        "- Situation: in my first review my lead said my design docs were too long and buried "
        "the decision\n"
        "- Action: asked for an example of a doc she liked, and started putting the decision "
        "and trade-offs in the first paragraph\n"
        "- Asked a teammate to review my next three docs before sending them\n"
        "- Result: review meetings got shorter and my next doc was approved in one round\n"
        "- Lesson: ask for a concrete example instead of getting defensive",
        "In my first performance review my lead told me my design docs were far too long and "
        "the actual decision was buried at the end. Instead of arguing, I asked her for an "
        "example of a doc she thought was good, and from then on I put the decision and the "
        "trade-offs in the first paragraph. I also had a teammate read my next three docs "
        "before I sent them out. The review meetings got shorter and the next doc was approved "
        "in a single round. What I took from it is to ask for a concrete example rather than "
        "get defensive.",
        "My manager said my communication could be better, so I tried to improve it.",
        "My lead said my design docs were too short, so I made them longer and moved the "
        "decision to the end; I argued with her rather than asking for an example, and the "
        "next doc needed four rounds of review.",
        "I really enjoy mentoring interns, and last summer I ran a small study group for them.",
        "Tell me about a time you received critical feedback. There was a time I received "
        "critical feedback, and that was a time I received it.",
    ),
    Case(
        "en-h6-intro",
        "en",
        "self_intro",
        "Tell me a bit about yourself.",
        "About me:\n"
        "- Priya Shah, BSc in Computer Science, University of Toronto\n"
        "- Four years as an Android engineer at a food-delivery company, Kotlin\n"
        "- Led the rewrite of the checkout flow, cutting crash rate by 60%\n"
        "- Looking to move into a mobile platform or tooling role",
        "Sure. I'm Priya Shah; I studied computer science at the University of Toronto. For "
        "the last four years I've been an Android engineer at a food-delivery company, writing "
        "Kotlin. The piece of work I'm proudest of is leading the rewrite of our checkout "
        "flow, which cut the crash rate by about sixty percent. Next I'd like to move into a "
        "mobile platform or tooling role.",
        "I'm Priya, I'm a software engineer and I've worked on mobile apps.",
        "I'm Priya Shah. I studied biology at McGill, and I've spent four years as an iOS "
        "designer rather than an engineer; I've never written Kotlin and didn't work on the "
        "checkout flow.",
        "I'm a big fan of hiking, and last year I walked the whole West Coast Trail.",
        "Tell me a bit about yourself. A bit about myself: well, I'm myself, and that's a bit "
        "about me.",
    ),
]

CASES = _ZH + _EN
