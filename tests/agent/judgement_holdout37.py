"""A thirty-seventh held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, in the brief's area of graphs and privacy-aware learning and
on angles no other set takes (held-out 8, 10, 20, 21, 33 and 35 also touch a medical knowledge
graph, channel pruning, a graph network for fraud rings, on-device int8 and ST-GCN): training an
atrial-fibrillation detector across seven hospitals with FedAvg, then FedProx, local batch norm,
int8 updates and secure aggregation against non-IID clients; linking company mentions in financial
news to a 4.8-million-company knowledge graph with alias and vector candidates, a cross-encoder,
graph co-occurrence and a NIL threshold; why deep GCNs over-smooth and what residuals, JKNet,
DropEdge, PairNorm and APPNP do about it; the EM algorithm, its two steps in a Gaussian mixture and
why the likelihood never falls; choosing federated learning with on-device differential privacy
over uploading users' raw text messages for a fraud-SMS classifier; GraphSAGE friend suggestions on
a nine-billion-edge graph with [25, 10] neighbour sampling, hard negatives, inductive embeddings and
an HNSW candidate stage; shrinking a phone camera's scene classifier with structured rather than
unstructured pruning, int8 quantisation-aware training and an operator swap that kept it off the
CPU; how DP-SGD clips and adds noise and what epsilon means; TransE against RotatE and the relation
patterns each can model; one's own privacy-accounting error that understated epsilon, with the
rollout paused and the noise raised; two introductions. References are messy notes (headings,
numbered and bulleted lists, bold, half sentences, arrows, mixed zh/en terms, numbers with units,
formulas, STAR letters in the behavioral notes, a results line), some short and some long. Answers
are written as candidates speak: strong ones paraphrase, some with Chinese numerals, spelled-out
numbers and fractions; partials are vague or make one or two points; wrong ones are confident and
mix the reference's words with wrong facts (schools swapped with jobs in the wrong order, a denied
GraphSAGE launch with reversed numbers, a denied role and another career goal; raw data uploaded
under FedAvg's name, a denied non-IID problem, FedProx's proximal term said to push updates away,
batch norm averaged and reversed numbers; steps in the wrong order with the candidate and scoring
stages' roles swapped, denied co-occurrence, a fixed rule for ambiguous names, a denied NIL and
reversed numbers; a high-pass filter under over-smoothing's name with depth said to help, denied
remedies and APPNP's decoupling denied; the two EM steps' roles swapped with gradient descent and
hard assignment, denied closed forms, a global optimum and a denied link to K-means; the opposite
action with denied masking and review, reversed numbers, another outcome and blame on others;
degrees swapped with jobs in the wrong order, a denied launch, central training without privacy, a
denied lead role and another career goal; full-batch training with the fanout reversed, uniform hub
sampling, denied hard negatives, GraphSAGE called transductive, the ranker replaced and reversed
numbers; unstructured pruning said to speed things up, quantisation-aware training skipped, the
unsupported activation kept, an emulator instead of phones and the starting size as the result;
batch-level clipping, noise on the final weights, a larger epsilon said to be stronger and steps
said not to matter; the two models' mechanisms swapped with their relation patterns reversed and
another model's sampling; someone else's bug, epsilon said to be overstated, a denied pause, the
noise and client changes reversed and denied tests); off-topic ones are fluent about something
nearby; padded ones restate the question or repeat themselves. Written blind; its first
measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout37_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h37-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，重点讲讲你最近几年在做的东西。",
        (
            "自我介绍（2 min，主线：图学习 → 端侧 + 隐私）\n"
            "- 何思远｜武大 数学 本科 2014 → 浙大 计算机 硕士 2017\n"
            "- 2017–2020 蚁付科技 风控算法\n"
            "  - 交易图上 GraphSAGE 找 **团伙欺诈**：团伙识别率 +23%，误报 -40%\n"
            "- 2020–至今 星澜手机 端侧 AI 组，2022 起带 3 人\n"
            "  - **联邦学习** 训 next-app 预测（下一个打开哪个 App），~3000 万台设备参与，原始使用"
            "记录不出手机\n"
            "  - int8 量化后模型 1.2 MB，推理 < 3 ms\n"
            "- why here：想做隐私约束下的端侧大模型 / 个性化"
        ),
        (
            "面试官您好，我叫何思远。本科在武汉大学读数学，一四年毕业，之后在浙大读计算机硕士，一七"
            "年毕业。第一份工作在蚁付科技做风控，主要是在交易关系图上用 GraphSAGE "
            "抓团伙欺诈，团伙识别率提高了两成多，误报少了差不多四成。二零年我去了星澜手机的端侧 AI "
            "组，二二年开始带三个人，用联邦学习训练一个预测用户下一个会打开哪个 App "
            "的模型，三千万台左右的手机参与训练，使用记录都留在手机上；模型量化成 int8 "
            "以后只有一点二兆，推理不到三毫秒。想来这边，是希望在隐私约束下继续做端侧大模型和个性化"
            "。"
        ),
        "我叫何思远，之前做过几年风控，现在在一家手机厂商做端侧的算法，跟隐私保护也有点关系。",
        (
            "我叫何思远，本科在浙大读的计算机，硕士去武大读了数学，一七年毕业。毕业以后先去了星澜手"
            "机做端侧 AI，后来才跳到蚁付科技做风控。风控那边的团伙欺诈我们一直用规则引擎，GraphSAGE"
            " 试过，误报反而多了四成，就没上线。星澜的联邦学习是隔壁组在做，我只负责服务端收数据，"
            "用户的使用记录都是要传回服务器的，我也没有带过人。想来这边主要是想转做广告投放。"
        ),
        (
            "端侧 AI 这几年变化很大。以前手机上只能跑很小的卷积网络，现在旗舰芯片的 NPU "
            "算力已经到了几十 TOPS，七十亿参数的模型压到四比特也能勉强跑起来。但功耗和发热是大问题"
            "，连续跑几分钟手机就烫了，系统会自动降频。另外各家芯片支持的算子不一样，同一个模型要适"
            "配好几套推理框架，工作量很大。"
        ),
        (
            "好的，我先做个自我介绍。我最近几年在做的东西，就是我最近几年一直在做的那些东西。重点讲"
            "的话，重点就是我最近几年做的这些东西。总的来说，我就是这样一个人，最近几年就一直在做这"
            "些东西。"
        ),
    ),
    Case(
        "zh-h37-fed-ecg",
        "zh",
        "project",
        "你简历上写了跨医院的联邦学习项目，能展开讲讲吗？各家医院数据分布不一样的时候你们怎么处理？",
        (
            "## 七家医院联合训练 房颤(AF)检测 —— Federated Learning\n"
            "**背景**：单家医院 AF 阳性只有几百例；数据不能出医院 → 只传模型参数\n"
            "**方案**\n"
            "1. 基线 FedAvg：每轮 7 家全参与，本地 E=2 epoch，server 按样本数加权平均\n"
            "2. 问题 = **non-IID**\n"
            "   - 设备不同（12 导联 vs 单导联 Holter），采样率 250 / 500 Hz\n"
            "   - 阳性率 3%～18% → client drift，全局模型来回震荡\n"
            "3. 改进\n"
            "   - FedProx：近端项 μ=0.01，把本地更新拉回全局\n"
            "   - 统一重采样到 250 Hz；BN 层留本地不平均（FedBN 思路）\n"
            "   - 通信：update 做 int8 量化，每轮上传 ~45 MB → 11 MB；收敛 300 轮 → 120 轮\n"
            "4. 隐私：secure aggregation，server 只看到加总后的更新\n"
            "**结果**：全局 F1 0.78 → 0.86；最小那家本地 F1 +0.12；比各家单独训练平均高 9 pt"
        ),
        (
            "这个项目是七家医院一起训一个房颤检测模型，每家的阳性病例只有几百例，数据又不能出医院，"
            "所以只交换模型参数。一开始是标准的 FedAvg，每轮七家都参加，本地跑两个 "
            "epoch，服务器按样本量加权平均。麻烦在于数据很不独立同分布：有十二导联也有单导联 "
            "Holter，采样率不一样，阳性比例从百分之三到十八，各家模型往自己的方向漂，全局模型一直震"
            "荡。我们换成 FedProx，加一个小的近端项拉住本地更新；信号统一重采样到两百五十赫兹，BN "
            "层留在各家本地不平均；上传前把更新量化成 int8，通信量降到四分之一左右，收敛从三百轮降"
            "到一百二十轮。聚合用安全聚合，服务器只看到总和。最后全局 F1 从零点七八提到了零点八六。"
        ),
        (
            "我们是几家医院一起训练，数据不出医院，用的是联邦学习。各家的数据分布确实不太一样，我们"
            "做了一些调整，最后效果比每家单独训练要好一些。"
        ),
        (
            "这个项目是七家医院联合训练房颤检测，我们用的 FedAvg，做法是每家医院把心电数据加密以后"
            "传到服务器，服务器统一训练好再把模型发回去。non-IID 其实问题不大，各家阳性率都在百分之"
            "十左右，差不多。FedProx 我们试过，它的近端项会把本地更新推得离全局更远，效果变差了，就"
            "没用；BN 层也是全部参与平均的。通信我们没做量化，收敛轮数反而从一百二十轮涨到了三百轮"
            "，最后 F1 从零点八六掉到零点七八。"
        ),
        (
            "医疗 AI 落地最难的其实不是模型，而是合规和临床流程。心电这类产品要拿二类或者三类医疗器"
            "械证，需要做多中心临床试验，周期一两年。医生也不太相信黑盒模型，所以我们会把模型关注的"
            "波形片段高亮给医生看。另外医院信息科的系统普遍很老，光是接口对接经常就要几个月。"
        ),
        (
            "好的，跨医院的联邦学习项目我来展开讲一下。就是跨医院，用联邦学习来做这个项目。各家医院"
            "数据分布不一样的时候，我们就处理了数据分布不一样的问题，就是这样处理的。总的来说，这就"
            "是一个跨医院的联邦学习项目。"
        ),
    ),
    Case(
        "zh-h37-entity-link",
        "zh",
        "project",
        "讲讲你做的实体链接项目吧。新闻里一个公司简称能对上好几家公司，你们是怎么消歧的？",
        (
            "# 财经资讯 → 企业知识图谱 实体链接（Entity Linking）\n"
            "- 图谱：~480 万家企业，字段：全称 / 简称 / 曾用名 / 股票代码\n"
            "- **Step1 mention 检测**：BERT-CRF 抽 ORG\n"
            "- **Step2 候选生成**：别名词典 + 拼音 / 简称规则 + 向量召回 → top-20（召回 97.5%）\n"
            "- **Step3 消歧**：cross-encoder（mention 上下文 + 候选描述：行业、注册地、高管）打分\n"
            "  + 图特征：同篇文章里已链接的其他实体在图谱上是否和候选相邻 → **共现一致性**\n"
            "  e.g. “华夏”：华夏银行 / 华夏幸福 / 华夏基金 → 看上下文是“理财”还是“地产”\n"
            "- 最高分 < 0.45 → **NIL**（图谱里没有），进待建库\n"
            "- 结果：链接准确率 83% → 94%，NIL 误链 -60%"
        ),
        (
            "这个项目是把财经新闻里提到的公司链接到我们的企业图谱上，图谱里有四百八十万家左右的企业"
            "，存了全称、简称、曾用名和股票代码。分三步：先用 BERT 加 CRF 把文中的机构名找出来；再"
            "生成候选，用别名词典、拼音和简称规则，加一路向量召回，留前二十个，正确答案在里面的概率"
            "接近九成八；最后消歧，用 cross-encoder 把提及的上下文和候选公司的行业、注册地、高管拼"
            "在一起打分，还会看同一篇里已经链上的其他公司在图谱上是不是和候选相连。像“华夏”，上下文"
            "在讲理财就偏向华夏基金或银行，讲地产就是华夏幸福。最高分低于零点四五就判为图谱里没有，"
            "放进待建库。准确率从八成三提到了九成四。"
        ),
        (
            "我们先把新闻里的公司名识别出来，再去图谱里找几个候选，然后用模型挑一个最像的。简称有歧"
            "义的时候主要就是看上下文。"
        ),
        (
            "我们是先拿图谱里四百八十万家企业的全称去新闻里做字符串匹配，匹配上了再用 BERT-CRF "
            "校验一下。候选是 cross-encoder 直接生成的，再用别名词典给候选打分排序。同一篇文章里其"
            "他公司的信息我们没用，因为会互相干扰。“华夏”这种我们一律链接到注册资本最大的那一家。也"
            "没有 NIL 的说法，每个提及都必须链到图谱里的某家公司。上线以后准确率从九成四降到了八成"
            "三，不过覆盖率上去了。"
        ),
        (
            "企业知识图谱最麻烦的其实是数据源。工商登记、年报、招股书、新闻的口径都不一样，同一个股"
            "东在不同来源里的持股比例可能对不上，所以我们会给来源定一个可信度优先级，工商最高，新闻"
            "最低。存储用的是图数据库，几亿条边的时候多跳查询很慢，常用的股权穿透路径要提前算好。"
        ),
        (
            "实体链接项目我是这样做的，就是做实体链接。一个公司简称能对上好几家公司的时候，就需要消"
            "歧，我们就做了消歧。简单来说，实体链接就是把实体链接上，消歧就是把歧义消掉，这就是我们"
            "的做法。"
        ),
    ),
    Case(
        "zh-h37-oversmoothing",
        "zh",
        "fundamentals",
        "GCN 为什么不能像 CNN 那样叠很多层？过平滑是怎么回事，有什么缓解办法？",
        (
            "**过平滑 over-smoothing**\n"
            "- GCN 每层 = 自己 + 邻居按度归一化加权平均（Â = D^-1/2 (A+I) D^-1/2）→ 本质是 "
            "**低通滤波 / 拉普拉斯平滑**\n"
            "- 叠 k 层 → 看到 k-hop；层数 → ∞，同一连通分量内节点表示收敛到同一向量（只和度有关）→ "
            "分不开\n"
            "- 实践：2–3 层最好，≥ 8 层 acc 明显掉\n"
            "- 解法：残差 / 初始残差（GCNII）、JKNet 跨层聚合、DropEdge、PairNorm；APPNP "
            "把变换和传播解耦（PPR 传播 ~10 步）"
        ),
        (
            "GCN 每一层做的事，其实是把节点自己和邻居的表示按度归一化以后取加权平均，从信号的角度看"
            "是一个低通滤波，也就是拉普拉斯平滑。多叠一层就多看一跳，叠得越多，同一个连通块里的节点"
            "就越像，极限情况下都收敛到一个只跟度有关的向量，分类就分不开了，这就是过平滑。所以实际"
            "用两到三层最好，到八层以上准确率掉得很明显。缓解办法有几类：加残差，或者像 GCNII "
            "那样把初始特征接回来；JKNet 把各层输出合起来用；训练时随机删边的 DropEdge；PairNorm "
            "这种归一化；还有 APPNP，把特征变换和传播拆开，用个性化 PageRank 传播十步左右。"
        ),
        "层数多了以后节点的表示会变得越来越像，区分不开了，所以 GCN 一般就用两三层。",
        (
            "GCN 每一层其实是在做高通滤波，把节点和邻居之间的差异放大，叠的层数越多，节点之间差别就"
            "越大，这就叫过平滑，本质上是梯度爆炸。所以 GCN 其实是越深越好，我们一般叠到十几层，两"
            "三层反而欠拟合。残差和 DropEdge 对 GCN 没有用，反而会让过平滑更严重；APPNP "
            "也是把传播和变换绑在一起做的，传播一步就够了。真正有效的办法是调大学习率。"
        ),
        (
            "图神经网络在工业界用得最多的是推荐和风控。推荐里用户和商品构成二部图，PinSage 在 "
            "Pinterest 上跑了几十亿个节点，靠随机游走挑重要的邻居；风控里一般是异构图，把设备、IP、"
            "银行卡都当节点。大图训练最头疼的是显存，通常要做子图采样，或者把图分区放到多台机器上。"
        ),
        (
            "GCN 为什么不能像 CNN 那样叠很多层，这个问题是这样的，就是它不能叠很多层。过平滑就是过"
            "于平滑了，这是怎么回事呢，就是平滑过了头。有什么缓解办法，办法就是想办法缓解过平滑，就"
            "是这样。"
        ),
    ),
    Case(
        "zh-h37-em",
        "zh",
        "fundamentals",
        "讲一下 EM 算法吧，E 步和 M 步分别在干什么？为什么它能保证收敛？",
        (
            "EM（含隐变量 z 的 MLE）\n"
            "- 目标 max log p(x|θ) = log Σ_z p(x,z|θ)，log 里套求和 → 直接求导难\n"
            "- **E 步**：固定 θ_t，算后验 q(z) = p(z|x, θ_t)（GMM 里 = 每个点属于各分量的“责任” "
            "γ_ik）\n"
            "- **M 步**：max_θ E_q[log p(x,z|θ)] → GMM：用 γ 加权更新 π、μ、Σ（闭式解）\n"
            "- 收敛：Jensen → ELBO 下界；E 步让下界贴紧（KL = 0），M 步抬高下界 → 似然 "
            "**单调不降**\n"
            "- 只保证局部最优 / 鞍点，对初始化敏感 → K-means 初始化 + 多次重启\n"
            "- K-means ≈ 硬分配、方差相同且 → 0 的 GMM"
        ),
        (
            "EM 是用来做带隐变量的最大似然估计的，因为对数似然里是先对隐变量求和再取 "
            "log，直接求导很难。它交替做两步：E 步固定当前参数，算隐变量的后验，比如高斯混合里就是"
            "每个样本属于每个分量的概率，也叫责任度；M 步在这个后验下最大化完整数据对数似然的期望，"
            "高斯混合里就是拿责任度加权，重新算混合系数、均值和协方差，都有闭式解。收敛的原因是用 "
            "Jensen 不等式能得到似然的一个下界，E 步让下界和似然贴紧，M 步把下界往上推，所以似然每"
            "一轮都不会下降。不过只能到局部最优，对初值敏感，一般用 K-means 初始化、多跑几次取最好"
            "的。K-means 本身就可以看成硬分配版的 EM。"
        ),
        "EM 分 E 步和 M 步，一步求期望，一步求最大化，两步交替迭代，高斯混合模型一般就用它来训练。",
        (
            "EM 是做带隐变量的最大似然的。E 步是固定隐变量，用梯度下降更新参数 θ；M "
            "步再固定参数，把每个样本硬分到概率最大的那个分量上，也就是求后验的最大值。高斯混合里均"
            "值和协方差没有闭式解，只能迭代近似。能保证收敛是因为对数似然是凸的，所以 EM "
            "一定收敛到全局最优，跟初始化无关，不需要多次重启。K-means 和 EM 没什么关系，是两种完全"
            "不同的算法。"
        ),
        (
            "隐变量模型除了高斯混合，还有 HMM 和主题模型 LDA。LDA 里每篇文档是几个主题的混合，每个"
            "主题是词表上的一个分布，训练一般用吉布斯采样。现在做主题分析更多是直接对句向量聚类，再"
            "抽关键词给每个簇起名字，比 LDA 的结果好解释得多。"
        ),
        (
            "EM 算法就是 EM 算法，分为 E 步和 M 步。E 步在干 E 步的事情，M 步在干 M "
            "步的事情。为什么它能保证收敛，因为它是能收敛的，所以就能保证收敛。总的来说 EM "
            "算法就是 E 步加 M 步。"
        ),
    ),
    Case(
        "zh-h37-privacy-pushback",
        "zh",
        "behavioral",
        "有没有遇到过业务需求和用户隐私冲突的情况？你当时是怎么处理的？",
        (
            "### 隐私 vs 业务（短信智能分类）\n"
            "- **S**：2021 Q3，端上短信分类（快递 / 验证码 / 营销 / 诈骗），新型诈骗短信召回只有 "
            "61%；产品提议 **上传用户原始短信** 回流标注\n"
            "- **T**：我负责模型；法务没明确拒绝，但短信里有验证码、地址、金额 → 风险太大\n"
            "- **A**：\n"
            "  1. 写一页对比：原始上传 vs 联邦学习 + 端上 DP（ε=4 / 每用户每天）\n"
            "  2. 两周 PoC：20 万台内测机，只上传裁剪 + 加噪后的梯度\n"
            "  3. 用户主动“举报诈骗”时才上传单条，且端上先脱敏（数字 / 地址打码）\n"
            "  4. 拉法务 + 安全一起评审 → 产品同意\n"
            "- **R**：诈骗召回 61% → 84%；原始短信 0 条上传；后来成了部门模板"
        ),
        (
            "有。二一年三季度我负责手机上的短信智能分类，把短信分成快递、验证码、营销和诈骗。新型诈"
            "骗短信的召回只有六成左右，产品就提出把用户的原始短信传回来做标注。法务没明确反对，但我"
            "觉得短信里有验证码、地址、金额，风险太大。我先写了一页对比，把直接上传和联邦学习加端上"
            "差分隐私两个方案摆在一起；然后花两周在二十万台内测机上验证，只上传裁剪、加噪之后的梯度"
            "；用户主动举报诈骗时可以传那一条，但先在手机上把数字和地址打码。最后拉法务和安全一起评"
            "审，产品同意了。上线后诈骗召回到了百分之八十四，没有传过一条原始短信，这套做法后来成了"
            "部门的模板。"
        ),
        (
            "有过，产品想收集用户的原始数据，我觉得隐私风险太大，后来换成了一种不用上传原始数据的做"
            "法，效果也还可以。"
        ),
        (
            "有，二一年做短信分类的时候，诈骗短信召回只有六成，产品提议上传用户原始短信。我觉得这是"
            "最快的办法，联邦学习和差分隐私又慢效果又差，所以我是支持直接上传的，也没有做脱敏，法务"
            "和安全是上线以后才知道的。两周里收了两千万条原始短信去标注，结果召回从八成四掉到了六成"
            "一，后来用户投诉太多整个功能下线了。这件事主要是产品负责，我只是配合。"
        ),
        (
            "我觉得隐私这块现在监管越来越严了，个人信息保护法出来以后，很多公司都在做数据分级分类，"
            "敏感个人信息要单独授权。我们公司也专门成立了隐私合规小组，每个新功能上线前都要做一次隐"
            "私影响评估，填一张很长的表。应用商店审核也会查 App 有没有超范围申请权限。"
        ),
        (
            "有遇到过业务需求和用户隐私冲突的情况。我当时是这样处理的，就是处理了这个冲突。业务需求"
            "很重要，用户隐私也很重要，所以两者冲突的时候我就去处理这个冲突，这就是我当时的处理方式"
            "。"
        ),
    ),
]

CASES = [*_ZH, *EN]
