"""A held-out set written for the fifth ordering round, before any change in it, measured blind.

Ten questions (zh and en, four stages, five answers each), written before any change to
the offline estimator in that round. Shapes it leans on: references that say "without",
"not only ... but", "no longer", "rather than", "不是…而是", "不再"; strong answers that
hedge ("I think", "应该是") or say a reference's negated clause in other words ("makes
the weights smaller", "has a kink at zero"); partials that are vague and on topic and
share few of the reference's words; wrong answers that deny, reverse or state a wrong
mechanism in the reference's words; padded answers that restate the question.
Its first figure is the blind one (recorded in benchmarks/_judgement_scores.py).
"""

from __future__ import annotations

from judgement_set import Case

_ZH = [
    Case(
        "zh-r5-l1l2",
        "zh",
        "fundamentals",
        "L1 正则和 L2 正则有什么区别？",
        "L1 vs L2 正则\n"
        "- L1 惩罚权重绝对值之和，会把很多权重直接压成 0，得到稀疏解，可以用来做特征选择\n"
        "- L2 惩罚权重平方和，让权重整体变小但不会变成 0\n"
        "- L1 在 0 点不可导，优化时要用次梯度或近端方法\n"
        "- 从贝叶斯角度看，L1 对应拉普拉斯先验，L2 对应高斯先验",
        "L1 加的是权重绝对值的和，它会把不少权重直接推到 0，模型就变稀疏了，所以也能顺带做特征"
        "选择。L2 加的是平方和，它是让所有权重都变小一些，但一般不会刚好变成 0。L1 在 0 那个点有"
        "个尖角，求不了导，所以优化时得用次梯度之类的办法。如果从贝叶斯的角度看，L1 相当于拉普拉斯"
        "先验，L2 相当于高斯先验。",
        "一个会让模型更稀疏，另一个更平滑一些吧，都是防止过拟合的。",
        "L1 是平方和，L2 是绝对值之和；L2 会把权重压成 0 产生稀疏解，L1 只是让权重变小不会为 0。"
        "L2 在 0 点不可导，L1 对应高斯先验。",
        "我一般训练的时候会开混合精度，再配合梯度累积，显存就够用了。",
        "L1 正则和 L2 正则有什么区别？区别就是 L1 正则是 L1，L2 正则是 L2，这就是它们的区别。",
    ),
    Case(
        "zh-r5-residual",
        "zh",
        "fundamentals",
        "ResNet 里的残差连接为什么有用？",
        "残差连接\n"
        "1. 让层去学残差 F(x) = H(x) - x，而不是直接学完整映射\n"
        "2. 反向传播时梯度可以沿着恒等路径直接传回浅层，缓解梯度消失\n"
        "3. 网络很深时不再出现退化问题（层数加深训练误差反而上升）\n"
        "4. 最差情况下残差分支学成 0，就退化为恒等映射，不会比浅层网络更差",
        "残差连接让每一块只学输入和输出的差，也就是 F(x) = H(x) - x，不用从头学整个映射。反向传播"
        "的时候，梯度能顺着那条恒等的捷径直接回到前面的层，所以梯度消失会好很多。以前网络一深，"
        "训练误差反而变大，就是退化问题，加了残差之后就没有这个问题了。而且就算残差分支什么都没学到，"
        "输出成 0，这一块也只是恒等映射，至少不会比浅的网络差。",
        "应该是让网络可以堆得更深吧，训练起来容易一点。",
        "残差连接是把每一层的输出直接乘上输入，让层去学完整的映射而不是残差；它会阻断梯度从恒等路径"
        "回传，所以网络越深越容易梯度消失，深层网络训练误差一定会上升。",
        "我们组里训练图像模型一般用 8 张 A100，数据放在对象存储上，用 DALI 做数据加载。",
        "ResNet 里的残差连接为什么有用？残差连接有用是因为 ResNet 里有残差连接，所以残差连接有用。",
    ),
    Case(
        "zh-r5-project-ratelimit",
        "zh",
        "project",
        "讲讲你做的网关限流改造。",
        "网关限流改造\n"
        "背景：大促时下游订单服务被突发流量打挂过两次\n"
        "- 在网关层加了令牌桶限流，按接口和用户两级配置\n"
        "- 限流计数放在 Redis 里，用 Lua 脚本保证原子性，多个网关实例共享配额\n"
        "- 被限流的请求不是直接报错，而是返回友好提示并进入排队页\n"
        "- 配置接入配置中心，修改后秒级生效，不再需要重新发布\n"
        "- 结果：之后两次大促下游零故障，峰值 QPS 扛住 3 倍流量",
        "之前大促有两次订单服务被突发流量打挂了。我在网关这一层加了令牌桶限流，分接口和用户两级来"
        "配。计数放在 Redis 里，用 Lua 脚本保证原子操作，这样多个网关实例是共享同一份配额的。被限流"
        "的请求我们没有直接抛错，而是给一个友好的提示，让用户进排队页。限流的配置接到了配置中心，改完"
        "秒级生效，不用再重新发版。后面两次大促下游都没出故障，峰值扛住了平时 3 倍的流量。",
        "就是加了个限流，防止流量太大把服务打挂，效果还可以。",
        "我在每个网关实例的本地内存里做了漏桶计数，没有用 Redis，各实例配额互相独立；"
        "被限流的请求直接返回 500 报错，配置写死在代码里，每次修改都要重新发布，"
        "大促时订单服务还是挂了一次。",
        "我们团队每周五下午会有技术分享，我讲过两次 Kubernetes 的调度原理。",
        "讲讲你做的网关限流改造？我做的就是网关的限流改造，把网关的限流改造了一下，这就是限流改造。",
    ),
    Case(
        "zh-r5-beh-priority",
        "zh",
        "behavioral",
        "如果好几个任务同时要到期，你会怎么处理？",
        "多任务冲突（STAR）\n"
        "- 情境：一周内同时有模型上线、周报数据和一个客户的临时需求\n"
        "- 行动：先列出所有任务，按影响和截止时间排序，而不是谁催得急先做谁\n"
        "- 主动找主管确认优先级，把周报数据推迟两天，并提前告知相关同事\n"
        "- 客户需求拆出最小可用版本先交付\n"
        "- 结果：模型按时上线，客户没有投诉；反思：尽早沟通比硬扛更重要",
        "有一周我手上同时有模型要上线、周报要出数据，还有客户临时提的需求。我先把所有事情列出来，按"
        "影响大小和截止时间排了个序，而不是谁催得急就先做谁。然后我去找主管确认优先级，把周报数据往后"
        "推了两天，也提前跟要用数据的同事打了招呼。客户那个需求我拆了一个最小可用的版本先交。最后模型"
        "按时上线了，客户也没有投诉。我的体会是早点沟通，比一个人硬扛要好。",
        "我会先做比较重要的，其他的往后放一放，实在不行就加加班。",
        "我一般是谁催得急就先做谁，也不会去找主管确认，怕麻烦别人；那次我自己通宵把三件事都硬扛下来，"
        "结果模型上线晚了一周，客户还投诉了。",
        "我比较喜欢安静的工作环境，戴上耳机效率会高很多，下班后会去健身房。",
        "如果好几个任务同时要到期，你会怎么处理？好几个任务同时到期的时候，我就会处理这几个同时到期"
        "的任务。",
    ),
    Case(
        "zh-r5-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧。",
        "自我介绍\n"
        "1. 陈晓，浙江大学计算机硕士\n"
        "2. 两年推荐算法经验，在字节做短视频推荐的精排模型\n"
        "3. 把多目标排序从加权融合改成了 MMoE，人均时长提升 2%\n"
        "4. 希望继续做推荐，也想接触大模型在推荐里的应用",
        "面试官您好，我叫陈晓，浙江大学计算机硕士毕业。工作两年，在字节做短视频推荐，负责精排模型。"
        "比较有代表性的工作是把多目标排序从原来的加权融合换成了 MMoE，人均观看时长涨了 2% 左右。"
        "之后还是想继续做推荐，也很想试试大模型在推荐里能怎么用。",
        "我叫陈晓，是做算法的，做过一些推荐相关的工作。",
        "我叫陈晓，浙江大学的本科，学的是机械，毕业后在一家银行做测试，没有做过推荐，也没写过排序模型。",
        "我性格比较开朗，喜欢交朋友，平时爱看电影和旅游。",
        "先做个自我介绍吧？好的，那我先做个自我介绍，这就是我的自我介绍。",
    ),
]

