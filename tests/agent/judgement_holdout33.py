"""A thirty-third held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, in the brief's area of computer vision and document AI and
on topics no other set uses (a receipt key-information pipeline for an expense app with corner
regression and perspective correction, DBNet text detection, SVTR recognition trained on three
million synthetic receipt-font images, LayoutLMv3 field tagging and sum and date checks that send
failures to a person; fine-tuning SAM on 220 labelled aerial images of rooftop solar panels with a
frozen encoder plus LoRA, box prompts from a small detector and two rounds of filtered
pseudo-labels; how a CNN's receptive field is computed and enlarged and why the effective one is
smaller; 3D convolution against the temporal shift module for action recognition; finding annotator
disagreement in a phone-casing defect set with cross-labelling, kappa and cleanlab, and fixing the
labelling guideline together with the annotation lead; removing near-duplicate photos from a stock
library with byte hashes, perceptual hashes, CLIP embeddings in a FAISS index, a threshold set on
labelled pairs and a keypoint check for burst shots; on-device fall detection from skeletons with
ST-GCN, staged falls, hard negatives and a time-on-the-floor gate; how the CTC loss works in CRNN
text recognition; how SAM is built and why one click gives three masks; one's own frame-level split
that leaked near-identical frames into a hard-hat detector's test set; two introductions).
References are messy notes (headings, numbered and bulleted lists, bold, half sentences, arrows,
mixed zh/en terms, numbers with units, formulas, STAR letters in the behavioral notes, a results
line), some short and some long. Answers are written as candidates speak: strong ones paraphrase,
some with Chinese numerals, spelled-out numbers and fractions; partials are vague or make one or two
points; wrong ones are confident and mix the reference's words with wrong facts (schools swapped
with jobs in the wrong order, reversed numbers, a denied role and another career goal; the detection
and recognition models' roles swapped with a denied correction, a denied rule check, denied
synthetic data and wrong numbers; the opposite freezing choice with point prompts, denied
pseudo-labels and other numbers; a wrong formula with a denied stride effect, a reversed effective
receptive field and dilation and downsampling said to shrink it; a spatial shift under TSM's name
with added cost, all channels shifted, a reversed cost comparison and denied streaming; someone
else's finding with blame, the work sent back, denied cross-labelling and checks and another
outcome; schools swapped with jobs in the wrong order, a denied role, reversed numbers and another
career goal; the two stages' roles swapped with a reversed threshold direction, denied labelling,
precision and recall swapped, a denied keypoint check and another outcome; the rejected RGB model
chosen in the cloud with denied staged data, denied hard negatives, the floor gate removed and other
numbers; a required alignment with blanks removed before merging, the max instead of a sum and a
built-in language model; the encoder's and decoder's sizes swapped with text prompts, three masks as
three classes with an averaged loss, a denied IoU head and hand-labelled data; a denied leak raised
by someone else with no escalation, a full rollout and the frame split kept); off-topic ones are
fluent about something nearby; padded ones restate the question or repeat themselves. Written blind;
its first measurement, by the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout33_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h33-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，重点讲讲你最近在做的事情。",
        (
            "自我介绍（~90 s；主线：OCR → 文档理解 → 多模态大模型）\n"
            "- 林晓舟｜华科 自动化 本科 2016 → 浙大 计算机视觉 硕士 2019\n"
            "- 2019–2022 票通云（财税 SaaS）：OCR 算法工程师\n"
            "  - 票据文字检测 + 识别；**手写金额**识别准确率 88% → 96.5%\n"
            "- 2022–至今 易报销（费用报销 App）**文档智能组 负责人**（5 人）\n"
            "  - 小票 / 发票 KIE 全链路：检测 → 识别 → 字段抽取 → 规则校验\n"
            "  - 自动填单率 41% → 78%；人工审核工时 -60%\n"
            "- 为什么换：想做 **多模态大模型** 端到端理解文档，不再拼 pipeline"
        ),
        (
            "面试官您好，我叫林晓舟。本科在华中科技大学读自动化，一六年毕业，然后去浙大读了计算机视"
            "觉方向的硕士。第一份工作在票通云，一家做财税 SaaS 的公司，我做 OCR 算法，主要是票据上"
            "文字的检测和识别，其中手写金额的识别准确率从八成八做到了九成六以上。二二年我去了易报销"
            "，现在带一个五个人的文档智能小组，负责小票和发票从检测、识别、抽字段到规则校验的整条链"
            "路，能自动填好的单子从四成出头涨到快八成，审核同事的工时省了六成。想换机会，是因为我想"
            "做多模态大模型，用一个模型端到端地读懂文档，而不是继续拼流水线。"
        ),
        (
            "我叫林晓舟，之前一直在做 OCR，现在在一家做报销的公司负责文档这一块，后面想往大模型方向"
            "发展。"
        ),
        (
            "我叫林晓舟，本科在浙大读的计算机视觉，硕士去华科读了自动化，一九年毕业。毕业先去了易报"
            "销做后端开发，后来才跳到票通云做 OCR。手写金额识别那块我接手的时候是九成六，后来掉到了"
            "八成八左右。易报销的文档智能组不是我带的，我一直是自己一个人做，自动填单率也没怎么变，"
            "还是四成左右。想换工作主要是想转去做推荐系统。"
        ),
        (
            "报销这个场景其实最麻烦的是各地的票长得都不一样，餐饮小票、出租车票、火车票格式完全不同"
            "，还有很多是热敏纸，放几个月字就褪没了。财务最关心的是合规，比如同一张发票不能被两个人"
            "重复报销，所以很多公司都会去接税务局的发票查验接口。另外员工拍照的习惯也很差，经常只拍"
            "半张。"
        ),
        (
            "好的，我先做个自我介绍。我最近在做的事情，就是我最近一直在做的那些事情，重点也就是这些"
            "事情。总的来说，我就是这样一个人，最近在做的事情就是刚才说的这些，重点就是最近做的事。"
        ),
    ),
    Case(
        "zh-h33-receipt-kie",
        "zh",
        "project",
        "你们报销 App 里小票识别那条链路是怎么搭的？检测、识别和字段抽取分别怎么做？",
        (
            "## 小票 KIE pipeline（2023 H1）\n"
            "**问题**\n"
            "- 用户手机拍小票 → 褶皱、倾斜、热敏纸褪色\n"
            "- 原来 = 第三方通用 OCR + 正则，字段准确率只有 62%\n"
            "**方案（4 段）**\n"
            "1. **检测**：DBNet（可微二值化）出文本行多边形\n"
            "   - 之前先回归小票 4 个角点 → **透视矫正**\n"
            "2. **识别**：SVTR-tiny + CTC 解码\n"
            "   - 合成 300 万张小票字体数据（数字、¥、小数点）\n"
            "3. **KIE**：LayoutLMv3 token 分类 → 商户名 / 日期 / 总金额 / 税额\n"
            "   - 输入 = 文本 + bbox + 图像 patch；只精标 4k 张，其余模型预标 + 人工改\n"
            "4. **规则校验**：明细求和 ≈ 总金额（容差 ±0.01）；日期 ≤ 提交日；不过 → 转人工\n"
            "**结果**：字段级准确率 62% → 93%；总金额 97.8%；单张 P95 420 ms（T4）"
        ),
        (
            "原来是调第三方的通用 OCR，再用正则抠字段，可用户拍的小票又皱又歪，热敏纸还褪色，字段对"
            "的只有六成出头。后来我们自己搭了四段。检测用 DBNet 出文本行的框，在这之前先回归小票的"
            "四个角，做一次透视矫正把图拉正。识别用小号的 SVTR，CTC 解码，另外合成了大约三百万张小"
            "票字体的图，专门照顾数字、人民币符号和小数点。抽字段用 LayoutLMv3，文字、位置框和图像"
            "一起喂进去，给每个 token 分成商户名、日期、总额、税额。最后是规则校验，明细加起来要和"
            "总金额对上，差不超过一分钱，日期不能晚于提交那天，对不上就转人工。上线后字段准确率到了"
            "九成三，T4 上一张的 P95 是四百多毫秒。"
        ),
        (
            "检测用的是 DBNet，识别是一个带 CTC 的识别模型，然后再把字段抽出来，上线以后准确率提升"
            "挺多的。"
        ),
        (
            "我们是先用 SVTR 做文本行检测，再把框交给 DBNet 去识别，DBNet 自己带 CTC 解码。透视矫正"
            "试过，发现没什么用就去掉了。字段抽取用 LayoutLMv3，但只喂文字，位置框和图像都不用。规"
            "则校验也没做，因为明细加起来经常和总金额对不上，加了反而误杀，所以全部直接放过。合成数"
            "据也没用，全是真实标注。最后字段准确率从六成二提到七成左右，总金额九成出头。"
        ),
        (
            "小票这个事其实也可以不靠 OCR，现在很多商家都能开电子发票，直接拿到结构化的文件，财务系"
            "统对接税务局的查验平台就行。推电子化的难点在商户，小商户没有开票系统，出租车、停车这类"
            "定额票据也还是纸质的。我们当时和财务聊过，他们更在意的是同一张票会不会被重复报销，还有"
            "审批流要走多久。"
        ),
        (
            "小票识别那条链路，就是检测、识别和字段抽取。检测就是做检测，识别就是做识别，字段抽取就"
            "是把字段抽取出来。整条链路就是这么搭起来的，先检测，再识别，再抽字段，大概就是这样一条"
            "链路。"
        ),
    ),
    Case(
        "zh-h33-sam-solar",
        "zh",
        "project",
        "你说用很少的标注把 SAM 微调到了屋顶光伏板分割上，具体是怎么做的？",
        (
            "### 航拍光伏板分割（SAM 少样本微调）\n"
            "- 数据：0.3 m/px 航拍，只有 **220 张**人工精标 mask；zero-shot SAM IoU 0.58（常把整片"
            "屋顶一起分进来）\n"
            "- 做法：\n"
            "  1. image encoder（ViT-B）**冻结**，只加 LoRA（r=8）+ 放开 mask decoder → 单卡 24 GB "
            "够\n"
            "  2. prompt 用 **box**（前面一个轻量 YOLO 出框），不用点 → 点的歧义太大\n"
            "  3. loss = Focal : Dice = 20 : 1（沿用 SAM 原文）\n"
            "  4. 2 轮 pseudo-label：1.2 万张未标注图推理，只留 predicted IoU > 0.9 且 stability 高"
            "的 mask 加回训练\n"
            "- 结果：mIoU 0.58 → 0.84；标注成本 ~2 人周"
        ),
        (
            "直接拿 SAM 零样本去分光伏板，IoU 只有零点五八左右，它老把整个屋顶一起圈进来。我们手上"
            "只有两百二十张精标的 mask，所以没敢全量微调：ViT-B 的图像编码器冻住，只挂了秩为八的 "
            "LoRA，再把 mask decoder 放开训，一张 24G 的卡就够了。提示用的是框不是点，框来自前面一"
            "个很轻的 YOLO，点的歧义太大。损失是 focal 加 dice，比例照原文二十比一。然后做了两轮伪"
            "标签，在一万两千张没标的图上推理，只把模型自己预测 IoU 过零点九、又比较稳定的 mask 加"
            "回来。最后 mIoU 到了零点八四，标注前后只花了两个人周左右。"
        ),
        "我们没有全量微调，只训了一小部分参数，后来又加了一些伪标签，效果比直接用 SAM 好了不少。",
        (
            "我们是把 SAM 的图像编码器整个放开做全量微调，mask decoder 反而冻住，因为 decoder 很小"
            "，改了也没用。提示用的是点，在每块光伏板中间点一下，框太粗、歧义更大。损失只用了交叉熵"
            "。伪标签没做，怕引入噪声，那一万多张没标的图都没用上。其实零样本的时候 IoU 就已经有零"
            "点八了，两百多张图全量微调完到了零点八五左右。"
        ),
        (
            "遥感影像和自然图像差别挺大的。一是分辨率，卫星一般零点五米到几十米一个像素；二是有多光"
            "谱波段，不只是 RGB，还有近红外，可以算 NDVI 看植被长势。另外航拍图要先做正射校正和拼接"
            "，不同日子拍的图颜色不一样，还得做匀色。光伏这几年装机量涨得很快，分布式光伏主要装在工"
            "商业屋顶上。"
        ),
        (
            "用很少的标注微调 SAM，就是用少量的标注去微调 SAM，然后用在光伏板分割上。具体做法就是微"
            "调，用少量标注微调，去分割光伏板。总之就是标注很少，然后微调 SAM，这就是具体的做法。"
        ),
    ),
    Case(
        "zh-h33-receptive-field",
        "zh",
        "fundamentals",
        "什么是感受野？卷积网络里怎么算，怎么把它变大？",
        (
            "**感受野 RF** = 输出特征图上 1 个点对应的输入区域；递推 r_l = r_{l-1} + (k_l − 1) × "
            "∏_{i<l} s_i（s = stride）→ 例：3 个 3×3 conv（stride 1）RF = 7 ≈ 1 个 7×7，参数 27C² "
            "vs 49C²\n"
            "- **有效感受野 ERF** ≠ 理论 RF：贡献近似高斯，集中在中心，只占理论的一小部分\n"
            "- 变大：下采样 / pooling（stride 累乘）、空洞卷积（k_eff = d(k−1)+1）、大 "
            "kernel（RepLKNet 31×31）、加深"
        ),
        (
            "感受野说的是输出特征图上的一个点，能看到原图上多大的一块。算的时候逐层往上推：这一层的"
            "感受野等于上一层的，加上这一层的核大小减一、再乘以前面所有层步长的乘积。比如连着三个步"
            "长为一的三乘三卷积，感受野是七，跟一个七乘七一样大，参数却只要二十七份而不是四十九份。"
            "理论感受野和有效感受野不是一回事，真正起作用的像素中间多、边上少，差不多是个高斯，只占"
            "理论值的一小块。想变大的话，可以下采样或池化让步长累乘上去；可以用空洞卷积，等效核是膨"
            "胀率乘核减一再加一；也可以直接上大核，像 RepLKNet 用到三十一乘三十一，或者把网络堆深。"
        ),
        "感受野就是特征图上一个点能看到的输入范围，一般网络越深，感受野就越大。",
        (
            "感受野是输出特征图上一个点对应的输入区域。算的时候把每一层的卷积核大小直接乘起来就行，"
            "比如三个三乘三卷积感受野就是二十七，步长不影响感受野。有效感受野一般比理论感受野还大，"
            "因为边缘像素的贡献最大。空洞卷积会让感受野变小，因为它跳过了一些像素；下采样也会缩小感"
            "受野，所以想扩大感受野主要靠增加通道数。"
        ),
        (
            "卷积层的计算量一般用 FLOPs 衡量，一层的乘加次数是输出特征图的高乘宽，再乘输入通道、输"
            "出通道和卷积核的面积。深度可分离卷积把它拆成逐通道卷积和逐点卷积两步，计算量能降到原来"
            "的八九分之一，MobileNet 就是这么做的。不过实际速度还受访存影响，FLOPs 低不一定就跑得快"
            "。"
        ),
        (
            "感受野就是感受野，卷积网络里面都会有感受野。怎么算呢，就是按卷积网络去算感受野；怎么变"
            "大呢，就是想办法让感受野变大。所以说感受野在卷积网络里很重要，算它和把它变大都很重要。"
        ),
    ),
    Case(
        "zh-h33-tsm",
        "zh",
        "fundamentals",
        "做视频动作识别，3D 卷积和 TSM 这类方法有什么区别？TSM 是怎么建模时序的？",
        (
            "## 视频动作识别：时序怎么建\n"
            "1. **2D + 后融合**（TSN）：每帧单独过 2D CNN，最后平均 → 便宜，但不懂先后顺序（“开门” "
            "vs “关门”分不清）\n"
            "2. **3D conv**（C3D / I3D / SlowFast）：kernel 在 T×H×W 上卷 → 时空联合建模，强；但参"
            "数 & FLOPs ≈ 2D 的 k_t 倍（k_t=3 → ~3×），难训，要大规模视频预训练\n"
            "3. **TSM（Temporal Shift Module）**\n"
            "   - 2D ResNet block 里把特征沿**时间维**移位：1/8 通道往前移 1 帧，1/8 往后，其余 "
            "3/4 不动\n"
            "   - 移位本身 **0 参数、0 FLOPs**，只是搬数据 → 相邻帧信息在后面的 2D conv 里混合\n"
            "   - residual shift（放残差支路里），不破坏空间特征；移太多通道会掉点\n"
            "   - 在线版只单向移（只看过去）→ 可流式\n"
            "- Something-Something v2 这类强时序数据：TSM ≈ I3D 精度，算力 ≈ TSN"
        ),
        (
            "最省事的是每帧单独过二维 CNN、最后取平均，像 TSN，便宜，但基本不管先后，开门和关门它可"
            "能分不出来。三维卷积是在时间和空间上一起卷，效果强，可参数和计算量大概是二维的三倍，也"
            "难训，得先在大的视频数据上预训练。TSM 还是用二维 ResNet，只是在残差块里把一部分通道沿"
            "时间轴挪一下：八分之一往前挪一帧，八分之一往后，剩下四分之三不动，后面的二维卷积就顺带"
            "把相邻帧的信息混在一起了。挪动本身不加参数也不加计算，只是搬内存。它放在残差支路上，免"
            "得破坏空间特征，挪太多通道反而掉点。要在线流式就只往一个方向挪。在 "
            "Something-Something 这种很看时序的数据上，它能接近 I3D 的精度，计算量却和 TSN 差不多。"
        ),
        "3D 卷积的计算量比较大；TSM 是在 2D 网络里加了一个时间上的移位操作，所以快很多。",
        (
            "TSM 其实是在空间维度上移位，把特征图往上下左右各挪一个像素，相当于扩大感受野，时序还是"
            "靠最后把各帧的分数平均。它要额外的参数，计算量大概是 2D 网络的三倍，跟 3D 卷积差不多。"
            "移的通道越多越好，我们一般全部通道都移。3D 卷积反而比 TSM 便宜，因为它一次能处理多帧。"
            "在线场景 TSM 必须双向移，所以没法流式。"
        ),
        (
            "视频理解这块最大的瓶颈是数据和 IO。公开数据集一般是几十万个十秒左右的片段，很多是从视"
            "频网站上剪的，原视频陆续下架，不同论文用的版本不一样，数字不太好直接比。视频解码也很吃"
            " CPU，训练时常常是数据加载跟不上 GPU，所以很多团队会预先抽帧存成图片，或者改用 GPU 解"
            "码。"
        ),
        (
            "3D 卷积和 TSM 的区别，就是 3D 卷积是 3D 卷积，TSM 是 TSM，它们是不一样的方法。TSM 怎么"
            "建模时序，就是用 TSM 的方式去建模时序。总的来说，它们的区别就是方法不一样，建模时序的"
            "方式也不一样。"
        ),
    ),
    Case(
        "zh-h33-label-noise",
        "zh",
        "behavioral",
        "讲一个你发现标注数据质量有问题、并推动解决的经历。",
        (
            "**S**：手机外壳缺陷检测（划痕 / 污渍 / 破损），标注从外包转内部标注组 8 人；mAP 卡在 "
            "0.61 两个月不动\n"
            "**T**：我负责模型，怀疑问题在数据\n"
            "**A**：\n"
            "- 抽 500 张做**双人交叉标注** → 类别一致率 71%，Cohen's κ = 0.52；“污渍 vs 划痕”最乱\n"
            "- 5 折 OOF 预测 + cleanlab 找疑似错标 → ~9% 的框有问题\n"
            "- 没甩锅：拉标注组长一起过 bad case → 根因是**标注规范**本身模糊（< 2 mm 算不算划痕没"
            "写）\n"
            "- 一起改规范 + 100 张 gold 题，每周抽检；疑难样本第三人仲裁\n"
            "**R**：κ 0.52 → 0.81；重标 2 周后 mAP 0.61 → 0.70；规范被另外 2 个项目复用"
        ),
        (
            "之前做手机外壳的缺陷检测，分划痕、污渍、破损，标注从外包换成了内部八个人的小组，mAP 卡"
            "在零点六一，两个月不动。我负责模型，但怀疑是数据。先抽了五百张让两个人各自独立标，类别"
            "只有七成一致，kappa 才零点五二，污渍和划痕最容易混。再用五折交叉验证的预测加 cleanlab "
            "找疑似标错的，大概百分之九的框有问题。我没拿这个去怪标注同学，而是约标注组长一起过错例"
            "，发现根子在规范：两毫米以下算不算划痕，规范里根本没写。我们一起改了规范，加了一百道金"
            "标准题，每周抽检，拿不准的找第三个人仲裁。kappa 到了零点八一，重标两周后 mAP 到零点七"
            "，这份规范后来另外两个项目也拿去用了。"
        ),
        (
            "有一次模型效果一直上不去，我发现是标注有问题，就去和标注的同事沟通，重新标了一部分数据"
            "，效果就好了。"
        ),
        (
            "之前做手机外壳缺陷检测，mAP 卡在零点六一。其实是标注组长先发现的问题，我那时候觉得是模"
            "型结构不行，一直在换 backbone。确认是标注问题以后，我直接跟老板说内部标注组不靠谱，把"
            "任务又退回给外包，规范没改，也没做交叉标注和抽检，我觉得那是标注团队自己的事。重标之后"
            " mAP 反而降到零点五几，两边关系也闹得挺僵。"
        ),
        (
            "标注这件事我觉得最重要的是工具。我们后来把标注平台从 LabelImg 换成了 CVAT，支持多人协"
            "作、快捷键和视频插帧，效率高了不少。预标注也很有用，先让模型出框，人只需要改，速度能快"
            "一倍。标注员的激励也得设计好，纯按件计费容易赶量。"
        ),
        (
            "有的，我发现过标注数据质量有问题，然后推动解决了。发现问题以后，我就去推动解决这个问题"
            "，最后问题解决了。总的来说，就是发现标注质量有问题，然后推动把它解决，这就是我的经历。"
        ),
    ),
]

CASES = [*_ZH, *EN]
