"""A twenty-ninth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on topics no other set uses (turning annual-report
tables into HTML with a fine-tuned vision-language model, image tiling and an OCR check on the
numbers; fixing polyphonic characters in audiobook text-to-speech with a BERT classifier over
each character's candidate readings; CLIP's softmax contrastive loss against SigLIP's pairwise
sigmoid loss and why the latter suits smaller batches; how entropy, cross-entropy and KL
divergence relate and why classification uses cross-entropy rather than MSE; cutting a sports
highlights project down to goals found from crowd noise and the scoreboard; sound event
detection on home cameras trained from weak clip labels with attention pooling; a multilingual
sentence-embedding model for help-centre search with cross-encoder-filtered hard negatives and
distillation; the temperature in knowledge distillation and the T-squared factor; how a
vision-language model feeds an image to the LLM, a Q-Former against an MLP projector; raising
unconsented scraped voice data in a text-to-speech project; two introductions). References are
messy notes (headings, numbered and bulleted lists, bold, half sentences, arrows, mixed zh/en
terms, numbers with units, formulas, STAR letters in the behavioral notes, a results line),
some short and some long. Answers are written as candidates speak: strong ones paraphrase, some
with Chinese numerals, spelled-out numbers and fractions; partials are vague or make one or two
points; wrong ones are confident and mix the reference's words with wrong facts (schools swapped
with jobs in the wrong order, a reversed improvement, a denied role and another career goal;
denied hand-checked data with the opposite tiling choice, the vision encoder and the LLM's
training swapped, a denied OCR check and other numbers; the rejected method chosen with a
reversed confidence fallback, denied data mining and editor tags and another outcome; the two
losses' mechanisms swapped with a reversed bias, a reversed batch-size trend and a denied
difference; a reversed decomposition with a denied equivalence and the two gradients' behaviour
swapped; the opposite action with another outcome and the opposite lesson; schools and degrees
swapped with someone else's team, a denied role, reversed numbers and another goal; strong
labels with denied multiple-instance learning, attention over the wrong axis, denied
augmentation, the cloud instead of the device and reversed numbers; the miner and the filter
swapped with a reversed false-negative rule, denied synthetic queries and the distillation
reversed; a reversed temperature effect with the wrong model softened and a reversed reason for
T squared; the two connectors' properties swapped with a denied pretraining stage and a denied
tiling cost; the opposite stance with the roles swapped, another outcome and a denied
registry); off-topic ones are fluent about something nearby; padded ones restate the question
or repeat themselves. Written blind; its first measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout29_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h29-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，重点说说你最近在做的事情。",
        (
            "自我介绍（~90 s，主线：OCR → 文档理解 → 多模态大模型）\n"
            "- 林嘉禾｜武大 遥感信息工程 本科 2016 → 浙大 计算机 硕士 2019（CV 方向）\n"
            "- 2019–2022 票通科技：OCR 算法，版面分析 + 文字检测（DBNet），日处理 ~200 万张单据"
            "\n"
            "- 2022–至今 衡信证券 金融科技部 **文档智能组**\n"
            "  - 主导研报 / 年报 **表格结构化**：多段 pipeline → 微调 Qwen-VL 端到端出 HTML\n"
            "  - TEDS 0.78 → 0.91；分析师手工录表时间 -60%\n"
            "  - 带 2 个校招生\n"
            "- 为什么看这个岗位：想做更通用的多模态大模型（图文 + 图表推理），不只是金融单据"
        ),
        (
            "面试官您好，我叫林嘉禾。本科在武汉大学学遥感信息工程，一六年毕业，之后去浙大读了计"
            "算机的硕士，方向是计算机视觉，一九年毕业。毕业后先在票通科技做了三年 OCR，主要是版"
            "面分析和文字检测，检测模型用的 DBNet，每天要处理两百万张左右的单据。二二年我到了衡"
            "信证券金融科技部的文档智能组，最近主要在做研报和年报的表格结构化，原来是好几段模型"
            "拼起来的流水线，我们改成微调 Qwen-VL 直接输出 HTML，TEDS 从零点七八提到了零点九一"
            "，分析师手工录表的时间省了六成左右。现在也带着两个应届生。看这个岗位是因为我想做更"
            "通用的多模态大模型，比如图表推理，而不只是金融单据。"
        ),
        (
            "我叫林嘉禾，之前一直做 OCR 和文档相关的东西，现在在一家券商做表格识别，以后想往多"
            "模态大模型的方向发展。"
        ),
        (
            "我叫林嘉禾，本科在浙大读的计算机，硕士去武大读了遥感信息工程，一九年毕业。毕业后先"
            "去了衡信证券做风控建模，二二年才跳到票通科技做 OCR。表格结构化那块我们一直用的是多"
            "段 pipeline，试过微调 Qwen-VL，结果 TEDS 从零点九一掉到了零点七八，就放弃了。我也"
            "没带过人，一直是自己干。想来这边主要是想转做推荐系统。"
        ),
        (
            "金融文档其实最麻烦的是扫描件的质量。很多老年报是打印出来盖章再扫描的，会有歪斜、折"
            "痕、印章压在字上，所以前面一般要先做倾斜校正和去印章。另外券商对数据安全要求很高，"
            "文件不能出内网，外部的 API 都用不了，很多工作只能在自己的机房里做。"
        ),
        (
            "好的，我先做个自我介绍。我最近在做的事情，就是我最近一直在做的那些事情。我这个人大"
            "概就是这样，最近做的事情也就是这些事情，要说重点的话，重点就是我最近在做的事情。"
        ),
    ),
    Case(
        "zh-h29-table-vlm",
        "zh",
        "project",
        "你简历里写用多模态大模型做年报的表格结构化，讲讲具体是怎么做的？",
        (
            "## 研报 / 年报表格结构化（2023.03–2023.12）\n"
            "**背景**：旧 pipeline = 表格检测 → 行列线检测 → 单元格 OCR → 规则拼 HTML；**合并单"
            "元格 / 无线表 / 跨页表**错得多，TEDS 0.78\n"
            "**方案**：Qwen-VL-7B 微调，图片进 → 直接出 HTML（只留 table / tr / td + rowspan / "
            "colspan）\n"
            "1. 数据：内部人工校对 1.2 万张 + LaTeX / Excel 渲染的合成表 8 万张（随机合并单元格"
            "、字体、底纹）\n"
            "2. 分辨率：年报字小 → 448 切成 **2×3 子图 + 1 张缩略全图**，否则小数点看不清\n"
            "3. 训练：冻 ViT，只训 adapter + LLM 的 LoRA（r=64），3 epoch\n"
            "4. 后处理：**数字回校** —— 拿 OCR 结果对齐 td 里的数字，不一致以 OCR 为准（防模型“"
            "编数”）\n"
            "- 跨页表：先按表头相似度拼接再送模型\n"
            "**结果**：TEDS 0.78 → 0.91；数字单元格错误率 2.3% → 0.4%；单页 ~1.8 s（A10）；分析"
            "师录表时间 -60%"
        ),
        (
            "原来是一条流水线，先检测表格，再找行线列线，每个格子单独 OCR，最后用规则拼成 HTML"
            "，碰到合并单元格、没框线的表和跨页表就容易错，TEDS 只有零点七八。我们改成微调七 B "
            "的 Qwen-VL，看图直接出 HTML。数据是人工校对的一万两千张，加上用 LaTeX 和 Excel 渲"
            "染的八万张合成表。年报字小，我们把图切成两行三列六张子图，再加一张整体缩略图，不然"
            "小数点看不清。训练时视觉编码器冻住，只训连接层和 LLM 上的 LoRA。输出后拿 OCR 的数"
            "字去核对，对不上以 OCR 为准，防止模型编数字；跨页的表先按表头相似度拼起来。最后 TE"
            "DS 到零点九一，数字错误率从百分之二点三降到零点四，分析师录表省了六成时间。"
        ),
        (
            "就是把原来几个模型拼起来的流程换成了一个多模态大模型，直接把表格图片转成 HTML，合"
            "并单元格这类表格比以前处理得好很多。"
        ),
        (
            "我们也是用 Qwen-VL 端到端出 HTML。不过数据全是合成的那八万张，人工校对的数据没用，"
            "太贵了。分辨率上我们是把整页直接缩到 448 一张图送进去，切子图反而会把表格切断，效"
            "果更差。训练的时候是把 ViT 全量放开训，LLM 冻住不动。数字也不用 OCR 回校，大模型自"
            "己认得比 OCR 准，所以最后以模型输出为准。结果 TEDS 从零点七八到了零点八二，速度每"
            "页要八秒左右。"
        ),
        (
            "其实很多年报是电子版 PDF，可以直接用 pdfplumber 或者 PyMuPDF 把文字层和坐标抽出来"
            "，根本不需要识别。比较难的是里面的图，比如柱状图和折线图，要把背后的数据反解出来，"
            "一般会用 DePlot 这类模型先把图转成数据表，再交给大模型去回答问题。"
        ),
        (
            "这个项目就是用多模态大模型做年报的表格结构化。具体怎么做的，就是用多模态大模型去做"
            "，把年报里的表格结构化。做完之后表格就结构化了，整体就是这么做的，多模态大模型做表"
            "格结构化。"
        ),
    ),
    Case(
        "zh-h29-tts-polyphone",
        "zh",
        "project",
        "你们做有声书语音合成的时候，多音字读错的问题是怎么解决的？",
        (
            "有声书 TTS — 多音字（G2P）\n"
            "问题：前端 G2P = 词典 + 规则，多音字错误率 ~4.5%（“行长”“重新”“还有”…）→ 听众差评 "
            "top1\n"
            "做法：\n"
            "1) 多音字消歧单独做**分类**：中文 RoBERTa-wwm 取该字的 token 表示 → 只在该字的候选"
            "读音里 softmax（mask 掉不可能的音）\n"
            "2) 数据：CPP 公开集 + 从有声书音频/文本里挖 ~40 万句（ASR 强制对齐出拼音）\n"
            "3) 覆盖高频 623 个多音字；置信度 < 0.7 → 回退词典\n"
            "4) 蒸馏成 3 层小模型 → 前端 < 5 ms/句\n"
            "- 另：给编辑留 **<phoneme> 人工读音标签**，书里专名改一次全书生效\n"
            "结果：多音字错误率 4.5% → 0.9%；读音类差评 -70%"
        ),
        (
            "原来前端是查词典加规则定读音，多音字错误率大概百分之四点五，像“行长”“还有”经常读错"
            "，是听众差评里的第一名。我们把多音字单独当分类来做：用中文的 RoBERTa 拿这个字在句"
            "子里的表示，只在它可能的几个读音里做 softmax，别的读音直接屏蔽。数据除了公开的 CPP"
            "，还用语音识别把有声书的音频和文本强制对齐，挖了四十万句左右带拼音的句子。常用的六"
            "百多个多音字都覆盖了，模型没把握、置信度不到零点七时还是退回词典。上线前蒸馏成三层"
            "的小模型，一句五毫秒以内。另外给编辑留了手动标读音的标签，人名改一次全书生效。最后"
            "错误率降到百分之一以内，读音相关的差评少了七成。"
        ),
        "多音字主要是靠一个模型根据上下文来判断该读哪个音，比以前直接查词典准了不少。",
        (
            "我们试过用 RoBERTa 做多音字分类，但是延迟太高就放弃了，最后还是用词典加规则，在规"
            "则里多补了几千条。数据主要靠人工标，没有用强制对齐去挖。置信度低于零点七的时候我们"
            "直接用模型结果，高于零点七才回退词典。也没有给编辑留手动标读音的口子，怕他们改乱。"
            "结果多音字错误率从百分之四点五降到三点八左右，差评基本没变。"
        ),
        (
            "有声书合成里我觉得更难的是情感和角色。一本小说里有旁白、有男女主角，我们用多说话人"
            "的 VITS，每个角色配一个音色，再用情感标签控制语气。长文本还要做段落级的韵律建模，"
            "不然听久了会很单调。另外声码器我们从 HiFi-GAN 换成了更轻的版本，合成速度快了一倍。"
        ),
        (
            "多音字读错的问题，就是多音字会读错，读错了就要解决。我们做有声书语音合成的时候也遇"
            "到了多音字读错的问题，后来就把它解决了，解决的办法就是去解决多音字读错的这个问题。"
        ),
    ),
    Case(
        "zh-h29-siglip",
        "zh",
        "fundamentals",
        (
            "CLIP 的对比损失和 SigLIP 的 sigmoid 损失有什么区别？为什么说 SigLIP 对 batch size "
            "更友好？"
        ),
        (
            "CLIP vs SigLIP\n"
            "- CLIP：InfoNCE，B×B 相似度矩阵，**按行 + 按列各一次 softmax**（图→文、文→图）→ 对"
            "角线是正样本\n"
            "  - 分母要看全 batch → 分布式要 all-gather 所有 embedding 算整矩阵；batch 小 → 负"
            "样本少，掉点明显（CLIP 用 32k）\n"
            "- SigLIP：每个 (i, j) 对独立**二分类**：L = -Σ log σ(z_ij · (t · x_i·y_j + b))，z_"
            "ij = 1 对角 / -1 其他\n"
            "  - 没有全局归一化 → 可以分块（chunked）算，不用整矩阵同时在一张卡上，省显存\n"
            "  - 负 ≫ 正（B² − B vs B）→ 加可学习 bias，初始化 b = -10、t = log 10，防止开头 lo"
            "ss 被负样本淹没\n"
            "  - 小 batch（4k–16k）就比 CLIP 好；32k 以后两者差不多，再大收益饱和"
        ),
        (
            "CLIP 用的是 InfoNCE，一个 batch 算出图和文的 B 乘 B 相似度矩阵，按行做一次 softmax"
            "、按列再做一次，也就是图找文和文找图两个方向，对角线是正样本。因为分母要用整个 bat"
            "ch，多卡训练得把所有卡的向量收集起来算完整矩阵，batch 一小负样本就少，效果掉得明显"
            "，所以 CLIP 当时用了三万多的 batch。SigLIP 把每一对图文当成独立的二分类，配对的往"
            "一推、不配对的往零推，不需要在整个 batch 上归一化，可以分块算，显存省很多。因为负"
            "样本比正样本多得多，它还加了一个可学习的偏置，初始化成负十左右，免得一开始损失全被"
            "负样本主导。实验上 batch 在几千到一万多时它比 CLIP 好，到三万二以上两者就差不多了"
            "。"
        ),
        (
            "CLIP 是用 softmax 做对比学习，SigLIP 换成了 sigmoid，每一对单独算，所以没那么依赖"
            "大 batch。"
        ),
        (
            "CLIP 其实是每一对图文单独做 sigmoid 二分类，SigLIP 才是在 B 乘 B 的矩阵上按行按列"
            "做 softmax。SigLIP 对 batch 友好，是因为 softmax 归一化能让小 batch 里负样本的权重"
            "变大。偏置 b 初始化成正十，让模型一开始倾向于把所有对都判成正样本。而且 batch 越大"
            " SigLIP 的优势越明显，到三万二以后差距还在拉大。分布式训练时两种都必须把所有卡的向"
            "量 all-gather 到一起算完整矩阵，这点没有区别。"
        ),
        (
            "多模态预训练我觉得数据比损失函数更关键。像 LAION 这种网上爬的图文对噪声很大，很多 "
            "alt text 跟图片没关系，一般要先过滤、去重，再去掉不安全的图片。后来也有用 caption "
            "模型重新生成描述的做法，比如 BLIP 的 CapFilt，能明显提高数据质量，小模型也能训出不"
            "错的效果。"
        ),
        (
            "CLIP 的对比损失和 SigLIP 的 sigmoid 损失是有区别的，一个是对比损失，一个是 sigmoid"
            " 损失。为什么说 SigLIP 对 batch size 更友好，就是因为它对 batch size 比较友好，所"
            "以说它更友好，这就是它们的区别。"
        ),
    ),
    Case(
        "zh-h29-cross-entropy",
        "zh",
        "fundamentals",
        "熵、交叉熵和 KL 散度是什么关系？分类任务为什么一般用交叉熵而不用 MSE？",
        (
            "熵 / 交叉熵 / KL\n"
            "- H(p) = -Σ p log p：p 自身的不确定性（按 p 最优编码的平均码长）\n"
            "- H(p, q) = -Σ p log q：用 q 的编码去编 p 的平均码长，≥ H(p)\n"
            "- **H(p, q) = H(p) + KL(p‖q)** → p = 标签分布固定，H(p) 常数 → min CE ⇔ min KL\n"
            "- one-hot：H(p) = 0，CE = -log q_y（= NLL / MLE）\n"
            "为什么不用 MSE：\n"
            "1. softmax + CE 对 logit 的梯度 = q − y → 错得越离谱梯度越大\n"
            "2. softmax + MSE 梯度多乘一项 q(1−q) → 错得离谱时 q≈0 → 梯度≈0，学不动\n"
            "3. MSE + softmax 对 logit 非凸；CE 是凸的"
        ),
        (
            "熵是分布 p 自己的不确定性，可以理解成按 p 最优编码平均要多少比特。交叉熵是拿 q 的"
            "编码方式去编来自 p 的数据的平均码长，一定不小于熵，多出来的那部分正好是 p 到 q 的 "
            "KL，也就是交叉熵等于熵加 KL。分类里 p 是标签，固定不变，熵是常数，所以最小化交叉熵"
            "和最小化 KL 是一回事；标签是 one-hot 的话熵是零，交叉熵就只剩正确类概率的负对数，"
            "其实就是最大似然。不用 MSE 主要看梯度：softmax 接交叉熵对 logit 的梯度就是预测减标"
            "签，错得越厉害推得越狠；换成 MSE，梯度里会多乘一个 q 乘一减 q，预测错得离谱、概率"
            "接近零时梯度反而接近零，学不动，而且对 logit 也不再是凸的。"
        ),
        "交叉熵等于熵加上 KL 散度。分类用交叉熵主要是梯度更好，训练起来比 MSE 快一些。",
        (
            "KL 散度等于交叉熵加上熵，所以 KL 总是比交叉熵大。交叉熵是用 p 的编码去编 q 的数据"
            "，它可以比熵还小。分类里最小化交叉熵和最小化 KL 并不等价，因为标签的熵会随着训练变"
            "化。不用 MSE 主要是因为 MSE 的梯度太大，softmax 接 MSE 在预测很错的时候梯度会爆炸"
            "，而交叉熵的梯度里乘了一项 q 乘一减 q，会把梯度压小，所以更稳定。"
        ),
        (
            "信息论在机器学习里另一个常见的用法是互信息。比如做特征选择时算每个特征和标签的互信"
            "息，挑信息量大的；决策树的信息增益也是同样的思路。还有对比学习里常说 InfoNCE 是互"
            "信息的一个下界，batch 越大这个下界越紧。"
        ),
        (
            "熵、交叉熵和 KL 散度是有关系的，它们之间的关系就是它们互相有关系。分类任务一般用交"
            "叉熵而不用 MSE，就是因为分类任务一般都用交叉熵，用交叉熵的比较多，所以就用交叉熵，"
            "不用 MSE。"
        ),
    ),
    Case(
        "zh-h29-scope-cut",
        "zh",
        "behavioral",
        "讲一个你主动缩小项目范围、先交付一部分的经历吧。",
        (
            "**S**：2023 Q3，体育直播平台要做**自动精彩集锦**，运营要求 10 月初世界杯预选赛能用"
            "\n"
            "**T**：我是算法负责人；原计划 = 视频 + 音频 + 解说文本 多模态模型，给每个片段打“精"
            "彩度”\n"
            "**A**：\n"
            "- 第 2 周评估：多模态要标 ~2 万片段 + 算力排队 → 10 月前肯定做不完\n"
            "- **主动找运营砍范围**：第一版只做足球 进球 / 射门；信号 = **音频事件**（现场欢呼"
            "能量 + 解说音调突升）+ 比分牌 OCR 变化 → 定位候选 → 规则剪 前 8 s / 后 4 s\n"
            "- 多模态模型挪到二期；一期人工审核结果当标注攒起来\n"
            "**R**：9/28 上线，进球召回 96%，每场出集锦 40 min → 3 min；二期直接用攒下的 1.5 万"
            "条标注\n"
            "反思：先交付能用的一小块 > 一次做全；砍范围自己先提，别等 deadline 逼"
        ),
        (
            "二三年三季度我在体育直播平台负责算法，运营想自动出精彩集锦，十月初的世界杯预选赛就"
            "要用。原计划是画面、声音加解说词的多模态模型，给每段打精彩分。第二周我估了一下，光"
            "标注就要两万段，还要排队等卡，十月前肯定出不来。我主动找运营，第一版只做足球的进球"
            "和射门：用现场欢呼的音量和解说声调突然拔高这些声音信号，加上比分牌的 OCR 变化定位"
            "候选时刻，再按规则往前剪八秒、往后剪四秒。多模态模型放到二期，一期人工审核的结果存"
            "成标注。最后九月底上线，进球召回九成六，每场集锦从四十分钟缩到三分钟，二期直接用上"
            "攒下的一万五千条标注。体会是范围要自己先砍，别等截止日期逼。"
        ),
        (
            "有一次做体育视频的精彩集锦，时间不够，我就跟运营商量第一版先只做进球，其他的后面再"
            "说，最后按时上线了。"
        ),
        (
            "那次做体育直播的精彩集锦，运营希望第一版只做进球，用欢呼声和比分牌变化这种简单信号"
            "就行。但我坚持一次做全，直接上视频、音频加解说文本的多模态模型，因为规则方案做出来"
            "迟早要扔。标注找外包标了两万段，结果十月初没赶上预选赛，拖到十二月才上线，上线后进"
            "球召回也只有七成左右。后来运营自己找人用规则先顶了一版。我的体会是技术方案还是要一"
            "步到位。"
        ),
        (
            "做体育视频我觉得最大的问题是版权。很多赛事的转播权只授权直播，不允许二次剪辑，所以"
            "集锦能不能发、能发多长都要法务确认。另外不同平台对格式要求也不一样，短视频平台一般"
            "要竖屏、一分钟以内，还要加字幕和封面，这些都要跟内容运营一起定。"
        ),
        (
            "主动缩小项目范围、先交付一部分的经历是有的。当时就是主动把项目范围缩小了，然后先交"
            "付了一部分。缩小范围就是让范围变小，先交付一部分就是先交付其中的一部分，这就是我主"
            "动缩小项目范围的经历。"
        ),
    ),
]

CASES = [*_ZH, *EN]
