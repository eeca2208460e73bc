"""A second held-out set: twelve questions written before the ordering work on the estimator.

Written (zh and en, all four stages, five answers each) before any change to
agent/_coverage.py or agent/_offline_scoring.py for issue 12's ordering target, and
measured before and after it; never used to choose a rule or a constant. The wrong
answers mix the shapes wrong accounts take: a negation, swapped roles with no negation
("temperature … top-p …" with the two definitions exchanged), the opposite direction.
"""

from __future__ import annotations

from judgement_set import Case

_ZH = [
    Case(
        "zh-h2-temperature",
        "zh",
        "fundamentals",
        "采样时 temperature 和 top-p 分别起什么作用？",
        "## 解码采样参数\n"
        "- temperature：把 logits 除以 T 再做 softmax；T 小分布更尖锐、输出更确定，"
        "T 大分布更平、更随机\n"
        "- top-p（核采样）：按概率从高到低累加，只在累计概率达到 p 的最小候选集合里采样\n"
        "- top-k：只在概率最高的 k 个 token 里采样\n"
        "- 事实问答用低温度，创意写作可以调高",
        "temperature 是在 softmax 之前把 logits 除以 T，T 越小分布越尖，模型越倾向选最高概率的词，"
        "输出稳定；T 越大分布越平，随机性越强。top-p 也叫核采样，把 token 按概率从大到小排，"
        "累加到 p 为止，只在这个最小集合里采样，候选数量是动态的。top-k 则是固定只留前 k 个。"
        "一般做事实类问答温度调低，写故事之类的创意任务可以调高一点。",
        "temperature 控制随机性，调高了输出更多样，top-p 我记得也是控制采样范围的。",
        "temperature 是只在累计概率达到 p 的候选里采样，top-p 是把 logits 除以一个系数；"
        "T 越大输出越确定，所以写故事要用低温度。",
        "大模型生成的效果很看提示词写得好不好，我一般会多试几版 prompt，"
        "再让同事帮忙看看哪版更自然。",
        "采样时 temperature 和 top-p 分别起什么作用？temperature 起 temperature 的作用，"
        "top-p 起 top-p 的作用，它们分别起作用。",
    ),
    Case(
        "zh-h2-vanishing",
        "zh",
        "fundamentals",
        "梯度消失是怎么产生的？有哪些解决办法？",
        "梯度消失：\n"
        "1. 反向传播时梯度按链式法则逐层连乘，每层导数小于 1 时越往前越小\n"
        "2. sigmoid/tanh 饱和区导数接近 0，深层网络前几层几乎学不动\n"
        "解决：\n"
        "- 用 ReLU 类激活函数\n"
        "- 残差连接，让梯度直接传到前层\n"
        "- BatchNorm/LayerNorm 稳定每层输入分布\n"
        "- 合理初始化（Xavier、He）",
        "反向传播按链式法则把每层的导数乘起来，如果每层导数都小于 1，乘得越多越接近 0，"
        "靠前的层就基本更新不动了。sigmoid 和 tanh 在饱和区导数几乎是 0，所以特别容易出现。"
        "解决办法有几种：换成 ReLU 这类激活；加残差连接，让梯度可以跳过中间层直接传回去；"
        "用 BatchNorm 或 LayerNorm 把每层输入的分布稳住；还有用 Xavier、He 这样的初始化。",
        "主要是因为 sigmoid 的导数太小，层数一多前面就学不动了，可以换 ReLU。",
        "梯度消失是因为学习率太大，每层导数都大于 1，越往前梯度越大；"
        "解决办法是把 ReLU 换成 sigmoid，再去掉残差连接。",
        "深度学习调参确实很玄学，我以前跑实验的时候经常一跑就是一晚上，第二天再看结果。",
        "梯度消失是怎么产生的？梯度消失就是梯度消失了，产生梯度消失的原因就是梯度在消失，"
        "解决办法就是不让梯度消失。",
    ),
    Case(
        "zh-h2-rope",
        "zh",
        "fundamentals",
        "RoPE 旋转位置编码的思路是什么？",
        "**RoPE**\n"
        "- 把 query 和 key 的每两维看成一个复数，按位置乘上一个旋转角度\n"
        "- 旋转后 q·k 的内积只和两个 token 的相对位置有关，用绝对位置的写法实现了相对位置的效果\n"
        "- 不同维度用不同频率，低维转得快、高维转得慢\n"
        "- 外推到更长上下文时常配合插值（如 NTK、位置插值）",
        "RoPE 是把 q 和 k 向量两两一组看成复平面上的点，根据 token 的位置旋转一个角度。"
        "这样两个向量做内积时，结果只依赖它们的相对距离，等于用绝对位置的写法得到了相对位置编码。"
        "不同的维度对旋转用不同的频率，前面的维度转得快，后面的转得慢。"
        "如果要扩到更长的上下文，一般会做位置插值或者 NTK 那种缩放。",
        "RoPE 就是按位置去旋转 q 和 k，这样能表示相对位置。",
        "RoPE 是把位置向量直接加到词向量上，和原始 Transformer 的正弦编码一样，只表示绝对位置，"
        "和相对位置无关，而且所有维度用同一个频率。",
        "位置这个东西在 NLP 里面一直很重要，像以前做 RNN 的时候大家也讨论过很多，"
        "我觉得理解模型结构还是要多看源码。",
        "RoPE 旋转位置编码的思路是什么？思路就是旋转，旋转位置编码就是把位置编码旋转一下，"
        "这就是 RoPE 的思路。",
    ),
    Case(
        "zh-h2-project-intent",
        "zh",
        "project",
        "讲讲你做的意图识别项目，你负责什么？",
        "意图识别项目\n"
        "- 背景：客服机器人意图识别准确率只有 78%，很多问题被转人工\n"
        "- 我负责：重新梳理意图体系，把 120 个意图合并成 45 个；用 BERT 微调替换原来的关键词规则\n"
        "- 难点：长尾意图样本少，用大模型生成相似问扩充数据\n"
        "- 结果：准确率提到 91%，转人工率下降 30%",
        "当时客服机器人的意图识别准确率只有 78% 左右，大量问题被转到人工。我负责模型这块："
        "先把原来 120 个意图重新梳理合并成 45 个，边界清楚很多；然后用 BERT 微调替换掉原来的"
        "关键词规则。难点是长尾意图样本太少，我用大模型生成相似问法来扩充训练数据。"
        "上线后准确率到了 91%，转人工率降了 30%。",
        "我主要是用 BERT 微调做意图分类，替换了之前的规则，效果提升了不少。",
        "这个项目是把 45 个意图拆成 120 个更细的意图，用关键词规则代替了 BERT，"
        "长尾意图直接丢掉了，上线后准确率从 91% 降到了 78%。",
        "这个项目是在疫情期间做的，大家都在家办公，沟通主要靠线上会议，"
        "我也是那时候学会了用飞书文档协作。",
        "讲讲我做的意图识别项目，我负责什么？我做的意图识别项目就是识别意图，"
        "我负责的就是意图识别项目里我负责的部分。",
    ),
    Case(
        "zh-h2-beh-disagree",
        "zh",
        "behavioral",
        "有没有和领导意见不一致的时候？你是怎么做的？",
        "和领导意见不一致（STAR）\n"
        "- 情境：领导想直接上线新召回模型，我发现离线评测集和线上分布差别很大\n"
        "- 行动：我先抽了 500 条线上真实 query 重新评测，用数据和领导沟通，建议先灰度 10% 流量\n"
        "- 结果：灰度发现新模型在长 query 上更差，修复后再全量，避免了一次事故\n"
        "- 反思：有分歧时用数据说话，给出可执行的替代方案",
        "有一次领导想直接全量上线新的召回模型，我看了一下发现离线评测集和线上的 query "
        "分布差别挺大的。我没有直接反对，而是先从线上抽了 500 条真实 query 重新评测，"
        "拿着结果去和领导沟通，建议先灰度 10% 的流量。灰度中发现新模型在长 query 上确实更差，"
        "修好之后才全量，算是避免了一次线上事故。我的体会是有分歧的时候用数据说话，"
        "同时给一个能执行的替代方案。",
        "有过，领导想直接上线一个模型，我觉得评测不够，就建议先灰度。",
        "有过，领导想先灰度新召回模型，我觉得太慢了，没做评测就直接全量上线了，"
        "后来长 query 出了问题，我觉得分歧的时候还是按自己的判断来比较好。",
        "我和领导关系一直挺好的，平时会一起吃午饭，周末偶尔也一起打羽毛球。",
        "有没有和领导意见不一致的时候？有的时候意见不一致，我是怎么做的，"
        "就是按照意见不一致的时候的做法去做。",
    ),
    Case(
        "zh-h2-intro",
        "zh",
        "self_intro",
        "请做一个自我介绍。",
        "自我介绍要点：\n"
        "1. 刘洋，浙江大学计算机本科，北京邮电大学人工智能硕士\n"
        "2. 在字节跳动实习，负责推荐系统的特征工程\n"
        "3. 做过基于 RAG 的法律问答系统，检索召回率从 70% 提升到 88%\n"
        "4. 熟悉 PyTorch、向量数据库，想做大模型应用落地",
        "面试官好，我叫刘洋，本科在浙江大学读计算机，硕士在北京邮电大学读人工智能。"
        "实习是在字节跳动，做推荐系统的特征工程。学校里做过一个基于 RAG 的法律问答系统，"
        "把检索召回率从 70% 提到了 88%。平时主要用 PyTorch，也比较熟悉向量数据库，"
        "这次希望做大模型应用落地相关的工作。",
        "面试官好，我叫刘洋，硕士在北邮读人工智能，做过一个法律问答的项目。",
        "面试官好，我叫刘洋，本科学的是机械，硕士没读，没有实习过，也没做过问答或者检索项目，"
        "对 PyTorch 不太熟。",
        "面试官好，我平时喜欢旅游和摄影，去年去了云南和西藏，拍了很多风景照片。",
        "请做一个自我介绍。好的，我做一个自我介绍，自我介绍就是介绍我自己，这就是我的自我介绍。",
    ),
]