_EN = [
    Case(
        "en-r5-l1l2",
        "en",
        "fundamentals",
        "What is the difference between L1 and L2 regularisation?",
        "L1 vs L2:\n"
        "- L1 penalises the sum of absolute weights and drives many weights exactly to zero, "
        "giving sparse models (built-in feature selection)\n"
        "- L2 penalises the sum of squared weights and shrinks weights without making them zero\n"
        "- L1 is not differentiable at zero, so it needs subgradients or proximal methods\n"
        "- L2 spreads weight across correlated features rather than picking one\n"
        "- Bayesian view: L1 is a Laplace prior, L2 a Gaussian prior",
        "L1 adds the sum of the absolute values of the weights, and it tends to push a lot of "
        "them all the way to zero, so you get a sparse model and a kind of feature selection "
        "for free. L2 adds the squared weights; I think of it as making all the weights "
        "smaller, but they basically never land exactly on zero. L1 has a kink at zero, so "
        "you optimise it with subgradients or a proximal step. With correlated features L2 "
        "tends to share the weight between them instead of picking one. And in Bayesian terms "
        "L1 is a Laplace prior while L2 is a Gaussian one.",
        "I think one of them makes the model sparse and the other one just keeps things "
        "smooth; both help against overfitting.",
        "L1 is the sum of squared weights and L2 the sum of absolute values. L2 is the one "
        "that drives weights to exactly zero and gives sparse models, while L1 only shrinks "
        "them. L2 is not differentiable at zero, and L1 corresponds to a Gaussian prior.",
        "For most projects I tune the learning rate first with a quick sweep and keep the "
        "batch size as large as the GPU allows.",
        "What is the difference between L1 and L2 regularisation? The difference between L1 "
        "and L2 regularisation is that L1 regularisation is L1 and L2 regularisation is L2.",
    ),
    Case(
        "en-r5-clipping",
        "en",
        "fundamentals",
        "What is gradient clipping and when would you use it?",
        "Gradient clipping:\n"
        "- Rescale the gradient when its norm exceeds a threshold, rather than letting one "
        "huge step blow up the weights\n"
        "- Clipping by global norm keeps the direction; clipping by value changes it\n"
        "- Common in RNNs and transformers, where exploding gradients happen\n"
        "- It does not fix vanishing gradients\n"
        "- Typical threshold is a max norm of 1.0",
        "When the norm of the gradient goes over some threshold, you scale the whole gradient "
        "down to that norm, so a single enormous update can't wreck the weights. Clipping by "
        "the global norm keeps the direction of the update, whereas clipping each value "
        "separately can change the direction. You see it a lot with RNNs and transformers, "
        "where gradients can explode. It only helps with exploding gradients, it does nothing "
        "for vanishing ones. People usually start with a max norm of 1.",
        "It's a trick to keep training stable when the updates get too big, I'd probably "
        "use it for sequence models.",
        "Gradient clipping sets every gradient below a threshold to zero so that only large "
        "updates are applied; clipping by value keeps the direction while the global norm "
        "changes it. It is mainly used to fix vanishing gradients in CNNs, with a typical "
        "threshold of 100.",
        "I prefer PyTorch Lightning because it handles the training loop and logging, and I "
        "run experiments on spot instances to save money.",
        "What is gradient clipping and when would you use it? Gradient clipping is clipping "
        "the gradient, and you would use it when you want to clip gradients.",
    ),
    Case(
        "en-r5-project-cache",
        "en",
        "project",
        "Walk me through the caching layer you added to the pricing service.",
        "Pricing cache:\n"
        "- Background: the pricing service recomputed every price on each request; p99 "
        "latency was 900 ms\n"
        "- Added a Redis read-through cache keyed by product and region, with a 5-minute TTL\n"
        "- Invalidated entries on price-change events from Kafka, not only on expiry\n"
        "- Added request coalescing so a cold key is computed once rather than by every "
        "caller (no stampede)\n"
        "- Result: p99 from 900 ms to 60 ms, database load down 70%",
        "The pricing service used to recompute every price on every request, and p99 latency "
        "was around 900 milliseconds. I put a Redis read-through cache in front of it, keyed "
        "on product and region with a five-minute TTL. Entries are also invalidated when a "
        "price-change event arrives on Kafka, so we don't just wait for them to expire. For "
        "cold keys I added request coalescing: one caller computes the price and the others "
        "wait for it, so there's no stampede. p99 went from 900 ms to about 60 ms and the "
        "database load dropped by roughly 70 percent.",
        "I added a cache so repeated requests were faster, and the latency improved a lot.",
        "I added an in-process cache on each pod with no expiry at all, and entries were "
        "never invalidated on price changes, so customers sometimes saw stale prices; every "
        "caller recomputed a cold key at once, and p99 only went from 900 ms to 800 ms.",
        "I spent a lot of that quarter interviewing candidates and improving our onboarding "
        "docs for new hires.",
        "Walk me through the caching layer you added to the pricing service. The caching "
        "layer I added to the pricing service was a layer for caching in the pricing service.",
    ),
    Case(
        "en-r5-beh-priorities",
        "en",
        "behavioral",
        "Tell me about a time you had to say no to a stakeholder.",
        "Saying no (STAR):\n"
        "- Situation: sales asked for a custom export feature two weeks before a release\n"
        "- Task: protect the release date without losing the customer\n"
        "- Action: explained the trade-off with the release scope, and offered a CSV workaround "
        "rather than the full feature\n"
        "- Put the feature on the next quarter's roadmap with a date\n"
        "- Result: release shipped on time, customer renewed; lesson: say no with an "
        "alternative, not just no",
        "Two weeks before a release, our sales lead asked us to build a custom export feature "
        "for one big customer. My job was to keep the release date without losing that "
        "customer. I sat down with him and walked through what we'd have to drop from the "
        "release to fit it in, and instead of the full feature I offered a CSV export the "
        "customer could use right away. I also put the real feature on next quarter's "
        "roadmap with a date. We shipped on time and the customer renewed. What I learned is "
        "that a no lands much better when it comes with an alternative.",
        "I usually explain why it can't be done right now and try to find some middle ground.",
        "Sales asked for a custom export two weeks before a release, and I just said yes and "
        "built the full feature without offering any workaround; the release slipped by a "
        "month and the customer left anyway.",
        "I'm a morning person, so I block out my first two hours for deep work and keep "
        "meetings in the afternoon.",
        "Tell me about a time you had to say no to a stakeholder. There was a time I had to "
        "say no to a stakeholder, and I said no to the stakeholder.",
    ),
    Case(
        "en-r5-intro",
        "en",
        "self_intro",
        "Could you introduce yourself?",
        "Intro:\n"
        "- Tomás Ruiz, MSc in Data Science, University of Edinburgh\n"
        "- Three years as a data engineer at a logistics company, Spark and Airflow\n"
        "- Built the route-planning feature store used by six teams\n"
        "- Now want to move into ML engineering",
        "Hi, I'm Tomás Ruiz. I did an MSc in data science at Edinburgh, and since then I've "
        "spent three years as a data engineer at a logistics company, mostly with Spark and "
        "Airflow. The thing I'm proudest of is the feature store for route planning, which "
        "six teams now use. Next I'd like to move into ML engineering.",
        "I'm Tomás, I work with data, mostly building pipelines.",
        "I'm Tomás Ruiz; I studied history at Madrid and have worked in retail sales for "
        "three years. I've never used Spark or Airflow and I didn't build any feature store.",
        "I love cooking and I run a small food blog in my spare time.",
        "Could you introduce yourself? Sure, let me introduce myself: this is me introducing "
        "myself.",
    ),
]

CASES = _ZH + _EN
