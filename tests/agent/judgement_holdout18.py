"""An eighteenth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on topics no other set uses (a VAT-invoice field
extraction pipeline built from OCR plus a fine-tuned LLM with rule checks, expanding a LLaMA
tokenizer's vocabulary for Chinese with mean-initialised embeddings and two-stage continued
pretraining, why LLM feed-forward layers use SwiGLU, when gradient accumulation is and is not
the same as a large batch, a teammate presenting one's work as his own, a novelty effect in
an A/B test of a feed reranker, tuning the draft length of speculative decoding by its
acceptance rate in a code assistant, INT4 weight-only quantization with GPTQ and AWQ, SHAP
values, redesigning a team's interview loop, two introductions). References are messy notes
(headings, numbered and bulleted lists, bold, half sentences, arrows, mixed zh/en terms,
numbers with units, formulas, STAR letters in the behavioral notes, a results line). Answers
are written as candidates speak: strong ones paraphrase, some with Chinese numerals or
spelled-out numbers and fractions; partials are vague or make one or two points; wrong ones
are confident and mix the reference's words with wrong facts (someone else's background,
steps in the wrong order and another method, a reversed direction with stages swapped, wrong
numbers and a wrong mechanism, a denial with a reversed cost, another action and another
outcome, a reversed trend with groups swapped, another method with a reversed tuning rule,
the two methods' names swapped, a different concept under the same name, reversed steps and
another outcome); off-topic ones are fluent about something nearby; padded ones restate the
question or repeat themselves. Written blind; its first measurement, by the lead, is its
blind figure.
"""

from __future__ import annotations

