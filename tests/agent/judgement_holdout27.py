"""A twenty-seventh held-out set: twelve questions written blind.

Written (six zh and six en, four stages, five answers each) by someone who read neither the
estimator's rules nor any set's scores, on topics no other set uses (finding tiny missing-pin
defects in drone photos of power lines by tiling, a high-resolution detection head and a
two-stage detector, day-ahead load forecasting for an industrial park with direct multi-step
LightGBM and weather forecasts, multiple comparisons when an A/B test reads twenty metrics, the
variance of a ratio metric by the delta method, a weather vendor's silent unit change caught by
comparing feature distributions, fake-negative weighting for delayed conversions in an ads
conversion model, out-of-fold smoothed target encoding of high-cardinality categories in a
claims fraud model, sample ratio mismatch and the chi-square check, Newton's method against
gradient descent, arguing for gradient boosting over a deep tabular model with a bake-off, two
introductions). References are messy notes (headings, numbered and bulleted lists, bold, half
sentences, arrows, mixed zh/en terms, numbers with units, formulas, STAR letters in the
behavioral notes, a results line), some short and some long. Answers are written as candidates
speak: strong ones paraphrase, some with Chinese numerals, spelled-out numbers and fractions;
partials are vague or make one or two points; wrong ones are confident and mix the reference's
words with wrong facts (schools swapped with jobs in the wrong order, a denied improvement, a
denied role and another career goal; a denied step with a wrong mechanism under the right name,
the two stages swapped and another outcome; the opposite choices of strategy, weather data and
validation with reversed numbers; a wrong probability with a reversed Bonferroni, the two error
rates swapped and a reversed ordering; a reversed correlation and bias with a wrong sign, a
denied condition and reversed numbers; reversed numbers and units with someone else finding the
cause, a denied role and the opposite action; schools swapped with jobs in the wrong order, a
denied role and another goal; a reversed bias with the rejected option chosen and a different
mechanism under the method's name; a denied leak with reversed smoothing, a denied time order
and other numbers; the opposite conclusion with a denied statistic and the opposite action; the
two methods' properties swapped with a diagonal Hessian and a wrong reason; the opposite stance
with roles swapped and another outcome); off-topic ones are fluent about something nearby;
padded ones restate the question or repeat themselves. Written blind; its first measurement, by
the lead, is its blind figure.
"""

from __future__ import annotations

from judgement_holdout27_en import CASES as EN
from judgement_set import Case

