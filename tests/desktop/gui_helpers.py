"""Helpers for the desktop view tests: a real AppContext, an in-memory keyring, notes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import keyring
import keyring.backend

NOTES = Path(__file__).resolve().parent / "notes"  # fresh notes written for these tests
SMALL_NOTE = "internship_text2sql.txt"
LONGER_NOTE = "interview_review.md"


def shared_root() -> Path:
    """../shared beside the repo (real recordings), or $MIANBA_SHARED_DIR."""
    base = os.environ.get("MIANBA_SHARED_DIR")
    return Path(base) if base else Path(__file__).resolve().parents[3] / "shared"


def real_speech(stem: str) -> Path:
    """A real recording the tests own (tests/voice/data, licences in its README)."""
    return Path(__file__).resolve().parents[1] / "voice" / "data" / f"{stem}.flac"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps passwords in a dict (tests only)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


def make_context(*, with_demo_notes: bool = False, **settings_overrides: Any) -> Any:
    """The GUI's real composition root (mianba gui), with the small offline embedder.

    The first-start demo import is off unless asked for: most tests bring their own notes.
    """
    from mianba.commands.gui import build_context
    from mianba.settings import load_settings

    settings = load_settings(**settings_overrides)
    settings.embedding.offline_model = "e5-small"  # a pip package: no model download
    context = build_context(settings)
    if not with_demo_notes:
        context.demo_notes = None
    return context


def copy_notes(folder: Path, names: tuple[str, ...] = (SMALL_NOTE,)) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(NOTES / name, folder / name)
    return folder


def write_demo_note(folder: Path) -> Path:
    """A short note with a question bank the offline interviewer can use."""
    folder.mkdir(parents=True, exist_ok=True)
    note = folder / "ml_notes.md"
    note.write_text(
        "# 自我介绍\n\n我是张三，做了两年推荐系统和大模型微调。\n\n"
        "# 项目经历\n\n## RAG 问答系统\n\n"
        "负责检索增强生成系统：用 BM25 和向量检索混合召回，重排后交给大模型生成答案，"
        "把回答准确率从 62% 提升到 81%。\n\n"
        "# 八股\n\n## Transformer 为什么要除以根号 d？\n\n"
        "点积的方差随维度 d 增大，除以根号 d 让 softmax 不饱和，梯度稳定。\n\n"
        "## 什么是 LoRA？\n\n"
        "LoRA 冻结预训练权重，只训练低秩矩阵 A 和 B，参数量小，显存省，效果接近全量微调。\n\n"
        "# 行为面试\n\n## 讲一次和同事意见不合的经历\n\n"
        "先听清对方的理由，用数据做小实验验证两种方案，最后按结果决定，并复盘。\n",
        encoding="utf-8",
    )
    return note
