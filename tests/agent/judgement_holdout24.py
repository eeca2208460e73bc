"""A twenty-fourth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on topics no other set uses (diversity in a feed
reranker with a determinantal point process, moving ad-conversion data from a daily Hive batch
to Flink with a two-stream join, non-maximum suppression and Soft-NMS, data skew in Spark jobs,
pushing a vague "merchant data diagnosis" request to delivery, moving marketplace search from
hand-tuned boosts to LambdaMART with human labels and interleaving, cutting the GPU cost of an
image-embedding service with TensorRT and Triton dynamic batching, matrix factorisation on
implicit feedback with confidence weights and ALS, feature pyramid networks, raising a photo
classifier's bias against rural listings that nobody had asked about, two introductions).
References are messy notes (headings, numbered and bulleted lists, bold, half sentences, arrows,
mixed zh/en terms, numbers with units, formulas, STAR letters in the behavioral notes, a results
line), some short and some long. Answers are written as candidates speak: strong ones
paraphrase, some with Chinese numerals and spelled-out numbers; partials are vague or make one
or two points; wrong ones are confident and mix the reference's words with wrong facts (schools
swapped with jobs in the wrong order, a denied role and wrong numbers, a different stage and a
reversed objective with another outcome, another mechanism with denied steps and wrong numbers,
steps reversed with a different method under the same name, a fix the notes rule out with the
uses of the two joins swapped, the opposite action and another outcome, schools swapped with a
denied role, clicks as labels with the evaluation steps in the wrong order and a reversed
property, a reversed bottleneck with another precision and wrong numbers, the explicit-rating
method under the implicit name with a denied solver, a reversed direction with a denied single
pass, the opposite action and another outcome); off-topic ones are fluent about something
nearby; padded ones restate the question or repeat themselves. Written blind; its first
measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout24_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h24-intro",
        "zh",
        "self_intro",
        "先用两分钟左右介绍一下你自己吧。",
        "自我介绍（2 min，主线：数仓 → 实时特征 → 想去 ML 平台）\n"
        "- 周雨桐：武大 统计 本科 2016 → 浙大 计算机 硕士 2019\n"
        "- 2019–2022 蓝鲸物流 数据开发\n"
        "  - 离线数仓 Hive + Spark，分层 ODS/DWD/DWS/ADS\n"
        "  - 主导 **运单宽表** 重构：日跑批 5.5h → 1.8h\n"
        "- 2022–至今 橙果短视频 **实时数据组**\n"
        "  - Flink + Kafka 实时特征 → 给推荐排序用；峰值 ~120 万 events/s\n"
        "  - 数据质量平台：字段级监控 + 血缘，告警误报 ↓60%\n"
        "  - 带 3 人\n"
        "- 为什么看机会：想离模型更近 → ML 平台 / 特征平台",
        "面试官好，我叫周雨桐。本科在武汉大学学统计，一六年毕业，之后到浙大读了计算机的硕士。一"
        "九年毕业去了蓝鲸物流做数据开发，主要是离线数仓，用 Hive 和 Spark，按 ODS、DWD 这几层来"
        "建。那几年我牵头把运单宽表重新做了一遍，每天的跑批从五个半小时压到了不到两个小时。二二"
        "年我到了橙果短视频的实时数据组，用 Flink 和 Kafka 给推荐排序算实时特征，高峰的时候一秒"
        "钟一百多万条事件。另外我还搭了一个数据质量平台，能监控到字段级别，也做了血缘，告警的误"
        "报少了六成左右。现在组里我带三个同学。想换机会，是因为我想离模型更近一点，去做机器学习"
        "平台或者特征平台这类事情。",
        "我叫周雨桐，一直在做数据开发，离线和实时都做过，现在想往模型那边靠一靠。",
        "我叫周雨桐，本科是浙大计算机，硕士去武大读的统计，一七年毕业。第一份工作就在橙果短视频"
        "，做的是离线报表，后来才跳到蓝鲸物流做实时。运单宽表那个重构其实是别的组主导的，我只是"
        "配合一下，而且改完以后跑批反而从两个小时变成了五个多小时。实时那边峰值也就每秒几千条，"
        "数据质量平台我们没做。我现在不带人，想换工作主要是想转去做后端业务开发。",
        "说到数据开发，我觉得现在很多公司的数仓分层其实做得太重了。ODS、DWD、DWS、ADS 一层层建"
        "下来，口径越来越多，最后同一个 GMV 能有五个版本。比较好的做法是先把指标字典和口径管理"
        "立起来，一个指标只有一个 owner，下游都引用同一个定义，这比多建几层表重要得多。",
        "好的，那我先做个自我介绍，大概两分钟。我是做这个方向的，我的经历就是我之前的经历，也就"
        "是我这些年做过的事情。总的来说我的背景就是这样，我就是这样一个人，希望通过这个自我介绍"
        "让您了解我，这就是我的自我介绍。",
    ),
    Case(
        "zh-h24-feed-dpp",
        "zh",
        "project",
        "讲讲你在信息流重排里做多样性的那个项目，具体是怎么做的？",
        "## 信息流重排：多样性（DPP）\n"
        "**背景**：精排只按 pCTR×pDur 排 → 头部同类扎堆（连刷 5 条萌宠），用户反馈“刷腻了”；人"
        "工打散规则（同类目间隔≥3）难维护、和精排分打架\n"
        "**方案**\n"
        "1. 位置：精排 top 200 → 重排选 20 条下发\n"
        "2. DPP：核矩阵 L = diag(q) · S · diag(q)\n"
        "   - q_i = 精排分（质量）；S_ij = 多模态 content embedding 余弦相似度（64 维）\n"
        "   - 目标 max log det(L_Y) → 质量高 + 彼此不相似\n"
        "3. 贪心 MAP + Cholesky 增量更新，O(N·k²)，200 选 20 < 3 ms\n"
        "4. θ 调 质量/多样性 权衡：q_i → exp(θ·r_i)；θ 离线网格 → 线上 AB\n"
        "5. 硬规则兜底：同作者不连出\n"
        "**坑**：embedding 分不清“同主题不同角度” → 类目 one-hot 拼进相似度，权重 0.3\n"
        "**结果**（AB 2 周，10% 流量）：人均时长 +2.1%，次留 +0.4pt，人均曝光类目数 +13%，单条 "
        "CTR −0.8%（可接受）",
        "背景是我们精排只看点击率乘时长的分，排出来前面经常扎堆，一刷连着五条都是萌宠，用户会觉"
        "得腻。以前靠人工规则打散，比如同类目至少隔三条，但规则很难维护，还老跟精排分打架。所以"
        "我们在精排后面加了一层重排，从精排前两百条里挑二十条下发，用的是行列式点过程。它的核矩"
        "阵可以理解成质量乘相似度：每条内容的质量就用精排分，两条内容之间的相似度用多模态 "
        "embedding 的余弦，然后去找让这个子矩阵行列式最大的那一组，这样选出来的既分高、彼此又不"
        "太像。求解用贪心的 MAP，配合 Cholesky 分解做增量更新，二百选二十三毫秒以内就算完了。质"
        "量和多样性之间用一个参数来权衡，先离线网格搜，再线上 AB 定。同作者不能连着出这种硬规则"
        "还留着兜底。有个坑是 embedding 分不清同一个话题的不同角度，后来我们把类目的 one-hot 也"
        "拼进相似度里，给了零点三的权重。十分之一流量跑了两周，人均时长涨了百分之二点一，次留涨"
        "零点四个点，每人看到的类目数多了百分之十三，单条点击率掉了不到一个点，我们觉得可以接受"
        "。",
        "我们在重排那一层加了 DPP 来做多样性，简单说就是让推出去的内容别太像，上线以后时长涨了"
        "一点。",
        "这个项目我们是在召回阶段就用了 DPP，先从几万条候选里挑出两千条再交给精排，这样精排压力"
        "小。核矩阵里的相似度用的是物品 ID 的点击共现，没用 embedding，因为 embedding 太慢。目"
        "标是让选出来的子集行列式尽量小，这样相似的内容能聚在一起，用户连着看同一类更容易沉浸。"
        "求解我们用的是精确求解，大概三十毫秒。上线以后单条 CTR 涨了百分之二，时长略微降了一点"
        "，不过原来那些人工打散规则我们就全删掉了，同作者连出也不再限制。",
        "重排之前，精排这块我们做过多目标融合，点击、时长、点赞、关注各有一个模型，最后要合成一"
        "个分。一开始是加权求和，但不同目标量纲差很多，后来改成乘法形式，每个目标的预估值开个幂"
        "次再相乘，幂次用贝叶斯优化在线上调，调一次大概要一周的实验流量。",
        "信息流重排里的多样性项目，就是在信息流的重排里做多样性。具体怎么做的呢，具体来说就是做"
        "了多样性，让重排变得更多样。这个项目主要就是多样性，重排的多样性是很重要的，所以我们就"
        "做了这个多样性的项目，整体就是这样。",
    ),
    Case(
        "zh-h24-realtime-conv",
        "zh",
        "project",
        "你们把广告转化数据从 T+1 改成实时的那个项目，具体是怎么做的？",
        "实时化改造（广告转化，T+1 → 分钟级）\n"
        "- 痛点：Hive 每日跑批，投放侧次日 9 点才看到转化；出价模型用的是昨天的数据\n"
        "- 架构：埋点 → Kafka → Flink → ① Doris 实时看板 ② Redis 在线特征\n"
        "- 关键点\n"
        "  * 双流 join：点击流 ⨝ 转化流（interval join）；转化回传延迟 P99≈26h，窗口开 7 天 "
        "state 太大 → **state TTL 48h**，超时的落 HBase，离线补\n"
        "  * 乱序：event time + watermark（允许乱序 5 min），迟到数据 → side output\n"
        "  * exactly-once：checkpoint 1 min + Kafka 两阶段提交 sink；写 Redis 幂等（key 带 "
        "click_id）\n"
        "  * 离线/实时对账：每天 T+1 对比，差异 < 0.5% 才算过\n"
        "- 结果：转化可见延迟 ~1 天 → 3 min；出价模型用上小时级特征 ROI +4.6%；state ≈ 800 GB（"
        "RocksDB）",
        "原来转化数据是 Hive 每天跑一次批，投放那边要到第二天早上九点才能看到昨天的转化，出价模"
        "型用的也是前一天的数据，所以要做实时。链路是埋点进 Kafka，Flink 来消费，一路写到 "
        "Doris 给实时看板，一路写到 Redis 给线上特征用。最难的是点击流和转化流的关联：转化回传"
        "很慢，九十九分位要二十六个小时左右，要是 join 的窗口开七天，状态会大得扛不住，所以我们"
        "把状态的过期时间设成两天，两天内没等到的就落到 HBase，靠离线去补。乱序方面用事件时间加"
        "水位线，允许五分钟的乱序，再晚到的走侧输出单独处理。精确一次是靠每分钟一次 checkpoint"
        "，加上 Kafka 的两阶段提交，写 Redis 的时候 key 里带着 click_id，重复写也没关系。每天还"
        "会跟离线的结果对一次账，差异在千分之五以内才算通过。最后转化三分钟左右就能看到，出价模"
        "型用上了小时级的特征，ROI 提了百分之四点六，状态放在 RocksDB 里，大概八百个 G。",
        "就是把原来 Hive 每天跑的批改成 Kafka 加 Flink 实时算，看板上几分钟就能看到转化了。",
        "我们这个实时改造其实挺直接的，Flink 用处理时间就够了，不需要事件时间和 watermark，乱序"
        "对广告数据影响不大。点击流和转化流用的是十分钟的滚动窗口 join，十分钟内没回传的转化就"
        "直接丢掉，反正占比很小，也没有落 HBase 补数。精确一次我们没做，Kafka 两阶段提交太重了"
        "，就用 at-least-once 加下游去重。离线和实时也没对账，实时上线以后离线链路就下掉了。效"
        "果上转化从一天缩短到一个小时左右能看到，出价模型那边没改，ROI 基本没变化。",
        "实时数仓现在主要就是 Lambda 和 Kappa 两种架构。Lambda 是批和流两套链路并行，批的结果准"
        "，流的结果快，但两套代码口径很难对齐；Kappa 只保留流，需要重算的时候从 Kafka 把数据重"
        "放一遍。我个人更倾向湖仓一体，比如用 Iceberg 或者 Paimon 做存储，批流共用一套表，这样"
        "运维成本会低很多。",
        "把 T+1 改成实时的项目，就是把原来 T+1 的数据改成实时的数据。具体怎么做的，就是我们做了"
        "实时化的改造，让数据从 T+1 变成了实时。这个项目的核心就是实时，实时是很重要的，所以我"
        "们把它改成了实时，大概就是这样一个项目。",
    ),
    Case(
        "zh-h24-nms",
        "zh",
        "fundamentals",
        "目标检测里 NMS 是怎么做的？Soft-NMS 又改了什么？",
        "NMS（非极大值抑制）\n"
        "1. 按置信度 score 降序\n"
        "2. 取最高的框 M → 放进结果\n"
        "3. 其余框与 M 算 IoU，IoU > 阈值（常用 0.5）的**直接删**\n"
        "4. 重复到候选为空；一般 per-class 做\n"
        "问题：密集/遮挡，两个真目标重叠大 → 后一个被误删 → recall↓\n"
        "Soft-NMS：不删，**降分**\n"
        "- 线性：s_i ← s_i·(1 − IoU)（IoU > N_t 时）\n"
        "- 高斯：s_i ← s_i·exp(−IoU²/σ)，σ≈0.5\n"
        "- 最后按 score 阈值过滤；不用重训，COCO mAP 约 +1\n"
        "（延伸：DETR 一对一匹配 → 不需要 NMS）",
        "NMS 就是非极大值抑制。先把所有检测框按置信度从高到低排好，拿出分最高的那个放进结果里，"
        "然后把剩下的框都跟它算一下 IoU，重叠超过阈值的，一般是零点五，就直接扔掉，再从剩下的里"
        "面继续拿最高分，循环到没有框为止，通常每个类别单独做一遍。它的问题在人很挤、互相遮挡的"
        "时候，两个真实目标本来就重叠很多，后面那个就会被当成重复框删掉，召回就掉了。Soft-NMS "
        "的思路是不删，而是按重叠程度把分数压低：线性版就是乘上一减 IoU，高斯版是乘一个关于 "
        "IoU 平方的指数衰减，σ 取零点五左右，最后再用分数阈值筛一遍。它不需要重新训练，推理时直"
        "接换上就行，在 COCO 上 mAP 大概能涨一个点。另外像 DETR 这种一对一匹配的检测器，本身就"
        "不需要 NMS。",
        "NMS 就是把重叠很多的框去掉，只留分数最高的那个。Soft-NMS 是它的改进版，效果会好一些。",
        "NMS 的做法是先把所有框两两算 IoU，把 IoU 低于零点五的那些框删掉，因为不重叠说明是误检"
        "，剩下的再按分数从低到高排，逐个保留。它一般是所有类别放在一起做，不分类别。Soft-NMS "
        "其实就是把阈值调软一点，从零点五放宽到零点七，框还是直接删掉，只不过删得少一些，另外需"
        "要重新训练检测头，让分数适应新的阈值，在 COCO 上大概能涨五个点。",
        "检测框的回归我觉得更值得讲。早期用 smooth L1 直接回归四个坐标，但它跟评估用的 IoU 不一"
        "致，所以后来有了 IoU loss、GIoU、DIoU 和 CIoU。GIoU 在两个框不相交的时候也能给出梯度，"
        "DIoU 额外加了中心点距离，CIoU 再加上长宽比的一致性，收敛会更快。",
        "NMS 是怎么做的，Soft-NMS 改了什么，这是目标检测里的问题。NMS 就是 NMS 的做法，"
        "Soft-NMS 就是在 NMS 上做了改动，改了一些东西。总之 NMS 在目标检测里很重要，Soft-NMS 也"
        "很重要，它们都是目标检测里的方法。",
    ),
    Case(
        "zh-h24-spark-skew",
        "zh",
        "fundamentals",
        "Spark 任务遇到数据倾斜，你怎么发现、怎么处理？",
        "数据倾斜 data skew\n"
        "**现象**：某 stage 大部分 task 1 min 跑完，个别 task 40 min+ / OOM；Spark UI 里 "
        "shuffle read size 极不均（max ≫ median）\n"
        "**原因**：shuffle 按 key hash 分区 → 热点 key（user_id = null / -1 默认值、大 V）全进"
        "一个分区\n"
        "**处理**\n"
        "1. 先看 key 分布：groupBy(key).count 取 top → 脏数据（null）直接过滤 / 打散\n"
        "2. 小表 join 大表 → broadcast join（小表 < 几百 MB），根本不 shuffle\n"
        "3. 大表 join 大表：热点 key 加盐 salting\n"
        "   - 倾斜侧 key 拼随机前缀 0~N-1；另一侧对应行复制 N 份\n"
        "   - 聚合：两阶段聚合（加盐局部聚合 → 去盐全局聚合）\n"
        "4. Spark 3 AQE：spark.sql.adaptive.skewJoin.enabled=true，自动拆倾斜分区（> 5×中位数 "
        "且 > 256MB）\n"
        "5. ✗ 只调大 spark.sql.shuffle.partitions 没用 —— 同一个 key 还是落同一分区",
        "发现的话，一般是某个 stage 绝大多数 task 一分钟就跑完了，就剩一两个拖几十分钟，甚至直"
        "接 OOM；去 Spark UI 里看 shuffle read 的大小，最大的那个比中位数大出好多倍。原因是 "
        "shuffle 按 key 的哈希来分区，热点 key 会全部挤进同一个分区，比如 user_id 是空或者负一"
        "这种默认值，或者大 V 的数据。处理上我会先统计一下 key 的分布，看看排前面的是谁，如果是"
        "空值这种脏数据，直接过滤掉或者随机打散。如果是小表 join 大表，就把小表广播出去，这样根"
        "本不用 shuffle，小表几百兆以内都可以。两张大表 join 的话，就对热点 key 加盐：倾斜的那"
        "边 key 前面拼一个零到 N 减一的随机数，另一边对应的行复制 N 份；如果是聚合，就做两阶段"
        "，先带着盐局部聚合，再把盐去掉做全局聚合。Spark 3 以后可以直接开 AQE 的倾斜 join 优化"
        "，它会自动把特别大的分区拆开，默认是超过中位数五倍并且大于两百五十六兆。还要注意，单纯"
        "把 shuffle 的分区数调大是没用的，同一个 key 还是会落到同一个分区里。",
        "看 Spark UI，如果个别 task 跑得特别慢，基本就是倾斜了，可以对 key 加个盐打散一下。",
        "数据倾斜最直接的办法就是把 spark.sql.shuffle.partitions 调大，比如从两百调到两千，分区"
        "多了每个分区的数据自然就均匀了，热点 key 也会被分散到不同分区里。加盐的话是两张表的 "
        "key 都拼上随机前缀，不需要复制数据。broadcast join 适合大表 join 大表，把大表广播出去"
        "就避免了 shuffle。AQE 是 Spark 2 就默认打开的，它主要是合并小分区，跟倾斜没什么关系。"
        "至于空值 key，一般不用管，它不会造成倾斜。",
        "Spark 任务另一个常见问题是小文件太多。动态分区写 Hive 的时候，每个 task 都会在每个分区"
        "下写一个文件，几千个 task 乘几百个分区，一下就是几十万个小文件，NameNode 压力很大，下"
        "游读也慢。一般是写之前按分区字段 distribute by 一下，再定期跑 compaction，把小文件合并"
        "成一两百兆一个。",
        "数据倾斜怎么发现、怎么处理，这个问题很常见。发现数据倾斜就是发现倾斜了，处理数据倾斜就"
        "是把倾斜处理掉。Spark 里的数据倾斜就是数据不均匀，所以要处理这个数据倾斜，让数据不倾斜"
        "，这就是我对数据倾斜的理解。",
    ),
    Case(
        "zh-h24-vague-request",
        "zh",
        "behavioral",
        "讲一个需求很模糊、大家都说不清要什么的时候，你是怎么推进下去的。",
        "需求模糊 —— “做个商家数据诊断”\n"
        "S：2023 Q2，运营 VP 一句话需求：“给商家做个数据诊断，让他们知道哪里不行”；无 PRD、无指"
        "标，deadline 6 周\n"
        "T：我是数据侧 owner，要把它变成能交付的东西\n"
        "A：\n"
        "- 先访谈：8 个运营 + 5 个商家，问“最近一次想看数据却看不到是什么时候”\n"
        "- 归纳 3 类高频问题：流量掉了不知道为啥 / 退款率高 / 想和同行比\n"
        "- 低保真原型（Excel + 截图）先给 VP 看 → 砍掉同行对比（数据合规风险）\n"
        "- 定成功指标：诊断页周活商家 ≥ 30%；被诊断项整改率\n"
        "- 两周一迭代，v1 只做“流量下跌归因”\n"
        "R：6 周上线 v1；4 周后周活商家 37%；归因结论运营认可；退款诊断 v2 才加\n"
        "反思：问“最近一次具体场景” >> 问“你想要什么”",
        "二三年第二季度，运营的 VP 给了一句话：给商家做个数据诊断，让他们知道自己哪里不行。没有"
        " PRD，没有指标，只给了六周。我是数据这边的负责人，得把这句话变成能交付的东西。我没有直"
        "接问大家想要什么，而是约了八个运营和五个商家，问他们最近一次想看数据但看不到是什么情况"
        "。归纳下来主要三类问题：流量掉了不知道为什么、退款率偏高、想跟同行比一比。然后我用 "
        "Excel 加截图拼了一个很粗的原型先给 VP 看，在这一步就把同行对比砍掉了，因为有数据合规的"
        "风险。同时把成功标准定下来：诊断页每周有三成商家在用，还有被诊断出来的问题有多少真的去"
        "改了。按两周一个迭代走，第一版只做流量下跌的归因。六周按时上线，一个月后周活商家到了百"
        "分之三十七，运营也认可归因的结论，退款诊断是第二版才加上的。我的体会是，需求模糊的时候"
        "去问对方最近一次的具体场景，比问他想要什么有效得多。",
        "我一般会先去跟业务方多聊几次，搞清楚他们真正想解决什么问题，然后先做一个小版本出来给他"
        "们看，再慢慢迭代。",
        "那次运营 VP 让我们给商家做数据诊断，需求很模糊。我觉得访谈太花时间，就没去找运营和商家"
        "聊，直接按我自己对商家的理解把方案定了，流量、退款、同行对比三块一次性全做，而且同行对"
        "比是重点，因为我觉得商家最关心这个。也没做原型，开发完了才第一次给 VP 看。成功指标当时"
        "没定，想着上线了再说。最后做了三个月才上线，周活商家只有百分之十二左右，法务还因为同行"
        "对比的数据合规问题叫停了一部分，项目后来就被砍了。",
        "我觉得处理模糊需求，关键是要有一套好的 PRD 模板。一个合格的 PRD 应该写清楚背景、目标用"
        "户、核心场景、功能列表、非功能需求和验收标准，每一条功能都要标优先级，P0、P1、P2 分开"
        "。评审的时候产品、研发、测试都要在场，评审通过以后需求变更必须走流程，不然研发会被反复"
        "拉扯。",
        "需求很模糊的时候怎么推进，这确实是一个很常见的情况。需求模糊就是大家都说不清要什么，那"
        "我就要推进下去，推进的方式就是想办法推进。总的来说遇到模糊的需求，我会积极推进，把模糊"
        "的需求推进下去，这就是我的做法。",
    ),
]

CASES = [*_ZH, *EN]