from judgement_holdout18_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h18-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，重点讲讲你最近几年在做什么。",
        "自我介绍（~2 min，主线：搜索 → LLM Agent）\n"
        "- 何嘉豪：华科 电子信息 本科 2014 → 上交 模式识别 硕士 2017\n"
        "- 2017–2020 拾光电商 **搜索 query 理解**\n"
        "  - 纠错 + 改写 + 类目预测；改写模型 seq2seq → 无结果率 6.8% → 2.9%\n"
        "- 2020–至今 途安出行，地图 POI 检索\n"
        "  - 多路召回 + 精排，POI 搜索首位点击率 +11%\n"
        "  - 2023 起负责 **地点问答 Agent**（LLM + 工具调用：POI 检索、路线、营业时间）\n"
        "  - 组里 6 人，我是技术负责人；日均调用 ~300 万次\n"
        "- 为什么看机会：想做更通用的 Agent / 工具学习，不局限在地图场景",
        "面试官好，我叫何嘉豪。本科在华中科技大学读电子信息，一四年毕业，然后去上海交大读了模式识别"
        "的硕士。毕业后第一份工作在拾光电商做搜索的 query 理解，主要是纠错、改写和类目预测，当时我"
        "把改写换成了序列到序列的模型，搜不出结果的比例从差不多百分之七降到了百分之三左右。二零年我"
        "去了途安出行做地图上的地点检索，做的是多路召回加精排，首位点击率涨了一成多。从二三年开始我"
        "带一个六个人的小组做地点问答的 Agent，就是让大模型去调 POI "
        "检索、路线规划、营业时间这些工具来回答用户，现在每天大概三百万次调用。接下来我希望做更通用"
        "一点的 Agent 和工具学习，不只是地图这一个场景。",
        "我是何嘉豪，之前一直做搜索相关的东西，现在在出行公司做大模型的应用，想换个更通用一点的方向"
        "。",
        "我叫何嘉豪，本科是上海交大的，硕士在华科读的电子信息，一二年就毕业了。第一份工作在拾光电商"
        "做的是推荐的精排，query 理解是隔壁组做的。后来到途安出行做的是司机派单，跟地图检索关系不大"
        "，地点问答那个 Agent 是外包团队做的，我主要是提需求。我自己不带人，每天调用量也就几万次。"
        "想换工作主要是想去做芯片相关的。",
        "说到地图搜索，其实它和电商搜索最大的不同是强依赖位置。同样搜“星巴克”，用户在哪个城市、离哪"
        "家店最近，结果完全不一样，所以排序里距离特征权重特别高。另外地图上的 POI "
        "数据经常过期，店关了、搬了都很常见，这就需要众包上报和定期核验来维护数据新鲜度。",
        "好的，我先做个自我介绍。我最近几年在做的，就是我最近这几年一直在做的事情。重点讲的话，重点"
        "就是我最近在做什么，我最近在做的就是我现在的工作。总的来说就是这样，这就是我的自我介绍，我"
        "最近几年主要就是在做这些事情。",
    ),
    Case(
        "zh-h18-project-invoice",
        "zh",
        "project",
        "你简历上写的发票信息抽取项目，整体方案是怎么设计的？",
        "项目：报销系统 发票 OCR + LLM 字段抽取\n"
        "背景：增值税发票 / 火车票 / 出租车票混着传，日均 ~12 "
        "万张；老方案模板匹配，版式一变就挂，字段准确率 81%\n"
        "**流水线**：\n"
        "1. 预处理：版面检测 + 方向矫正（0/90/180/270°），印章区域 mask\n"
        "2. OCR：PaddleOCR（DB 检测 + SVTR 识别）→ 文字 + bbox 坐标\n"
        "3. LLM 抽取：text + bbox 按阅读顺序拼 prompt；Qwen1.5-7B + LoRA（~8k 张标注）→ 输出 "
        "JSON（发票代码、号码、金额、税额、开票日期…）\n"
        "4. 规则校验：价税合计 = 金额 + 税额；发票号码 8 位、代码 10/12 位 → 不通过进人工队列\n"
        "5. 最后调税务查验接口核真伪\n"
        "结果：字段级准确率 81% → 96.7%；人工复核率 35% → 8%；单张 p95 1.2 s\n"
        "坑：手写金额、印章压字 → 专门补了 2k 张难例",
        "这个是给公司报销系统做的，每天差不多十二万张票，增值税发票、火车票、打车票全混在一起。以前"
        "是模板匹配，票面格式一变就识别不了，字段准确率只有八成出头。我们拆成几步：先做版面检测和方"
        "向校正，把印章那块遮掉；然后用 PaddleOCR 把文字和每段文字的位置框都识别出来；再把这些文字"
        "连同坐标按阅读顺序拼进提示词，交给一个 LoRA 微调过的七 B 的 Qwen，让它直接吐出 "
        "JSON，像发票号码、金额、税额、开票日期这些。模型出来以后还有一层规则检查，比如金额加税额要"
        "等于价税合计、号码和代码的位数对不对，不对就转人工；最后再去税务的接口查一下真伪。上线后字"
        "段准确率到了百分之九十六点七，要人工看的比例从三成多降到百分之八。",
        "大概就是先 OCR 把字认出来，然后交给大模型去抽字段，效果比以前模板的好不少。",
        "我们的做法是先调税务查验接口把真伪核掉，再把整张发票图片直接喂给 Qwen-VL "
        "这种多模态模型，让它端到端把字段读出来，中间不需要单独的 OCR，也不用坐标。读完以后才做版面"
        "检测和方向矫正，主要是为了归档。校验这块我们是让大模型自己判断对不对，因为税额本身就等于金"
        "额加价税合计，规则写起来太麻烦。最后准确率从百分之八十一提到了九十左右，人工复核基本还是三"
        "成多。",
        "发票识别这个方向我觉得最难的其实是数据合规。发票上有公司税号、金额这些敏感信息，很多客户不"
        "允许数据出域，所以模型只能私有化部署在客户机房里。另外国内全面推数电票以后，很多票本身就是"
        "结构化的 XML，其实未来 OCR 的需求会慢慢变少，更多是做票据归档和风控。",
        "发票信息抽取这个项目，整体方案的话，就是我们设计了一个整体的方案。这个方案是怎么设计的呢，"
        "就是按照发票信息抽取的需求来设计的，整体上就是把发票的信息抽取出来。所以整体方案就是一个发"
        "票信息抽取的方案，大概是这么设计的。",
    ),
    Case(
        "zh-h18-project-vocab",
        "zh",
        "project",
        "你们给 LLaMA 扩充中文词表这件事，是怎么做的？效果怎么样？",
        "中文词表扩充（底座 LLaMA-2 7B）\n"
        "**动机**：原词表 32k，中文大多被拆成 byte → 1 个汉字 ≈ 1.5–2 token；上下文浪费、解码慢\n"
        "步骤：\n"
        "1. ~20 GB 中文语料上用 SentencePiece 训 BPE（20k）→ 和原词表合并去重 → 49,953\n"
        "2. 新 token 的 embedding 初始化：用原 tokenizer 把新词切开，取子 token embedding "
        "的**均值**（不是随机）；lm_head 同理\n"
        "3. 两阶段继续预训练：\n"
        "   - 阶段一：冻结 Transformer 主体，只训 embedding + lm_head（~2B token）\n"
        "   - 阶段二：全部放开，~30B token，中英 7:3 混合（防英文遗忘）\n"
        "结果：同一段中文 token 数 -45%（≈0.55x）；推理吞吐 ~1.7x；C-Eval +3.1；英文 MMLU 只掉 "
        "0.8\n"
        "细节：词表 resize 时 pad 到 64 的倍数（矩阵乘对齐）",
        "原版 LLaMA 的词表只有三万两千个，中文基本是被拆成字节的，一个汉字要一个半到两个 "
        "token，上下文很浪费，生成也慢。我们先拿大概二十个 G 的中文语料用 SentencePiece "
        "训了一个两万的 BPE 词表，跟原来的合并去重，最后将近五万个词。新加的词不是随机初始化的，而"
        "是先用旧的分词器把它拆开，拿那几个子 token 向量的平均值当初值，输出层也一样。训练分两步："
        "第一步把 Transformer 主体冻住，只训词向量和输出层，大概二十亿 "
        "token；第二步再全部放开，用三百亿左右的数据，中文英文七比三混着，避免英文能力掉太多。最后"
        "同样的中文文本 token 数少了四成多，推理吞吐差不多提了七成，C-Eval 涨了三个点，英文 MMLU "
        "只掉了不到一个点。",
        "主要是原来的词表对中文不友好，我们加了一些中文的词进去，然后又继续训了一段时间，中文效果好"
        "了一些。",
        "我们用 SentencePiece 在中文语料上训了 BPE，跟原词表合并成差不多五万。新 token 的 "
        "embedding 我们直接随机初始化，用子 token 均值反而会把旧词的语义带进来，效果不好。训练顺序"
        "上是先全部放开，用三百亿 token 纯中文训一遍，然后第二阶段再冻结 Transformer 主体，只微调 "
        "embedding 和 lm_head。扩完以后同一段中文的 token "
        "数其实多了四成左右，因为词表大了切得更细，但模型更懂中文，所以 C-Eval 还是涨了。",
        "中文大模型这块，我觉得现在直接用 Qwen 或者 DeepSeek 这种原生中文底座比自己改 LLaMA "
        "要划算，它们的词表本来就有十几万，中文压缩率很高。而且预训练数据里中文占比也高，知识更全，"
        "自己扩词表再续训，几百亿 token 其实很难补回来预训练阶段缺的那些知识。",
        "给 LLaMA 扩充中文词表这件事，我们是怎么做的呢，就是把中文词表扩充了。扩充中文词表就是给 "
        "LLaMA 的词表里扩充中文，这样词表就扩充了。效果怎么样的话，效果就是扩充以后的效果，整体来说"
        "扩充中文词表效果还是有的。",
    ),
    Case(
        "zh-h18-swiglu",
        "zh",
        "fundamentals",
        "现在的大模型 FFN 为什么普遍用 SwiGLU？",
        "SwiGLU FFN\n"
        "- 原始 FFN：FFN(x) = W2 · ReLU(W1 x)，隐层 4d\n"
        "- GLU 类：FFN(x) = W2 · ( Swish(W1 x) ⊙ W3 x ) → 多一条**门控**分支，逐元素相乘\n"
        "  - Swish(z) = z · σ(z)：平滑，负区间有小的非零梯度（ReLU 直接为 0）\n"
        "- 三个矩阵 → 为了参数量和原 FFN 持平，隐层缩到 **8/3 d**（LLaMA 7B：4096 → 11008，凑 256 "
        "倍数）\n"
        "- 为什么好：门控让每个维度按输入动态决定放多少信息过去；同参数 / 同算力下 PPL "
        "更低（Shazeer 2020, GLU Variants Improve Transformer）\n"
        "- 用在 PaLM、LLaMA 系列、Qwen\n"
        "- 代价：多一个矩阵、多一次访存，实现上 W1 / W3 常合并成一个 GEMM",
        "原来的 FFN 就是两层线性中间夹一个 ReLU，中间维度放大到四倍。SwiGLU "
        "是在这基础上多加了一个线性分支，一支过 Swish 激活，一支不过，两个逐元素乘起来再投影回去，"
        "相当于有个门来控制每一维放多少信息过去。Swish 就是 z 乘上 sigmoid(z)，比 ReLU "
        "平滑，负数那边梯度也不是完全没有。因为矩阵从两个变成了三个，为了总参数量不变，中间维度一般"
        "取三分之八倍，比如 LLaMA 七 B 是四千零九十六到一万一千零八。Shazeer "
        "那篇论文的实验是同样的参数和计算量下困惑度更低，所以 PaLM、LLaMA、Qwen "
        "都在用，代价是多了一次矩阵乘法。",
        "SwiGLU 就是一种激活函数，比 ReLU 效果好一点，所以大家都换成它了。",
        "SwiGLU 是把两条分支加起来，一条过 Swish，一条过 ReLU，相当于两种激活取了个平均，所以比单用"
        " ReLU 稳定。Swish 在负区间梯度也是 0，这点跟 ReLU "
        "一样，主要区别是正区间更平滑。因为多了一个矩阵，隐层要放大到 8 倍的 d "
        "才能和原来效果持平，所以参数量其实比原来多了一倍左右，LLaMA 七 B "
        "的隐层就是三万两千多。这个结构最早是 BERT 里 Google 提出来的。",
        "FFN 在 Transformer 里其实占了大约三分之二的参数，很多研究认为它是模型存知识的地方，像一个 "
        "key-value memory。所以做知识编辑的方法，比如 ROME，就是去定位并改 FFN 里某一层的权重。MoE "
        "也是把 FFN 换成多个专家，每个 token 只激活其中几个，参数量能做得很大。",
        "为什么现在的大模型 FFN 普遍用 SwiGLU，这个问题是说 FFN 为什么用 SwiGLU。大模型的 FFN "
        "普遍都用 SwiGLU，就是因为大模型普遍用 SwiGLU，所以 FFN 也用 "
        "SwiGLU。原因主要就是这个，大家都用所以就普遍了。",
    ),
    Case(
        "zh-h18-gradaccum",
        "zh",
        "fundamentals",
        "梯度累积和直接用大 batch 训练是等价的吗？",
        "梯度累积（gradient accumulation）\n"
        "- 做法：每个 micro-batch 前向 + 反向，梯度**累加不清零**，累 k 步才 optimizer.step() 一次 "
        "→ 等效 batch = micro_bs × k × GPU 数\n"
        "- 目的：省显存，激活只存一个 micro-batch 的\n"
        "**大多数时候等价，有例外：**\n"
        "1. BatchNorm：统计量按 micro-batch 算，不是按等效大 batch → 不等价（LLM 用 "
        "LayerNorm，没这个问题）\n"
        "2. loss 归一化：每个 micro-batch 先按自己的 token 数求平均再累加 ≠ 大 batch 按总 token "
        "数平均（变长序列时）→ 应该先 sum，最后除以总 token 数（2024 年 HF Trainer 修过这个 bug）\n"
        "3. dropout 等随机性只影响方差，不影响期望\n"
        "- 代价：k 个 micro-batch 串行跑，同样的 step 数 wall-clock ≈ k 倍，没有并行加速\n"
        "- 学习率 / warmup 按**等效 batch** 设，不按 micro-batch",
        "梯度累积就是每个小 batch 照常前向反向，但梯度先不清零，攒够 k 次再更新一次参数，等效的 "
        "batch 就是小 batch 乘 k 再乘卡数，好处是显存只需要放一个小 batch "
        "的激活。大部分情况下可以当成等价，但有两个地方要小心。一个是 "
        "BatchNorm，它的均值方差还是在每个小 batch 里算的，跟真的大 batch 不一样；大模型用 "
        "LayerNorm 就无所谓。另一个是 loss 的平均方式，如果每个小 batch 先按自己的 token "
        "数求平均再加起来，序列长短不一时就和整体按 token 平均对不上，正确做法是先求和，最后统一除"
        "以总 token 数，HF 前两年就因为这个修过 bug。还有它是串行的，不会更快，学习率要按等效的大 "
        "batch 来设。",
        "梯度累积可以用小显存模拟大 batch，基本上是等价的，就是慢一些。",
        "是完全等价的。梯度累积本质上就是把梯度加起来，而梯度对样本是线性的，所以不管有没有 "
        "BatchNorm 结果都一样，BatchNorm 的统计量也会在累积的时候自动按大 batch 合并。loss "
        "这边每个 micro-batch 先按自己的 token 数求平均再累加就是对的，不需要额外处理。而且 k 个 "
        "micro-batch 可以同时算，所以速度和大 batch 差不多，学习率按 micro-batch 的大小来设就行。",
        "大 batch 训练本身有一些问题，比如 batch 太大泛化会变差，容易收敛到 sharp minima。所以 "
        "batch 调大的时候一般要配合学习率线性放大和 warmup，或者用 LAMB、LARS "
        "这种分层自适应的优化器，当年 BERT 用 LAMB 把 batch "
        "开到六万多，训练时间从三天缩到七十多分钟。",
        "梯度累积和直接用大 batch 训练是不是等价的，这个问题我觉得要看是不是等价。梯度累积是一种方"
        "式，大 batch 是另一种方式，两种方式等价不等价，就是看它们是不是一样。总的来说梯度累积和大 "
        "batch 训练就是这样一个关系。",
    ),
    Case(
        "zh-h18-beh-credit",
        "zh",
        "behavioral",
        "有没有遇到过自己的工作成果被别人拿去汇报的情况？你是怎么处理的？",
        "STAR：季度评审，成果被同组同事当成自己的讲了\n"
        "S：2023 Q3，我做的召回负样本改造（离线 recall@50 +4.2%，线上人均时长 +1.1%），同组同事 A "
        "在部门季度会上当成他的项目讲，没提我\n"
        "T：让贡献被看见，但不撕破脸 —— 同组要长期合作\n"
        "A：\n"
        "1. 先冷静一天，确认是不是误会：翻周报 / git log / 实验记录 → 代码和实验都是我提交的\n"
        "2. 私下 1:1 找 A，只讲事实，问他怎么看 → 他说“以为算组里一起的”\n"
        "3. 两人一起找 leader，提议季度汇报按模块写 owner；我补发一封技术细节邮件，署名写清\n"
        "4. 自己的习惯：周报写实验编号 + 结论，重要结果主动在组会上讲\n"
        "R：leader 下次会上补充说明了贡献；年底绩效 A；和 A "
        "后来又合作两个项目，关系正常；组里汇报模板加了 owner 一栏",
        "有过一次。二三年第三季度我把召回那边的负样本重新改了一遍，离线 recall@50 "
        "涨了四个多点，线上人均时长也涨了一个点左右，结果部门季度会上，同组一个同事把这个当成他的项"
        "目讲了，完全没提到我。我当时挺生气，但想到以后还要一起干活，就先缓了一天，把周报、提交记录"
        "和实验记录都翻了一遍，确认代码和实验确实都是我做的。然后我私下约他聊，只摆事实，问他是怎么"
        "想的，他说以为这是组里共同的成果。后来我们俩一起去找组长，我建议以后季度汇报每个模块写清楚"
        "负责人，我也补发了一封邮件，把技术细节和署名讲清楚。组长在下一次会上专门补充说明了，我年底"
        "绩效拿了 A，和那个同事后来又合作了两个项目，相处也正常，我们组的汇报模板也加了负责人这一栏"
        "。",
        "遇到过，当时挺不舒服的，后来我跟他沟通了一下，也让领导知道了，事情就过去了。",
        "有过，二三年第三季度我做的召回负样本改造，recall@50 涨了四点二，同事 A "
        "在部门季度会上当成他的项目讲了。我当场就举手打断了他，说这个项目是我做的，把 git log "
        "投到屏幕上给大家看。会后我没有找他沟通，直接发邮件给 HR "
        "和部门总监投诉。后来调查确认了是我的成果，但组里气氛搞得很僵，A "
        "调去了别的组，我年底绩效也只拿了 B，领导觉得我处理得太冲动。",
        "我觉得在团队里让自己的工作被看见是很重要的能力。很多工程师只埋头写代码，不太会表达，结果做"
        "了很多事领导不知道。我的习惯是每周写周报，重要的实验结果做成一页纸的总结，在组会上主动分享"
        "，另外跨组合作的时候也会提前对齐好各自负责的部分。",
        "自己的工作成果被别人拿去汇报，这种情况我是遇到过的。遇到这种被别人拿去汇报的情况，我是怎么"
        "处理的呢，就是按照处理这种情况的方法处理的。处理完以后，这个情况就处理好了，成果被拿去汇报"
        "的问题也就解决了。",
    ),
]

CASES = _ZH + EN
