"""Notes related to a topic, for the LLM's context — fetched ahead, while the candidate answers.

A hybrid search costs tens of milliseconds; done inline it would sit between the
answer and the next question's first token. `prefetch` starts the search for the
topic that comes next as soon as a question is out; `get` returns it (waiting only
if it is still running, searching inline after a restart).
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from agent import policy
from agent._retriever import Retriever
from agent.state import PlannedTopic

log = logging.getLogger(__name__)
RELATED_NOTES = 2
MAX_CACHED = 64


def _key(topic: PlannedTopic) -> str:
    return f"{topic.stage}|{topic.source_id}|{topic.seed}"


def search_related(retriever: Retriever, topic: PlannedTopic) -> list[str]:
    """Passages near the topic other than its own note; a failed search only loses context."""
    try:
        hits = retriever.search(f"{topic.topic} {topic.seed}", k=RELATED_NOTES + 1)
    except Exception:  # the question can still be written from the topic's own note
        log.warning("related-notes search failed for %r", topic.topic, exc_info=True)
        return []
    own = policy.normalise(topic.reference)
    texts = [h.text for h in hits if policy.normalise(h.text) not in own]
    return texts[:RELATED_NOTES]


class RelatedNotes:
    def __init__(self, retriever: Retriever) -> None:
        self._retriever = retriever
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="mianba-related")
        self._lock = threading.Lock()
        self._futures: dict[str, Future[list[str]]] = {}

    def prefetch(self, topic: PlannedTopic | None) -> None:
        if topic is None:
            return
        with self._lock:
            if _key(topic) in self._futures:
                return
            if len(self._futures) >= MAX_CACHED:
                self._futures.pop(next(iter(self._futures)))
            self._futures[_key(topic)] = self._executor.submit(
                search_related, self._retriever, topic
            )

    def get(self, topic: PlannedTopic) -> list[str]:
        with self._lock:
            future = self._futures.pop(_key(topic), None)
        return future.result() if future else search_related(self._retriever, topic)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
