"""Stage names as the user reads them (translated where the caller's tr lives)."""

from __future__ import annotations

from collections.abc import Callable

STAGE_ORDER = ("self_intro", "project", "fundamentals", "behavioral", "wrap_up")


def stage_names(tr: Callable[[str], str]) -> dict[str, str]:
    return {
        "self_intro": tr("Self-introduction"),
        "project": tr("Projects"),
        "fundamentals": tr("Fundamentals"),
        "behavioral": tr("Behavioral"),
        "wrap_up": tr("Wrap-up"),
    }
