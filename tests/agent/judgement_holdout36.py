"""A thirty-sixth held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, in the brief's area of generative models and time series
and on angles no other set takes (held-out 9, 10, 12, 27 and 32 also touch demand forecasting,
metric anomaly detection, classifier-free guidance and load forecasting): fine-tuning SDXL per
product with DreamBooth and a rank-16 LoRA, a prior-preservation loss, early stopping and CLIP-I,
DINO and CLIP-T checks; fifteen-minute metro passenger-flow forecasts from LightGBM with lag
features and a Temporal Fusion Transformer blended by horizon, with rolling-origin backtests and
WAPE; the DDPM noise schedule, linear against cosine; MAPE against WAPE for demand forecasts; one's
own randomly split validation set that hid leakage in a fresh-food sales forecast; a ControlNet
trained on line maps, with depth, zero convolutions and control stopped before the last steps, for
restyling room photos; anomaly detection on GPU-fleet telemetry by peer comparison, STL residuals
and an LSTM autoencoder with a two-of-three vote; backtesting a forecaster with a rolling origin
rather than k-fold; stationarity, the ADF test and the d in ARIMA; pushing back on launching
AI-generated listing photos everywhere before Black Friday; two introductions). References are
messy notes (headings, numbered and bulleted lists, bold, half sentences, arrows, mixed zh/en
terms, numbers with units, formulas, STAR letters in the behavioral notes, a results line), some
short and some long. Answers are written as candidates speak: strong ones paraphrase, some with
Chinese numerals, spelled-out numbers and fractions; partials are vague or make one or two points;
wrong ones are confident and mix the reference's words with wrong facts (schools swapped with jobs
in the wrong order, denied customisation and reversed numbers; a far larger data need, LoRA moved
to the text encoder, the prior-preservation loss denied with its purpose reversed and a reversed
outcome; the two models' roles swapped with future values used as lags, a random split and
reversed numbers; the reverse process under the schedule's name with a reversed beta and cosine's
effect reversed; the two metrics' definitions swapped with a reversed asymmetry and the opposite
choice; the blame put on another team with reversed numbers and a denied rollback; schools swapped
with jobs in the wrong order, a denied role and reversed numbers; Canny and depth swapped with the
frozen and trained parts swapped and zero convolutions' purpose reversed; static thresholds kept
with peer comparison denied and the autoencoder's error reversed; shuffled k-fold defended with
the gap denied and features fitted before splitting; the ADF null reversed with d as AR lags and
differencing and logs swapped; roles swapped with a lower defect rate, the opposite action and
another outcome); off-topic ones are fluent about something nearby; padded ones restate the
question or repeat themselves. Written blind; its first measurement, by the lead, is its blind
figure.
"""

from __future__ import annotations

