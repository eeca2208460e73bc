"""A thirty-ninth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on transformer internals and large-model training, at
angles no other set takes (converting a served 13B chat model from multi-head to grouped-query
attention by mean-pooling the key/value heads and uptraining on five percent of the pretraining
tokens, with multi-query tried and rejected; moving a 34B continued-pretraining run on H800s to
FP8 with E4M3 forward and E5M2 gradients, delayed per-tensor scaling and the layers kept in
bf16; RMSNorm against LayerNorm, what it drops and why LLMs use it with pre-norm; what beta and
the frozen reference model do in the DPO loss and why the chosen answer's likelihood can fall;
settling a disagreement over global ZeRO-3 against ZeRO++'s in-node secondary partition with a
joint benchmark; training a 30B base model at 128k with context parallelism, ring attention,
zigzag load balancing and document masking; choosing tensor, pipeline and data parallel sizes
with ZeRO-1 and interleaved 1F1B for a 34B pretraining run; position interpolation against
NTK-aware scaling and YaRN for extending RoPE; the value model, the per-token KL penalty and GAE
in PPO-based RLHF; deciding to continue rather than restart a pretraining run after a shard was
found repeated, on proxy ablations; two introductions). References are messy notes (headings,
numbered and bulleted lists, bold, half sentences, arrows, mixed zh/en terms, numbers with
units, formulas, STAR letters in the behavioral notes, a results line), some short and some
long. Answers are written as candidates speak: strong ones paraphrase, some with Chinese
numerals, spelled-out numbers and fractions; partials are vague or make one or two points; wrong
ones are confident and mix the reference's words with wrong facts (schools swapped with jobs in
the wrong order, a denied role and reversed numbers; only the first head's K/V kept with a
denied uptraining step, multi-query said to win and reversed numbers; E4M3 and E5M2 swapped with
fp8 master weights, a denied bf16 fallback and another outcome; a wrong mechanism under RMSNorm's
name with running statistics and post-norm; the reference model said to be updated and beta's
direction reversed with a denied likelihood drop; the two people's roles swapped with a skipped
benchmark and the opposite outcome; someone else's background; heads split instead of the
sequence with cross-document attention kept and reversed numbers; tensor and pipeline
parallelism placed the other way round with ZeRO-3 chosen and the bubble's trend reversed; the
two methods' mechanisms swapped with the frequencies reversed and YaRN misdescribed; the value
and reward models' roles swapped with the KL's purpose reversed and a denied clip; the opposite
action with someone else finding the bug and another outcome); off-topic ones are fluent about
something nearby; padded ones restate the question or repeat themselves. Held-out 7, 14, 16, 17,
28, 31 and 35 also touch grouped-query attention, RoPE, LayerNorm, fp16 loss scaling, ZeRO and
DPO, from other angles. Written blind; its first measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout39_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h39-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，重点说说你最近在做什么。",
        (
            "自我介绍（≤2 min，主线：训练平台 → 预训练效率 → 想做算法）\n"
            "- 沈一帆｜浙大 计算机 本科 2015 → 清华 计算机系 硕士 2018（分布式系统方向）\n"
            "- 2018–2021 澜云科技 训练平台组：Megatron / DeepSpeed 集群调度，最大 1024 卡\n"
            "  - 故障自动重启 → 千卡作业有效训练时间 71% → 93%\n"
            "- 2021–至今 启元智能（大模型创业）**预训练组**，负责训练效率\n"
            "  - 34B 模型 MFU 38% → 52%（3D 并行重新调 + FP8 试点）\n"
            "  - 带 3 人；支持长文本 32k → 128k 的训练\n"
            "- why：想从 infra 往模型结构 / 训练算法走；贵司预训练团队规模大"
        ),
        (
            "面试官好，我叫沈一帆。本科在浙江大学读计算机，一五年毕业，之后在清华读了分布式系统方向"
            "的硕士。第一份工作在澜云科技的训练平台组，管 Megatron 和 DeepSpeed 的集群调度，最大跑"
            "过一千多张卡，我做了故障自动重启，千卡任务的有效训练时间从七成左右提到九成多。二一年去"
            "了启元智能的预训练组，负责训练效率：三十四 B 模型的 MFU 从百分之三十八做到五十二，靠的"
            "是重新调并行策略和试点 FP8；现在带三个人，也支持了上下文从三十二 k 扩到一百二十八 k 的"
            "训练。想来这边，是想从 infra 往模型结构和训练算法本身走，你们的预训练团队也更大。"
        ),
        "我叫沈一帆，之前一直在做大模型训练相关的工作，偏工程一点，现在在一家创业公司的预训练组。",
        (
            "我叫沈一帆，本科在清华读的计算机，硕士去了浙大做计算机视觉，一八年毕业。毕业以后先去了"
            "启元智能做预训练，二一年才跳到澜云科技的训练平台组。在启元我主要做数据清洗，训练效率是"
            "别的组负责的，三十四 B 模型的 MFU 后来从百分之五十二掉到了三十八，FP8 我们也没试过。我"
            "没带过人，长文本那块是合作方做的。想换工作主要是想转去做推荐系统。"
        ),
        (
            "现在的大模型公司，预训练团队一般分成三块：数据、infra 和算法。数据组负责抓取、清洗、去"
            "重和配比，infra 管集群和训练框架，算法组定模型结构和超参。三块之间的沟通成本其实很高，"
            "比如数据配比一改，算法那边就得重新做消融。我觉得这个行业变化特别快，每隔几个月就有新的"
            "开源模型出来，大家都在追。"
        ),
        (
            "好的，我先做个自我介绍，重点说说我最近在做什么。我最近在做的，就是我最近在做的事情；自"
            "我介绍的话，就是介绍一下我自己。总的来说，我就是这样一个人，最近做的也就是这些事情，重"
            "点就是我最近在做的这些。"
        ),
    ),
    Case(
        "zh-h39-gqa-uptrain",
        "zh",
        "project",
        "你简历上写把线上的 13B 模型从 MHA 改成了 GQA，这个项目具体是怎么做的？",
        (
            "## 13B 对话模型 MHA → GQA（2024 Q1）\n"
            "**背景**：线上 13B（40 层，40 头，head_dim 128）是 MHA；对话到 8k 时每条请求 KV cache "
            "~6.7 GB（fp16，2×40×40×128×2 B ≈ 0.8 MB/token）→ A100 80G 上并发只能到 8，decode 卡在"
            "显存带宽\n"
            "**方案**：不从头训，走 **uptraining**（Ainslie et al. 2023）\n"
            "1. 40 个 KV head → 8 组，每组 5 个 head 的 K/V 投影 **mean-pool** 成一个（比只留第一"
            "个 head 好）\n"
            "2. 原预训练数据继续训 ~5% 原训练量（~100B tokens）\n"
            "3. 重新过一遍 SFT + DPO（数据不变）\n"
            "- 也试了 MQA（只留 1 个 KV head）：省得更多，但 C-Eval 掉 2.1 pt → 放弃\n"
            "**结果**：KV cache ÷5（6.7 GB → 1.34 GB）；单卡并发 8 → 32；吞吐 ×2.6；C-Eval −0.4 pt"
            "，人评胜率持平"
        ),
        (
            "线上那个 13B 原来是标准的多头注意力，四十层四十个头，对话长到八 k 的时候，一条请求的 "
            "KV cache 就要六点七个 G 左右，一张八十 G 的卡只能并发八条，解码基本被显存带宽卡住。我"
            "们没有从头训，用的是 Ainslie 那篇的 uptraining：把四十个 KV 头分成八组，每组五个头的 K"
            "、V 投影取平均合成一个，这比直接留第一个头效果好；然后拿原来的预训练数据接着训了原训练"
            "量的百分之五，一千亿 token 左右，再按原数据重做一遍 SFT 和 DPO。MQA 也试过，只留一个 "
            "KV 头，省得更多，但 C-Eval 掉了两个点多，就放弃了。最后 KV cache 变成原来的五分之一，"
            "单卡并发从八条到三十二条，吞吐两倍半多，C-Eval 只掉零点四，人评持平。"
        ),
        (
            "就是把多头注意力改成了分组查询注意力，几个头共用一套 K 和 V，这样 KV cache 小了很多，"
            "线上能多跑一些请求。"
        ),
        (
            "我们把四十个头分成八组，每组只保留第一个头的 K 和 V，其他头的直接丢掉，这样最简单，也"
            "不需要继续训练，改完就直接上线了，SFT 和 DPO 也没有重做。后来我们其实上的是 MQA，因为"
            "它效果比 GQA 还好，C-Eval 反而涨了两个点。改完 KV cache 只省了一成左右，单卡并发从三十"
            "二条降到了八条，主要的收益是训练变快了。"
        ),
        (
            "推理显存优化我们还做过别的，比如用 vLLM 的 PagedAttention 把显存按块管理，减少碎片；还"
            "有权重量化，用 AWQ 把权重压到四 bit，单卡就能放下更大的模型。continuous batching 对吞"
            "吐帮助也很大，新请求不用等一整批结束就能插进来。另外投机解码也值得做，用小模型先猜几"
            "个 token。"
        ),
        (
            "这个项目就是把 MHA 改成 GQA。具体怎么做的呢，就是把 MHA 改成了 GQA。整个过程就是这样，"
            "从 MHA 改到 GQA，具体做法就是这么改的，大概就是这么一个把 MHA 改成 GQA 的项目。"
        ),
    ),
    Case(
        "zh-h39-fp8",
        "zh",
        "project",
        "你们在 H800 上把继续预训练切到了 FP8？讲讲怎么做的，踩了哪些坑。",
        (
            "FP8 训练（34B 继续预训练，H800 × 256，Transformer Engine）\n"
            "- 格式 hybrid：fwd 的 weight / activation 用 **E4M3**（精度高、范围小），bwd 的 "
            "gradient 用 **E5M2**（范围大）\n"
            "- scaling：per-tensor scale，**delayed scaling** → 用前 1024 步的 amax history 取 "
            "max\n"
            "- 只有 Linear 的 GEMM 走 FP8；RMSNorm、softmax、embedding、lm_head 还是 bf16；master "
            "weight + Adam 状态 fp32\n"
            "- 坑 1：个别层 amax 突增 → delayed scale 跟不上 → 溢出 / loss spike；history 缩到 16 "
            "步 + 这些层回退 bf16\n"
            "- 坑 2：首尾各 2 个 block 保持 bf16，loss 对得更齐\n"
            "- 验证：先在 1B 上对比 20B tokens，loss 差 < 0.5%；6 个下游 benchmark 差在 ±0.3 内\n"
            "**结果**：吞吐 +34%，loss 曲线和 bf16 基本重合"
        ),
        (
            "我们是在两百五十六张 H800 上做三十四 B 的继续预训练，用的 Transformer Engine。格式是混"
            "着用的：前向的权重和激活用 E4M3，精度高一点但范围小；反向的梯度用 E5M2，范围更大。缩放"
            "是每个张量一个 scale，用延迟缩放，看前面一千多步的 amax 取最大值。只有线性层的矩阵乘"
            "走 FP8，归一化、softmax、embedding 和输出头还是 bf16，主权重和 Adam 状态是 fp32。坑主"
            "要是个别层 amax 突然变大，延迟的 scale 跟不上就溢出、loss 起尖峰，我们把 history 缩到"
            "十几步，这些层退回 bf16，首尾两个 block 也留 bf16。上线前先在 1B 上对了两百亿 token，"
            "loss 差不到千分之五。最后吞吐涨了三成多，loss 曲线和 bf16 几乎重合。"
        ),
        "就是用 Transformer Engine 把矩阵乘换成 FP8 来算，速度快了三成左右，loss 和 bf16 差不多。",
        (
            "我们也是混合格式，不过前向用 E5M2，因为激活的范围大；反向的梯度用 E4M3，梯度更需要精度"
            "。scale 是每一步现算的，没有用 amax history。为了省显存，主权重和 Adam 状态也都存成了 "
            "FP8，归一化和输出头也一起换成 FP8，没有哪一层留 bf16。跑下来吞吐只涨了百分之五左右，"
            "loss 比 bf16 高了两三个点，最后这个方案没上。"
        ),
        (
            "FP8 在推理侧其实用得更多，比如把权重量化成 FP8 或者 INT4 来部署，配合 vLLM 能把显存省"
            "一半。推理量化一般要先做校准，挑几百条有代表性的样本跑一遍，统计激活分布，再看哪些层敏"
            "感。另外 H800 跟 H100 比主要是卡间互联带宽被砍了，多机训练的时候通信更容易成为瓶颈。"
        ),
        (
            "对，我们在 H800 上把继续预训练切到了 FP8。怎么做的呢，就是切到 FP8 这么做的；踩的坑，"
            "就是切 FP8 的时候踩的那些坑。总之就是把训练切到了 FP8，过程中踩了一些坑，大概就是这样"
            "。"
        ),
    ),
    Case(
        "zh-h39-rmsnorm",
        "zh",
        "fundamentals",
        "现在的大模型为什么基本都用 RMSNorm 而不是 LayerNorm？两者差在哪？",
        (
            "RMSNorm vs LayerNorm\n"
            "- LN：y = (x − μ) / sqrt(σ² + ε) · γ + β → 减均值（re-centering）+ 除标准差（"
            "re-scaling），两组可学参数 γ、β\n"
            "- RMSNorm（Zhang & Sennrich 2019）：y = x / sqrt(mean(x²) + ε) · γ → **不减均值、没有 "
            "β**，只做 re-scaling\n"
            "- 论文观点：LN 的效果主要来自 re-scaling 不变性，re-centering 可有可无\n"
            "- 好处：少一次求均值 → 更省，论文里整体提速 7%~64%；参数少一半；效果基本持平\n"
            "- LLaMA / Qwen / Mistral：**pre-norm + RMSNorm**，输出前再加一个 final norm"
        ),
        (
            "LayerNorm 是先减掉均值，再除以标准差，然后乘 gamma 加 beta，既做中心化又做缩放。"
            "RMSNorm 是二零一九年 Zhang 和 Sennrich 提的，直接拿 x 除以它的均方根，就是平方的平均再"
            "开根号，然后乘一个 gamma，不减均值，也没有 beta。他们的观点是 LayerNorm 管用主要靠缩放"
            "带来的不变性，减均值那一步可有可无。这样少算一次均值，更省，论文里说整体能快百分之七到"
            "六十几，参数也少一半，效果差不多。所以 LLaMA、Qwen、Mistral 这些都是 pre-norm 配 "
            "RMSNorm，最后输出前再放一个 norm。"
        ),
        "RMSNorm 算是 LayerNorm 的简化版吧，计算更快一点，效果差不多，所以现在大家都用它。",
        (
            "RMSNorm 其实是反过来简化的：它保留了减均值这一步，去掉的是除以标准差的缩放，所以只需要"
            "一个 beta，不需要 gamma。它的好处是数值更稳，但计算量比 LayerNorm 还大一点，因为要维护"
            "一份 running mean，推理时用训练时统计的均值。LLaMA 用它主要是因为 post-norm 结构必须"
            "配 RMSNorm，效果上比 LayerNorm 高两三个点。"
        ),
        (
            "归一化最早是 BatchNorm，在 CNN 里用得多，它在 batch 维度上统计均值和方差，训练和推理的"
            "行为不一样，推理时要用滑动平均。batch 太小的时候统计量不准，所以检测、分割这种小 "
            "batch 的任务后来改用 GroupNorm。还有 Weight Normalization，是对权重本身做重参数化。"
        ),
        (
            "为什么现在大模型都用 RMSNorm 而不是 LayerNorm 呢，就是因为它们用的是 RMSNorm，不是 "
            "LayerNorm。两者差在哪，就差在一个是 RMSNorm，一个是 LayerNorm。所以现在的大模型基本就"
            "都用 RMSNorm 了。"
        ),
    ),
    Case(
        "zh-h39-dpo-beta",
        "zh",
        "fundamentals",
        "DPO 的损失里，β 和参考模型分别起什么作用？训练时有什么常见问题？",
        (
            "## DPO loss\n"
            "L = −log σ( β·[ log πθ(y_w|x)/π_ref(y_w|x) − log πθ(y_l|x)/π_ref(y_l|x) ] )\n"
            "- 隐式 reward：r(x,y) = β·log πθ(y|x)/π_ref(y|x) → 不用单独训 RM\n"
            "- **π_ref**：冻结，一般就是 SFT 模型，policy 也从它初始化；= KL 约束的锚点，防止为了拉"
            "开差距把分布推飞\n"
            "- **β**：KL 约束强度。β 大 → 贴着 ref、改得保守；β 小 → 偏离多、容易过拟合偏好数据。常"
            "用 0.1（试过 0.05 / 0.1 / 0.5，0.1 最好）\n"
            "- 常见问题：chosen 和 rejected 的 log prob **一起降**，只是 rejected 降得更多 → 回答变"
            "长 / 变怪\n"
            "  → chosen 上加 SFT（NLL）项，或 lr 降到 5e-7\n"
            "- 监控：reward margin、reward accuracy、chosen logp"
        ),
        (
            "DPO 的损失可以理解成一个二分类：policy 在好回答、差回答上的概率，各自除以参考模型的概"
            "率取 log，两项相减乘 β，过 sigmoid 取负对数。β 乘这个对数比就是隐含的奖励，所以不用单"
            "独训奖励模型。参考模型是冻住的，一般就是 SFT 后的模型，policy 也从它初始化，它是 KL 约"
            "束的锚，不让模型为了拉开差距跑太远。β 决定约束多强：β 越大越贴着参考模型、改得越保守，"
            "越小越容易跑偏、过拟合偏好数据，我们试了三档，零点一最好。常见问题是好回答和差回答的概"
            "率一起往下掉，只是差的掉得更多，回答就变长变怪，可以在好回答上加一项 SFT 损失，或者把"
            "学习率调小。"
        ),
        "β 是个超参数，大概是控制模型能偏离多远吧，参考模型就是 SFT 模型，训练的时候不动。",
        (
            "参考模型在 DPO 里是跟着 policy 一起更新的，每隔几百步把 policy 的权重同步过去，这样隐"
            "式奖励才准。β 相当于学习率的放大系数，β 越大，模型离参考模型越远、改得越激进，β 小反而"
            "更保守，我们一般开到 5。至于 chosen 的概率会不会下降，DPO 的目标本身就保证 chosen 的 "
            "log prob 一直上升，所以不需要再加 SFT 项。"
        ),
        (
            "偏好数据的质量其实比算法更关键。我们一般让标注员对两条回答做比较，但标注员之间的一致性"
            "只有六七成，所以会多人标注再投票。也有人用更强的模型来当评委自动标，成本低很多，但要注"
            "意评委会偏好更长的回答，还有位置偏差，得把顺序换过来再评一遍。"
        ),
        (
            "DPO 的损失里，β 有 β 的作用，参考模型有参考模型的作用。训练时的常见问题，就是训练 DPO "
            "的时候常见的那些问题。总的来说，β 和参考模型分别起它们各自的作用，问题也就是常见的问题"
            "。"
        ),
    ),
    Case(
        "zh-h39-zero-dispute",
        "zh",
        "behavioral",
        "讲一次你和同事在技术方案上有分歧的经历，最后是怎么解决的？",
        (
            "STAR｜全局 ZeRO-3 vs 机内二级分片（2023.11）\n"
            "S：70B 全参 SFT，8 机 × 8 卡 A800，机间 IB 只有 200 Gb/s；组里资深同事坚持全局 ZeRO-3"
            "，理由：最省显存\n"
            "T：我负责训练效率；判断瓶颈在跨机 all-gather，但只是推测\n"
            "A：\n"
            "1. 没在群里争，约他一起做 1 天 benchmark\n"
            "2. 对比：全局 ZeRO-3 vs **ZeRO++ hpZ**（参数在机内再存一份二级分片，fwd/bwd 的 "
            "all-gather 只走机内 NVLink；optimizer 状态 + 梯度仍全局分片）\n"
            "3. profile：全局方案 ~45% 时间在等通信；hpZ 每卡多 ~15 GB，放得下\n"
            "4. 结论由他在周会上讲，方案两人署名\n"
            "R：吞吐 +41%，单 epoch 31 h → 22 h；后来成了组里默认配置\n"
            "反思：分歧用数据说话；先把自己的判断当假设"
        ),
        (
            "去年十一月我们做七十 B 的全参 SFT，八台机器六十四张 A800，机器之间的 IB 只有两百 G。组"
            "里一位资深同事坚持用全局 ZeRO-3，因为最省显存。我负责训练效率，觉得瓶颈会在跨机收集参"
            "数上，但那时只是猜。我没在群里跟他争，而是约他一起花一天做对比：一边是全局 ZeRO-3，一"
            "边是 ZeRO++ 的 hpZ，参数在每台机器里再存一份分片，前向反向收集参数只走机内的 NVLink，"
            "优化器状态和梯度还是全局切。测下来全局方案将近一半时间在等通信，新方案每张卡多占十五 "
            "G 左右，但放得下。结论让他在周会上讲，两个人一起署名。吞吐涨了四成，一个 epoch 从三十"
            "一小时降到二十二小时，后来成了组里的默认配置。我的体会是有分歧就拿数据说话，先把自己的"
            "判断当成假设。"
        ),
        (
            "有一次训练大模型的时候，我和同事对用哪种 ZeRO 配置有分歧，后来我们做了实验对比，用了更"
            "快的那个。"
        ),
        (
            "那次是七十 B 的 SFT，同事一开始想用机内分片的 hpZ 方案，我坚持用全局 ZeRO-3，因为最省"
            "显存。我觉得两百 G 的 IB 足够了，跨机通信不会是瓶颈，所以没做 benchmark，直接在周会上"
            "拍板用了全局 ZeRO-3。结果跑起来吞吐掉了四成，一个 epoch 从二十二小时变成了三十一小时，"
            "后来是他自己加班改回去的。我的体会是技术讨论要果断，别把时间花在做实验上。"
        ),
        (
            "我觉得团队里有分歧很正常，关键在沟通方式。我一般先私下聊，避免在公开场合让对方下不来台"
            "。另外要分清是目标不一致还是手段不一致，如果目标一致，很多问题聊开就好了。我们组后来还"
            "建了技术评审的流程，大一点的方案都要先写设计文档，大家提意见。"
        ),
        (
            "和同事在技术方案上有分歧的经历，我确实有过。就是我们在方案上有分歧，后来也解决了。怎么"
            "解决的呢，就是把分歧解决了。总之，有分歧就解决分歧，那次就是这么解决的。"
        ),
    ),
]

CASES = [*_ZH, *EN]
