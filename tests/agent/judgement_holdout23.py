"""A twenty-third held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on topics no other set uses (routing customer-service
tickets with a three-level hierarchical classifier and per-category confidence gates, picking a
video cover frame by shot detection, quality filters, an aesthetics model and a CTR model, load
balancing of mixture-of-experts routers, gradient clipping by value against by global norm,
mediating a stalemate between two senior colleagues over a feature store, choosing who gets a
retention offer with uplift modelling, speaker diarization of mono call-centre audio,
why FlashAttention is faster, grouped cross-validation, acting on hard feedback from a manager,
two introductions). References are messy notes (headings, numbered and bulleted lists, bold,
half sentences, arrows, mixed zh/en terms, numbers with units, formulas, STAR letters in the
behavioral notes, a results line), some short and some long. Answers are written as candidates
speak: strong ones paraphrase, some with Chinese numerals, spelled-out numbers and fractions;
partials are vague or make one or two points; wrong ones are confident and mix the reference's
words with wrong facts (schools swapped with jobs denied and another career goal, another
method with a reversed gate and another outcome, steps in the wrong order with weights and
results swapped, a different purpose with a reversed loss and wrong numbers, a reversed
property with wrong numbers and steps in the wrong order, the opposite action and another
outcome, schools swapped with roles denied, a different quantity under the method's name with
a denied experiment and a reversed target group, a denied premise with another method and
reversed numbers, a different mechanism under the same name with a denied step, a different
concept under the same name with a reversed effect, the opposite feedback and another
outcome); off-topic ones are fluent about something nearby; padded ones restate the question
or repeat themselves. Written blind; its first measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout23_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h23-intro",
        "zh",
        "self_intro",
        "简单介绍一下你自己吧，讲讲你的经历和为什么想来我们这里。",
        "自我介绍（2 min 以内，主线：自动驾驶感知 → 多模态大模型）\n"
        "- 邵一帆，浙大 控制科学 本科 2015 → 中科院自动化所 模式识别 硕士 2018\n"
        "- 2018–2021 驰远智驾，**感知算法**\n"
        "  - 激光雷达 3D 检测（PointPillars → CenterPoint），夜间行人召回 +9 pts\n"
        "  - 负责数据闭环：难例挖掘 → 标注 → 回灌，迭代周期 4 周 → 10 天\n"
        "- 2021–至今 星图科技，**多模态 / 视觉语言模型**\n"
        "  - 做图文检索 + VLM 问答，负责 SFT 数据和评测，小组 4 人\n"
        "  - 上线工业质检问答：缺陷描述准确率 71% → 86%\n"
        "- why 你们：想做端到端多模态 agent，离真实业务近",
        "面试官好，我叫邵一帆。本科在浙大读的控制，一五年毕业，之后去中科院自动化所读了模式识别"
        "的硕士。毕业后先在驰远智驾做了三年感知，主要是激光雷达上的三维目标检测，从 "
        "PointPillars 换到 CenterPoint，晚上行人的召回提高了差不多九个点；另外我把数据闭环搭了"
        "起来，就是自动挖难例、送标注、再加回训练集，一轮迭代从一个月缩到十天左右。二一年我转到"
        "星图科技做多模态，做图文检索和视觉语言模型的问答，我带一个四个人的小组负责微调数据和评"
        "测。我们做的工业质检问答上线以后，缺陷描述的准确率从七成出头提到了八成六。之所以想来贵"
        "司，是因为我想做端到端的多模态 agent，而且离真实业务更近。",
        "我叫邵一帆，之前在自动驾驶公司做了几年感知，后来转去做多模态大模型，现在想找一个更贴近"
        "业务的多模态方向。",
        "我叫邵一帆，本科是中科院自动化所的，硕士在浙大读的控制，二零年才毕业。毕业后在驰远智驾"
        "做的是规划控制，感知是另一个组负责的，数据闭环也不是我搭的。二三年去星图科技做的是推荐"
        "系统的召回，多模态那边我只是偶尔帮忙跑一下评测，质检问答的准确率其实一直在六成左右没上"
        "去。想换工作主要是想转去做后端开发。",
        "说到自动驾驶感知，现在业界有两条路线，一条是纯视觉，一条是激光雷达融合。纯视觉成本低，"
        "靠 BEV 和占用网络在进步，但在雨雾天和远距离小目标上还是吃亏；激光雷达方案精度高，但硬"
        "件贵、标定麻烦。我觉得中短期还是多传感器融合更稳妥，长期看纯视觉的性价比更有吸引力。",
        "好的，那我简单介绍一下我自己。我的经历就是我这些年的经历，想来这里的原因就是我想来这里"
        "。总的来说，我的经历就是这样一些经历，我很想来你们这里，这就是我的自我介绍，也是我为什"
        "么想来这里的原因。",
    ),
    Case(
        "zh-h23-ticket-routing",
        "zh",
        "project",
        "讲讲你做的客服工单自动分类和路由项目，整体怎么设计的？",
        "## 工单自动分派（客服中台）\n"
        "背景：日均 ~4.5 万工单，人工分派 → 平均 **首响 38 min**，错派率 ~17%\n"
        "### 方案\n"
        "1. 三级类目树（12 / 86 / 410 类）→ **层级分类**\n"
        "   - 文本：标题 + 首条描述 + 订单状态（结构化特征拼 prompt）\n"
        "   - 模型：中文 RoBERTa-base，一级二级联合训练，三级只在二级内 softmax（mask "
        "掉非子类）\n"
        "2. **置信度门控**：p_max ≥ 0.8 自动派单；0.5–0.8 推荐 top3 给分派员；< 0.5 → 人工池\n"
        "   - 阈值按类目单独校准（temperature scaling 后再定）\n"
        "3. 长尾：样本 < 50 的三级类 → 合并到「其他-xx」，每月重训时再拆\n"
        "4. 反馈闭环：坐席改派 = 负样本，周级增量训练\n"
        "### 结果\n"
        "- 自动派单覆盖 63%，这部分准确率 95.4%\n"
        "- 首响 38 → 14 min；错派率 17% → 6%",
        "这个项目是客服中台的工单分派。之前每天四万多张工单全靠人分，用户平均要等将近四十分钟才"
        "有人第一次响应，而且差不多六分之一的单会派错。我们把类目整理成三层的树，一层十几个、最"
        "细一层四百多个，做成层级分类：输入是工单标题、用户第一段描述，再把订单状态这种结构化信"
        "息拼进去，用一个中文 RoBERTa，前两层一起训，第三层只在它所属的二级类下面做 "
        "softmax，不相关的子类直接屏蔽。关键是按置信度分流：特别有把握的，大概八成以上就直接派"
        "；中间那段给分派员推荐前三个选项；把握很低的扔回人工池。阈值是先做温度校准、再按每个类"
        "目分别定的。样本太少的细类先并到一个“其他”里，等数据够了再拆。坐席改派的记录当负样本，"
        "每周增量训练一次。最后六成多的工单能自动派，这部分准确率九成五，首响从三十八分钟降到十"
        "四分钟，错派率降到百分之六。",
        "就是用一个文本分类模型给工单分类，然后按类别派给对应的客服组。模型有把握的就自动派，没"
        "把握的还是人工来分，上线后响应快了不少。",
        "这个项目我们用的是扁平分类，四百多个细类直接一个 softmax "
        "出来，没有用层级结构，因为层级分类误差会逐层累积。置信度门控是反过来的：置信度低于 "
        "0.5 的我们自动派，因为这些多半是简单的咨询类；高于 0.8 "
        "的反而交给人工复核，怕高置信的错误影响大。阈值全局统一一个，没有按类目校准。上线后自动"
        "派单覆盖了九成以上，但首响时间基本没变，还是四十分钟左右。",
        "客服场景里我觉得更有价值的是智能回复。用户进线以后，先用检索加大模型生成一个建议回复给"
        "坐席，坐席改一改就能发，平均处理时长能降不少。难点在于知识库要及时更新，还有生成内容的"
        "合规审核，像退款金额、赔付承诺这类话术必须走模板，不能让模型自由发挥。",
        "客服工单自动分类和路由这个项目，整体设计就是对工单进行自动分类，然后自动路由。分类就是"
        "把工单分到类别里，路由就是把工单派出去。整体来说，设计就是分类加路由，通过自动分类实现"
        "自动路由，这就是这个项目整体的设计思路。",
    ),
    Case(
        "zh-h23-video-cover",
        "zh",
        "project",
        "你之前做的视频封面自动选帧，具体是怎么做的？效果怎么样？",
        "视频封面智能选帧\n"
        "- 问题：UP 主 ~40% 不手动选封面 → 默认首帧，常黑屏 / 模糊 / 转场\n"
        "- pipeline：\n"
        "  1. 抽帧：场景切分（PySceneDetect）→ 每个 shot 取最清晰 1 帧（Laplacian 方差），~30 "
        "候选/视频\n"
        "  2. **质量过滤**：黑屏、模糊、大字幕、人脸闭眼 → 规则 + 小模型，砍掉 ~一半\n"
        "  3. **美学打分** NIMA 式模型（自有 12 万张标注微调）\n"
        "  4. **CTR 预估排序**：帧 embedding + 标题 + 作者特征 → 点击率模型，label 来自封面 "
        "A/B 的历史曝光\n"
        "  - 最终分 = 0.3·美学 + 0.7·CTR\n"
        "- 离线：top1 命中人工优选 58%\n"
        "- 线上 AB：默认封面视频 CTR +7.2%，完播率持平；耗时 P99 1.8 s/视频（离线异步）",
        "当时的问题是大概四成的上传者不自己挑封面，系统默认拿第一帧，很多是黑屏或者转场糊掉的。"
        "我们的做法分几步：先按镜头切分视频，每个镜头里挑一张最清楚的，用拉普拉斯方差衡量清晰度"
        "，一个视频大概三十张候选；然后做质量过滤，把黑屏、糊的、字幕太大的、人闭眼的用规则加小"
        "模型筛掉，通常能去掉一半；剩下的先用一个美学打分模型打分，这个模型是在我们自己标的十二"
        "万张图上微调的；最后再用一个点击率模型排序，特征是帧的向量加标题和作者信息，标签来自以"
        "前封面实验的曝光点击。两个分数加权，点击率占七成、美学占三成。离线看第一名和人工挑的一"
        "致的接近六成，线上实验里用默认封面的那些视频点击率涨了百分之七左右，完播率没变，整个流"
        "程是异步跑的，最慢的也就两秒不到。",
        "我们先从视频里抽一些候选帧，再用模型给每一帧打分，选分数最高的当封面，上线以后点击率有"
        "一定提升。",
        "我们的做法是先用点击率模型在全部帧上排序，取前三十个，然后再做场景切分，最后才做质量过"
        "滤，把黑屏模糊的去掉。美学模型用的是开源的 NIMA 直接拿来用，没有微调。最终分里美学占七"
        "成、CTR 只占三成，因为我们认为好看比点击更重要。线上 AB "
        "的结果是点击率基本持平，但完播率涨了七个点，离线命中人工优选大概在九成。",
        "封面之外其实标题也很关键。我们当时也讨论过用大模型给视频生成标题，先用语音识别把视频内"
        "容转成文字，再让模型总结出几个候选标题，同时要避免标题党。这个方向难点在于风格控制，不"
        "同区的用户喜欢的标题风格差别很大，游戏区和知识区完全不是一个路子。",
        "视频封面自动选帧，具体就是自动地从视频中选出一帧当作封面。具体怎么做的，就是通过选帧的"
        "方法去选封面。效果的话，效果还是不错的，就是选出来的封面效果挺好。总之就是自动选帧做封"
        "面，效果不错，这就是这个项目。",
    ),
    Case(
        "zh-h23-moe-balance",
        "zh",
        "fundamentals",
        "MoE 模型里为什么需要负载均衡？常见的做法有哪些？",
        "MoE 负载均衡\n"
        "**问题**：router 学着学着塌缩 → 少数 expert 吃掉大部分 token（rich get richer），其余 "
        "expert 学不到东西；并行时热点 expert 所在卡成为瓶颈 / token 溢出被丢\n"
        "做法：\n"
        "1. **辅助损失**（Switch Transformer）：L_aux = α · N · Σ_i f_i · P_i\n"
        "   - f_i = 分到 expert i 的 token 比例，P_i = router 给 i 的平均概率；α ~ 0.01\n"
        "   - 均匀时最小\n"
        "2. **capacity factor**：每个 expert 容量 = CF × tokens/N，CF 常取 1.0–1.25；超出的 "
        "token 被 drop（走残差）\n"
        "3. router z-loss：惩罚 logits 过大 → 训练稳定（ST-MoE）\n"
        "4. aux-loss-free（DeepSeek-V3）：每个 expert 加 bias 只用于选 top-k，过载 → bias "
        "下调，欠载 → 上调\n"
        "- 注：α 太大 → 伤主任务效果",
        "因为门控网络很容易越学越偏，少数几个专家拿到的 token "
        "越多就训得越好、又被选得越多，最后大部分专家几乎闲着，等于参数白放；分布式的时候热门专"
        "家所在的卡还会被挤爆，多出来的 token 只能丢掉。常见做法一个是加辅助的均衡损失，像 "
        "Switch Transformer 那样，把每个专家实际分到的 token "
        "占比和路由给它的平均概率相乘再求和，乘上专家数和一个很小的系数，一般百分之一左右，分布"
        "越均匀这个值越小；但系数不能太大，不然会拖累主任务。第二个是设容量上限，每个专家最多处"
        "理平均份额的一到一点二五倍，超了就跳过、直接走残差。还有 z-loss 压住路由 logit "
        "的大小让训练更稳。DeepSeek-V3 则不用辅助损失，给每个专家加一个只影响选择的偏置，负载高"
        "了就调低、负载低了就调高。",
        "因为 router 可能总是把 token 分给少数几个 expert，导致别的 expert "
        "训练不充分，所以一般会加一个负载均衡的辅助 loss。",
        "MoE 的负载均衡主要是为了推理时省显存，训练的时候其实不太需要。辅助损失是在 token "
        "分布越集中的时候越小，这样可以鼓励 router 做出明确的选择。capacity factor 一般设成 2 "
        "到 4，超出容量的 token 会被分到下一个 expert 继续算，不会丢。DeepSeek-V3 "
        "的做法是把辅助损失的系数调大到 1 左右，用更强的均衡约束来代替 bias。",
        "MoE 的好处是参数量大但每个 token 只激活一小部分，比如八个专家里选两个，所以计算量和一"
        "个小稠密模型差不多。推理部署的时候通常要用专家并行，把不同专家放到不同的卡上，中间需要"
        " all-to-all 通信，通信开销是主要瓶颈之一，所以也有人做专家的放置优化和通信和计算的重叠"
        "。",
        "MoE 模型里需要负载均衡，是因为 MoE 需要负载均衡。常见的做法就是做负载均衡的做法，让负"
        "载更加均衡。总之负载均衡在 MoE 里面很重要，需要通过一些做法来实现负载均衡，这些就是常"
        "见的负载均衡做法。",
    ),
    Case(
        "zh-h23-grad-clip",
        "zh",
        "fundamentals",
        "说说梯度裁剪，按值裁剪和按范数裁剪有什么区别？一般怎么设阈值？",
        "梯度裁剪 gradient clipping\n"
        "- 目的：防梯度爆炸（RNN、深层 Transformer、loss spike）→ 单步更新过大把参数打飞\n"
        "- **按值 clip_by_value**：每个元素截断到 [-c, c]\n"
        "  - 缺点：改变梯度方向\n"
        "- **按范数 clip_by_global_norm**：g ← g · min(1, c / ‖g‖₂)，‖g‖ "
        "是所有参数拼起来的全局 L2 范数\n"
        "  - 只缩放长度，**方向不变** → 更常用\n"
        "- 阈值：LLM 常用 1.0；经验 → 先不裁跑一段，看 grad norm 分布，取 ~中位数附近 / 略高\n"
        "- 注意：\n"
        "  - AMP 下要先 unscale 再 clip\n"
        "  - 梯度累积 → 在累积完、optimizer.step 前 clip 一次\n"
        "  - 监控“被裁比例”，长期大部分 step 都被裁 → lr 可能太大",
        "梯度裁剪是为了防止梯度突然变得特别大，一步更新就把参数推得太远，RNN 和很深的 "
        "Transformer 里比较常见。按值裁剪是把每个分量单独截到正负某个数以内，问题是各分量截的程"
        "度不一样，梯度的方向就被改了。按范数裁剪是把所有参数的梯度当成一个大向量算二范数，超过"
        "阈值就整体等比例缩小到阈值，方向保持不变，所以大家一般用这个。阈值的话，大模型训练里常"
        "见就是设成一；更稳妥的办法是先不裁训一阵子，看看梯度范数大概在什么范围，取中位数附近或"
        "者稍高一点。还有几个细节：混合精度要先把 loss scale "
        "除回去再裁；如果做梯度累积，要等累积完、更新之前只裁一次；另外可以盯着有多少步被裁了，"
        "如果几乎每步都在裁，多半是学习率设大了。",
        "梯度裁剪就是梯度太大的时候把它限制一下，防止梯度爆炸。按范数裁剪用得比较多，阈值一般设"
        " 1 左右。",
        "按值裁剪和按范数裁剪其实效果差不多，区别是按值裁剪保持了梯度的方向，按范数裁剪会改变方"
        "向，所以对方向敏感的任务要用按值裁剪。按范数裁剪是每一层单独算范数、单独裁，不是全局的"
        "。阈值一般设得越小越好，比如 0.01，这样训练最稳定。混合精度下应该先 clip 再 "
        "unscale，梯度累积的话每个 micro-batch 都要裁一次。",
        "梯度爆炸还有一个对应的问题是梯度消失，主要靠结构来解决，比如残差连接、LayerNorm、合适"
        "的初始化，以及把 sigmoid 换成 ReLU 这类激活函数。LSTM 也是为了缓解 RNN "
        "的梯度消失提出来的，它用门控让信息可以在时间上更长地传递。",
        "梯度裁剪就是对梯度进行裁剪。按值裁剪就是按值来裁剪，按范数裁剪就是按范数来裁剪，两者的"
        "区别就是一个按值一个按范数。阈值的话一般就是设一个合适的阈值，根据情况来设。这就是梯度"
        "裁剪以及它们的区别和阈值的设法。",
    ),
    Case(
        "zh-h23-mediate",
        "zh",
        "behavioral",
        "有没有遇到过团队里两个同事在技术方案上吵得很僵的情况？你是怎么处理的？",
        "STAR — 调解特征存储选型之争（2023 Q2）\n"
        "S：组里两位资深：老周要自研特征存储（基于 Redis + Hive），阿敏坚持用开源 "
        "Feast；周会吵了 3 次，项目卡 2 周，我是 TL\n"
        "T：两周内定方案，且不能让任何一方觉得被“判输”\n"
        "A：\n"
        "- 分别 1:1 → 听各自真实顾虑（老周：延迟 & 可控；阿敏：维护成本 & 人手）\n"
        "- 把争论改成**共同的评估表**：P99 延迟、上线周期、维护人力、迁移风险，两人一起定权重\n"
        "- 各自 3 天做 PoC，用同一份线上流量回放测\n"
        "- 结果 Feast 在线读 P99 9 ms vs 自研 6 ms，都达标（<15 ms）；维护人力 0.5 vs 2 人\n"
        "- 选 Feast + 老周负责写 Redis 在线存储的定制插件\n"
        "R：一周内拍板，上线提前 1 周；两人后来合写了内部分享\n"
        "反思：早点把“观点之争”变成“数据之争”",
        "有的，二三年第二季度我在带组，两位资深同事为特征存储吵起来了：老周想自己基于 Redis 和 "
        "Hive 做一套，阿敏觉得直接用开源的 Feast 就够了，周会上争了三回，项目停了两个礼拜。我要"
        "在两周内定下来，还不能让谁觉得自己输了。我先分别找他们单聊，发现老周真正担心的是延迟和"
        "可控性，阿敏担心的是以后维护要投入多少人。然后我把争论变成一张大家一起定权重的评估表，"
        "看尾延迟、上线要多久、维护要几个人、迁移风险。两个人各花三天做原型，用同一份线上流量回"
        "放来测。结果开源方案尾延迟九毫秒、自研六毫秒，都在十五毫秒的要求以内，但维护人力一个是"
        "半个人、一个是两个人。最后选了 Feast，同时请老周来写 Redis "
        "在线存储那块的定制插件。一周内就定了，上线还早了一周，后来他们俩一起做了次内部分享。我"
        "的体会是要尽早把观点之争变成用数据说话。",
        "有过，两个同事对用什么方案意见不一样。我分别和他们聊了聊，然后让他们各自做了个小验证，"
        "最后用数据决定了方案，大家也都接受了。",
        "有过，当时老周要用 Feast，阿敏要自研。我作为 TL "
        "觉得拖下去不行，就在周会上直接拍板选了自研，没有做 PoC，因为我比较信任老周的经验。阿敏"
        "不太服气，后来调去了别的组。测下来自研的 P99 是 30 毫秒，超过了 15 "
        "毫秒的要求，最后项目推迟了一个月上线。我的反思是 TL 就应该果断，不用照顾每个人的情绪。",
        "我觉得技术团队里最重要的是建立好的文档文化。我们组后来推行了设计文档评审，每个超过两周"
        "工作量的需求都要先写设计文档，列出背景、目标、备选方案和风险，在评审会上大家提意见。这"
        "样很多分歧在写文档的阶段就暴露出来了，也方便新人了解历史决策。",
        "遇到过团队里两个同事在技术方案上吵得很僵的情况。我是怎么处理的呢，就是去处理这个情况，"
        "让他们不要吵得那么僵。总之遇到这种情况就需要好好处理，处理好了就好了，这就是我处理两个"
        "同事技术方案争执的经历。",
    ),
]

CASES = [*_ZH, *EN]
