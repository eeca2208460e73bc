"""The store: incremental ingest, collections, question edits, recovery, the lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from knowledge import (
    IngestProgress,
    KnowledgeBase,
    KnowledgeConfig,
    StoreError,
    StoreLockedError,
    make_embedder,
)
from knowledge._store import QUESTIONS_SUFFIX


def _chroma_counts(kb: KnowledgeBase) -> tuple[int, int]:
    return kb._cols.chunks.count(), kb._cols.questions.count()


def _expected_counts(kb: KnowledgeBase) -> tuple[int, int]:
    return len(kb._manifest.chunk_ids()), len(kb.questions())


def test_ingest_then_unchanged_files_cost_no_embedding(
    kb: KnowledgeBase, counting: Any, notes_dir: Path
) -> None:
    seen: list[IngestProgress] = []
    first = kb.ingest([notes_dir], progress=seen.append)
    assert len(first.imported) == 4 and first.chunks > 10 and first.questions > 5
    assert _chroma_counts(kb) == _expected_counts(kb) == (first.chunks, first.questions)
    assert seen[-1].phase == "done" and seen[-1].done == seen[-1].total == 4
    assert {p.phase for p in seen[:-1]} == {"reading", "embedding"}
    calls = counting.passage_calls

    seen.clear()
    again = kb.ingest([notes_dir], progress=seen.append)
    assert "embedding" not in {p.phase for p in seen}
    assert sorted(again.unchanged) == sorted(first.imported)
    assert again.imported == [] and again.chunks == 0
    assert counting.passage_calls == calls  # not one embedding for unchanged notes


def test_a_changed_file_replaces_its_chunks(
    kb: KnowledgeBase, counting: Any, notes_dir: Path
) -> None:
    kb.ingest([notes_dir])
    projects = notes_dir / "projects.md"
    text = projects.read_text(encoding="utf-8").replace("DeepFM", "Wide&Deep")
    projects.write_text(text, encoding="utf-8")
    calls, passages = counting.passage_calls, counting.passages

    report = kb.ingest([notes_dir])
    assert report.imported == [str(projects)] and len(report.unchanged) == 3
    assert counting.passage_calls == calls + 1  # only the changed file was embedded
    assert 0 < counting.passages - passages <= report.chunks + report.questions
    assert _chroma_counts(kb) == _expected_counts(kb)
    texts = [h.text for h in kb.search("DeepFM Wide&Deep 特征交叉", k=10)]
    assert any("Wide&Deep" in t for t in texts) and not any("DeepFM" in t for t in texts)


def test_deleted_files_and_folders_disappear(kb: KnowledgeBase, notes_dir: Path) -> None:
    kb.ingest([notes_dir])
    (notes_dir / "behavioral_en.md").unlink()
    report = kb.ingest([notes_dir])
    assert report.removed == [str(notes_dir / "behavioral_en.md")]
    assert str(notes_dir / "behavioral_en.md") not in kb.sources()
    assert _chroma_counts(kb) == _expected_counts(kb)
    assert all(h.kind != "behavioral" for h in kb.search("conflict with a teammate", k=10))

    for note in notes_dir.iterdir():
        note.unlink()
    notes_dir.rmdir()
    report = kb.ingest([notes_dir])  # the whole source folder is gone
    assert len(report.removed) == 3 and kb.sources() == []
    assert _chroma_counts(kb) == (0, 0)


def test_a_removed_source_leaves_the_store_but_not_the_disk(
    kb: KnowledgeBase, notes_dir: Path
) -> None:
    kb.ingest([notes_dir])
    kept = notes_dir / "behavioral_en.md"
    assert str(kept) in kb.sources()
    gone = kb.remove(notes_dir)
    assert str(kept) in gone and kept.exists()  # the file on disk is untouched
    assert kb.sources() == [] and kb.ingested_paths() == [] and kb.questions() == []
    assert _chroma_counts(kb) == (0, 0)
    assert kb.search("conflict with a teammate", k=5) == []
    assert kb.rebuild().files_seen == 0  # a rebuild does not bring it back


def test_bad_files_are_skipped_with_a_reason(kb: KnowledgeBase, notes_dir: Path) -> None:
    (notes_dir / "empty.md").write_bytes(b"")
    report = kb.ingest([notes_dir, notes_dir / "missing.md"])
    reasons = {Path(s.path).name: s.reason for s in report.skipped}
    assert "empty" in reasons["empty.md"] and "does not exist" in reasons["missing.md"]
    assert len(report.imported) == 4


def test_named_collections_are_separate(
    kb: KnowledgeBase, kb_config: KnowledgeConfig, counting: Any, notes_dir: Path
) -> None:
    kb.ingest([notes_dir / "ml_basics.md"])
    bank_config = kb_config.model_copy(update={"collection": "question_bank"})
    with KnowledgeBase(bank_config, embedder=counting) as bank:  # same process: lock shared
        bank.ingest([notes_dir / "projects.md"])
        assert [Path(s).name for s in bank.sources()] == ["projects.md"]
        assert all(h.citation.source.endswith("projects.md") for h in bank.search("模型", k=5))
    assert [Path(s).name for s in kb.sources()] == ["ml_basics.md"]
    names = {c.name for c in kb._client.list_collections()}
    assert {"notes", "notes" + QUESTIONS_SUFFIX, "question_bank"} <= names


def test_bad_collection_name_is_explained(kb_config: KnowledgeConfig) -> None:
    with pytest.raises(StoreError, match="not a usable collection name"):
        KnowledgeBase(kb_config.model_copy(update={"collection": "my notes!"}))


def test_questions_projects_and_reference_answers(kb: KnowledgeBase, notes_dir: Path) -> None:
    kb.ingest([notes_dir])
    assert {q.stage for q in kb.questions()} >= {"fundamentals", "behavioral", "project"}
    assert all(q.stage == "behavioral" for q in kb.questions(stage="behavioral"))
    assert len(kb.projects()) == 3
    found = kb.find_reference("你和队友意见不一致时是怎么处理的？", k=2)
    assert "conflict" in found[0].question and "benchmark of 200" in found[0].answer
    staged = kb.find_reference("你和队友意见不一致时是怎么处理的？", stage="fundamentals", k=2)
    assert staged and all(q.stage == "fundamentals" for q in staged)


def test_question_edits_survive_reingest_rebuild_and_reopen(
    kb: KnowledgeBase, kb_config: KnowledgeConfig, counting: Any, notes_dir: Path
) -> None:
    kb.ingest([notes_dir])
    original = next(q for q in kb.questions() if "failure" in q.question.lower())
    fixed = original.model_copy(update={"answer": "I now plan my week every Monday."})
    saved = kb.update_question(fixed)
    assert saved.edited and saved.answer == fixed.answer

    def current() -> str:
        return next(q for q in kb.questions() if q.id == original.id).answer

    kb.ingest([notes_dir])
    assert current() == fixed.answer
    assert kb.find_reference("plan my week", k=1)[0].id == original.id  # re-embedded
    assert kb.rebuild().rebuilt
    assert current() == fixed.answer
    kb.close()
    with KnowledgeBase(kb_config, embedder=counting) as reopened:
        edited = next(q for q in reopened.questions() if q.id == original.id)
        assert edited.edited and edited.answer == fixed.answer


def test_unknown_question_cannot_be_edited(kb: KnowledgeBase, notes_dir: Path) -> None:
    kb.ingest([notes_dir])
    ghost = kb.questions()[0].model_copy(update={"id": "no-such-question"})
    with pytest.raises(KeyError, match="no-such-question"):
        kb.update_question(ghost)


# ---- recovery ---------------------------------------------------------------------------


def _ingested(kb_config: KnowledgeConfig, embedder: Any, notes: Path) -> int:
    with KnowledgeBase(kb_config, embedder=embedder) as kb:
        return kb.ingest([notes]).chunks


def test_deleted_chroma_dir_is_rebuilt_with_a_message(
    kb_config: KnowledgeConfig, counting: Any, notes_dir: Path
) -> None:
    chunks = _ingested(kb_config, counting, notes_dir)
    import shutil

    shutil.rmtree(kb_config.data_dir / "chroma")
    with KnowledgeBase(kb_config, embedder=counting) as kb:
        assert kb.recovery is not None and kb.recovery.rebuilt
        assert "rebuilt" in kb.recovery.messages[0] and kb.recovery.chunks == chunks
        assert kb.search("LoRA 低秩", k=1)[0].citation.source.endswith("llm_fundamentals.md")


def test_corrupted_chroma_files_are_rebuilt(
    kb_config: KnowledgeConfig, counting: Any, notes_dir: Path
) -> None:
    chunks = _ingested(kb_config, counting, notes_dir)
    for path in (kb_config.data_dir / "chroma").rglob("*"):
        if path.is_file():
            path.write_bytes(b"\x00garbage" * 64)
    with KnowledgeBase(kb_config, embedder=counting) as kb:
        assert kb.recovery is not None and kb.recovery.rebuilt and kb.recovery.messages
        assert _chroma_counts(kb) == _expected_counts(kb) and kb.recovery.chunks == chunks
        assert kb.search("过拟合", k=3)


def test_missing_manifest_is_relearned_from_the_index(
    kb_config: KnowledgeConfig, counting: Any, notes_dir: Path
) -> None:
    _ingested(kb_config, counting, notes_dir)
    (kb_config.data_dir / "knowledge" / "notes.manifest.json").unlink()
    with KnowledgeBase(kb_config, embedder=counting) as kb:
        assert kb.recovery is not None and "manifest" in kb.recovery.messages[0]
        assert len(kb.sources()) == 4 and _chroma_counts(kb) == _expected_counts(kb)


@pytest.mark.slow
def test_changing_the_embedder_rebuilds(
    kb_config: KnowledgeConfig, counting: Any, notes_dir: Path
) -> None:
    _ingested(kb_config, counting, notes_dir)
    e5 = make_embedder(kb_config.embedding.model_copy(update={"offline_model": "e5-small"}), None)
    with KnowledgeBase(kb_config, embedder=e5) as kb:
        assert kb.recovery is not None and "another embedding model" in kb.recovery.messages[0]
        assert kb._manifest.embedder == e5.name and kb._manifest.dimension == 384
        assert kb.search("LoRA", k=1)


KILLABLE = """
import sys
from pathlib import Path
from knowledge import KnowledgeBase, KnowledgeConfig
config = KnowledgeConfig(data_dir=Path(sys.argv[1]), models_dir=Path(sys.argv[2]))
kb = KnowledgeBase(config)
def progress(p):
    print(p.done, flush=True)
