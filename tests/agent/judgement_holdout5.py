"""A fifth held-out set: ten questions written before the third ordering round, measured once.

Written (zh and en, four stages, five answers each) before any change to the offline
estimator in that round, in the way candidates talk: wrong answers that share the
reference's words, partials that are vague or make one of several points, padded answers
that restate the question. Its first figure is the blind one; no rule was tuned on it in
the third round. The fourth round read its misordered questions and fixed the general
bugs they showed, so its figures since are "after", not blind.
"""

from __future__ import annotations

from judgement_set import Case

_ZH = [
    Case(
        "zh-h5-flash-attention",
        "zh",
        "fundamentals",
        "FlashAttention 为什么快？",
        "FlashAttention 为什么快？\n"
        "**核心：IO 感知**\n"
        "1. 瓶颈不在计算而在显存（HBM）读写\n"
        "2. 分块（tiling）把 Q、K、V 搬到片上 SRAM 里计算\n"
        "3. 用在线 softmax 逐块累加，不需要把 N×N 的注意力矩阵写回 HBM\n"
        "4. 反向传播时重新计算注意力，而不是存下来\n"
        "5. 结果是精确注意力，不是近似",
        "标准注意力的瓶颈其实不在算力，而在反复读写显存 HBM。FlashAttention 把 Q、K、V 切成小块，"
        "搬到片上的 SRAM 里算，softmax 用在线的方式一块一块累加，这样 N 乘 N 的注意力矩阵就不用"
        "整个写回显存。反向的时候它不存这个矩阵，而是重新算一遍，用一点计算换了大量显存读写。"
        "而且它算出来的是精确的注意力，不是近似。",
        "主要是减少了显存的读写吧，它是分块算的，具体的细节我记得不是特别清楚。",
        "FlashAttention 快是因为它是近似注意力，只算每个 token 附近一小块的注意力分数，把 N×N 的"
        "矩阵变稀疏了，计算量少了，但精度会下降一点。",
        "我们训练的时候主要用 DeepSpeed，显卡是 A100，多卡并行效率还可以，偶尔会遇到 NCCL 超时。",
        "FlashAttention 为什么快？嗯，FlashAttention 之所以快，就是因为它是 Flash 的 Attention，"
        "所以速度就很快。",
    ),
    Case(
        "zh-h5-imbalance",
        "zh",
        "fundamentals",
        "样本类别不平衡的时候你会怎么处理？",
        "类别不平衡\n"
        "- 数据层面：对少数类过采样（如 SMOTE）或对多数类欠采样\n"
        "- 损失层面：按类别加权，或者用 focal loss 让模型关注难样本\n"
        "- 阈值层面：根据业务调整分类阈值\n"
        "- 评估：不要只看准确率，看 precision、recall、F1 或 PR-AUC",
        "我一般分几块考虑。数据上可以对少数类做过采样，比如 SMOTE，或者对多数类欠采样。损失函数"
        "上可以按类别给权重，或者用 focal loss 让模型更关注难分的样本。上线时还会根据业务需要去调"
        "分类阈值。评估的时候不能只看准确率，因为全猜多数类准确率也很高，要看 precision、recall、"
        "F1 或者 PR-AUC。",
        "可以对少数类多采一些样本，让数据平衡一点。",
        "类别不平衡其实不用特别处理，看准确率就够了，准确率高说明模型没问题；真要处理的话就把少数类"
        "的样本删掉一些，让模型更专注多数类。",
        "数据标注这块我们是外包给标注团队的，每周抽检一次，标注规范写了二十多页。",
        "样本类别不平衡的时候怎么处理？就是要处理类别不平衡，把不平衡的类别处理好，处理成平衡的。",
    ),
    Case(
        "zh-h5-project-churn",
        "zh",
        "project",
        "讲讲你做的用户流失预测项目，你具体做了什么？",
        "用户流失预测\n"
        "背景：App 月流失率 12%，运营想提前挽留\n"
        "- 我负责特征工程：最近 7 天登录次数、距上次活跃天数、付费变化等 60 多个特征\n"
        "- 模型用 LightGBM，对正样本加权处理不平衡\n"
        "- 每天离线打分，把流失概率最高的 5% 用户推给运营发优惠券\n"
        "- 结果：AUC 从 0.71 提到 0.83，干预组流失率下降 3 个百分点",
        "我们 App 月流失率大概 12%，运营希望能提前挽留。我主要负责特征工程，做了最近 7 天登录次数、"
        "距离上次活跃的天数、付费金额变化这些，一共六十多个特征。模型用的 LightGBM，流失样本少，"
        "就给正样本加了权重。每天离线跑一次打分，把流失概率最高的 5% 用户推给运营去发优惠券。最后 "
        "AUC 从 0.71 提到 0.83，干预组的流失率降了 3 个百分点。",
        "我主要是做特征的，就是从用户行为日志里提了一些特征，然后给模型用。",
        "我主要负责模型部分，用的是 LSTM，特征就是直接用原始日志，没有做特征工程，每周手动跑一次，"
        "AUC 从 0.83 掉到了 0.71。",
        "这个项目是在实习的时候做的，那个公司在杭州，办公环境不错，导师人也很好，经常带我们去团建。",
        "用户流失预测项目我具体做了什么？我做的就是用户流失预测，预测用户会不会流失，这就是我具体"
        "做的。",
    ),
    Case(
        "zh-h5-beh-mentor",
        "zh",
        "behavioral",
        "讲一次你带新人的经历。",
        "带新人（STAR）\n"
        "- 情境：组里来了一个应届生，要接手数据标注平台的后端\n"
        "- 行动：我写了一份上手文档，先给他修小 bug 熟悉代码\n"
        "- 每周一次一对一，review 他的每个 PR 并解释原因\n"
        "- 结果：两周后他能独立提交，一个月后接手整个模块\n"
        "- 反思：带人要先给能完成的小任务，让他尽早有成就感",
        "去年组里来了个应届生，要接手我们数据标注平台的后端。我先给他写了一份上手文档，一开始只让他"
        "修一些小 bug 熟悉代码。每周和他一对一聊一次，他的每个 PR 我都会 review，并且把为什么这样改"
        "讲清楚。两周后他就能独立提交代码，一个月后把整个模块接过去了。我的体会是带人要先给他能完成"
        "的小任务，让他尽早有成就感。",
        "就是平时他有问题我会帮他解答，多沟通吧。",
        "新人来了我就直接把整个模块丢给他，没写文档也没给他 review 过代码，让他自己摸索，后来他一个"
        "月都没能独立提交。",
        "我觉得团队氛围很重要，我们组每周五下午有下午茶，大家关系都挺好的。",
        "讲一次你带新人的经历？带新人的经历就是我带过新人，这就是我带新人的一次经历。",
    ),
    Case(
        "zh-h5-intro",
        "zh",
        "self_intro",
        "先做个自我介绍吧。",
        "自我介绍\n"
        "1. 刘洋，浙江大学计算机硕士\n"
        "2. 在字节跳动实习，做搜索排序的特征和模型\n"
        "3. 做过一个 LLM 客服 Agent，工具调用准确率从 72% 提到 90%\n"
        "4. 熟悉 PyTorch、LangChain，想做大模型应用方向",
        "面试官好，我叫刘洋，浙江大学计算机专业硕士。之前在字节跳动实习，做的是搜索排序，主要负责"
        "特征和模型。自己做过一个大模型客服 Agent 的项目，把工具调用的准确率从 72% 提到了 90%。比较"
        "熟悉 PyTorch 和 LangChain，希望以后做大模型应用方向。",
        "面试官好，我叫刘洋，现在在浙大读研，学的计算机。",
        "面试官好，我叫刘洋，本科是学会计的，没有在互联网公司实习过，也没有做过大模型相关的项目，"
        "对 PyTorch 也不太熟。",
        "面试官好，我性格比较开朗，喜欢旅游和摄影，去过二十多个城市。",
        "先做个自我介绍吧？好的，我先做个自我介绍，这就是我的自我介绍。",
    ),
]

