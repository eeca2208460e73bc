"""Stage names as the user reads them, in the UI language."""

from __future__ import annotations

from desktop._i18n import ui_language
from desktop._tr import tr

STAGE_ORDER = ("self_intro", "project", "fundamentals", "behavioral", "wrap_up")


def stage_names() -> dict[str, str]:
    """The interview's stages by the names the interviewer, the CLI and the exports use
    (agent.stage_title): the window said "Projects" / "项目经历" where an exported session
    said "Project deep-dive" / "项目深挖"."""
    from agent import stage_title

    language = ui_language()
    names = {stage: stage_title(stage, language) for stage in STAGE_ORDER[:-1]}
    return {**names, "wrap_up": tr("Wrap-up")}