kb.ingest([Path(sys.argv[3])], progress=progress)
print("finished", flush=True)
"""


@pytest.mark.slow
def test_ingest_killed_midway_recovers_on_next_start(
    kb_config: KnowledgeConfig, counting: Any, tmp_path: Path, retrieval_notes: Path
) -> None:
    notes = tmp_path / "many"
    notes.mkdir()
    for i in range(15):  # 60 distinct files: the kill lands mid-ingest
        for src in retrieval_notes.iterdir():
            text = src.read_text(encoding="utf-8").replace("# ", f"# 第{i}份 ", 1)
            (notes / f"{i:02d}_{src.name}").write_text(text, encoding="utf-8")
    args = [str(kb_config.data_dir), str(kb_config.models_dir), str(notes)]
    child = subprocess.Popen(
        [sys.executable, "-c", KILLABLE, *args], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip().isdigit() and int(line) >= 45:
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait()
    assert child.returncode == -signal.SIGKILL

    with KnowledgeBase(kb_config, embedder=counting) as kb:  # the dead child's lock is gone
        assert _chroma_counts(kb) == _expected_counts(kb)  # consistent, rebuilt or not
        report = kb.ingest([notes])
        assert len(kb.sources()) == 60 and _chroma_counts(kb) == _expected_counts(kb)
        assert len(report.imported) + len(report.unchanged) == 60
        assert kb.search("KV Cache 显存", k=1)


HOLDER = """
import sys
from pathlib import Path
from knowledge import KnowledgeBase, KnowledgeConfig
kb = KnowledgeBase(KnowledgeConfig(data_dir=Path(sys.argv[1])))
print("holding", flush=True)
sys.stdin.read()
kb.close()
"""


@pytest.mark.slow
def test_a_second_process_gets_a_clear_lock_error(
    kb_config: KnowledgeConfig, counting: Any
) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(kb_config.data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreLockedError, match=f"pid {holder.pid}"):
            KnowledgeBase(kb_config, embedder=counting)
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    with KnowledgeBase(kb_config, embedder=counting) as kb:  # free again once it closed
        assert kb.sources() == []


# ---- a shared Chroma server (HttpClient) -------------------------------------------------

SERVER = "import sys; from chromadb.cli.cli import app; sys.argv = ['chroma', *sys.argv[1:]]; app()"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
def test_a_chroma_server_is_used_when_configured(
    kb_config: KnowledgeConfig, counting: Any, notes_dir: Path, tmp_path: Path
) -> None:
    import time
    import urllib.request

    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER, "run", "--path", str(tmp_path / "srv"), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        config = kb_config.model_copy(update={"chroma_url": f"http://127.0.0.1:{port}"})
        with KnowledgeBase(config, embedder=counting) as kb:
            assert kb.ingest([notes_dir]).chunks > 0
            assert kb.search("DeepFM", k=1)[0].citation.source.endswith("projects.md")
        assert not (kb_config.data_dir / "chroma").exists()  # nothing stored locally
        assert (tmp_path / "srv").is_dir()
    finally:
        server.terminate()
        server.wait(timeout=30)
    with pytest.raises(StoreError, match="Could not use the Chroma server"):
        KnowledgeBase(config, embedder=counting)


def test_find_reference_puts_the_bank_question_asked_first(kb_config: KnowledgeConfig) -> None:
    """Embeddings alone rank a sibling question ("QLoRA vs LoRA") above the one asked."""
    from mianba.paths import demo_notes_dir

    with KnowledgeBase(kb_config) as kb:
        kb.ingest([demo_notes_dir()])
        for asked in kb.questions(stage="fundamentals")[:12]:
            best = kb.find_reference(asked.question, stage="fundamentals", k=3)[0]
            assert best.question == asked.question


def test_an_unchanged_note_read_by_an_older_parser_is_read_again(
    kb: KnowledgeBase, notes_dir: Path
) -> None:
    """A better reading of notes (a story under a heading became a question) reached no one
    whose notes had not changed: unchanged files were skipped by their hash alone."""
    first = kb.ingest([notes_dir])
    for entry in kb._manifest.files.values():
        entry.parser -= 1  # as an older version wrote them
    again = kb.ingest([notes_dir])
    assert sorted(again.imported) == sorted(first.imported) and again.unchanged == []
    assert _chroma_counts(kb) == _expected_counts(kb)
    assert kb.ingest([notes_dir]).imported == []  # read once, then unchanged again
