"""Figures of the candidate's work that are neither a result they reached nor a value they
chose: the baseline compared against, a row of a results table, the time a step took.

"基座模型：内部 pass@1 31.5%，MultiPL-E TS pass@1 38.0%" is what the work was measured
against - "这里面你个人负责哪一部分？" or "what drove it?" asks it as the candidate's doing;
it is asked how it was measured and why it was the one to beat. "SFT：内部 pass@1 38.2%，…"
is one step's row of a results table: asked as a figure, not as "关于 SFT，你具体负责什么".
"2 张 3090 训练 3 小时", "Training took 3 hours": a duration is no part of the work to
own; it is asked where the time went.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent._phrasing import MAX_FOREIGN_CHARS
from agent.state import Language

# "header value (aside)": "内部 pass@1 31.5%", "MXEval-pass@1 0.58 (以RM最高分参考来进行测评)"
# (a header names what it measures: "62% → 84%" is a change, no row)
_CELL = (
    r"[^，,：:；;。→>]{0,20}?[A-Za-z\u4e00-\u9fff][^，,：:；;。→>]{0,20}?\s*\d[\d.]*\s*%?"
    r"(?:\s*[（(][^）)]*[）)])?"
)
_ROW = re.compile(
    rf"^\s*(?P<label>[^，,：:；;。\d][^，,：:；;。]{{0,24}}?)\s*[：:]\s*"
    rf"(?P<cells>{_CELL}(?:\s*[，,、]\s*{_CELL})*)\s*[。.]?\s*$"
)
# what a baseline is called: "基线", "基座模型", "原系统", "baseline", "base model", "few-shot"
_BASELINE_NAME = re.compile(
    r"^(?:对比)?(?:基线|基准|基座(?:模型)?|原(?:始)?(?:模型|系统|方案)|旧(?:模型|系统|方案)"
    r"|改进前|优化前|上线前|初版|v0)$"
    r"|^(?:the |our )?(?:baseline|base(?:\s+model)?|original(?:\s+(?:model|system))?"
    r"|old (?:model|system)|before|v0|(?:few|zero)-shot(?:\s+baseline)?)$"
    r"|\bbaseline$|基线$",
    re.IGNORECASE,
)
_BARE_BASELINE = re.compile(r"^(?:对比)?(?:基线|基准)$|^(?:the |our )?baseline$", re.IGNORECASE)
# a sentence that says what the baseline was: "基线是只用 bge-m3 的单路召回", "Baseline was
# the 2021 GBDT ranker", "our baseline: BM25 alone"
_BASELINE_SAID = re.compile(
    r"^\s*(?:对比(?:的)?)?(?:基线|基准)(?:模型|方案|系统)?\s*(?:是|为|用的是|[：:])\s*"
    r"|^\s*(?:the |our )?baseline(?: model| system)?\s*(?:was|is|were|:)\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ResultsRow:
    """A line "label: header value, header value" - a results table's row as the notes
    keep it."""

    label: str
    cells: str
    count: int  # cells in the row: a line "结果：机器成本降低 40%" with one is a labelled claim


def results_row(text: str) -> ResultsRow | None:
    """The point as a results table's row, or None when it is no such line."""
    found = _ROW.match(text)
    if found is None:
        return None
    cells = _ASIDE.sub("", found.group("cells")).strip()  # "0.58 (如果以RM最高分参考…)"
    return ResultsRow(found.group("label").strip(), cells, len(re.findall(_CELL, cells)))


_ASIDE = re.compile(r"\s*[（(][^）)]*[）)]")


