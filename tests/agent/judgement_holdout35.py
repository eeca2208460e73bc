"""A thirty-fifth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, in the brief's area of ML systems and MLOps and on angles no
other set takes (held-out 10, 16, 17, 21, 24 and 29 also touch channel pruning, gradient
checkpointing, PSI drift monitoring, on-device distillation, GPU dynamic batching and distillation
temperature): cutting a BERT query-intent model's CPU latency with ONNX Runtime, dynamic int8, a
five-millisecond micro-batching window and a cache of normalised queries; moving a feed CTR model
from daily retraining to hourly incremental training with a click-wait window, embedding admission
and eviction and an AUC gate before each push; what ZeRO's three stages shard, what each saves and
costs, and offloading; scaling the learning rate with the batch size, square-root scaling for Adam
and the critical batch size; one's own offline gain that would not reproduce, traced to a backfilled
evaluation snapshot and an uncommitted sampling rate and followed by experiment tracking; drift
monitoring for a listing categorisation model with input statistics, a domain classifier on
embeddings, the output mix, seller corrections as proxy labels and triggered retraining behind a
shadow period; compressing an ad-relevance cross-encoder by distillation on sixty million
teacher-scored log pairs, iterative head and feed-forward pruning and int8 on CPU; dynamic against
static int8 quantisation and what calibration is for; why seeded GPU runs still differ and what a
reproducible run takes; getting another team's 13B fine-tune to fit on 40 GB cards with profiling,
ZeRO-3, checkpointing and a fixed evaluation loop; two introductions. References are messy notes
(headings, numbered and bulleted lists, bold, half sentences, arrows, mixed zh/en terms, numbers
with units, formulas, STAR letters in the behavioral notes, a results line), some short and some
long. Answers are written as candidates speak: strong ones paraphrase, some with Chinese numerals,
spelled-out numbers and fractions; partials are vague or make one or two points; wrong ones are
confident and mix the reference's words with wrong facts (schools swapped with jobs in the wrong
order, a denied serving role, reversed utilisation numbers, denied tracking and another career goal;
static quantisation with calibration in the dynamic step's place, a large batching window said to
lower P99, the cache and ONNX denied and reversed machine numbers; retraining from scratch every
hour with a raised learning rate, denied admission, eviction and AUC gate, no wait for clicks and
the AUC and CTR gains swapped; the order of the three stages reversed, four bytes a parameter,
denied stage-3 communication, offloading of activations and activations said to be sharded; the
learning rate scaled down with the batch, Adam said to need no change, warmup denied, no limit on
batch size and LARS for small batches; someone else's mistake with the review kept, the number
reported unchanged, seed noise as the cause, no tracking and a rollback; schools swapped with jobs
in the wrong order, a denied first-engineer role, no team, fourteen models, no speed-up, a cost rise
and another career goal; labels said to come quickly with input drift unmonitored, the domain
classifier's AUC read backwards, single-signal paging, scheduled retraining with no shadow, the
proxy dropped and another outcome; pruning first with no transfer set, random one-shot pruning with
full-width feed-forward layers, GPU kept and worse numbers; dynamic and static swapped, calibration
for weights only, min-max over percentile clipping and QAT dismissed; seeded GPU runs said to be
bit-identical, float addition associative, benchmark mode recommended, determinism free and portable
and one seed enough; help declined with a colleague acting later, activations blamed, ZeRO denied,
checkpointing dropped, a smaller model, a late ship and no write-up); off-topic ones are fluent
about something nearby; padded ones restate the question or repeat themselves. Written blind; its
first measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout35_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h35-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，重点讲讲你这几年做的事情。",
        (
            "自我介绍（1.5 min，主线：训练 → 上线 → 平台）\n"
            "- 林嘉禾｜浙大 计算机 本科 2016 → 上交 硕士 2019（方向：分布式训练）\n"
            "- 2019–2022 行远出行 算法工程师\n"
            "  - ETA 模型训练 → 后来转 **serving**：GPU 推理服务 P99 120 ms → 45 ms\n"
            "- 2022–至今 星衡科技 **ML 平台组**\n"
            "  - 训练平台 + 实验追踪（MLflow）+ 模型注册 / 灰度发布\n"
            "  - 支撑 30+ 算法同学，每月 ~4k 个训练任务；GPU 利用率 38% → 61%\n"
            "- 为什么来：想从“支撑别人”转到直接做**大模型训练 / 推理优化**"
        ),
        (
            "面试官您好，我叫林嘉禾。本科在浙大读计算机，一六年毕业，然后去上海交大读研，方向是分布"
            "式训练，一九年毕业。第一份工作在行远出行，一开始训 ETA 模型，后来转去做模型上线，负责 "
            "GPU 推理服务，把 P99 延迟从一百二十毫秒压到了四十五毫秒。二二年到现在在星衡科技的机器"
            "学习平台组，做训练平台、实验追踪和模型注册、灰度发布这一套，服务三十多个算法同学，每个"
            "月大概四千个训练任务，GPU 利用率从不到四成提到了六成多。现在想从给别人搭平台，转到自己"
            "直接做大模型的训练和推理优化。"
        ),
        (
            "我叫林嘉禾，研究生读的是分布式训练方向，毕业以后一直在做机器学习工程相关的工作，现在在"
            "一家公司的平台组。"
        ),
        (
            "我叫林嘉禾，本科在上交读的计算机，硕士去了浙大，方向是推荐算法，一九年毕业。毕业后先去"
            "了星衡科技的平台组，后来才到行远出行做 ETA。在出行那边我一直只做模型训练，推理服务是别"
            "的组负责的，我没碰过。平台组那边 GPU 利用率我接手的时候是六成多，后来任务一多反而降到"
            "了三成八。实验追踪我们也没用 MLflow，都是各自记在表格里。想来这边主要是想转去做产品经"
            "理。"
        ),
        (
            "出行里的 ETA 其实挺难的，难点不在模型，在数据。同一条路早晚高峰能差好几倍，下雨、事故"
            "、临时封路都会让历史轨迹失效，所以一般要把路网切成很多小路段，每段单独估通行时间再加起"
            "来，最后用一个整体模型做校正。另外接单前和接单后的 ETA 用途也不一样，前者影响定价，后"
            "者影响乘客体验，能容忍的误差也不同。"
        ),
        (
            "好的，我先做一个自我介绍。我这几年做的事情，重点就是我这几年做的事情。总的来说，我就是"
            "这样一个人，这几年一直在做事情，做的事情就是刚才说的这些事情，这就是我的自我介绍。"
        ),
    ),
    Case(
        "zh-h35-cpu-serving",
        "zh",
        "project",
        "你简历上写把一个 BERT 意图模型在 CPU 上的延迟降了四倍，具体是怎么做的？",
        (
            "## 搜索 query 意图分类 · CPU 推理提速（2023 H2）\n"
            "**背景**：BERT-base 12 层意图模型；线上只有 CPU 机器（32 核），峰值 ~3k QPS；P99 85 ms"
            "，业务要求 < 30 ms\n"
            "1. 导出 **ONNX** + onnxruntime，intra_op 线程 4，每台 8 个实例 → 比 PyTorch eager 快 "
            "~1.6×\n"
            "2. **dynamic int8 量化**：MatMul 权重离线转 int8，激活运行时量化 → 再快 ~2×；acc "
            "92.4% → 92.1%\n"
            "3. **micro-batching**：攒批窗口 5 ms / max batch 16，按长度分桶 pad → 吞吐 ×2.3\n"
            "   - 窗口不能大：窗口时间会直接加到 P99 上\n"
            "4. **缓存**：query 归一化（大小写 / 全半角 / 去空格）→ LRU + TTL 1 h，热 query 命中率 "
            "~41%\n"
            "5. max_len 64 → 32（query 短，P99 长度 19 token）\n"
            "**结果**：P99 85 → 21 ms；机器 40 → 16 台；准确率 -0.3 pt"
        ),
        (
            "这是搜索 query 的意图分类，十二层的 BERT，线上只有三十二核的 CPU 机器，高峰三千 QPS，"
            "P99 八十五毫秒，业务要三十以内。先导成 ONNX 用 onnxruntime 跑，调好线程数，比 PyTorch "
            "快了六成左右。然后做动态 int8 量化，权重提前转好、激活运行时再量化，又快了一倍，准确率"
            "只掉零点三。接着做微批，最多等五毫秒或者凑够十六条就发，按长度分桶，窗口不敢开大，不然"
            "全算到 P99 上。再加一层缓存，query 先归一化再查 LRU，热门的四成左右直接命中。最后 P99 "
            "到了二十一毫秒，机器从四十台减到十六台。"
        ),
        "主要是做了量化，把模型转成 int8 来跑，另外加了个缓存，延迟就降下来不少。",
        (
            "我们用的是静态 int8 量化，激活的 scale 要先拿校准集离线算好，准确率掉了三个点左右。攒"
            "批的窗口我们开得比较大，五十毫秒，凑满一百条再发，因为窗口越大 P99 反而越低。缓存也试"
            "过，query 不做归一化直接查，命中率只有百分之四，就下掉了。ONNX 也没用上，onnxruntime "
            "比 PyTorch 还慢，最后还是 PyTorch eager 在跑。最终 P99 从八十五降到六十，机器反而从十"
            "六台加到了四十台。"
        ),
        (
            "意图分类最麻烦的其实是标签体系。搜索 query 很短，一个“苹果”可能是水果也可能是手机，所"
            "以我们允许多标签，再结合用户最近的点击来消歧。类目体系每个季度都会调整，新增的意图没有"
            "标注数据，就先用规则和关键词兜底，再让运营标几百条做冷启动。长尾 query 占了一半以上，"
            "评估的时候要按头部、腰部、长尾分开看准确率。"
        ),
        (
            "这个项目就是把 BERT 意图模型在 CPU 上的延迟降下来，降了四倍。具体怎么做的呢，就是想办"
            "法让它在 CPU 上更快，延迟就降了。总的来说，就是把延迟降低了，降低以后延迟就比原来低了"
            "四倍，这就是具体的做法。"
        ),
    ),
    Case(
        "zh-h35-incremental",
        "zh",
        "project",
        "你们的 CTR 模型从天级更新改成了小时级增量训练，讲讲这个项目。",
        (
            "## 信息流 CTR：天级全量 → 小时级增量（2024 Q1）\n"
            "**背景**\n"
            "- 天级 retrain，T+1 上线 → 热点内容模型跟不上\n"
            "- 新 item 的 embedding 隔天才学到\n"
            "**方案**\n"
            "1. 样本流：Flink 实时拼接 曝光 + 点击\n"
            "   - **点击等待窗口 15 min**，超时算负样本\n"
            "2. 训练：每小时在上一版 ckpt 上增量训，只过新数据 1 遍\n"
            "   - lr = 全量的 1/5；Adam 状态接着用\n"
            "3. 稀疏特征：embedding **准入**（出现 ≥ 5 次才建，counting bloom filter）\n"
            "   - **淘汰**：7 天没出现就删 → 表不会无限涨\n"
            "4. 防跑偏：推送前在最近 1 h 留出数据上算 AUC，比上一版掉 > 0.3% 不推\n"
            "   - 每天凌晨全量校准一次\n"
            "5. 推送：只推变化的 embedding 行 + dense 参数，带版本号，可回滚\n"
            "**结果**：新鲜度 24 h → ~1.5 h；AUC +0.4%；CTR +2.1%；新内容前 6 h CTR +6%"
        ),
        (
            "原来是天级全量重训，热点内容跟不上，新内容的 embedding 要隔天才学得到。我们改成用 "
            "Flink 实时拼曝光和点击，点击等十五分钟，超时就当负样本。每小时在上一版 checkpoint 上只"
            "用新数据增量训一遍，学习率调到全量的五分之一。稀疏特征加了准入和淘汰，出现五次才建 "
            "embedding，七天不出现就删。推送前先在最近一小时的数据上验 AUC，掉超过千分之三就不推，"
            "每天凌晨再全量校准一次，推送只推变化的参数，随时能回滚。结果模型新鲜度从一天变成一个半"
            "小时左右，AUC 涨千分之四，CTR 涨了百分之二点一。"
        ),
        (
            "就是把训练频率提高了，每小时用新数据在老模型上接着训，这样热点内容能更快学到，效果比天"
            "级的好一些。"
        ),
        (
            "我们改成小时级以后，每小时都是从头全量重训，不在老的 checkpoint 上接着训，因为接着训会"
            "越学越偏。学习率反而调到了全量的五倍，这样新数据才学得进去。稀疏特征没做准入，新 ID 一"
            "出现就建 embedding，也不淘汰，表大一点没关系。推送前也不做 AUC 校验，时效性优先，训完"
            "直接推。点击我们不等，曝光一到就当负样本。结果 CTR 涨了千分之四，AUC 涨了百分之二点一"
            "。"
        ),
        (
            "信息流里我觉得特征的实时性比模型更新更重要。用户刚点了几篇篮球的文章，下一刷就应该多出"
            "篮球，这靠的是实时的用户行为序列特征，比如最近五十次点击，存在 Redis 里，请求时拼进去"
            "。内容侧也有实时统计特征，比如近期的点击率，但要做平滑，不然曝光少的内容波动太大。"
        ),
        (
            "这个项目就是把 CTR 模型从天级更新改成小时级增量训练。天级就是一天一次，小时级就是一小"
            "时一次，增量训练就是增量地训练。我们做的就是把天级改成了小时级，改完以后就是小时级的增"
            "量训练了，这个项目大概就是这样。"
        ),
    ),
    Case(
        "zh-h35-zero",
        "zh",
        "fundamentals",
        "DeepSpeed ZeRO 的三个 stage 分别切了什么？各自能省多少显存，代价是什么？",
        (
            "## ZeRO 显存\n"
            "混合精度 + Adam：每参数 **16 bytes** = fp16 权重 2 + fp16 梯度 2 + fp32 master 4 + m "
            "4 + v 4\n"
            "→ 7.5B 模型光这些就 120 GB；普通 DP 每卡一整份\n"
            "- **Stage 1**（P_os）：切 optimizer states → 4Ψ + 12Ψ/N\n"
            "- **Stage 2**（P_os+g）：再切梯度 → 2Ψ + 14Ψ/N；reduce-scatter 代替 all-reduce，通信量"
            "同 DP\n"
            "- **Stage 3**（P_os+g+p）：参数也切 → 16Ψ/N；前向 / 反向临时 all-gather 参数 → 通信 "
            "~1.5× DP\n"
            "- 例：N = 64，7.5B → 31.4 GB / 16.6 GB / 1.9 GB\n"
            "- **Offload**：optimizer states + 更新放 CPU 内存 → 省显存，但卡在 PCIe 带宽，慢\n"
            "- 激活不归 ZeRO 管 → 还要 activation checkpointing；FSDP ≈ stage 3"
        ),
        (
            "混合精度加 Adam，每个参数要十六个字节：fp16 的权重和梯度各两个，fp32 的主权重和两个动"
            "量各四个，七十五亿参数就要一百二十 G，普通数据并行每张卡都存一整份。ZeRO 一阶段只切优"
            "化器状态；二阶段再切梯度，用 reduce-scatter 代替 all-reduce，通信量跟数据并行一样；三"
            "阶段连参数也切，每卡只剩十六除以 N，但前向反向都要临时 all-gather 参数，通信多出一半左"
            "右。六十四张卡时大概是三十一 G、十七 G、不到两 G。还不够就 offload 到 CPU 内存，代价是"
            "受 PCIe 带宽限制会慢。激活不归 ZeRO 管，要配合重计算。"
        ),
        "ZeRO 就是把优化器状态、梯度和参数分到不同的卡上，stage 越高切得越多，省的显存也越多。",
        (
            "ZeRO 一阶段切的是参数，二阶段切梯度，三阶段才切优化器状态，因为优化器状态最小，放到最"
            "后。混合精度下每个参数大概就四个字节，fp32 的 Adam 状态其实不占多少。三阶段的通信量和"
            "普通数据并行完全一样，没有额外代价，前向也不需要 all-gather。offload 是把激活放到 CPU "
            "上，不影响速度。激活 ZeRO 三阶段也会一起切掉，所以用了 ZeRO 就不需要重计算了。"
        ),
        (
            "大模型训练除了数据并行，还有张量并行和流水线并行。张量并行是把一个矩阵乘按列或者按行拆"
            "到几张卡上，每层都要通信，所以一般只在一台机器内部、走 NVLink 的卡之间用。流水线并行是"
            "按层切成几段，每段放一组卡，用 micro-batch 填满流水线，减少气泡。Megatron 把这两种和数"
            "据并行组合起来，叫三维并行。"
        ),
        (
            "ZeRO 有三个 stage，三个 stage 分别切了不同的东西。各自能省多少显存呢，就是各自省下来的"
            "那些显存。代价就是它们各自的代价。总的来说 ZeRO 的三个 stage 各有各的切法，各有各的省"
            "法，也各有各的代价。"
        ),
    ),
    Case(
        "zh-h35-batch-lr",
        "zh",
        "fundamentals",
        "batch size 调大的时候，学习率应该怎么跟着调？有没有上限？",
        (
            "大 batch 调 lr\n"
            "- SGD → **linear scaling**（Goyal 2017，1 h 训完 ImageNet）：batch ×k → lr ×k（一步 ≈ "
            "k 步小 batch 的平均梯度）；**必须 warmup**，前 5 epoch 线性升\n"
            "- Adam 类 → 更像 **√k**\n"
            "- 上限 = **critical batch size**（McCandlish 2018，B_noise ≈ tr(Σ)/|G|²）：≪ 它 → 线性"
            "加速，≫ 它 → 步数不降、白烧算力；8k+ → LARS / LAMB（每层 trust ratio ‖w‖/‖∇w‖）\n"
            "- warmup / decay 按样本数算，不按步数"
        ),
        (
            "如果是 SGD，一般用线性缩放，batch 扩大 k 倍学习率也乘 k，Goyal 他们一小时训完 "
            "ImageNet 就是这么做的，道理是大 batch 走一步差不多等于小 batch 走 k 步的梯度平均。但一"
            "定要配 warmup，他们前五个 epoch 是线性升上去的，不然开头容易炸。Adam 这类自适应的更接"
            "近按根号 k 放大。上限是有的，就是临界 batch，用梯度噪声尺度来估，batch 远小于它时加 "
            "batch 基本线性提速，远大于它以后步数降不下来，算力就浪费了。再往上比如八千以上，要换 "
            "LARS、LAMB 这种按层算信任比的优化器。warmup 和衰减也最好按样本数来算。"
        ),
        "batch 变大学习率一般也要跟着变大，大概成比例放大吧，然后前面加一点 warmup。",
        (
            "batch 调大以后学习率应该按比例调小，batch 乘 k 学习率就除以 k，因为大 batch 的梯度更准"
            "，步子不需要那么大，这就是 linear scaling rule。Adam 的话更简单，学习率跟 batch 没关系"
            "，不用动。warmup 在大 batch 下反而不需要，因为梯度噪声已经很小了。上限其实没有，只要显"
            "存放得下，batch 越大步数越少，训练时间就一直线性下降。LARS 是给小 batch 用的。"
        ),
        (
            "batch 大了显存不够的话，可以用梯度累积，把一个大 batch 拆成几个 micro-batch 依次前向反"
            "向，梯度加起来再更新一次。要注意 loss 要除以累积步数，而且 BatchNorm 的统计量还是按 "
            "micro-batch 算的，跟真的大 batch 不完全一样。多卡的时候还可以在累积的中间步骤关掉梯度"
            "同步，省一点通信。"
        ),
        (
            "batch size 调大的时候，学习率要跟着调。怎么跟着调呢，就是随着 batch size 的变化去调学"
            "习率。有没有上限，上限肯定是有一个上限的。总的来说，batch size 变了学习率就要跟着调，"
            "调到合适为止。"
        ),
    ),
    Case(
        "zh-h35-repro-mistake",
        "zh",
        "behavioral",
        "讲一次你自己犯了错、后来补救的经历。",
        (
            "**S**：2023 Q3 排序模型迭代，我汇报离线 AUC +0.8%，准备周五上评审会\n"
            "**T**：评审前两天同事复跑只有 +0.1% → 我负责查清楚\n"
            "**A**：\n"
            "1. 先主动告诉 leader，评审推迟一周，不带着对不上的数上会\n"
            "2. 排查：① 评估集用的是当时的快照，之后数据回刷（backfill）→ 标签变了；② 负采样率我本"
            "地改成 0.1，没进 config\n"
            "3. 同一份数据快照 + 同 config，跑 3 个 seed → 真实提升 +0.3%（± 0.05）\n"
            "4. 推流程：MLflow 记 config + git commit + 数据快照 id；评估集冻结、版本化；报数必须"
            "附 run 链接\n"
            "**R**：晚一周上线，线上 CTR +0.9%；“可复现”成了组里评审的前提，半年内没再对不上\n"
            "反思：没有记录的数字不拿出来"
        ),
        (
            "二三年三季度做排序模型迭代，我报了离线 AUC 涨零点八，准备周五上评审。评审前两天同事帮"
            "我复跑，只涨了零点一。我先跟 leader 说清楚，主动把评审往后推了一周。然后查原因，发现两"
            "点：一是评估集用的是当时的快照，后来数据回刷过，标签变了；二是我本地把负采样率改成了零"
            "点一，没提交到配置里。用同一份数据快照和同一套配置跑了三个种子，真实提升是零点三左右。"
            "之后我在组里推了 MLflow，记配置、代码版本和数据快照，评估集冻结加版本号，报数必须附实"
            "验链接。晚一周上线，线上点击率涨了零点九。教训是没记录的数字不要拿出来。"
        ),
        (
            "有一次我汇报的离线效果别人复现不出来，后来查了一下是配置不一致，我就重新跑了一遍，后面"
            "也更注意记录实验了。"
        ),
        (
            "二三年排序模型迭代的时候，是同事报了 AUC 涨零点八，我帮他复跑只有零点一，问题出在他那"
            "边。我当时觉得差不多，评审没推迟，照常周五上会，数字也还是按零点八报的。原因我们也没细"
            "查，估计就是随机种子的波动，多跑几次总有一次能到。MLflow 那套组里觉得太重，没有推，还"
            "是各自记在本子上。后来线上 CTR 没涨，模型就回滚了。"
        ),
        (
            "我觉得算法团队最容易出问题的是上线流程。我们后来规定模型上线必须走灰度，先百分之一流量"
            "跑一天，看核心指标和报错率，没问题再放到百分之十、五十、全量，每一步都要有人确认。另外"
            "每个线上模型都要有负责人和回滚预案，晚上出了问题能直接切回上一个版本。"
        ),
        (
            "好的，讲一次我自己犯了错、后来补救的经历。我确实犯过错，犯错以后我就去补救了。补救的过"
            "程就是把错误补救回来。总的来说，犯错是难免的，重要的是犯错以后要补救，我当时就是这样补"
            "救的。"
        ),
    ),
]

CASES = [*_ZH, *EN]
