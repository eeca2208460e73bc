"""A numbered list written on one line ("1) SFT 2) reward model 3) RL", "做法：① … ② …",
"a. slip b. launch only … c. …"), read as the list it would be on lines: its items."""

from __future__ import annotations

import re

# an item's mark after a space or a stop: "1." "2)" "3、" "(4)" "①" "a." - not "2.5", "v1."
_MARK = re.compile(
    r"(?:^|(?<=[\s，,；;：:。]))"
    r"(?:(?P<number>\d{1,2})[.)、．）](?!\d)|[(（](?P<bracketed>\d{1,2})[)）]|(?P<circled>[①-⑳])"
    r"|(?P<letter>[a-h])[.)](?=\s))"
)


def inline_list(text: str) -> tuple[str, list[str]]:
    """What opens the line and its items, when it holds a list counted from 1 (or a) with
    two items or more; else the text and no items."""
    run: list[re.Match[str]] = []
    for mark in _MARK.finditer(text):
        if run and _kind(mark) == _kind(run[-1]) and _value(mark) == _value(run[-1]) + 1:
            run.append(mark)
        elif len(run) < 2 and _value(mark) == 1:
            run = [mark]
    if len(run) < 2:
        return text, []
    ends = [mark.start() for mark in run[1:]] + [len(text)]
    items = [text[mark.end() : end].strip() for mark, end in zip(run, ends, strict=True)]
    return text[: run[0].start()], [item for item in items if item]


def _kind(mark: re.Match[str]) -> str:
    return next(name for name, value in mark.groupdict().items() if value)


def _value(mark: re.Match[str]) -> int:
    kind = _kind(mark)
    found = mark.group(kind)
    if kind == "circled":
        return ord(found) - ord("①") + 1
    if kind == "letter":
        return ord(found) - ord("a") + 1
    return int(found)
