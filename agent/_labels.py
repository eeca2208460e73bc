"""The words shown beside a score, in one table, English and Chinese side by side.

The exports, the CLI and the desktop all label scores from here, so an offline estimate
or a failed score reads the same everywhere. The English words are also the JSON
export's `score_label` values: never rename them, only add.
"""

from __future__ import annotations

from agent._models import TurnScore
from agent._rubric import readable
from agent._words import Words as Words  # re-exported: the labels and their shape
from agent.prompts import STAGE_NAMES

SCORE_LABELS: dict[str, Words] = {
    "llm": Words("LLM rubric", "大模型评分"),
    "guarded": Words("rule-based (guarded)", "经规则校正"),
    "offline_estimate": Words("offline estimate", "离线估计"),
    "failed": Words("scoring failed", "评分失败"),
    "not_scored": Words("not scored", "尚未评分"),
    "estimate_guarded": Words("offline estimate (guarded)", "离线估计（经规则校正）"),
}
"""By `TurnScore.status`, plus "not_scored" and "estimate_guarded" (a guarded score
in an offline session)."""

BASIS_LABELS: dict[str, Words] = {
    "llm": SCORE_LABELS["llm"],
    "offline_estimate": SCORE_LABELS["offline_estimate"],
    "mixed": Words("mixed", "混合"),
    "none": SCORE_LABELS["not_scored"],
}
"""By `Report.basis`: where a session's scores came from."""


KEY_POINT_LABELS: dict[str, Words] = {
    "hit": Words("hit", "答到"),
    "partly": Words("partly", "部分答到"),
    "missed": Words("missed", "遗漏"),
    # an offline check reads words and a grader can misread too: measured on fresh notes,
    # the offline one marks right answers as often as wrong ones, so the mark is hedged
    "contradicted": Words("may contradict", "可能矛盾"),
}
"""By `KeyPoint.status`."""

OPTION_LABELS: dict[str, Words] = {
    "practice": Words("practice", "练习"),
    "mock": Words("mock", "模拟面试"),
    "friendly": Words("friendly", "友好"),
    "neutral": Words("neutral", "中性"),
    "pressure": Words("pressure", "压力面"),
    "zh": Words("zh", "中文"),
    "en": Words("en", "英文"),
}
"""A session's mode, style and language (InterviewOptions values) as the reader names them."""


def label_of(table: dict[str, Words], key: str, language: str = "en") -> str:
    """`key` from one of these tables in `language`; a key not in it is returned as is."""
    words = table.get(key)
    return words.said_in(language) if words else key


def score_label(score: TurnScore | None, estimate: bool = False, language: str = "en") -> str:
    """How a score was made; in an offline session every score is an offline estimate."""
    if score is None:
        key = "not_scored"
    elif estimate and score.status == "guarded":
        key = "estimate_guarded"
    else:
        key = score.status
    words = SCORE_LABELS.get(key)
    return words.said_in(language) if words else key


def basis_label(basis: str, language: str = "en") -> str:
    words = BASIS_LABELS.get(basis)
    return words.said_in(language) if words else basis


def stage_title(stage: str, language: str = "en") -> str:
    """A stage id as a heading names it ("Self-introduction", "行为面试"): the name the
    interviewer uses, sentence-cased, so a template topic reads like the stage it is."""
    words = STAGE_NAMES.get(stage)
    name = words.said_in(language) if words else stage
    return name[:1].upper() + name[1:]


def is_stage_name(topic: str, stage: str) -> bool:
    """The topic is the stage's own name (a template question's topic), in either language."""
    said = topic.strip().lower()
    return any(said == name.lower() for name in STAGE_NAMES.get(stage, Words("", "")))


def dimension_label(name: str, language: str = "en") -> str:
    """A rubric dimension as the app shows it ("Role & contribution", "角色与贡献"); any
    other name is returned as is."""
    return readable(name, language)


TOPIC_NAMES: dict[str, Words] = {
    "Conflict": Words("Conflict", "意见冲突"),
    "Failure": Words("Failure", "失败经历"),
    "Challenge": Words("Challenge", "困难与挑战"),
    "Pressure": Words("Pressure", "压力"),
    "Priorities": Words("Priorities", "优先级"),
    "Why us": Words("Why us", "为什么选择我们"),
    "Strengths & weaknesses": Words("Strengths & weaknesses", "优缺点"),
    "Career plan": Words("Career plan", "职业规划"),
    "Learning": Words("Learning", "学习能力"),
    "Teamwork": Words("Teamwork", "团队合作"),
    "Leadership": Words("Leadership", "领导力"),
    "Fine-tuning": Words("Fine-tuning", "微调"),
    "Evaluation": Words("Evaluation", "评测"),
    "Hallucination": Words("Hallucination", "幻觉"),
    "Vector database": Words("Vector database", "向量数据库"),
    "Quantization": Words("Quantization", "量化"),
    "Regularization": Words("Regularization", "正则化"),
    "Reward model": Words("Reward model", "奖励模型"),
    "Tokenization": Words("Tokenization", "分词"),
}
"""The plain-word topics the question bank names in English (knowledge's canonical topics);
terms such as LoRA or KV cache read the same in both languages and are not here."""


def topic_title(topic: str, stage: str = "", language: str = "en") -> str:
    """A topic as the candidate reads it in the session's language: a stage's own name (a
    template question's topic; any stage's when `stage` is not known) is that stage's
    heading, a canonical topic its name in that language; a topic from the notes is quoted
    as written."""
    for named in [stage] if stage else list(STAGE_NAMES):
        if is_stage_name(topic, named):
            return stage_title(named, language)
    words = TOPIC_NAMES.get(topic)
    return words.said_in(language) if words else topic