from judgement_holdout36_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h36-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，重点讲讲跟这个岗位相关的经历。",
        (
            "自我介绍（≤2 min，主线：CV → 扩散模型 → 电商 AIGC）\n"
            "- 林嘉禾｜浙大 计算机 本科 2016 → 上交 图像处理 硕士 2019\n"
            "- 2019–2022 图派科技：商品图 **抠图 + 背景替换**（U2-Net），日处理 ~300 万张\n"
            "- 2022–至今 某电商平台 AIGC 组\n"
            "  - SD 1.5 → SDXL，**商品图生成**：LoRA / DreamBooth 定制商家风格\n"
            "  - ControlNet（canny + depth）保商品轮廓，不变形\n"
            "  - 生成图 CTR vs 实拍 +4.2%，单张成本 ¥30 → ¥0.3\n"
            "- 为什么来：想做视频生成 / 多模态，不想只调 SD"
        ),
        (
            "面试官您好，我叫林嘉禾。本科是在浙江大学读的计算机，一六年毕业，然后去上海交大读了图像"
            "处理方向的硕士，一九年毕业。第一份工作在图派科技，做商品图的抠图和换背景，用的是 "
            "U2-Net 这一类分割模型，高峰的时候一天要处理三百万张左右。二二年我去了现在这家电商平台"
            "的 AIGC 组，从 SD 1.5 一路做到 SDXL，主要是生成商品图：用 LoRA 加 DreamBooth 给每个商"
            "家定制风格，再用 ControlNet 的边缘和深度条件把商品的轮廓锁住，避免变形。线上对比下来，"
            "生成图的点击率比实拍图还高四个多点，一张图的成本从三十块左右降到了三毛钱。想来这边是因"
            "为我想往视频生成和多模态走，而不是一直在调 SD。"
        ),
        (
            "我叫林嘉禾，之前一直做图像相关的工作，现在在电商公司做 AIGC，主要是用 Stable "
            "Diffusion 生成商品图，也做过一些微调。"
        ),
        (
            "我叫林嘉禾，本科是在上交读的图像处理，硕士去了浙大读计算机。毕业后先进了现在这家电商平"
            "台的 AIGC 组，后来才去图派科技做抠图。商品图生成我们只用了 SD 1.5 的原始模型，没有做 "
            "LoRA 或者 DreamBooth 这种定制，ControlNet 试过但商品会变形，所以没上。效果上生成图的点"
            "击率比实拍低了四个多点，成本反而从三毛涨到了三十块一张。想来这边主要是想做推荐系统。"
        ),
        (
            "电商商品图这个行业其实变化挺大的。以前商家要请摄影棚，一组图几千块，还要修图师精修，周"
            "期一两周。现在平台对主图有很多规范，比如白底、主体占比、不能有牛皮癣文字，审核不过就不"
            "能上架。另外各个平台的尺寸要求也不一样，有的要方图，有的要三比四，商家经常要做好几套。"
        ),
        (
            "好的，我先做个自我介绍。我的经历里跟这个岗位相关的，就是跟这个岗位相关的那些经历。总的"
            "来说，我就是这样一个人，相关的经历就是刚才说的这些相关经历，跟岗位还是很相关的。"
        ),
    ),
    Case(
        "zh-h36-dreambooth",
        "zh",
        "project",
        "讲讲你用 LoRA 和 DreamBooth 微调 Stable Diffusion 生成商家商品图的项目，具体是怎么做的？",
        (
            "## 项目：商家专属商品图（SDXL + DreamBooth-LoRA）\n"
            "**背景**：商家要「自家商品 + 各种场景」，通用 SD 画不出具体 SKU（logo、花纹会变）\n"
            "1. 数据：每个 SKU 只要 **10–20 张**图，白底 + 多角度；BLIP 自动 caption 再人工改\n"
            '2. 训练：DreamBooth + LoRA（rank 16，只训 UNet 的 attention 层），稀有词 "sks bag" '
            "绑定商品\n"
            '   - **prior preservation loss**：模型自己先生成 200 张同类图（"a bag"）一起训 → 防 '
            "language drift / 过拟合\n"
            "   - lr 1e-4，~800 steps，单卡 A100 ~15 min\n"
            "3. 推理：LoRA scale 0.8；配 ControlNet(canny) 保轮廓\n"
            "4. 评估：CLIP-I / DINO 相似度（像不像商品）+ CLIP-T（跟不跟 prompt）+ 人工抽检\n"
            "**坑**：步数多 → 过拟合，连白底背景都学进去，换场景换不掉 → 早停 + 训练图里混几张带场"
            "景的\n"
            "**结果**：人工合格率 62% → 88%，接入 1.2 万商家"
        ),
        (
            "这个项目是给商家生成自家商品在各种场景里的图。通用 SD 画不出具体的 SKU，logo 和花纹会"
            "跑掉，所以按商品做定制。每个商品只要十到二十张多角度的白底图，BLIP 自动打标再人工修。"
            "训练用 DreamBooth 加 LoRA，秩十六，只挂在 UNet 的注意力层上，用稀有词 sks bag 绑定这个"
            "商品；同时加先验保留损失，让原模型先生成两百张普通的包一起训，防止语言漂移和过拟合。学"
            "习率一乘十的负四，八百步左右，一张 A100 十五分钟。推理时 LoRA 权重零点八，再加边缘图的"
            " ControlNet 保轮廓。评估用 CLIP-I 和 DINO 看像不像，CLIP-T 看跟不跟提示词，再加人工抽"
            "检。坑是步数一多连白底都学进去了，后来做了早停，训练图里混几张带场景的。最后人工合格率"
            "从六成出头提到接近九成，接了一万两千个商家。"
        ),
        (
            "就是用 DreamBooth 加 LoRA 给每个商品单独微调一下 SD，让它能画出这个具体的商品，然后放"
            "到不同的场景里，效果比直接用原始模型好不少。"
        ),
        (
            "我们是给商家生成商品图，用的 DreamBooth 加 LoRA。DreamBooth 需要的数据量比较大，每个 "
            "SKU 至少要准备五百张以上的图才训得动。LoRA 我们挂在文本编码器上，UNet 是全参数一起训的"
            "。prior preservation loss 我们专门关掉了，因为它会让模型忘掉商品本身，反而更容易过拟合"
            "。训练步数是越多越好，我们一般训一万步以上，没遇到过拟合的问题。评估主要看 FID，没有做"
            "人工抽检。上线后合格率从八成多掉到了六成左右，最后只接了几十个商家。"
        ),
        (
            "做商品图生成，提示词其实很关键。我们总结了一套模板，比如先写主体，再写场景、光线、镜头"
            "，像「柔和的自然光、浅景深、八十五毫米镜头」这种词加上去质感会好很多。负向提示词也要加"
            "，比如低质量、模糊、多余的手指。出图之后一般还要过一遍超分，把分辨率从一千放大到两千，"
            "再做一点调色，商家才愿意用。"
        ),
        (
            "这个项目就是用 LoRA 和 DreamBooth 微调 Stable Diffusion 生成商家商品图的项目。具体怎么"
            "做的，就是用 LoRA 和 DreamBooth 去微调，然后生成商品图。总的来说，就是微调 Stable "
            "Diffusion，生成商家的商品图，具体就是这么做的。"
        ),
    ),
    Case(
        "zh-h36-metroflow",
        "zh",
        "project",
        "说说你做的地铁客流预测项目吧，特征和模型是怎么选的？",
        (
            "## 地铁进出站客流预测（15 min 粒度，预测未来 2 h，~300 个站）\n"
            "用途：排班 + 限流预警\n"
            "**季节性**：日内早晚高峰 / 工作日 vs 周末 / 节假日（调休单独标）→ 日历特征\n"
            "方案对比：\n"
            "1. LightGBM + lag 特征（t-1~t-4、上周同时刻、滚动均值）→ 平日很强\n"
            "   - 坑：lag 只能用预测时已知的值，预测 t+8 不能用 t+1~t+7 的真值\n"
            "2. TFT（known future 输入：日历、活动、天气）→ 节假日 / 演唱会散场更准，但训练慢 ~6 "
            "h\n"
            "→ 最终按 horizon 加权融合：近 30 min 偏 LightGBM，远端偏 TFT\n"
            "回测：rolling origin，按周滚 12 次，含 2 个长假\n"
            "指标：WAPE（小站 MAPE 会爆）\n"
            "结果：WAPE 14.8% → 9.6%；节假日 25% → 13%"
        ),
        (
            "这个项目预测地铁三百个站的进出站人数，十五分钟一个点，往后看两小时，给排班和限流预警用"
            "。客流周期性很强，一天有早晚高峰，工作日和周末不同，节假日和调休也单独标，都做成日历特"
            "征。模型比了两条路：LightGBM 加滞后特征，像上一小时、上周同一时刻、滑动平均，平常日子"
            "很强，但滞后只能用预测时已经知道的值，不能偷看中间的真实值；TFT 把日历、活动、天气这些"
            "未来已知的信息喂进去，节假日和演唱会散场更准，就是训一次要六小时。最后按预测步长加权融"
            "合，半小时内更信 LightGBM，越远越信 TFT。回测按周滚动十二次，含两个长假，指标用 WAPE，"
            "因为小站的 MAPE 会炸。WAPE 从十四点八降到九点六，节假日从二十五降到十三左右。"
        ),
        (
            "我们做的是地铁客流预测，主要考虑了早晚高峰和节假日这些周期性，模型用了 LightGBM，也试"
            "了一些深度学习的时序模型。"
        ),
        (
            "地铁客流预测我们是按小时预测未来一整天的。模型也比了 LightGBM 和 TFT：TFT 在平常日子最"
            "准，我们拿它做近半小时的预测；节假日和演唱会这种大客流反而是 LightGBM 加滞后特征更准，"
            "所以远端交给 LightGBM。滞后特征我们直接用了 t+1 到 t+7 的真实值，这样特征最全，效果也"
            "最好。回测就是随机切了两成数据当验证集，指标用的 MAPE，因为它对小站更公平。上线后 "
            "MAPE 从百分之九点六涨到了十四点八。"
        ),
        (
            "地铁运营其实很依赖调度经验。比如早高峰的时候会加开大小交路，换乘站要安排站务员引导，遇"
            "到大客流还会启动三级限流，先在站台限，再到站厅，最后在出入口拦。还有就是信号系统从固定"
            "闭塞升级到 CBTC 以后，行车间隔可以压到两分钟以内，运力能提升不少。"
        ),
        (
            "地铁客流预测项目，就是预测地铁客流的项目。特征和模型怎么选的，就是选了一些特征，选了一"
            "个模型。总的来说，我们就是根据项目的需要来选特征和模型的，地铁客流预测就是这样做的。"
        ),
    ),
    Case(
        "zh-h36-noise-schedule",
        "zh",
        "fundamentals",
        "DDPM 里的 noise schedule 是什么？线性 schedule 和 cosine schedule 有什么区别？",
        (
            "### DDPM noise schedule\n"
            "- 前向：x_t = √ᾱ_t·x_0 + √(1−ᾱ_t)·ε，ᾱ_t = ∏(1−β_s)\n"
            "- schedule = β_t 怎么随 t 变 → 决定每步加多少噪声，等价于各时刻的 SNR = ᾱ/(1−ᾱ)\n"
            "- **linear**（原版 DDPM）：β 从 1e-4 线性涨到 0.02，T = 1000\n"
            "  - 问题：后段 ᾱ 很快接近 0 → 很多步几乎全是噪声，浪费；低分辨率（32×32、64×64）尤其明"
            "显\n"
            "- **cosine**（Improved DDPM, Nichol & Dhariwal 2021）：ᾱ_t = f(t)/f(0)，f(t) = "
            "cos²(((t/T+s)/(1+s))·π/2)，s = 0.008\n"
            "  - 信息破坏更平缓，中间那些步更有用 → log-likelihood / FID 更好\n"
            "- 补充：分辨率越高越要往「更多噪声」方向 shift；最后一步 SNR ≠ 0 → zero terminal SNR "
            "修正"
        ),
        (
            "noise schedule 就是规定前向加噪时每一步加多少噪声，也就是 β 随时间步怎么变。因为 x_t "
            "等于根号 ᾱ_t 乘原图加上根号一减 ᾱ_t 乘高斯噪声，ᾱ 是一减 β 的连乘，所以 schedule 其实"
            "决定了每个时刻的信噪比。原版 DDPM 用的是线性的，一千步，β 从一乘十的负四线性涨到零点零"
            "二。它的问题是后面一大段 ᾱ 掉得太快，很多步已经基本是纯噪声了，这些步对训练没什么用，"
            "小分辨率的图上更明显。Improved DDPM 提出了 cosine schedule，让 ᾱ 按余弦平方的形状下降"
            "，还加了一个零点零零八的小偏移，信息是慢慢被破坏的，中间的步都有用，似然和 FID 都更好"
            "。另外分辨率高了要往多加噪声的方向挪，最后一步信噪比不为零的话还要做 zero terminal "
            "SNR 的修正。"
        ),
        (
            "noise schedule 就是控制每一步加多少噪声的。线性的是原版 DDPM 用的，cosine 是后来改进的"
            "，效果好一些。"
        ),
        (
            "noise schedule 控制的是反向去噪时每一步减掉多少噪声，跟前向没关系。原版 DDPM 的线性 "
            "schedule 是 β 从零点零二线性降到一乘十的负四，一开始加噪最狠。cosine schedule 的好处是"
            "前几步就把信息破坏掉，让 ᾱ 更快掉到零，这样模型更多时间在学纯噪声，所以 FID 更好。分辨"
            "率越高，反而要往少加噪声的方向调，最后一步信噪比也不需要管。"
        ),
        (
            "扩散模型的采样步数一般比较多，原版要一千步，所以后来有了很多加速方法，比如 DDIM 把采样"
            "变成确定性的，可以二三十步出图；DPM-Solver 用高阶的 ODE 求解器，十几步就行；再往后还有"
            "蒸馏，比如 LCM 和 consistency model，四步甚至一步就能出图，只是细节会差一点。"
        ),
        (
            "DDPM 里的 noise schedule 就是 DDPM 里面的 noise schedule。线性 schedule 和 cosine "
            "schedule 的区别，就是一个是线性的，一个是 cosine 的。总的来说，它们的区别就是线性和 "
            "cosine 的区别。"
        ),
    ),
    Case(
        "zh-h36-wape",
        "zh",
        "fundamentals",
        "做需求预测的时候，MAPE 和 WAPE 有什么区别？你一般选哪个？",
        (
            "MAPE vs WAPE\n"
            "- MAPE = mean(|y−ŷ| / |y|) → 每个点单独除以真实值，再平均\n"
            "  - y≈0 → 爆炸 / 无定义；小销量 SKU 主导整个指标\n"
            "  - 不对称：低估最多错 100%，高估没上限 → 调参会偏向低估\n"
            "- WAPE = Σ|y−ŷ| / Σ|y| → 总误差 / 总量 = 按销量加权的 MAPE\n"
            "  - 大 SKU 权重大，跟业务（库存金额）对得上；有零销量也能算\n"
            "- 选：长尾 / 间歇性需求 → **WAPE**；再单独报 bias = Σ(ŷ−y)/Σy 看偏高还是偏低"
        ),
        (
            "两个都是百分比误差，区别在怎么平均。MAPE 是每个点的绝对误差先除以它自己的真实值，再对"
            "所有点取平均，所以真实值接近零的时候会爆掉，甚至没法算，销量很小的 SKU 会把整个指标拉"
            "偏。它还不对称，预测低了最多错百分之百，预测高了没有上限，所以按 MAPE 调模型会倾向往低"
            "了报。WAPE 是把所有绝对误差加起来，除以所有真实值的总和，等于是按销量加权的 MAPE，大货"
            "的权重大，和库存占用的钱更对得上，零销量也照样能算。长尾多、间歇性需求多的场景我一般选"
            " WAPE，另外再单独看一个偏差，就是预测减真实的总和除以总量，判断整体是偏高还是偏低。"
        ),
        "MAPE 是平均百分比误差，WAPE 是加权的，销量小的时候 MAPE 不太稳定，所以我一般用 WAPE。",
        (
            "MAPE 是先把所有误差加起来除以总销量，WAPE 才是每个点单独除以真实值再平均，所以遇到零销"
            "量会爆掉的其实是 WAPE。MAPE 对预测偏低惩罚没有上限，对偏高最多百分之百，所以用它调出来"
            "的模型会偏高。WAPE 里小 SKU 权重更大，跟库存金额对不上。长尾和间歇性需求多的时候我会选"
            " MAPE，偏差就不用单独看了。"
        ),
        (
            "需求预测做得好不好，最后还是要看补货策略。一般会用安全库存加再订货点的方式，安全库存跟"
            "预测误差的标准差、补货提前期和目标服务水平有关，比如服务水平百分之九十五，对应的系数大"
            "概一点六五。生鲜还要考虑保质期，订多了就是损耗，所以很多时候会用报童模型来算最优订货量"
            "。"
        ),
        (
            "MAPE 和 WAPE 的区别，就是 MAPE 和 WAPE 不一样的地方。我一般选哪个，要看情况，该选 "
            "MAPE 的时候选 MAPE，该选 WAPE 的时候选 WAPE。总的来说，它们是有区别的，我会根据情况来"
            "选。"
        ),
    ),
    Case(
        "zh-h36-own-leak",
        "zh",
        "behavioral",
        "讲一次你自己犯了错、后来主动纠正的经历。",
        (
            "**S**：2023 Q2 做门店日销量预测（生鲜，~800 家店），离线 WAPE 8%，跟运营汇报「可以替代"
            "人工订货」\n"
            "**T**：上线两周实际 WAPE 19%，损耗涨了 → 得查清原因\n"
            "**A**：\n"
            "- 自查 → 是我的问题：验证集是**随机切分**的，不是按时间切 → 同一周的数据训练集里也有，"
            "泄漏\n"
            "- 还有 7 日滚动均值特征把当天也算进去了\n"
            "- 没等别人发现，主动找运营和主管讲清楚；先切回人工订货，模型建议并行给参考\n"
            "- 改成 rolling-origin 回测（按周滚 8 次，gap = 补货提前期 2 天），特征统一 shift\n"
            "**R**：真实离线 WAPE 12.5%，重新上线后 ~13%，对得上；组里把「时间切分」写进模型评审 "
            "checklist"
        ),
        (
            "二三年二季度我做生鲜门店的日销量预测，八百家店左右，离线 WAPE 只有百分之八，我就跟运营"
            "说可以替代人工订货了。结果上线两周实际误差到了十九，损耗也涨了。我回头查，是我自己的问"
            "题：验证集是随机抽的，没按时间切，同一周的数据训练集里也有；七天滑动平均还把当天算进去"
            "了。我没等别人发现，主动找运营和主管讲清楚，先切回人工订货，模型只并行给参考。然后改成"
            "按周滚动回测八次，中间留两天的补货提前期，特征统一往后挪。改完离线误差是十二点五，再上"
            "线大约十三，对上了。之后组里把按时间切分写进了模型评审清单。"
        ),
        "有一次做销量预测，离线效果很好，上线后变差了，后来发现是评估方式有问题，改了之后就好了。",
        (
            "二三年做生鲜门店的销量预测，离线 WAPE 是百分之十九，上线后反而降到了百分之八。期间出过"
            "一次问题，查下来是数据组给的特征有泄漏，不是我这边的问题，我们的验证集本来就是按时间切"
            "的，随机切分其实也没关系。当时运营想切回人工订货，我坚持没回滚，继续用模型，也没有跟主"
            "管汇报，因为觉得过两周自己会好。后来也就没改评审流程。"
        ),
        (
            "我觉得犯错以后最重要的是复盘文化。我们团队每次线上事故都会写复盘文档，按照时间线、影响"
            "范围、根因、改进项来写，而且强调对事不对人，不追究个人责任。改进项会分配负责人和截止时"
            "间，每周例会跟进，这样同样的问题就不会再犯。"
        ),
        (
            "我自己犯错、后来主动纠正的经历是有的。当时我犯了一个错，后来我主动纠正了这个错。总的来"
            "说，犯了错就要主动纠正，我那次就是犯了错以后主动去纠正的，这就是我的经历。"
        ),
    ),
]

CASES = [*_ZH, *EN]
