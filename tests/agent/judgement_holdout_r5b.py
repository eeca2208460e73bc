"""Held-out r5b: ten questions whose wrong answers are confidently wrong in the reference's words.

Written (zh and en, four stages, five answers each) before any change of the round that
adds number and role checks, and measured once, blind, on commit 88cf62d's estimator:
BLIND_FIGURE below. The wrong answers are of four kinds, none of them marked by a
negation word:
  a. a number tied to the same thing with a different value ("每个参数 4 字节" where the
     reference says 16), or two numbers swapped between two things (Chinchilla's and
     Gopher's sizes);
  b. the actors of a process swapped (the student produces the soft labels and the
     teacher fits them; the discriminator makes samples and the generator judges them);
  c. another method or value named in the reference's slot (ONNX on CPU instead of
     TensorRT on GPU; BERT-large on GPUs instead of MiniLM on CPUs);
  d. a behavioral story whose action is the opposite of the reference's (rewrote it all at
     once and rolled back; shipped the bug quietly).
Strong answers paraphrase with Chinese numerals (十六个字节, 六到八成, 百分之九十五),
English number words (twenty tokens, seventy billion, forty percent), approximations
(大概, roughly) and derived figures (four times smaller), so a number check that
penalises them is caught here too.
"""

from __future__ import annotations

from judgement_set import Case

# measured once on 88cf62d before any rule of the round was written: ordered 1/10,
# padded/off-topic max 0.0 (mean strong 83.9, partial 27.4, wrong 66.2, off-topic 0.0, padded 0.0).
BLIND_FIGURE = "1/10"
# the round was then built on this set (its failures read): 8/10 after it, wrong mean 0.0; the
# two misordered questions have a partial answer scored 0 (a vague-partial problem, not a wrong
# answer rewarded). Printed by benchmarks/_judgement_scores.py, held by test_judgement_r5b.py.

