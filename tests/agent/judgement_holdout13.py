"""A thirteenth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on topics no other set uses (GRPO reinforcement
learning for maths reasoning, merging fine-tuned checkpoints with TIES / DARE,
needle-in-a-haystack long-context evaluation and its limits, the WSD learning-rate schedule
against cosine, finding user PII in training data, a machine-translation quality-estimation
model that routes segments, reward hacking in RLHF, perplexity and when it misleads,
learning to delegate as a new tech lead, being proved wrong by error analysis, two
introductions). References are messy notes (headings, numbered and bulleted lists, bold,
half sentences, arrows, mixed zh/en terms, numbers with units, formulas, STAR letters in the
behavioral notes, a results line). Answers are written as candidates speak: strong ones
paraphrase; partials are vague or make one or two points; wrong ones are confident and mix
the reference's words with wrong facts (someone else's background, a reversed mechanism,
wrong numbers, roles swapped, another method, a denial, steps in the wrong order, another
outcome); off-topic ones are fluent about something nearby; padded ones restate the
question or repeat themselves. Written blind; its first measurement, by the lead, is its
blind figure.
"""

from __future__ import annotations

from judgement_holdout13_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h13-intro",
        "zh",
        "self_intro",
        "请你先做个自我介绍，说说你的背景，还有为什么来面我们这个岗位。",
        "自我介绍（2 min 以内，讲故事别念简历）\n"
        "- 韩书瑶，浙大 数学 本科 2017 → 中科院自动化所 硕士 2020（方向：强化学习）\n"
        "- 2020-2022 某游戏公司 AI 组：MOBA 游戏 bot，PPO + **自对弈**，bot 胜率打到钻石段位水平\n"
        "- 2022-至今 某大模型创业公司 后训练组：**数学推理 RL**（GRPO，可验证奖励 verifiable reward"
        "）\n"
        "  - 7B 模型 MATH 41% → 58%；AIME 3/30 → 9/30\n"
        "  - 搭了 rollout + verifier 的训练框架，单次实验 3 天 → 20 小时\n"
        "- 为什么来：想把推理 RL 扩到 代码 / agent 任务，需要更大的集群和更真实的场景",
        "面试官好，我叫韩书瑶。本科在浙大读数学，一七年毕业，然后去中科院自动化所读了硕士，做的是强"
        "化学习，二零年毕业。毕业后先在一家游戏公司的 AI 组干了两年，做 MOBA 游戏里的 bot，用 PPO "
        "加自对弈训练，最后 bot 大概能打到钻石段位的水平。二二年我去了现在这家做大模型的创业公司，"
        "在后训练组，主要做数学推理方向的强化学习，用的是 GRPO，奖励是可以自动验证的那种，就是答案"
        "对不对能直接判。我们一个七 B 的模型，MATH 上从百分之四十一左右做到了五十八，AIME 三十道题"
        "从只能做对三道到能做对九道。另外训练框架里 rollout 和 verifier 那一套是我搭的，一次实验从"
        "三天左右缩到了二十个小时。来这边主要是想把推理上的 RL 用到代码和 agent 这种任务上，你们的"
        "集群规模和真实场景都是我现在那边没有的。",
        "我叫韩书瑶，数学出身，研究生做的是强化学习，现在在一家大模型公司做后训练相关的工作。",
        "我叫韩书瑶，清华计算机本科，后来直接读了博士，二三年才毕业。之前在游戏公司做的是推荐系统，"
        "给玩家推荐皮肤和道具，强化学习其实没怎么碰过。现在在大模型公司主要做预训练的数据清洗，后训"
        "练那边用的是 DPO，不用 RL。我们七 B 模型 MATH 从百分之五十八提到了九十，AIME 基本全对。来"
        "这边是因为想转去做多模态的图像生成。",
        "我觉得推理模型这一年变化特别大。从 o1 出来之后，大家发现用可验证的奖励做强化学习，模型会自"
        "己学会反思、回溯，DeepSeek-R1 论文里还提到了 aha moment。现在开源社区也有很多复现，比如用 "
        "Qwen 的小模型在数学题上跑 RL，几百步就能看到回答变长、准确率上升，这个方向很热闹。",
        "好的，我先做个自我介绍。我的背景呢，就是我的背景，然后为什么来面这个岗位，就是因为想来面这"
        "个岗位。自我介绍的话大概就是这些，背景和为什么来面，都说了，就是这样。",
    ),
    Case(
        "zh-h13-project-grpo",
        "zh",
        "project",
        "讲讲你们用 GRPO 做数学推理强化学习的项目：整体流程是怎样的，中间踩过哪些坑？",
        "## 项目：数学推理 RL（GRPO）\n"
        "**背景**：SFT 之后 7B 模型 MATH 41%，继续堆 SFT 数据涨不动了\n"
        "**流程**\n"
        "1. 每道题采样 G=8 个回答（temperature 1.0）\n"
        "2. 规则 verifier 打分：答案对 = 1，错 = 0；格式奖励 +0.1（答案放 \\boxed{}）\n"
        "3. 组内归一化算 advantage：A_i = (r_i − mean(r)) / std(r) → **不需要 critic / value model*"
        "*，比 PPO 省将近一半显存\n"
        "4. PPO 式 clip 目标 + 对 reference model 的 KL 惩罚（β = 0.04）\n"
        "**坑**\n"
        "- 全对 / 全错的题 → 组内 advantage 全是 0 → 没梯度，白算；按难度过滤，只留通过率 10%~90% "
        "的题\n"
        "- reward hacking：模型在 boxed 里塞多个答案骗 verifier → 改成只认最后一个 boxed\n"
        "- 回答越来越长 → 监控平均长度，最长 4k token 截断\n"
        "**结果**：MATH 41% → 58%，AIME 3/30 → 9/30",
        "这个项目的起点是我们的七 B 模型 SFT 完 MATH 只有四十一左右，再加 SFT 数据也基本不涨了，所"
        "以转去做强化学习。流程是这样的：每道题让模型采八个回答，温度开到一，然后用一个规则的 "
        "verifier 去判，答案对给一分，错给零分，另外答案按要求放进 boxed 里的再加零点一的格式分。"
        "GRPO 的关键在算 advantage，它是在同一道题的这八个回答里面，用每个回答的奖励减掉组内均值再"
        "除以标准差，所以不用像 PPO 那样再训一个 value 模型当 critic，显存差不多省了一半。目标函数"
        "还是 PPO 那种带 clip 的，再加一项和参考模型之间的 KL 惩罚，系数零点零四。坑主要有三个：第"
        "一个是如果一道题八个回答全对或者全错，组内奖励都一样，advantage 全是零，这道题就等于白算了"
        "，所以我们按难度筛题，只留通过率在一成到九成之间的；第二个是 reward hacking，模型学会了在 "
        "boxed 里写好几个答案去蒙 verifier，后来我们改成只认最后一个 boxed；第三个是回答越来越长，"
        "我们一直盯着长度曲线，最长截到四千个 token。最后 MATH 到了五十八，AIME 从三道提到九道。",
        "我们就是用 GRPO 训的，每道题采样好几个回答，然后用规则去判答案对不对给奖励，再拿这个奖励去"
        "更新模型，训完以后数学的分数提升挺明显的。",
        "我们 GRPO 的流程是先训一个 value model 当 critic，advantage 就是 critic 估出来的，这一点和"
        " PPO 是一样的，所以显存其实比 PPO 还多一些。采样的话每道题只采一个回答，奖励是用人工偏好数"
        "据训出来的 reward model 打分，不是规则判的。坑的话，全对的题反而梯度最大，所以我们专门多挑"
        "简单题来训。长度方面模型回答会越来越短，我们就没管。最后 MATH 从四十一提到了四十四左右，"
        "AIME 没变化。",
        "说到强化学习对齐，其实我觉得 DPO 和 PPO 的取舍很有意思。DPO 不需要在线采样，直接拿偏好对训"
        "练，工程上简单很多，训练也稳定；PPO 需要 actor、critic、reward、reference 四个模型同时在显"
        "存里，很重。所以很多团队对话对齐先用 DPO，效果不够再上 PPO。",
        "GRPO 做数学推理强化学习这个项目，整体流程呢，就是用 GRPO 做强化学习的流程，数学推理这块就"
        "是按流程来做的。踩过的坑也是有的，坑就是在做的过程中踩到的坑，整体上就是这样一个用 GRPO 的"
        "项目，流程和坑大概就是这些。",
    ),
    Case(
        "zh-h13-project-merge",
        "zh",
        "project",
        "你简历里写做过模型合并（model merging），具体是怎么做的？为什么不直接多任务混合训练一个模"
        "型？",
        "模型合并 项目笔记（2024 Q1）\n"
        "背景：3 个团队在同一个 base（Qwen 14B）上各自 full SFT → 代码 / 客服对话 / 中文写作 三个 "
        "ckpt；各自部署 → 显存成本 ×3\n"
        "为什么不混合重训：有的团队数据**不能出域**（合规）；重训一次 ≈ 2 周 × 64 卡\n"
        "**做法**\n"
        "- task vector：τ_i = θ_i − θ_base\n"
        "- 直接平均 → 参数冲突，代码掉得最多（HumanEval −9 分）\n"
        "- **TIES**：每个 τ 只留幅值 top 20% → 每个参数按符号投票选主导符号 → 只平均和主导符号一致"
        "的值\n"
        "- **DARE**：随机丢掉 90% 的 delta，剩下的放大 1/(1−p) 倍 → 再和 TIES 组合\n"
        "- 合并系数 λ 在 dev 集上 grid search（0.3 ~ 1.0）\n"
        "**前提**：同一个 base、同一 tokenizer；离 base 漂得太远的 ckpt 合不好\n"
        "结果：合并后平均保留各单任务模型 96% 的分数；部署 3 个 → 1 个",
        "背景是我们有三个团队在同一个 Qwen 十四 B 的底座上各自做了全参 SFT，一个做代码，一个做客服"
        "对话，一个做中文写作，三个模型各自部署，显存成本就是三倍。为什么不把数据混在一起重训一个？"
        "一是有的团队的数据按合规要求不能拿出来，二是重训一次要六十四张卡跑两周左右，代价太大。做法"
        "上先算每个模型相对底座的差值，也就是 task vector。最开始直接把三个平均，结果参数之间互相打"
        "架，代码能力掉得最厉害，HumanEval 掉了九分。后来用 TIES：每个差值只保留绝对值最大的两成，"
        "然后每个位置上三个模型按正负号投票，选出占主导的符号，只把符号一致的那些值平均起来。再配合"
        " DARE，就是随机把九成的差值扔掉，剩下的按一除以一减 p 放大，保证期望不变。合并系数在验证集"
        "上网格搜索，从零点三到一。要注意的是这套必须是同一个底座、同一个 tokenizer，微调得离底座太"
        "远的也合不好。最后合出来的一个模型平均能保住各个单任务模型九成六的效果，部署从三份变成一份"
        "。",
        "就是把几个微调好的模型的参数合成一个模型，我们试过直接平均，也试过 TIES，最后能省下不少部"
        "署成本。",
        "模型合并其实就是不同底座的模型也能合，我们当时是把 Qwen 和 Llama 的两个微调模型合在一起的"
        "，tokenizer 不一样也没关系。TIES 的做法是每个 task vector 只留绝对值最小的两成，因为小的值"
        "比较稳定；DARE 是随机丢掉一成的参数，然后把剩下的再缩小一点。不混合重训主要是因为混合训练"
        "效果一般比合并差。最后合并完大概保留了六成的效果，所以后来还是三个模型分开部署的。",
        "多任务部署的话，其实现在用 LoRA 更方便。一个底座加多个 LoRA adapter，用 S-LoRA 或者 vLLM "
        "的 multi-LoRA 功能，一张卡上可以同时服务几十个 adapter，请求来了按 adapter id 路由，批处理"
        "的时候不同 adapter 的请求也能拼在一起，成本非常低。",
        "模型合并这个我确实做过，具体怎么做的呢，就是把模型合并起来。为什么不直接多任务混合训练，因"
        "为我们做的是模型合并，不是混合训练。所以模型合并就是这样做的，这个问题大概就是这样。",
    ),
    Case(
        "zh-h13-needle",
        "zh",
        "fundamentals",
        "长上下文模型常用的“大海捞针”测试是怎么做的？它有什么局限？",
        "**Needle-in-a-Haystack（大海捞针）**\n"
        '- 做法：在很长的无关文本（haystack，常用 Paul Graham 文章拼接）里插入一句"针"（e.g. "在'
        '旧金山最好的事是坐在公园里吃三明治"）\n'
        "- 两个维度：上下文长度（1k → 128k）× 针的插入深度（0% → 100%）→ 画成热力图\n"
        "- 问模型针里的内容，按答对与否 / 相似度打分\n"
        "- 常见现象：lost in the middle → 中间深度召回差，开头结尾好\n"
        "**局限**\n"
        "1. 只测**检索**（近似字面匹配），不测推理 / 多跳 / 信息聚合\n"
        "2. 针和背景语义不相关 → 太突兀，太容易找\n"
        "3. 现在很多模型都接近满分 → 区分度低；满分 ≠ 真能用长上下文\n"
        "→ 补充：RULER（多针、变量追踪、聚合）、LongBench、∞Bench；最终还得看真实长文档任务",
        "大海捞针就是拿一大段不相关的长文本当干草堆，最早大家用的是 Paul Graham 的文章拼起来，然后"
        "在里面某个位置塞一句话当针，比如说在旧金山最好的事情是在公园里吃三明治，最后问模型旧金山最"
        "好的事情是什么，看它能不能答出来。测的时候变两个东西，一个是总长度，从一 k 一直到一百二十"
        "八 k，一个是针放在多深的位置，从最开头到最末尾，每个组合测一下，画成一张热力图。很多模型会"
        "出现中间那段找不到、开头结尾反而好的情况，就是 lost in the middle。它的局限我觉得主要是："
        "一，它本质只是考检索，差不多是字面匹配，不考推理、多跳或者把多处信息汇总；二，这根针跟周围"
        "内容八竿子打不着，太显眼了，模型很容易定位；三，现在大部分模型都能全绿，没什么区分度，全绿"
        "也不代表长文档真的能用好。所以一般还会看 RULER 这种有多根针、变量追踪和聚合任务的，或者 "
        "LongBench，最后还是要在自己业务的长文档任务上测。",
        "就是在一段很长的文本里面藏一句话，然后问模型能不能把这句话找出来，用来看模型长上下文能力行"
        "不行。局限的话就是这个任务比较简单吧。",
        "大海捞针是把针固定放在文本的最开头，只改变上下文的总长度，看模型在多长的时候开始答错。它主"
        "要测的是多跳推理能力，因为模型要把针和背景里的信息结合起来推出答案。一般来说中间位置是最好"
        "找的，开头和结尾反而最容易丢。只要大海捞针能拿满分，基本就说明模型长上下文没问题了，不太需"
        "要再看别的评测。",
        "长上下文主要难在位置编码外推。RoPE 训练时只见过比如四 k 的位置，直接推到三十二 k 效果会崩"
        "，所以有位置插值 PI、NTK-aware 缩放、YaRN 这些方法，调整旋转的频率，再用少量长文本继续训练"
        "一下，就能把窗口扩到一百多 k。",
        "大海捞针测试是怎么做的呢，就是做大海捞针的测试，长上下文模型常用这个测试。它有什么局限，局"
        "限就是它的局限性，这个测试有一些局限。总的来说大海捞针就是长上下文常用的测试。",
    ),
    Case(
        "zh-h13-wsd",
        "zh",
        "fundamentals",
        "WSD 学习率调度和 cosine 调度有什么区别？为什么现在预训练越来越多用 WSD？",
        "LR schedule：cosine vs WSD\n"
        "**cosine**：warmup 后 lr 按余弦从 peak 降到 ~10% peak；**必须事先定好总步数**，中途想多训 "
        "→ 曲线对不上，基本得从头再来\n"
        "**WSD**（Warmup-Stable-Decay，MiniCPM 推广）\n"
        "1. Warmup：线性升到 peak\n"
        "2. Stable：恒定 peak lr 训大部分时间（~80-90% 步数）\n"
        "3. Decay：最后 ~10-20% 快速衰减（线性 / 指数 / 1-sqrt）\n"
        "- 现象：stable 阶段 loss 降得慢，decay 阶段 loss **骤降**\n"
        "- 好处：不用预先定总步数 → 任意 stable ckpt 都能分叉出去做 decay 得到可用模型\n"
        "  - scaling law 实验省算力：一次 run 分叉多个数据量点\n"
        "  - 持续预训练 / 加数据：从 stable ckpt 接着训\n"
        "- 效果：同算力下和 cosine 持平或略好",
        "cosine 是 warmup 之后学习率沿着余弦曲线从峰值慢慢降到峰值的一成左右，问题是它整条曲线取决"
        "于总步数，开训之前就得定死要训多少 token，训到一半想多训一点，后面的曲线就不对了，基本只能"
        "重新来。WSD 是 warmup、stable、decay 三段，MiniCPM 那篇把它推广开的：先线性 warmup 到峰值"
        "，然后在峰值上保持不动训绝大部分时间，八九成的步数吧，最后一成到两成的步数再快速降下来，线"
        "性或者指数都行。训练的时候能看到 stable 段 loss 降得比较慢，一进 decay 段 loss 一下子掉下"
        "去一截。它最大的好处就是不用提前定总步数，stable 段任何一个 checkpoint 都可以拉一个分支出"
        "去做 decay，得到一个能用的模型。这样做 scaling law 的时候一条主线就能分出好几个数据量的点"
        "，省很多算力；后面要加数据做持续预训练，也可以直接从 stable 的 checkpoint 接着训。最终效果"
        "同样算力下跟 cosine 差不多，甚至好一点。",
        "WSD 是先 warmup，然后保持一个常数的学习率训练，最后再衰减下来。cosine 就是 warmup 完以后一"
        "直按余弦曲线往下降。",
        "WSD 其实就是 cosine 前面多加了一段 warmup，decay 阶段占了大部分步数，stable 只是最后很短的"
        "一段用来收尾。训练的时候 stable 段 loss 下降最快，decay 段基本就平了。而且 WSD 必须提前定"
        "好总步数，反而 cosine 可以随时停下来接着训。现在用 WSD 主要是因为它收敛的最终 loss 比 "
        "cosine 低很多，大概能低百分之二三十。",
        "预训练里学习率之外我觉得 batch size 也很关键。一般会用 batch size warmup，开始小 batch，后"
        "面逐渐加大到几百万 token；还有 AdamW 的 beta2 大模型一般设零点九五，epsilon 也要调小，不然"
        "容易出现 loss spike。",
        "WSD 学习率调度和 cosine 调度的区别，就是 WSD 和 cosine 不一样。为什么现在预训练越来越多用 "
        "WSD，是因为现在预训练越来越多的人在用 WSD。所以区别就是这样，WSD 和 cosine 是两种学习率调"
        "度。",
    ),
    Case(
        "zh-h13-beh-privacy",
        "zh",
        "behavioral",
        "你有没有在工作中碰到过合规或者数据隐私方面的问题？当时是怎么处理的？",
        "**S**：2023 年做客服对话模型 SFT，数据是线上真实工单 ~30 万条；离上线评审还有 2 周\n"
        "**T**：我负责数据清洗；抽查时发现不少对话里有**手机号、身份证号、收货地址**，而且用户协议"
        "里没写会拿去训练模型\n"
        "**A**\n"
        "1. 先停：暂停用这批数据的训练任务，已训出的 ckpt 标记为不可发布\n"
        "2. 当天上报 leader + 法务 / 安全，不自己拍板\n"
        "3. 量化影响：正则 + NER 扫一遍 → ~4.7% 对话含 PII\n"
        "4. 方案：PII 替换成占位符（<PHONE> / <ID>）+ 只用协议更新后有授权的数据；加了一个数据准入"
        "时的自动 PII 扫描卡点\n"
        "**R**：上线推迟 9 天；效果几乎没掉（人工评分 4.1 → 4.0）；PII 扫描成了团队数据准入的标准步"
        "骤\n"
        "反思：应该在数据接入时就查，而不是训完才查",
        "有的。二三年我们做客服对话模型的 SFT，用的是线上真实工单，大概三十万条，当时离上线评审只有"
        "两个礼拜。我负责数据清洗，抽样看数据的时候发现很多对话里有用户的手机号、身份证号，还有收货"
        "地址，而且我去翻了用户协议，里面根本没说这些数据会拿来训模型。我当时做的第一件事是先把用这"
        "批数据的训练停了，已经训出来的几个 checkpoint 也标成不能发布。然后当天就找了我的 leader，"
        "一起拉上法务和安全的同事，这种事我觉得不应该我自己判断。接着我用正则加一个 NER 模型把全量"
        "数据扫了一遍，大概百分之四点七的对话里有个人信息。最后定的方案是把这些信息替换成占位符，比"
        "如手机号换成 PHONE 标记，同时只用协议更新之后用户授权过的数据，我还在数据接入流程里加了一"
        "道自动扫描的卡点。结果上线晚了九天，但模型效果基本没掉，人工评分从四点一到四点零，这个扫描"
        "后来也成了我们组数据准入的固定步骤。回头看，这种检查应该在数据进来的时候就做，而不是训完了"
        "才发现。",
        "有过，之前做客服数据的时候发现里面有不少用户的手机号，我就跟领导反映了，后来把这些信息做了"
        "脱敏再用。",
        "有的，当时做客服模型的 SFT，清洗数据的时候发现有手机号、身份证号这些。我评估了一下比例不高"
        "，也就百分之零点几，而且离上线评审只有两周，我就决定先按原计划训完上线，没有停训练，也没告"
        "诉法务，怕流程一走进度就没了，上线以后再慢慢补脱敏。结果项目按时上线了，效果评分从四点零涨"
        "到了四点五，领导也很满意，所以我觉得这个取舍是对的。",
        "数据隐私这块国内主要是个人信息保护法和数据安全法，欧洲是 GDPR。个保法里面对敏感个人信息，"
        "比如生物识别、金融账户、行踪轨迹，要求单独同意，出境还要做安全评估。大模型训练数据的合规现"
        "在各家都很重视，备案的时候也会问到语料来源。",
        "合规或者数据隐私方面的问题，我在工作中是碰到过的。当时是怎么处理的呢，就是按照处理合规和数"
        "据隐私问题的方式去处理的。总之碰到过，也处理了，合规和隐私这方面的问题就是这样处理的。",
    ),
]

CASES = _ZH + EN
