"""A fourth held-out set: six questions written before the second ordering round, measured once.

Written (zh and en, four stages, five answers each) before any change to the offline
estimator in that round, so its figure before and after the change is a blind one.
"""

from __future__ import annotations

from judgement_set import Case

_ZH = [
    Case(
        "zh-h4-batchnorm",
        "zh",
        "fundamentals",
        "BatchNorm 在训练和推理时有什么不同？",
        "BatchNorm 训练与推理\n"
        "- 训练时用当前 batch 的均值和方差做归一化\n"
        "- 同时用滑动平均累积全局的均值和方差\n"
        "- 推理时用累积的全局统计量，不依赖 batch\n"
        "- batch 太小时统计量不准，可以换 LayerNorm 或 GroupNorm",
        "训练的时候 BatchNorm 用当前这个 batch 的均值和方差来归一化，同时用滑动平均把全局的均值"
        "和方差累积下来。推理的时候就不看 batch 了，直接用训练时累积的全局统计量，这样单个样本也"
        "能算。如果 batch 很小，统计量会不准，这时候可以换成 LayerNorm 或者 GroupNorm。",
        "训练和推理用的均值方差来源不一样，推理时用的是之前存下来的。",
        "BatchNorm 训练和推理完全一样，推理时也是用当前 batch 的均值和方差，batch 越小统计量越准。",
        "我觉得深度学习框架现在都很成熟了，PyTorch 用起来很方便，社区也很大。",
        "BatchNorm 在训练和推理时有什么不同？BatchNorm 训练时和推理时是不同的，这就是它的不同。",
    ),
    Case(
        "zh-h4-project-cache",
        "zh",
        "project",
        "你在接口性能优化项目里做了什么？",
        "接口性能优化\n"
        "- 背景：商品详情接口 P99 延迟 800ms，高峰期经常超时\n"
        "- 我负责：加了 Redis 缓存热点商品，设置随机过期时间防止雪崩\n"
        "- 把串行的三次下游调用改成并发\n"
        "- 结果：P99 降到 150ms，超时率从 2% 降到 0.1%",
        "商品详情接口原来 P99 延迟有 800ms，高峰期老超时。我先给热点商品加了 Redis 缓存，过期时间"
        "加了随机值，避免同时失效造成雪崩。然后把原来串行的三次下游调用改成并发请求。最后 P99 "
        "降到了 150ms，超时率从 2% 降到了 0.1%。",
        "我主要是加了缓存，接口快了不少。",
        "我把 Redis 缓存去掉了，三次下游调用改回串行，结果 P99 从 150ms 升到了 800ms。",
        "那个项目组氛围很好，大家经常一起吃饭，我也学到了很多沟通技巧。",
        "你在接口性能优化项目里做了什么？我在接口性能优化项目里做了接口的性能优化。",
    ),
    Case(
        "zh-h4-beh-feedback",
        "zh",
        "behavioral",
        "讲一次你收到负面反馈后是怎么处理的。",
        "负面反馈（STAR）\n"
        "- 情境：代码评审时导师说我的模块耦合太重，很难测试\n"
        "- 行动：我先约他聊清楚具体问题，再把模块拆成三个接口，补了单元测试\n"
        "- 结果：重构后测试覆盖率从 30% 提到 80%，后续需求改动快了很多\n"
        "- 反思：反馈是针对代码不是针对人，先问清楚再动手",
        "有一次代码评审，导师说我写的模块耦合太重，几乎没法测试。我一开始有点不服，后来约他"
        "单独聊，把具体问题问清楚，然后把模块拆成三个接口，补上单元测试。重构以后测试覆盖率从 "
        "30% 提到了 80%，后面改需求也快了很多。我学到的是，反馈针对的是代码不是人，"
        "先问清楚再动手。",
        "导师说我代码写得不好，我就改了改。",
        "导师说我的模块耦合太重，我没理他，也没有拆模块，测试覆盖率一直是 30%。",
        "我平时比较喜欢跑步，周末经常去公园跑十公里，能放松心情。",
        "讲一次你收到负面反馈后是怎么处理的？我收到负面反馈后就处理了负面反馈。",
    ),
]

