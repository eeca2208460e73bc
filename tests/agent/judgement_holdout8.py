"""An eighth held-out set: twelve questions written blind, not yet measured.

Written (six zh and six en, four stages, five answers each) by someone who did not read
the estimator's rules or its scores on any set, on topics no other set uses (word2vec
negative sampling, AUC, a tool-calling agent, a medical knowledge graph, technical debt,
gradient boosting against random forests, calibration, text-to-SQL, an unreproducible
bug, giving feedback, two introductions). References are messy notes (headings, numbered
lists, bold, half sentences, mixed zh/en terms, numbers). Answers are written as
candidates speak: strong ones paraphrase; partials are vague or make one or two points,
some in none of the reference's words; wrong ones are confident and mix the reference's
words with wrong facts (a wrong mechanism, roles swapped, wrong numbers, a wrong order of
steps, a denial, a reversed comparison, a different method); off-topic ones are fluent
about something else; padded ones restate the question or repeat themselves. It is first
measured by the lead on the session's final code (benchmarks/_judgement_scores.py); that
first figure is the blind one, and it belongs in no threshold test.
"""

from __future__ import annotations

from judgement_set import Case

_ZH = [
    Case(
        "zh-h8-word2vec",
        "zh",
        "fundamentals",
        "Word2Vec 的 skip-gram 是怎么训练的？负采样解决了什么问题？",
        "word2vec 笔记\n"
        "两种结构：CBOW（上下文 → 中心词） / **Skip-gram（中心词 → 预测窗口内的上下文词）**\n"
        "训练：窗口 size 一般 5，(中心词, 上下文词) 组成正样本对\n"
        "问题：输出层 softmax 要对整个词表（几十万）归一化，太慢\n"
        "负采样 negative sampling：\n"
        "1. 每个正样本配 k 个负样本（小数据 5~20，大数据 2~5）\n"
        "2. 变成二分类，sigmoid(v_c · u_o)，只更新这几个词的向量\n"
        "3. 负样本按词频的 3/4 次方采样 → 高频词少采一点，低频词多一点\n"
        "另外：高频词 subsampling（the / 的 这种按概率直接丢）\n"
        "最后一般拿输入矩阵当词向量",
        "skip-gram 是拿中间的词去预测它周围窗口里的词，窗口一般开到五左右，"
        "每个中心词和它旁边的一个词就凑成一对正样本。麻烦在输出那一层，原来要在整个词表上做 "
        "softmax，词表几十万，每一步都要全算一遍，根本训不动。负采样就是把它改成一个二分类："
        "对每一对正样本，再随机拉几个不相关的词当负例，小语料大概五到二十个，"
        "大语料两到五个就够，然后用两个向量点积过 sigmoid 判断是不是真的邻居，"
        "这样每次只更新这几个词的向量。负例不是均匀采的，是按词频的四分之三次方，"
        "高频词被压一压，低频词的机会多一点。另外像“的”、the "
        "这种特别高频的词还会按概率直接丢掉一部分。训完一般用输入那边的矩阵当词向量。",
        "skip-gram 就是用一个词去猜它旁边的词嘛，负采样的话……我理解主要是为了训练快一点，"
        "具体采多少个我记不太清了。",
        "skip-gram 是用周围的上下文词去预测中间那个词，CBOW 反过来，是拿中心词去预测上下文。"
        "负采样是把词表里出现次数最多的那些词固定当负样本，按词频的平方去采，这样 softmax "
        "就能算得更准，所以它其实是让 softmax 更精确而不是更快。最后用的是输出矩阵当词向量，"
        "输入矩阵训完就扔了。",
        "现在其实很少直接用 word2vec 了，一般都是 BERT 这种预训练模型。BERT 预训练是 MLM 加 "
        "NSP，随机挑 15% 的 token，其中 80% 换成 [MASK]，10% 换成随机词，10% 保持不变，"
        "下游任务再接一个分类头做 fine-tune，学习率一般设 2e-5 左右。",
        "skip-gram 是怎么训练的呢，就是按 skip-gram 的方式来训练。负采样解决了什么问题？"
        "负采样就是解决了负采样要解决的那个问题，所以 skip-gram 要用负采样来训练，"
        "就是这样训练的。",
    ),
    Case(
        "zh-h8-auc",
        "zh",
        "fundamentals",
        "AUC 是什么意思？一般怎么算？",
        "AUC\n"
        "- ROC 曲线下面积，ROC：横轴 FPR，纵轴 TPR，阈值从高到低扫一遍\n"
        "- **概率含义**：随机取一个正样本、一个负样本，模型给正样本打分更高的概率\n"
        "- 0.5 = 随机猜，1 = 完美排序\n"
        "- 算法：按分数排序，用 rank 公式：(Σ正样本rank − M(M+1)/2) / (M·N)，O(n log n)\n"
        "- 特点：只看排序不看绝对值 → 对正负样本比例不敏感；但不反映校准，CTR 预估还得看 "
        "logloss\n"
        "- 业务里常用 GAUC（按用户分组，按曝光加权）",
        "AUC 就是 ROC 曲线底下的面积，ROC 是把阈值从高往低调，横轴假正率、"
        "纵轴真正率画出来的那条线。它有个更直观的意思：随便抽一个正样本和一个负样本，"
        "模型给正样本的分更高的概率就是 AUC。所以 0.5 相当于瞎猜，1 就是排得完全对。"
        "算的时候不用真去画曲线，把所有样本按分数排好，用正样本的秩加起来，减掉 M 乘 M 加 1 "
        "除以 2，再除以正负样本数的乘积就行，主要开销是排序。它只管排序、不管分数绝对值是多少，"
        "所以正负比例变了影响不大，但也说明它看不出概率准不准，做 CTR 的时候还得配合 logloss "
        "一起看。推荐里我们更多用 GAUC，按用户分组算完再加权。",
        "AUC 是衡量模型区分正负样本能力的一个指标吧，越接近 1 越好，"
        "我们做点击率模型的时候一般都看它。",
        "AUC 是 PR 曲线下面的面积，横轴是 recall，纵轴是 precision，"
        "它表示的是模型预测正确的样本占多少，AUC 等于 0 的时候就是随机猜。算法上就是把阈值定在 "
        "0.5，数一下分对了多少。AUC 对正负样本比例特别敏感，所以样本不平衡的时候基本不能用，"
        "一般要换成准确率来看。",
        "评估排序模型的时候我们特征这块下了很多功夫，连续特征做等频分桶，类别特征做 embedding，"
        "用户行为序列用 DIN 那种 attention 去聚合，训练用的是 Adam，线上每天增量更新一次模型。",
        "AUC 是什么意思呢，AUC 就是 AUC 的意思，一般怎么算，一般就是按 AUC 的算法去算，"
        "算出来就是 AUC，所以 AUC 就是这么算的，这就是 AUC 的意思。",
    ),
    Case(
        "zh-h8-project-agent",
        "zh",
        "project",
        "讲讲你做的 Agent 工具调用项目，你具体负责哪些部分？",
        "### 项目：内部运维 Agent（function calling）\n"
        "背景：SRE 值班每天处理 100+ 工单，查日志 / 查监控 / 重启服务都是手工\n"
        "**我负责**：工具层 + 规划模块\n"
        "1. 把 23 个内部 API 包成 tool，JSON schema 描述参数，description 写清楚什么时候该用\n"
        "2. ReAct 风格循环：思考 → 调工具 → 看结果，最多 8 步，超了转人工\n"
        "3. 危险操作（重启、扩缩容）必须人工确认，二次确认按钮\n"
        "4. 离线评测集 300 条真实工单，工具选择准确率 71% → 89%（主要靠改 tool 描述 + "
        "few-shot）\n"
        "上线后：一线工单自动处理率 35%，平均处理时长 40min → 12min\n"
        "坑：模型会编造参数 → 参数校验失败就把报错喂回去让它重试",
        "这个是给我们 SRE 做的运维助手。值班同学一天要处理一百多个工单，查日志、看监控、"
        "重启服务全是手动的。我负责工具这一层和规划那块。"
        "工具层就是把内部二十多个接口包成模型能调的工具，参数用 JSON schema 描述，"
        "描述里会写清楚这个工具什么场景下用。规划是 ReAct 那种循环，模型先想一步、调一个工具、"
        "看返回再决定下一步，最多走八步，走不完就转给人。像重启、扩缩容这种有风险的操作，"
        "一定要值班的人点确认才会执行。评测的话我从真实工单里挑了三百条做离线集，"
        "工具选对的比例从七成出头提到快九成，主要是靠改工具描述和加示例。"
        "还有个坑是模型会瞎编参数，我们做了参数校验，不通过就把错误信息塞回去让它重来。"
        "上线以后大概三分之一的工单能自动处理掉，平均处理时间从四十分钟降到十来分钟。",
        "主要就是让大模型去调我们内部的一些接口，帮值班的同学自动处理一部分工单，"
        "我主要写工具那部分，上线以后大家反馈还挺好用的。",
        "我们用的是 Plan-and-Execute 的方式，模型一开始就把所有步骤一次性规划好，"
        "然后按顺序执行，中间不看工具返回的结果。重启、"
        "扩缩容这种操作为了效率都是模型直接执行的，不需要人工确认。工具一共包了两百三十多个，"
        "评测集是让模型自己生成的三千条工单，工具选择准确率从 71% 提到了 98%，"
        "主要靠换成更大的模型，工具描述基本没改。",
        "我们运维这边的监控是 Prometheus 加 Grafana，告警通过 Alertmanager 推到飞书群里，"
        "日志是 ELK 收集的，中间用 Kafka 做缓冲，服务都跑在 K8s 上，发版走 ArgoCD 做灰度。",
        "Agent 工具调用项目，就是做了一个 Agent，然后这个 Agent 会调用工具。我具体负责的部分，"
        "就是 Agent 调用工具的这部分，嗯，主要就是工具调用，Agent 去调用工具，这就是我负责的。",
    ),
    Case(
        "zh-h8-project-kg",
        "zh",
        "project",
        "你简历上写的医疗知识图谱，是怎么构建的？",
        "医疗 KG 构建（和医院合作，2023）\n"
        "数据源：药品说明书 1.2 万份 + 诊疗指南 PDF + 院内电子病历（脱敏）\n"
        "流程：\n"
        "① 先定 schema：疾病 / 症状 / 药品 / 检查 4 类实体，11 种关系（治疗、禁忌、并发症…），"
        "跟医生一起定\n"
        "② 实体识别：BERT-CRF，医生标了 3000 句，F1 0.87\n"
        "③ 关系抽取：pipeline 方式，先 NER，再对实体对做关系分类\n"
        "④ 实体对齐 / 消歧：同义词表（ICD-10 编码）+ 编辑距离，“心梗”“急性心肌梗死”"
        "合成一个节点\n"
        "⑤ 入 Neo4j，~40 万三元组\n"
        "质检：随机抽 500 条三元组让医生复核，准确率 92%\n"
        "用途：用药禁忌提醒",
        "数据主要三块：一万多份药品说明书、诊疗指南的 PDF，还有医院给的脱敏病历。"
        "第一步是跟医生一起把 schema 定下来，实体分疾病、症状、药品、检查四类，关系十来种，"
        "比如治疗、禁忌、并发症这些。然后做实体识别，用的 BERT 加 CRF，医生帮忙标了三千句左右，"
        "F1 差不多 0.87。关系是分两步做的，先把实体识别出来，再对每一对实体判断是什么关系。"
        "比较麻烦的是同一个东西有好多叫法，像“心梗”和“急性心肌梗死”，我们用 ICD-10 "
        "的编码做同义词表，再加编辑距离去对齐，合成一个节点。最后存到 Neo4j 里，"
        "四十万条左右的三元组。质量上随机抽了五百条给医生看，准确率大概九成二。"
        "主要用在开药时候的禁忌提醒。",
        "就是从医疗相关的文本里面把实体和关系抽出来，然后存成一张图。"
        "抽取模型那块主要是组里另一个同学做的，我了解得不是特别细。",
        "我们是先把抽出来的三元组全部导进 Neo4j，schema 是后面看数据再慢慢补的。"
        "实体识别用的是词典加正则规则，没有用模型；关系抽取是跟 NER 一起做的联合抽取。"
        "实体对齐用的是 word2vec 的相似度，像“心梗”和“心肌炎”就合并成同一个节点了。"
        "最后一共四千条左右的三元组，医生复核准确率 99%。",
        "医疗这块我们还做过影像方向的，肺结节检测用的是 3D U-Net，数据是 LIDC-IDRI，CT "
        "先重采样到 1mm 体素，再做窗宽窗位归一化，最后 FROC 指标大概 0.85。",
        "医疗知识图谱是怎么构建的呢，就是构建了一个医疗的知识图谱，把医疗的知识构建成图谱，"
        "构建好之后就是一个医疗知识图谱，我简历上写的就是这个医疗知识图谱的构建。",
    ),
    Case(
        "zh-h8-beh-techdebt",
        "zh",
        "behavioral",
        "你是怎么平衡技术债和新需求开发的？举个具体的例子。",
        "技术债 vs 新需求\n"
        "例子：特征服务是三年前的 Python 单体，每加一个特征要改 4 个地方，上线经常出事故（半年 "
        "6 次）\n"
        "做法：\n"
        "- 先把技术债**量化**：事故次数、每个需求多花的人天（平均多 2 天），拿给 leader 看\n"
        "- 不单独停下来重构，每个迭代固定留 20% 时间还债\n"
        "- 先补测试（覆盖率 15% → 60%），再一个模块一个模块拆\n"
        "- 新需求顺手改它碰到的那块代码（童子军原则）\n"
        "结果：两个季度后加特征从 3 天到半天，事故 0\n"
        "原则：技术债要跟业务成本挂钩，不然排不上期",
        "我举特征服务那个例子。那是三年前写的一个 Python 大单体，每加一个特征得改四个地方，"
        "半年里因为它出了六次线上事故。我先做的不是重构，是把成本算出来：出了几次事故，"
        "每个需求因为它平均多花两个人天，拿这个去跟 leader 谈。我们也没有停下新需求专门重构，"
        "而是每个迭代固定拿出两成左右的时间来还债。顺序上是先补测试，覆盖率从十几提到六十左右，"
        "有了保护再一块一块拆。另外做新需求的时候，碰到哪块老代码就顺手改掉哪块。"
        "大概两个季度以后，加一个特征从三天缩到半天，也没再出过事故。"
        "我的体会是技术债得跟业务成本挂上钩，不然永远排不上期。",
        "我一般会跟 leader 商量，每个迭代都留一点时间来还技术债，不然越积越多，后面改起来更痛苦。",
        "当时我们直接把新需求全停了，整个组花了两个季度专门重构，先把代码全部重写一遍，"
        "重写完再补测试。技术债这种东西其实没法量化，我也没算什么成本，就是跟 leader "
        "说代码太烂了必须重写，他也同意了。重写完加特征还是要两三天，不过代码好看多了。",
        "我们新需求开发用的是敏捷，两周一个 sprint，每天十五分钟站会，需求都在 Jira 上管理。"
        "上线走 CI/CD，GitLab 的 pipeline 会跑单测和 lint，合并要两个人 approve，发布先灰度 5% "
        "再全量。",
        "技术债和新需求确实需要平衡，我觉得平衡是很重要的。技术债要还，新需求也要做，"
        "两边都得平衡好，不能只做一边，所以就是要平衡技术债和新需求，这个平衡很重要。",
    ),
    Case(
        "zh-h8-intro",
        "zh",
        "self_intro",
        "先用一两分钟介绍一下你自己吧。",
        "自我介绍\n"
        "王浩 / 5 年后端 → 转大模型应用 1 年半\n"
        "- 本科：武汉大学 软件工程 2018 届\n"
        "- 美团到店：Java 后端，订单系统，扛过大促 QPS 3w\n"
        "- 现在：一家 SaaS 创业公司，负责 LLM 客服产品的工程侧，RAG + 工作流编排，200 "
        "多家客户在用\n"
        "- 为什么看机会：想去模型能力更强的团队，做 Agent 平台",
        "面试官好，我叫王浩，武大软件工程 18 年毕业的。毕业以后先在美团到店做了几年 Java 后端，"
        "主要是订单系统，大促的时候峰值三万左右的 QPS 是我们扛的。"
        "大概一年半前转到大模型应用这边，现在在一家做 SaaS 的创业公司，负责 LLM "
        "客服产品工程这一侧，主要是 RAG 和工作流编排，现在有两百多家客户在用。"
        "这次看机会主要是想去模型能力更强一点的团队，做 Agent 平台相关的事情。",
        "我叫王浩，之前一直做后端，现在在做大模型相关的一些应用。",
        "我叫王浩，北大计算机硕士，今年刚毕业，在校期间在阿里实习做推荐算法，没有做过后端开发。"
        "这次想找的是算法研究岗，主要做预训练方向。",
        "我最近一直在研究 Agent 的框架，像 LangGraph、AutoGen 都试过，"
        "我觉得工作流编排比完全自主的 Agent 更适合落地，因为可控性好，出了问题也好排查。",
        "好的，那我介绍一下我自己。用一两分钟介绍一下自己，我自己就是我，"
        "那我就介绍一下我自己吧，这就是我的自我介绍。",
    ),
]

