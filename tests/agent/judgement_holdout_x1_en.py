"""The English half of the cross-language held-out set x1 (see judgement_holdout_x1.py)."""

from __future__ import annotations

from judgement_set import Case

CASES = [
    Case(
        "en-x1-intro",
        "en",
        "self_intro",
        (
            "Could you start by introducing yourself and telling us why you're interested in this "
            "role?"
        ),
        (
            "自我介绍（英文面，控制在 1.5 min）\n"
            "- 王思琪 Siqi Wang｜哈工大 自动化 本科 2017 → 上交 CV 硕士 2020\n"
            "- 2020–2022 驰行智驾（自动驾驶）感知组：激光雷达 3D 检测（PointPillars），负责数据闭环"
            "里的**难例挖掘**\n"
            "- 2022–至今 货架云 ShelfCloud（零售 SaaS）**CV 算法负责人**，带 3 人\n"
            "  - 货架商品识别：检测 + embedding 检索，2 万+ SKU\n"
            "  - 新品上架不用重训，识别准确率 93%\n"
            "- why：想做多模态大模型落地，贵司有真实零售场景 + 数据"
        ),
        (
            "Sure. My name is Siqi Wang. I studied automation at Harbin Institute of Technology, "
            "graduating in 2017, and then did a master's in computer vision at Shanghai Jiao Tong, "
            "which I finished in 2020. My first job was at a self-driving company called Chixing, "
            "on the perception team, doing 3D object detection from lidar with PointPillars, and "
            "my part was mining the hard examples for our data loop. Since 2022 I've been at "
            "ShelfCloud, a retail software company, where I lead the computer vision work with a "
            "team of three. The main thing I built is shelf product recognition: we detect the "
            "products and then identify each one by embedding retrieval, across more than twenty "
            "thousand SKUs, so adding a new product doesn't need any retraining, and we're at "
            "about ninety-three percent accuracy. I'm interested in this role because I want to "
            "put multimodal large models into production, and you have real retail scenarios and "
            "the data to go with them."
        ),
        (
            "I'm Siqi. I've worked in computer vision for a few years, first in autonomous driving "
            "and now in retail, and I'd like to do more with multimodal models."
        ),
        (
            "I'm Siqi Wang. I did my bachelor's in computer vision at Shanghai Jiao Tong and my "
            "master's in automation at Harbin Institute of Technology, finishing in 2017. At the "
            "self-driving company I was on the planning team, not perception, so I never touched "
            "lidar detection or hard-example mining. At ShelfCloud I'm an individual contributor, "
            "I don't lead anyone. Our shelf recognition is one big classifier over all the SKUs, "
            "so every new product means retraining it, and the accuracy is about sixty-three "
            "percent. I'm interested in this role mainly because I want to move into speech "
            "recognition."
        ),
        (
            "Autonomous driving and retail are very different places to do computer vision. In "
            "driving everything revolves around safety cases and rare scenarios, and a release can "
            "take months of validation on closed tracks. In retail the feedback loop is much "
            "faster: a store manager tells you within a day whether the system is useful, and the "
            "cost of a mistake is a wrong report rather than an accident. That difference in pace "
            "changes how teams plan their work quite a lot."
        ),
        (
            "Sure, I can introduce myself and tell you why I'm interested in this role. So, "
            "introducing myself, I am who I am, and why I'm interested in this role is because I'm "
            "interested in it. That's my introduction, and that's why I'm interested in the role."
        ),
    ),
    Case(
        "en-x1-shelf",
        "en",
        "project",
        (
            "Tell me about the shelf product recognition system you built. How does it cope with "
            "new products?"
        ),
        (
            "## 货架 SKU 识别（2 万+ SKU，每月新增 ~300 个）\n"
            "**原方案问题**：YOLO 直接分 2 万类 → 每来新品就要重训（~2 天），长尾类很差\n"
            "**新方案：两阶段**\n"
            "1. 检测：YOLOv8 只检测「商品」一个类（class-agnostic），mAP50 0.96\n"
            "2. 识别：crop → embedding（ViT-S + ArcFace loss，512 维）→ 在 SKU 图库里 Faiss 最近邻"
            "检索\n"
            "   - 图库 = 每个 SKU 3–5 张标准图 + 门店实拍图\n"
            "   - 新品：只往图库里加图，**不用重训**\n"
            "3. 包装相似、口味不同 → top5 用 OCR 读包装文字再 rerank\n"
            "**结果**：top-1 86% → 93%，新品上线 2 天 → 30 min\n"
            "坑：反光 / 遮挡 → 训练加 random erasing + 光照增强"
        ),
        (
            "We have over twenty thousand SKUs, with around three hundred new ones every month. "
            "The old system was a single YOLO model classifying all twenty thousand classes "
            "directly, so every new product meant retraining, about two days each time, and the "
            "rare classes were poor. We split it into two stages. First a YOLOv8 detector that "
            "only finds 'a product', one class for everything, which gets about 0.96 mAP at 0.5 "
            "IoU. Then each crop goes through an embedding model, a small ViT trained with ArcFace "
            "loss, giving a 512-dimensional vector, and we look up its nearest neighbours with "
            "Faiss in a gallery of three to five reference photos per SKU plus photos taken in "
            "stores. So for a new product we just add its photos to the gallery, no retraining at "
            "all. When packs look nearly identical, like different flavours, we read the text on "
            "the pack with OCR and rerank the top five. Top-1 accuracy went from 86 to 93 percent, "
            "and a new product goes live in half an hour instead of two days. Glare and occlusion "
            "were the main headaches, so we added random erasing and lighting augmentation in "
            "training."
        ),
        (
            "We split it into detection and recognition, and recognition works by comparing "
            "embeddings, so new products are easier to handle. Accuracy went up quite a bit."
        ),
        (
            "It's a two-stage system. The first stage is the YOLOv8 detector, which does the real "
            "work: it classifies every box into one of the twenty thousand SKUs. The second stage "
            "is an embedding model with ArcFace loss that only checks whether a box contains a "
            "product at all, so it's the class-agnostic part. New products still need the detector "
            "retrained, but we got that down from two days to thirty minutes. We tried OCR on the "
            "packaging and dropped it, because it didn't help with similar flavours. Top-1 "
            "accuracy actually went down from 93 to 86 percent, but we accepted that for the "
            "faster updates."
        ),
        (
            "Shelf photos raise questions beyond recognition. Stores want to know about "
            "out-of-stock gaps and whether the layout matches the planogram, which is more about "
            "geometry than identity: you need to work out which shelf layer an item sits on and "
            "how many facings it has. Capture matters too, since staff take photos at odd angles, "
            "so stitching several photos of a long aisle into one panorama helps a lot before any "
            "model runs."
        ),
        (
            "The shelf product recognition system I built is a system that recognises products on "
            "shelves. How it copes with new products is that it copes with them, as new products "
            "come in. So that's the shelf product recognition system, and that's how it copes with "
            "new products."
        ),
    ),
    Case(
        "en-x1-switchback",
        "en",
        "project",
        (
            "For the dispatch algorithm you worked on, why couldn't you just run a normal A/B "
            "test, and what did you do instead?"
        ),
        (
            "派单算法实验：为什么不能 user-level A/B\n"
            "- **interference**（SUTVA 不成立）：实验组、对照组抢同一批司机\n"
            "  → 新算法把附近司机先派走，对照组 ETA 变差 → 差值被**高估**\n"
            "  （上次 A/B 显示完单率 +4%，全量后只剩 +1%）\n"
            "**switchback**\n"
            "- 按「城市 × 时间片」随机：每个城市每 30 min 整体切 A / B\n"
            "- 片太短 → carryover（上一片派的单还没结束）；片太长 → 样本太少。试了 10 / 30 / 60 "
            "min，选 30\n"
            "- 每片前 5 min 当 burn-in 丢掉\n"
            "- 分析单位 = 时间片：按片聚合后比，SE 用 cluster-robust；12 个城市 × 2 周\n"
            "**结果**：完单率 +1.2%（95% CI 0.6–1.8%），和全量后的实际效果对得上"
        ),
        (
            "The problem is interference. Riders in treatment and control compete for the same "
            "pool of drivers, so the usual no-interference assumption, SUTVA, breaks. The new "
            "algorithm grabbed nearby drivers first, which made pickup times worse for the control "
            "group, so the gap looked bigger than it really was: our earlier A/B showed four "
            "percent more completed trips, and after full rollout it was only about one. So we "
            "moved to a switchback design: we randomise by city and time slot, and every thirty "
            "minutes a whole city flips between the old and new algorithm. Slot length is a "
            "trade-off. Too short and you get carryover, because trips dispatched in the previous "
            "slot are still running; too long and you have too few units. We tried ten, thirty and "
            "sixty minutes and settled on thirty, and we throw away the first five minutes of "
            "every slot as burn-in. The analysis is at the slot level, aggregating per slot with "
            "cluster-robust standard errors, over twelve cities for two weeks. We measured a 1.2 "
            "percent lift, interval roughly 0.6 to 1.8, which matched what we saw after launch."
        ),
        (
            "Because the two groups share the same drivers, a normal A/B test doesn't give you a "
            "clean answer, so we ran a different kind of experiment that switches the algorithm "
            "over time."
        ),
        (
            "The issue with a normal A/B test is that it underestimates the effect, because the "
            "control riders get part of the benefit of the new algorithm, so we expected the real "
            "lift to be bigger than four percent. We did a switchback: every city flips between "
            "the two algorithms, and we used five-minute slots, since shorter slots are always "
            "better, they give you more samples and carryover doesn't really matter for dispatch. "
            "We didn't drop any data at the start of the slots. For the analysis we treated every "
            "single trip as an independent observation with an ordinary t-test, which gave nice "
            "tight intervals. The result was a four percent lift, and after rollout it went up to "
            "about six."
        ),
        (
            "Marketplace experiments have other headaches too. Pricing tests are sensitive because "
            "riders compare prices with each other, and fairness complaints show up on social "
            "media within hours. Many companies also keep a long-term holdout, a small share of "
            "users left on the old experience for months, to measure slow effects like retention. "
            "And you always want guardrail metrics such as cancellations and support tickets."
        ),
        (
            "So, why we couldn't just run a normal A/B test for the dispatch algorithm: it's "
            "because a normal A/B test wasn't something we could just run. What we did instead was "
            "something other than a normal A/B test. So basically, instead of a normal A/B test, "
            "we did something else for the dispatch algorithm."
        ),
    ),
    Case(
        "en-x1-qlora",
        "en",
        "fundamentals",
        "What is QLoRA, and how does it let you fine-tune a large model on a single GPU?",
        (
            "QLoRA（Dettmers et al. 2023）= 4-bit 量化并冻结的 base + LoRA adapter\n"
            "- base 权重存成 **NF4**（4-bit NormalFloat）：假设权重 ~ 正态分布，按分位数取 16 个量"
            "化点 → 比 INT4 / FP4 误差小\n"
            "- **double quantization**：每 64 个权重一个 fp32 scale → scale 本身再量化成 8-bit，~0."
            "5 → ~0.127 bit/param\n"
            "- **paged optimizers**：optimizer state 放 NVIDIA unified memory，显存峰值时自动换到 "
            "CPU，防 OOM\n"
            "- 计算：前向时 NF4 反量化成 bf16 再 matmul；梯度只更新 LoRA 的 A、B，base 不动\n"
            "- 显存：65B 全参 16-bit 微调 >780GB → QLoRA <48GB 单卡；效果 ≈ 16-bit 微调（Guanaco）"
            "\n"
            "- 代价：多一步反量化，比普通 LoRA 训练慢一些"
        ),
        (
            "QLoRA is a frozen base model stored in four bits with LoRA adapters trained on top. "
            "There are three pieces. First, the base weights are stored as NormalFloat4: trained "
            "weights are roughly normally distributed, so the sixteen levels sit at quantiles of a "
            "normal distribution, which loses less than plain int4 or FP4. Second, double "
            "quantisation: each block of sixty-four weights has its own fp32 scale, and those "
            "scales are themselves quantised to eight bits, cutting the overhead from about half a "
            "bit per parameter to roughly an eighth. Third, paged optimisers, which keep the "
            "optimiser state in unified memory so it spills to CPU RAM during memory spikes "
            "instead of crashing. In the forward pass the 4-bit weights are dequantised to bf16 "
            "just for the matrix multiply, and gradients only update the small LoRA matrices, "
            "never the base. That's how a 65-billion model, which needs over 780 gigabytes for "
            "full 16-bit fine-tuning, fits on one 48-gig card with quality close to 16-bit "
            "fine-tuning. The price is speed: the extra dequantisation makes it a bit slower than "
            "plain LoRA."
        ),
        (
            "QLoRA is basically LoRA on top of a quantised base model, so the base takes much less "
            "memory and a big model can fit on one GPU."
        ),
        (
            "QLoRA is LoRA where the adapters themselves are quantised to four bits while the base "
            "model stays in 16-bit, and that's where the memory saving comes from. NF4 is just "
            "int4 with a uniform grid, evenly spaced levels between the minimum and the maximum. "
            "Double quantisation means you quantise the weights twice, first to four bits and then "
            "down to two. The paged optimiser pages the model weights in and out of disk between "
            "layers. During training the gradients flow into the base weights as well as the "
            "adapters, so it's really full fine-tuning in low precision. The catch is quality: "
            "it's usually several points worse than 16-bit fine-tuning, but it trains faster than "
            "ordinary LoRA."
        ),
        (
            "When you fine-tune on a single GPU there are other tricks that have nothing to do "
            "with quantisation. Gradient accumulation lets you simulate a bigger batch, "
            "FlashAttention cuts the memory that attention takes on long sequences, and DeepSpeed "
            "or FSDP shard things across cards when you do have more than one. Sequence length is "
            "another big lever: trimming overly long training examples often saves more memory "
            "than anything fancy."
        ),
        (
            "QLoRA is QLoRA, it's a way of fine-tuning. How it lets you fine-tune a large model on "
            "a single GPU is that it lets you do it on a single GPU. So QLoRA is what lets you "
            "fine-tune a large model on a single GPU, that's basically what it is."
        ),
    ),
    Case(
        "en-x1-tree",
        "en",
        "fundamentals",
        "How does a decision tree decide where to split, and how do you keep it from overfitting?",
        (
            "决策树怎么 split\n"
            "- 分类：遍历每个特征 × 每个候选阈值，算分裂后的**不纯度下降**（子节点按样本数加权），"
            "取下降最大的\n"
            "  - Gini = 1 − Σ p_k²（CART 默认）；熵 H = −Σ p_k log p_k → 信息增益（ID3）；C4.5 用 "
            "gain ratio，修正偏爱多取值特征\n"
            "  - Gini vs 熵 结果差不多，Gini 不用算 log 更快\n"
            "- 回归树：方差 / MSE 下降\n"
            "- 连续特征：排序后取相邻值中点当候选阈值\n"
            "- 贪心，每步局部最优，不回溯\n"
            "防过拟合\n"
            "- 预剪枝：max_depth / min_samples_leaf / min_impurity_decrease\n"
            "- 后剪枝：CART cost-complexity pruning（ccp_alpha），验证集 / CV 选 α\n"
            "- 或者干脆 ensemble：RF / GBDT"
        ),
        (
            "At each node the tree tries every feature and every candidate threshold, works out "
            "how much the split would reduce impurity, weighting each child by its number of "
            "samples, and keeps the split with the biggest reduction. For classification the "
            "impurity is usually Gini, one minus the sum of the squared class proportions, which "
            "is CART's default, or entropy, which gives information gain as in ID3; C4.5 uses the "
            "gain ratio so it doesn't favour features with many distinct values. In practice Gini "
            "and entropy choose almost the same splits, and Gini is a bit cheaper since there's no "
            "log. For regression trees you use the drop in variance, or mean squared error. For a "
            "numeric feature you sort the values and try the midpoints between neighbours. The "
            "whole thing is greedy, each split is only locally best and it never backtracks. "
            "Against overfitting you can pre-prune with a max depth, a minimum number of samples "
            "per leaf or a minimum impurity decrease, or grow it out and post-prune with "
            "cost-complexity pruning, choosing alpha on a validation set or by cross-validation. "
            "Or you skip single trees and use a random forest or gradient boosting."
        ),
        (
            "It looks for the split that makes the child nodes purer, using something like Gini or "
            "entropy. To avoid overfitting you can limit how deep it grows."
        ),
        (
            "A tree picks the split that increases impurity the most, because you want the "
            "children to be as different from each other as possible. Gini is the sum of the "
            "squared class proportions, so a higher Gini means a purer node. ID3 uses Gini and "
            "CART uses entropy and information gain, and the gain ratio is what CART uses for "
            "regression. Numeric features have to be binned into ten equal-width buckets before "
            "you can split on them. The search is global, it looks ahead over all the levels, so "
            "the tree it finds is the optimal one. As for overfitting, a single tree doesn't need "
            "pruning; you make it deeper so every leaf is pure, and that generalises best."
        ),
        (
            "Decision trees are popular because they're easy to explain. You can print the rules "
            "and hand them to a business team, and they handle mixed feature types without much "
            "preprocessing, which is why regulators in credit and insurance tend to like them. The "
            "downside is that they're unstable: a small change in the data can give you a "
            "completely different tree, and that makes people nervous every time the model is "
            "retrained."
        ),
        (
            "A decision tree decides where to split by deciding where the split should be. And to "
            "keep it from overfitting, you keep it from overfitting. So that's how a decision tree "
            "decides where to split and how you keep it from overfitting, basically."
        ),
    ),
    Case(
        "en-x1-gpucost",
        "en",
        "behavioral",
        "Tell me about a time you took ownership of a problem that wasn't strictly your job.",
        (
            "Ownership：LLM 推理集群成本翻倍（2024.5）\n"
            "S：内部 LLM 服务（vLLM，16×A100）月成本两个月 ~$40k → ~$85k；财务来问，平台组忙迁移，"
            "没人接\n"
            "T：不归我管，但我们组是最大用户 → 主动说我来查\n"
            "A：\n"
            "1. 按 API key 拆流量 → 42% 请求来自数据组的离线打标任务，走的实时接口，白天高峰也在跑"
            "\n"
            "2. 跟数据组一起改成 batch 队列：夜间跑，spot 实例，大 batch，允许几小时延迟\n"
            "3. 实时接口按 key 限流 + 每周成本看板\n"
            "R：月成本 $85k → $52k（-38%），实时 P95 2.1s → 1.3s；看板后来交给平台组维护"
        ),
        (
            "Last May the bill for our internal LLM service, vLLM on sixteen A100s, went from "
            "about forty thousand dollars a month to roughly eighty-five thousand in two months. "
            "Finance started asking, the platform team was busy with a migration, and nobody "
            "picked it up. It wasn't my system, but my team was the biggest user, so I said I'd "
            "look into it. I broke the traffic down by API key and found that forty-two percent of "
            "the requests came from the data team's offline labelling jobs, which were calling the "
            "real-time endpoint, even at peak hours. Together with the data team I moved those "
            "jobs onto a batch queue that runs at night on spot instances with big batches, since "
            "they could wait a few hours. I also added per-key rate limits on the real-time "
            "endpoint and a weekly cost dashboard. The monthly cost fell to about fifty-two "
            "thousand, thirty-eight percent lower, and P95 latency on the real-time endpoint went "
            "from 2.1 to 1.3 seconds. The platform team took over the dashboard afterwards."
        ),
        (
            "Our inference costs went up a lot and nobody was looking at it, so I dug into it and "
            "found one team was using the service in a wasteful way. We fixed that and the costs "
            "came down."
        ),
        (
            "Last May our LLM inference bill roughly doubled. The platform team found the cause; "
            "my part was reviewing their report. It turned out the growth was just organic traffic "
            "from product teams, nothing unusual, and the data team's labelling jobs were a tiny "
            "share that already ran at night on spot instances. So we decided the right move was "
            "to add capacity: we put everything on the real-time endpoint and added eight more "
            "A100s. The monthly cost went from fifty-two thousand to eighty-five thousand, and P95 "
            "latency went from 1.3 up to 2.1 seconds, but we felt reliability mattered more. We "
            "never built a dashboard for it."
        ),
        (
            "Ownership to me is mostly about follow-through. When I pick something up, I write "
            "down what done looks like, share it with whoever is affected, and post short updates "
            "even when there's no progress, so nobody has to chase me. I also try not to take on "
            "more than I can actually finish, because a half-owned problem is often worse than one "
            "nobody has claimed."
        ),
        (
            "A time I took ownership of a problem that wasn't strictly my job: yes, there was a "
            "time like that. I took ownership of the problem even though it wasn't strictly my "
            "job, because taking ownership is important. So that was a time I took ownership of a "
            "problem that wasn't strictly my job."
        ),
    ),
]
