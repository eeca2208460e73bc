"""The ML words a candidate says in the other language than their notes.

Notes keep "pseudo-label", "freeze the backbone", "loss"; a Chinese answer says 伪标签,
冻结, 损失 (and the other way round). The answer is read with such a word put in the
notes' own spelling, so it meets the notes' words; an answer in the notes' words is
read as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# English name: the Chinese words said for it. Only words an ML candidate means one way:
# 策略 (policy or strategy) and 精度 (precision or accuracy) are left out; 显存 and 内存
# stay apart ("cache in CPU memory" is the wrong answer for a KV cache).
_PAIRS: dict[str, tuple[str, ...]] = {
    "attention": ("注意力",),
    "embedding": ("嵌入",),
    "vector": ("向量",),
    "loss": ("损失函数", "损失"),
    "label": ("标签",),
    "pseudo label": ("伪标签",),
    "bias": ("偏差", "偏置"),
    "variance": ("方差",),
    "gradient": ("梯度",),
    "gradient accumulation": ("梯度累积", "梯度累加"),
    "weight": ("权重",),
    "optimizer": ("优化器",),
    "batch": ("批次", "批量"),
    "batch size": ("批大小",),
    "learning rate": ("学习率",),
    "warmup": ("预热",),
    "train": ("训练",),
    "inference": ("推理",),
    "sample": ("样本",),
    "sampling": ("采样",),
    "negative sample": ("负样本",),
    "positive sample": ("正样本",),
    "recall": ("召回率", "召回"),
    "precision": ("精确率", "精准率", "查准率"),
    "accuracy": ("准确率", "正确率"),
    "cache": ("缓存",),
    "query": ("查询",),
    "retrieval": ("检索",),
    "rerank": ("重排", "重排序"),
    "latency": ("延迟", "时延"),
    "throughput": ("吞吐", "吞吐量"),
    "distillation": ("蒸馏",),
    "quantization": ("量化",),
    "pruning": ("剪枝",),
    "finetune": ("微调",),
    "pretrain": ("预训练",),
    "overfitting": ("过拟合",),
    "underfitting": ("欠拟合",),
    "regularization": ("正则化",),
    "normalization": ("归一化",),
    "activation": ("激活",),
    "convolution": ("卷积",),
    "pooling": ("池化",),
    "encoder": ("编码器",),
    "decoder": ("解码器",),
    "tokenizer": ("分词器",),
    "vocabulary": ("词表",),
    "prompt": ("提示词",),
    "hallucination": ("幻觉",),
    "reward": ("奖励",),
    "reward model": ("奖励模型",),
    "alignment": ("对齐",),
    "preference": ("偏好",),
    "temperature": ("温度",),
    "threshold": ("阈值",),
    "feature": ("特征",),
    "cross entropy": ("交叉熵",),
    "probability": ("概率",),
    "distribution": ("分布",),
    "clustering": ("聚类",),
    "classifier": ("分类器",),
    "dimension": ("维度",),
    "matrix": ("矩阵",),
    "parameter": ("参数",),
    "freeze": ("冻结",),
    "teacher": ("教师",),
    "student": ("学生",),
    "backbone": ("骨干网络", "骨干"),
    "expert": ("专家",),
    "router": ("路由",),
    "mask": ("掩码",),
    "residual": ("残差",),
    "spike": ("尖峰", "毛刺"),
    "pipeline": ("流水线",),
    "dataset": ("数据集",),
    "baseline": ("基线",),
    "metric": ("指标",),
    "log": ("日志",),
    "owner": ("负责人",),
    "deadline": ("截止日期",),
    "cosine": ("余弦",),
    "similarity": ("相似度",),
    "standard deviation": ("标准差",),
    "sparse": ("稀疏",),
    "dense": ("稠密",),
    "index": ("索引",),
    "dedup": ("去重",),
    "noise": ("噪声", "噪音"),
    "click": ("点击",),
    "exposure": ("曝光",),
    "conversion": ("转化",),
    "cold start": ("冷启动",),
    "checkpoint": ("检查点",),
    "mixed precision": ("混合精度",),
    "sequence": ("序列",),
    "context": ("上下文",),
    "knowledge graph": ("知识图谱",),
    "node": ("节点",),
    "neighbor": ("邻居",),
    "privacy": ("隐私",),
    "client": ("客户端",),
    "compression": ("压缩",),
    "seasonality": ("季节性",),
    "anomaly": ("异常",),
    "diffusion": ("扩散",),
    "denoise": ("去噪",),
    "entity": ("实体",),
    "intent": ("意图",),
    "summary": ("摘要",),
    "translation": ("翻译",),
    "speech recognition": ("语音识别",),
    "gradient descent": ("梯度下降",),
    "vanishing gradient": ("梯度消失",),
    "exploding gradient": ("梯度爆炸",),
    "backpropagation": ("反向传播",),
    "self attention": ("自注意力",),
    "multi head attention": ("多头注意力",),
    "cross attention": ("交叉注意力",),
    "positional encoding": ("位置编码",),
    "contrastive learning": ("对比学习",),
    "data augmentation": ("数据增强",),
    "convergence": ("收敛",),
    "generalization": ("泛化",),
    "robustness": ("鲁棒性", "鲁棒"),
    "interpretability": ("可解释性",),
    "calibration": ("校准",),
    "confidence": ("置信度",),
    "decision tree": ("决策树",),
    "random forest": ("随机森林",),
    "gradient boosting": ("梯度提升",),
    "logistic regression": ("逻辑回归",),
    "linear regression": ("线性回归",),
    "kernel function": ("核函数",),
    "naive bayes": ("朴素贝叶斯",),
    "prior": ("先验",),
    "posterior": ("后验",),
    "likelihood": ("似然",),
    "maximum likelihood": ("极大似然", "最大似然"),
    "significance": ("显著性",),
    "confidence interval": ("置信区间",),
    "sample size": ("样本量",),
    "outlier": ("离群点", "异常值"),
    "missing value": ("缺失值",),
    "feature engineering": ("特征工程",),
    "feature selection": ("特征选择",),
    "cross validation": ("交叉验证",),
    "validation set": ("验证集",),
    "test set": ("测试集",),
    "training set": ("训练集",),
    "ground truth": ("真值",),
    "annotation": ("标注",),
    "rag": ("检索增强生成", "检索增强"),
    "database": ("数据库",),
    "vector database": ("向量数据库", "向量库"),
    "beam search": ("束搜索",),
    "greedy": ("贪心",),
    "decode": ("解码",),
    "encode": ("编码",),
    "speculative decoding": ("投机解码", "推测解码"),
    "bandwidth": ("带宽",),
    "parallelism": ("并行",),
    "data parallelism": ("数据并行",),
    "tensor parallelism": ("张量并行",),
    "pipeline parallelism": ("流水线并行",),
    "communication": ("通信",),
    "sharding": ("分片",),
    "instruction": ("指令",),
    "reinforcement learning": ("强化学习",),
    "human feedback": ("人类反馈",),
    "value function": ("价值函数",),
    "divergence": ("散度",),
    "perplexity": ("困惑度",),
    "tokenize": ("分词",),
    "sliding window": ("滑动窗口",),
    "window": ("窗口",),
    "concurrency": ("并发",),
    "deploy": ("部署",),
    "monitoring": ("监控",),
    "alert": ("告警", "报警"),
    "rollback": ("回滚",),
    "offline": ("离线",),
    "user": ("用户",),
    "item": ("物品",),
    "diversity": ("多样性",),
    "fairness": ("公平性",),
    "object detection": ("目标检测",),
    "detection": ("检测",),
    "segmentation": ("分割",),
    "classification": ("分类",),
    "bounding box": ("边界框", "检测框"),
    "anchor": ("锚框",),
    "receptive field": ("感受野",),
    "image": ("图像", "图片"),
    "text": ("文本",),
    "video": ("视频",),
    "audio": ("音频",),
    "speech": ("语音",),
    "multimodal": ("多模态",),
    "graph neural network": ("图神经网络",),
    "over smoothing": ("过平滑",),
    "federated learning": ("联邦学习",),
    "differential privacy": ("差分隐私",),
    "predict": ("预测",),
    "trend": ("趋势",),
    "guidance": ("引导",),
    "hyperparameter": ("超参数", "超参"),
    "decay": ("衰减",),
    "epoch": ("轮次",),
    "layer": ("层数",),
    "head": ("头数",),
}

# English spellings of one name ("fine-tuning", "de-dup", "frozen") read as that name
_SPELLINGS: dict[str, str] = {
    "fine-tune": "finetune",
    "fine-tuning": "finetune",
    "fine-tuned": "finetune",
    "finetuning": "finetune",
    "finetuned": "finetune",
    "pre-train": "pretrain",
    "pre-training": "pretrain",
    "pre-trained": "pretrain",
    "pretraining": "pretrain",
    "pretrained": "pretrain",
    "frozen": "freeze",
    "de-dup": "dedup",
    "deduplication": "dedup",
    "deduplicate": "dedup",
    "deduped": "dedup",
    "re-rank": "rerank",
    "reranking": "rerank",
    "re-ranking": "rerank",
    "warm-up": "warmup",
    "cross-entropy": "cross entropy",
    "pseudo-label": "pseudo label",
    "pseudo-labels": "pseudo label",
    "pseudo-labeling": "pseudo label",
    "pseudo-labelling": "pseudo label",
    "cold-start": "cold start",
    "over-fitting": "overfitting",
    "overfit": "overfitting",
    "overfits": "overfitting",
    "underfit": "underfitting",
    "neighbour": "neighbor",
    "neighbours": "neighbor",
    "de-noise": "denoise",
    "denoising": "denoise",
    "backprop": "backpropagation",
    "back-propagation": "backpropagation",
    "multi-head": "multi head attention",
    "generalisation": "generalization",
    "regularisation": "regularization",
    "normalisation": "normalization",
    "quantisation": "quantization",
    "tokenization": "tokenize",
    "tokenisation": "tokenize",
    "tokenizing": "tokenize",
    "prediction": "predict",
    "predictions": "predict",
    "forecast": "predict",
    "forecasting": "predict",
    "augmentation": "data augmentation",
    "converge": "convergence",
    "converges": "convergence",
    "converged": "convergence",
    "deployment": "deploy",
    "classify": "classification",
    "bbox": "bounding box",
    "oversmoothing": "over smoothing",
    "over-smoothing": "over smoothing",
    "hyperparameters": "hyperparameter",
    "hyper-parameter": "hyperparameter",
}

_NAME_OF = {word: name for name, words in _PAIRS.items() for word in words}
_NAME_OF.update((word.replace("-", " "), name) for word, name in _SPELLINGS.items())
_NAME_OF.update((name, name) for name in _PAIRS)


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CHINESE = re.compile(_alternatives(w for words in _PAIRS.values() for w in words))
_ENGLISH_WORDS = [w for w in _NAME_OF if w.isascii()]
_ENGLISH = re.compile(
    r"(?<![A-Za-z])("
    + _alternatives(_ENGLISH_WORDS).replace(r"\ ", r"[\s-]?")
    + r")(?:s|es|d|ed|ing)?(?![A-Za-z])",
    re.IGNORECASE,
)


def _said(text: str) -> list[tuple[re.Match[str], str, bool]]:
    """The glossary words in a text: (match, name, in Chinese), in order."""
    found = [(m, _NAME_OF[m.group()], True) for m in _CHINESE.finditer(text)]
    found += [(m, _NAME_OF[_plain(m.group(1))], False) for m in _ENGLISH.finditer(text)]
    return sorted(found, key=lambda f: f[0].start())


def _plain(word: str) -> str:
    return re.sub(r"[\s-]+", " ", word.lower())


def in_notes_words(sentence: str, notes: str, question: str = "") -> str:
    """The sentence with each glossary word the notes spell only in the other language put
    in the notes' spelling: "用伪标签训练" against notes saying "pseudo-label" reads
    "用 pseudo-label 训练". A word as the question spells it stays: it is said back."""
    spelled: dict[tuple[str, bool], str] = {}
    for match, name, chinese in _said(notes):
        spelled.setdefault((name, chinese), match.group(0 if chinese else 1))
    asked = {(name, chinese) for _, name, chinese in _said(question)}
    out, start = [], 0
    for match, name, chinese in _said(sentence):
        if (name, chinese) in spelled or (name, not chinese) not in spelled:
            continue
        if (name, chinese) in asked:
            continue
        word = spelled[(name, not chinese)]
        out += [sentence[start : match.start()], word if not chinese else f" {word} "]
        start = match.end()
    return "".join(out) + sentence[start:] if out else sentence
