"""A twenty-sixth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on topics no other set uses (structure-aware chunking,
parent-child retrieval and a fine-tuned cross-encoder reranker in an insurance-policy RAG
assistant, and how it was evaluated; chunked prefill with an FP8 KV cache in a long-document
summarisation service; estimating the memory a KV cache takes; the bias-variance trade-off and
telling the two apart with learning curves; giving up one's own LoRA fine-tuning plan for a
colleague's retrieval plus few-shot one; making a refund agent's tool calls reliable with schemas,
idempotency keys, read-before-write checks and a step budget; W8A8 quantisation with SmoothQuant;
why LLM decoding is memory-bandwidth bound and prefill compute bound; "lost in the middle" in long
contexts and what a RAG system does about it; a migration estimate that was badly off; two
introductions). References are messy notes (headings, numbered and bulleted lists, bold, half
sentences, arrows, mixed zh/en terms, numbers with units, formulas, STAR letters in the behavioral
notes, a results line), some short and some long. Answers are written as candidates speak: strong
ones paraphrase, some with Chinese numerals, spelled-out numbers and fractions; partials are vague
or make one or two points; wrong ones are confident and mix the reference's words with wrong facts
(schools and employers swapped with a denied migration, a denied role and wrong numbers; the
opposite chunking choice with the two rankers' roles swapped, a denied fine-tune and another
metric; a different mechanism under each method's name with a denied saving and another outcome; a
denied factor of two with a denied GQA saving and a wrong growth rate; bias and variance swapped
with bagging and boosting swapped and a reducible noise term; the two people's plans swapped with
reversed scores and the opposite lesson; schools and employers swapped with a denied role and
another outcome; denied idempotency keys and step budget with a reversed approval threshold and
reversed escalations; the migration's direction reversed with denied folding and another outcome;
the two phases swapped with a wrong mechanism and a denied batching gain; an inverted U with
reversed numbers and the opposite remedies; the opposite action with another outcome and another
lesson); off-topic ones are fluent about something nearby; padded ones restate the question or
repeat themselves. Written blind; its first measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout26_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h26-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，重点讲讲你最近两年在做什么。",
        (
            "自我介绍（~2 min，主线：训练框架 → 推理加速 → LLM serving）\n"
            "- 林思远｜浙大 计算机 本科 2016 → 上交 软件工程 硕士 2019（方向：GPU 并行计算）\n"
            "- 2019–2022 云栈科技 AI 平台 **训练框架组**：写 CUDA kernel + 混合精度，BERT 预训练吞"
            "吐 +35%\n"
            "- 2022–至今 星衡智能（对话助手，日调用 ~4000 万次）**推理优化组**，2023 起做 TL（5 人"
            "）\n"
            "  - 自研 serving → 迁到 vLLM 再改：chunked prefill、FP8 KV cache\n"
            "  - 单卡 QPS ×2.3；P99 首 token 1.8 s → 0.6 s\n"
            "  - 千次调用 GPU 成本 -42%\n"
            "- 为什么看机会：不想只做“省钱”，想往上游走 → 推理 + 模型结构协同设计（MoE 部署）"
        ),
        (
            "面试官好，我叫林思远。本科在浙大读计算机，一六年毕业，然后在上海交大读软件工程硕士，方"
            "向是 GPU 上的并行计算。毕业后在云栈科技的训练框架组待了三年，主要写 CUDA 算子和做混合"
            "精度，把 BERT 预训练的吞吐提了三成多。二二年到了星衡智能，我们的对话助手一天大概四千万"
            "次调用，我在推理优化组，二三年开始带一个五个人的小组。这两年主要是把自研的推理服务迁到"
            " vLLM 上，再在上面做分块 prefill 和 FP8 的 KV cache，单卡能扛的请求量翻了一倍多，首 "
            "token 的 P99 从一秒八降到零点六秒，每千次调用的 GPU 成本降了四成左右。现在想往上游走一"
            "点，做推理和模型结构一起设计，比如 MoE 怎么部署，而不只是帮公司省钱。"
        ),
        (
            "我叫林思远，之前做过训练框架，现在在一家做对话助手的公司负责推理优化这块，主要是让模型"
            "跑得更快更省。"
        ),
        (
            "我叫林思远，本科是上交的软件工程，硕士去了浙大读计算机，一九年毕业。毕业后先去星衡智能"
            "做推理，后来才跳到云栈科技做训练框架。星衡那边我们一直用自研的 serving，没有迁到 vLLM"
            "，觉得它不够灵活，FP8 的 KV cache 也试过，质量掉得太多就撤了。推理组是我 leader 在带，"
            "我自己没有带过人。效果上单卡 QPS 提了百分之十几，首 token 的 P99 基本还是一秒八左右。"
            "这次看机会主要是想转去做推荐系统的排序。"
        ),
        (
            "现在大模型推理这个方向变化特别快。去年大家还在比谁的框架吞吐高，今年开源的 vLLM、"
            "SGLang、TensorRT-LLM 基本把常见优化都做进去了，差距越来越小。所以很多公司的推理团队开"
            "始往两头走，一头是往硬件靠，做国产卡的适配，另一头是往业务靠，做模型路由，简单问题交给"
            "小模型，复杂的再给大模型。我觉得以后单纯调框架参数的岗位会越来越少。"
        ),
        (
            "好的，我先做个自我介绍。我叫林思远，最近两年在做的事情，就是我最近两年一直在做的事情。"
            "重点讲讲最近两年的话，最近两年我主要就是在做最近在做的这些事情。总的来说，这就是我的自"
            "我介绍，还有我最近两年在做什么。"
        ),
    ),
    Case(
        "zh-h26-rag-chunking",
        "zh",
        "project",
        (
            "讲讲你们那个保险条款问答的 RAG 项目吧，文档是怎么切的、重排怎么做的、效果又是怎么评估"
            "的？"
        ),
        (
            "## 保险条款问答 RAG（2023 Q3 → 2024 Q1）\n"
            "**背景**：坐席查条款靠 Ctrl+F，条款 PDF ~1.2 万份；v0 = 固定 512 token 切块 + 向量检索"
            " top-5 → 答案常漏“责任免除”、跨条款引用接不上\n"
            "**切分（chunking）**\n"
            "1. 按条款结构切：PDF 解析出标题层级（章 / 条 / 款），**一条一个 chunk**，太长再按款拆"
            "\n"
            "2. 每个 chunk 前拼“产品名 > 章 > 条”路径 → 解决“本条款”“前款”指代不清\n"
            "3. parent-child：小块 ~200 token 做检索，命中后把整条（父块）给 LLM\n"
            "**召回 + 重排**\n"
            "- BM25 + 向量双路召回，各 top-50 → 合并去重\n"
            "- rerank：cross-encoder（bge-reranker-large，用 2k 条坐席标注的 query 微调）→ 取 "
            "top-5 进 prompt\n"
            "- 代价：rerank 多 ~120 ms，可接受\n"
            "**评估**\n"
            "- 评测集 600 条真实坐席问题，业务专家标“应命中的条款”+ 参考答案\n"
            "- 检索看 Recall@5；生成看**忠实度**（每句话能否在引用条款里找到依据）+ 正确率；LLM 打"
            "分先和人工抽检对齐\n"
            "**结果**：Recall@5 61% → 89%；答案正确率 58% → 83%；坐席平均查一次 3 min → 40 s"
        ),
        (
            "这是给保险坐席用的，原来查条款只能在一万多份 PDF 里 Ctrl+F。第一版按五百多 token 硬切"
            "，经常漏掉责任免除。后来改成按条款结构切，先解析出章、条、款的层级，一条就是一块，太长"
            "才按款拆开，而且每块前面拼上产品名和章节路径，这样“本条款”指的是哪条就清楚了。检索用两"
            "百 token 左右的小块，命中以后把整条交给大模型。召回是关键词和向量两路各取五十条合并，"
            "再用交叉编码器重排，拿两千条坐席标注微调过，留五条，多花一百多毫秒。评估用六百条真实问"
            "题，专家标好该命中的条款，检索看前五召回，生成看每句话在引用条款里有没有依据。召回从六"
            "成一到了八成九，正确率从五成八到八成三，坐席查一次从三分钟降到四十秒。"
        ),
        (
            "主要是把切块方式改了，不再固定长度硬切，按条款来切。另外加了一个重排模型，整体效果提升"
            "挺明显的。"
        ),
        (
            "我们一开始其实是按条款结构切的，一条一个 chunk，但是条款长短差太多，效果反而不好，所以"
            "最后改回了固定 512 token 切块，块越大上下文越全。召回阶段我们直接用 cross-encoder 给所"
            "有条款打分，因为它最准，然后再用向量模型做一遍 rerank 取前五。reranker 用的是开源权重"
            "，没有做微调，也没必要。评估的话主要看生成答案和参考答案的 BLEU，忠实度这种不好量化就"
            "没看。最后 Recall@5 从八成九涨到了九成一，坐席查询时间没怎么变。"
        ),
        (
            "保险行业做大模型应用，最大的难点其实是合规。监管要求销售话术不能有误导，比如不能说“保"
            "本”“稳赚”，所以任何面向客户的生成内容都要过一遍合规审核。另外保险产品更新很频繁，每年"
            "都有新品和停售，数据的版本管理很麻烦。还有理赔环节，很多材料是手写的单据和发票，OCR 的"
            "准确率直接决定后面能不能自动化。"
        ),
        (
            "这个保险条款问答的 RAG 项目，就是用 RAG 来做保险条款问答。文档是怎么切的呢，就是把文档"
            "切开；重排怎么做的，就是做了重排；效果怎么评估的，就是评估了一下效果。总的来说这个项目"
            "就是保险条款的问答，用的是 RAG。"
        ),
    ),
    Case(
        "zh-h26-chunked-prefill",
        "zh",
        "project",
        "你简历里写在长文档摘要服务上做了 chunked prefill 和 FP8 KV cache，能具体讲讲吗？",
        (
            "长文档摘要服务 推理优化（34B，2×H800，TP=2，vLLM）\n"
            "问题：输入长（均值 24k token，最长 96k）；一个长请求 prefill ~3 s → 同 batch 里别人的 "
            "decode 全卡住 → ITL P99 抖到 2.5 s；KV cache 显存不够，并发上不去\n"
            "1) **chunked prefill**：长 prompt 切成 2048 token 一段，每个 step = 一段 prefill + "
            "所有在跑请求的 decode 拼一起（token budget 4096/step）\n"
            "   → decode 不再被整段 prefill 堵住；代价：长请求自己的 TTFT +8%\n"
            "2) **FP8（E4M3）KV cache**：每 token 的 KV 显存减半 → 并发 ~14 → ~30\n"
            "   - per-tensor scale，512 条样本校准；ROUGE-L / 人工评分无显著差异\n"
            "   - 没上 INT4 KV：长文档上质量掉得明显\n"
            "结果：ITL P99 2.5 s → 180 ms；吞吐 ×1.9；单请求成本 -45%"
        ),
        (
            "这个服务的输入特别长，平均两万多 token，长的快十万。问题是一个长请求做 prefill 要三秒"
            "左右，这期间同一批里其他请求的 decode 全被堵住，token 间隔的 P99 能到两秒半；另外 KV "
            "cache 太占显存，并发上不去。第一件事是分块 prefill，把长 prompt 按两千左右 token 一段"
            "切开，每一步只做一段 prefill，和所有正在生成的请求的 decode 拼在一起算，这样生成就不会"
            "被整段 prefill 卡住，代价是长请求自己的首 token 慢了百分之八左右。第二件是把 KV cache "
            "存成 FP8，每个 token 占的显存少一半，并发从十几个翻到三十个左右，用五百多条样本校准了 "
            "scale，摘要质量人工评和 ROUGE 都看不出差别；INT4 也试过，长文档上掉得太多没用。最后 "
            "P99 的 token 间隔降到一百八十毫秒，吞吐接近翻倍，单次成本降了四成多。"
        ),
        (
            "主要问题是长请求会把别的请求卡住，我们就把 prefill 分成几段来做，另外 KV cache 改成了 "
            "FP8，省了不少显存。"
        ),
        (
            "chunked prefill 就是把长文档先切成一段一段，每段两千 token 单独送进模型生成一个小摘要"
            "，最后再把这些小摘要合起来总结一遍，相当于 map-reduce，这样每次 prefill 都很短。FP8 KV"
            " cache 是把模型的权重存成 FP8，KV cache 本身还是 fp16，显存其实没省多少，主要是算得快"
            "。我们后来直接上了 INT4 的 KV，长文档上质量也没什么影响。效果上主要是首 token 时延降了"
            "，token 间隔的 P99 没什么变化，吞吐提升百分之二十左右。"
        ),
        (
            "长文档摘要本身的难点在于评估。ROUGE 这种指标和人的判断相关性很低，尤其是抽象式摘要，换"
            "个说法分数就掉。我们后来主要靠人工评，按信息覆盖、事实一致、可读性三个维度打分，每周抽"
            "两百条。另外 prompt 也很关键，让模型先列提纲再写摘要，遗漏会少很多；对于合同这类文档还"
            "要求它引用原文的条款编号，方便核对。"
        ),
        (
            "chunked prefill 和 FP8 KV cache，我在长文档摘要服务上确实做了。具体讲讲的话，chunked "
            "prefill 就是 chunked prefill，FP8 KV cache 就是 FP8 的 KV "
            "cache。我们在长文档摘要服务上把这两个都做了，做了以后就是用上了 chunked prefill 和 FP8"
            " KV cache。"
        ),
    ),
    Case(
        "zh-h26-kv-memory",
        "zh",
        "fundamentals",
        "大模型推理时 KV cache 大概要占多少显存？你一般怎么估算？",
        (
            "KV cache 显存估算\n"
            "- 每 token：**2**（K 和 V）× n_layers × n_kv_heads × head_dim × 每元素字节数\n"
            "- 总量 = 每 token × seq_len × batch\n"
            "- 例：Llama-2-7B（32 层、32 头、head_dim 128、fp16）→ 2×32×32×128×2 B = 512 KB/token "
            "→ 4k 上下文 ≈ 2 GB / 条\n"
            "- GQA：n_kv_heads 变少 → 等比例降（Llama-3-8B 只有 8 个 KV 头 → 128 KB/token，1/4）\n"
            "- 和参数量没直接关系；和 **层数、KV 头数、长度、batch** 线性相关 → 长上下文 / 大 batch"
            " 时常常比权重还大"
        ),
        (
            "我一般按每个 token 来算。每一层都要存 K 和 V 两份，所以是二乘层数，再乘 KV 头的个数、"
            "每个头的维度，最后乘每个数占几个字节。比如 Llama 2 的 7B，三十二层、三十二个头、每头一"
            "百二十八维，用 fp16 就是两个字节，算下来一个 token 大概五百一十二 KB，四千的上下文一条"
            "请求就差不多两个 G。总显存再乘上序列长度和 batch。如果是 GQA，KV 头少了，就按比例降，"
            "像 Llama 3 8B 只有八个 KV 头，每个 token 就只要原来的四分之一。所以它跟参数量没直接关"
            "系，而是跟层数、KV 头数、长度和 batch 成正比，长上下文或者 batch 大的时候经常比权重本"
            "身还占地方。"
        ),
        "主要看上下文长度吧，序列越长占得越多。长上下文的时候显存的大头其实就是 KV cache。",
        (
            "KV cache 其实只需要存 K，V 可以用的时候从 K 算出来，所以公式里不用乘二，就是层数乘头数"
            "乘 head_dim 乘字节数。它大小主要跟参数量成正比，参数越多 KV cache 越大。GQA 只是减少注"
            "意力的计算量，KV cache 的大小是不变的，因为每个 query 头还是要存自己的 K。长度方面它是"
            "随序列长度平方增长的，因为注意力矩阵是 N 乘 N。像 7B 模型四千上下文，一条请求大概要十"
            "六个 G。"
        ),
        (
            "推理时显存的另一个大头是模型权重，按参数量乘精度算，7B 模型 fp16 就是十四个 G 左右，"
            "int4 量化以后三四个 G。训练的时候就更多了，用 Adam 的话每个参数要存 fp32 的主权重、一"
            "阶矩、二阶矩，加起来大概十六个字节一个参数，再加上激活值，所以 7B 全参训练单卡肯定放不"
            "下，要靠 ZeRO 把优化器状态切到多张卡上。"
        ),
        (
            "KV cache 要占多少显存，这个要估算一下。我一般怎么估算呢，就是估算它占多少显存。大模型"
            "推理的时候 KV cache 会占显存，占多少就要算一下，算出来就是它占的显存，这就是我估算的方"
            "法。"
        ),
    ),
    Case(
        "zh-h26-bias-variance",
        "zh",
        "fundamentals",
        "讲一下偏差和方差的权衡吧。实际调模型的时候，你怎么判断是偏差的问题还是方差的问题？",
        (
            "偏差-方差分解\n"
            "E[(y − f̂(x))²] = Bias² + Variance + σ²（噪声，不可约）\n"
            "- 高偏差 = **欠拟合**：模型太简单，train 误差就高，train ≈ val\n"
            "- 高方差 = **过拟合**：train 低、val 高，gap 大；换一批训练数据模型变化很大\n"
            "- 复杂度 ↑ → 偏差 ↓、方差 ↑ → 总误差 U 形\n"
            "**判断**：学习曲线（train / val 误差 vs 样本数）\n"
            "- 两条线都高且贴在一起 → 偏差；加数据没用\n"
            "- 中间 gap 大，随数据增加在收敛 → 方差；加数据有用\n"
            "**对策**\n"
            "- 偏差：加特征 / 换更大模型 / 减弱正则 / boosting\n"
            "- 方差：更多数据、L2 / dropout、早停、bagging · 随机森林（平均 → 降方差）"
        ),
        (
            "期望误差可以拆成三块：偏差的平方、方差，再加上数据本身的噪声，噪声那部分是怎么都去不掉"
            "的。偏差大就是欠拟合，模型太简单，训练集上误差就已经很高，验证集也差不多高；方差大是过"
            "拟合，训练集上很好、验证集差很多，换一批训练数据模型会变很多。模型越复杂，偏差越小但方"
            "差越大，总误差是个先降后升的 U 形。判断的话我会画学习曲线，看训练和验证误差随样本量怎"
            "么变：两条线都高而且挨得很近，是偏差问题，加数据没用；中间差距大、数据越多越往一起靠，"
            "是方差问题，加数据有帮助。偏差大就加特征、换大模型、把正则调弱，或者用 boosting；方差"
            "大就多找数据、加 L2 或 dropout、早停，或者用 bagging、随机森林这种取平均的办法。"
        ),
        "偏差大一般是欠拟合，方差大是过拟合。我主要看训练集和验证集的误差差多少来判断。",
        (
            "偏差大其实对应的是过拟合，模型把训练数据记得太死，偏离了真实规律；方差大是欠拟合，预测"
            "结果不稳定。判断的时候看训练误差，训练误差高说明方差大。对策上，加数据主要是降偏差的；"
            "bagging、随机森林是降偏差的，boosting 每一轮都在修正前面的错误，所以是降方差的。另外噪"
            "声那一项也是可以通过换更大的模型来降下去的，所以模型越复杂，总误差一般就越低。"
        ),
        (
            "调模型的时候我比较依赖系统的超参搜索。网格搜索维度一多就爆炸，随机搜索在同样的预算下通"
            "常更好，因为重要的超参往往只有一两个。再进一步可以用贝叶斯优化，比如 TPE，根据已经跑过"
            "的结果决定下一组参数。资源多的话还可以用 Hyperband 这种早停式的方法，把明显不行的配置"
            "尽早淘汰掉。"
        ),
        (
            "偏差和方差的权衡，就是要在偏差和方差之间做一个权衡。实际调模型的时候，判断是偏差的问题"
            "还是方差的问题，就是要判断一下到底是偏差还是方差。如果是偏差的问题那就是偏差的问题，如"
            "果是方差的问题那就是方差的问题，这就是我的判断方法。"
        ),
    ),
    Case(
        "zh-h26-beh-drop-own",
        "zh",
        "behavioral",
        "有没有哪次你放弃了自己提出的方案？当时是怎么考虑的？",
        (
            "STAR：放弃自己的 LoRA 微调方案\n"
            "S：2023 年中，客服意图识别要新增 40+ 个意图；我提议 7B + LoRA 微调，已经做了 2 周\n"
            "T：同组同事提了“embedding 检索 + few-shot prompt”；组里要两周内定一个\n"
            "A：\n"
            "1. 主动提议用**同一份评测集**比（线上 1,800 条 query，业务标注），不各说各的\n"
            "2. 结果：微调 F1 0.87 vs 检索方案 0.85；但新增一个意图 → 检索方案改配置 ~30 min，微调"
            "要重训 + 回归 ~2 天；推理成本只有 1/5\n"
            "3. 周会上我自己提出用同事的方案，把我的评测脚本 + 难例集交给他\n"
            "R：上线后 3 个月新增 26 个意图，基本当天上线；F1 稳在 0.85–0.86\n"
            "反思：看方案的整个生命周期成本，不只看离线分数"
        ),
        (
            "有一次。二三年年中客服意图识别要加四十多个新意图，我提的是 7B 加 LoRA 微调，已经做了两"
            "周。同事提了另一条路，用向量检索找相似样例放进 prompt 做 few-shot，组里两周内要定。我"
            "主动提议两边用同一份评测集比，就是线上一千八百条业务标好的问题，省得各说各的。结果我的"
            "微调分数稍高一点，F1 零点八七对零点八五，但以后每加一个意图，检索方案改个配置半小时就"
            "行，微调要重训再回归，差不多两天，推理成本也只有五分之一。所以周会上我自己提出用他的方"
            "案，把评测脚本和难例都交给了他。上线后三个月加了二十六个意图，基本当天就能上，F1 一直"
            "在零点八五上下。体会是要看整个生命周期的成本，不能只看离线分数。"
        ),
        (
            "有过，之前意图识别我提的是微调，同事提的是检索加 prompt，比较之后我觉得他的方案更好维"
            "护，就用了他的。"
        ),
        (
            "有的。那次其实是同事提的 LoRA 微调，我提的是 embedding 检索加 few-shot prompt。我们用"
            "同一份评测集比了一下，微调的 F1 到了零点九三，检索方案只有零点七一，差得很多，所以我就"
            "放弃了自己的检索方案，改用微调。后面新增意图也不麻烦，重训一次半天就好，推理成本两边差"
            "不多。上线以后 F1 一直在零点九以上，我觉得这说明离线分数才是最重要的依据，其他的都是次"
            "要的。"
        ),
        (
            "我觉得技术方案的讨论最怕变成谁资历老听谁的。我们组后来定了一个设计评审的流程，任何超过"
            "两周工作量的方案都要先写一页文档，写清楚背景、备选方案和风险，提前一天发出来，会上只讨"
            "论有争议的地方。评审结论写在文档最后，谁拍板的也写上，这样后面出问题能追溯，大家也更敢"
            "提反对意见。"
        ),
        (
            "有的，我有放弃过自己提出的方案。当时是怎么考虑的呢，就是考虑了一下要不要放弃，最后决定"
            "放弃了。放弃自己提出的方案是一件需要考虑的事情，我当时就是这么考虑的，然后就放弃了自己"
            "提出的方案。"
        ),
    ),
]

CASES = [*_ZH, *EN]