def baseline_named(text: str, language: Language) -> str | None:
    """What a point stating the baseline names it as, said in the interview ("基座模型（内部
    pass@1 31.5%，…）", "the 2021 GBDT ranker with 140 hand-made features"); None when the
    point states no baseline, or names it in the other language at more than a term's length."""
    row = results_row(text)
    if row is not None and _BASELINE_NAME.search(row.label):
        if not row_in_language(row, language):
            return ""  # a baseline, but no name to say: asked about without one
        if _BARE_BASELINE.match(row.label):  # "Baseline: F1 0.62": "About the baseline, F1…"
            return row.cells
        if language == "zh":
            return f"{row.label}（{row.cells}）"
        return f"{_with_article(row.label)} ({row.cells})"
    said = _BASELINE_SAID.match(text)
    if said is None:
        return None
    named = text[said.end() :].strip(" 。.;；")
    return named if in_language(named, language) else ""


def row_in_language(row: ResultsRow, language: Language) -> bool:
    """Can the row be named in the interview: in Chinese by its label (the metrics' names
    are often English), in English with no Chinese in it at all."""
    return in_language(row.label if language == "zh" else row.label + row.cells, language)


def in_language(name: str, language: Language) -> bool:
    """Can the name be said in the interview's language: written in it, or in Chinese a
    Latin term short enough to say as it is ("SFT", "PPO")? An English question quotes no
    Chinese."""
    if language == "en":
        return _CJK.search(name) is None
    return _CJK.search(name) is not None or len(name) <= MAX_FOREIGN_CHARS


_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_LATIN = re.compile(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[\u4e00-\u9fff])")


def _with_article(label: str) -> str:
    """ "Base model" said mid-sentence: "the base model"; a name ("GBDT") as it is."""
    if label[1:2].islower() and not re.match(r"(?:the|our|a|an)\b", label, re.IGNORECASE):
        return "the " + label[:1].lower() + label[1:]
    return label


def row_named(row: ResultsRow, language: Language) -> str:
    """A results row named by what the row is, its cells not read out ("训练RM 的结果",
    "the result for after distillation")."""
    if language == "zh":  # "训练 RM 的结果", "蒸馏后的结果": a latin word set off by spaces
        label = _CJK_LATIN.sub(" ", row.label)
        return f"{label}{' ' if label[-1:].isascii() else ''}的结果"
    label = row.label[:1].lower() + row.label[1:] if row.label[1:2].islower() else row.label
    return f"the result for {label}"


_DURATION = re.compile(
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半几]+)\s*个?\s*(?:小时|天|周|星期|个月|分钟)"
    r"|\b\d+(?:\.\d+)?\s*(?:hours?|hrs?|days?|weeks?|months?|minutes?|mins?)\b",
    re.IGNORECASE,
)
# the time is what a step took, not when something happened ("两周后", "上线前只剩两周")
_TOOK = re.compile(
    r"用了|花了|耗时|历时|用时|训练|跑了|跑完|周期|工期|做了|搭了"
    r"|\b(?:took|spent|lasted|ran for|trained for|training|timeline|duration)\b",
    re.IGNORECASE,
)
_WHEN = re.compile(
    r"(?:小时|天|周|星期|个月|分钟)(?:后|前|内|之后|以后|以内)|\b(?:later|ago|before|after)\b"
)


def duration_named(text: str, point: str) -> str:
    """The duration as asked: the point as named, or with its label when the name is the
    time alone ("Timeline: 3 weeks" -> "timeline, 3 weeks", not "About this: 3 weeks")."""
    if _DURATION.fullmatch(point.strip(" 。.")) is None:
        return point
    labelled = _LABEL.match(text)
    if labelled is None:
        return point
    label = labelled.group(1).strip()
    sep = "，" if _CJK.search(label) else ", "
    return f"{label[:1].lower() + label[1:]}{sep}{point.strip(' 。.')}"


_LABEL = re.compile(r"^\s*([^：:，,。]{1,20})[：:]")


def took_time(text: str) -> bool:
    """Does the point state how long a step of the work took ("2 张 3090 训练 3 小时",
    "Training took 3 hours on two 3090s", "周期：3 周") - not when something happened?"""
    return bool(_DURATION.search(text) and _TOOK.search(text) and not _WHEN.search(text))


__all__ = [
    "ResultsRow",
    "baseline_named",
    "in_language",
    "results_row",
    "row_in_language",
    "row_named",
    "took_time",
]
