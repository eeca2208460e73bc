"""Words the exports share, in the session's language: headings and labels of the Markdown
and HTML exports, stage names, delivery lines. (JSON keeps its English values: they are
a stable interface.)"""

from __future__ import annotations

from typing import Any

from agent._labels import OPTION_LABELS, SCORE_LABELS, Words, label_of, stage_title
from agent.prompts import STAGE_NAMES

_WRAP_UP = Words("wrap-up", "总结")

_DELIVERY = {
    "title": Words("Delivery", "表达"),
    "rate": Words("{v:.0f} {unit}", "语速 {v:.0f} {unit}"),
    "fillers": Words("{v} filler word{s}", "口头禅 {v} 次"),
    "pauses": Words(
        "{v} long pause{s} (longest {longest:.1f} s)", "长停顿 {v} 次（最长 {longest:.1f} 秒）"
    ),
    "first": Words("first word after {v:.1f} s", "开口用时 {v:.1f} 秒"),
    "answers": Words("{v} spoken answer{s}", "{v} 个语音回答"),
    "chars/min": Words("chars/min", "字/分钟"),
    "words/min": Words("words/min", "词/分钟"),
}


EXPORT_WORDS: dict[str, Words] = {
    "title": Words("Interview {id}", "面试记录 {id}"),
    "times": Words("Started: {began}  Ended: {ended}", "开始：{began}　结束：{ended}"),
    "not_finished": Words("not finished", "未结束"),
    "options": Words(
        "Mode: {mode}, language: {language}, style: {style}",
        "模式：{mode}，语言：{language}，风格：{style}",
    ),
    "overall": Words("Overall", "总分"),
    "entry": Words("{name}: {value}", "{name}：{value}"),
    "bold_entry": Words("**{name}:** {value}", "**{name}：**{value}"),
    "aside": Words("{text} ({aside})", "{text}（{aside}）"),
    "weak_aside": Words("{where}, {score}", "{where}，{score}"),
    "semicolon": Words("; ", "；"),
    "rough_in_stage": Words("incl. {n}", "含 {n}"),  # n: rough_estimates(...)
    "left_out": Words("{score}, leaving out {n}", "{score}，未计入 {n}"),
    "by_stage": Words("Scores by stage", "各阶段得分"),
    "dimensions": Words(
        "Dimensions (1-5), each on its stage's answers", "各维度（1-5 分，按所属阶段的回答计）"
    ),
    "strengths": Words("Strengths", "优势"),
    "no_strengths": Words(
        "No topic scored high enough to call a strength this time.",
        "这次没有得分高到算作优势的话题。",
    ),
    "no_delivery": Words(
        "No spoken answers: pace and fillers are measured on voice answers only.",
        "没有语音回答：语速和口头禅只在语音回答时统计。",
    ),
    "weak": Words("Weak topics to review", "需要复习的薄弱话题"),
    "review": Words("review", "复习"),
    "failed": Words(
        "{n} answer{s}: scoring failed - retry from the app.",
        "{n} 个回答评分失败：可在应用中重试。",
    ),
    "turns": Words("Turns", "逐题回顾"),
    "question": Words("Q", "问"),
    "answer": Words("A", "答"),
    "no_answer": Words("(no answer)", "（未回答）"),
    "from_file": Words(
        "(answered from an audio file recorded elsewhere; no time to the first word)",
        "（用在别处录好的音频文件作答，不计开口用时）",
    ),
    "score": Words("Score", "得分"),
    "stronger": Words("A stronger answer", "更好的回答"),
    "you_said": Words("  - You said: “{quote}”", "  - 你说：“{quote}”"),  # under its key point
}


_ROUGH_ESTIMATES = (
    Words("{n} rough estimate", "{n} 个粗略估计"),
    Words("{n} rough estimates", "{n} 个粗略估计"),
)


def plural_s(count: object) -> str:
    """The English plural ending for `count` things ("1 filler word", "0 filler words")."""
    return "" if count == 1 else "s"


def rough_estimates(count: int, language: str) -> str:
    """ "1 rough estimate", "2 rough estimates" ("2 个粗略估计"): how many capped rough
    estimates a stage's mean counts or a weak topic's leaves out."""
    one, many = _ROUGH_ESTIMATES
    return (one if count == 1 else many).said_in(language).format(n=count)


def option_words(options: dict[str, Any], language: str) -> dict[str, str]:
    """The session's mode, language and style as the export names them."""
    keys = ("mode", "language", "style")
    return {key: label_of(OPTION_LABELS, str(options[key]), language) for key in keys}


def said(key: str, language: str, /, **values: object) -> str:
    """An export's words for `key` in the session's language, with `values` filled in."""
    text = EXPORT_WORDS[key].said_in(language)
    return text.format(**values) if values else text


def label_in(english_label: str, language: str) -> str:
    """A score label as the JSON export writes it (English, stable) in the session's language."""
    for words in SCORE_LABELS.values():
        if words.en == english_label:
            return words.said_in(language)
    return english_label


def lang_of(language: str) -> str:
    return "zh" if language.startswith("zh") else "en"


def stage_name(stage: str, language: str) -> str:
    """A stage id ("self_intro") as the candidate reads it, in the export's language."""
    lang = lang_of(language)
    if stage in STAGE_NAMES:
        return stage_title(stage, lang)
    return _WRAP_UP.said_in(lang).capitalize() if stage == "wrap_up" else stage


def delivery_title(language: str) -> str:
    return _DELIVERY["title"].said_in(language)


def delivery_line(metrics: dict[str, Any] | None, language: str) -> str:
    """One line from a DeliveryMetrics or DeliverySummary dump ("" when there is none)."""
    if not metrics:
        return ""
    words = {key: text.said_in(language) for key, text in _DELIVERY.items()}
    parts = []
    if metrics.get("voice_answers"):
        parts.append(
            words["answers"].format(
                v=metrics["voice_answers"], s=plural_s(metrics["voice_answers"])
            )
        )
    if metrics.get("speaking_rate") is not None:
        unit = words.get(str(metrics.get("rate_unit")), str(metrics.get("rate_unit", "")))
        parts.append(words["rate"].format(v=metrics["speaking_rate"], unit=unit))
    fillers, pauses = metrics.get("filler_count", 0), metrics.get("long_pauses", 0)
    parts.append(words["fillers"].format(v=fillers, s=plural_s(fillers)))
    longest = float(metrics.get("longest_pause_s") or 0.0)
    parts.append(words["pauses"].format(v=pauses, s=plural_s(pauses), longest=longest))
    if metrics.get("time_to_first_word_s") is not None:
        parts.append(words["first"].format(v=metrics["time_to_first_word_s"]))
    return " · ".join(parts)


def citation_label(c: dict[str, Any]) -> str:
    heading = " > ".join(c.get("heading_path") or [])
    where = f"{c['source']}:{c['line_start']}-{c['line_end']}"
    return f"{where} ({heading})" if heading else where