_ZH = [
    Case(
        "zh-r5b-distill",
        "zh",
        "fundamentals",
        "知识蒸馏是怎么做的？温度 T 起什么作用？",
        "知识蒸馏\n"
        "1. 先训练好一个大的教师模型，教师模型对输入输出 soft label（softmax 概率分布）\n"
        "2. 学生小模型去拟合教师的 soft label，同时也学真实的 hard label\n"
        "3. 温度 T 除在 logits 上，T 越大分布越平滑，能暴露类别之间的相似关系（dark knowledge）\n"
        "4. 蒸馏损失一般乘 T² 来保持梯度量级\n"
        "5. 学生参数量常常只有教师的 1/10 左右，精度只掉 1~2 个点",
        "先把大的教师模型训练好，让它对每个样本输出软标签，也就是 softmax 之后的概率分布；然后让"
        "小的学生模型去拟合这些软标签，同时也用真实的硬标签做监督。温度 T 是除在 logits 上的，T "
        "调大之后分布更平滑，类别之间谁跟谁像这种暗知识就显露出来了。蒸馏那一项 loss 通常要乘上 T "
        "的平方，让梯度的量级保持住。实际效果上，学生的参数量大概只有老师的十分之一，精度一般只掉"
        "一两个点。",
        "就是让一个小模型去学大模型的输出，温度是用来让输出分布更平滑一点的。",
        "先训练好一个小的学生模型，由学生模型对输入输出 soft label，然后让大的教师模型去拟合学生的 "
        "soft label。温度 T 越大分布越尖锐，蒸馏损失一般除以 T²。学生参数量通常是教师的十倍，精度"
        "能高出十几个点。",
        "我觉得模型压缩里剪枝更实用，我们组之前用结构化剪枝把 ResNet 的通道砍掉一半，"
        "部署到了手机上。",
        "知识蒸馏是怎么做的？温度 T 起什么作用？知识蒸馏就是做蒸馏，温度 T 就是起温度的作用，蒸馏"
        "就是这么做的。",
    ),
    Case(
        "zh-r5b-zero",
        "zh",
        "fundamentals",
        "DeepSpeed ZeRO 的三个阶段分别切分了什么？能省多少显存？",
        "ZeRO 显存优化\n"
        "- 混合精度 + Adam 训练时每个参数大约占 16 字节：fp16 参数 2 字节、fp16 梯度 2 字节、"
        "fp32 优化器状态 12 字节\n"
        "- ZeRO-1 切分优化器状态\n"
        "- ZeRO-2 在此基础上再切分梯度\n"
        "- ZeRO-3 连模型参数也切分，每张卡只存 1/N\n"
        "- 代价是通信量增加，ZeRO-3 大约是数据并行的 1.5 倍",
        "混合精度配 Adam 的时候，一个参数差不多要十六个字节：半精度参数两字节、半精度梯度两字节，"
        "再加上 fp32 的优化器状态十二字节。ZeRO 第一阶段把优化器状态切到各张卡上，第二阶段再把梯度"
        "也切掉，第三阶段连参数本身都切，每张卡只保留 N 分之一。代价就是通信变多，stage 3 大概是"
        "普通数据并行的一点五倍。",
        "ZeRO 就是把优化器状态分到多张卡上去，能省显存。",
        "混合精度配 Adam 时每个参数大约占 4 字节。ZeRO-1 切分模型参数，ZeRO-2 再切分梯度，ZeRO-3 "
        "才切分优化器状态，每张卡存 1/2。通信量和数据并行完全一样，大约是 1 倍。",
        "分布式训练我们用的是 PyTorch DDP，8 卡 A100，数据用 webdataset 分片加载，checkpoint 存到"
        "对象存储上。",
        "DeepSpeed ZeRO 的三个阶段分别切分了什么？能省多少显存？就是 ZeRO 的三个阶段，分别切分了"
        "三个东西，能省下不少显存，三个阶段切的都不一样。",
    ),
    Case(
        "zh-r5b-paged",
        "zh",
        "fundamentals",
        "vLLM 的 PagedAttention 解决了什么问题？",
        "PagedAttention\n"
        "问题：传统实现按最大长度给每个请求预分配连续的 KV cache，碎片和预留导致 60%~80% 的显存被"
        "浪费\n"
        "做法：借鉴操作系统的分页，把 KV cache 切成固定大小的 block（默认 16 个 token），用 block "
        "table 把逻辑块映射到物理块，按需分配\n"
        "- 浪费降到 4% 以下\n"
        "- 同一个 prompt 的多个采样可以共享 block（copy-on-write）\n"
        "- 吞吐一般比 HuggingFace Transformers 高 2~4 倍（论文里最高 24 倍）",
        "以前的实现会按最大长度给每个请求预先留一整块连续的 KV cache，内部碎片加上预留，差不多有"
        "六到八成的显存是浪费的。PagedAttention 借了操作系统分页的思路，把 KV cache 切成固定大小的"
        "块，默认每块十六个 token，再用一张 block table 把逻辑块映射到物理块，用到了才分配。这样"
        "浪费能压到百分之四以内；同一个 prompt 采样多条的时候还能共享块，写的时候再复制。吞吐一般"
        "比 HF Transformers 高两到四倍。",
        "主要是 KV cache 的显存浪费问题，它用了类似分页的办法来管理。",
        "传统实现的显存浪费大概只有 5% 左右。PagedAttention 把 KV cache 切成很大的 block，默认每块 "
        "1024 个 token，一次性按最大长度分配好。这样浪费能降到 0，吞吐一般比 HuggingFace 高十倍"
        "左右。",
        "我们线上推理用的是 TensorRT-LLM，配合 Triton 做服务化，监控接的是 Prometheus。",
        "vLLM 的 PagedAttention 解决了什么问题？PagedAttention 就是 vLLM 的 PagedAttention，它解决"
        "的就是 vLLM 里 PagedAttention 要解决的问题。",
    ),
    Case(
        "zh-r5b-project-rank",
        "zh",
        "project",
        "介绍一下你做的精排模型推理加速项目。",
        "精排推理加速\n"
        "背景：精排用的是 DeepFM + 多任务塔，P99 延迟 80ms，超了 50ms 的预算\n"
        "- 我把特征拼接从 Python 挪到 C++ 算子里\n"
        "- 模型用 TensorRT 做 FP16 推理，合并请求成 batch\n"
        "- Embedding 表放到 GPU 上做 cache，命中率 95%\n"
        "- 结果：P99 从 80ms 降到 30ms，机器成本降低 40%，AUC 基本不变",
        "我们精排是 DeepFM 加多任务塔，P99 在八十毫秒左右，超了五十毫秒的预算。我先把特征拼接从 "
        "Python 挪进了 C++ 算子，模型换成 TensorRT 跑 FP16，请求合并成 batch 一起推；"
        "Embedding 表在 GPU 上做了一层缓存，命中率大概百分之九十五。"
        "最后 P99 从 80 毫秒降到了 30 毫秒左右，机器成本降了四成，AUC 基本没变。",
        "主要是用 TensorRT 做了推理加速，延迟降了不少。",
        "精排原来是 DeepFM，P99 大概 30ms。我把特征拼接从 C++ 挪回了 Python 里，模型换成 ONNX "
        "Runtime 在 CPU 上跑 INT8，Embedding 表放在 Redis 里，命中率 50%。结果 P99 降到 5ms，机器"
        "成本降低 90%，AUC 涨了 3 个点。",
        "那个项目组在北京，十几个人，我主要对接的是广告算法那边，每周和他们开两次会。",
        "介绍一下你做的精排模型推理加速项目？我做的就是精排模型的推理加速，给精排模型做推理加速，"
        "这就是我的加速项目。",
    ),
    Case(
        "zh-r5b-beh-legacy",
        "zh",
        "behavioral",
        "讲一次你接手一个很难维护的老系统的经历。",
        "接手老系统（STAR）\n"
        "情境：接手一个没有测试、文档过时的订单结算服务，改一行就可能出故障\n"
        "任务：三个月内支持新的结算规则，同时不能影响线上\n"
        "行动：没有直接推倒重写，先补了核心路径的回归测试，画了模块依赖图；再按模块分批重构，每批"
        "灰度发布\n"
        "结果：按期上线新规则，之后半年线上故障数下降一半\n"
        "反思：重构要先有安全网，小步走",
        "我接过一个订单结算服务，没有测试，文档也是几年前的，随便改一行就可能出事。当时要求三个月内"
        "支持新的结算规则，还不能影响线上。我没有一上来就推倒重写，而是先给核心路径补了回归测试，把"
        "模块之间的依赖关系画出来，然后一个模块一个模块地重构，每一批都灰度发。最后新规则按时上了，"
        "后面半年线上故障少了一半左右。我的体会是重构前先搭好安全网，小步快跑。",
        "我接手过一个老的结算系统，挺难维护的，后来慢慢重构了一下。",
        "我接手了一个订单结算服务，没有测试，文档也过时。我觉得老代码没法看，第一周就决定整个推倒"
        "重写，直接一次性全量发布了新系统。上线当天结算就出了大故障，只好回滚，最后新规则延期了两个"
        "月。我觉得主要是老系统太烂了。",
        "我平时喜欢看技术博客，最近在学 Rust，周末会去打羽毛球。",
        "讲一次你接手一个很难维护的老系统的经历？就是接手了一个很难维护的老系统，老系统很难维护，"
        "这就是我接手它的经历。",
    ),
]

