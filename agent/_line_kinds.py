"""What a line of notes is: a heading ("## …", "**背景**", "过拟合的缓解："), a question, a
list's title, or a claim under a bold label or a STAR letter ("**S** — …", "A: …"). The
key points (agent.keypoints) are read line by line through these."""

from __future__ import annotations

import re

from agent._answer_text import units
from agent._markdown import LIST_MARK, MD_HEADING, clean
from agent._sections import names_section

QUOTE = re.compile(r"^\s*>+\s*")
# "**背景**：…", "**rolling-origin backtest**, 8 folds": a label, said as the context
# "**S** — Search relevance…": a dash after the bold label says it as a colon does
LABEL = re.compile(r"^\s*\*\*([^*]{1,24}?)(?:[：:]\*\*|\*\*\s*(?:[：:，,]|[—–]+|--?(?=\s)))\s*")
DOT_LABEL = re.compile(r"^\s*\*\*([^*]{1,24}?)[.。]\*\*\s*(?=\S)")  # "**Situation.** …"
# "**K-means** 是无监督…", "**Post-LN**（原版）：x = …": bold on the subject of the line, no label
BOLD_LEAD = re.compile(r"^\s*\*\*([^*]{1,24}?)\*\*")
ASIDE = r"\s*(?:[（(][^）)]*[）)])?\s*"  # "（原版 Transformer）" after a name
# "S：推荐页改版…": STAR's letter says which part of the story a line is, no word of it
STAR = ("S", "T", "A", "R")
STAR_LETTER = re.compile(
    r"^\s*[STAR]\s*(?:[（(][^）)]{1,16}[）)])?\s*(?:[：:]|[—–]+|--?(?=\s))\s*(?=\S)"
)
# "-> probability matching: …", "→ 正确类 1-ε+ε/K": an arrow opening a line says "so"
ARROW_START = re.compile(r"^\s*(?:->|=>|→|⇒)\s*")
PARENTHESES = re.compile(r"\s*[（(][^）)]*[）)](?=$|[\s，,。；;：:、])")  # an aside, not "(α/r)·x"


def line_heading(line: str) -> str | None:
    """The heading text when `line` is a heading: markdown #, a bold-only line, or "xxx："."""
    found = MD_HEADING.match(line)
    if found:
        return clean(found.group(1))
    stripped = LIST_MARK.sub("", line.strip(), count=1)  # "3. 数据的多样性：" names no "3."
    if is_bold_only(line) and not states_equation(line):
        return clean(stripped)  # "**DCG@k = Σ …**" bold whole is a claim, not a heading
    if re.search(r"[：:]\s*$", stripped) and units(stripped) <= 24:
        return clean(stripped)
    return None


def asks(line: str) -> bool:
    """A line that is a question (not a list item): context for the answer, not a claim."""
    text = clean(QUOTE.sub("", line))
    return not LIST_MARK.match(line) and bool(re.search(r"[？?]$", text))


def is_title(line: str, following: str, first: bool = False) -> bool:
    """A short line with no sentence punctuation right above a list: the list's title,
    also with a colon inside ("STAR: launch date disagreement", "项目：推荐召回"); the
    reference's first line is its title above any line ("用户流失预测" over "背景：…")."""
    if (
        LIST_MARK.match(line)
        or ARROW_START.match(line)
        or not (first or LIST_MARK.match(following))
    ):
        return False  # "-> why skip: …" goes on from the line above
    if any(split_label(line)[:2]) or STAR_LETTER.match(line):
        return False  # "**Situation:** p99 was 900 ms" first: a labelled claim, no title
    if BOLD_LEAD.match(line) and not is_bold_only(line):
        return False  # "**Post-LN**（原版）：x = LN(x + F(x))": a claim on its bold subject
    # "自我介绍（1.5min 以内，别念简历）": the note-taker's aside is no sentence of the title
    bare = PARENTHESES.sub("", line).strip()
    sentence = re.search(r"[，,。；;！!？?]|\.\s|\.$", bare)
    return bool(bare) and units(bare) <= 12 and not sentence and not states_equation(bare)


def states_equation(line: str) -> bool:
    """ "expected tokens per step = (1 - α^(k+1)) / (1 - α)": a formula, never a title."""
    return bool(re.search(r"[=≈]", PARENTHESES.sub("", line)))


def is_bold_only(line: str) -> bool:
    inner = LIST_MARK.sub("", line.strip(), count=1)
    # "**WSD**（Warmup-Stable-Decay）" over its list: a heading and its aside, no claim
    return bool(re.fullmatch(rf"\*\*[^*]+\*\*{ASIDE}[：:]?", inner))


def split_label(body: str) -> tuple[str, str, str]:
    """ "**背景**：客服…" -> ("背景", "", "客服…"): a section's label; "**TIES**：每个 τ…" ->
    ("", "TIES", "每个 τ…"): a name, what the claim is about; a body with neither comes
    back whole."""
    found = LABEL.match(body)
    dotted = None if found else DOT_LABEL.match(body)  # "**Situation.** Our team…"
    if dotted and names_section(clean(dotted.group(1))):
        return clean(dotted.group(1)), "", body[dotted.end() :]
    if not found or not body[found.end() :].strip():
        letter = STAR_LETTER.match(body)  # "A: 1. 1:1 with Leah first": the list mark too
        return "", "", LIST_MARK.sub("", body[letter.end() :], count=1) if letter else body
    label = clean(found.group(1))
    if units(label) > 12:
        return "", "", body
    if is_star(label):  # "**S**：…", "**S（情境）**：…": the letter names no subject to ask about
        return "", "", body[found.end() :]
    if names_section(label):
        return label, "", body[found.end() :]
    return "", label, body[found.end() :]


def is_star(label: str) -> bool:  # "S", "S（情境）", "R (Result)": a STAR letter, its word beside
    return re.sub(r"\s*[（(][^）)]{1,16}[）)]\s*$", "", label).strip() in STAR
