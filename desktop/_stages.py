"""Stage names as the user reads them, in the UI language."""

from __future__ import annotations

from desktop._tr import tr

STAGE_ORDER = ("self_intro", "project", "fundamentals", "behavioral", "wrap_up")


def stage_names() -> dict[str, str]:
    return {
        "self_intro": tr("Self-introduction"),
        "project": tr("Projects"),
        "fundamentals": tr("Fundamentals"),
        "behavioral": tr("Behavioral"),
        "wrap_up": tr("Wrap-up"),
    }
