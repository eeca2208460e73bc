"""A thirty-second held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, in the brief's area of classical machine learning and data
science in industry and on angles no other set takes (held-out 7, 10, 12, 16, 17, 20, 22 and 27 also
touch CUPED, metric anomaly detection, training-serving skew, credit scorecards, late fraud labels
and sample ratio mismatch): reject inference for a consumer-credit application scorecard by
parceling, checked against credit-bureau outcomes and a small randomised approval test; minute-level
anomaly detection for some three hundred business metrics with holiday-aware forecasts, binomial
intervals for ratio metrics and a drill-down by contribution to find the cause; SVM margins, the
soft-margin C and the RBF kernel's gamma; stratified sampling and post-stratification in A/B tests
and their kinship with CUPED; persuading a credit-policy team that a month of first-payment defaults
was an immature label, with vintage curves and a capped, tiered trial; an account-takeover model at
login with downsampled and reweighted negatives, recall at a fixed challenge rate and a
label-maturity window; moving fraud features onto Feast after a parity job found training-serving
skew, with point-in-time joins and log-and-wait; how Isolation Forest scores anomalies and where it
fails; why ROC-AUC misleads at a 0.1% fraud rate and what to report instead; holding an exciting
checkout test over a sample ratio mismatch caused by a client-side redirect; two introductions.
References are messy notes (headings, numbered and bulleted lists, bold, half sentences, arrows,
mixed zh/en terms, numbers with units, formulas, STAR letters in the behavioral notes, a results
line), some short and some long. Answers are written as candidates speak: strong ones paraphrase,
some with Chinese numerals, spelled-out numbers and fractions; partials are vague or make one or two
points; wrong ones are confident and mix the reference's words with wrong facts (schools swapped
with jobs in the wrong order, another model with reversed numbers, denied roles and another career
goal; another purpose, a wrong mechanism under parceling's name with denied checks, a raised weight
and reversed numbers; fixed thresholds kept with a denied holiday calendar, a dropped persistence
rule, ratio metrics treated as plain values, a wrong root-cause rule and another outcome; a wrong
objective with a denied role for support vectors, the effects of C and gamma reversed, explicit
mapping under the kernel trick's name and a denied need to standardise; the wrong variance component
removed, another mechanism under each method's name, a denied link to CUPED and the caveat reversed;
roles swapped with the opposite reading of the labels, denied safeguards, another outcome and the
opposite lesson; schools swapped with jobs in the wrong order, another model, a denied role with a
reversed result and another career goal; a reversed base rate with the rejected oversampling used,
the dismissed metric chosen, a denied label delay with a random split and reversed numbers; another
problem with denied skew, denied point-in-time joins and logging, the old service kept as the source
of truth and a reversed AUC gap; a density mechanism under Isolation Forest's name with fixed
splits, path length and score direction reversed, denied subsampling and the axis-parallel weakness
turned into a strength; a wrong denominator with a reversed conclusion, a wrong random baseline,
prevalence dependence swapped between the two metrics and operating-point metrics rejected; someone
else's discovery dismissed as noise, a denied cause, no rerun, another outcome and no checks added);
off-topic ones are fluent about something nearby; padded ones restate the question or repeat
themselves. Written blind; its first measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout32_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h32-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，说说你做过什么、为什么考虑这个岗位。",
        (
            "自我介绍 ~90 s\n"
            "- 林嘉禾｜厦大 统计学 本科 2016 → 复旦 应用统计 硕士 2018\n"
            "- 2018–2021 某城商行 信用卡中心 **风险建模**\n"
            "  - 申请评分卡（LR + WOE 分箱），KS 0.32 → 0.41\n"
            "- 2021–now 云朵消费金融 **反欺诈算法**\n"
            "  - 团伙欺诈：设备 / 联系人 关系图 + LightGBM → 欺诈损失率 ↓38%\n"
            "  - 搭了特征平台的 **实时特征** 部分（Flink），线上线下一致率 99.6%\n"
            "- why：想从 规则 + 树模型 → 用大模型做风控里的 文本 / 对话理解（催收录音、客服工单）"
        ),
        (
            "面试官好，我叫林嘉禾。本科在厦门大学学统计，一六年毕业，后来在复旦读了应用统计的硕士。"
            "毕业先去一家城商行的信用卡中心做风险建模，主要是申请评分卡，逻辑回归加 WOE "
            "分箱那套，KS 从零点三二做到了零点四一。二一年到云朵消费金融做反欺诈，一是用设备和联系"
            "人的关系图加 LightGBM 抓团伙欺诈，欺诈损失率降了差不多四成；二是特征平台里实时特征那块"
            "是我用 Flink 搭的，线上线下一致率百分之九十九点六。想来这边，是想从规则和树模型再往前"
            "走，用大模型去理解风控里的文本和对话，比如催收录音和客服工单。"
        ),
        (
            "我叫林嘉禾，学统计出身，一直在金融行业做风控相关的模型，之前在银行，现在在一家消费金融"
            "公司，也想接触一下大模型。"
        ),
        (
            "我叫林嘉禾，本科在复旦读的应用统计，硕士去厦大读了统计学。毕业以后先去了云朵消费金融做"
            "反欺诈，后来才去城商行的信用卡中心。评分卡那边我们用的是深度模型，没有做 WOE 分箱，KS "
            "从零点四一掉到了零点三二。团伙欺诈的关系图是策略组做的，我没参与，实时特征也不是我搭的"
            "，我们一直用 T+1 的离线特征。想来这边主要是想转去做计算机视觉。"
        ),
        (
            "消费金融这几年监管变化很大，利率上限压下来以后，很多机构的利润空间被压缩，只能往优质客"
            "群走。催收也越来越规范，不能爆通讯录、不能高频打电话，所以不少公司开始用外呼机器人先打"
            "一轮，再把难处理的转给人工坐席，同时全程录音质检。"
        ),
        (
            "好的，我先做个自我介绍。我做过的事情就是我这些年做过的事情，为什么考虑这个岗位，就是因"
            "为我在考虑这个岗位。总的来说，我就是这样一个人，做过的就是这些，考虑这个岗位的原因也就"
            "是这些。"
        ),
    ),
    Case(
        "zh-h32-reject-inference",
        "zh",
        "project",
        "你简历里写了申请评分卡的拒绝推断，当时为什么要做？具体怎么做的？",
        (
            "## 申请评分卡 · 拒绝推断（Reject Inference）2020\n"
            "**问题**：只有 **通过（approved）** 的人有好坏标签（表现期 MOB6，逾期 30+ = "
            "bad）；被拒的 ~45% 没标签 → 样本偏差（selection bias）→ 新模型上到全量申请人会 "
            "**高估被拒客群的质量**\n"
            "**做法**\n"
            "1. 基线：KGB 模型（Known Good/Bad，只用通过样本）\n"
            "2. **Parceling 分组法**：KGB 给被拒样本打分 → 按分数 10 箱 → 每箱坏率 = "
            "通过样本同箱坏率 × **2–3 倍**（拒绝客群更差）→ 按坏率随机赋 good / bad\n"
            "3. 外部校验：被拒的人里 ~1.2 万 后来在 **征信** 上有别家机构的还款表现 → "
            "当真实标签，验证推断坏率\n"
            "4. 通过 + 推断的拒绝样本 合并重训，拒绝样本权重 0.5\n"
            "5. 小流量 **放宽试验**：随机放行 2% 原本会拒的人（额度 ≤ 3000）→ 3 个月后回看真标签\n"
            "**结果**：全量申请人 KS 0.29 → 0.35；放宽组 实际坏率 vs 推断坏率 偏差 < 1.5 "
            "pt；同坏率下通过率 +4 pt"
        ),
        (
            "评分卡只有通过的人才有好坏标签，看六个月，逾期三十天以上算坏，被拒的四成多没标签，这是"
            "选择偏差，模型用到所有申请人时会把被拒的人想得太好。我们先只用通过样本训了个基线，给被"
            "拒的人打分、分成十档，每档坏率取通过样本同档的两到三倍，再按坏率随机分好坏。又找了一万"
            "多个被拒、后来在征信上有别家还款记录的人，核对推断的坏率。合并样本重训时拒绝样本权重给"
            "零点五。还随机放行了百分之二本该拒的人，额度三千以内，三个月后看。结果全量 KS "
            "从零点二九到零点三五，放行组的真实坏率和推断的差不到一点五个点，同样坏率下通过率多了四"
            "个点。"
        ),
        (
            "因为被拒的人没有标签，只用通过的人训练会有偏差，所以我们给被拒的样本推断了一个标签，再"
            "合在一起训练，效果好了一些。"
        ),
        (
            "做拒绝推断主要是因为被拒的人太多，正负样本不平衡。我们用的 Parceling "
            "其实就是把被拒的人全部标成坏样本，被拒本身就说明风险高，没必要再按分数分箱，坏率也不用"
            "乘系数，拒绝客群和通过客群差不多。征信的外部数据我们没用，放宽试验也没做，风险部门不同"
            "意随机放人。重训的时候拒绝样本权重给到了二。最后 KS "
            "从零点三五掉到零点二九，不过通过率涨了十个点。"
        ),
        (
            "评分卡建模里分箱很关键。一般先用决策树或者卡方做最优分箱，保证每一箱的坏率单调，然后算"
            " WOE 和 IV，IV 小于零点零二的变量基本就不要了。逻辑回归的系数要求方向一致，最后再转成"
            "分数，比如六百分对应某个好坏比，每涨二十分好坏比翻一倍。"
        ),
        (
            "拒绝推断就是对被拒绝的申请做推断。当时为什么要做，就是因为需要做拒绝推断。具体怎么做的"
            "呢，就是按照拒绝推断的方法去做，把拒绝的那部分推断出来。总之这个项目就是拒绝推断，做完"
            "以后拒绝的部分就被推断了。"
        ),
    ),
    Case(
        "zh-h32-metric-anomaly",
        "zh",
        "project",
        "讲讲你做的业务指标异常检测：GMV、支付成功率突然掉了，怎么自动发现、怎么定位原因？",
        (
            "业务指标监控 / 异常检测（2022 H2）\n"
            "- 背景：~300 个核心指标（GMV、支付成功率、下单 UV …），原来 **固定阈值** + 人盯 → "
            "大促 / 节假日天天误报，周末真故障漏报\n"
            "- 检测：\n"
            "  - 每个指标 分钟级 → 预测值 + 区间：Prophet 风格（趋势 + 日 / 周季节 + **节假日 / "
            "大促日历**）\n"
            "  - 残差 z > 3 且 **连续 5 个点** → 报警；比率类（成功率）用 "
            "**二项分布置信区间**，分母太小不报\n"
            "- 定位（根因）：沿维度下钻（渠道 / 省份 / 支付方式 / app 版本）→ 每个取值的 "
            "**贡献度** = 该取值变化量 / 总变化量 → top3；再用 JS 散度看分布有没有变\n"
            "- 结果：误报 60+/周 → 9/周；平均发现时间 25 min → 6 min；top3 根因命中 ~80%"
        ),
        (
            "我们有三百来个核心指标，GMV、支付成功率、下单人数这些，原来是写死的阈值加人盯，大促和"
            "节假日天天误报，周末真出事反而漏掉。后来每个指标按分钟预测一个值和区间，模型是 "
            "Prophet 那种，趋势加日、周周期，再把节假日和大促日历放进去，偏离超过三倍标准差、还得连"
            "着五个点才报。成功率这种比例指标按二项分布算区间，分母太小就不报。报警后自动按渠道、省"
            "份、支付方式、版本下钻，算每个取值的变化占总变化的比例，挑前三，再看分布有没有偏。最后"
            "每周误报从六十多条降到九条，发现时间从二十五分钟缩到六分钟，前三个根因八成能命中。"
        ),
        (
            "原来用的是固定阈值，误报很多，我们改成用模型预测一个正常范围，超出了就报警，误报少了不"
            "少。"
        ),
        (
            "我们最后其实又回到了固定阈值，模型版本太不稳定。预测用的是 "
            "Prophet，但没有加节假日和大促日历，季节项就够了。报警规则是只要有一个点超过三倍标准差"
            "就立刻报，不要求连续。成功率这种比率指标直接当普通数值处理，分母小也照样报。根因定位是"
            "看每个维度取值的绝对值，哪个省份 GMV 最大就先查哪个。上线后每周误报还是六十多条，发现"
            "时间平均二十五分钟左右，和以前差不多。"
        ),
        (
            "数据监控的另一块是数据质量，比如上游表延迟产出、字段突然全是空值、枚举值多出一个新类型"
            "。我们在数仓里给每张核心表配了校验规则，看行数环比、空值率、主键唯一性，不通过就阻断下"
            "游任务，再发消息给这张表的负责人。"
        ),
        (
            "业务指标异常检测就是检测业务指标的异常。GMV、支付成功率掉了，就要自动发现它掉了，然后"
            "定位它为什么掉了。怎么自动发现呢，就是自动地去发现；怎么定位原因呢，就是去定位原因。大"
            "概就是这样一个异常检测。"
        ),
    ),
    Case(
        "zh-h32-svm",
        "zh",
        "fundamentals",
        "说说 SVM 的“间隔最大化”是什么意思？软间隔里的 C 和 RBF 核的 gamma 分别怎么影响模型？",
        (
            "SVM\n"
            "- 目标：找超平面 w·x + b = 0，使 **几何间隔** 最大；间隔 = 2/‖w‖ → 等价 min "
            "½‖w‖²，s.t. y_i(w·x_i + b) ≥ 1\n"
            "- 解只由 **支持向量**（间隔边界上 / 违反间隔的点）决定，其余点删了不影响\n"
            "- 软间隔：松弛 ξ_i，min ½‖w‖² + C Σξ_i ⇔ hinge loss max(0, 1 − y·f(x)) + L2\n"
            "  - **C 大** → 违规罚得重 → 间隔窄、贴训练集 → 易过拟合；C 小 → 间隔宽，容忍错分\n"
            "- 核技巧：对偶里只有内积 x_i·x_j → 换成 K(x_i, x_j)，不显式升维\n"
            "  - RBF：K = exp(−γ‖x − x'‖²)；**γ 大** → 单点影响范围小 → 边界弯、过拟合；γ 小 → "
            "接近线性\n"
            "- 调参：C、γ 对数尺度网格搜索；特征先标准化"
        ),
        (
            "SVM 要找一个超平面，让离它最近的点尽量远，间隔等于二除以 w 的范数，所以就是最小化 w "
            "范数平方的一半，约束是每个点的函数间隔至少为一。解只跟支持向量有关，就是落在边界上或越"
            "界的点，其他点删了结果不变。软间隔给每个点一个松弛变量，目标里加 C "
            "乘松弛之和，其实就是合页损失加 L2 正则。C 越大越不容忍错分，间隔窄、贴着训练数据，容易"
            "过拟合；C 小就宽松些。核技巧是因为对偶里只有样本间的内积，直接换成核函数，不用真映射到"
            "高维。RBF 核里 gamma 越大，每个点的影响半径越小，边界越弯越容易过拟合，gamma "
            "小就接近线性。调参按对数尺度搜，特征先标准化。"
        ),
        (
            "SVM 就是让两类之间的间隔尽量大。C 是惩罚系数，gamma "
            "是核函数的参数，这两个都会影响过拟合。"
        ),
        (
            "间隔最大化是让所有样本到超平面的平均距离最大，所以每个点都会影响结果，不只是支持向量。"
            "软间隔里 C 越大，对错分越宽容，间隔越宽，模型越简单，C "
            "小反而容易过拟合。核技巧就是先把特征显式映射到高维空间，再在上面训练线性 SVM。RBF "
            "核的 gamma 越大，每个点的影响范围越大，边界越平滑、越接近线性，gamma "
            "小才会过拟合。另外 SVM 对特征尺度不敏感，不需要标准化。"
        ),
        (
            "分类模型里我更常用逻辑回归和 GBDT。逻辑回归输出的是概率，可解释性好，金融场景的评分卡"
            "基本都用它；GBDT 在表格数据上效果一般最好，能自动处理非线性和特征交叉，缺失值也不用填"
            "。数据量特别大的时候，LightGBM 用直方图算法，训练速度快很多。"
        ),
        (
            "SVM 的间隔最大化就是把间隔最大化，意思就是间隔要最大。软间隔里的 C 会影响模型，RBF "
            "核的 gamma 也会影响模型，它们分别有各自的影响。所以 C 和 gamma "
            "怎么影响模型，就是按它们各自的方式去影响模型。"
        ),
    ),
    Case(
        "zh-h32-stratification",
        "zh",
        "fundamentals",
        "A/B 实验里，分层抽样和事后分层是怎么降低方差的？它们和 CUPED 是什么关系？",
        (
            "A/B 降方差：分层\n"
            "**思路**：总方差 = 层内方差 + **层间方差**；层间差异（新 / 老用户、iOS / "
            "Android、城市等级）是噪声大头 → 去掉它\n"
            "1. **分层抽样 (stratified sampling)**：分流时按层（如 新老 × 平台）各自 50/50 随机 → "
            "每层两组比例一致 → 层间不平衡带来的方差没了\n"
            "2. **事后分层 (post-stratification)**：照常随机，分析时 **按层** "
            "算组间差，再按各层在总体的权重 w_h 加权\n"
            "   Δ = Σ_h w_h (Ȳ_T,h − Ȳ_C,h)；样本量大时 ≈ 分层抽样\n"
            "3. vs CUPED：CUPED 用 **连续协变量**（实验前指标）做回归调整；分层 ≈ 用 "
            "**离散协变量**（层的 one-hot）调整 → 同属协变量调整，可叠加\n"
            "- 层要 **实验前** 定好、不能被实验影响；层切太细 → 每层样本少，估计反而不稳"
        ),
        (
            "方差可以拆成层内和层间两块，新老用户、平台、城市这些层之间本来差得就多，是噪声的大头，"
            "分层就是把层间那块拿掉。分层抽样是在分流时就按层各自一半一半地随机，每层两组比例都一样"
            "，不会因为某组碰巧老用户多而抖。事后分层是照常随机，分析时每层单独算实验组减对照组，再"
            "按各层在总体里的占比加权，样本够大时跟分层抽样差不多。它和 CUPED 是一家的，CUPED "
            "拿实验前指标这种连续变量做回归调整，分层相当于拿层的哑变量来调整，两个可以叠着用。要注"
            "意层得在实验前定好、不能受实验影响，也别切太细，不然每层人太少反而不稳。"
        ),
        "就是先按用户类型分好层，每一层里再随机分组，这样两组更均衡一些，方差就会小一点。",
        (
            "分层降方差是把层内的方差去掉，层间的差异反而是要保留的信号。分层抽样的意思是每层只抽一"
            "部分用户进实验，老用户多抽、新用户少抽，人少了方差自然就小。事后分层就是分析时把各层的"
            "数据直接合起来算平均，不用加权。它和 CUPED 没什么关系，CUPED "
            "是靠剔除异常用户来降方差的，两个也不能同时用。另外层切得越细越好，最好每个用户单独一层"
            "。"
        ),
        (
            "A/B 实验还要注意网络效应。比如社交或者双边市场里，实验组用户的行为会影响到对照组，按用"
            "户随机就不成立了，这时候一般按城市或者时间片来随机，叫 switchback "
            "实验，比如每隔一小时整个城市在两个策略之间切换一次，再用时间序列的方法去分析。"
        ),
        (
            "分层抽样和事后分层都能降低方差，因为它们都是降低方差的方法。分层抽样就是分层地抽样，事"
            "后分层就是事后再分层，这样方差就降低了。和 CUPED 的关系就是它们和 CUPED 有关系，都是 "
            "A/B 实验里会用到的。"
        ),
    ),
    Case(
        "zh-h32-label-maturity",
        "zh",
        "behavioral",
        "讲一次你和业务方意见不一致、最后用数据说服对方的经历。",
        (
            "**S**：2023.3 新客小额现金贷 上线 1 个月，策略团队要把 审批通过率 35% → "
            "50%；依据：首月 **FPD7**（首期逾期 7 天）只有 1.1%，“风险很低”\n"
            "**T**：我负责风险模型，判断能不能放\n"
            "**A**：\n"
            "- 指出标签 **不成熟**：产品 3 期，首月只看到第 1 期；拿老产品做 **vintage 曲线** → "
            "MOB3 的 30+ 坏率 ≈ FPD7 的 4–5 倍\n"
            "- 不直接否决：提 **分档放量** → 新增部分只放分数 top 档，单笔 ≤ 2000，先放 10% 流量\n"
            "- 约好 止损线：MOB2 30+ > 4% 就收回\n"
            "**R**：6 周后试验档 MOB2 坏率 3.1%；通过率最终 44%（不是 50%）；回测“直接放到 "
            "50%”那档坏率 6.8% → 避开\n"
            "学到：先讲数据的 **成熟度**，再谈结论"
        ),
        (
            "二三年三月，我们一个小额现金贷新产品刚上线一个月，策略同事想把通过率从三成五提到五成，"
            "理由是首期逾期七天才百分之一点一。我负责风险模型，判断能不能放。我认为标签还没熟：产品"
            "分三期还，一个月只看到第一期。我拿老产品的账龄曲线看，第三个月三十天以上坏率大概是首期"
            "七天逾期的四五倍。但我没一口否掉，而是提议分档放：新增的只放分数最好的一档，单笔不超过"
            "两千，先给一成流量，约好第二个月坏率超过百分之四就收。六周后那档坏率百分之三点一，通过"
            "率最后定在四成四，回测直接放到五成的那部分坏率会到百分之六点八。我的体会是先讲清楚数据"
            "熟没熟，再谈结论。"
        ),
        (
            "有一次业务方想提高通过率，我觉得当时的风险数据还不足以说明问题，就建议先小范围试一下，"
            "后来试出来的结果也证明了我的担心。"
        ),
        (
            "那次其实是我主动提出把通过率从四成四提到五成，策略团队反而担心风险。我看首期逾期七天只"
            "有百分之一点一，标签已经足够成熟了，没必要等后面几期，账龄曲线也不用看。为了说服他们，"
            "我直接申请全量放开，没有分档，也没设止损线和单笔限额。两个月后坏率百分之三点一，在可接"
            "受范围内，业务方也就认可了。我学到的是数据够用就要果断推进，别等。"
        ),
        (
            "和业务方合作，我觉得最重要的是有共同的目标。我们后来每个季度和策略、产品一起定 "
            "OKR，把通过率、坏账率和利润放在同一张表里，大家对齐的是利润，而不是各自的单一指标。平"
            "时还有周会，模型有什么变化都提前同步，减少临时冲突。"
        ),
        (
            "有的，我和业务方意见不一致过，最后是用数据说服了对方。当时我们意见不一致，然后我用了数"
            "据，对方就被说服了。总的来说，和业务方意见不一致的时候，用数据说服对方是很重要的，这就"
            "是我的经历。"
        ),
    ),
]

CASES = [*_ZH, *EN]
