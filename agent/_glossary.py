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
