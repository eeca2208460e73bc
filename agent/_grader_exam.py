"""The grader check's exam: questions with notes and answers whose quality is known.

Written for the check (no candidate's notes): per language, three questions of the
fundamentals and behavioral stages, each with a strong answer (the notes' ideas in the
candidate's words), a partial one (one idea, vaguely), a wrong one (the notes' words,
backwards claims) and an off-topic one (fluent, about something else). A grader worth
believing scores them in that order; agent.grader_check gives it the exam.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge import Stage

EXAM_VERSION = "1"  # a new exam invalidates the checks taken on the old one


@dataclass(frozen=True)
class ExamQuestion:
    stage: Stage
    question: str
    notes: str
    strong: str
    partial: str
    wrong: str
    off_topic: str


_ZH = (
    ExamQuestion(
        "fundamentals",
        "梯度裁剪是做什么的？一般怎么裁？",
        "## 梯度裁剪\n"
        "- 目的：防止梯度爆炸（RNN、长序列、大模型训练早期 loss spike）\n"
        "- 按范数裁：总梯度 L2 范数 > 阈值 c → 整体乘 c/‖g‖，方向不变\n"
        "- 按值裁：每个分量截到 [-c, c]，会改变方向，用得少\n"
        "- 大模型常用 max_norm = 1.0；在 optimizer.step() 之前做",
        "梯度裁剪是为了防梯度爆炸，像 RNN 或者大模型训练早期 loss 突然飙上去的时候。"
        "常用的是按范数裁：算所有参数梯度合起来的 L2 范数，超过阈值就整体按比例缩小到阈值，"
        "方向不变。也可以按值裁，把每个分量截断，但那样会改方向，用得少。"
        "大模型一般设 max_norm 为 1，在优化器更新之前做。",
        "就是梯度太大的时候把它限制一下，防止训练不稳定。",
        "梯度裁剪是为了解决梯度消失，梯度太小的时候把它放大到阈值。一般按值裁更常用，"
        "因为它不改变方向；按范数裁会改变梯度方向，所以很少用。通常在 optimizer.step() "
        "之后再裁，阈值设成 100 左右。",
        "学习率预热也很重要，前几千步从很小的学习率线性升上去，再用余弦退火降下来，"
        "Adam 的 β2 设 0.95 会更稳定，batch size 大的时候学习率也要跟着调。",
    ),
    ExamQuestion(
        "fundamentals",
        "对比学习里 InfoNCE 的温度系数有什么作用？",
        "## InfoNCE 温度 τ\n"
        "- loss = -log( exp(sim(q,k+)/τ) / Σ exp(sim(q,k)/τ) )\n"
        "- τ 小 → 分布更尖锐，更关注难负样本，但太小训练不稳、对噪声敏感\n"
        "- τ 大 → 分布平滑，对所有负样本一视同仁，区分度下降\n"
        "- 常见 0.05~0.1（SimCSE 0.05，CLIP 可学习，初始 0.07）",
        "温度是除在相似度上的，控制 softmax 的尖锐程度。温度小，分布更尖，"
        "模型会更关注那些很像正样本的难负样本，但太小训练会不稳定，对噪声也敏感；"
        "温度大，分布平滑，所有负样本差不多一样对待，区分能力就弱了。一般取 0.05 到 0.1，"
        "SimCSE 用 0.05，CLIP 是把它设成可学习的，初始 0.07。",
        "温度是调 softmax 分布的，一般取一个比较小的值。",
        "温度越大分布越尖锐，模型越关注难负样本；温度越小越平滑。温度对效果影响不大，"
        "一般直接取 1 就行，SimCSE 和 CLIP 都是固定用 1。",
        "对比学习里负样本的数量很关键，MoCo 用一个队列存历史的 key，再用动量编码器保持一致性，"
        "SimCLR 则是靠很大的 batch 来提供负样本，数据增强的组合也很重要。",
    ),
    ExamQuestion(
        "behavioral",
        "讲一次你和同事在代码评审上起冲突的经历。",
        "代码评审冲突\n"
        "S：同事的 PR 把特征处理写进了模型服务，我认为应该放到离线管道\n"
        "T：要在周五发版前达成一致，不能拖\n"
        "A：私下约他 30 分钟，先听他的理由（线上要实时特征）；我拿延迟数据对比两种方案；"
        "最后折中：实时特征留在服务里，其余移到离线\n"
        "R：按时发版，p99 延迟降了 15ms；之后我们一起写了评审规范\n"
        "反思：先问原因再给意见",
        "之前一个同事提的 PR 把特征处理都放进了模型服务里，我觉得应该放在离线管道。"
        "周五就要发版，我们必须尽快定下来。我没有在评审里来回争，而是私下约他聊了半小时，"
        "先听他的理由，原来是线上有些特征必须实时算。我把两种方案的延迟数据拿出来对比，"
        "最后折中：实时特征留在服务里，其他的挪到离线。按时发了版，p99 延迟还降了 15 毫秒，"
        "后来我们还一起写了评审规范。我的体会是先问清原因再提意见。",
        "有过，和同事对代码怎么写有不同意见，后来沟通了一下就解决了。",
        "同事的 PR 把特征处理放进了模型服务，我在评审里直接打回，坚持全部移到离线管道，"
        "没听他解释。他后来只能按我的改，结果发版推迟了一周，实时特征也出了问题，"
        "延迟反而涨了。我觉得评审就应该严格，这件事我没什么要反思的。",
        "我平时很重视代码质量，会用 pre-commit 跑 lint 和格式化，写单元测试，"
        "CI 里跑覆盖率，合并前至少要一个人 approve。",
    ),
)

_EN = (
    ExamQuestion(
        "fundamentals",
        "Why do we use learning-rate warmup?",
        "## LR warmup\n"
        "- early steps: weights random, Adam's second-moment estimates noisy → big LR blows up\n"
        "- ramp LR linearly from ~0 to peak over first N steps (e.g. 1-2k, or ~1% of training)\n"
        "- then decay (cosine / linear)\n"
        "- matters most with large batch + Adam, Transformers (post-LN especially)",
        "At the start the weights are random and Adam's variance estimates are based on "
        "very few steps, so a full learning rate can make the loss blow up. Warmup ramps the "
        "rate up linearly from near zero to the peak over the first thousand or two steps, "
        "about one percent of training, and then you decay it, usually with a cosine "
        "schedule. It matters most for Transformers, post-LN ones especially, and for large "
        "batches with Adam.",
        "It keeps training stable at the beginning by starting with a small learning rate.",
        "Warmup starts with a very high learning rate so the model escapes bad regions fast, "
        "then drops it sharply after the first epoch. It is mainly needed for plain SGD with "
        "small batches; with Adam you can skip it because Adam adapts the step size itself.",
        "Batch normalization helps too: it normalizes activations per mini-batch, which "
        "reduces internal covariate shift, and at inference it uses running statistics "
        "collected during training.",
    ),
    ExamQuestion(
        "fundamentals",
        "What does temperature do when sampling from a language model?",
        "## Sampling temperature\n"
        "- logits divided by T before softmax\n"
        "- T < 1: sharper distribution → more deterministic, repetitive; T → 0 = greedy\n"
        "- T > 1: flatter → more diverse, more errors / incoherence\n"
        "- usually combined with top-p / top-k; T=0.7 common for chat",
        "The logits are divided by the temperature before the softmax. Below one the "
        "distribution gets sharper, so the output is more deterministic and can get "
        "repetitive, and as it goes to zero it becomes greedy decoding. Above one it flattens, "
        "so you get more variety but also more mistakes and incoherent text. People usually "
        "pair it with top-p or top-k, and around 0.7 is common for chat.",
        "Temperature controls how random the output is.",
        "Temperature is applied after the softmax, to the probabilities. A higher temperature "
        "makes the distribution sharper and the output more deterministic, and a temperature "
        "of zero gives the most random output. It replaces top-p, so you never use both.",
        "Beam search keeps the k best partial sequences at each step and expands them, which "
        "works well for translation but tends to produce generic, repetitive text in open "
        "ended generation, so length penalties are often added.",
    ),
    ExamQuestion(
        "behavioral",
        "Tell me about a time you had to mentor a struggling junior engineer.",
        "Mentoring a junior\n"
        "S: new grad on my team missed two sprint deadlines, PRs needed many review rounds\n"
        "T: get him productive before the quarter's launch, as his onboarding buddy\n"
        "A: weekly 1:1s; split his tickets into half-day tasks; paired on the first two; "
        "wrote a checklist of our review comments\n"
        "R: review rounds 5 → 2 in six weeks, shipped his part of the launch on time\n"
        "Learned: unclear scope, not skill, was the blocker",
        "A new grad on my team had missed two sprint deadlines and his pull requests went "
        "through many review rounds. I was his onboarding buddy and we needed him productive "
        "before the quarter's launch. I set up weekly one-on-ones, broke his tickets into "
        "half-day tasks, paired with him on the first two, and wrote a checklist from the "
        "review comments we kept giving. Within six weeks his review rounds went from about "
        "five to two and he shipped his part of the launch on time. What I learned is that "
        "the blocker was unclear scope, not his skill.",
        "I helped a junior engineer who was behind, we met regularly and he got better.",
        "A new grad kept missing deadlines, so I took over his tickets and finished them "
        "myself to protect the launch, and told our manager he was not ready. We stopped "
        "the one-on-ones because they took too much time. He left the team a month later, "
        "which I think was the right outcome since the problem was his skill.",
        "Our team's on-call rotation was painful, so I wrote runbooks for the top alerts, "
        "tuned the thresholds, and set up a weekly review of pages, which cut the pager "
        "load in half.",
    ),
)


def exam(language: str) -> tuple[ExamQuestion, ...]:
    """The exam in the interview's language (its rubric prompts are in that language)."""
    return _ZH if language == "zh" else _EN
