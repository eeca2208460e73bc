"""A twenty-first held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on topics no other set uses (distilling a cloud
next-word model into an on-device input-method model with INT8 quantisation, finding and
handling loss spikes in a large pretraining run, Adam with L2 regularisation against AdamW's
decoupled weight decay, ring all-reduce and its communication volume, two business teams
competing for one engineer's time, layered defences against prompt injection in an email
assistant, generating product-photo backgrounds with inpainting while the product stays
untouched, byte-level tokenizer-free language models, inverse propensity scoring for
off-policy evaluation of a recommender, learning an unfamiliar clinical domain fast, two
introductions). References are messy notes (headings, numbered and bulleted lists, bold, half
sentences, arrows, mixed zh/en terms, numbers with units, formulas, STAR letters in the
behavioral notes, a results line). Answers are written as candidates speak: strong ones
paraphrase, some with Chinese numerals, spelled-out numbers and fractions; partials are vague
or make one or two points; wrong ones are confident and mix the reference's words with wrong
facts (someone else's background with schools swapped and jobs in the wrong order, another
method named as the one used with a denial, a reversed mechanism with wrong numbers and a
denied cause, a denied property with wrong numbers, steps in the wrong order with wrong
numbers, the opposite action and another outcome, schools and jobs swapped with reversed
numbers, another method with a denial, a reversed direction with wrong numbers, a reversed
mechanism with two methods' names swapped, a reversed ratio with a denied condition, roles
swapped and another outcome); off-topic ones are fluent about something nearby; padded ones
restate the question or repeat themselves. Written blind; its first measurement, by the lead,
is its blind figure.
"""

from __future__ import annotations