_ZH = [
    Case(
        "zh-h27-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧，重点说说你做过的项目，还有现在想找什么方向。",
        (
            "自我介绍（≤2 min，主线：CV 巡检 → 时序预测 → 想做多模态）\n"
            "- 林书航｜武汉大学 遥感科学与技术 本科 2016 → 浙江大学 计算机 硕士 2019\n"
            "- 2019–2022 华电智巡（电力巡检）算法工程师\n"
            "  - 无人机巡检 **小目标缺陷检测**（销钉缺失 / 绝缘子破损），YOLOv5 + 切片推理\n"
            "  - 销钉缺失 recall 41% → 83%，人工复核 -60%\n"
            "- 2022–至今 晴川能源（储能 / 园区微电网）\n"
            "  - **负荷预测** day-ahead 96 点，LightGBM，MAPE 6.8% → 4.1%\n"
            "  - 带 3 人（2 算法 + 1 数据）\n"
            "- 为什么来：想把视觉 + 时序做进 **多模态大模型**，在工业场景落地"
        ),
        (
            "面试官您好，我叫林书航。本科在武汉大学学遥感，一六年毕业，之后在浙大读了计算机的硕士"
            "，一九年毕业。第一份工作在华电智巡，做无人机电力巡检的缺陷检测，主要是销钉缺失、绝缘"
            "子破损这种很小的目标，用 YOLOv5 再加切片推理，销钉缺失的召回从四成左右做到了八成多，"
            "人工复核少了六成。二二年我去了晴川能源，做园区的日前负荷预测，每十五分钟一个点，用的 "
            "LightGBM，误差从百分之六点八降到四点一，现在带三个人。想来这边，是希望把视觉和时序这"
            "些积累放到多模态大模型里，在工业场景真正用起来。"
        ),
        (
            "我叫林书航，之前做过一段时间电力巡检的图像检测，现在在一家能源公司做预测相关的工作，"
            "接下来想往大模型方向走。"
        ),
        (
            "我叫林书航，本科在浙大读的计算机，硕士去武汉大学读了遥感，一九年毕业。毕业后先去了晴"
            "川能源做负荷预测，后来才到华电智巡做巡检。负荷预测那块误差一直在百分之六点八左右，没"
            "怎么降下来。巡检用的是 Faster R-CNN，整图直接检测，没做切片，销钉缺失的召回大概四成。"
            "我一直是一个人做，没有带过人。想来这边主要是想转去做后端开发。"
        ),
        (
            "电力巡检这个行业这几年变化很大。以前是巡线工人爬塔、拿望远镜看，一条线路要走好几天；"
            "现在基本是无人机按预设航线自主飞，一次能拍几千张。难点在于山区信号差，无人机要靠 RTK "
            "定位，还有电网对数据安全要求高，很多图片不能出内网，只能在本地服务器上处理。"
        ),
        (
            "好的，我先做个自我介绍。我做过的项目就是我做过的那些项目，现在想找的方向就是我想找的"
            "方向。总的来说，这就是我的自我介绍，重点就是项目和方向，项目就是做过的，方向就是想找"
            "的。"
        ),
    ),
    Case(
        "zh-h27-small-defects",
        "zh",
        "project",
        "你简历里写了无人机巡检的小目标缺陷检测，像销钉缺失这种小目标，具体是怎么检出来的？",
        (
            "## 输电线路巡检：小目标缺陷检测（2020–2021）\n"
            "**背景**\n"
            "- 无人机原图 8192×5460（~4500 万像素）\n"
            "- 销钉缺失只占 ~20×20 px → 整图 resize 到 1280，缺陷只剩 3 px 左右 → 漏检严重\n"
            "- 标注 1.2 万张，缺陷样本少\n"
            "**方案**\n"
            "1. 训练切片：原图切 **1024×1024 tile，overlap 20%**\n"
            "   - 保留含目标的 tile，负样本 tile 按 1:3 采\n"
            "   - copy-paste 增广缺陷\n"
            "2. 模型 YOLOv5s → 加 **P2 检测头**（stride 4）专门给小目标；anchor 重新 k-means\n"
            "3. 推理：切片推理（SAHI 式）+ 整图低分辨率推理 → 合并后 NMS\n"
            "   - tile 边缘被截断的框：用 IoS（交集 / 小框面积）合并，不用 IoU\n"
            "4. **两级**：先检大部件（绝缘子 / 金具）→ crop → 再判销钉是否缺失\n"
            "**结果**\n"
            "- 销钉缺失 recall 41% → 83%，precision 保持 ~90%\n"
            "- T4 上 0.9 s/张；人工复核 -60%"
        ),
        (
            "难点是原图特别大，八千多乘五千多，四千多万像素，可一个销钉缺失只有二十个像素见方，整"
            "图缩到一千二百八就只剩两三个像素了。所以训练时我们把原图切成一千零二十四的小块，相邻"
            "块重叠两成。模型是 YOLOv5s，另外加了一个步长为四的高分辨率检测头给小目标，anchor "
            "也重新聚了类。推理时小块检测和整图缩小后的检测一起跑，合并后再做 "
            "NMS，被块边缘截断的框按交集占小框的比例来合并。整体是两级：先找绝缘子、金具这种大部件"
            "，裁出来再判断销钉缺没缺。缺陷样本少，就用 copy-paste "
            "做增广。最后召回从百分之四十一到八十三，精度还在九成左右，人工复核少了六成。"
        ),
        "主要是目标太小、原图又很大，我们就把图切成小块去检测，效果好了很多，召回提高了不少。",
        (
            "其实不需要切片，切片会把缺陷切成两半，反而容易漏检，所以我们是把整张原图直接缩到一千"
            "二百八去检测。模型是 YOLOv5s，加的 P2 头步长是三十二，主要给绝缘子这种大目标用。两级"
            "的顺序是先在整图上找销钉缺失，找到以后再裁出来判断属于哪个绝缘子。数据增广也没做，一"
            "万二千张标注已经够了。结果召回从四成一提到五成左右，但是误报变多，人工复核的工作量反"
            "而涨了。"
        ),
        (
            "巡检的数据标注其实是最大的成本。缺陷类别电网有一套标准，好几十类，标注员得懂电力设备"
            "才能标对，所以我们请了退休的巡线师傅来做审核。另外不同季节、不同光照拍出来的图差别很"
            "大，冬天有覆冰，逆光的时候金具全是黑的，我们会按季节分批采集，保证各种天气都覆盖到。"
        ),
        (
            "小目标缺陷检测就是检测小目标的缺陷。销钉缺失是一种小目标，所以要用小目标检测的方法把"
            "它检出来。具体是怎么检出来的呢，就是通过检测，把小目标检出来，这样销钉缺失就被检出来"
            "了。"
        ),
    ),
    Case(
        "zh-h27-load-forecast",
        "zh",
        "project",
        "你们园区的日前负荷预测是怎么做的？讲讲模型、特征和验证方式。",
        (
            "### 园区负荷预测 day-ahead（2023）\n"
            "- 目标：预测次日 **96 点**（15 min 粒度）负荷 → 储能充放电调度 / 购电计划\n"
            "- baseline：上周同类型日平均 → MAPE 6.8%\n"
            "- 模型：LightGBM，**direct 多步**（horizon 当特征，一次出 96 点），不用 recursive → "
            "误差不累积\n"
            "- 特征\n"
            "  - lag：D-2 / D-7 同时刻负荷（预测时 D-1 还没结束！），7 天滚动均值\n"
            "  - 气象：训练也用 **预报** 温度 / 湿度，不用实测（线上只有预报 → 防 train/serve "
            "不一致）\n"
            "  - 日历：节假日 + **调休** 标记；温度²（空调负荷非线性）\n"
            "- 验证：rolling-origin backtest（按时间往前滚），**不能随机 KFold**\n"
            "- 结果：MAPE 6.8% → 4.1%；节假日 12% → 7%；储能套利收益 +9%"
        ),
        (
            "每天预测第二天九十六个点的负荷，十五分钟一个，给储能和购电计划用。原来是拿上周同类型"
            "日的平均，误差百分之六点八。我们换成 LightGBM，做直接多步：把预测步长当特征，一次把所"
            "有点都预测出来，不递推，前面的误差就不会一路传下去。特征有三类：滞后项，因为预测时前"
            "一天还没过完，所以用前两天和上周同一时刻的负荷，加七天滚动均值；天气，训练也用预报的"
            "温湿度而不是实测值，因为线上只拿得到预报；日历，节假日和调休单独标出来，温度再加个平"
            "方项，空调负荷跟温度不是线性的。验证按时间往前滚动回测，不能随机打乱做交叉验证。最后"
            "误差降到四点一，节假日从十二降到七，储能套利收益多了九个点。"
        ),
        "用的是 LightGBM，特征里放了历史负荷和天气，节假日也单独考虑了，误差比原来低了不少。",
        (
            "我们用的是 recursive 递推，先预测第一个点，再把预测值当 lag "
            "喂给下一个点，一直推到九十六个点，这样误差反而不会累积。lag "
            "直接用前一天同一时刻的负荷，天气用的是实测温度，实测比预报准，训练效果更好。验证就是"
            "随机五折 KFold，时间序列也可以打乱，数据够多就行。节假日没单独处理，模型自己学得出来"
            "。最后 MAPE 从百分之四点一变成六点八，储能收益倒是涨了。"
        ),
        (
            "负荷预测在电力行业里分好几种，超短期是未来几分钟到几小时，用于实时调度；短期是日前，"
            "用于购电和检修安排；中长期按月按年，跟经济形势和产业结构关系更大。光伏出力预测又是另"
            "一个难题，一片云飘过来功率能掉一半，所以很多电站会装全天空成像仪，专门看云的移动。"
        ),
        (
            "日前负荷预测就是提前一天预测负荷。模型就是用来预测的模型，特征就是模型用的特征，验证"
            "方式就是验证的方式。总之我们就是这样做日前负荷预测的，模型、特征、验证都有。"
        ),
    ),
    Case(
        "zh-h27-multiple-testing",
        "zh",
        "fundamentals",
        "一个 A/B 实验你同时看了二十个指标，其中一个显著了，这说明什么？多重比较要怎么处理？",
        (
            "多重比较 multiple testing\n"
            "1. 20 个指标各自 α = 0.05，就算**全都没效果**，至少一个显著的概率 = 1 − 0.95^20 ≈ "
            "**64%** → 一个显著说明不了什么\n"
            "2. 控制 FWER：**Bonferroni**，每个用 α/m = 0.05/20 = 0.0025 → 简单，但太保守，power "
            "掉得多\n"
            "3. 控制 FDR：**Benjamini–Hochberg**\n"
            "   - p 值 **从小到大** 排 p(1) ≤ … ≤ p(m)\n"
            "   - 找最大的 k 使 p(k) ≤ k/m · α → 拒绝前 k 个\n"
            "   - 比 Bonferroni 宽松，适合一堆探索性指标\n"
            "4. 实践：实验前定好 **1 个主指标**（OEC）+ 护栏指标；其他指标显著了只当线索 → "
            "再开实验验证"
        ),
        (
            "首先这一个显著本身说明不了太多。每个指标按零点零五的水平检验，哪怕改动完全没效果，二"
            "十个里至少冒出一个显著的概率是一减零点九五的二十次方，六成多。处理有两类办法。一类控"
            "制整体至少犯一次错的概率，最常见的是 Bonferroni，阈值除以指标数，也就是零点零零二五，"
            "简单但太严，检验功效损失很大。另一类控制错误发现率，用 BH：把 p "
            "值从小到大排，找最大的 k，使第 k 个 p 值不超过 k 除以二十再乘零点零五，前 k "
            "个都算显著，比 Bonferroni 宽松，适合探索性的指标。实际工作里更重要的是实验前就定好一"
            "个主指标和几个护栏指标，其他指标显著了只当线索，再单独开实验验证。"
        ),
        (
            "这种情况很可能是巧合，指标看得多了总会碰到一个显著的，得做一下多重比较的校正，比如 "
            "Bonferroni。"
        ),
        (
            "一个显著其实已经挺能说明问题了，每个指标的假阳性都是百分之五，二十个指标里至少出一个"
            "假阳性的概率也还是百分之五，并不会变大。真要校正的话，Bonferroni 是把 α "
            "乘以指标个数，放宽到零点零五乘二十，这样更容易显著。BH 方法控制的也是 FWER，比 "
            "Bonferroni 更保守，做法是把 p 值从大到小排，遇到第一个小于 α "
            "的就停。主指标也不需要事先定，看完结果挑最显著的那个当主指标就行。"
        ),
        (
            "A/B 实验里我觉得更容易出问题的是分流。比如按设备 ID "
            "分流，同一个人有手机和平板，就可能一边在实验组一边在对照组。还有实验之间互相干扰，我"
            "们平台用分层的正交实验，不同层的流量重新打散，同一层里的实验互斥。另外灰度放量要一步"
            "步来，先百分之一，再百分之五，再百分之二十。"
        ),
        (
            "同时看二十个指标，其中一个显著了，说明其中一个指标显著了。多重比较就是比较了很多次，"
            "要处理多重比较，就要把多重比较处理好。所以这个问题就是二十个指标的多重比较问题，处理"
            "好就可以了。"
        ),
    ),
    Case(
        "zh-h27-delta-method",
        "zh",
        "fundamentals",
        (
            "实验是按用户分流的，但你要比较的是点击率，也就是总点击除以总曝光。这个指标的方差怎么"
            "算？直接把每次曝光当一个样本做 t 检验有什么问题？"
        ),
        (
            "## ratio metric 方差 → delta method\n"
            "**问题**：随机化单位 = 用户，分析单位 = 曝光 → 同一用户的多次曝光 "
            "**不独立**（正相关）\n"
            "→ 把曝光当 iid 算方差会 **低估** 方差 → 置信区间太窄 → 假阳性偏多\n"
            "**做法**：按用户聚合，X_i = 用户 i 的点击数，Y_i = 曝光数；CTR = X̄ / Ȳ\n"
            "Delta method（一阶泰勒展开）：\n"
            "Var(X̄/Ȳ) ≈ Var(X̄)/μ_Y² − 2·μ_X·Cov(X̄,Ȳ)/μ_Y³ + μ_X²·Var(Ȳ)/μ_Y⁴\n"
            "- 替代：按用户 bootstrap（准但慢）\n"
            "- 我们平台：AA 实验假阳率 按曝光算 ~18% → 改 delta 后 ~5%"
        ),
        (
            "问题出在随机化单位是用户，而 t 检验把每次曝光当成了独立样本。同一个用户的多次曝光其实"
            "是相关的，爱点的人次次都点，所以按曝光算出来的方差偏小，置信区间太窄，会报出很多假的"
            "显著。正确做法是先按用户聚合，每个用户算点击总数和曝光总数，点击率就是两个均值之比，"
            "再用 delta 方法，也就是一阶泰勒展开，近似这个比值的方差：分子均值的方差除以分母均值的"
            "平方，加上分母方差那一项，再减去两倍协方差那一项。也可以按用户做 "
            "bootstrap，准但算得慢。我们平台以前做 AA 测试，按曝光算将近两成实验显著，换成 delta "
            "以后回到百分之五左右，跟预期一致。"
        ),
        (
            "直接按曝光算不太对，因为分流是按用户的，同一个用户的曝光之间有关系，一般要用 delta "
            "method 来算方差。"
        ),
        (
            "按曝光做 t 检验其实是偏保守的，同一个用户的多次曝光是负相关的，按 iid "
            "算会高估方差，置信区间偏宽，顶多是不容易显著，不会有假阳性。Delta method "
            "是二阶泰勒展开，公式里协方差那一项是加上去的，不是减。而且它要求按曝光分流，按用户分"
            "流的时候用不了。我们平台 AA 测试按曝光算假阳率是百分之五，改成 delta "
            "以后反而到了百分之十八，所以后来又换回去了。"
        ),
        (
            "点击率这个指标本身坑也很多。比如曝光怎么定义，是接口返回了就算，还是露出屏幕一半超过"
            "一秒才算，不同团队口径不一样，数字能差好几倍。还有爬虫和刷量的流量要先过滤掉，不然点"
            "击率会很奇怪。我们后来统一了埋点规范，所有团队用同一张曝光表。"
        ),
        (
            "点击率就是总点击除以总曝光，方差就是这个指标的方差。直接把每次曝光当样本做 t "
            "检验，问题就是把每次曝光当样本做了 t 检验。所以方差要好好算，t "
            "检验也要好好做，这就是这个问题的答案。"
        ),
    ),
    Case(
        "zh-h27-vendor-units",
        "zh",
        "behavioral",
        "讲一次你发现上游数据出了问题、并且推动把它解决掉的经历。",
        (
            "STAR｜气象数据单位事故（2023.3）\n"
            "**S**：负荷预测线上 MAPE 突然 4% → 11%，连续 3 天；模型、代码都没动\n"
            "**T**：我是 owner → 定位 + 防止再发\n"
            "**A**\n"
            "1. 逐个特征比 线上分布 vs 训练分布 → **预报温度** 均值 18 → 64 → 气象供应商 API 升级 "
            "v2，单位 ℃ → ℉，没通知\n"
            "2. 当天：接入层加单位换算 + 回填 3 天特征，重跑预测；不用重训\n"
            "3. 长期：推动数据组上 **入库校验**（取值范围 / 空值率 / 分布漂移 KS）→ 异常告警 + "
            "自动回退用前一天预报；合同加“schema 变更提前 7 天通知”\n"
            "**R**：当天 MAPE 回到 4.2%；之后半年拦下 3 次上游异常，0 次漏到线上；校验推广到另外 "
            "2 个预测项目"
        ),
        (
            "去年三月，我们的负荷预测线上误差突然从百分之四跳到十一，连着三天，可模型和代码都没改"
            "过。我是负责人，就把线上每个特征的分布跟训练时逐个对比，发现预报温度高得离谱，平均从"
            "十八度变成了六十多。顺着查，是气象供应商升级了接口，单位从摄氏改成了华氏，没通知任何"
            "人。当天我们在接入层加了换算，把这三天的特征补回来重新出预测，模型不用重训。之后我推"
            "动数据组加了入库校验，查取值范围、空值率和分布漂移，不对就告警，并自动退回用前一天的"
            "预报；合同里也加了接口变更提前一周通知。当天误差就回到四点二，后面半年拦住了三次上游"
            "异常，一次都没漏到线上。"
        ),
        (
            "有一次线上预测效果突然变差，查下来是上游的天气数据出了问题，修好以后就恢复了，后来我"
            "们也加了一些数据检查。"
        ),
        (
            "去年三月负荷预测的误差从百分之十一降到了四，大家都以为是模型变好了。后来是数据组的同"
            "事发现气象接口从华氏度改成了摄氏度，我当时不是这个项目的负责人，只是帮忙重训了一下模"
            "型。我们判断是模型过时了，拿最近三个月的数据重训了三次，也没加什么入库校验，觉得成本"
            "太高，最后是供应商自己把接口改回去的。"
        ),
        (
            "数据质量这件事，我觉得根本上是组织问题。数据的生产方和使用方往往是两个团队，生产方改"
            "了字段不会觉得要通知谁。现在业界流行数据契约，把表结构、字段含义、更新频率写成文档，"
            "由生产方负责，变更要走评审。另外数据血缘也很重要，一张表出问题，能马上知道下游影响了"
            "哪些报表。"
        ),
        (
            "有的，我发现过上游数据出了问题，并且推动把它解决掉了。上游数据有问题，就要推动解决，"
            "我就推动了，最后问题被解决掉了。总的来说，这就是一次发现上游数据问题并推动解决的经历"
            "。"
        ),
    ),
]

CASES = [*_ZH, *EN]