_EN = [
    Case(
        "en-h5-positional",
        "en",
        "fundamentals",
        "Why does a transformer need positional encodings?",
        "Positional encodings\n"
        "- Self-attention is permutation-invariant: without positions, word order is lost\n"
        "- The original transformer adds fixed sinusoidal encodings to the token embeddings\n"
        "- Many models instead learn an absolute position embedding per index\n"
        "- Relative schemes such as RoPE or ALiBi encode distances and extrapolate better to "
        "longer inputs",
        "Self-attention on its own treats the input as a set, so if you shuffle the tokens you "
        "get the same outputs, shuffled: the order of the words is lost. Positional encodings "
        "put that order back. The original transformer added fixed sine and cosine encodings "
        "to the token embeddings; many models like BERT instead learn an embedding for each "
        "absolute position. Newer models use relative schemes like RoPE or ALiBi, which encode "
        "the distance between tokens and cope better with inputs longer than those seen in "
        "training.",
        "Because otherwise the model wouldn't know the order of the words, I think.",
        "Attention already reads the tokens left to right like an RNN, so it knows the order; "
        "positional encodings are mainly there to make the embeddings bigger, and learned "
        "absolute ones extrapolate better to longer inputs than relative ones like RoPE.",
        "I've mostly used transformers through Hugging Face, and the pipeline API makes it "
        "really easy to get a model running.",
        "Why does a transformer need positional encodings? It needs positional encodings "
        "because positional encodings are needed by the transformer.",
    ),
    Case(
        "en-h5-kfold",
        "en",
        "fundamentals",
        "How does k-fold cross-validation work, and why use it?",
        "K-fold cross-validation:\n"
        "1. Split the data into k folds of roughly equal size\n"
        "2. Train on k-1 folds and validate on the remaining one, k times, each fold held out "
        "once\n"
        "3. Average the k scores: a less noisy estimate than one train/validation split\n"
        "4. Every example is used for both training and validation, which helps with small "
        "datasets\n"
        "5. Use stratified folds for imbalanced classes, and keep time order for time series",
        "You split the data into k roughly equal folds. Then you train k times: each time on k "
        "minus one folds, validating on the fold left out, so every fold is the validation set "
        "once. Averaging the k scores gives a much less noisy estimate than a single split, "
        "and every example gets used for both training and validation, which matters when data "
        "is small. For imbalanced classes you stratify the folds, and for time series you keep "
        "the time order instead of shuffling.",
        "You split the data into several parts and rotate which part you test on, so the "
        "estimate is more reliable.",
        "You split the data into k folds, train one model on all of them together, and then "
        "test it on each fold; the score of the best fold is the one you report. It is mostly "
        "useful for big datasets, and you should always shuffle, even time series.",
        "I usually keep a separate test set and track all my experiments in MLflow so I can "
        "compare runs later.",
        "How does k-fold cross-validation work, and why use it? K-fold cross-validation works "
        "by doing cross-validation with k folds, and you use it because it is k-fold "
        "cross-validation.",
    ),
    Case(
        "en-h5-project-fraud",
        "en",
        "project",
        "Walk me through the fraud detection model you built.",
        "Fraud detection:\n"
        "- Background: the rule-based system missed new fraud patterns; fraud was about 0.5% "
        "of transactions\n"
        "- I built a gradient-boosted tree model on transaction features: amount velocity, "
        "device, merchant\n"
        "- Handled the imbalance by downsampling legitimate transactions and choosing the "
        "threshold on the precision-recall curve\n"
        "- Deployed as a real-time service answering in under 50 ms\n"
        "- Result: 30% more fraud caught at the same false-positive rate",
        "The old rule-based system kept missing new fraud patterns, and fraud was only about "
        "half a percent of transactions. I built a gradient-boosted tree model on transaction "
        "features like how fast the amounts were changing, the device and the merchant. To "
        "deal with the imbalance I downsampled the legitimate transactions and picked the "
        "threshold from the precision-recall curve. It runs as a real-time service that "
        "answers in under 50 milliseconds, and at the same false-positive rate it catches "
        "about 30% more fraud than the rules did.",
        "I built a model to detect fraudulent transactions, and it worked better than the old "
        "system.",
        "We kept the rule-based system and I mostly added more rules by hand; transactions were "
        "scored in a nightly batch job rather than in real time, and the false-positive rate "
        "went up by 30%.",
        "That team was fully remote, so we did a lot of async communication over Slack, which "
        "I actually liked.",
        "Walk me through the fraud detection model you built. So the fraud detection model I "
        "built was a model for detecting fraud, which I built.",
    ),
    Case(
        "en-h5-beh-deadline",
        "en",
        "behavioral",
        "Tell me about a time you missed a deadline.",
        "Missed deadline (STAR):\n"
        "- Situation: I estimated two weeks to migrate our reporting pipeline, but found hidden "
        "dependencies on legacy jobs\n"
        "- Action: a week before the date I told my manager it would slip and why\n"
        "- Proposed cutting scope: migrate the two critical tables first, the rest later\n"
        "- Result: critical tables on time, the rest one week late, no reports broken\n"
        "- Lesson: break estimates into smaller tasks and flag risk as soon as I see it",
        "I estimated two weeks to migrate our reporting pipeline, and halfway through I found a "
        "lot of hidden dependencies on old legacy jobs. A week before the date I went to my "
        "manager, told him it would slip and why, and proposed cutting the scope: move the two "
        "critical tables first and the rest afterwards. The critical tables landed on time, "
        "the rest came a week late, and no reports broke. Since then I break estimates down "
        "into smaller tasks and raise a risk the moment I see it.",
        "I underestimated how long a migration would take, so I told my manager and we pushed "
        "it back a bit.",
        "I estimated two weeks for the pipeline migration and didn't tell my manager it was "
        "slipping until the day it was due; we moved all the tables at once and several "
        "reports broke.",
        "I'm generally very organised: I use a to-do app and block out time on my calendar "
        "every morning.",
        "Tell me about a time you missed a deadline. There was a time I missed a deadline, and "
        "that was the time the deadline was missed.",
    ),
    Case(
        "en-h5-intro",
        "en",
        "self_intro",
        "Could you walk me through your background?",
        "Background:\n"
        "- Daniel Kim, MS in Statistics, University of Michigan\n"
        "- Two years as a data scientist at a fintech startup, building credit-risk models\n"
        "- Built the team's feature store, which cut model training time from a day to two "
        "hours\n"
        "- Now want to move into ML engineering and MLOps",
        "Sure. I'm Daniel Kim; I did a master's in statistics at the University of Michigan. "
        "After that I spent two years as a data scientist at a fintech startup, building "
        "credit-risk models. The thing I'm proudest of there is the feature store I built for "
        "the team, which took model training from about a day down to two hours. Now I'd like "
        "to move into ML engineering and MLOps.",
        "I'm Daniel, I studied statistics and now I work as a data scientist.",
        "I'm Daniel Kim. I did a bachelor's in marketing, and for the past two years I've been "
        "in sales at a retail chain; I haven't built models or worked on any data "
        "infrastructure.",
        "Outside work I play in a jazz band and I'm training for my first marathon.",
        "Could you walk me through your background? My background is, well, my background, "
        "which I can walk you through.",
    ),
]

CASES = _ZH + _EN