from judgement_holdout21_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h21-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，讲讲你的经历，还有为什么想看新的机会。",
        "自我介绍（~2 min，主线 = 端侧模型）\n"
        "- 周子航，哈工大 自动化本科 2016 → 中科院自动化所 模式识别硕士 2019\n"
        "- 2019-2022 某手机厂商（澜星）相机算法组：**夜景降噪**，端侧 NPU 部署，模型 < 4 MB\n"
        "- 2022-至今 输入法公司（简拼）**端侧联想 / 纠错模型**\n"
        "  - 负责：云端大模型 → 端侧小模型 蒸馏 + INT8 量化\n"
        "  - 结果：首选词命中率 +6.5%；单次推理 < 15 ms（中端机）\n"
        "  - 带 2 个应届\n"
        "- 为什么看机会：想做云端大模型 post-training，不只做压缩",
        "面试官好，我叫周子航。本科在哈工大读自动化，一六年毕业，之后去中科院自动化所读了模式识别"
        "方向的硕士，一九年毕业。第一份工作在一家手机厂商的相机算法组，做了三年夜景降噪，主要是把"
        "模型塞进手机的 NPU 里跑，模型得压到四兆以内。二二年我去了一家做输入法的公司，负责端上的联"
        "想和纠错模型，核心就是把云端的大模型蒸馏成端上的小模型，再做八位整数量化。做下来首选词命"
        "中率提了六个半点，中端机上一次推理十五毫秒以内。现在还带着两个应届生。想换机会，是因为一"
        "直在做压缩这一头，想往上游走，去做云端大模型的后训练。",
        "我叫周子航，之前在手机公司做过相机相关的算法，现在在输入法公司做端侧的模型，主要是想办法"
        "把模型做小。",
        "我叫周子航，本科在中科大读的计算机，硕士去了哈工大读控制，一八年毕业。毕业后先去了输入法"
        "公司做云端的联想大模型，二零年才跳到手机厂商的相机组做夜景降噪，现在还在那边。端侧模型我"
        "们没做蒸馏，都是直接训一个小模型，大概四十兆，命中率提了二十个点。我一直是自己一个人做，"
        "没带过人。这次看机会主要是想继续做端侧压缩。",
        "说到端侧部署，我觉得最麻烦的是不同手机芯片的 NPU 算子支持不一样。同一个模型在高通上能跑，"
        "到联发科上可能某个 LayerNorm 就不支持，只能回退到 CPU，延迟一下翻好几倍。所以我们一般维护"
        "一张算子白名单，设计结构的时候就绕开不支持的算子，另外还得考虑发热和功耗。",
        "好的，我先做个自我介绍。我的经历就是我这些年的经历，为什么想看新的机会，就是因为想看看新"
        "的机会。总的来说，经历是经历，机会是机会，这就是我的自我介绍，大概就是这样。",
    ),
    Case(
        "zh-h21-project-distill",
        "zh",
        "project",
        "你们输入法的端侧联想模型，是怎么从云端大模型蒸馏下来的？讲讲整体做法。",
        "**端侧联想模型蒸馏**（输入法 App，DAU ~3000 万）\n"
        "背景：云端 1.3B 联想效果好，但要联网、延迟 80 ms+；端上原来 = n-gram + 小 LSTM\n"
        "目标：端侧 ≤ 20M 参数，中端机单次 < 15 ms，包体增量 < 10 MB\n"
        "方案：\n"
        "1. teacher = 云端 1.3B（先在输入法语料上继续训）；student = 6 层 Transformer，~18M，词表"
        "裁到 2 万\n"
        "2. loss = KL(teacher soft label, T=2) + 0.3 × CE(真实下一个词)\n"
        "   - 数据：脱敏输入日志 + teacher 在无标注文本上的 top-20 logits（**离线存**，省 teacher "
        "算力）\n"
        "3. QAT → INT8，量化前后命中率只掉 0.2%\n"
        "4. 个性化：用户词库在端上做 cache 插值，不上传\n"
        "结果：首选命中率 +6.5%（vs n-gram+LSTM）；P90 延迟 12 ms；包体 +7 MB；联想点击率 +4.1%",
        "云端原来有个十三亿参数的联想模型，效果好但得联网，延迟八十毫秒往上，端上只有 n-gram 加一"
        "个小 LSTM。目标是端侧两千万参数以内、中端机一次十五毫秒以内、包体最多涨十兆。老师就用云端"
        "那个，先在输入法语料上接着训了一轮；学生是六层的 Transformer，一千八百万参数左右，词表砍"
        "到两万。损失是温度二的软标签算 KL，再加零点三倍真实下一个词的交叉熵。老师在无标注文本上的"
        "前二十个 logits 我们离线存好，不用反复跑老师。然后做量化感知训练转成 INT8，命中率只掉了零"
        "点二个点。用户词库在端上做缓存插值，不上传。最后首选命中率涨了六个半点，P90 延迟十二毫秒"
        "，包体多了七兆。",
        "就是拿云端的大模型当老师，训一个小的学生模型放到手机上，让它去学老师的输出分布，最后再量"
        "化一下，效果比原来好一些。",
        "我们其实没用老师学生那套蒸馏，是直接对云端十三亿的模型做结构化剪枝，一路剪到一千八百万参"
        "数，然后只用输入日志里真实的下一个词做交叉熵训练，没有软标签，也没有温度。剪完直接用 FP16"
        " 跑，没做 INT8 量化，因为量化掉点太多。用户词库是上传到云端统一做个性化的。上线以后首选命"
        "中率涨了十五个点，延迟三毫秒。",
        "输入法里其实纠错比联想更难。用户在九宫格上按错键、拼音打成模糊音，比如 n 和 l 不分，都要"
        "纠。我们是先按键盘布局建一个按键混淆矩阵，再结合拼音编辑距离生成候选，最后用语言模型打分"
        "排序。另外双拼和五笔用户的行为完全不一样，要分开建模。",
        "端侧联想模型从云端大模型蒸馏下来，整体做法就是蒸馏。就是说云端有大模型，端侧要联想模型，"
        "那就从云端蒸馏到端侧，蒸馏下来就是端侧联想模型了。整体做法大概就是这样一个蒸馏的做法。",
    ),
    Case(
        "zh-h21-project-lossspike",
        "zh",
        "project",
        "你们做预训练的时候遇到过 loss spike 吗？当时是怎么定位、怎么处理的？",
        "**预训练稳定性：loss spike**（13B，1024 × A800，计划 ~2T tokens）\n"
        "现象：训到 ~600B token，1 周内 5 次 spike，loss 2.1 → 4+；2 次没自己回落 → 发散\n"
        "定位：\n"
        "- grad norm：spike 前几十 step 先抬头（0.3 → 3+）\n"
        "- 逐层看：最后几层 attention logits 很大 → softmax 饱和\n"
        "- 查数据：spike 前的 batch 里有一批乱码 / 重复长文本（同一个爬虫源）\n"
        "处理：\n"
        "1. 回滚到 spike 前 ~200 step 的 ckpt，**跳过**那段数据（data loader 按 step 记了样本 id）"
        "\n"
        "2. 加 QK-LayerNorm + z-loss（1e-4）压 logits\n"
        "3. 峰值 lr 3e-4 → 2e-4；Adam β2 = 0.95\n"
        "4. 清洗该数据源：去乱码 + n-gram 重复率过滤\n"
        "5. 监控：grad norm / 每层 activation max 告警；ckpt 每 100 step 异步存\n"
        "结果：后面 1.4T token 只 1 次小 spike 且自己回落；浪费算力 ~9% → < 1%",
        "遇到过。一百三十亿的模型训到六千亿 token 左右一周里炸了五次，loss 从二点一跳到四以上，两"
        "次没回来。定位先看梯度范数，spike 前几十步它就从零点三涨到三以上；逐层看是最后几层注意力"
        "的 logits 太大，softmax 饱和了；再查数据，出事前 batch 里有一批同一爬虫源的乱码和重复文本"
        "。处理上先回滚到大约两百步前的检查点，按记下的样本 id 跳过那段数据；加了 QK-LayerNorm 和"
        "一e负四的 z-loss；峰值学习率从三e负四降到二e负四，β2 取零点九五；清洗了那个源，加了梯度范"
        "数告警。之后一万四千亿 token 只有一次小 spike 且自己回落，浪费的算力从九个点左右降到一个"
        "点以内。",
        "遇到过，loss 会突然跳上去。我们当时就是回滚到之前的 checkpoint，把学习率调小一点再接着训"
        "，后面就好多了。",
        "遇到过，一百三十亿的模型训到六千亿 token 左右炸过几次。我们看下来 spike 之前梯度范数是先"
        "变小的，从三掉到零点三，说明是梯度消失，所以处理上反而把峰值学习率从二e负四调到了五e负四"
        "，β2 也从零点九五提到零点九九九。数据我们查过，跟数据完全没关系，是硬件上的静默错误，所以"
        "没回滚也没跳数据，直接接着训，loss 自己会回来。z-loss 和 QK-LayerNorm 没加，因为会掉点。"
        "之后就再没出现过 spike。",
        "预训练里另一个头疼的是机器故障。一千多张卡，平均每天都会坏一两张，NCCL 一超时整个任务就挂"
        "了。我们做了自动重启：健康检查发现坏节点就踢掉，换上备用节点，从最近的检查点拉起来，整个"
        "过程十分钟以内。另外检查点要分片并行写到分布式文件系统，不然存一次要半个多小时。",
        "loss spike 的话，预训练的时候是遇到过的。定位就是定位 loss spike，处理就是处理 loss spike"
        "。当时遇到了 spike，我们就定位，定位完了就处理，处理完了 loss spike 就处理掉了，大概就是"
        "这么定位和处理的。",
    ),
    Case(
        "zh-h21-adamw",
        "zh",
        "fundamentals",
        "Adam 里加 L2 正则，和 AdamW 的 weight decay，有什么区别？",
        "Adam + L2 vs AdamW\n"
        "- L2：loss 里加 λ/2·‖w‖² → 梯度多一项 λw → **这项也进了 Adam 的 m、v**，被 1/√v 缩放\n"
        "- 后果：梯度大的参数（v 大）实际衰减被缩小，梯度小的反而被放大 → 衰减不均匀\n"
        "  → SGD 里「L2 = weight decay」，Adam 里**不再等价**\n"
        "- **AdamW（Loshchilov & Hutter）= decoupled weight decay**：衰减不走自适应缩放\n"
        "  w ← w − lr·( m̂/(√v̂+ε) + λ·w )\n"
        "- 效果：泛化更好；lr 和 λ 的最优值更解耦，好调\n"
        "- 实践：LLM 常用 wd = 0.1；bias、LayerNorm 的 γ/β 不做 decay\n"
        "- 坑：PyTorch torch.optim.Adam(weight_decay=…) 其实是 L2 那种 → 用 AdamW",
        "L2 正则是在损失里加二分之λ乘权重的平方，梯度里就多一项 λ 乘 w，这一项会跟着进 Adam 的一阶"
        "、二阶矩，最后被除以根号 v。结果是梯度一直很大的参数，衰减反而被压小了，梯度小的参数衰减"
        "被放大，不均匀。所以 SGD 里 L2 和权重衰减是一回事，到 Adam 里就不等价了。AdamW 则把衰减从"
        "梯度里拿出来单独做，更新时直接减去学习率乘 λ 乘 w，不经过自适应缩放。这样泛化更好，学习率"
        "和衰减系数也更好分开调。大模型一般取零点一，bias 和 LayerNorm 的参数不衰减。还有个坑，"
        "PyTorch 里 Adam 的 weight_decay 参数其实是 L2 那种，要用 AdamW。",
        "AdamW 就是把 weight decay 和梯度更新分开了，效果比直接在 Adam 里加 L2 好，现在大模型基本"
        "都用 AdamW。",
        "其实没有本质区别。在 Adam 里加 L2，梯度里多出来的 λw 经过 m 和 v 以后，对每个参数的衰减力"
        "度都是一样的，所以 L2 和 weight decay 在 Adam 里也完全等价，跟 SGD 一样。AdamW 只是把衰减"
        "系数的默认值调大了，大模型里一般取零点九。另外 bias 和 LayerNorm 的参数也必须一起衰减，不"
        "然会过拟合。PyTorch 里 Adam 的 weight_decay 参数就是解耦的写法，两个类用哪个都行。",
        "说到优化器，我觉得更值得讲的是 Adam 本身。它维护梯度一阶矩和二阶矩的指数滑动平均，β1 一般"
        "零点九，β2 零点九九九，大模型里常用零点九五。刚开始矩估计偏向零，所以要除以一减 β 的 t 次"
        "方做偏差修正。它的问题是优化器状态要占两倍参数量的显存，所以才有 8-bit Adam、Adafactor 这"
        "些省显存的变种。",
        "Adam 里加 L2 正则和 AdamW 的 weight decay，区别就是一个是 L2 正则，一个是 weight decay。"
        "Adam 加 L2 就是 Adam 加 L2，AdamW 就是 AdamW 的 weight decay，所以两者的区别主要就在于它"
        "们是有区别的。",
    ),
    Case(
        "zh-h21-allreduce",
        "zh",
        "fundamentals",
        "数据并行里常用的 Ring All-Reduce 是怎么工作的？每张卡的通信量大概是多少？",
        "Ring All-Reduce（DP 同步梯度）\n"
        "- N 张卡连成环，每张卡把梯度切成 N 块\n"
        "- 两阶段：\n"
        "  1. **Reduce-Scatter**：N−1 步，每步发一块给下一张卡、对方累加 → 结束时每张卡持有 1 块完"
        "整的和\n"
        "  2. **All-Gather**：再 N−1 步，把完整块沿环传一圈 → 每张卡都拿到全部结果\n"
        "- 每卡发送量 = 2·(N−1)/N · M（M = 梯度大小）→ N 大时 ≈ 2M，**基本和卡数无关**\n"
        "- vs Parameter Server：server 收发 N·M → 带宽瓶颈\n"
        "- 缺点：2(N−1) 步，延迟项随 N 线性 → 大规模用分层 / 2D ring / tree（NCCL 自动选）\n"
        "- 和 backward 重叠：按 bucket 边算边通信（PyTorch DDP 默认 25 MB）",
        "N 张卡首尾连成一个环，每张卡把自己的梯度切成 N 份。第一阶段是 reduce-scatter，走 N 减一步"
        "，每一步把一份发给下家，下家加到自己那份上，走完以后每张卡手里都有某一份完整的求和结果。"
        "第二阶段是 all-gather，再走 N 减一步，把算好的各份沿着环传一圈，最后每张卡都有完整结果。"
        "每张卡发出去的量是二乘 N 分之 N 减一，再乘梯度大小，卡一多就接近两倍梯度大小，跟卡数基本"
        "没关系；参数服务器那种中心节点要收发 N 倍，带宽会卡住。缺点是一共二乘 N 减一步，延迟随卡"
        "数线性涨，所以规模大了用分层的环或者树，NCCL 会自己选。另外能跟反向传播重叠，DDP 默认二十"
        "五兆一个桶，边算边传。",
        "就是把所有卡连成一个环，每张卡只跟相邻的卡传数据，分几轮把梯度加起来再传回去，带宽用得比"
        "较均匀。",
        "Ring All-Reduce 是先做 all-gather，让每张卡先把别人的梯度都收集过来，再做 reduce-scatter"
        "，每张卡把收集到的梯度加起来，一共只需要 N 减一步。每张卡的通信量是 N 乘以 M，卡数越多通"
        "信量线性增长，所以它其实比参数服务器更费带宽，优点只是实现简单。它也没法和反向传播重叠，"
        "必须等整个反向算完才能开始通信。",
        "数据并行的问题是每张卡都要存一整份参数、梯度和优化器状态，显存很浪费。所以后来有了 ZeRO，"
        "第一阶段把优化器状态切到各张卡上，第二阶段再切梯度，第三阶段连参数也切开，用到的时候再临"
        "时收集。现在大模型训练基本是 ZeRO 或者 FSDP，再配合张量并行和流水线并行。",
        "Ring All-Reduce 就是数据并行里常用的 Ring All-Reduce，它是怎么工作的呢，就是按 Ring 的方"
        "式做 All-Reduce。每张卡的通信量大概就是每张卡要通信的量，大概就是这么多，这就是它的工作方"
        "式。",
    ),
    Case(
        "zh-h21-beh-priority",
        "zh",
        "behavioral",
        "有没有遇到过两个业务方同时找你、优先级冲突的情况？你是怎么处理的？",
        "优先级冲突（STAR）\n"
        "S：去年 Q3，我负责的意图识别模型被两边同时要：\n"
        "  - 客服：月底大促前加 12 个新意图\n"
        "  - 搜索：配合新版 App，延迟 40 ms → 20 ms\n"
        "T：组里只有我 + 1 实习生；两件事各估 3 周，只剩 4 周\n"
        "A：\n"
        "1. 分别找两边 PM 问**日期背后的原因** + 不做的代价 → 大促 = 硬日期；App 发版可分两步\n"
        "2. 拉数据估影响：新意图覆盖 ~7% 客服会话；延迟超标只在低端机（~15% 流量）\n"
        "3. 方案拿给 leader + 两位 PM 一起定，**不自己拍板**：先做意图（2.5 周）；延迟先打补丁（高"
        "频结果缓存 + 低端机降级小模型），第 4 周起做正式方案\n"
        "4. 每周一发一页进度，风险提前说\n"
        "R：意图按时上线，大促转人工率 -9%；延迟补丁 → 28 ms，6 周后正式方案 18 ms；搜索 PM 之后主"
        "动提前排期\n"
        "反思：冲突别自己消化，把取舍摆到桌面上，让有权的人定",
        "有。去年三季度，我负责的意图识别模型被两边同时要：客服要在月底大促前加十二个新意图，搜索"
        "要配合新版 App 把延迟从四十毫秒压到二十。组里就我和一个实习生，两件事各要三周，只剩四周。"
        "我先分别问两位产品日期背后的原因，发现大促是死日期，发版可以分两步走；又拉数据看，新意图"
        "大概占客服会话的百分之七，延迟超标只在低端机上，一成五左右的流量。然后我没自己拍板，拿着"
        "方案找 leader 和两位产品一起定：先做意图，延迟先用高频缓存加低端机降级打个补丁，第四周再"
        "做正式方案，每周一发一页进度。结果意图按时上线，大促转人工率降九个点；延迟先到二十八毫秒"
        "，六周后做到十八。体会是取舍要摆到桌面上，让有权的人定。",
        "有过，当时两个团队都挺急的，我就分别跟他们沟通了一下，按重要程度排了个先后，最后两边都还"
        "算满意。",
        "有。客服要在大促前加十二个新意图，搜索要把延迟从四十毫秒压到二十毫秒。我觉得这种事没必要"
        "惊动 leader，也用不着问产品为什么，就自己拍板两件事同时做，和实习生天天加班，进度也没同步"
        "给任何人。结果两件都延期了，新意图大促之后一周才上线，大促期间转人工率反而涨了，延迟也一"
        "直卡在三十五毫秒。搜索那边后来直接找别的组做了。",
        "说到意图识别，我们一开始是用 BERT 做多分类，后来意图越来越多，长尾意图样本很少，就改成了"
        "检索式的做法：每个意图配几十条标准问法，线上拿用户问题跟标准问法算相似度，取最近的。新增"
        "意图只要加几条问法，不用重训，冷启动快很多。",
        "两个业务方同时找我，优先级冲突，这种情况是遇到过的。遇到优先级冲突，我就处理优先级冲突，"
        "怎么处理呢，就是按优先级来处理。总之优先级冲突的时候，就要处理好优先级，这就是我的处理方"
        "式。",
    ),
]

CASES = _ZH + EN
