"""A twenty-second held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on topics no other set uses (targeting retention coupons
for a subscription app with uplift models, hotword biasing by shallow fusion in call-centre
speech recognition, load balancing of experts in mixture-of-experts models, an exponential moving
average of the weights during training, taking over an orphaned data pipeline outside one's own
role, anomaly detection with PatchCore for visual defect inspection on a factory line, replacing
hand-made feature crosses in an ads CTR model with DCN-v2, reservoir sampling, the Gumbel-softmax
trick, setting a fraud threshold at launch without labels, two introductions). References are
messy notes (headings, numbered and bulleted lists, bold, half sentences, arrows, mixed zh/en
terms, numbers with units, formulas, STAR letters in the behavioral notes, a results line), some
short and some long. Answers are written as candidates speak: strong ones paraphrase, some with
Chinese numerals, spelled-out numbers and fractions; partials are vague or make one or two
points; wrong ones are confident and mix the reference's words with wrong facts (someone else's
background with schools and jobs swapped, a reversed cause with another metric and a denied
experiment, a different mechanism under the same name with wrong numbers, a reversed purpose
with wrong numbers, a denied property with a reversed window, a denial with the opposite action
and another outcome, schools swapped with the opposite setting, another method with a reversed
threshold and another outcome, the two structures' names swapped with a wrong formula, another
algorithm under the same name, a reversed temperature with bias and variance swapped, the
opposite action and another outcome); off-topic ones are fluent about something nearby; padded
ones restate the question or repeat themselves. Written blind; its first measurement, by the
lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout22_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h22-intro",
        "zh",
        "self_intro",
        "简单介绍一下你自己吧，挑和这个岗位最相关的经历讲。",
        "自我介绍（1.5–2 min，主线：自动驾驶感知 → 多模态大模型）\n"
        "- 林书瑶：浙大 自动化 本科 2015 → 中科院自动化所 硕士 2018（方向：3D 目标检测）\n"
        "- 2018–2021 驰远智驾 **激光雷达感知**\n"
        "  - 点云检测 PointPillars → CenterPoint，车辆 mAP 71.3 → 78.9\n"
        "  - 负责数据闭环：难例挖掘 + 自动标注，标注成本 ↓ ~40%\n"
        "- 2021–至今 灵图科技 多模态组\n"
        "  - 先做 BEV 多相机融合 → 2023 起转做 **图文多模态大模型**（车载场景问答：“前面那个标志"
        "什么意思”）\n"
        "  - 带 4 人；模型已上 2 个车型，月活 ~50 万\n"
        "- 为什么看机会：想把多模态大模型做得更通用，不只局限在车上",
        "面试官您好，我叫林书瑶。本科在浙江大学读的自动化，一五年毕业，之后去中科院自动化所读硕士"
        "，研究方向是三维目标检测，一八年毕业。第一份工作在驰远智驾做激光雷达的感知，我把点云检测"
        "模型从 PointPillars 换成了 CenterPoint，车辆的 mAP 从七十一左右提到将近七十九；另外数据"
        "闭环那块也是我负责的，用难例挖掘加自动标注，差不多省了四成的标注费用。二一年我到了灵图科"
        "技的多模态组，一开始做多相机的 BEV 融合，二三年开始转去做图文多模态大模型，用在车里的问"
        "答，比如用户问前面那个交通标志是什么意思。我现在带一个四个人的小组，模型已经在两款车型上"
        "量产了，月活大概五十万。之所以看新机会，是希望多模态大模型不只用在车载这一个场景，能做得"
        "更通用一些。",
        "我叫林书瑶，之前主要做自动驾驶的感知，这两年在做多模态的大模型，想往更通用一点的方向去发"
        "展。",
        "我叫林书瑶，本科是在中科院读的，硕士在浙大读的自动化，一二年就毕业了。毕业先去的灵图科技"
        "，做的是推荐系统的排序，后来才去的驰远智驾，主要做摄像头的车道线检测，激光雷达那块我没碰"
        "过，CenterPoint 是别的组换的。数据闭环我们也没做成，标注成本反而涨了一倍。现在我是一个人"
        "做，不带团队，多模态大模型还停在 demo 阶段，没有上车。换工作主要是想转去做芯片验证。",
        "说到自动驾驶感知，现在行业里有一个很大的争论，就是纯视觉还是要上激光雷达。纯视觉路线成本"
        "低，靠大量数据和 BEV 加 Occupancy 网络去补深度信息；激光雷达路线测距准，雨雾天和夜里更稳"
        "，但是硬件贵、量产难。我个人觉得中短期还是多传感器融合更稳妥，长期看端到端模型可能会改变"
        "整个感知的形态。",
        "好的，我简单介绍一下我自己。和这个岗位最相关的经历，就是和这个岗位相关的那些经历。我挑最"
        "相关的讲，最相关的就是我做过的和这个岗位相关的事情。总的来说，我的经历和这个岗位是比较相"
        "关的，这就是我的自我介绍。",
    ),
    Case(
        "zh-h22-uplift",
        "zh",
        "project",
        "讲讲你做的那个挽留优惠券定向项目，为什么要用 uplift 模型，效果是怎么评估的？",
        "## 流失挽留券 uplift 建模（订阅制 App，2023 Q2–Q4）\n"
        "**背景**：原策略 = 流失预测分高的用户发 30 元券 → 券发得多，但很多人本来就会续费 / 有的"
        "人发了也不回来\n"
        "→ 真正要预测的是 **发券带来的增量**，不是流失概率\n"
        "### 做法\n"
        "1. 先跑 2 周随机实验拿无偏数据：随机 50% 发券 / 50% 不发，~120 万用户\n"
        "2. 模型：T-learner（两个 LightGBM 分别拟合发券组 / 对照组）→ 后换 X-learner\n"
        "   uplift = P(续费 | 发券) − P(续费 | 不发)\n"
        "3. 用户四象限：Persuadable（发了才续）/ Sure thing（不发也续）/ Lost cause（发了也不续）"
        "/ **Sleeping dog**（发了反而流失 → 绝对不能发）\n"
        "4. 评估：**Qini 曲线 / AUUC**；不能用普通 AUC（单个用户看不到两种结果，没有个体真值）\n"
        "### 结果\n"
        "- 只给 uplift top 30% 发券：续费增量基本持平，券成本 ↓ 58%\n"
        "- Qini 系数 0.021（T-learner）→ 0.047（X-learner）",
        "这个项目的起点是原来的发券策略不太对：原来是谁的流失分高就给谁发三十块的券，结果券发出去"
        "很多，但其中不少人本来就会续费，还有一些人你发了券他也照样走。所以我们意识到要预测的不是"
        "这个人会不会流失，而是发券这件事能让他的续费概率多出多少，也就是增量。要学增量就得有无偏"
        "的数据，我们先做了两个礼拜的随机实验，一百二十万左右的用户一半发一半不发。模型一开始是 T"
        "-learner，发券组和不发券组各训一个 LightGBM，两个预测的续费概率一减就是 uplift，后来换成"
        "了 X-learner，效果更好。按增量可以把用户分成四类：发了才会留下的、不发也会留下的、发了也"
        "没用的，还有一类最危险，发了券反而提醒他去退订，这类是一定不能发的。评估不能用普通的 "
        "AUC"
        "，因为同一个人你没法同时看到发和不发两种结果，所以我们用 Qini 曲线和 AUUC，X-learner 的 "
        "Qini 系数大概是 T-learner 的两倍多。上线以后只给增量排前百分之三十的人发券，续费的增量跟"
        "原来差不多，但券的成本省了将近六成。",
        "主要是原来按流失概率发券不太划算，很多人不发券也会续费。我们改成预测发券能带来多少增量，"
        "只给增量高的人发，省了不少钱。",
        "我们用 uplift 模型，本质上就是把流失预测做得更准：流失分越高的人越应该发券，所以我们把 L"
        "ightGBM 的流失 AUC 从 0.72 提到了 0.81，这个就是我们的核心评估指标，Qini 曲线那些我们没"
        "用。数据也没必要专门做随机实验，直接用历史发券日志训就行。四象限里的 Sleeping dog 其实是"
        "最该发券的那群人，因为他们睡着了，需要券来唤醒。最后我们把券扩大到全部高风险用户都发，成"
        "本涨了三成，但续费率也跟着涨了。",
        "做流失这类问题，我觉得特征工程最关键。像订阅制产品，最近七天的登录天数、使用时长的变化趋"
        "势、有没有取消自动续费、客服投诉记录，这些都是很强的信号。建模上也可以用生存分析，比如 C"
        "ox 模型，不光预测会不会流失，还能预测什么时候流失，这样运营可以提前安排触达的节奏。",
        "这个挽留优惠券定向的项目，为什么要用 uplift 模型，是因为这个项目需要用 uplift 模型。效果"
        "怎么评估的，就是用评估效果的方式评估的。总的来说，这个项目用了 uplift 模型，效果也做了评"
        "估，评估下来效果是有的，这就是为什么要用 uplift 模型。",
    ),
    Case(
        "zh-h22-hotword",
        "zh",
        "project",
        "你们客服语音识别里的热词增强是怎么做的？",
        "热词增强（contextual biasing）— 客服 ASR\n"
        "问题：产品名 / 套餐名（“畅享 199”“云宽带 Pro”）老识别错，热词召回只有 62%\n"
        "方案：\n"
        "- 热词表按业务线下发，每通电话 ≤ 300 个词\n"
        "- 解码时 **shallow fusion**：热词建前缀 trie（WFST），走到热词前缀就加分 +λ；没走完整个"
        "词就**回退扣掉**已加的分（防误触发）\n"
        "- λ 调参：λ 太大 → 普通词被拉成热词（误召回）；2.0 误触发明显 → 定 λ = 1.5\n"
        "- **不改声学模型，不重训**，热词表改完即时生效\n"
        "结果：热词召回 62% → 89%，整体 CER 8.4% → 8.1%，误触发 < 0.5%",
        "我们的问题是客服电话里那些产品名、套餐名老是识别错，比如畅享一九九、云宽带 Pro 这种，热"
        "词召回一开始只有六成出头。做法上我们完全没动声学模型，也不用重训，是在解码阶段做的。每条"
        "业务线会下发自己的热词表，一通电话最多三百个词，把这些词建成一个前缀树，解码的时候假设路"
        "径只要走到某个热词的前缀上，就给它加一点分；如果后面没有把整个词走完，就把之前加的分扣回"
        "来，这样不容易凭空触发热词。加分的权重我们调过，调到二的时候很多普通的词会被拉成热词，最"
        "后定在一点五。这样热词表改了马上就能生效。效果是热词召回从百分之六十二提到了八十九，整体"
        "字错率也从百分之八点四降到八点一，误触发控制在千分之五以内。",
        "就是在解码的时候给热词加分，让产品名这些词更容易被识别出来，热词的召回提升挺明显的。",
        "热词增强的核心是重训：我们把“畅享 199”这类套餐名合成了几千条音频，加到训练集里去微调声学"
        "模型，解码那边还是原来的 beam search，不加分。热词表是全量一次性加载的，三千多个词，不按"
        "业务线分。如果说加分，我们也是整个词命中以后才加，前缀不加，所以不存在回退这一说。λ 是越"
        "大越好，我们最后用的是 5。结果热词召回从 62% 到了 70% 左右，整体 CER 反而涨到了 9% 多。",
        "客服语音里另一个难点是端点检测。电话里用户经常说半句停一下，VAD 切得太早会把一句话切成两"
        "段，切得太晚又会让响应变慢。我们当时是用一个小的神经网络 VAD 加上语义完整性判断，结合静"
        "音时长来决定句子结束，另外双声道录音也方便把坐席和客户分开。",
        "客服语音识别里的热词增强，我们是做了热词增强的。热词增强怎么做的呢，就是在客服语音识别里"
        "把热词增强做起来。做了热词增强以后，热词就增强了，客服语音识别的热词效果也就增强了。",
    ),
    Case(
        "zh-h22-moe-balance",
        "zh",
        "fundamentals",
        "MoE 模型为什么需要负载均衡？一般是怎么做的？",
        "MoE 负载均衡\n"
        "- 问题：router 自我强化 → 少数 expert 拿走大部分 token，其余 expert 训不到（routing "
        "coll"
        "apse）；专家并行时热门 expert 所在的卡成瓶颈\n"
        "- **aux loss**（Switch Transformer）：L_aux = α · N · Σ_i f_i · P_i\n"
        "  f_i = 实际分给 expert i 的 token 比例，P_i = router 给 i 的平均概率；均匀分配时最小；α"
        " ≈ 0.01\n"
        "- **capacity factor**：每个 expert 最多收 C = cf × (tokens / N) 个，溢出的 token 被丢弃"
        "（走残差直接跳过该层）；cf 常 1.0–1.25\n"
        "- 其他：router z-loss（压 logits，训练更稳）\n"
        "- DeepSeek-V3：aux-loss-free，给每个 expert 的打分加一个 bias，负载高就调小，bias 只影响"
        "选谁、不影响 gate 权重",
        "因为路由器会自我强化：某几个专家一开始稍微好一点，分到的 token 就更多，越训越好，最后大"
        "部分 token 都去了少数几个专家，剩下的专家基本训不到，等于参数白放了；做专家并行的时候，"
        "热门专家所在的那张卡还会成为瓶颈。常见做法一个是加辅助损失，Switch Transformer 那种，对"
        "每个专家把它实际拿到的 token 占比和路由给它的平均概率乘起来求和，再乘上专家数和一个很小"
        "的系数，一般百分之一左右，分得越均匀这一项越小。第二个是容量上限，每个专家最多收平均份额"
        "乘一个系数，大概一到一点二五倍，超出来的 token 就不进这个专家了，直接走残差过去。另外还"
        "有 z-loss 让路由的 logits 别太大，训练更稳定。DeepSeek-V3 干脆不用辅助损失，而是给每个专"
        "家加一个偏置，哪个专家负载高就把它的偏置往下调，这个偏置只用来决定选哪个专家，不参与门控"
        "权重的计算。",
        "不做负载均衡的话 token 会集中到少数几个专家上，别的专家学不到东西，所以一般会加一个辅助"
        "的 loss 让分配更平均。",
        "MoE 的问题其实是 token 分得太平均，每个专家都学得差不多，没有分工，所以负载均衡的 aux "
        "lo"
        "ss 是用来鼓励 token 集中到少数专家上的，f_i 和 P_i 乘积越大越好，α 一般取 1 "
        "左右。capaci"
        "ty factor 的意思是溢出的 token 不会丢，而是排队等下一个 batch 再算，cf 一般设到 4 以上。"
        "DeepSeek-V3 也是沿用这套，只是把 aux loss 的系数调得更大，bias 那个是加在 gate 权重上的"
        "。",
        "MoE 最大的好处是参数量和计算量解耦。比如总参数六百多 B，但每个 token 只激活三十几 B，推"
        "理的 FLOPs 跟一个中等规模的稠密模型差不多。代价是显存要放下全部专家，而且专家并行需要 "
        "al"
        "l-to-all 通信，跨机的时候带宽很容易成为瓶颈，所以部署上通常要配合更大的 batch 来摊薄通信"
        "。",
        "MoE 模型为什么需要负载均衡，因为 MoE 模型是需要负载均衡的。一般怎么做呢，一般就是按照负"
        "载均衡的方法去做负载均衡。负载均衡做好了，MoE 模型的负载就均衡了，所以 MoE 模型需要负载"
        "均衡。",
    ),
    Case(
        "zh-h22-ema",
        "zh",
        "fundamentals",
        "训练的时候对模型权重做 EMA 是什么意思？有什么用？",
        "权重 EMA（指数滑动平均）\n"
        "θ_ema ← β · θ_ema + (1 − β) · θ   每个 step 更新一次；β 常用 0.999 / 0.9999\n"
        "- **只用于评估 / 推理**，不参与反向传播；梯度照常更新原权重 θ，EMA 权重不会写回\n"
        "- 作用：平滑训练后期 SGD 的噪声 ≈ 对最近 1/(1−β) 步的权重取平均（0.999 → ~1000 步）→ 泛"
        "化更稳，对 lr 衰减不那么敏感\n"
        "- 常见于：扩散模型、YOLO 系列、半监督 mean teacher（teacher = student 的 EMA）\n"
        "- 坑：① 初期 θ_ema 偏向初始化 → β 做 warmup，如 min(β, (1+t)/(10+t))；② 多存一份参数；③ "
        "BN 的 running stats 也要同步",
        "EMA 就是在训练的同时额外维护一份影子权重，每一步用一个很接近一的系数，比如零点九九九，把"
        "旧的影子权重和当前的权重做加权平均。这份影子权重不参与反向传播，梯度还是照常更新原来的权"
        "重，影子权重也不会拷回去，只是评估和部署的时候用它。它的作用是把训练后期那些随机梯度带来"
        "的抖动平均掉，零点九九九大致相当于对最近一千步左右的权重求平均，所以泛化更稳，对学习率怎"
        "么衰减也没那么敏感。扩散模型和 YOLO 基本都默认开，半监督里的 mean teacher 也是拿学生模型"
        "的 EMA 当老师。要注意的是刚开始影子权重还很接近初始化，所以系数一般会从小往大 warmup；另"
        "外要多占一份参数的显存，BN 的统计量也得一起同步。",
        "就是把训练过程中的权重做一个滑动平均，推理的时候用平均后的权重，一般效果会更稳一点。",
        "EMA 是拿来代替原来的权重继续训练的：每一步算完梯度，先更新 EMA 权重，再把 EMA 权重拷回模"
        "型作为下一步的起点，相当于一种带动量的优化器。β 越大，EMA 越只看最近几步，0.999 大概就对"
        "应最近十步左右。评估和推理的时候其实用的还是原来的权重，EMA 只在训练里起作用。初期也不需"
        "要 warmup，因为 EMA 一开始就是准的。主要用在 NLP 的大模型预训练里，扩散模型一般不用。",
        "训练里学习率的调度其实影响很大。一般会先 warmup，几百到几千步从零线性升到峰值，避免一开"
        "始 Adam 的二阶矩估计不准导致发散；之后用 cosine 衰减到峰值的十分之一左右。如果训练步数事"
        "先不确定，也可以用常数学习率，最后再单独做一段快速衰减。",
        "训练的时候对模型权重做 EMA，意思就是在训练的时候对权重做 EMA。有什么用呢，用处就是 EMA "
        ""
        "的用处。做了 EMA 以后，模型权重就有了 EMA，训练的时候 EMA 就起到了 EMA 应该起的作用。",
    ),
    Case(
        "zh-h22-ownership",
        "zh",
        "behavioral",
        "讲一次你主动去做了本来不属于你职责范围的事情。",
        "STAR｜接手没人管的样本 pipeline（2023 H1）\n"
        "S：特征平台每日训练样本 pipeline，原 owner 转岗，没人接；近 1 个月失败 6 次，每次下游 3 "
        ""
        "个模型训练延误 ≥ 1 天\n"
        "T：不是我的活（我在排序组），但我们组最依赖它\n"
        "A：\n"
        "1. 先找两边 leader 说清楚：我**临时兜底 2 个月**，之后必须定正式 owner\n"
        "2. 补监控 + 告警（样本量环比 ±20% 就报），写 runbook\n"
        "3. 最常挂的点：上游 Hive 分区没产出就开跑 → 改成等待分区 + 重试\n"
        "4. 2 个月后交给数据平台组，带着 runbook 做交接，跟了两周\n"
        "R：失败 6 次/月 → 0–1 次；平台组沿用了 runbook；年中评估多了一条“跨团队 ownership”",
        "二三年上半年，我们依赖的一个每天产训练样本的 pipeline，原来负责的同事转岗了，一直没人接"
        "，一个月里挂了六次，每次都让下游三个模型的训练晚至少一天。这个本来不归我管，我在排序组，"
        "但我们组是最受影响的。我先去找了两边的 leader，说好我先临时兜底两个月，但到期一定要定一"
        "个正式的负责人。然后我补了监控和告警，样本量跟前一天比上下波动超过两成就报警，也写了一份"
        "处理手册。看下来最常见的失败原因是上游的 Hive 分区还没产出它就开始跑了，我改成先等分区就"
        "绪再跑，失败了自动重试。两个月后按约定交给了数据平台组，带着手册做了交接，又跟了两周。结"
        "果是失败从一个月六次降到零到一次，平台组后来一直沿用那份手册，我那年的年中评估里也多了一"
        "条跨团队的 ownership。",
        "之前有个数据 pipeline 没人管，老出问题，影响我们组训练，我就主动去修了一下，加了点监控，"
        "后来稳定多了。",
        "那个样本 pipeline 其实本来就是我负责的，是我自己写的，所以谈不上职责之外。当时我没跟 "
        "lea"
        "der 打招呼，直接花了两个月把它整个重写成了 Spark Streaming，监控和 runbook 觉得没必要就"
        "没加。Hive 分区的问题是下游的，跟我们无关。最后也没有交接，到现在还是我一个人在维护，失"
        "败次数从每月一两次涨到了六次左右，后来 leader 把它收回给了平台组。",
        "我觉得跨团队合作里最重要的是把接口和责任边界定清楚。我们组和数据平台组后来约定了一个数据"
        "契约，字段含义、产出时间、延迟的 SLA 都写下来，任何一边要改 schema 都要提前一周通知。这"
        "种机制比靠个人的热心可持续得多，也减少了扯皮。",
        "主动去做本来不属于我职责范围的事情，这种事情我是做过的。本来不属于我的职责，但是我主动去"
        "做了，做的就是不属于我职责范围的事情。总之我是一个会主动去做职责范围以外事情的人，这件事"
        "就是这样。",
    ),
]

CASES = [*_ZH, *EN]
