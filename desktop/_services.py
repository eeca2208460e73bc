"""The heavy services (notes, interviewer, speech), built once on first use, off the GUI thread.

Getters block while building, so call them inside run_task workers, never on the GUI
thread. `reset()` drops them after the settings change; the next getter rebuilds.
"""

from __future__ import annotations

import threading
from typing import Any

from desktop._context import AppContext


class Services:
    def __init__(self, context: AppContext) -> None:
        self.context = context
        self._lock = threading.RLock()
        self._knowledge: Any = None
        self._interviewer: Any = None
        self._transcriber: Any = None

    @property
    def settings(self) -> Any:
        return self.context.settings

    def knowledge(self) -> Any:
        with self._lock:
            if self._knowledge is None:
                self._knowledge = self.context.make_knowledge(self.settings)
            return self._knowledge

    def interviewer(self) -> Any:
        with self._lock:
            if self._interviewer is None:
                self._interviewer = self.context.make_interviewer(self.settings, self.knowledge())
            return self._interviewer

    def transcriber(self) -> Any:
        with self._lock:
            if self._transcriber is None:
                if self.context.make_transcriber is None:
                    raise RuntimeError("Speech recognition is not available in this build.")
                self._transcriber = self.context.make_transcriber(self.settings)
            return self._transcriber

    def gateway(self) -> Any:
        if self.context.make_gateway is None:
            raise RuntimeError("No LLM gateway is available in this build.")
        return self.context.make_gateway(self.settings)

    def loaded(self, name: str) -> bool:
        return getattr(self, f"_{name}") is not None

    def reset(self, *names: str) -> None:
        """Forget built services (all when no names) so new settings take effect."""
        with self._lock:
            for name in names or ("knowledge", "interviewer", "transcriber"):
                if name == "knowledge":
                    self._interviewer = None  # it holds the old knowledge base
                setattr(self, f"_{name}", None)

    def save_settings(self) -> None:
        self.context.save_settings(self.settings)
