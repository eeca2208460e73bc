"""A project named as a person says it: its title without the aside, and whether the title
names the work or only the place it was done."""

from __future__ import annotations

import re

from agent._answer_text import terms

TRAILING_ASIDE = re.compile(r"\s*[（(][^（）()]*[）)]\s*$")  # "项目名（星河科技 · 实习）"


def spoken_title(name: str) -> str:
    """A project named as a person says it: without its trailing aside
    ("企业知识库 RAG 问答系统（星河科技 · 算法实习）" -> "企业知识库 RAG 问答系统")."""
    short = TRAILING_ASIDE.sub("", name).strip()
    return short if len(terms(short)) >= 1 and len(short) >= 2 else name


# what a project's title names when it names the work, not where it was done
_WORK = re.compile(
    r"项目|系统|平台|模型|引擎|框架|工具|助手|服务|应用|算法|检索|问答|推荐|搜索|生成|抽取|识别|分类"
    r"|预测|优化|微调|训练|评测|标注|机器人|流水线|补全|对齐|蒸馏|量化|部署|加速|压缩|构建|建设|改造"
    r"|重构|[a-z0-9]{2,}2[a-z]{2,}|\b(?:RAG|LLM|SFT|DPO|RLHF|NLP|OCR|ASR|TTS|CTR)\b"  # "text2sql"
    r"|\b(?:project|system|platform|model|engine|framework|tool|assistant|service|pipeline|\w*bots?"
    r"|search|ranking|recommend\w*|detection|classifier|retrieval|generation|extraction|agent"
    r"|app|application|api|dashboard|crawler|copilot|analysis|migration|monitoring"
    # "Reranker distillation", "LoRA fine-tuning": what was done to a model
    r"|\w*rank(?:er|ing)s?|distillation|fine-?tuning|evaluation|alignment|quantization|training"
    r"|summari[sz]ation|prediction|forecast(?:ing)?|benchmark)\b",
    re.IGNORECASE,
)
# "support chatbot", "churn prediction for retail", "Query rewriting": common nouns in lower
# case after the first letter, as no company writes its name
_LOWER_WORDS = re.compile(r"^[A-Za-z][a-z0-9-]*(?:\s+[a-z][a-z0-9-]*)+$")


def names_work(title: str) -> bool:
    """Does a project's title name what was built ("企业知识库 RAG 问答系统", "Text2SQL"),
    rather than where ("美团", "MetaApp", "千里马网信科技有限公司")?"""
    return _WORK.search(title) is not None or _LOWER_WORDS.match(title.strip()) is not None