_EN = [
    Case(
        "en-h2-adam",
        "en",
        "fundamentals",
        "How does Adam differ from plain SGD?",
        "Adam vs SGD:\n"
        "- SGD updates every parameter with the same learning rate times the gradient\n"
        "- Adam keeps a running mean of gradients (momentum) and of squared gradients\n"
        "- Each parameter's step is divided by the root of its squared-gradient average, "
        "so the step size adapts per parameter\n"
        "- Bias correction fixes the early averages, which start at zero\n"
        "- Adam converges faster early; well-tuned SGD with momentum sometimes generalizes better",
        "Plain SGD moves every parameter by the same learning rate times its gradient. Adam keeps "
        "two running averages per parameter: the mean of the gradients, which acts like "
        "momentum, and the mean of the squared gradients. It divides each step by the square "
        "root of that second average, so parameters with large, noisy gradients take smaller "
        "steps and rare ones take bigger steps. Because both averages start at zero it applies a "
        "bias correction in the first steps. In practice Adam converges faster early on, while "
        "well-tuned SGD with momentum can generalize a bit better.",
        "Adam adapts the learning rate for each parameter, while SGD uses one learning rate for "
        "everything.",
        "SGD keeps running averages of the gradients and squared gradients and adapts the step "
        "per parameter, while Adam just uses one fixed learning rate for every parameter; that "
        "is why Adam usually generalizes better and converges slower.",
        "Optimizers are one of those things I rarely touch; the default in the training script "
        "usually works and I'd rather spend the time cleaning data.",
        "How does Adam differ from plain SGD? Adam differs from plain SGD because Adam is Adam "
        "and SGD is plain SGD, so they differ.",
    ),
    Case(
        "en-h2-warmup",
        "en",
        "fundamentals",
        "Why do we use learning-rate warmup when training transformers?",
        "## Warmup\n"
        "- At the start the weights are random and Adam's second-moment estimates are "
        "unreliable, so large steps can diverge\n"
        "- Warmup increases the learning rate linearly from near zero over the first few "
        "thousand steps\n"
        "- After warmup the rate usually decays (cosine or inverse square root)\n"
        "- Without it, post-LayerNorm transformers often diverge or show loss spikes early",
        "Early in training the weights are random and Adam's estimates of the gradient variance "
        "are based on very few steps, so a full-size learning rate can take huge steps and the "
        "loss blows up. Warmup starts the learning rate near zero and raises it linearly over "
        "the first few thousand steps. Once it peaks, the schedule usually decays it again, with "
        "a cosine curve or an inverse square root. Post-LN transformers in particular often "
        "diverge or show loss spikes without warmup.",
        "You start with a small learning rate and increase it, so training is more stable at "
        "the beginning.",
        "Warmup starts with a very large learning rate and lowers it linearly to zero over the "
        "first steps, because random weights need big steps; after warmup the learning rate "
        "stays constant, and post-LayerNorm transformers train fine without it.",
        "Transformers are everywhere now, from translation to image models, and the ecosystem "
        "of libraries around them keeps growing every month.",
        "Why do we use learning-rate warmup when training transformers? We use warmup because "
        "warmup warms up the learning rate when training transformers.",
    ),
    Case(
        "en-h2-contrastive",
        "en",
        "fundamentals",
        "How is a text embedding model trained with contrastive learning?",
        "Contrastive training for embeddings:\n"
        "1. Build pairs of texts that should be close, e.g. a query and its relevant passage\n"
        "2. Other passages in the same batch serve as negatives (in-batch negatives)\n"
        "3. InfoNCE loss pulls each positive pair together and pushes the negatives apart, "
        "with a temperature\n"
        "4. Hard negatives (similar but wrong passages) make the model learn finer distinctions\n"
        "5. Larger batches give more negatives and usually better embeddings",
        "You start from pairs that should end up close in the embedding space, like a query and "
        "the passage that answers it. For each pair, the other passages in the batch act as "
        "negatives, so you get many negatives for free. The loss is InfoNCE: a softmax over "
        "similarities, scaled by a temperature, that pulls the positive pair together and "
        "pushes the negatives away. Mining hard negatives, passages that look similar but don't "
        "answer the query, forces finer distinctions, and bigger batches help because they "
        "bring more negatives.",
        "You train on query and passage pairs so that matching pairs get similar embeddings.",
        "Contrastive learning trains each text alone with a reconstruction loss; negatives are "
        "not needed, and smaller batches work better because more negatives only add noise.",
        "Embeddings are useful for many things, such as search, clustering and "
        "recommendations, and there are plenty of hosted APIs for them these days.",
        "How is a text embedding model trained with contrastive learning? It is trained "
        "contrastively, with contrastive learning, as a text embedding model.",
    ),
    Case(
        "en-h2-project-dedup",
        "en",
        "project",
        "Walk me through the data-deduplication pipeline you built.",
        "Dedup pipeline for pretraining data\n"
        "- **Problem**: the crawl had many near-duplicate pages, which wasted compute and "
        "caused memorization\n"
        "- **My part**: I built MinHash signatures over 5-gram shingles with LSH bucketing in "
        "Spark\n"
        "- Pairs above 0.8 estimated Jaccard similarity were clustered and one page per "
        "cluster kept\n"
        "- **Result**: removed 28% of documents; the model trained on the deduped set scored "
        "2 points higher on our eval and regurgitated less",
        "Our web crawl had a lot of near-duplicate pages, which wasted training compute and made "
        "the model memorize boilerplate. I built the pipeline in Spark: MinHash signatures over "
        "5-gram shingles, then LSH bucketing so we only compared likely pairs. Anything above "
        "about 0.8 estimated Jaccard similarity went into one cluster and we kept a single page "
        "per cluster. It removed 28% of the documents, and the model trained on the "
        "deduplicated set scored two points higher on our eval and regurgitated training text "
        "less often.",
        "I used MinHash to find near-duplicate pages and removed them from the crawl.",
        "We only removed exact duplicates by URL, no MinHash or LSH; it removed almost nothing "
        "and the model trained on it scored lower.",
        "That quarter I also mentored two interns and organized our team's reading group on "
        "distributed systems papers.",
        "Walk me through the data-deduplication pipeline you built. The pipeline I built "
        "deduplicated data, it was a data-deduplication pipeline that I built.",
    ),
    Case(
        "en-h2-beh-ownership",
        "en",
        "behavioral",
        "Tell me about a time you took ownership of a problem that was not yours.",
        "STAR: flaky CI\n"
        "- Situation: the shared CI failed randomly about one run in five and no team owned it\n"
        "- Action: I collected a week of failure logs, found two tests depending on wall-clock "
        "timing and a shared temp directory, and fixed them\n"
        "- Result: the flake rate dropped below 1% and merges stopped waiting on reruns\n"
        "- Learning: a small owner-less problem costs everyone; write it down and take it",
        "Our shared CI was failing at random, roughly one run in five, and since no team owned "
        "it everyone just hit rerun. I collected a week of failure logs and grouped them, and "
        "found two tests that depended on wall-clock timing and a temp directory shared between "
        "jobs. I fixed both and the flake rate dropped below 1%, so merges stopped waiting on "
        "reruns. What I learned is that a small problem nobody owns costs everybody, so it is "
        "worth writing it down and just taking it.",
        "Our CI was flaky, so I looked into it and fixed a couple of tests.",
        "Our CI was flaky, but it was another team's job, so I just kept rerunning my builds and "
        "waited for them; the flakes stayed and I learned it is better not to touch other "
        "teams' problems.",
        "I like to keep my desk organized and I plan my week every Monday morning with a short "
        "checklist.",
        "Tell me about a time you took ownership of a problem that was not yours. I took "
        "ownership of a problem, and the problem was not mine, so I took ownership.",
    ),
    Case(
        "en-h2-intro",
        "en",
        "self_intro",
        "Please introduce yourself briefly.",
        "Intro notes:\n"
        "- Wei Zhang, MSc in Data Science from the University of Edinburgh\n"
        "- Two years as a data scientist at a fintech company, fraud detection models\n"
        "- Built a graph-based fraud model that caught 15% more fraud at the same "
        "false-positive rate\n"
        "- Looking for an applied NLP role working on LLM evaluation",
        "Hi, I'm Wei Zhang. I did an MSc in Data Science at the University of Edinburgh, then "
        "spent two years as a data scientist at a fintech company working on fraud detection. "
        "My main project was a graph-based fraud model that caught about 15% more fraud at the "
        "same false-positive rate. Now I'm looking for an applied NLP role, ideally working on "
        "LLM evaluation.",
        "Hi, I'm Wei Zhang, I studied data science in Edinburgh and now work at a fintech company.",
        "Hi, I'm Wei Zhang. I studied history, I have no data science experience and have never "
        "worked on fraud detection or any model.",
        "Hi, thanks for the invite. I just moved to the city and I'm still finding my way "
        "around the neighbourhood.",
        "Please introduce yourself briefly. Briefly, I introduce myself, and this is my brief "
        "introduction of myself.",
    ),
]

CASES = [*_ZH, *_EN]
