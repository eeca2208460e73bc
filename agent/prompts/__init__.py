"""Prompt texts as module constants, zh and en side by side."""

from __future__ import annotations

import re

_DELIMITER_TAG = re.compile(r"<(/?\s*(?:notes|answer|key_points|question)\b)", re.IGNORECASE)


def escape_data(text: str) -> str:
    """Neutralise our delimiter tags inside note/answer text before it goes between them.

    `</notes>` written inside a note would otherwise end the data block early and let
    the rest read like instructions; it becomes `&lt;/notes>`. Other `<` are kept.
    """
    return _DELIMITER_TAG.sub(r"&lt;\1", text)


__all__ = ["escape_data"]
