"""The interview's embedder memo: the real USE model, asked once per text."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from agent._answer_text import cosine
from agent._embedder_memo import RememberingEmbedder, remembering

POINTS = ["BM25 按词频和逆文档频率打分", "向量检索按语义相似度召回", "重排模型精排前 50 条"]
ANSWER = "我把纯向量检索改成 BM25 加向量的混合检索，召回率从 71% 提到 89%。"


class Asked:
    """Passes every call to the real embedder and keeps the texts it was asked for."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.asked: list[list[str]] = []

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        self.asked.append(list(texts))
        return self.inner.embed_passages(texts)  # type: ignore[attr-defined, no-any-return]


def test_vectors_are_the_models_in_the_callers_order(use_embedder: object) -> None:
    memo = RememberingEmbedder(use_embedder)  # type: ignore[arg-type]
    texts = [POINTS[1], ANSWER, POINTS[0], ANSWER]
    direct = use_embedder.embed_passages(texts)  # type: ignore[attr-defined]
    got = memo.embed_passages(texts)
    assert len(got) == len(texts)
    for mine, theirs in zip(got, direct, strict=True):
        assert cosine(mine, theirs) == pytest.approx(1.0, abs=1e-5)
    assert got[1] == got[3]  # the same text, the same vector


def test_each_text_is_embedded_once(use_embedder: object) -> None:
    asked = Asked(use_embedder)
    memo = RememberingEmbedder(asked)
    first = memo.embed_passages([*POINTS, ANSWER])
    again = memo.embed_passages([POINTS[2], ANSWER, "一句新的回答"])
    assert asked.asked == [[*POINTS, ANSWER], ["一句新的回答"]]
    assert again[0] == first[2] and again[1] == first[3]


def test_only_the_latest_texts_are_kept(use_embedder: object) -> None:
    asked = Asked(use_embedder)
    memo = RememberingEmbedder(asked, kept=2)
    memo.embed_passages(POINTS)  # keeps the last two
    memo.embed_passages([POINTS[0], POINTS[2]])
    assert asked.asked == [POINTS, [POINTS[0]]]


def test_a_failing_model_raises_and_keeps_nothing(use_embedder: object) -> None:
    class Broken:
        def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
            raise RuntimeError("model file missing")

    memo = RememberingEmbedder(Broken())
    with pytest.raises(RuntimeError):
        memo.embed_passages(POINTS)
    memo.inner = use_embedder  # type: ignore[assignment]
    assert len(memo.embed_passages(POINTS)) == len(POINTS)


def test_wrapping_is_done_once_and_none_stays_none(use_embedder: object) -> None:
    memo = remembering(use_embedder)  # type: ignore[arg-type]
    assert isinstance(memo, RememberingEmbedder)
    assert remembering(memo) is memo
    assert remembering(None) is None
