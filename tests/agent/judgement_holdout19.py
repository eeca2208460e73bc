"""A nineteenth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on topics no other set uses (e-commerce search query
spelling correction with candidate generation and ranking, serving hundreds of per-customer LoRA
adapters on one base model, forward against reverse KL divergence, the SwiGLU feed-forward
layer, finding a leak in a colleague's evaluation before a launch review, an always-on
wake-word detector on a DSP, a semantic cache in front of a support chatbot, SHAP values and
their pitfalls, HyperLogLog, handling an escalated enterprise customer, two introductions).
References are messy notes (headings, numbered and bulleted lists, bold, half sentences,
arrows, mixed zh/en terms, numbers with units, formulas, STAR letters in the behavioral notes,
a results line). Answers are written as candidates speak: strong ones paraphrase, some with
Chinese numerals, spelled-out numbers and fractions; partials are vague or make one or two
points; wrong ones are confident and mix the reference's words with wrong facts (someone
else's background with schools and jobs swapped, another method named as the one used, a
reversed mechanism with wrong numbers, a reversed direction, wrong numbers with a denial, the
opposite action and another outcome, steps in the wrong order with roles swapped, key and
value swapped with a reversed threshold, another method with a denial, a reversed mechanism
and a denied property, roles swapped and another outcome); off-topic ones are fluent about
something nearby; padded ones restate the question or repeat themselves. Written blind; its
first measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout19_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h19-intro",
        "zh",
        "self_intro",
        "请先简单介绍一下你自己，重点讲讲最近两三年在做什么。",
        "自我介绍（控制在 2 min，按时间线讲）\n"
        "- 林晓雯，武大 遥感本科 2015 → 北航 计算机硕士 2018（NLP 方向）\n"
        "- 2018-2021 某地图公司（途图）**POI 数据挖掘**：从评论 / 网页抽 POI 属性，BERT-CRF，属性"
        "覆盖率 +22%\n"
        "- 2021-至今 在线教育公司（知课），**作文智能批改**\n"
        "  - 负责批改模型：打分 + 逐句点评，基座 13B，SFT → 偏好对齐\n"
        "  - 结果：和教研老师打分一致性 QWK 0.61 → 0.78；老师复核工作量 -40%\n"
        "  - 带 3 人（2 算法 + 1 数据）\n"
        "- 为什么看新机会：想做通用 post-training / 评测，不局限教育场景",
        "您好，我叫林晓雯。本科在武汉大学读的遥感，后来转到北航读计算机的研究生，方向是自然语言处"
        "理，一八年毕业。毕业后第一份工作在一家地图公司待了三年，做 POI 数据挖掘，简单说就是从用"
        "户评论和网页里把店铺的营业时间、电话这些属性抽出来，当时用的是 BERT 加 CRF，属性覆盖率提"
        "了二十多个点。二一年我去了一家在线教育公司，一直在做作文的智能批改，模型既要给分也要逐句"
        "写点评，底座是一百三十亿参数的模型，先做监督微调，再做偏好对齐。做下来跟教研老师打分的一"
        "致性从零点六一提到了零点七八，老师要复核的量少了四成左右。现在带一个三个人的小组，两个做"
        "算法一个做数据。这次看机会，是想去做更通用的后训练和评测，不想只局限在教育这一个场景里。",
        "我叫林晓雯，之前在地图公司做过一些数据相关的工作，现在在一家教育公司做作文批改，用大模型"
        "做的，效果还可以。",
        "我叫林晓雯，本科是北航计算机，硕士去武大读的遥感，一八年毕业。毕业后先去了在线教育公司做"
        "作文批改，用的是规则加模板打分，后来二一年才跳到地图公司做 POI 数据挖掘。作文批改那边跟"
        "老师打分的一致性做到了零点九以上，老师基本就不用复核了。团队一直是我一个人，没带过人。这"
        "次想换工作，主要是想回到教育场景里来。",
        "说到作文批改，我觉得最难的其实是评分标准本身。不同老师对同一篇作文打分差异就很大，尤其是"
        "议论文立意这一项。所以一般会先让教研把评分细则拆成内容、结构、语言几个维度，每个维度配锚"
        "点范文，再去训练和评估模型。另外学生作文里错别字多，手写识别也会带来噪声，这些都会影响最"
        "后的分数。",
        "好的，我来介绍一下我自己。我自己的话，最近两三年一直在做事情，做的事情就是最近两三年在做"
        "的事情。重点讲的话，重点就是这两三年，这两三年我一直在做，做得也还可以，这就是我的自我介"
        "绍。",
    ),
    Case(
        "zh-h19-project-spell",
        "zh",
        "project",
        "你做过电商搜索的 query 纠错，整体方案是怎么设计的？",
        "**搜索 query 纠错**（电商 App，日均 query ~8000 万）\n"
        "问题：错字 / 拼音 / 形近字 → 零结果率 4.5%，用户直接流失\n"
        "方案：**候选生成 + 排序** 两阶段（不用端到端生成，怕把品牌名改错）\n"
        "1. 候选生成：拼音相似（同音 / 模糊音 z-zh）+ 形近字表 + 编辑距离 ≤ 2 → 用 query 日志词典"
        "过滤\n"
        "2. 排序：GBDT，特征 = 语言模型 ppl 差、候选 query 历史点击、编辑代价、拼音相似度\n"
        "3. 按置信度分级触发：高 → 直接改写；中 → 「您是不是要找」；低 → 不动\n"
        "- 品牌 / 新词白名单，防止把「蕉内」改成「焦内」\n"
        "结果：零结果率 4.5% → 2.1%，误纠率 < 0.3%，被纠错 query 的 GMV +3.4%",
        "这个是在电商 App 的搜索上做的，一天大概八千万条 query，里面不少是打错字、直接打拼音或者"
        "形近字写错的，这种 query 经常搜出来是零结果，零结果率大概百分之四点五，用户基本就走了。"
        "我们没用端到端生成直接改写，因为怕它把品牌名改坏，而是分两步：先出候选，再排序。候选从同"
        "音和模糊音、比如平翘舌，还有形近字、编辑距离两以内这几路来，再拿历史 query 词典过滤一遍"
        "。排序用的树模型，特征有改写前后语言模型困惑度的差、候选词过去的点击、编辑的代价和拼音相"
        "似度。最后按置信度分三档：很确定就直接改写，中等就提示您是不是要找，没把握就不动。另外维"
        "护了一份品牌和新词的白名单，像蕉内这种就不会被改成焦内。上线后零结果率降到百分之二点一左"
        "右，误纠控制在千分之三以内，被纠错的那部分 query 成交额涨了三个多点。",
        "query 纠错主要就是处理用户打错字的情况，我们会先生成一些可能的正确写法，再挑一个最有可能"
        "的，上线以后零结果少了不少。",
        "我们做的是端到端的方案，直接用一个 seq2seq 的生成模型把用户 query 改写成正确的写法，候选"
        "生成加排序那种两阶段的做法太老了，我们没用。模型输入是原始 query，输出就是纠错后的 query"
        "，拼音、形近字这些都交给模型自己学。为了覆盖率，所有 query 都会走改写，不分置信度，也没"
        "做您是不是要找这种提示。品牌词同样交给模型处理，没有单独的白名单。上线后零结果率从百分之"
        "四点五降到了百分之一以下。",
        "电商搜索里我觉得更大的问题其实是 query 理解，比如类目预测和属性识别。用户搜「红色连衣裙 "
        "夏 显瘦」，要先识别出类目是连衣裙，颜色是红色，季节是夏季，显瘦是风格词，然后分别映射到"
        "商品的结构化字段上去召回。我们当时类目预测用的是一个多标签分类模型，top3 准确率大概九成"
        "。",
        "query 纠错的整体方案，就是对电商搜索的 query 做纠错。整体来说，方案就是纠错，把需要纠错"
        "的 query 纠过来，纠过来以后就是整体方案的结果。所以整体方案就是这样一个纠错的方案，设计"
        "也是按纠错来设计的。",
    ),
    Case(
        "zh-h19-project-multilora",
        "zh",
        "project",
        "你们是怎么在一套服务里同时跑几百个客户各自的 LoRA 模型的？",
        "多租户 LoRA 服务（SaaS，每个企业客户一个 LoRA）\n"
        "背景：~300 个 adapter，rank 16，基座 7B；原来每个客户独立部署 → GPU 利用率 < 15%\n"
        "**思路：一份基座权重 + 动态加载 adapter，不合并权重**\n"
        "- 同一 batch 混不同客户请求：base 部分一起算，LoRA 部分 x·A·B 按请求分组算（类似 Punica "
        "的 SGMV kernel）\n"
        "- adapter 存放：热的常驻显存（LRU，上限 ~64 个），冷的放 CPU 内存 / 磁盘，按需换入\n"
        "- 调度：continuous batching，按 adapter 亲和性做一点合并\n"
        "- 为啥不 merge：merge 后一个实例只能服务一个客户，切换要重写整份 7B 权重\n"
        "结果：GPU 40 张 → 8 张；P50 延迟 +8%（多一次 LoRA matmul）；冷 adapter 换入 ~200 ms",
        "我们是做 SaaS 的，每个企业客户都有一个自己微调出来的 LoRA，一共三百个左右，秩是十六，基"
        "座是七 B 的模型。以前是每个客户单独部署一套，GPU 利用率连百分之十五都不到。后来改成整个"
        "服务只放一份基座权重，adapter 动态加载，并且不把 LoRA 合并回基座。一个 batch 里可以混着"
        "不同客户的请求，基座那部分矩阵乘大家一起算，LoRA 那一小块按请求属于哪个 adapter 分组单独"
        "算，思路和 Punica 那个 kernel 差不多。常用的 adapter 常驻显存，用 LRU 管，最多放六十来个"
        "，不常用的放内存或者磁盘，用到了再换进来，大概两百毫秒。不合并的原因是合并以后一个实例就"
        "只能服务一个客户，切客户得把整份权重重写一遍。最后卡从四十张降到八张，代价是中位延迟多了"
        "百分之八左右。",
        "就是基座模型大家共用，每个客户的 LoRA 单独加载，这样不用给每个客户都部署一个完整的模型，"
        "能省很多卡。",
        "我们的做法是每来一个请求，先把这个客户的 LoRA 合并进基座权重里，也就是 W 加上 B 乘 A，再"
        "用合并后的模型推理，这样推理时就没有额外的 LoRA 计算，延迟和原模型完全一样。一个 batch "
        "里只放同一个客户的请求，不同客户的请求不能混着算。adapter 全部常驻显存，三百个都放得下，"
        "所以不存在换入换出的问题。这么改完 GPU 从八张降到了四张。",
        "LoRA 本身的原理是冻结原来的权重，在旁边加一个低秩分解 B 乘 A，A 随机初始化，B 初始化成零"
        "，所以一开始输出和原模型一样。秩一般取八到六十四，再乘一个 alpha 除以 r 的缩放系数。训练"
        "时显存能省很多，因为优化器状态只需要存这两个小矩阵的。",
        "几百个客户的 LoRA 模型在一套服务里同时跑，这个我们确实是同时跑的。就是说，一套服务，几百"
        "个 LoRA，同时都在跑，跑起来就是在一套服务里同时跑几百个客户的模型，大概就是这么做的。",
    ),
    Case(
        "zh-h19-kl",
        "zh",
        "fundamentals",
        "前向 KL 和反向 KL 有什么区别？分别会让模型学成什么样？",
        "KL 不对称：KL(P‖Q) ≠ KL(Q‖P)，P = 真实 / 目标分布，Q = 模型\n"
        "**前向 KL(P‖Q)** = E_P[log P/Q]\n"
        "- P>0 而 Q≈0 处惩罚极大 → Q 必须盖住 P 的所有模式 → **mode-covering / zero-avoiding**\n"
        "- 多峰时 Q 会摊开，峰之间也给概率 → 生成偏「糊」\n"
        "- 最大似然 ⇔ 最小化前向 KL\n"
        "**反向 KL(Q‖P)** = E_Q[log Q/P]\n"
        "- Q 不能在 P≈0 的地方放质量 → 挑一个峰贴紧 → **mode-seeking / zero-forcing**\n"
        "- 变分推断（VI）、RLHF 里对参考模型的 KL 惩罚都是这个方向\n"
        "蒸馏：前向 KL 学得全；反向 KL（如 MiniLLM）输出更精准，但多样性低",
        "KL 散度本身是不对称的，两边换一下结果就不一样。设真实分布是 P，模型是 Q。前向 KL 是在 P "
        "下面求期望，只要 P 有概率而 Q 几乎为零，代价就会非常大，所以模型被逼着把 P 的每个峰都盖"
        "住，也就是覆盖模式；P 有好几个峰的时候，Q 会铺开，连峰和峰中间也给概率，生成出来就比较模"
        "糊。我们平常做极大似然训练，其实就等价于最小化这个方向。反向 KL 是在 Q 下面求期望，Q 不"
        "敢在 P 接近零的地方放概率，结果就是挑一个峰紧紧贴上去，叫寻找模式。变分推断，还有 RLHF "
        "里约束策略别离参考模型太远的那一项，用的都是这个方向。蒸馏里也一样，前向学得比较全，反向"
        "输出更准但是多样性会差一些。",
        "KL 散度是不对称的，两个方向算出来不一样，一个更倾向于把整个分布都覆盖到，另一个会比较集"
        "中。",
        "前向 KL 是 KL(P‖Q)，在 P 下面求期望，它的特点是 mode-seeking，也就是模型 Q 会挑一个峰贴"
        "紧，其他峰不管。反向 KL(Q‖P) 正好相反，是 mode-covering，Q 要把 P 的所有模式都盖住，所以"
        "多峰的时候会摊开、生成偏糊。最大似然对应的是反向 KL，变分推断和 RLHF 里的 KL 惩罚用的是"
        "前向 KL。所以蒸馏的时候想要输出精准，就应该选前向 KL。",
        "JS 散度是对称的，它是把 P 和 Q 分别跟两者的平均分布 M 算 KL，再取平均，取值在零到 log2 "
        "之间。原始 GAN 里判别器最优的时候，生成器的目标就等价于最小化 JS 散度。问题是两个分布没"
        "有重叠时 JS 是个常数，梯度为零，所以后来 WGAN 换成了 Wasserstein 距离，训练稳定了很多。",
        "前向 KL 和反向 KL 的区别，就是一个是前向的，一个是反向的。前向的会让模型学成前向 KL 的样"
        "子，反向的会让模型学成反向 KL 的样子，所以区别还是挺大的，主要就是方向上的区别。",
    ),
    Case(
        "zh-h19-swiglu",
        "zh",
        "fundamentals",
        "现在的大模型 FFN 为什么大多用 SwiGLU？它和原来的 FFN 有什么不一样？",
        "FFN：ReLU/GELU → SwiGLU\n"
        "- 原版：FFN(x) = W2 · ReLU(W1 x)，2 个矩阵，中间维 4d\n"
        "- **GLU 家族**：一路做激活、一路做门，逐元素相乘\n"
        "- SwiGLU(x) = W2 · ( Swish(W1 x) ⊙ (V x) )，Swish(z) = z·σ(z)（= SiLU，β=1）\n"
        "- 3 个矩阵 → 为了参数量不变，中间维缩到 **8/3·d**（≈2.67d，LLaMA 再取整到 256 的倍数）\n"
        "- 为啥好：门控 = 乘性交互，表达力更强；Swish 平滑，负区间还有小梯度，不像 ReLU 直接「死"
        "」\n"
        "- 证据：Shazeer 2020，同参数量 ppl 更低；PaLM / LLaMA / Qwen 都在用\n"
        "- 代价：多一次 matmul，同参数量下 FLOPs 基本持平",
        "原来 Transformer 里的 FFN 就两层，先升到四倍维度，过一个 ReLU 或者 GELU，再降回来。SwiGL"
        "U 属于门控线性单元这一类，它把升维这一步拆成两路：一路过 Swish 激活，Swish 就是 z 乘上 s"
        "igmoid(z)，也叫 SiLU；另一路只做线性变换当门，两路逐元素相乘，再用第三个矩阵投影回去。因"
        "为变成三个矩阵了，为了总参数量和原来差不多，中间维度要从四倍缩到大约三分之八倍，也就是两"
        "点六几倍，LLaMA 里还会凑成二百五十六的整数倍。效果好一是门控带来乘性的交互，表达能力更强"
        "；二是 Swish 比较平滑，负的那边还有一点梯度，不会像 ReLU 那样神经元直接死掉。Shazeer 二"
        "零二零年那篇论文里同样参数量下困惑度更低，之后 PaLM、LLaMA、Qwen 都用了它。",
        "SwiGLU 是一种带门控的激活函数，效果比 ReLU 好一些，所以 LLaMA 这些模型基本都在用。",
        "SwiGLU 就是把 FFN 里的 ReLU 换成 Swish，再让它自己给自己当门：W1 x 过一个 sigmoid "
        "再乘回去，还是两个矩阵，没有第三个。中间维度也没改，还是四倍的 d，所以参数量和原版一样，"
        "它效果好主要靠的是激活函数更平滑。Swish 是 z 乘 tanh(z)，负区间和 ReLU 一样梯度为零，只"
        "是正区间更平滑一点。这个结构最早是 GPT-2 用的，后来 LLaMA 沿用了。",
        "说到 FFN，现在另一个趋势是 MoE，把一个大的 FFN 换成很多个小专家，每个 token 由路由器挑 t"
        "op-2 个专家去算，这样总参数量可以做得很大，但每个 token 实际激活的参数不多。难点是负载均"
        "衡，一般要加一个辅助损失，防止 token 都挤到少数几个专家上。",
        "大模型的 FFN 为什么用 SwiGLU，因为 SwiGLU 就是现在大模型 FFN 大多在用的。它和原来的 FFN "
        "不一样，不一样的地方就在于它是 SwiGLU，原来的不是，所以现在大多用 SwiGLU。",
    ),
    Case(
        "zh-h19-beh-peerbug",
        "zh",
        "behavioral",
        "有没有遇到过发现同事的实验结论有问题的情况？你是怎么处理的？",
        "同事结果有问题（STAR）\n"
        "S：上线评审前一周，同组同事 A 的新召回模型离线 Recall@50 +11%，准备周五评审\n"
        "T：我负责复现、跑对照 baseline → 觉得涨幅异常大\n"
        "A：\n"
        "1. 先自己确认：查数据 → 评测集 ~18% 的 query 在训练集里出现过（按天切分用错字段：用了入"
        "库时间，不是曝光时间）\n"
        "2. **私下先找 A 单独说**，带上复现脚本 + 样例，不在群里 / 评审会上点名\n"
        "3. 一起修切分、重跑 → 真实涨幅 +2.3%\n"
        "4. 建议评审延期一周，由 A 自己在会上讲问题和修正\n"
        "R：按修正后的结论上线，线上点击 +1.9%，和离线对得上；组里加了评测集泄漏检查脚本\n"
        "体会：对事不对人，给对方自己纠正的机会",
        "有过一次。我们组一个同事做了个新的召回模型，离线 Recall@50 涨了十一个点，准备那周五上评"
        "审。我正好负责复现、做对照组，觉得涨得有点太多了。我没马上说，先自己把数据查了一遍，发现"
        "评测集里差不多五分之一的 query 在训练集里也出现过，原因是按时间切分的时候用错了字段，用"
        "的是入库时间，而不是曝光时间。确认以后我是私下单独找他聊的，把复现脚本和几个例子一起给他"
        "看，没有在群里或者评审会上直接提。我们俩一起把切分改了重跑，真实提升只有两个点出头。然后"
        "我建议评审往后推一周，由他自己在会上讲这个问题和怎么修的。最后模型按修正后的结论上线，线"
        "上点击涨了差不多两个点，跟离线对得上，组里也因此加了一个检查评测集泄漏的脚本。我的体会就"
        "是对事不对人，给对方自己纠正的机会。",
        "有过，同事的一个离线结果好得有点不正常，我去查了一下发现数据有问题，跟他沟通以后改过来了"
        "。",
        "有过一次。同事 A 的召回模型离线 Recall@50 涨了十一个点，我负责复现，发现评测集和训练集有"
        "重叠。我觉得这种问题就应该公开透明，所以直接在组里大群和周五的评审会上把问题指了出来，事"
        "先没跟他说。评审也没有延期，会上决定还是按原来十一个点的结论先上线。结果上线以后线上点击"
        "反而掉了，后来是 A 自己查出来切分用的是曝光时间，而不是入库时间。那之后我们俩关系一直挺"
        "僵的，组里也没加什么检查。",
        "我觉得离线和线上不一致是推荐里很常见的问题。原因一般有几种：一是评测集的分布和线上流量不"
        "一样，比如离线只用了点击样本；二是特征穿越；三是线上有曝光偏差，离线指标衡量不到。所以我"
        "们现在每个模型上线前都要看离线、小流量和全量三层指标，而且要求至少跑满一周。",
        "发现同事的实验结论有问题，这种情况我是遇到过的。遇到以后我就处理了，怎么处理的呢，就是按"
        "照发现问题、处理问题的方式来处理。总之有问题就要处理，这就是我遇到同事实验结论有问题时的"
        "处理方式。",
    ),
]

CASES = _ZH + EN
