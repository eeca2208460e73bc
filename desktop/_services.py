"""The heavy services (notes, interviewer, speech), built once on first use, off the GUI thread.

Getters block while building, so call them inside run_task workers, never on the GUI
thread. `reset()` drops them after the settings change; the next getter rebuilds.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from typing import TYPE_CHECKING, Any

from desktop._context import AppContext

if TYPE_CHECKING:
    from agent import Interviewer, LLMGateway
    from knowledge import KnowledgeBase
    from voice import Transcriber

log = logging.getLogger(__name__)


class Services:
    def __init__(self, context: AppContext) -> None:
        self.context = context
        self._lock = threading.RLock()
        self._knowledge: KnowledgeBase | None = None
        self._interviewer: Interviewer | None = None
        self._transcriber: Transcriber | None = None
        self._offline_interviewer: Interviewer | None = None
        self._reachability: tuple[str, float, str | None] | None = None  # (url, when, why)
        self._demo_notice = False  # the first-start import happened and was not told yet
        self.demo_active = False  # the demo notes are in the store (kept current by workers)

    @property
    def settings(self) -> Any:
        return self.context.settings

    def knowledge(self) -> KnowledgeBase:
        with self._lock:
            if self._knowledge is None:
                knowledge = self.context.make_knowledge(self.settings)
                knowledge.warm_up()
                self._import_demo_if_empty(knowledge)
                self.demo_active = self._has_demo(knowledge)
                self._knowledge = knowledge
            return self._knowledge

    def _import_demo_if_empty(self, knowledge: KnowledgeBase) -> None:
        """A first start has no notes: the demo notes let the candidate begin at once."""
        demo = self.context.demo_notes
        if demo is None or knowledge.sources() or knowledge.ingested_paths():
            return
        log.info("empty notes store: importing the demo notes from %s", demo)
        knowledge.ingest([demo])
        self._demo_notice = True

    def take_demo_notice(self) -> bool:
        """True once after the demo notes were imported on a first start (say it once)."""
        notice, self._demo_notice = self._demo_notice, False
        return notice

    def is_demo(self, path: str) -> bool:
        demo = self.context.demo_notes
        return demo is not None and (path == str(demo) or path.startswith(f"{demo}{os.sep}"))

    def _has_demo(self, knowledge: KnowledgeBase) -> bool:
        return any(self.is_demo(path) for path in knowledge.ingested_paths())

    def remove_demo_notes(self) -> bool:
        """Worker: take the demo notes out of the store; True when they were there."""
        knowledge = self.knowledge()
        demo = self.context.demo_notes
        present = demo is not None and self._has_demo(knowledge)
        if demo is not None and present:
            knowledge.remove(demo)
            log.info("removed the demo notes from the store")
        self.demo_active = False
        return present

    def retire_demo_notes(self) -> bool:
        """Worker, after an import: once the user's own notes are in, the demo notes go
        (questions and reference answers then come from the user's notes only)."""
        knowledge = self.knowledge()
        own = [path for path in knowledge.sources() if not self.is_demo(path)]
        return bool(own) and self.remove_demo_notes()

    def interviewer(self) -> Interviewer:
        with self._lock:
            if self._interviewer is None:
                self._interviewer = self.context.make_interviewer(self.settings, self.knowledge())
            return self._interviewer

    def offline_interviewer(self) -> Interviewer:
        """The interviewer without the LLM (questions from the notes, offline estimates),
        for a session the user chose to run offline while an endpoint is configured."""
        with self._lock:
            if self._offline_interviewer is None:
                offline = self.settings.model_copy(deep=True)
                offline.llm.base_url = None
                self._offline_interviewer = self.context.make_interviewer(offline, self.knowledge())
            return self._offline_interviewer

    def llm_unreachable(self) -> str | None:
        """Worker: why the configured LLM endpoint cannot be reached (None: it answers, or
        none is configured). Remembered for a minute, so starting again costs nothing."""
        url = self.settings.llm.base_url
        if not url or self.context.make_gateway is None:
            return None
        cached = self._reachability
        if cached is not None and cached[0] == url and time.monotonic() - cached[1] < 60:
            return cached[2]
        why: str | None = self.gateway().unreachable()
        self._reachability = (url, time.monotonic(), why)
        return why

    def transcriber(self) -> Transcriber:
        with self._lock:
            if self._transcriber is None:
                if self.context.make_transcriber is None:
                    raise RuntimeError("Speech recognition is not available in this build.")
                self._transcriber = self.context.make_transcriber(self.settings, self.knowledge())
            return self._transcriber

    def gateway(self) -> LLMGateway:
        if self.context.make_gateway is None:
            raise RuntimeError("No LLM gateway is available in this build.")
        return self.context.make_gateway(self.settings)

    def loaded(self, name: str) -> bool:
        return getattr(self, f"_{name}") is not None

    def reset(self, *names: str) -> None:
        """Close and forget built services (all when no names) so new settings take effect."""
        with self._lock:
            chosen = list(names or ("knowledge", "interviewer", "transcriber"))
            if "knowledge" in chosen and "interviewer" not in chosen:
                chosen.insert(0, "interviewer")  # it holds the old knowledge base
            if "interviewer" in chosen:
                chosen.insert(0, "offline_interviewer")
            self._reachability = None
            for name in ("offline_interviewer", "interviewer", "knowledge", "transcriber"):
                if name in chosen:
                    _close_quietly(getattr(self, f"_{name}"))
                    setattr(self, f"_{name}", None)

    def close(self) -> None:
        """At exit: release the notes store's lock and the session database."""
        self.reset()

    def save_settings(self) -> None:
        self.context.save_settings(self.settings)


def _close_quietly(service: Any) -> None:
    close = getattr(service, "close", None)
    if callable(close):
        try:
            close()
        except Exception as exc:  # closing must never stop the app from quitting
            log.warning("closing %s failed: %s", type(service).__name__, exc)