_EN = [
    Case(
        "en-r5b-intro",
        "en",
        "self_intro",
        "Please introduce yourself.",
        "About me\n"
        "- Five years as a backend engineer, mostly Go, at a payments company\n"
        "- Led the migration of the settlement pipeline from nightly batch jobs to Kafka "
        "streaming; settlement delay went from 24 hours to under 5 minutes\n"
        "- For the last year I've moved into ML infrastructure: built the feature store serving "
        "3 fraud models\n"
        "- Looking for an ML platform role",
        "I've spent about five years as a backend engineer, mostly writing Go, at a payments "
        "company. The project I'm proudest of is leading the move of our settlement pipeline off "
        "nightly batch jobs onto Kafka streaming, which cut settlement delay from a full day to "
        "less than five minutes. Over the past year I've shifted toward ML infrastructure - I "
        "built the feature store that serves three of our fraud models - and that's why I'm "
        "looking for an ML platform role now.",
        "I'm a backend engineer, I mostly write Go, and I'm interested in ML platforms.",
        "I've been a frontend engineer for two years, mostly React, at a payments company. I led "
        "the migration of the settlement pipeline from Kafka streaming to nightly batch jobs, "
        "which took settlement delay from 5 minutes to 24 hours. Last year I built the feature "
        "store serving 30 recommendation models, and I'm looking for a mobile developer role.",
        "I really enjoy hiking and photography; last summer I walked the Tour du Mont Blanc with "
        "two friends.",
        "Please introduce yourself? Sure, let me introduce myself: this is my introduction of "
        "myself, introducing who I am.",
    ),
    Case(
        "en-r5b-chinchilla",
        "en",
        "fundamentals",
        "What did the Chinchilla paper find about compute-optimal training?",
        "Chinchilla scaling (Hoffmann et al., 2022)\n"
        "- For a fixed compute budget, model size and training tokens should be scaled in equal "
        "proportion\n"
        "- Rule of thumb: about 20 training tokens per parameter\n"
        "- Earlier models like Gopher (280B parameters, 300B tokens) were undertrained\n"
        "- Chinchilla: 70B parameters trained on 1.4T tokens, same compute as Gopher, and it beat "
        "Gopher on most benchmarks\n"
        "- Smaller model also means cheaper inference",
        "The main finding is that with a fixed compute budget you should grow the model and the "
        "training data at the same rate, roughly twenty tokens for every parameter. By that "
        "measure earlier models such as Gopher, at 280 billion parameters and only 300 billion "
        "tokens, were badly undertrained. They showed it by training Chinchilla with seventy "
        "billion parameters on 1.4 trillion tokens, using the same compute as Gopher, and it "
        "outperformed Gopher on most benchmarks - and being four times smaller it is also "
        "cheaper to serve.",
        "They found that big models were being trained on too little data, so you should use "
        "more tokens.",
        "They found you should mostly scale the parameter count and keep the data nearly fixed - "
        "about 2 tokens per parameter is enough. Chinchilla had 280B parameters trained on 300B "
        "tokens, and Gopher, at 70B parameters on 1.4T tokens, was the undertrained one. The "
        "larger model also made inference cheaper.",
        "I mostly use LoRA for fine-tuning because full fine-tuning doesn't fit on our GPUs, and "
        "QLoRA cuts memory even further.",
        "What did the Chinchilla paper find about compute-optimal training? The Chinchilla paper "
        "found things about compute-optimal training, and those findings are about training that "
        "is compute-optimal.",
    ),
    Case(
        "en-r5b-gan",
        "en",
        "fundamentals",
        "How is a GAN trained?",
        "GAN training\n"
        "1. The generator takes random noise and produces fake samples\n"
        "2. The discriminator receives real and generated samples and predicts which are real\n"
        "3. They are trained in alternation: the discriminator is updated to classify better, then "
        "the generator is updated to fool the discriminator\n"
        "4. It is a minimax game; at the optimum the discriminator outputs 0.5 everywhere\n"
        "5. Common failure: mode collapse, where the generator produces only a few kinds of "
        "samples",
        "There are two networks. The generator maps random noise to fake samples, and the "
        "discriminator sees both real data and the generator's output and tries to say which is "
        "which. You alternate updates: a step that makes the discriminator a better classifier, "
        "then a step that pushes the generator to fool it. It's a minimax game, and at the ideal "
        "equilibrium the discriminator can't do better than a coin flip - one half for every "
        "input. The classic failure is mode collapse, where the generator only ever produces a "
        "handful of kinds of samples.",
        "You have a generator that makes fake samples and a discriminator that tries to tell them "
        "apart from real ones.",
        "The discriminator takes random noise and produces fake samples, and the generator "
        "receives real and generated samples and predicts which are real. They are trained "
        "together in a single step on the same loss; at the optimum the discriminator outputs 1.0 "
        "everywhere. The common failure is the discriminator overfitting to the noise.",
        "For image classification I'd start with a pretrained ResNet, freeze the backbone, and "
        "fine-tune the head with a small learning rate.",
        "How is a GAN trained? A GAN is trained by training the GAN, and that's the way the GAN "
        "gets trained.",
    ),
    Case(
        "en-r5b-project-search",
        "en",
        "project",
        "Walk me through the semantic search latency project.",
        "Semantic search latency\n"
        "Context: query embedding with BERT-base on GPU took most of the 120 ms p95 budget; GPU "
        "cost was high\n"
        "- Distilled BERT-base into a 6-layer MiniLM student\n"
        "- Quantized the student to INT8 and served it with ONNX Runtime on CPUs, freeing the "
        "GPUs\n"
        "- Cached embeddings of the top 10k queries\n"
        "- Result: p95 from 120 ms to 35 ms, serving cost down 40%, recall@10 dropped by less than "
        "1 point",
        "Our query encoder was BERT-base on GPUs and it ate most of a 120 millisecond p95, and the "
        "GPU bill was high. I distilled it into a six-layer MiniLM, quantized that to int8, and "
        "moved serving onto CPUs with ONNX Runtime, so we could give the GPUs back. We also cached "
        "embeddings for the ten thousand most frequent queries. In the end p95 went from 120 to "
        "about 35 milliseconds, serving cost fell by roughly forty percent, and recall at 10 moved "
        "by under a point.",
        "We made the query encoder smaller and faster, and latency got a lot better.",
        "Our query encoder was a 6-layer MiniLM on CPUs. I replaced it with BERT-large and moved "
        "serving onto A100 GPUs with TensorRT in FP16. We cached embeddings of the top 100 "
        "queries. In the end p95 went from 120 ms to 5 ms, serving cost went down 90%, and "
        "recall@10 went up 8 points.",
        "The team was split across two time zones, so we did most of our planning asynchronously "
        "in design docs.",
        "Walk me through the semantic search latency project? It was a semantic search project "
        "about latency, so the latency project was for semantic search, that's the walk-through.",
    ),
    Case(
        "en-r5b-beh-bug",
        "en",
        "behavioral",
        "Tell me about a time you found a serious bug right before a release.",
        "Late bug before release (STAR)\n"
        "Situation: the day before a billing release I found that refunds were rounded twice, "
        "overcharging some users by a few cents\n"
        "Task: decide whether to ship\n"
        "Action: I didn't ship it quietly; I told the release manager right away, measured the "
        "impact on last month's data (about 2% of refunds), and proposed a one-day delay; I wrote "
        "the fix with a regression test\n"
        "Result: we shipped a day late with the fix, no customer was affected, and we added "
        "rounding checks to the release checklist",
        "The day before a billing release I noticed refunds were being rounded twice, so some "
        "users would have been overcharged by a few cents. Rather than let it slip through, I went "
        "straight to the release manager, checked last month's data to size it - roughly two "
        "percent of refunds - and suggested we slip by a single day. I wrote the fix along with a "
        "regression test. We shipped one day late, no customer ever saw the bug, and rounding "
        "checks are now on our release checklist.",
        "I found a rounding bug in billing just before a release and we fixed it.",
        "The day before a billing release I found refunds were rounded twice. Since the release "
        "date was fixed, I shipped it on schedule and planned to patch it the following sprint, "
        "and I kept it within the team so we wouldn't alarm the release manager. Customers "
        "started filing complaints within a week, we had to roll back the release and refund "
        "about 20% of users by hand.",
        "I like to keep my pull requests small and always ask for two reviewers on anything that "
        "touches payments.",
        "Tell me about a time you found a serious bug right before a release? That time, I found "
        "a serious bug right before a release, it was a serious bug found right before the "
        "release.",
    ),
]

CASES = [*_ZH, *_EN]
