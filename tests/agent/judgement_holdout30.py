"""A thirtieth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, in the brief's area of recommendation and search ranking
and on angles no other set takes (held-out 14 and 15 also touch PLE and position bias): rewriting
long-tail e-commerce search queries with a fine-tuned LLM trained on mined session rewrite pairs,
a cross-encoder relevance filter and offline serving from a key-value store; click-through
against watch time in a short-video ranker, with duration labels as quantiles within length
buckets, PLE and multiplicative score fusion; IVF-PQ against HNSW for embedding retrieval and
their recall, latency and memory trade-offs; AUC against GAUC; reserving traffic for new
products at a short-term GMV cost; propensities from randomised swaps for inverse-propensity
weighted LambdaMART in hotel search; cold start for new users of a podcast app with sign-up
context, in-session embeddings and Thompson sampling; correcting predicted probabilities after
negative downsampling; the seesaw problem and how MMoE and PLE address it; a retrieval model
whose offline gain was lost in a compressed ANN index; two introductions. References are messy
notes (headings, numbered and bulleted lists, bold, half sentences, arrows, mixed zh/en terms,
numbers with units, formulas, STAR letters in the behavioral notes, a results line), some short
and some long. Answers are written as candidates speak: strong ones paraphrase, some with Chinese
numerals, spelled-out numbers and fractions; partials are vague or make one or two points; wrong
ones are confident and mix the reference's words with wrong facts (schools swapped with jobs in
the wrong order, reversed numbers and a denied role; online generation instead of offline, with
denied steps and reversed numbers; the objectives' order reversed, a wrong mechanism under PLE's
name and additive fusion with another outcome; a wrong mechanism under each index's name with
their properties swapped and the choice reversed; AUC's and GAUC's roles swapped with denied
weighting and filtering; someone else's decision with denied safeguards, another share of
traffic and another outcome; schools swapped with jobs in the wrong order, a denied debiasing, a
denied role and reversed numbers; propensities from logged click rates with inverted weights, a
denied clipping and another outcome; the global list kept with denied steps, another exploration
method and reversed numbers; the opposite direction with a wrong formula and denied properties;
MMoE's and PLE's designs swapped with a wrong origin and gate; a denied serving cause with the
opposite action and another outcome); off-topic ones are fluent about something nearby; padded
ones restate the question or repeat themselves. Written blind; its first measurement, by the
lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout30_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h30-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，重点说说你最近在做的事情。",
        (
            "自我介绍（~2 min，主线：推荐 → 搜索）\n"
            "- 林书航｜浙大 统计 本科 2014 → 复旦 计算机 硕士 2017\n"
            "- 2017–2020 拾光视频（短视频 App）推荐算法\n"
            "  - 精排 CTR 模型：LR + GBDT → DeepFM → 多目标 PLE；人均时长 +4.1%\n"
            "- 2020–至今 禾页优选（电商，DAU ~900 万）**搜索算法**，组长，带 5 人\n"
            "  - query 理解 + 改写：无结果率 6.8% → 2.3%\n"
            "  - 向量召回（双塔 + IVF-PQ）上线，搜索 GMV +3.2%\n"
            "- 为什么来：想做生成式检索 / 用大模型做搜索，不只是调特征"
        ),
        (
            "面试官您好，我叫林书航。本科在浙江大学读统计，一四年毕业，然后在复旦读了计算机硕士。第"
            "一份工作在拾光视频做短视频推荐，负责精排，从 LR 加 GBDT 一路换到 DeepFM，后来又做了多"
            "目标，人均时长涨了四个点左右。二〇年去了禾页优选，一家日活九百万上下的电商，我做搜索算"
            "法，现在是组长，带五个人。主要做了两件事：一是 query 理解和改写，把搜不出结果的比例从"
            "百分之六点八压到二点三；二是把双塔向量召回上了线，搜索 GMV 涨了三个多点。想来这边，是"
            "因为想用大模型做搜索、做生成式检索，而不是每天只调特征。"
        ),
        "我叫林书航，之前在一家视频公司做过推荐，现在在电商公司做搜索相关的工作，也带一个小组。",
        (
            "我叫林书航，本科在复旦读计算机，硕士去浙大读了统计，一七年毕业。毕业后先去了禾页优选做"
            "搜索，后来才到拾光视频做推荐。搜索那边的无结果率我接手时是百分之二点三，后来涨到了六点"
            "八；向量召回我们评估过，GMV 反而掉了，就没有上线。我一直是一线工程师，没带过人。想来这"
            "边主要是想转去做广告出价。"
        ),
        (
            "电商搜索跟网页搜索很不一样，用户的 query 特别短，平均就两三个词，而且很多是品牌加品类"
            "，比如“耐克 跑鞋”。另外结果不光要相关，还得考虑价格、销量、店铺等级，运营也经常要插坑"
            "位做活动。大促的时候流量是平时的十几倍，整个系统都得提前扩容压测。"
        ),
        (
            "好的，我先做个自我介绍。我就是我，最近在做的事情就是我最近在做的事情。重点说的话，重点"
            "就是最近在做的这些事情。总之我的介绍就是这样，最近在做的事情大概也就是这些。"
        ),
    ),
    Case(
        "zh-h30-query-rewrite",
        "zh",
        "project",
        "你们电商搜索里的 query 改写是怎么做的？长尾 query 搜不出东西的问题是怎么解决的？",
        (
            "## Query 改写（长尾 / 无结果）\n"
            "**背景**：长尾 query 占 PV ~35%，无结果率 6.8%；老方案 = 同义词词表 + 人工规则 → 覆盖"
            '不了口语化 query（"适合小个子的阔腿裤"）\n'
            "**方案**\n"
            "1. 挖训练数据：session 内改写对（q1 无点击 → q2 有成交）+ 点击二部图 q → item → q'，共"
            " ~1,200 万对\n"
            "2. 生成：Qwen-7B SFT 做 rewrite，每个 query beam search 出 top-5 改写\n"
            "3. 过滤：相关性模型（BERT cross-encoder，人工标注 4 万条训练）打分 ≥ 0.7 才保留 → 防语"
            '义漂移（"苹果" 水果 vs 手机）\n'
            "4. 上线：**离线**给长尾 query 批量生成 → 存 KV，线上查表；头部 query 不改写\n"
            "   - 不在线调 LLM → 延迟 +0 ms\n"
            "**结果**：无结果率 6.8% → 2.3%；长尾 query 转化率 +7.5%（相对）；人工抽检 badcase < 1%"
        ),
        (
            "长尾的 query 差不多占三分之一的流量，其中将近百分之七搜不出东西，老办法是同义词表加人"
            "工规则，口语化的长句基本接不住。我先从日志里挖改写样本：同一个 session 里用户第一次搜"
            "了没点，换个说法以后下了单，这就是天然的一对，再加上点击二部图，一共一千两百万对左右。"
            "然后拿七 B 的千问做 SFT 来生成改写，每个 query 出五个候选，后面接一个交叉编码器的相关"
            "性模型，分数过零点七才留下，防止像“苹果”这种改着改着意思就跑偏了。上线时没有在线调大模"
            "型，而是离线给长尾 query 算好存进 KV 直接查，头部 query 不动，所以延迟没有增加。结果无"
            "结果率降到两个点出头，长尾的转化率相对涨了七个半点。"
        ),
        (
            "主要就是用大模型来做 query 改写，把用户口语化的说法改成商品库里能搜到的词，这样长尾 "
            "query 搜不出东西的情况就少了很多。"
        ),
        (
            "我们是线上实时调用七 B 的模型做改写，每个请求现场生成，头部 query 也一起改，因为头部流"
            "量最大、收益最多。训练数据没用 session 日志，主要是把人工的同义词表转成改写对，几万条"
            "就够了。相关性模型过滤我们试过，会把好的改写也砍掉，所以没上，直接用 beam search 出来"
            "的第一个结果。上线以后无结果率从二点三涨到了六点八，延迟也多了两百毫秒，但转化率还是涨"
            "了。"
        ),
        (
            "电商搜索的排序一般分召回、粗排、精排三层。精排用的特征很多，比如商品的历史点击率、价格"
            "段、用户的性别年龄、店铺评分。训练目标通常是点击和成交一起学，样本里要处理好曝光未点击"
            "的负样本。另外搜索里个性化不能太重，不然用户搜同一个词每次结果都不一样，会觉得不靠谱。"
        ),
        (
            "query 改写是怎么做的呢，就是把 query 改写一下。长尾 query 搜不出东西，我们就解决了搜不"
            "出东西的问题。总的来说，query 改写就是改写 query，长尾的问题也就是这样解决的。"
        ),
    ),
    Case(
        "zh-h30-ctr-vs-time",
        "zh",
        "project",
        "你在短视频精排里做多目标，点击率和观看时长经常打架，你们是怎么处理的？",
        (
            "多目标精排：CTR vs 时长（拾光视频，2019）\n"
            "- 问题：只有 CTR 一个目标 → 标题党 / 超短视频被推爆，人均时长掉；加时长 loss 后出现**"
            "跷跷板**：时长涨 CTR 掉\n"
            "- 时长 label：原始秒数偏向长视频 → 按视频长度分 20 桶，桶内**分位数**当 label（0~1）\n"
            "- 模型：shared-bottom → MMoE → **PLE**（每任务 2 个独享 expert + 2 个共享 expert，2 "
            "层 extraction）\n"
            "- 融合：score = pCTR^α × pTime^β，α = 1，β 线上 A/B 扫 {0.5, 1, 1.5} → 选 1\n"
            "- 结果：CTR 持平（-0.2%），人均时长 +4.1%，完播率 +6%"
        ),
        (
            "最早只有点击率一个目标，结果标题党和特别短的视频被推得很多，人均时长往下掉。加上时长目"
            "标以后又出现了典型的跷跷板，一个涨另一个就跌。我们做了三件事。第一是时长的标签，直接用"
            "秒数会偏向长视频，所以按视频长短分成二十个桶，在桶内取分位数当标签。第二是模型从共享底"
            "座换到 MMoE，再换到 PLE，每个任务有两个自己的专家，另外两个共享，叠两层。第三是融合，"
            "点击率和时长的预估各取一个幂次再相乘，时长那个指数在线上试了零点五、一和一点五，最后定"
            "的一。结果点击率基本没动，人均时长涨了四个点多，完播率涨了六个点。"
        ),
        "我们用了 PLE 这种多任务模型，点击和时长一起学，最后把两个分数乘起来排序，时长涨了一些。",
        (
            "我们一开始只优化时长，后来加了点击率才出现跷跷板。时长标签就用原始秒数，没有分桶，因为"
            "长视频本来就应该多推。模型上 PLE 的做法是所有专家全部共享、所有任务共用一个门控，比 "
            "MMoE 更省参数。融合用的是加权求和，点击率权重一点五、时长零点五。上线后人均时长其实掉"
            "了一点，但点击率涨了四个点，所以还是全量了。"
        ),
        (
            "短视频推荐里冷启动很关键，新视频发出来先给一个小流量池，比如三百次曝光，看互动率好不好"
            "，好的再放进更大的池子。另外创作者这一侧也要考虑，如果流量都集中在头部作者，新作者没有"
            "动力持续发视频，生态就会变差，所以很多平台会给中小作者保量。"
        ),
        (
            "点击率和观看时长确实经常打架，我们就处理了这个打架的问题。多目标的话就是有多个目标，点"
            "击率是一个目标，时长也是一个目标，它们打架我们就处理，处理的方式就是把打架的问题处理好"
            "。"
        ),
    ),
    Case(
        "zh-h30-ivfpq-hnsw",
        "zh",
        "fundamentals",
        "向量召回的 ANN 索引，IVF-PQ 和 HNSW 你怎么选？讲讲原理，以及召回率、延迟、内存上的取舍。",
        (
            "### ANN：IVF-PQ vs HNSW\n"
            "**IVF**：k-means 把库聚成 nlist 个簇（如 4096）→ 查询只搜最近的 nprobe 个簇；nprobe ↑ "
            "→ recall ↑ 延迟 ↑\n"
            "**PQ**：向量切 m 段（768 维 → 96 段 × 8 维），每段 256 个码字 → 每段 1 byte；768×4B = "
            "3KB → 96B（压缩 32×）\n"
            "  - 查询 ADC：先算 query 每段到码字的距离表，查表累加 → 快；有量化误差 → 用原始向量 "
            "rerank top-k\n"
            "**HNSW**：多层图，上层稀疏跳得远、下层稠密走得细；M（每点边数）/ efSearch ↑ → recall ↑"
            " 延迟 ↑\n"
            "取舍：\n"
            "- HNSW：recall 高（>0.98）、延迟低，但**内存大**（原始向量 + 图边），删除 / 更新麻烦\n"
            "- IVF-PQ：内存小，亿级能放 GPU；recall 天花板低（~0.9），靠 rerank 补\n"
            "- 我们：商品 2 亿 → IVF-PQ；内容池 500 万 → HNSW"
        ),
        (
            "IVF 是先用 k-means 把库分成几千个簇，查的时候只看离查询最近的几个簇，nprobe 开得越大召"
            "回越高，也越慢。PQ 是压缩，把七百六十八维切成九十六小段，每段从二百五十六个中心里挑一"
            "个，一个字节就存下了，三 K 的向量变成九十六字节。查询时先算好每段到各个码字的距离表，"
            "查表相加，很快，但有量化误差，所以常拿原始向量把前 k 个重排。HNSW 是分层的图，上层点少"
            "一步跳得远，下层点密慢慢逼近，M 和 efSearch 调大召回更高、也更慢。取舍是 HNSW 召回能到"
            "九成八以上、延迟低，但很吃内存，删改也麻烦；IVF-PQ 省内存，上亿条也能放进 GPU，召回上"
            "限差不多九成，靠重排补。所以两亿商品我们用 IVF-PQ，五百万的内容池用 HNSW。"
        ),
        (
            "HNSW 是基于图的，召回高、速度快，但比较占内存；IVF-PQ 会压缩向量，省内存，但召回会差一"
            "点。"
        ),
        (
            "IVF 其实就是给每个向量建一张近邻图，nprobe 是每个点连的边数，开大了反而更快。PQ 本质上"
            "是 PCA 降维，把七百六十八维降到九十六维，所以没有量化误差，也不需要拿原始向量重排。"
            "HNSW 是最省内存的，因为它只存图不存向量，删改也很方便；IVF-PQ 内存大，但召回能到九成九"
            "。所以我们两亿商品用 HNSW，五百万的内容池用 IVF-PQ。"
        ),
        (
            "向量召回的效果很大程度上取决于双塔模型本身。负样本怎么采很关键，只用曝光未点击的负样本"
            "会有选择偏差，所以一般会加随机负样本和 batch 内负样本，batch 内负样本还要做热门打压。"
            "另外用户塔可以实时算，物品塔离线算好以后定期刷新。"
        ),
        (
            "IVF-PQ 和 HNSW 怎么选，就要看怎么选。原理就是它们的原理，召回率、延迟、内存上都有取舍"
            "，取舍就是要在召回率、延迟、内存之间做取舍。所以怎么选还是要看具体怎么选。"
        ),
    ),
    Case(
        "zh-h30-gauc",
        "zh",
        "fundamentals",
        "推荐里离线为什么常看 GAUC，而不只看 AUC？GAUC 是怎么算的？",
        (
            "AUC vs GAUC\n"
            '- AUC：随机取一正一负，正样本得分更高的概率；**跨用户**混着比 → 模型只要分出"爱点的用'
            '户"就能涨\n'
            "- 线上排序只在**同一用户**的候选里比 → AUC 涨，线上不一定涨\n"
            "- GAUC = Σ_u w_u · AUC_u / Σ_u w_u，w_u = 该用户曝光数（或点击数）；全正 / 全负的用户"
            "去掉\n"
            "- 经验：GAUC 和线上 CTR 的一致性比 AUC 好；GAUC +0.001 就值得上 A/B"
        ),
        (
            "AUC 说的是随便抽一个正样本和一个负样本，正样本打分更高的概率。问题在于它把所有用户混在"
            "一起比，模型只要学会分辨哪些人爱点、哪些人不爱点，AUC 就能涨；可线上排序只在同一个人自"
            "己的候选里排，跨用户比没有意义，所以 AUC 涨了线上不一定涨。GAUC 就是按用户分组，每个用"
            "户单独算 AUC，再按他的曝光次数加权平均，只有正样本或只有负样本的用户算不出来，直接去掉"
            "。经验上它跟线上点击率的走势更一致，涨千分之一就值得拿去做实验。"
        ),
        "GAUC 是按用户分组算的 AUC，比全局的 AUC 更接近线上的情况。",
        (
            "AUC 衡量的其实是同一个用户内部的排序能力，GAUC 反而是把所有用户混起来算的全局指标。"
            "GAUC 的算法是每个用户的 AUC 直接简单平均，不用按曝光加权，而且只有正样本的用户也要保留"
            "，不然会有偏。经验上 AUC 跟线上点击率更一致，GAUC 波动太大，一般只当参考。"
        ),
        (
            "离线评估除了看排序，还会看 logloss，看预估的概率准不准。推荐里的预估值要拿去做多目标融"
            "合或者算出价，所以校准很重要，常用的办法有 Platt scaling 和保序回归。另外训练集和测试"
            "集一定要按时间切，随机切会有穿越。"
        ),
        (
            "离线为什么看 GAUC 而不只看 AUC，是因为 GAUC 是 GAUC，AUC 是 AUC。GAUC 怎么算的话，就是"
            "按 GAUC 的算法来算。所以离线我们会看 GAUC，也会看 AUC，GAUC 就是这么算的。"
        ),
    ),
    Case(
        "zh-h30-new-item-boost",
        "zh",
        "behavioral",
        "讲一次你为了长期收益，推动了一个短期指标会变差的决定。",
        (
            "**新品冷启动扶持（禾页优选 2022 Q3）**\n"
            "S：新上架商品 7 天内曝光 < 50 的占 62% → 商家流失、招商投诉；排序模型没历史数据 → 新品"
            "永远排不上去\n"
            "T：我提的方案，要说服业务方接受短期 GMV 下降\n"
            "A：\n"
            "1. 给新品单独留 5% 流量坑位 + 用类目 / 品牌 / 价格等内容特征做冷启动预估（不依赖 item "
            "ID）\n"
            "2. 预估短期 GMV -0.8%，提前和业务负责人对齐；约定**止损线 -1.5%**，每周复盘\n"
            "3. 开 6 周长期实验（5% holdout 对照），看新品 30 天 GMV，不只看当天\n"
            "R：前 2 周 GMV -0.6%，第 5 周起转正；新品 30 天动销率 21% → 34%，商家流失 -18%；全量"
        ),
        (
            "二二年三季度在禾页优选，新上架的商品六成多第一周曝光不到五十次，因为排序模型对它们没有"
            "历史数据，新品基本排不上去，商家开始流失，招商那边天天被投诉。我提的方案是给新品专门留"
            "百分之五的流量，再用类目、品牌、价格这些内容特征来预估新品，不靠商品 ID。难点是短期 "
            "GMV 大概要掉零点八个点，所以我事先跟业务负责人算清楚，约好掉到一点五就停，每周一起复盘"
            "，然后留对照组跑了六周，看新品三十天的成交而不只看当天。结果头两周 GMV 掉了零点六，第"
            "五周开始转正，新品一个月的动销率从两成出头涨到三成多，商家流失少了将近两成，最后全量了"
            "。"
        ),
        (
            "有过一次，做新品扶持的时候给新商品多分了一点流量，短期 GMV 会掉一点，我跟业务沟通了一"
            "下，后来效果还不错。"
        ),
        (
            "有一次是新品冷启动。当时新上架商品曝光不到五十的其实只有百分之六左右，问题不大，是业务"
            "负责人坚持要给新品留流量，我是反对的，因为短期 GMV 肯定掉。最后我们没设止损线，也没做"
            "长期实验，直接全量给新品留了三成流量。结果 GMV 一直没回正，掉了三个多点，两周后就回滚"
            "了，新品动销率也没怎么变。"
        ),
        (
            "我觉得实验平台本身很重要。我们以前的分流是按用户 ID 取模，后来发现不同实验层之间流量不"
            "正交，结果互相污染，就改成了分层哈希，每层用不同的盐。另外我们加了分流比例检查，比例一"
            "偏就报警，这样很多实验的结论才可信。"
        ),
        (
            "为了长期收益推动短期指标变差的决定，我是做过的。当时短期指标会变差，但为了长期收益，我"
            "就推动了这个决定。总的来说就是，长期收益很重要，短期指标变差也可以接受，所以我推动了这"
            "个决定。"
        ),
    ),
]

CASES = [*_ZH, *EN]