_EN = [
    Case(
        "en-h4-dropout",
        "en",
        "fundamentals",
        "How does dropout reduce overfitting?",
        "Dropout:\n"
        "- During training each unit is zeroed with probability p\n"
        "- Units cannot rely on specific other units, so features become more robust\n"
        "- It acts like averaging an ensemble of many thinned networks\n"
        "- At inference dropout is off and activations are scaled to match",
        "During training, dropout zeroes each unit with probability p, so a unit cannot rely on "
        "any particular other unit being present and has to learn more robust features. In "
        "effect you train many thinned networks that share weights, and at test time you get "
        "something like their ensemble average. At inference dropout is turned off and the "
        "activations are scaled so their expected value matches training.",
        "It randomly turns off some neurons while training so the network does not overfit.",
        "Dropout removes whole layers permanently after training, and at inference it drops "
        "even more units than during training, which makes the network smaller and faster.",
        "I usually tune the learning rate first, since it matters most for how fast the loss "
        "goes down in my experiments.",
        "How does dropout reduce overfitting? Dropout reduces overfitting by reducing the "
        "overfitting, that is how dropout works to reduce it.",
    ),
    Case(
        "en-h4-project-migration",
        "en",
        "project",
        "Tell me about the database migration you led.",
        "Database migration:\n"
        "- Moved the orders service from MySQL to PostgreSQL with zero downtime\n"
        "- I set up dual writes and a backfill job, then compared row checksums nightly\n"
        "- Switched reads over gradually behind a feature flag, 5% then 50% then 100%\n"
        "- Result: no data loss, query latency down 35%",
        "I led moving our orders service from MySQL to PostgreSQL without downtime. I set up "
        "dual writes to both databases plus a backfill job for old rows, and ran a nightly "
        "checksum comparison of the rows. Then we moved reads over behind a feature flag, 5 "
        "percent, then 50, then all of it. We lost no data and query latency dropped by 35%.",
        "I helped move our database to PostgreSQL, and it went fine.",
        "We moved from PostgreSQL to MySQL in one big-bang cutover over a weekend without any "
        "dual writes, and lost some orders, and latency went up 35%.",
        "Our team had a great offsite that quarter, and I organised the board game night.",
        "Tell me about the database migration you led. I led the database migration, which "
        "was a migration of the database that I led.",
    ),
    Case(
        "en-h4-beh-ambiguity",
        "en",
        "behavioral",
        "Describe a time you had to work with unclear requirements.",
        "Unclear requirements (STAR):\n"
        "- Situation: a product manager asked for a dashboard for churn with no metrics defined\n"
        "- Action: I interviewed three account managers and wrote a one-page spec of the metrics\n"
        "- Built a rough prototype in two days and got feedback before building the real one\n"
        "- Result: the dashboard was adopted by the sales team; lesson: prototype early",
        "A product manager asked me for a churn dashboard but no metrics were defined. I "
        "interviewed three account managers about what they actually needed and wrote a "
        "one-page spec of the metrics. Then I built a rough prototype in two days and got "
        "feedback before building the real thing. The sales team adopted the dashboard, and "
        "what I learned is to prototype early when requirements are vague.",
        "The requirements were vague, so I asked people what they wanted and then built it.",
        "The requirements were unclear, so I did not talk to anyone and built the full "
        "dashboard straight away without a prototype; nobody used it.",
        "I really enjoy working with data, and I have been learning SQL window functions lately.",
        "Describe a time you had to work with unclear requirements. A time I had to work with "
        "unclear requirements was a time when the requirements were unclear.",
    ),
]

CASES = _ZH + _EN
