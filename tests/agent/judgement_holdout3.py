"""A third held-out set: ten questions written after the ordering work, measured once.

judgement_holdout2.py was written before the estimator changed, but its misordered
questions were read while diagnosing. These ten (zh and en, four stages, five answers
each) were written after the last change to agent/_coverage.py, _contradiction.py and
_offline_scoring.py and measured as they were written: the blind figure.
"""

from __future__ import annotations

from judgement_set import Case

_ZH = [
    Case(
        "zh-h3-ivf",
        "zh",
        "fundamentals",
        "向量数据库里 IVF 索引是怎么工作的？",
        "IVF（倒排文件索引）\n"
        "- 先用 k-means 把向量聚成 nlist 个簇，每个簇有一个中心\n"
        "- 查询时先找离查询最近的 nprobe 个簇中心\n"
        "- 只在这些簇里做精确距离计算\n"
        "- nprobe 越大召回越高，但越慢",
        "IVF 先用 k-means 把所有向量聚成 nlist 个簇，每个簇记一个中心点。查询的时候先算查询向量"
        "和各个簇中心的距离，挑最近的 nprobe 个簇，然后只在这几个簇里面逐个算精确距离。"
        "nprobe 调得越大，召回越高，但是速度也越慢。",
        "IVF 就是先聚类，查询的时候只搜一部分簇。",
        "IVF 是把向量建成一张多层图，查询时从顶层往下贪心搜索，nprobe 越大搜得越快，召回反而越低。",
        "向量检索这几年发展挺快的，很多公司都在做自己的向量数据库，开源社区也很活跃。",
        "向量数据库里 IVF 索引是怎么工作的？IVF 索引就是 IVF 的索引，它就是这样工作的。",
    ),
    Case(
        "zh-h3-cross-entropy",
        "zh",
        "fundamentals",
        "交叉熵损失为什么适合分类任务？",
        "交叉熵：\n"
        "1. 衡量预测分布和真实分布的差异，等价于最大化正确类别的对数似然\n"
        "2. 和 softmax 搭配时梯度是 p - y，形式简单\n"
        "3. 预测错得越离谱，损失越大，梯度也越大，学得快\n"
        "4. 相比 MSE，不会在 sigmoid/softmax 饱和区梯度消失",
        "交叉熵衡量模型预测的分布和真实标签分布之间的差异，最小化它就等于最大化正确类别的对数似然。"
        "和 softmax 一起用的时候，对 logits 的梯度就是 p 减 y，非常简洁。预测错得越离谱，"
        "损失和梯度都越大，所以纠错快。如果用 MSE 的话，在 softmax 或 sigmoid 饱和的时候梯度会"
        "很小，交叉熵就没有这个问题。",
        "交叉熵就是衡量预测和标签差多少，分类一般都用它。",
        "交叉熵其实就是 MSE 换了个名字，和 softmax 一起用时梯度很复杂，预测错得越离谱梯度反而越小，"
        "所以分类任务一般更适合用 MSE。",
        "分类任务的数据标注很重要，标签质量不好的话什么损失函数都没用，我们之前花了很多时间清洗数据。",
        "交叉熵损失为什么适合分类任务？因为交叉熵损失适合分类任务，所以分类任务用交叉熵损失。",
    ),
    Case(
        "zh-h3-project-recall",
        "zh",
        "project",
        "你做的推荐召回项目，具体负责什么？",
        "推荐召回项目\n"
        "- 背景：原来只有协同过滤一路召回，新用户几乎推不出东西\n"
        "- 我负责：搭建双塔模型召回，用户塔和物品塔分别编码，向量检索取 top 500\n"
        "- 冷启动：新用户用注册时选的兴趣标签做特征\n"
        "- 结果：新用户点击率提升 18%，整体时长提升 4%",
        "之前我们只有协同过滤这一路召回，新用户基本推不出东西。我负责做双塔模型召回：用户塔和"
        "物品塔分别把用户和物品编码成向量，线上用向量检索取 top 500。冷启动的时候，新用户用注册"
        "时选的兴趣标签当特征。上线后新用户点击率提升了 18%，整体使用时长涨了 4%。",
        "我主要做了一个双塔模型的召回，给新用户推荐效果好了一些。",
        "我们把双塔召回去掉了，只保留协同过滤，新用户就直接推热门，上线后新用户点击率下降了 18%。",
        "那段时间组里人手很紧，我经常加班，不过也认识了很多很厉害的同事，收获挺大的。",
        "我做的推荐召回项目，具体负责什么？我负责的就是推荐召回项目里面具体的部分。",
    ),
    Case(
        "zh-h3-beh-mistake",
        "zh",
        "behavioral",
        "讲一次你犯错之后是怎么补救的。",
        "犯错补救（STAR）\n"
        "- 情境：我写的数据清洗脚本把一批正样本误删了，模型指标掉了 3 个点\n"
        "- 行动：我第一时间告诉组长，从备份恢复数据，重新训练\n"
        "- 结果：两天内指标恢复，之后给脚本加了单元测试和抽样检查\n"
        "- 反思：出错先说出来，再用流程防止重犯",
        "有一次我写的数据清洗脚本有 bug，把一批正样本误删了，模型指标掉了 3 个点。我发现后马上"
        "告诉了组长，然后从备份把数据恢复回来，重新训练了一遍。两天内指标就回来了，之后我给脚本"
        "加了单元测试，每次清洗完还会抽样检查。我的体会是出了错先说出来，再用流程防止以后再犯。",
        "有一次我清洗数据的时候删错了数据，后来恢复了。",
        "有一次我的脚本误删了样本，我没告诉任何人，自己偷偷改了指标，后来也没加测试，反正没人发现。",
        "我平时做事比较细心，很少犯错，同事都说我靠谱。",
        "讲一次我犯错之后是怎么补救的。犯错之后就要补救，我犯错以后就补救了。",
    ),
    Case(
        "zh-h3-intro",
        "zh",
        "self_intro",
        "简单介绍一下你自己吧。",
        "自我介绍：\n"
        "1. 王磊，上海交通大学电子信息硕士\n"
        "2. 在腾讯实习，做广告 CTR 预估模型\n"
        "3. 做过多模态检索项目，用 CLIP 做图文匹配，top1 准确率提升 9%\n"
        "4. 熟悉 PyTorch 和分布式训练，想做多模态大模型方向",
        "面试官好，我叫王磊，上海交通大学电子信息专业硕士。之前在腾讯实习，做广告的 CTR 预估模型。"
        "学校里做过一个多模态检索项目，用 CLIP 做图文匹配，top1 准确率提升了 9%。比较熟悉 "
        "PyTorch 和分布式训练，希望以后做多模态大模型方向。",
        "面试官好，我叫王磊，在上海交大读硕士，之前在腾讯实习过。",
        "面试官好，我叫王磊，本科毕业就工作了，没在互联网公司实习过，也没做过多模态或者检索的项目。",
        "面试官好，我是一个比较外向的人，平时喜欢打篮球和看电影。",
        "简单介绍一下我自己吧。我自己就是我，简单介绍一下，这就是简单的我自己。",
    ),
]