_EN = [
    Case(
        "en-h8-boosting",
        "en",
        "fundamentals",
        "How does gradient boosting differ from a random forest?",
        "RF vs GBDT\n"
        "**Random forest** = bagging: many deep trees, each on a bootstrap sample + random "
        "feature subset at each split, trained independently (parallel), average / majority "
        "vote -> mainly reduces variance\n"
        "**Gradient boosting**: trees built sequentially, each new (shallow, depth 3-8) tree "
        "fits the negative gradient (= residuals for squared loss) of the current ensemble, "
        "scaled by a learning rate (0.05-0.1) -> reduces bias\n"
        "- GBM overfits if you keep adding trees -> early stopping on a val set; RF barely "
        "overfits with more trees\n"
        "- RF needs little tuning; XGBoost / LightGBM usually win on tabular data but need "
        "tuning\n"
        "- XGBoost: 2nd-order grads + regularisation; LightGBM: histograms + leaf-wise growth",
        "A random forest is bagging: you grow lots of deep trees, each one on a bootstrap "
        "resample of the rows, and at every split it only looks at a random subset of the "
        "features. The trees don't depend on each other, so you can train them in parallel, "
        "and you average them or take a vote, which mostly brings the variance down. Boosting "
        "goes the other way round: the trees are added one at a time, they're shallow, a few "
        "levels deep, and each new one is fit to the negative gradient of the loss for the "
        "current model, so with squared error that's just the residuals, and you shrink its "
        "contribution by a learning rate of about 0.1. That attacks bias. Practically, "
        "boosting will overfit if you keep adding trees, so you use early stopping on "
        "validation data, while a forest hardly gets worse with more trees. Forests work fine "
        "almost untuned; XGBoost or LightGBM usually win on tabular problems but you have to "
        "tune them. XGBoost uses second-order gradients and regularisation, LightGBM bins the "
        "features into histograms and grows trees leaf-wise.",
        "Random forest averages a bunch of trees. Gradient boosting is also trees but they're "
        "combined differently, and it's usually more accurate, that's why everyone uses "
        "XGBoost on Kaggle.",
        "Random forest builds its trees one after another, each tree correcting the errors of "
        "the previous one, while gradient boosting trains its trees in parallel on bootstrap "
        "samples and averages them. So boosting mainly reduces variance and the forest reduces "
        "bias. The boosted trees are usually very deep, and boosting can't really overfit as "
        "you add trees, so you don't need early stopping, you just add a few thousand.",
        "For tabular data most of our gains came from feature engineering: target encoding for "
        "high-cardinality categoricals, log transforms for skewed amounts, lag features for "
        "time series, and we used SHAP values to explain the predictions to the risk team.",
        "So how does gradient boosting differ from a random forest? Well, gradient boosting is "
        "boosting with gradients, and a random forest is a forest that's random. They differ "
        "because one of them is gradient boosting and the other one is a random forest, so "
        "that's how they differ.",
    ),
    Case(
        "en-h8-calibration",
        "en",
        "fundamentals",
        "What does it mean for a classifier to be well calibrated, and how do you check it?",
        "Calibration\n"
        "- calibrated = predicted prob matches observed frequency: of all cases scored 0.8, "
        "~80% are positive\n"
        "- separate from ranking: AUC can be high while the probs are way off\n"
        "- check: reliability diagram (bin predictions into ~10 bins, mean predicted vs "
        "fraction positive, diagonal = perfect)\n"
        "- metrics: ECE (weighted avg |acc - conf| over bins), Brier score, log loss\n"
        "- fix: Platt scaling (logistic reg on the scores), isotonic regression (needs more "
        "data), temperature scaling for NNs -> fit on a held-out set, NOT the training data\n"
        "- modern deep nets tend to be overconfident; class reweighting / undersampling "
        "distorts the probs too",
        "Calibrated means you can read the score as a probability: if you take everything the "
        "model scored around 0.8, roughly eighty percent of those should actually be positive. "
        "That's a different property from ranking, you can have a great AUC and still have "
        "probabilities that are way off. To check it I'd draw a reliability curve: bucket the "
        "predictions into ten or so bins and plot the average predicted probability against "
        "the observed positive rate, and a perfect model sits on the diagonal. For a single "
        "number there's expected calibration error, the gap between confidence and accuracy "
        "averaged over the bins, or the Brier score and log loss. If it's off, you recalibrate "
        "on held-out data, not the training set: Platt scaling, which is a logistic regression "
        "on the scores, isotonic regression if you have plenty of data, or temperature scaling "
        "for neural nets, which tend to be overconfident. Resampling or class weights during "
        "training will also skew the probabilities, so you need to correct for that.",
        "It means the probabilities can be trusted as probabilities, not just as a ranking. "
        "I'd probably compare them against what actually happened in some kind of plot.",
        "A well calibrated classifier is one with high accuracy on every class, so you check "
        "it with the confusion matrix and the AUC: if the AUC is above 0.9 the model is "
        "calibrated. If it isn't, you fit Platt scaling on the training set, and isotonic "
        "regression is the one to pick when you have very little data. Deep nets are usually "
        "underconfident, so temperature scaling pushes their probabilities further towards 0 "
        "and 1.",
        "For imbalanced problems I tune the decision threshold instead of using 0.5: I sweep "
        "thresholds on the validation set and pick the one that maximises F1, or the one that "
        "hits the recall the business needs, then I track precision in production with a "
        "weekly labelled sample.",
        "Being well calibrated means the classifier is calibrated well. And to check it, you "
        "check whether it's well calibrated. So a well calibrated classifier is a classifier "
        "that is well calibrated, and that's how you check the calibration.",
    ),
    Case(
        "en-h8-project-text2sql",
        "en",
        "project",
        "Walk me through the text-to-SQL assistant you built.",
        "Text-to-SQL for the analytics team (2024)\n"
        "goal: let PMs ask the warehouse questions w/o writing SQL; ~400 tables in BigQuery\n"
        "how:\n"
        "1. schema linking first: embed table + column descriptions, retrieve top ~10 tables "
        "per question (400 schemas don't fit in the prompt)\n"
        "2. few-shot: retrieve 3 similar past question/SQL pairs from a library of ~1,500 "
        "verified queries\n"
        "3. GPT-4 writes the SQL; BigQuery dry run -> on error feed the error message back, "
        "max 2 retries\n"
        "4. safety: read-only service account, LIMIT enforced, cost cap per query\n"
        "eval: 250 questions w/ gold answers, execution accuracy 54% -> 81%, biggest jump from "
        "schema linking\n"
        "adoption: ~120 weekly users, analyst ticket queue down ~35%",
        "The idea was to let product managers query the warehouse without writing SQL. We had "
        "about four hundred tables in BigQuery, which is far too much schema to put in a "
        "prompt, so the first step picks the relevant tables: we embedded the descriptions of "
        "every table and column and pull back the ten or so closest to the question. Then we "
        "add a few examples, the three most similar questions from a library of around fifteen "
        "hundred queries the analysts had already checked. GPT-4 writes the query, we dry-run "
        "it in BigQuery, and if that fails the error goes back to the model, at most twice. It "
        "runs under a read-only account with a forced LIMIT and a cost cap on each query. I "
        "built an eval of 250 questions with known answers, and execution accuracy went from "
        "54 to 81 percent, most of it from the table retrieval step. About a hundred and "
        "twenty people use it every week and the analysts' ticket queue shrank by roughly a "
        "third.",
        "It turned questions in plain English into SQL with an LLM. We gave it examples of "
        "good queries so it got better over time, and a lot of the product people ended up "
        "using it.",
        "We put the full schema of all 400 tables into every prompt, since GPT-4's context was "
        "big enough, so there was no retrieval step at all. The generated SQL ran straight on "
        "production with a write-enabled account so the model could create helper tables when "
        "it needed them. We evaluated it on 25 questions and execution accuracy went from 81% "
        "to 99%, mostly thanks to fine-tuning the model on our queries.",
        "Our warehouse was on BigQuery with dbt for the transformation layer, about three "
        "hundred models. We partitioned the big event tables by day and clustered them by user "
        "id, which cut our query bill by half, and we ran Great Expectations checks on every "
        "nightly build.",
        "The text-to-SQL assistant I built was an assistant that takes text and turns it into "
        "SQL. So text goes in and SQL comes out, it's a text-to-SQL assistant, and that's the "
        "text-to-SQL assistant I built.",
    ),
    Case(
        "en-h8-beh-repro",
        "en",
        "behavioral",
        "Tell me about a bug you couldn't reproduce and how you tracked it down.",
        "Heisenbug story – duplicate payments\n"
        "S: ~1 in 20k checkouts charged twice, only in prod, never locally / staging\n"
        "A:\n"
        "- added structured logging w/ a request id across checkout -> payment service, waited "
        "for 3 occurrences\n"
        "- logs showed: client retried after its 10s timeout while the first call was still in "
        "flight (payment provider slow at peak)\n"
        "- couldn't repro because the staging sandbox always answered < 1s -> injected latency "
        "with a proxy (toxiproxy) -> reproduced in 10 min\n"
        "- fix: idempotency key per checkout so the provider dedups; retry reuses the same "
        "key; raised the client timeout\n"
        "R: zero double charges in the 6 months after; postmortem; latency injection added to "
        "integration tests\n"
        "lesson: can't reproduce -> instrument first, don't guess",
        "We had customers getting charged twice, about one checkout in twenty thousand, and "
        "only in production; I could never make it happen locally or in staging. So instead of "
        "guessing I added structured logs with one request id carried from checkout through "
        "the payment service, and waited until it happened a few times. The logs showed the "
        "client giving up after its ten-second timeout and retrying while the first payment "
        "call was still going, because the provider got slow at peak hours. Staging never "
        "showed it since the provider's sandbox always replied in under a second, so I put a "
        "proxy in between that adds latency, and with that I reproduced it in about ten "
        "minutes. The fix was an idempotency key per checkout, so the provider drops the "
        "duplicate, with the retry sending the same key, plus a longer client timeout. We had "
        "no double charges for the six months after that. I wrote the postmortem and we added "
        "latency injection to the integration tests. The lesson for me: if you can't reproduce "
        "it, instrument before you theorise.",
        "We had a payment problem that only showed up in production. I added a lot more "
        "logging and eventually we figured out it was some kind of timing issue, and we fixed "
        "it.",
        "We had customers charged twice. I reproduced it locally on the first try: it was a "
        "race condition in our database, two threads updating the same order row, so I put a "
        "global lock around checkout. We didn't need any extra logging because the lock fixed "
        "it, and we still see a handful of double charges each month, which is normal for "
        "payments.",
        "Our payments stack was on Stripe. We handled webhooks through an SQS queue with "
        "retries, stored every event in Postgres, and a nightly reconciliation job matched our "
        "ledger against Stripe's balance transactions and paged finance if anything was off by "
        "more than a cent.",
        "A bug I couldn't reproduce... yes, there was a bug, and I couldn't reproduce it, it "
        "was really hard to reproduce. So I tracked it down, the bug that I couldn't "
        "reproduce, and that's how I tracked down the bug I couldn't reproduce.",
    ),
    Case(
        "en-h8-beh-givefeedback",
        "en",
        "behavioral",
        "Tell me about a time you had to give a teammate difficult feedback.",
        "Giving hard feedback – PR reviews\n"
        "context: senior-ish teammate (Tom) left review comments that were blunt, sometimes "
        "sarcastic; two juniors stopped asking him for reviews, one brought it up in our 1:1\n"
        "what I did\n"
        "- didn't go to the manager first; asked Tom for a private 1:1 coffee\n"
        "- SBI: situation, behaviour, impact – quoted 2 specific comments, said how the "
        "juniors reacted, no labels like 'rude'\n"
        "- asked for his side: overloaded, ~15 reviews/day, writing fast\n"
        "- agreed: he'd phrase things as questions; review rotation so he got ~half the load\n"
        "result: juniors went back to asking him within a month; he thanked me later\n"
        "lesson: specific + private + early",
        "There was a more senior engineer on my team, Tom, whose review comments were really "
        "blunt, sometimes sarcastic, and two of the juniors had quietly stopped sending him "
        "their pull requests; one of them told me in a one-on-one. I didn't escalate to our "
        "manager, I asked Tom to grab a coffee, just the two of us. I kept it to facts: I "
        "showed him two of his actual comments and told him how the juniors had reacted, "
        "without calling him rude or anything like that. Then I asked how things looked from "
        "his side, and it turned out he was doing around fifteen reviews a day and typing as "
        "fast as he could. We agreed he'd frame comments as questions, and we set up a review "
        "rotation that roughly halved his load. Within a month the juniors were asking him for "
        "reviews again, and later he actually thanked me. What I took from it: be specific, do "
        "it privately, and do it early.",
        "I think feedback should be private and specific. There was a teammate whose code "
        "reviews upset people, I talked to him about it and it got better.",
        "I raised it in our team retro in front of everyone, because I think feedback works "
        "better in public, and I told Tom he came across as rude. I didn't ask for his side "
        "since the impact was obvious. Then I went to our manager and Tom was taken off "
        "reviews completely. The juniors were fine with it after about six months.",
        "On code review in general, we use GitHub with CODEOWNERS, require two approvals, and "
        "a bot runs the linters and type checks on every push, so reviewers can focus on "
        "design instead of style. We also cap pull requests at about four hundred lines.",
        "Giving a teammate difficult feedback is difficult. It's hard to give feedback, "
        "especially difficult feedback, to a teammate. So yes, I had to give difficult "
        "feedback to a teammate, and it was difficult, because difficult feedback is difficult "
        "to give.",
    ),
    Case(
        "en-h8-intro",
        "en",
        "self_intro",
        "Can you give me a quick overview of your background?",
        "intro notes\n"
        "- Priya Raman, 3 yrs backend eng (Go, Postgres) at a travel booking startup, then 2 "
        "yrs data scientist\n"
        "- current: DS at an insurance co, pricing models (GLMs -> LightGBM), loss ratio "
        "improved ~4%\n"
        "- BSc CS, IIT Madras; part-time MS in analytics (Georgia Tech OMSA), finished 2024\n"
        "- want: applied ML role closer to product, ideally recommender / personalisation",
        "Sure. I'm Priya Raman. I studied computer science at IIT Madras, then spent three "
        "years as a backend engineer at a travel booking startup, mostly Go and Postgres. "
        "About two years ago I moved into data science, and I'm now at an insurance company "
        "working on pricing models; we moved them from GLMs to LightGBM and improved the loss "
        "ratio by around four percent. Alongside work I did Georgia Tech's online master's in "
        "analytics, which I finished last year. Now I'd like an applied ML role closer to the "
        "product, ideally recommendations or personalisation.",
        "I'm Priya, I'm a data scientist at an insurance company, and before that I did some "
        "engineering.",
        "I'm Priya Raman. I studied statistics at Stanford and went straight into data science "
        "at a travel startup, where I've been for five years building recommender systems. "
        "I've never worked as an engineer, and now I'd like to move into insurance pricing.",
        "I'm really interested in how recommender systems deal with cold start, things like "
        "using content features and contextual bandits for new items, and lately I've been "
        "reading about two-tower retrieval models and how they're served with approximate "
        "nearest neighbour search.",
        "Sure, a quick overview of my background. My background, quickly: this is an overview "
        "of my background, so that's my background, quickly overviewed.",
    ),
]

CASES = _ZH + _EN
