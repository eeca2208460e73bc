"""Prompt texts as module constants, zh and en side by side."""

from __future__ import annotations

import re
from typing import Final

_DELIMITER_TAG = re.compile(r"<(/?\s*(?:notes|answer|key_points|question)\b)", re.IGNORECASE)


def escape_data(text: str) -> str:
    """Neutralise our delimiter tags inside note/answer text before it goes between them.

    `</notes>` written inside a note would otherwise end the data block early and let
    the rest read like instructions; it becomes `&lt;/notes>`. Other `<` are kept.
    """
    return _DELIMITER_TAG.sub(r"&lt;\1", text)


# How each stage is named to the candidate and in prompts.
STAGE_NAMES: Final = {
    "zh": {
        "self_intro": "自我介绍",
        "project": "项目深挖",
        "fundamentals": "基础知识",
        "behavioral": "行为面试",
    },
    "en": {
        "self_intro": "self-introduction",
        "project": "project deep-dive",
        "fundamentals": "fundamentals",
        "behavioral": "behavioral",
    },
}

__all__ = ["STAGE_NAMES", "escape_data"]
