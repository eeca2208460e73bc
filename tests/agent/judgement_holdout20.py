"""A twentieth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on topics no other set uses (a weakly supervised data
pipeline for Southeast Asian multilingual ASR with cross-checked pseudo-labels, diagnosing and
fixing loss spikes in LLM pretraining, the temperature in the InfoNCE contrastive loss, Adam with
L2 against AdamW's decoupled weight decay, missing a delivery deadline, a graph neural network
for payment fraud rings fed into an existing GBDT, shrinking a vector index with Matryoshka
embeddings and int8 quantisation, tying the input embedding to the output layer, focal loss,
choosing between two teams' urgent requests, two introductions). References are messy notes
(headings, numbered and bulleted lists, bold, half sentences, arrows, mixed zh/en terms,
numbers with units, formulas, STAR letters in the behavioral notes, a results line). Answers
are written as candidates speak: strong ones paraphrase, some with Chinese numerals,
spelled-out numbers and fractions; partials are vague or make one or two points; wrong ones
are confident and mix the reference's words with wrong facts (someone else's background with
schools and jobs swapped and wrong numbers, steps in the wrong order with another method, the
opposite action with a denial and another outcome, a reversed mechanism with wrong numbers,
roles swapped between the two methods with a denied property, the opposite action and another
outcome, schools and jobs swapped with a reversed change, another method with a denied
property, a reversed direction with wrong numbers, a denied property with the roles swapped, a
reversed mechanism with wrong numbers, roles swapped and another outcome); off-topic ones are
fluent about something nearby; padded ones restate the question or repeat themselves. Written
blind; its first measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout20_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h20-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，讲讲你的经历和现在主要在做什么。",
        "自我介绍（~2 min，时间线 + 一个亮点，最后讲动机）\n"
        "- 周子航，电子科大 通信本科 2016 → 中科院自动化所 硕士 2019（语音识别）\n"
        "- 2019-2022 手机厂商（曜石）**语音助手 ASR**：端侧 + 云端，普通话 / 粤语\n"
        "- 2022-至今 跨境电商（海贝）**多语种 ASR + 客服录音质检**\n"
        "  - 东南亚 5 种语言：泰 / 越 / 印尼 / 马来 / 菲律宾\n"
        "  - 亮点：弱监督数据流水线，可用数据 300 h → 1.2 万 h，平均 WER 24% → 13%\n"
        "  - 带 2 人\n"
        "- 为什么看机会：想做语音 + 大模型（speech LLM），不只守 ASR 一个模块",
        "您好，我叫周子航。本科在电子科技大学学通信，一六年毕业后去中科院自动化所读硕士，方向是语音"
        "识别。一九年毕业进了一家手机厂商，在语音助手团队做了三年 "
        "ASR，端上和云上都做过，主要是普通话和粤语。二二年到现在在一家跨境电商公司，做东南亚五种语"
        "言的语音识别和客服录音质检，像泰语、越南语、印尼语。最有代表性的是我搭的一套弱监督数据流水"
        "线，把能用的训练数据从三百小时扩到了一万两千小时左右，五种语言平均字错率从百分之二十四降到"
        "十三。现在带两个同学。想看新机会，是想做语音和大模型结合的方向，不想只守着识别这一个模块。",
        "我叫周子航，一直在做语音识别，之前在手机厂商做语音助手，现在在一家电商公司做多语种的 "
        "ASR，整体还算顺利。",
        "我叫周子航，本科是在中科院那边的国科大读的自动化，硕士去电子科大读的通信，一九年毕业。毕业"
        "后先去了跨境电商公司做东南亚语种的语音识别，二二年才跳到手机厂商做语音助手的 "
        "ASR。东南亚那边一共就做了泰语和越南语两种，数据一直是三百小时左右的人工标注，没做什么弱监"
        "督，字错率从百分之十三降到了百分之十。我一直是自己一个人干，没带过人。这次看机会主要是想转"
        "去做推荐。",
        "东南亚语种的语音识别其实挺有意思的。泰语和越南语都是声调语言，同一个音节声调不同意思完全不"
        "一样；泰语书写还不分词，连空格都没有，算字错率之前得先定好切分。客服录音里又经常夹着英文，"
        "说话人语速快、信道是八千赫兹的电话音质，这些都比普通话难不少。",
        "好的，我先做个自我介绍。我的经历就是我这些年的经历，现在主要在做的，就是现在主要在做的事情"
        "。经历和现在在做的事情，大概就是这样，这就是我的自我介绍。",
    ),
    Case(
        "zh-h20-project-asrdata",
        "zh",
        "project",
        "你说搭过一套多语种 ASR 的弱监督数据流水线，具体是怎么做的？",
        "**多语种 ASR 弱监督数据流水线**（东南亚 5 语种）\n"
        "背景：人工标注只有 ~300 h，标 1 h ≈ 800 元，太贵\n"
        "原料：客服录音 + 带字幕的公开视频，~3 万 h 原始音频\n"
        "流程：\n"
        "1. VAD 切段（2-20 s）→ 语种识别 LID，置信度 < 0.8 丢\n"
        "2. 伪标签：种子模型（300 h 训的）+ Whisper large-v3 各转写一遍\n"
        "3. **过滤：两份转写互算 CER，> 15% 丢**；有字幕的做强制对齐，对不上丢\n"
        "4. 文本规范化：数字 / 货币 / 中英混说（code-switch）统一写法\n"
        "5. 迭代：筛出的数据训学生模型 → 当下一轮种子，共 3 轮\n"
        "- 评测集 **纯人工标注，不参与任何过滤**，按说话人隔离\n"
        "结果：可用数据 300 h → 1.2 万 h；平均 WER 24% → 13%；泰语提升最大（31% → 15%）",
        "人工标注太贵，一小时八百块左右，我们手里只有三百小时。原料是客服录音和带字幕的公开视频，加"
        "起来三万来小时。先用 VAD 切成两到二十秒的小段，再判语种，置信度不到零点八的扔掉。然后用我"
        "们三百小时训的种子模型和 Whisper large-v3 "
        "各转一遍，两份结果互相算字错率，差超过百分之十五就丢；有字幕的再做强制对齐，对不上的也丢。"
        "数字、货币、夹英文这些写法统一规范好。筛出来的数据训一个学生模型当下一轮种子，一共迭代三轮"
        "。评测集全人工标，不参与过滤，按说话人隔开。最后可用数据到一万两千小时，平均字错率从二十四"
        "降到十三，泰语从三十一降到十五。",
        "主要就是拿已有的模型给没标注的录音打伪标签，再把质量差的筛掉，数据一下多了很多，识别效果也"
        "好了不少。",
        "我们是先把三万小时原始音频全部拿去训模型，训完再用这个模型反过来给每条数据打分，分低的删掉"
        "。伪标签只用 Whisper large-v3 转一遍，不跟种子模型交叉比对，它自己的置信度高于零点五就留。"
        "语种识别是放在最后一步做的，切段也是最后才切。评测集是从伪标签数据里随机抽的两千条，没有按"
        "说话人隔离。整个只迭代了一轮，字错率从十三降到了九。",
        "模型结构上我们用的是 Conformer，CTC 和注意力解码器联合训练，CTC "
        "权重零点三。为了做流式，编码器按六百四十毫秒一个 chunk "
        "做注意力，只看左边的上下文。解码的时候先用 CTC "
        "前缀束搜索出候选，再用注意力解码器重打分，再融合一个语种相关的 n-gram 语言模型。",
        "多语种 ASR 的弱监督数据流水线，具体来说就是一套流水线，是弱监督的，做的是多语种 ASR "
        "的数据。具体怎么做的，就是按流水线的方式做的，一步一步做下来，就是这样一套弱监督的数据流水"
        "线。",
    ),
    Case(
        "zh-h20-project-lossspike",
        "zh",
        "project",
        "预训练的时候遇到过 loss spike 吗？你们是怎么排查和处理的？",
        "**预训练 loss spike 排查**（13B，2T tokens，1024 卡）\n"
        "现象：~300B tokens 之后每隔几千步 loss 冒尖，有 2 次没回落 → 发散\n"
        "排查：\n"
        "- 先定位 batch：spike 前后喂的数据 → 某爬虫源大量重复 / 乱码长文档\n"
        "- 按层看 grad norm：**embedding 层 + 最后几层 attention logits 先爆**\n"
        "处理：\n"
        "1. 回滚到 spike 前 ~2 个 ckpt，**跳过**出问题的 batch（不是从头重训）\n"
        "2. 清洗该数据源（去重 + 乱码过滤）\n"
        "3. 峰值 lr 3e-4 → 2e-4；grad clip 1.0 保留\n"
        "4. 加 **z-loss**（1e-4 · log²Z）压住 softmax 分母；attention 加 QK-LayerNorm\n"
        "结果：之后 1.7T tokens 无发散；spike ~每 5k 步 1 次 → 几乎为 0；多花 ~3 天算力",
        "遇到过，训一个一百三十亿参数的模型，一千多张卡，计划两万亿 token。过了三千亿 token "
        "以后，隔几千步 loss 就冒个尖，有两次没掉回来直接发散了。先查尖刺前后的数据，发现是某个爬虫"
        "源里一堆重复和乱码的长文档；再按层看梯度范数，最先炸的是词嵌入和最后几层的注意力分数。处理"
        "上先退回到尖刺前大概两个 checkpoint，跳过那几批数据接着训；那个源去重、滤乱码；峰值学习率"
        "从三乘十的负四降到二乘十的负四，梯度裁剪还是一；再加上 z-loss 管住 softmax "
        "的归一化项，注意力里 Q、K 各加一个 LayerNorm。后面一点七万亿 token "
        "没再发散，代价是多烧了三天左右的卡。",
        "遇到过，loss 突然飙上去了，我们就回滚到前面的 "
        "checkpoint，把学习率调小了一点，后面就比较稳了。",
        "遇到过。我们判断 loss spike 跟数据没关系，纯粹是优化器的问题，所以没去查那几个 batch "
        "的数据。处理上也没回滚，直接在当前步把学习率从二乘十的负四调高到三乘十的负四，让模型自己冲"
        "过去，同时把梯度裁剪关了，因为裁剪会拖慢收敛。z-loss 和 QK-LayerNorm "
        "我们试过，没用，就去掉了。之后又发散了好几次，最后是从头重训了一遍才解决。",
        "预训练里我觉得更影响最终效果的是数据配比。我们当时网页、代码、书籍、论文大概是六比二比一比"
        "一，训练后期会把高质量数据的比例调高，做一个退火阶段。另外吞吐也很关键，MFU "
        "从百分之三十八调到四十五，主要靠调并行策略和通信重叠。",
        "预训练的 loss spike，我们是遇到过的。遇到以后就排查，排查完就处理，处理的方式就是针对 "
        "loss spike 去处理。所以排查和处理，都是围绕 loss spike 来做的，大概就是这样。",
    ),
    Case(
        "zh-h20-infonce-temp",
        "zh",
        "fundamentals",
        "对比学习 InfoNCE 损失里的温度系数 τ 起什么作用？一般怎么设？",
        "InfoNCE：L = −log [ exp(s⁺/τ) / Σ_j exp(s_j/τ) ]，s = cos 相似度\n"
        "**τ 的作用 = 调 softmax 的尖锐程度**\n"
        "- τ 小（如 0.05）→ 分布尖 → 梯度集中在**最难的负样本**上 → "
        "表示更均匀（uniformity）；但容易把假负例（语义其实相近）推开，训练不稳\n"
        "- τ 大（如 1.0）→ 分布平 → 所有负例权重差不多 → 对难负例不敏感，区分度差\n"
        "- cos ∈ [-1, 1]，不除 τ 的话 logits 差距太小，softmax 几乎均匀\n"
        "经验值：SimCLR 0.1–0.5；SimCSE 0.05；CLIP 可学习，初始 0.07，logit scale 上限 100（τ ≥ "
        "0.01）\n"
        "调法：和 batch size 一起调，看 alignment / uniformity 两个指标",
        "InfoNCE 就是一个 softmax 多分类，余弦相似度先除以温度再进 "
        "softmax。温度管的是这个分布有多尖。温度小，比如零点零五，分布很尖，梯度几乎全落在最像正样"
        "本的那几个难负例上，学出来的向量在球面上散得更开，但也容易把其实意思相近的假负例硬推开，训"
        "练也不太稳。温度大，比如一，分布很平，负例基本一视同仁，难负例没被重点照顾，区分度就差。而"
        "且余弦只在负一到一之间，不除一个小温度的话 logits 差别太小，softmax 几乎是平的。经验上 "
        "SimCLR 用零点一到零点五，CLIP 让它自己学，从零点零七起步，最低不低于百分之一。一般跟 "
        "batch 大小一起调。",
        "温度就是用来缩放相似度的，温度越小分布越尖，一般设成零点零几到零点一之间。",
        "τ 是乘在相似度上的一个放大系数。温度越大 softmax "
        "分布越尖，模型越关注难负样本；温度越小分布越平，所有负例权重都差不多。所以想多挖难负例就把"
        " τ 调大，一般设在五到十之间。余弦相似度本身范围就够大，除不除 τ 对 softmax "
        "的影响不大，它主要起一个正则的作用。CLIP 里的 τ 是固定的零点五，不参与学习。",
        "对比学习里负样本的数量很关键。SimCLR 靠大 batch，四千多的 batch 才效果好；MoCo "
        "用一个队列存之前 batch 的特征当负例，再用动量更新的编码器保证队列里的特征前后一致，这样小 "
        "batch 也能有六万多个负例。BYOL 更进一步，干脆不用负样本，靠预测头和停梯度防止塌缩。",
        "InfoNCE 里的温度系数 τ，它起的作用就是温度系数的作用。一般怎么设，一般就是按温度系数的设法"
        "来设。所以 τ 的作用和设法，都是围绕温度系数这个东西，τ 就是温度系数。",
    ),
    Case(
        "zh-h20-adamw",
        "zh",
        "fundamentals",
        "Adam 加 L2 正则和 AdamW 有什么区别？为什么现在大模型基本都用 AdamW？",
        "Adam + L2 vs AdamW（Loshchilov & Hutter 2019，decoupled weight decay）\n"
        "- **Adam + L2**：λ·θ 加进梯度 g → 这一项也被 √v̂ 除（自适应缩放）\n"
        "  → 梯度大的参数衰减反被缩小，梯度小的被放大 → 衰减不均匀，≠ L2 原意\n"
        "- **AdamW**：衰减不进梯度，更新时单独减：θ ← θ − lr · ( m̂ / (√v̂ + ε) + λ·θ )\n"
        "  → 所有参数按同一比例收缩；λ 与 lr 解耦，好调\n"
        "- SGD 下两者等价，只有自适应优化器才有区别\n"
        "- 实践：LLM 预训练 λ 常取 0.1；bias / LayerNorm 参数不做 decay\n"
        "- 效果：泛化更好，配合 warmup + cosine 更稳",
        "差别在权重衰减这一项放在哪儿。Adam 加 L2 是把 λ "
        "乘参数直接加到梯度里，这一项后面也会被二阶矩的平方根除掉，结果梯度大的参数衰减被压小了，梯"
        "度小的反而被放大，衰减强弱不均，已经不是 L2 本来的意思。AdamW 把衰减和梯度拆开，先照常算 "
        "Adam 的更新，再单独减去学习率乘 λ 乘参数，所有参数按同一个比例缩，λ "
        "和学习率也能分开调。要是用普通 SGD，这两种写法其实一样，只有 Adam "
        "这种自适应的才有差别。大模型预训练 λ 一般取零点一，偏置和 LayerNorm "
        "的参数不衰减。用它主要是泛化更好、超参好调。",
        "AdamW 就是把权重衰减从梯度里拿出来单独做，效果会好一些，所以大家都在用。",
        "AdamW 是把 λ 乘参数加进梯度里，跟梯度一起被二阶矩缩放，而 Adam 加 L2 "
        "才是解耦的，在更新完之后单独减。这两种在 SGD "
        "下也是不一样的，跟优化器是不是自适应没关系。大模型用 AdamW "
        "主要是因为它省显存，不用存二阶矩。λ 一般取零点零零零一，所有参数包括 LayerNorm "
        "和偏置都要衰减。",
        "Adam 的显存开销其实挺大的，每个参数除了权重还要存一阶矩和二阶矩，混合精度下再加一份 fp32 "
        "的主权重，一个参数差不多十六个字节。所以大模型训练一般配合 "
        "ZeRO，把优化器状态切到各张卡上，或者用八比特的 Adam 把两个矩量化存，能省下不少显存。",
        "Adam 加 L2 和 AdamW 的区别，就是一个是 Adam 加 L2，一个是 AdamW。现在大模型基本都用 "
        "AdamW，是因为大模型基本都用 AdamW。所以区别就在这里，用的也是 AdamW。",
    ),
    Case(
        "zh-h20-beh-deadline",
        "zh",
        "behavioral",
        "讲一次你没能按时交付的经历，当时是怎么处理的？",
        "错过 deadline（STAR）\n"
        "S：答应业务方 6 周交付客服质检模型（泰语 + 越南语），赶季度末质检上线\n"
        "T：我是负责人，排期是我估的\n"
        "A：\n"
        "1. 第 3 周发现越南语标注返工率 ~35%（标注规范不统一）→ 估计要晚 2 周\n"
        "2. **当天就告诉业务方 + 老板**，不拖到最后；带两个选项：① 按时只上泰语 ② 晚 2 周两个一起\n"
        "3. 业务选 ①；泰语按时上线；越南语重写标注规范 + 加一轮抽检，晚 12 天上线\n"
        "4. 复盘：估时没留 buffer → 以后先试标 200 条再排期\n"
        "R：泰语按时、越南语晚 12 天；质检覆盖率 10% 抽检 → 100%；之后项目都先试标\n"
        "体会：坏消息越早说越好，带着选项去说",
        "有一次我答应业务方六周交一个客服质检模型，泰语和越南语两个，要赶季度末上线，排期是我自己估"
        "的。做到第三周发现越南语标注返工率有三成多，因为标注规范没统一，算下来至少得晚两周。我当天"
        "就跟业务方和老板说了，没拖，还带了两个方案：要么按时先上泰语，要么晚两周两个一起上。业务选"
        "了先上泰语。泰语按时上了，越南语我们重写了标注规范、多加一轮抽检，最后晚了十二天。质检也从"
        "一成抽检变成了全量。复盘下来是估时没留余量，后来每个项目都先试标两百条再排期。我的体会是坏"
        "消息要早说，而且带着选项去说。",
        "有过，项目因为数据标注的问题晚了一些，我及时跟业务方沟通了，后来也上线了。",
        "有过。第三周我就发现越南语标注返工率很高，但觉得加加班能追回来，就没跟业务方和老板说，想等"
        "做完再说。一直拖到交付前两天才告诉他们，也没准备什么备选方案，泰语和越南语都一起推迟了。结"
        "果晚了一个多月，季度末的质检没上成，业务方后来换了外部供应商。复盘的时候我觉得主要是标注团"
        "队的问题，排期本身没什么问题。",
        "我平时做排期一般会把项目拆成两周一个迭代，每个迭代开头定目标，结束做回顾。估时用三点估算，"
        "乐观、最可能、悲观各估一个再加权。另外我会把依赖外部团队的事项单独列出来，每周同步一次风险"
        "，这样大部分项目都能按时交付。",
        "没能按时交付的经历，我是有过的。当时是怎么处理的呢，就是按没能按时交付的情况去处理。总之没"
        "按时交付就要处理，处理了就好了，这就是我没能按时交付的经历。",
    ),
]

CASES = _ZH + EN
