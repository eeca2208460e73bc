"""A twenty-fifth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on topics no other set uses (moving an in-car voice
assistant's speech recognition from full-utterance to streaming with chunked attention and
two-pass CTC plus attention rescoring, fixing over-refusal after safety alignment, CRF against
HMM for sequence labelling and why NER puts a CRF on a BiLSTM, why Transformers need learning-rate
warmup, holding a speech-model launch that was worse for accented callers, muP hyperparameter
transfer from small proxies to a 7B pretraining run, adapting Whisper to doctors' dictation, how
BM25 scores and what k1 and b do, how word error rate is computed and compared, an evaluation
dashboard nobody used, two introductions). References are messy notes (headings, numbered and
bulleted lists, bold, half sentences, arrows, mixed zh/en terms, numbers with units, formulas,
STAR letters in the behavioral notes, a results line), some short and some long. Answers are
written as candidates speak: strong ones paraphrase, some with Chinese numerals, spelled-out
numbers and fractions; partials are vague or make one or two points; wrong ones are confident and
mix the reference's words with wrong facts (schools swapped with jobs in the wrong order,
reversed numbers and a denied role; the two decoding passes swapped with a reversed trade-off and
wrong numbers; the opposite aim with reversed numbers and another outcome; the two models' names
swapped with a different mechanism; a reversed cause with a denial and wrong numbers; a denied
finding with the opposite action and another outcome; someone else's background; a different
mechanism under the same name with a denied caveat and wrong numbers; the opposite choices with
denials and another outcome; k1 and b swapped with a denied saturation and a reversed IDF; a
wrong denominator with deletions and insertions swapped and denied properties; the opposite
action with roles swapped and another outcome); off-topic ones are fluent about something
nearby; padded ones restate the question or repeat themselves. Written blind; its first
measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout25_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h25-intro",
        "zh",
        "self_intro",
        "简单介绍一下你自己吧，讲讲你的经历，还有为什么想来我们这里。",
        (
            "自我介绍（控制在 2 min 内，主线：语音 → 口语测评 → 大模型陪练）\n"
            "- 周雨桐｜北邮 通信工程 本科 2015 → 中科院声学所 信号与信息处理 硕士 2018\n"
            "- 2018–2021 声屿科技（智能音箱）\n"
            "  - 唤醒词 + 远场声学模型；误唤醒 2 次/天 → 0.3 次/天\n"
            "- 2021–至今 青禾教育 **英语口语测评**\n"
            "  - 发音打分：GOP → 端到端打分模型，和老师人工分的相关系数 0.71 → 0.86\n"
            "  - 2023 起带 4 人做 **大模型口语陪练**（ASR → LLM 对话 → TTS），DAU ~12 万\n"
            "- 为什么来：想系统做语音大模型 / 端到端语音对话，不只是拼流水线"
        ),
        (
            "面试官好，我叫周雨桐。本科在北京邮电大学读通信工程，一五年毕业，之后去中科院声学所读了"
            "信号与信息处理的硕士，一八年毕业。第一份工作在声屿科技，做智能音箱的语音唤醒和远场的声"
            "学模型，我负责的那块把误唤醒从一天两次左右压到了零点三次。二一年我去了青禾教育做英语口"
            "语的测评，就是给学生的发音打分，从传统的 GOP 做到端到端的打分模型，跟老师人工打分的相"
            "关性从零点七一提到了零点八六。从二三年开始我带一个四个人的小组做大模型的口语陪练，链路"
            "是先语音识别、再大模型对话、最后语音合成，现在日活大概十二万。想来这边，是因为我想系统"
            "地做语音大模型和端到端的语音对话，而不是一直在拼流水线。"
        ),
        (
            "我叫周雨桐，一直在做语音相关的工作，先在音箱公司待过，现在在教育公司做口语方面的东西，"
            "最近也在做一些大模型的应用。"
        ),
        (
            "我叫周雨桐，本科在中科院声学所读的声学，硕士去北邮读的通信工程，一八年毕业。毕业后先去"
            "了青禾教育做口语测评，后来才跳到声屿科技做智能音箱。测评那边我们一直用 GOP，端到端的打"
            "分模型试过，跟人工分的相关性反而更低，就没上线。音箱的误唤醒我接手的时候是一天零点三次"
            "，后来涨到了两次多。大模型口语陪练是隔壁组在做，我没参与过，也没有带过人。想来这边主要"
            "是想转做推荐算法。"
        ),
        (
            "口语测评这个领域其实最难的是标准答案不唯一。同样一句话，美式和英式的发音都算对，老师之"
            "间打分也不一致，所以很多公司会让三个老师各打一遍取平均当标签，再去训练模型。另外儿童的"
            "声音频率高、语速不稳，通用的声学模型在儿童语音上效果差很多，一般要专门采集儿童数据。还"
            "有一点是家长很在意分数，分数一波动就会来投诉。"
        ),
        (
            "好的，我简单介绍一下我自己。我的经历就是我这些年的经历，为什么想来这里，就是因为我想来"
            "这里。总的来说我就是这样一个人，我的经历大概就是这些，想来的原因也就是刚才说的，我想来"
            "这里。"
        ),
    ),
    Case(
        "zh-h25-streaming-asr",
        "zh",
        "project",
        "讲讲你们把车载语音助手的识别从非流式改成流式的那个项目，具体怎么做的？",
        (
            "## 车载助手 ASR：非流式 → 流式（2023 Q2–Q4）\n"
            "**背景**：原来等 VAD 切完整句才送识别（非流式 Conformer），说完到出结果 P50 ~1.1 s；必"
            "须端侧跑，车机 CPU 只有 4 核 A55\n"
            "**方案：U2 两遍解码**\n"
            "1. encoder 改 **chunk attention**：每个 chunk 640 ms（16 帧 × 40 ms），只看当前 chunk "
            "+ 左边缓存的 history，不看未来\n"
            "2. 第一遍 CTC prefix beam search → 边说边出字（partial 结果上屏）\n"
            "3. 端点检测判定说完后，第二遍 attention decoder 对 CTC 的 N-best（N=10）**重打分** → "
            "最终结果\n"
            "4. 训练用 dynamic chunk：chunk 大小随机 1~25 帧 / 整句，一个模型兼容多档延迟\n"
            "- trade-off：chunk 越小 → 延迟越低，但上下文少 → CER 变差；640 ms 是折中\n"
            "- 端侧：int8 量化 + encoder cache（att cache / cnn cache），RTF 0.18\n"
            "**结果**：首字 ~300 ms；尾字（说完 → 最终结果）1.1 s → 0.35 s；CER 5.9% → 6.2%（只掉 "
            "0.3 pt）；导航指令完成率 +4%"
        ),
        (
            "这个项目的起因是原来车上的识别要等用户整句说完、VAD 切好才开始识别，说完到出结果中位数"
            "要一秒多，体验很差，而且只能在车机上跑，就是一颗四核的小 CPU。我们用的是 U2 那种两遍解"
            "码的思路。先把 encoder 的注意力改成按块来算，一块六百四十毫秒左右，每一块只能看自己和"
            "左边缓存下来的历史，后面的不看。第一遍用 CTC 的前缀束搜索，用户一边说屏幕上就一边出字"
            "。等端点检测判断人说完了，再用 attention 的解码器把 CTC 给出的前十个候选重新打一遍分，"
            "当作最终结果。训练的时候块的大小是随机的，从一帧到二十五帧，或者干脆整句，这样一个模型"
            "可以配不同的延迟。块越小延迟越低，但看到的上下文少了错字就多，六百四十毫秒是我们权衡出"
            "来的。端上又做了 int8 量化和缓存复用，实时率零点一八左右。最后首字大概三百毫秒出来，说"
            "完到最终结果从一点一秒降到零点三五秒，字错率只从百分之五点九涨到六点二，导航指令的完成"
            "率还涨了四个点。"
        ),
        (
            "就是把原来整句识别改成了流式的，边说边出字，模型用的是分块的注意力。改完以后延迟降了不"
            "少，准确率基本没怎么掉。"
        ),
        (
            "我们也是用的 U2 两遍解码。第一遍是 attention decoder 边说边出字，等用户说完以后，再用 "
            "CTC 对 attention 的候选重打分。encoder 的 chunk attention 每个 chunk 都能看到后面两秒"
            "的未来帧，这样才准。chunk 我们发现是越大延迟反而越低，因为块少了调度开销小，所以最后直"
            "接把整句当成一个 chunk。训练的时候 chunk 大小是固定的，随机的话模型学不稳。结果字错率"
            "从百分之五点九降到了百分之三，延迟倒是没怎么变，还是一秒左右。"
        ),
        (
            "车载语音还有一个大问题是噪声，开窗、空调、胎噪，还有后排乘客在说话。我们前端用了双麦的"
            "波束形成，再加一个降噪模型，然后做声源定位，判断是主驾还是副驾在说话，这样副驾说打开车"
            "窗就只开副驾那一侧。另外车里放音乐的时候，唤醒之前还要先做回声消除，不然误唤醒会很多。"
        ),
        (
            "这个项目就是把车载语音助手的识别从非流式改成流式。非流式改成流式，就是原来不是流式的，"
            "后来改成了流式的。具体怎么做的呢，就是按照流式的方式去做，把非流式的那部分改掉。整个项"
            "目就是这样，从非流式到流式，做完以后它就是流式的了。"
        ),
    ),
    Case(
        "zh-h25-over-refusal",
        "zh",
        "project",
        "你简历上写做过安全对齐之后模型“过度拒答”的修复，具体是怎么回事？",
        (
            "过度拒答（over-refusal）修复 — 内部 13B 助手\n"
            "现象：安全 SFT + RLHF 之后，正常问题也拒：“怎么杀死 Linux 进程”“农药中毒怎么急救” → 直"
            "接“抱歉，我无法…”\n"
            "1) 建 **边界集**：~3k 条“看着危险其实无害”的 prompt（敏感词 + 无害意图），另配 1.5k 条"
            "真有害的做对照\n"
            "2) 归因：拒答主要来自安全 SFT 数据里“见关键词就拒”的样本（约 18% 是误拒模板）→ 清掉 / "
            "改写\n"
            "3) 补数据：边界问题写 helpful 回答（必要时带安全提示），~6k 条混进 SFT；RM 偏好数据里"
            "加“认真回答 > 拒答”的 pair\n"
            "4) 评估两个方向一起看：边界集拒答率 ↓，有害集合规率不能 ↑\n"
            "结果：边界集误拒 23% → 6%；有害集违规 0.8% → 0.9%（持平）；通用 helpfulness 胜率 +7%"
        ),
        (
            "这个是我们一个十三 B 的内部助手，在做完安全的微调和 RLHF 以后变得特别敏感，很多正常问"
            "题也不回答，比如问怎么结束一个 Linux 进程、家里有人农药中毒了怎么急救，它都直接说抱歉"
            "帮不了你。我们先做了一个测试集，大概三千条这种字面上吓人但意图没问题的问题，再配了一千"
            "五百条真正有害的当对照。然后去找原因，发现主要是安全微调的数据里有不少是看到敏感词就拒"
            "的，差不多五分之一都是这种错误的拒答模板，我们把这些删掉或者改写了。接着给这些边界问题"
            "写了真正有帮助的回答，需要的地方加一句安全提醒，大约六千条放进微调数据，奖励模型的偏好"
            "对里也加了“认真回答比拒绝好”的样本。评估的时候两头一起看，误拒要降，但真正有害的问题不"
            "能因此放松。最后边界集的误拒从百分之二十三降到了百分之六，有害问题的违规率基本没动，零"
            "点八到零点九，整体有用性的胜率还涨了七个点。"
        ),
        (
            "就是安全对齐做多了，模型对一些正常的问题也拒答。我们补了一批边界问题的正常回答数据进去"
            "重新训了一下，误拒就少了很多。"
        ),
        (
            "这个其实是反过来的，RLHF 的奖励模型太偏向有用性，模型在边界问题上乱答，所以我们做的是"
            "加强拒答。我们建了一个边界集，里面的问题全部标成应该拒答，又往 SFT 里加了六千条拒答模"
            "板，看到敏感词就拒。奖励模型的偏好数据也改成拒答优于回答。结果边界集的拒答率从百分之六"
            "升到了百分之二十三，有害集的违规率降到了零，通用有用性的胜率掉了七个点，不过安全团队觉"
            "得可以接受。"
        ),
        (
            "安全对齐里我觉得最难的是越狱攻击。比如用角色扮演、把问题拆成好几步问、或者用 base64 编"
            "码绕过去，模型就会说出不该说的内容。我们做过红队测试，每周让标注同学构造新的攻击方式，"
            "把攻击成功的样本加进训练。另外一种思路是在输出端再加一个独立的安全分类器兜底，不完全依"
            "赖模型自己。"
        ),
        (
            "过度拒答就是模型拒答得太多了，太多了就叫过度。安全对齐以后模型会过度拒答，我们做的就是"
            "修复过度拒答，让它不要过度拒答。具体是怎么回事呢，就是这么一回事，过度拒答的修复就是把"
            "过度拒答修好。"
        ),
    ),
    Case(
        "zh-h25-crf-hmm",
        "zh",
        "fundamentals",
        "做序列标注的时候，CRF 和 HMM 有什么区别？为什么 NER 里常在 BiLSTM 后面接一层 CRF？",
        (
            "HMM vs CRF（序列标注）\n"
            "- HMM：**生成式**，建模 P(x, y) = ∏ P(y_t | y_{t-1}) · P(x_t | y_t)\n"
            "  - 两个强假设：齐次马尔可夫 + **观测独立**（x_t 只依赖 y_t）→ 用不了重叠 / 上下文特征"
            "\n"
            "- 线性链 CRF：**判别式**，直接建模 P(y | x) = exp(Σ 发射分 + Σ 转移分) / Z(x)\n"
            "  - 特征可以看整句 x，任意重叠特征；**全局归一化**（Z 对所有路径求和）→ 没有 MEMM 的 "
            "label bias\n"
            "  - 训练：前向算法算 log Z；解码：Viterbi\n"
            "- BiLSTM + CRF：BiLSTM 给每个位置出发射分，CRF 学标签**转移矩阵** → 约束 I-PER 不能跟"
            "在 O / B-LOC 后面\n"
            "  - 只接 softmax 每个位置独立预测 → 可能解出非法序列"
        ),
        (
            "HMM 是生成模型，它建模的是词和标签的联合概率，拆成标签之间的转移概率，乘上每个标签生成"
            "当前这个词的发射概率。它有两个很强的假设，一个是当前标签只跟前一个标签有关，另一个是当"
            "前的词只由当前的标签决定，所以没法用前后文或者互相重叠的特征。CRF，一般说的是线性链的"
            "，是判别模型，给定整句话直接算标签序列的条件概率，分数就是每个位置的发射分加上相邻标签"
            "的转移分，再对所有可能的路径一起归一化。因为是整条序列做的归一化，所以没有 MEMM 那种标"
            "签偏置的问题，特征也可以随便看整句。训练的时候用前向算法算配分函数，预测用维特比。NER "
            "里 BiLSTM 后面接 CRF，是因为 BiLSTM 只给每个字打一个分，要是直接每个位置单独 softmax，"
            "可能出现 O 后面直接跟 I-PER 这种不合法的标签；CRF 学了一个标签转移矩阵，把这种跳转压下"
            "去，解出来的整条序列更合理。"
        ),
        (
            "HMM 是生成式的，CRF 是判别式的。BiLSTM 后面接 CRF 主要是为了让标签之间的前后顺序更合理"
            "一点。"
        ),
        (
            "HMM 其实是判别式模型，直接建模给定句子下标签的条件概率，而 CRF 是生成式的，建模词和标"
            "签的联合分布。CRF 是每个位置单独做局部归一化的，所以它才有标签偏置的问题，HMM 没有。观"
            "测独立假设是 CRF 才有的，HMM 反而可以用整句的重叠特征。BiLSTM 后面接 CRF 主要是为了加"
            "速，CRF 解码用贪心就行，比 softmax 快，转移矩阵也是人工定死的，不用学。"
        ),
        (
            "NER 现在其实大多直接用 BERT 做 token 分类了。中文 NER 有个特殊问题是分词，字级别标注会"
            "丢掉词的信息，所以有 Lattice LSTM、FLAT 这种把词典信息融进来的方法。另外还有嵌套实体，"
            "比如“北京大学附属医院”里面套着“北京大学”，普通的序列标注处理不了，要用指针网络或者 "
            "span 分类的方式来做。"
        ),
        (
            "CRF 和 HMM 的区别就是 CRF 和 HMM 不一样。做序列标注的时候，它们都可以用来做序列标注，"
            "但是有区别。为什么 NER 里 BiLSTM 后面接 CRF，因为通常就是这么接的，BiLSTM 后面接一层 "
            "CRF 是常见的做法，所以就接 CRF。"
        ),
    ),
    Case(
        "zh-h25-lr-warmup",
        "zh",
        "fundamentals",
        "训练 Transformer 的时候为什么要做 learning rate warmup？warmup 的步数一般怎么定？",
        (
            "LR warmup\n"
            "**为什么**\n"
            "1. 刚开始参数随机，梯度大且方向乱；直接上峰值 lr → 步子太大，loss 炸 / 发散\n"
            "2. Adam 的二阶矩 v_t 初期只平均了几步梯度 → 估计**方差很大**，有效步长 lr/√v_t 不稳（R"
            "Adam 论文的解释）\n"
            "3. Post-LN Transformer 对早期大更新尤其敏感，不 warmup 基本训不起来；Pre-LN 好一些，但"
            "大模型仍然建议加\n"
            "**怎么做**：线性 warmup，lr_t = lr_max · t / T_warm，之后接 cosine / 线性衰减\n"
            "**步数**：经验值 = 总步数的 1%–5%，或固定 ~2000 步（LLM 预训练常见 2k）；batch 越大、"
            "峰值 lr 越大 → warmup 往长了调\n"
            "- 怎么判断够不够：看前几百步 loss 有没有 spike、grad norm 有没有突然飙升"
        ),
        (
            "一个原因是刚开始参数是随机的，梯度又大方向又乱，一上来就用最大的学习率，步子迈得太大，"
            "loss 很容易爆掉甚至发散。另一个原因在 Adam 身上，它的二阶矩估计一开始只平均了很少几步"
            "的梯度，估得很不准、方差很大，所以实际的有效步长忽大忽小，RAdam 那篇论文就是这么解释 "
            "warmup 的。还有就是 Post-LN 结构的 Transformer 对前期的大更新特别敏感，不加 warmup 基"
            "本训不起来，Pre-LN 会稳一些，但模型大了一般也还是加上。做法通常是从零线性涨到最大学习"
            "率，后面接余弦或者线性衰减。步数一般取总步数的百分之一到百分之五，大模型预训练常见的是"
            "两千步左右；batch 越大、峰值学习率越高，warmup 就给得长一点。调的时候主要看前几百步 "
            "loss 有没有尖峰，梯度范数有没有突然冲上去。"
        ),
        (
            "主要是刚开始训练不稳定，学习率一下子太大容易发散，所以先从小的慢慢涨上去。步数的话一般"
            "就几千步吧。"
        ),
        (
            "warmup 主要是因为一开始梯度太小，参数几乎不动，所以前面先用一个很大的学习率把模型推离"
            "初始点，然后再慢慢降下来。Adam 因为有二阶矩做自适应，本身是不需要 warmup 的，warmup 只"
            "对 SGD 有用。Post-LN 和 Pre-LN 在这个问题上也没什么区别。步数的话一般取总步数的百分之"
            "三十到五十，而且 batch 越大 warmup 反而越短，因为大 batch 的梯度更准。"
        ),
        (
            "学习率调度我们一般用 cosine decay，最后降到峰值的十分之一左右。还有一种是 WSD，前面大"
            "部分时间保持常数，最后一小段快速衰减，好处是中间任何一个 checkpoint 都能拿来接着训。另"
            "外峰值学习率本身跟 batch size 有关，SGD 一般是线性缩放，Adam 更接近按平方根缩放。"
        ),
        (
            "warmup 就是学习率的 warmup，训练 Transformer 的时候要做 warmup，所以就做。为什么要做呢"
            "，因为训练 Transformer 需要 warmup。步数一般怎么定，就是根据需要的 warmup 步数来定，定"
            "一个合适的步数，这就是 warmup 的步数。"
        ),
    ),
    Case(
        "zh-h25-accent-launch",
        "zh",
        "behavioral",
        "有没有遇到过上线时间和模型质量冲突、你坚持了自己意见的情况？",
        (
            "**S**：2022 年底，客服电话机器人 ASR 升级，计划 12/15 上线（配合大促）\n"
            "**T**：我负责上线前评测。整体 CER 7.8% → 6.1%，但**按地域拆开**：粤语口音 / 西南官话用"
            "户 CER 反而 9% → 14%\n"
            "**A**：\n"
            "- 没有只报总数：拉 3 周真实通话，按省份切片做对比表，附 20 条失败录音\n"
            "- 约产品 + 客服负责人开会：这些用户识别差 → 被转人工 → 成本 + 投诉\n"
            "- 不要求整体延期：**新模型先在北方省份灰度**，南方继续用旧模型；两周补 300 h 口音数据"
            "再训\n"
            "**R**：12/15 按期灰度 60% 流量；1 月初新版口音 CER 降到 8.7% → 全量；转人工率 -11%\n"
            "反思：评测默认做切片，平均数会盖住少数用户"
        ),
        (
            "有一次是二二年年底，我们客服电话机器人的语音识别要升级，计划十二月中旬上线，赶大促。我"
            "负责上线前的评测，总体看字错率从七点八降到了六点一，挺好看的，但我按地区拆开一看，带粤"
            "语口音和西南官话口音的用户反而从百分之九左右变差到了十四。我没有只报一个总数，而是拉了"
            "三周的真实通话按省份做了对比，还附了二十条识别失败的录音，约产品和客服的负责人开会，讲"
            "清楚这些用户识别不准就会被转到人工，既增加成本又容易投诉。我也没要求整体延期，而是建议"
            "新模型先在北方省份灰度，南方继续用老模型，同时花两周补了三百小时左右的口音数据重新训练"
            "。结果十二月十五号照常上了六成的流量，一月初新版本在口音用户上的字错率降到了八点七，然"
            "后才全量，转人工率还降了一成多。我自己的体会是评测默认就要做切片，平均数很容易把少数用"
            "户的问题盖住。"
        ),
        (
            "有过。之前一个语音识别模型上线前，我发现有些口音用户的效果变差了，就去跟产品沟通，最后"
            "是分地区先灰度上的。"
        ),
        (
            "有，二二年底客服机器人的识别升级，我负责评测，整体字错率从七点八降到六点一。按地区拆开"
            "看，粤语口音和西南官话的用户其实也都变好了，所以我判断没什么风险。产品那边想先灰度，我"
            "坚持应该十二月十五号直接全量上线，不做灰度，也不用补数据，因为大促等不了。上线之后南方"
            "的投诉确实多了一些，转人工率涨了一成，后来是客服团队自己加了人工兜底才压下去的。"
        ),
        (
            "我觉得上线时间和质量冲突的时候，关键是要有一个大家事先认可的上线标准。我们团队后来专门"
            "定了一个发布检查表，包括离线指标、压测、回滚方案、监控告警，每一项都要有人签字。这样到"
            "了上线前就不用临时吵，达标就上，不达标就按流程走。另外大促期间一般是封版的，所有变更都"
            "要提前两周冻结。"
        ),
        (
            "有的，上线时间和模型质量冲突的情况是有的。在这种情况下我坚持了自己的意见，因为我觉得我"
            "的意见是对的，所以我就坚持了。总的来说，遇到上线时间和模型质量冲突的时候，坚持自己的意"
            "见是很重要的，我当时就是坚持了自己的意见。"
        ),
    ),
]

CASES = [*_ZH, *EN]
