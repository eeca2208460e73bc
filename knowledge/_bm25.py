"""Lexical retrieval: BM25 (bm25s) over jieba tokens, built in memory from the chunks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from knowledge._words import cut_words

_WORD = re.compile(r"[^\W_]", re.UNICODE)
_ZH_STOPWORDS = (
    "的 了 是 在 和 与 或 及 也 就 都 而 把 被 让 给 对 从 到 有 没有 一个 一些 这 那 这个 那个 "
    "什么 怎么 怎样 如何 为什么 哪些 吗 呢 吧 啊 我 你 他 我们 你们 他们 它 请 一下"
)
_EN_STOPWORDS = (
    "a an the of to in on for and or is are was were be been it its this that these those "
    "what how why which who do does did with by as at from about your you i me my"
)
_STOPWORDS = frozenset(_ZH_STOPWORDS.split() + _EN_STOPWORDS.split())


def tokenize(text: str) -> list[str]:
    """Lower-cased tokens: English words stay whole, Chinese is cut by jieba."""
    tokens = cut_words(text.lower())
    return [t for t in (tok.strip() for tok in tokens) if _WORD.search(t) and t not in _STOPWORDS]


class BM25Index:
    """BM25 over a fixed list of tokenized documents; rebuilt (cheaply) when chunks change.

    Tokens come in ready-made (they are stored with each chunk at ingest), because
    jieba is the slow part: ~150k characters/s, i.e. ~20 s for 10k chunks at start-up.
    """

    def __init__(
        self, ids: Sequence[str], tokens: Sequence[Sequence[str]], kinds: Sequence[str]
    ) -> None:
        import bm25s
        import numpy as np

        self.ids = list(ids)
        self._kinds = np.asarray(kinds, dtype=object)
        self._retriever: Any = None
        corpus = [list(t) or ["\u2205"] for t in tokens]  # bm25s needs non-empty docs
        if corpus:
            self._retriever = bm25s.BM25()
            self._retriever.index(corpus, show_progress=False)

    def __len__(self) -> int:
        return len(self.ids)

    def search(
        self, query: str, n: int, kinds: frozenset[str] | None = None
    ) -> list[tuple[str, float]]:
        """(id, BM25 score) of the n best documents with a positive score, best first."""
        if self._retriever is None:
            return []
        import numpy as np

        token_ids = self._retriever.get_tokens_ids(tokenize(query))
        if not token_ids:
            return []
        scores = np.asarray(self._retriever.get_scores_from_ids(token_ids), dtype=np.float32)
        if kinds is not None:
            scores = np.where(np.isin(self._kinds, list(kinds)), scores, 0.0)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]
