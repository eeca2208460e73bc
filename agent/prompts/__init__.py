"""Prompt texts as module constants, zh and en side by side."""

from __future__ import annotations

import re
from typing import Final

from agent._words import Words

_DELIMITER_TAG = re.compile(r"<(/?\s*(?:notes|answer|key_points|question)\b)", re.IGNORECASE)


def escape_data(text: str) -> str:
    """Neutralise our delimiter tags inside note/answer text before it goes between them.

    `</notes>` written inside a note would otherwise end the data block early and let
    the rest read like instructions; it becomes `&lt;/notes>`. Other `<` are kept.
    """
    return _DELIMITER_TAG.sub(r"&lt;\1", text)


# How each stage is named to the candidate and in prompts.
STAGE_NAMES: Final[dict[str, Words]] = {
    "self_intro": Words("self-introduction", "自我介绍"),
    "project": Words("project deep-dive", "项目深挖"),
    "fundamentals": Words("fundamentals", "基础知识"),
    "behavioral": Words("behavioral", "行为面试"),
}

__all__ = ["STAGE_NAMES", "escape_data"]