_EN = [
    Case(
        "en-h3-precision",
        "en",
        "fundamentals",
        "What is the difference between precision and recall?",
        "Precision vs recall:\n"
        "- Precision: of the items predicted positive, the share that are truly positive\n"
        "- Recall: of the truly positive items, the share the model finds\n"
        "- Raising the decision threshold usually increases precision and lowers recall\n"
        "- F1 is their harmonic mean",
        "Precision asks, of everything the model flagged as positive, how much really is "
        "positive. Recall asks, of all the truly positive items, how many the model found. They "
        "trade off: if you raise the decision threshold you usually get higher precision but "
        "lower recall. F1 combines them as the harmonic mean.",
        "Precision is about how many of your positive predictions are correct.",
        "Precision is the share of truly positive items that the model finds, and recall is "
        "the share of predicted positives that are correct; raising the threshold increases "
        "recall.",
        "Metrics depend a lot on the business case, so I usually talk to the product team "
        "before choosing one.",
        "What is the difference between precision and recall? The difference is that precision "
        "is precision and recall is recall.",
    ),
    Case(
        "en-h3-checkpointing",
        "en",
        "fundamentals",
        "How does gradient checkpointing save memory?",
        "Gradient checkpointing:\n"
        "- Normally all intermediate activations are kept for the backward pass\n"
        "- Checkpointing stores only some activations (e.g. at layer boundaries)\n"
        "- The rest are recomputed during the backward pass\n"
        "- Trades extra compute (about one more forward pass) for much less activation memory",
        "In normal training every intermediate activation from the forward pass is kept so the "
        "backward pass can use it. With gradient checkpointing you only store activations at a "
        "few checkpoints, say at each layer boundary, and recompute the others during the "
        "backward pass when they are needed. You pay roughly one extra forward pass of compute, "
        "but activation memory drops a lot.",
        "It saves memory by recomputing some activations instead of storing them.",
        "Gradient checkpointing stores every activation twice on disk, which speeds up the "
        "backward pass and uses no extra compute, but it increases memory.",
        "Memory is always a problem with big models; we usually just rent bigger GPUs from the "
        "cloud.",
        "How does gradient checkpointing save memory? It saves memory by gradient "
        "checkpointing, which saves memory.",
    ),
    Case(
        "en-h3-project-eval",
        "en",
        "project",
        "Tell me about the chatbot evaluation pipeline you built.",
        "Chatbot eval pipeline\n"
        "- **Problem**: releases were judged by manual spot checks, regressions slipped through\n"
        "- **My part**: I built a test set of 800 real conversations with reference answers\n"
        "- Scored each release with an LLM judge plus exact checks for facts\n"
        "- **Result**: caught 3 regressions before launch; release review went from 2 days to "
        "2 hours",
        "Before, each release was judged by a few manual spot checks, and regressions kept "
        "slipping through. I built a test set of 800 real conversations with reference answers, "
        "and a pipeline that scores every release with an LLM judge plus exact checks for "
        "facts. It caught three regressions before launch, and release review went from two "
        "days to about two hours.",
        "I built a test set of real conversations to evaluate the chatbot.",
        "We kept judging releases by manual spot checks; I did not build any test set, and "
        "review still takes two days.",
        "The chatbot team was small and we shared an office with the design team, which was fun.",
        "Tell me about the chatbot evaluation pipeline you built. I built a chatbot evaluation "
        "pipeline, and it evaluated the chatbot.",
    ),
    Case(
        "en-h3-beh-learning",
        "en",
        "behavioral",
        "Describe a time you had to learn something quickly.",
        "STAR: learning Kubernetes in a week\n"
        "- Situation: our DevOps engineer left a week before a migration to Kubernetes\n"
        "- Action: I did the official tutorial, read our old deploy scripts, and paired with a "
        "platform engineer for two afternoons\n"
        "- Result: we migrated three services on time with no downtime\n"
        "- Reflection: learn from a real task and ask an expert early",
        "Our DevOps engineer left a week before we were due to migrate to Kubernetes. I worked "
        "through the official tutorial, read our old deploy scripts to see what we actually "
        "needed, and paired with a platform engineer for two afternoons. We moved three "
        "services on time with no downtime. What I took away is to learn on a real task and to "
        "ask an expert early rather than late.",
        "I had to learn Kubernetes quickly for a migration, so I did the tutorial.",
        "I avoided learning Kubernetes; I waited for a new DevOps hire, the migration was "
        "postponed, and I never asked anyone for help.",
        "I enjoy learning languages in my free time and I'm currently studying Spanish.",
        "Describe a time you had to learn something quickly. I had to learn something quickly, "
        "and I learned it quickly.",
    ),
    Case(
        "en-h3-intro",
        "en",
        "self_intro",
        "Tell me about yourself.",
        "Intro:\n"
        "- Priya Nair, BTech in Computer Science from IIT Madras\n"
        "- Four years at an e-commerce company as a machine learning engineer\n"
        "- Led the product-embedding project that raised recommendation click-through by 11%\n"
        "- Want to work on retrieval and ranking for LLM applications",
        "I'm Priya Nair. I studied computer science at IIT Madras and then spent four years as a "
        "machine learning engineer at an e-commerce company. There I led the product-embedding "
        "project, which raised click-through on recommendations by about 11%. Now I want to "
        "work on retrieval and ranking for LLM applications.",
        "I'm Priya, a machine learning engineer at an e-commerce company.",
        "I'm Priya Nair. I studied biology, never worked in machine learning, and have not led "
        "any project.",
        "I grew up near the sea and I love cooking for my friends on weekends.",
        "Tell me about yourself. About myself: I am myself, and this is about me.",
    ),
]

CASES = [*_ZH, *_EN]
