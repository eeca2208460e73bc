"""A fourteenth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, topics or shapes, on topics no other set uses
(multi-task ranking moving from MMoE to PLE, prefill/decode disaggregation in LLM serving,
DeepSeek's multi-head latent attention against GQA, how NDCG is computed, shipping on time
after half the GPUs were taken away, a CI-failure triage agent with tools and guardrails,
fine-tuning CLIP for visual product search, the logQ correction for in-batch negatives in
two-tower retrieval, the unbiased pass@k estimator, explaining a confidence threshold to
non-technical colleagues, two introductions). References are messy notes (headings,
numbered and bulleted lists, bold, half sentences, arrows, mixed zh/en terms, numbers with
units, formulas, STAR letters in the behavioral notes, a results line). Answers are written
as candidates speak: strong ones paraphrase; partials are vague or make one or two points;
wrong ones are confident and mix the reference's words with wrong facts (someone else's
background, a reversed mechanism, roles swapped, another method, a denial, steps in the
wrong order, wrong numbers, another outcome); off-topic ones are fluent about something
nearby; padded ones restate the question or repeat themselves. Written blind; its first
measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout14_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h14-intro",
        "zh",
        "self_intro",
        "可以先简单介绍一下你自己吗？讲讲你这几年主要在做什么。",
        "自我介绍（控制在 2 min 内，别念简历）\n"
        "- 许嘉宁，浙大 控制学院本科 → 计算机 硕士，2017 届\n"
        "- 2017-2021 某短视频平台 推荐算法：精排 **多目标建模**（时长 / 完播 / 点赞 / 关注"
        " 4 个目标）\n"
        "  - shared-bottom → MMoE → **PLE**，解决跷跷板\n"
        "  - 亮点：人均使用时长 +1.7%，关注率 +4%\n"
        "- 2021-至今 某大模型公司 **推理平台组**，推理服务 owner 之一\n"
        "  - 主导 **PD 分离**（prefill / decode 分开部署）：TTFT P99 2.4s → 0.9s，同 SLO 下"
        "吞吐 +60%\n"
        "  - 也做过 MLA 结构模型的 attention kernel 适配\n"
        "- 带过 3 个应届生\n"
        "- 想找：推理系统 × 模型结构 协同设计（懂算法的系统工程师）",
        "面试官好，我叫许嘉宁，本科在浙大控制学院，硕士转到了计算机，一七年毕业。前四年在一家短视频"
        "平台做推荐，主要是精排的多目标模型，要同时照顾时长、完播、点赞和关注四个目标，模型从共享底"
        "座换到 MMoE，后来又换成 PLE，为的是解决几个目标此消彼长的问题，上线后人均时长涨了一点七个"
        "点，关注率涨了百分之四。二一年我去了现在这家大模型公司的推理平台组，是推理服务的负责人之一"
        "，最主要的一件事是把 prefill 和 decode 拆开部署，首 token 延迟的 P99 从两秒四降到零点九秒"
        "，同样的延迟要求下吞吐多了六成。也做过 MLA 结构模型的 attention 算子适配。另外带过三个应届"
        "生。接下来想做推理系统和模型结构一起设计的方向，做一个懂算法的系统工程师。",
        "我叫许嘉宁，前几年一直在做推荐，后来转去做大模型的推理，主要是推理服务这一块，"
        "做得还挺有意思的。",
        "我叫许嘉宁，北大数学系博士，一九年毕业。之前在一家短视频平台做的是内容审核，推荐其实没怎么"
        "碰过，多目标那块是隔壁组做的。现在在大模型公司做预训练，主要负责数据配比，推理那边我不太参"
        "与，PD 分离是推理组另一个同事主导的，我只是提过一些需求。比较拿得出手的成果是训练吞吐提升"
        "了百分之六，首 token 延迟这块没有变化。以后我想往产品经理的方向转。",
        "我觉得推荐和大模型这两年越来越融合了，比如很多公司在做生成式推荐，把物品编码成语义 ID，用"
        "一个 Transformer 直接生成用户下一个会点的物品。Meta 的 HSTU 把推荐模型做到了万亿参数的规模"
        "，还观察到了类似大模型的 scaling law，我觉得这是推荐领域接下来几年最值得关注的方向。",
        "好的，我先简单介绍一下我自己。我这几年主要在做什么呢，主要就是在做我这几年主要在做的事情。"
        "简单介绍一下的话，就是我自己这几年一直在做这些工作，大概就是这样，这就是我的一个简单介绍。",
    ),
    Case(
        "zh-h14-project-ple",
        "zh",
        "project",
        "你在短视频精排做的多目标模型，为什么从 MMoE 换成了 PLE？具体是怎么做的？",
        "项目：精排多目标 MMoE → PLE（2019.09 - 2020.12）\n"
        "背景：4 个目标 时长 / 完播 / 点赞 / 关注；shared-bottom → MMoE（8 个 expert，每个 task 一"
        "个 gate）\n"
        "**问题：跷跷板 seesaw**\n"
        "- 点赞 AUC 涨 → 时长 AUC 掉，反之亦然；所有 expert 被所有 task 共享 → 互相拉扯\n"
        "- 关注是稀疏目标（正样本 ~0.3%）→ 梯度被时长主导，几乎学不动\n"
        "**PLE（Tencent, RecSys'20）**\n"
        "1. expert 拆成 **task-specific**（每个 task 2 个独占）+ **shared**（4 个共享）\n"
        "2. task gate 只在 自己的独占 + 共享 expert 上加权；shared gate 看全部 expert →"
        " 传给下一层\n"
        "3. 多层 extraction network 堆叠（我们 2 层）→ 逐层分离 task 私有 / 公共信息\n"
        "4. loss = Σ w_k · L_k；关注权重 ×5（试过 uncertainty weighting，不稳定 → 最后手调）\n"
        "**融合**：rank score = pctr^α · pfinish^β · (1 + t_watch)^γ …，α/β/γ 靠线上 A/B "
        "+ 贝叶斯优化搜\n"
        "坑：gate 塌缩（一个 expert 吃 ~90% 权重）→ 加 expert dropout 0.1\n"
        "结果：离线 4 个目标 AUC 全涨（关注 +0.8pt）；线上 人均时长 +1.7%，关注率 +4%，"
        "没再出现跷跷板",
        "精排要同时估时长、完播、点赞、关注四个目标，之前用的 MMoE，八个专家、每个任务一个门控。它"
        "的毛病是跷跷板：点赞调上去时长就掉，因为所有专家被所有任务共用，互相拉扯；关注的正样本才千"
        "分之三左右，梯度基本被时长压住。PLE 把专家分成两类，每个任务独占两个，另外四个大家共享；任"
        "务的门控只在自己的和共享的专家里加权，共享那路的门控看全部专家再往上传，我们叠了两层，把私"
        "有和公共的信息一层层分开。损失是加权求和，关注的权重放大五倍，不确定性加权试过不稳，最后手"
        "调。几个分数用乘幂公式融合成排序分，指数靠线上实验加贝叶斯优化来搜。中间门控塌缩过，一个专"
        "家吃掉九成权重，加了专家 dropout。结果四个目标离线 AUC 都涨，线上人均时长加一点七个点，关"
        "注率加百分之四。",
        "主要是 MMoE 有跷跷板的问题，一个目标涨了另一个就掉。PLE 就是把专家分成每个任务自己独占的和"
        "大家共享的两种，这样效果会好一些。",
        "换 PLE 主要是因为 MMoE 的专家太分散了，每个任务只能用自己那几个专家，任务之间信息共享不够"
        "。PLE 就是把所有专家都改成共享的，再用一个统一的门控给所有任务分配权重，这样任务之间能互相"
        "帮忙。跷跷板其实是换了 PLE 之后才出现的，我们是靠把关注这种稀疏目标的权重调低、甚至先去掉"
        "来解决的。门控塌缩我们没遇到过。上线后时长涨了，但关注率掉了百分之四，我们觉得可以接受。",
        "多目标里另一个常见问题是样本选择偏差，比如转化率模型只在点击过的样本上训练，预测的时候却要"
        "对所有曝光打分。阿里的 ESMM 就是在全部曝光样本上同时学点击率和点击后的转化率，用两者相乘得"
        "到曝光到转化的概率来监督，这样间接把转化率学出来，也缓解了转化样本太稀疏的问题。",
        "为什么从 MMoE 换成 PLE，就是因为要换成 PLE，所以就从 MMoE 换过来了。具体是怎么做的呢，具体"
        "就是把 MMoE 换成了 PLE，精排的多目标模型就是这么做的，大概就是这样换过来的。",
    ),
    Case(
        "zh-h14-project-pd",
        "zh",
        "project",
        "讲讲你主导的 PD 分离：为什么要把 prefill 和 decode 分开部署？最难的地方在哪？",
        "项目：PD 分离推理（2023.06 - 2024.03），模型 70B dense（GQA）\n"
        "**为什么拆**\n"
        "- prefill：整段 prompt 一次算完 → **compute-bound**，决定 TTFT\n"
        "- decode：每步 1 个 token，要读全部权重 + KV cache → **memory-bandwidth-bound**，决"
        "定 TPOT\n"
        "- 混部：长 prompt 的 prefill 插进来 → 同 batch 的 decode 全卡一下（TPOT 抖动）；两边最优并"
        "行策略也不同\n"
        "**做法**\n"
        "1. P 实例 / D 实例分开：P 用 TP=8，D 用 TP=4 + 大 batch\n"
        "2. prefill 完 → KV cache 经 **RDMA** 传给 D 节点（按 layer 流水，边算边传）\n"
        "3. 调度：router 看 prompt 长度 + D 节点剩余 KV 显存；P:D 先 1:3，按 input/outpu"
        "t 长度比动态调\n"
        "4. 超长 prompt（> 8k）用 chunked prefill 兜底\n"
        "**最难：KV 传输** —— 70B、4k prompt 的 KV ≈ 1.3GB → 必须被 prefill 计算盖住；一开始走 TCP"
        "，TTFT 反而变差\n"
        "结果：TTFT P99 2.4s → 0.9s；TPOT P99 85ms → 40ms；同 SLO 下单卡吞吐 +60%",
        "因为两个阶段性质完全不同。prefill 一次把整段 prompt 算完，瓶颈在算力，决定首 token 延迟；d"
        "ecode 每步只出一个 token，却要把权重和 KV cache 全读一遍，卡在显存带宽，决定 token 间隔。"
        "混在一起，一个长 prompt 插进来，同批正在 decode 的请求都会顿一下，两边合适的并行方式也不一"
        "样。所以拆成两类实例，prefill 八卡张量并行，decode 四卡跑大 batch。prefill 算完把 KV cache"
        " 用 RDMA 按层边算边传过去；路由看 prompt 长度和 decode 节点剩的 KV 显存，两类实例先按一比"
        "三配，再动态调。最难的是传 KV，七十 B 模型四 k 的 prompt 就有一点三 G，得藏在计算后面，最"
        "早走 TCP 首 token 反而更慢。最后首 token P99 从两秒四到零点九秒，吞吐多了六成。",
        "prefill 和 decode 的特点不太一样，放在一起会互相干扰，延迟不稳定，所以我们把它们分开部署。"
        "难点主要是 KV cache 要在机器之间传过去，这个比较费劲。",
        "分开的原因是 prefill 主要卡在显存带宽上，decode 才是算力瓶颈，所以 decode 节点我们给了最多"
        "的卡，用八卡张量并行，prefill 用小机器就行。流程上是 decode 节点先把 prompt 读进来，再把 K"
        "V cache 传给 prefill 节点去算首 token。KV cache 其实很小，也就几十兆，TCP 传完全够，所以传"
        "输根本不是难点，最难的是写调度器。上线以后首 token 延迟从零点九秒变成了两秒四，但吞吐翻了"
        "六倍，整体是划算的。",
        "推理加速里我觉得投机解码很实用：用一个小的草稿模型先连续猜几个 token，再让大模型一次前向并"
        "行验证，接受的直接用，不接受的从拒绝的位置重新采样，数学上能保证输出分布和大模型自己生成一"
        "样。接受率高的时候能快两到三倍，草稿模型也可以换成 Medusa 那种多个预测头，或者直接用"
        " n-gram 查表。",
        "为什么要把 prefill 和 decode 分开部署，就是因为需要分开部署，分开之后 prefill 是 prefill，"
        "decode 是 decode。最难的地方在哪呢，最难的地方就是 PD 分离最难的那个地方，这个 PD 分离是我"
        "主导的，整体就是这样。",
    ),
    Case(
        "zh-h14-mla",
        "zh",
        "fundamentals",
        "DeepSeek 的 MLA（多头潜在注意力）是怎么把 KV cache 降下来的？跟 GQA 有什么不同？",
        "## MLA（Multi-head Latent Attention，DeepSeek-V2）\n"
        "动机：decode 是访存瓶颈，KV cache 大 → 限制 batch 和上下文长度\n"
        "**核心：K、V 低秩联合压缩**\n"
        "- 下投影 c_KV = W_DKV · h_t，d_c = 512（原来 n_h·d_h = 128×128 = 16384）\n"
        "- cache 里**只存 c_KV**；用时 上投影 W_UK / W_UV 还原每个 head 的 K、V\n"
        "- 推理技巧：W_UK 吸收进 W_Q，W_UV 吸收进 W_O → 不用真的展开 K、V\n"
        "**RoPE 的麻烦**：RoPE 跟位置相关，夹在中间 → 没法吸收\n"
        "→ **decoupled RoPE**：额外一小段 k^R（64 维，所有 head 共享）单独带位置信息\n"
        "→ 每 token 每层缓存 512 + 64 = 576 个数\n"
        "**vs GQA**\n"
        "- GQA：减少 KV head 数，多个 query head 共用一组 K/V → 每个 head 表达力打折\n"
        "- MLA：每个 head 仍有自己的 K/V（从 latent 还原）→ 效果 ≈ MHA 甚至更好\n"
        "论文：KV cache 比 DeepSeek 67B 少 93.3%，最大生成吞吐 5.76×",
        "出发点是 decode 主要卡在读 KV cache，cache 越大，能放的 batch 和上下文就越小。MLA 对 K 和 "
        "V 做低秩的联合压缩：每个 token 的隐状态先用一个下投影压成一个很短的潜在向量，V2 里是五百一"
        "十二维；缓存里只存这个向量，用的时候再上投影还原出每个头的 K、V。推理时还能把 K 的上投影提"
        "前乘进 query 的投影，V 的乘进输出投影，根本不用展开。麻烦在 RoPE，它跟位置有关，夹在中间就"
        "合并不了，所以把位置单独拆出来，用一小段六十四维、各头共享的 key 来带 RoPE，每个 token 每"
        "层一共存五百七十六个数。和 GQA 比，GQA 是减少 KV 头数、几个 query 头共用一组 K、V，表达力"
        "会打折；MLA 每个头还有自己的 K、V，只是从潜在向量还原，效果和多头注意力差不多甚至更好，cac"
        "he 比他们的 67B 少了九成三。",
        "MLA 就是把 K 和 V 先压缩成一个低维的向量，cache 里只存这个压缩后的向量，所以显存省了很多。"
        "跟 GQA 具体有什么区别我不太确定。",
        "MLA 其实就是一种更激进的 GQA，把一百二十八个 query 头分成两组，每组共享一套 K、V，所以 KV "
        "cache 直接少了六十多倍。所谓潜在，指的是把 KV cache 量化成四 bit 的潜在表示存起来。RoPE 可"
        "以直接加在压缩后的向量上，不需要任何特殊处理。代价是效果比 GQA 还差一些，所以 DeepSeek 只"
        "在小模型上用 MLA，大模型还是用标准的多头注意力。",
        "DeepSeek 另一个特点是 MoE 的设计，它用细粒度的专家切分，把一个大专家拆成好几个小专家，每次"
        "激活更多的小专家，组合更灵活；另外还有几个共享专家，每个 token 都会经过，专门学通用知识。"
        "负载均衡上 V3 去掉了辅助损失，改成给每个专家加一个偏置项，动态调整路由。",
        "MLA 就是多头潜在注意力，它把 KV cache 降下来的办法就是让 KV cache 降下来，所以 KV cache 就"
        "变小了。跟 GQA 有什么不同呢，MLA 和 GQA 是两种不同的注意力，MLA 是 MLA，GQA 是 GQA，不同就"
        "不同在这里。",
    ),
    Case(
        "zh-h14-ndcg",
        "zh",
        "fundamentals",
        "排序评估里常用的 NDCG 是怎么算的？为什么要除以 IDCG？",
        "## NDCG@k\n"
        "- 相关性是**分级**的 rel_i（如 0/1/2/3），不只是 点 / 没点\n"
        "- **DCG@k = Σ_{i=1..k} (2^{rel_i} − 1) / log2(i + 1)**\n"
        "  - 分子 gain：越相关增益越大，指数形式 → 强调高相关（也有直接用 rel_i 的版本）\n"
        "  - 分母 discount：位置越靠后折扣越大；第 1 位 log2(2) = 1 → 不打折\n"
        "- **IDCG@k**：把该 query 的结果按真实相关性理想排序后算的 DCG = 能拿到的最大值\n"
        "- NDCG = DCG / IDCG ∈ [0, 1]\n"
        "  → 不同 query 候选数 / 相关文档数差很多，原始 DCG 没法比、没法平均 → 归一化后对所有"
        " query 求均值\n"
        "vs 其他：MRR 只看第一个相关结果；MAP 只能二值相关；AUC 不管位置\n"
        "坑：IDCG 用 top-k 截断后的候选算还是全量算 → 口径统一；全 0 相关的 query IDCG = 0"
        " → 跳过或记 0",
        "NDCG 适合相关性分了档的场景，比如标成零到三分，而不只是点没点。先算 DCG：取前 k 个结果，每"
        "个位置的增益是二的相关分次方减一，再除以以二为底、位置加一的对数，加起来。分子让越相关的结"
        "果贡献越大，而且是指数增长，更看重高相关的，也有实现直接用相关分；分母是位置折扣，越往后打"
        "折越多，第一位除以一，不打折。IDCG 是把这个 query 的结果按真实相关性理想地排一遍算出的 DCG"
        "，也就是能拿到的最大值，DCG 除以它就落在零到一之间。之所以要除，是因为不同 query 的候选数"
        "和相关文档数差别很大，原始 DCG 没法直接比，也没法平均，归一化以后才能对所有 query 取平均。"
        "另外要注意 IDCG 是在截断后的候选里算还是全量算，口径要统一；全都不相关的 query，IDCG 是零"
        "，要跳过或者记零。",
        "NDCG 是一个考虑位置的排序指标，排得越靠前的结果权重越高，越相关的结果分越高，最后再做个归"
        "一化，这样不同的 query 能放在一起比较。",
        "NDCG 是用每个结果的相关性乘以它的位置序号，再全部加起来，所以越靠后的相关结果贡献越大，这"
        "样能鼓励模型把更多相关的结果召回进来。除以 IDCG 是为了减掉最差排序的分数，IDCG 指的是把结"
        "果倒过来排得到的 DCG，所以 NDCG 的取值在零到 k 之间。另外 NDCG 只能用于二值相关，如果是零"
        "到三分这种分级标注，就要改用 MAP。",
        "线上评估排序效果，我们一般更看 A/B 实验里的点击率、停留时长和次日留存。如果流量不够，可以"
        "用 interleaving，把两个排序模型的结果交错混在一个列表里给同一个用户看，看用户更多点了哪个"
        "模型贡献的结果，灵敏度比普通 A/B 高很多，需要的样本量能少一个数量级。",
        "NDCG 是怎么算的，就是按照 NDCG 的算法算出来的，排序评估里大家常用的就是 NDCG。为什么要除以"
        " IDCG，因为 NDCG 就是要除以 IDCG 的，除完以后就是 NDCG 了，这就是 NDCG 的计算。",
    ),
    Case(
        "zh-h14-beh-gpu",
        "zh",
        "behavioral",
        "讲一次资源严重不够、但你还是按时完成了任务的经历。",
        "STAR —— GPU 被砍一半还要按时上线（2023 Q4）\n"
        "**S**：12 月要上线新 MoE 模型的推理服务；11 月初训练抢卡，我们组压测集群 64 卡 → 32 卡\n"
        "**T**：我是 owner；目标不变：上线前 压测 + 性能回归 + 灰度，只有 5 周\n"
        "**A**\n"
        '1. 先列清单，所有实验按"阻塞上线与否"分 P0 / P1 / P2 → P2（探索性 kernel 调优）直接砍，'
        "和老板对齐\n"
        "2. 压测 8 种部署配置 → 先用小规模 profiling + 性能模型估算，只把最可能的 3 种上真卡\n"
        "3. 找训练组谈：他们每晚存 checkpoint 的窗口卡是空的 → 借给我们（每晚 ~6h，16 卡）\n"
        "4. 性能回归 CI：每个 commit 都跑 → 每天一次 + 合入前手动触发\n"
        "**R**：按时上线，延迟 SLO 达标；总 GPU 时 -45%；夜间借卡后来成了两组之间的固定流程\n"
        '反思：应该更早把"砍什么"写下来让老板签字 —— 前两周我还什么都想做',
        "去年十一月，公司要在十二月上线一个新 MoE 模型的推理服务，我是负责人，结果训练那边抢卡，我"
        "们压测的集群从六十四张被砍到三十二张，时间不变，五周内要做完压测、性能回归和灰度。我先把所"
        "有实验列出来，按会不会卡住上线分三档，探索性的算子调优这种最低档直接不做，并且跟老板对齐了"
        "。压测原本八种部署配置全跑，我改成先用小规模 profiling 加一个性能模型估算，只把最有希望的"
        "三种放到真卡上。然后找训练组商量，他们每晚存 checkpoint 那段时间卡是闲的，借给我们，每晚大"
        "概六小时、十六张卡。性能回归也从每个提交都跑改成一天一次，合入前再手动触发。最后按时上线，"
        "延迟达标，GPU 时间省了四成五，晚上借卡后来成了两个组的固定做法。反思是该更早把砍掉什么写下"
        "来让老板确认。",
        "有一次上线前我们的卡被砍了一半，我就把要做的事情排了一下优先级，不重要的先不做，最后还是按"
        "时上线了。",
        "那次卡从六十四张砍到三十二张，我觉得质量不能妥协，所以一个实验都没砍，八种配置全部在真卡上"
        "完整跑了一遍。我直接找训练组的老板把卡要了回来，他们存 checkpoint 的窗口我们没去动。性能回"
        "归还是每个提交都跑。结果上线推迟了两周，GPU 用量反而多了四成五，不过最后延迟是达标的，我觉"
        "得推迟是值得的。",
        "我觉得做推理服务最重要的是容量规划。一般先按历史流量的峰值估算 QPS，再根据单卡的吞吐算出需"
        "要多少张卡，留百分之三十左右的余量，然后配合弹性扩缩容，高峰期自动加机器，低峰期缩下来省成"
        "本，同时还要盯好各个地域的流量分布。",
        "资源严重不够、但还是按时完成任务的经历，我确实有过一次，那次资源非常不够，真的很不够，但最"
        "后我还是按时完成了任务。这就是一次资源不够、但按时完成的经历，总的来说就是资源"
        "不够也按时完成了。",
    ),
]

CASES = _ZH + EN
