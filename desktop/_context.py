"""What the shell hands the GUI: settings, configs and factories for the heavy services.

desktop never imports mianba (layers: mianba > desktop > agent > knowledge|voice), so
the `mianba gui` command builds an AppContext and passes it to `run_app`/`MainWindow`.
Every factory takes the *current* settings object so a change in the Settings view
takes effect on the next service built.

`StartupPrefs` is the little the first paint needs (data folder, UI language, theme):
the shell reads it without pydantic so the window shows before the full settings load.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # the types only: these packages load when a service is first built
    from agent import Interviewer, LLMGateway
    from agent.grader_check import GraderCheck
    from knowledge import KnowledgeBase
    from voice import Transcriber


@dataclass(frozen=True)
class StartupPrefs:
    """Read before the first paint; `language` and `theme` take the UiSettings values."""

    home: Path
    language: str = "system"
    theme: str = "system"

    @classmethod
    def from_settings(cls, settings: Any) -> StartupPrefs:
        return cls(Path(settings.home), settings.ui.language, settings.ui.theme)


class TakeGraderCheck(Protocol):
    """mianba.grader.take_grader_check: the exam for the settings' endpoint, kept and
    returned; `on_answer(done, total)` from the worker; `api_key` wins over the stored one."""

    def __call__(
        self,
        settings: Any,
        language: str | None = None,
        on_answer: Callable[[int, int], None] | None = None,
        api_key: str | None = None,
        /,
    ) -> GraderCheck: ...


def _no_key() -> str | None:
    return None


def _no_keyring() -> tuple[bool, str]:
    return False, "No keyring configured for this window."


def _refuse_key(key: str) -> None:
    raise RuntimeError("Storing an API key is not available here.")


@dataclass
class AppContext:
    """Everything the window needs from outside; build it in mianba/commands/gui.py.

    `settings` is a mianba.settings.Settings (pydantic model); desktop only reads and
    assigns its fields and hands it back through `save_settings`.
    """

    settings: Any  # mianba.settings.Settings: desktop may not import mianba
    save_settings: Callable[[Any], object]
    make_knowledge: Callable[[Any], KnowledgeBase]
    make_interviewer: Callable[[Any, KnowledgeBase], Interviewer]
    make_transcriber: Callable[[Any, KnowledgeBase], Transcriber] | None = None
    make_gateway: Callable[[Any], LLMGateway] | None = None
    get_api_key: Callable[[], str | None] = _no_key
    set_api_key: Callable[[str], None] = _refuse_key
    keyring_status: Callable[[], tuple[bool, str]] = _no_keyring
    take_grader_check: TakeGraderCheck | None = None
    latest_grader_check: Callable[[Any], GraderCheck | None] | None = None
    demo_notes: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def home(self) -> Path:
        return Path(self.settings.home)
