"""A twenty-eighth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on topics no other set uses (sparse upcycling of a 7B dense
model into an eight-expert MoE with noise to break the experts' symmetry and a re-warmed learning
rate, synthesising on-policy preference pairs for DPO in a legal Q&A assistant with a
position-swapped judge and length balancing, temperature sampling of languages in multilingual
pretraining and UniMax's epoch cap, BatchNorm at training and at inference time and why
Transformers use LayerNorm, one's own language-ID filter that dropped traditional Chinese in the
middle of a pretraining run, a fastText web-quality classifier after Gopher heuristics with its
threshold chosen by proxy ablations, asynchronous sharded checkpointing, hang detection and hot
spares for a 1,024-GPU run, the choices in designing an LLM tokenizer, telling whether a one-point
benchmark gain is noise, pushing back on a lead's synthetic data with an overlap check and an
ablation, two introductions). References are messy notes (headings, numbered and bulleted lists,
bold, half sentences, arrows, mixed zh/en terms, numbers with units, formulas, STAR letters in the
behavioral notes, a results line), some short and some long. Answers are written as candidates
speak: strong ones paraphrase, some with Chinese numerals, spelled-out numbers and fractions;
partials are vague or make one or two points; wrong ones are confident and mix the reference's
words with wrong facts (schools swapped and jobs in the wrong order with denied roles; attention
copied into the experts instead of the FFN with a denied step and reversed numbers; the opposite
choice of who writes the chosen answers with a denied position check and reversed numbers; the two
ends of the temperature swapped with the wrong direction and a denied cost; the roles of running
and batch statistics swapped with a wrong axis and a wrong mechanism; someone else's bug with the
opposite actions and another outcome; someone else's background; the classifier's positives and
negatives swapped with the steps reversed, a denied ablation and reversed numbers; synchronous
saves under the same name with reversed intervals, denied steps and reversed goodput; the
vocabulary trade-off reversed with the opposite digit choice and a wrong fallback; a wrong formula
with wrong numbers, a rejected paired test and denied noise sources; the roles swapped with a
denied finding, a skipped step and another outcome); off-topic ones are fluent about something
nearby; padded ones restate the question or repeat themselves. Written blind; its first
measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout28_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h28-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，讲讲你之前做过什么，为什么会考虑我们这个岗位。",
        (
            "自我介绍（≤ 2 min；主线：搜索 query 理解 → 预训练数据）\n"
            "- 韩亦舟｜浙大 计算机 本科 2016 → 复旦 NLP 硕士 2019\n"
            "- 2019–2022 拾光搜索：query 理解\n"
            "  - query 改写 + 意图分类；BERT → 蒸馏成 4 层上线，P99 < 15 ms\n"
            "- 2022–至今 启明智算 **预训练数据组**\n"
            "  - 中文 web 清洗流水线：抽正文 → 语种识别 → 去重 → 质量打分，日处理 ~40 TB\n"
            "  - 负责 34B 模型的数据配比实验 → C-Eval +3.1\n"
            "  - 带 3 人\n"
            "- 为什么来：想从数据往训练 / 后训练走，对模型效果端到端负责"
        ),
        (
            "面试官好，我叫韩亦舟。本科在浙江大学读计算机，一六年毕业，然后去复旦读了自然语言处理方"
            "向的硕士，一九年毕业。之后在拾光搜索做了三年 query 理解，主要是 query 改写和意图分类，"
            "当时把 BERT 蒸馏成一个四层的小模型上线，P99 延迟压在十五毫秒以内。二二年我加入启明智算"
            "的预训练数据组，负责中文网页的清洗流水线，从抽正文、识别语种、去重到质量打分，一天大概"
            "处理四十 TB。我还负责过三百四十亿参数那个模型的数据配比实验，最后 C-Eval 涨了三个多点"
            "，现在带三个人。想来这边，是因为我想从数据再往训练和后训练走一步，对模型最终效果从头到"
            "尾负责。"
        ),
        (
            "我叫韩亦舟，之前在一家搜索公司做过几年 query 相关的工作，现在在一家大模型公司做数据方"
            "面的事情，想往模型训练那边多靠一点。"
        ),
        (
            "我叫韩亦舟，本科在复旦读的数学，硕士去浙大读的计算机，二一年才毕业。毕业后直接进了启明"
            "智算，在预训练数据组做标注质检，清洗流水线是另一个组在维护，我平时主要看看报表。后来才"
            "去的拾光搜索做 query 理解，那边的 BERT 一直没上线，延迟太高了。三百四十亿那个模型的配"
            "比实验我没参与过，也没有带过人。想来这边主要是想转做产品经理。"
        ),
        (
            "这两年大模型行业变化特别快，开源模型一个接一个，很多公司都从自己训基座转成在开源模型上"
            "做微调，算力价格也降了不少。我平时会看一些论文和技术博客，周末也会自己跑点小实验，比如"
            "用 LoRA 微调一个小模型做问答，感觉门槛比前几年低了很多，个人开发者也能做出挺有意思的东"
            "西。"
        ),
        (
            "好的，我先做个自我介绍。我之前做过的，就是我之前做过的那些事情；为什么考虑这个岗位，就"
            "是因为我在考虑这个岗位。总的来说，我之前做过什么、为什么考虑这个岗位，大概就是这样，我"
            "就是这样一个人。"
        ),
    ),
    Case(
        "zh-h28-upcycling",
        "zh",
        "project",
        "你简历里写把一个 dense 模型 upcycle 成了 MoE，能具体讲讲是怎么做的吗？",
        (
            "## Sparse Upcycling：7B dense → 8 expert MoE（top-2）\n"
            "**背景**：从头训 MoE 算力不够；手上有训了 2T tokens 的 7B dense\n"
            "**做法**\n"
            "1. 每层 FFN **复制 8 份** → 8 个 expert；attention / embedding / norm 直接继承\n"
            "2. router 新加：小方差随机初始化（std 0.006），top-2 gating\n"
            "3. 坑：8 个 expert 一模一样 → 前 ~2k step router 分不开，专家不分化\n"
            "   → 每个 expert 权重加 ~1% 高斯噪声，打破对称\n"
            "4. LR：沿用 dense 末尾的 3e-5 → 太小学不动；改成重新 warmup 到 1.5e-4（≈ dense 峰值一"
            "半）\n"
            "5. load balance aux loss 系数 0.01\n"
            "- 继续训 300B tokens\n"
            "**结果**：总参 ~47B / 激活 ~13B；算力 ≈ 从头训 MoE 的 1/4；MMLU 63.2 → 66.0；推理吞吐"
            "比 7B dense 降 ~40%"
        ),
        (
            "当时手上有一个七 B 的 dense 模型，已经训了两万亿 token，从头训 MoE 算力又不够，所以走"
            "了 upcycling。做法是把每一层的 FFN 原样复制八份当八个专家，注意力、embedding 这些直接"
            "继承，只有路由是新加的，用很小的方差随机初始化，每个 token 选两个专家。第一个坑是八个"
            "专家一开始完全一样，前两千步路由根本分不开，我们就给每个专家的权重加了百分之一左右的高"
            "斯噪声，把对称打破。第二个坑是学习率，沿用 dense 收尾时那个值基本学不动，后来重新 "
            "warmup 到 dense 峰值的一半左右。再加上负载均衡的辅助损失，又训了三千亿 token。最后激活"
            "参数十三 B 左右，算力只花了从头训的四分之一，MMLU 从六十三点二涨到六十六，代价是推理吞"
            "吐掉了四成。"
        ),
        "大概就是把原来 dense 模型每层的 FFN 复制几份当专家，然后接着训，效果比原来好了一点。",
        (
            "upcycling 的做法是把注意力层复制八份当专家，FFN 反而是重新随机初始化的，因为 FFN 里存"
            "的知识会干扰路由。router 我们直接用 dense 模型 FFN 的第一层权重来初始化，一开始就能分"
            "得很开，专家天然会分化，根本不需要加噪声。学习率也要比 dense 末尾更小，我们用的是三乘"
            "十的负六次方，调大一点就发散。最后算力比从头训 MoE 还多花了一倍，MMLU 从六十六掉到了六"
            "十三点二，不过推理吞吐比 dense 提升了四成。"
        ),
        (
            "MoE 在部署上其实挺麻烦的。总参数大，显存占得多，一般要做专家并行，把不同专家放到不同的"
            "卡上，token 要经过 all-to-all 通信发过去再收回来，通信很容易成为瓶颈。请求少的时候每个"
            "专家分到的 token 很少，矩阵乘法效率也低，所以线上一般会攒更大的 batch，或者把不常用的"
            "专家放到 CPU 内存里按需加载。"
        ),
        (
            "这个 upcycle 的项目，就是把 dense 模型 upcycle 成 MoE。具体怎么做的呢，就是把 dense 变"
            "成 MoE，这个过程就叫 upcycle。我们就是这样做的，把一个 dense 模型 upcycle 了一下，它就"
            "成了 MoE 模型，整个项目大概就是这样。"
        ),
    ),
    Case(
        "zh-h28-pref-synth",
        "zh",
        "project",
        "你们给法律问答助手做 DPO 的时候，偏好数据是怎么合成出来的？",
        (
            "偏好数据合成（法律问答助手 → DPO）\n"
            "- 痛点：人工标偏好 ~25 元/对，一周只能出 ~2k 对\n"
            "- 流程\n"
            "  1) prompt 池：真实用户问题脱敏 3 万 + self-instruct 扩写 5 万（按 12 个法律领域配额"
            "，防止全是劳动纠纷）\n"
            "  2) **on-policy 采样**：当前 SFT 模型自己每个 prompt 采 4 个回答（T = 0.8）→ 不用 "
            "GPT-4 的回答\n"
            "  3) 72B judge + rubric（法条引用对不对 / 建议能否落地 / 有无编造），4 个回答两两比\n"
            "     - 每对 **交换顺序比两次**，不一致记平局 → 去位置偏差\n"
            "  4) chosen = 胜场最多，rejected = 最少\n"
            "  5) 长度偏差：chosen 普遍更长 → 按长度分桶配平\n"
            "- 人工抽检 500 对，和 judge 一致率 86%\n"
            "结果：~4.2 万对；DPO 后内部法律评测 vs SFT 胜率 68%；法条引用错误率 11% → 4.5%"
        ),
        (
            "人工标偏好一对要二十五块左右，一周才两千对，所以我们改成了合成。prompt 一部分是脱敏后"
            "的真实用户问题，三万条，另外用 self-instruct 扩了五万条，按十二个法律领域分配额，免得"
            "全是劳动纠纷。回答不用 GPT-4 写，而是让当前的 SFT 模型自己每题采四个，保证是 "
            "on-policy 的。再用七十二 B 的模型当裁判，按细则看法条引用、建议能不能落地、有没有编造"
            "，四个回答两两比，每一对调换顺序再比一次，不一致就算平局，去掉位置偏差；赢得最多的当 "
            "chosen，最少的当 rejected。另外按长度分桶配平，免得它只学到越长越好。人工抽检五百对，"
            "和裁判一致率八成六。最后出了四万多对，DPO 之后对 SFT 胜率六成八，法条引用错误率从百分"
            "之十一降到四点五。"
        ),
        (
            "主要是让模型自己生成几个回答，再用一个大模型去打分，分高的当好回答、分低的当差回答，这"
            "样就不用全靠人工标了。"
        ),
        (
            "我们的偏好对是这么构造的：chosen 统一用 GPT-4 写的回答，rejected 用当前 SFT 模型采出来"
            "的回答，这样好坏差距最明显，没必要 on-policy。裁判用七十二 B 的模型，每一对只比一次就"
            "够了，调换顺序结果都是一样的，位置偏差在大模型上不存在。长度我们也没管，越长的回答信息"
            "越多，本来就应该偏好。人工抽检和裁判的一致率大概五成六。最后 DPO 之后法条引用的错误率"
            "从百分之四点五涨到了十一，不过整体胜率还行。"
        ),
        (
            "法律问答的另一个难点是时效性，法律法规经常修订，比如民法典生效以后，原来的合同法、婚姻"
            "法都废止了，但模型训练数据里还有大量旧条文。我们在推理时接了一个法规检索库，按生效日期"
            "过滤，只给模型看现行有效的版本。另外各省的司法实践也不一样，比如工伤认定的细则，回答里"
            "要提醒用户以当地规定为准。"
        ),
        (
            "偏好数据是怎么合成的，就是合成出来的。我们给法律问答助手做 DPO，需要偏好数据，所以就合"
            "成了偏好数据。合成的方法就是把偏好数据合成出来，然后拿去做 DPO。总的来说，偏好数据就是"
            "这么合成出来的。"
        ),
    ),
    Case(
        "zh-h28-lang-sampling",
        "zh",
        "fundamentals",
        "训练多语种模型的时候，各个语种的数据量差很多，一般怎么采样？温度采样是怎么回事？",
        (
            "多语种数据采样\n"
            "1. 按原始比例采 → 英语占 60%+，低资源语种（斯瓦希里语 ~0.01%）几乎学不到\n"
            "2. 均匀采 → 低资源语种要重复几十上百个 epoch → 过拟合、背数据\n"
            "3. **温度采样**：p_i ∝ n_i^α，α = 1/T\n"
            "   - α = 1 → 原始比例；α → 0 → 均匀\n"
            "   - 常用 α ≈ 0.3（XLM-R、mT5）→ 低资源上采样、高资源下采样\n"
            "   - 代价：高资源语种效果略掉（curse of multilinguality）\n"
            "4. UniMax：预算尽量均分，但每个语种设 **epoch 上限**（如 ≤ 4），小语种用满后剩下的分给"
            "大语种"
        ),
        (
            "如果完全按原始数据量来采，英语会占六成以上，像斯瓦希里语这种只有万分之一的语种基本学不"
            "到东西；反过来每个语种一样多，小语种就要重复几十上百遍，模型会过拟合、把数据背下来。温"
            "度采样是个折中：每个语种的采样概率正比于它数据量的 α 次方，α 是温度的倒数。α 取一就是"
            "原始比例，α 趋近于零就变成均匀，一般取零点三左右，XLM-R 和 mT5 都是这个量级，效果就是"
            "小语种往上采、大语种往下采。代价是英语这种大语种会稍微掉一点，也就是所谓的多语言诅咒。"
            "后来的 UniMax 是尽量平均分预算，但给每个语种设一个最多重复几轮的上限，比如四轮，小语种"
            "用满了，剩下的再分给大语种。"
        ),
        (
            "就是小语种数据少，要多采一点，大语种少采一点，用一个温度参数来控制，具体数值我记不太清"
            "了。"
        ),
        (
            "温度采样就是采样概率正比于数据量的 α 次方。α 等于一的时候是均匀采样，α 趋近于零反而回"
            "到原始比例，所以 α 越大，小语种占比越高。XLM-R 和 mT5 用的都是 α 等于三，让大语种占得"
            "更多，因为大语种学好了会自动迁移到小语种。这种做法对英语效果没有任何影响，不存在什么多"
            "语言诅咒。UniMax 也不设重复上限，小语种想重复多少轮都可以。"
        ),
        (
            "多语种模型还有一个很实际的问题是分词。同样一句话，英语可能十个 token，缅甸语或者泰语可"
            "能要四五十个 token，因为词表主要是拿英语语料训出来的，这样小语种推理更贵，能放进上下文"
            "的内容也更少。所以很多团队会专门扩充词表，或者干脆换成按字节建模的方案。"
        ),
        (
            "各个语种数据量差很多的时候，就要采样。怎么采样呢，就是按照一定的方法去采样。温度采样就"
            "是带温度的采样，用温度来采样。所以训练多语种模型的时候，一般就是这样采样的，温度采样就"
            "是这么回事。"
        ),
    ),
    Case(
        "zh-h28-batchnorm",
        "zh",
        "fundamentals",
        (
            "BatchNorm 在训练和推理的时候有什么不一样？为什么 Transformer 里一般用 LayerNorm 而不是"
            "它？"
        ),
        (
            "BN\n"
            "- 训练：每个 channel 在 **当前 batch** 上算 μ、σ² → x̂ = (x − μ) / √(σ² + ε) → γ·x̂ + "
            "β\n"
            "- 同时更新 running mean / var（EMA，momentum 0.1）\n"
            "- 推理：**用 running 统计量**，不看当前 batch → 输出与 batch 无关；还能 fold 进前一层 "
            "conv\n"
            "- 坑：batch 太小（< 8）统计量噪声大 → 掉点；上线忘了 model.eval() → 结果飘\n"
            "LN（Transformer）\n"
            "- 对 **单个 token** 的 hidden 维度归一化，不依赖 batch\n"
            "- 变长序列 + padding，batch 统计没意义；自回归推理 batch 可能就是 1\n"
            "- RMSNorm：去掉减均值，只除 RMS，更省（Llama）"
        ),
        (
            "BatchNorm 训练的时候，是对每个通道拿当前这一批数据算均值和方差，减均值、除以标准差，再"
            "乘 γ 加 β，同时用滑动平均记一份全局的均值和方差。推理的时候就不看当前这批了，直接用训"
            "练时攒下来的那套统计量，所以输出跟同一个 batch 里还有谁没关系，还能合并进前面的卷积。"
            "常见的坑一是 batch 太小，比如不到八，统计量很不稳，效果会掉；二是上线忘了切 eval 模式"
            "，结果跟着 batch 飘。Transformer 用 LayerNorm，是因为它对每个 token 自己的隐藏维度做归"
            "一化，完全不依赖 batch；句子长短不一还有 padding，按 batch 统计没什么意义，生成的时候"
            "经常一次就一条。现在 Llama 这类用 RMSNorm，连减均值都省了，只除以均方根，更便宜。"
        ),
        (
            "BN 训练的时候用的是当前 batch 的均值和方差，推理的时候不太一样。Transformer 一般用 "
            "LayerNorm，好像是因为对序列更合适。"
        ),
        (
            "BatchNorm 训练的时候用的是滑动平均的 running 统计量，这样训练更稳；推理的时候反而是拿"
            "当前这个 batch 现算均值和方差，所以推理的 batch 越大越准。batch 小一点其实没关系，BN "
            "对 batch 大小不敏感。LayerNorm 是在 batch 维度上对同一个特征做归一化，跟 BN 本质上一样"
            "，Transformer 用它只是历史习惯。RMSNorm 是在 LayerNorm 的基础上再多减一次均值，所以更"
            "准，但也更慢。"
        ),
        (
            "训练深层网络的时候，残差连接很关键，它让梯度可以直接跳过中间层传回去，缓解梯度消失。"
            "ResNet 之前，网络超过二十层效果反而变差，加了残差之后可以堆到一百多层。另外初始化也很"
            "重要，像 He 初始化就是专门给 ReLU 设计的，让每一层输出的方差保持稳定。"
        ),
        (
            "BatchNorm 在训练和推理的时候是不一样的，训练是训练，推理是推理，所以不一样。"
            "Transformer 一般用 LayerNorm 不用 BatchNorm，就是因为它用的是 LayerNorm。总的来说，训"
            "练和推理不一样，Transformer 用 LayerNorm，大概就是这样。"
        ),
    ),
    Case(
        "zh-h28-lid-bug",
        "zh",
        "behavioral",
        "讲一次你自己犯了错、影响到团队的经历，你当时是怎么处理的？",
        (
            "**S**：34B 预训练跑到第 3 周，繁中评测（内部 TC-Eval）比上一版掉 6 pt；数据清洗是我负"
            "责\n"
            "**T**：找原因 + 决定要不要停训\n"
            "**A**\n"
            "- 定位：我写的语种识别过滤，阈值 0.8 → 繁体中文 / 粤语置信度普遍偏低，被归成 other，丢"
            "了 ~40%\n"
            "- 当天组会主动说明是我的 bug + 影响估计：繁中 token 占比 1.2% → 0.7%\n"
            "- 不停训（重来 ≈ 白烧 3 周算力）→ 补回的数据放进后期 annealing 阶段上采样\n"
            "- 加 **每语种保留率看板**；过滤器任何改动都要看保留率 diff\n"
            "**R**：TC-Eval 追回到差距 < 1 pt；组里定规矩：过滤规则上线要 review；我自己：先看被丢"
            "掉的数据"
        ),
        (
            "有一次，三百四十亿那个模型训到第三周，内部的繁体中文评测比上一版掉了六个点。我去查，发"
            "现是我自己写的语种识别过滤：阈值设的零点八，可繁体中文和粤语的置信度普遍偏低，差不多四"
            "成被当成其他语种扔掉了。当天组会上我就主动说了这是我的 bug，也给了影响估计，繁中 "
            "token 的占比从百分之一点二掉到了零点七左右。我们没有停下来重训，那样三周的算力就白费了"
            "，而是把找回来的数据放到后面的退火阶段上采样。之后我加了一个按语种看保留率的看板，过滤"
            "器一改就要看保留率变化。最后繁中评测追回到差不到一个点，组里也定了过滤规则上线必须 "
            "review，我自己养成了先看被丢掉的数据的习惯。"
        ),
        (
            "有一次我写的数据过滤脚本有 bug，丢了一部分繁体中文的数据，后来发现了就补回去了，之后做"
            "事更仔细了。"
        ),
        (
            "有一次是同事写的语种识别过滤出了问题，阈值设得太低，只有零点二，结果把很多英文网页当成"
            "中文留了下来，繁中评测反而涨了六个点，大家一开始还以为是好事。我发现以后没有声张，私下"
            "把阈值改了，怕影响他的绩效。后来我们决定直接停训，从头重新跑，又多花了三周。看板当时没"
            "做，觉得没必要。最后繁中评测比原来还低了两个点。"
        ),
        (
            "我觉得团队里出错是很正常的，关键是要有好的文化。我们组每次出问题都会开复盘会，但不追究"
            "个人责任，大家轮流讲自己当时的判断。另外我们每个季度会做一次团队建设，大家关系好了，出"
            "了问题也更愿意说出来，沟通成本低很多。"
        ),
        (
            "犯错的经历是有的，我自己也犯过错，影响到了团队。当时我是怎么处理的呢，就是把这个错误处"
            "理掉了。总的来说，犯了错就要处理，我当时就是处理了，处理完就好了，这就是我犯错的经历。"
        ),
    ),
]

CASES = [*_ZH, *EN]
