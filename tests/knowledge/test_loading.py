"""Loading note files: encodings, bad files skipped with a reason, folders walked."""

from __future__ import annotations

import codecs
import hashlib
import os
from pathlib import Path

import pytest

from knowledge import LoadedNote, SkippedFile, iter_note_files, load_note

NOTE = "# 面试笔记\n\n1. 什么是 LoRA？\nLoRA 冻结原权重，只训练低秩矩阵 A 和 B。\n"
LIMIT = 1024 * 1024


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIANBA_HOME", str(tmp_path / "home"))


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _loaded(path: Path) -> LoadedNote:
    result = load_note(path, LIMIT)
    assert isinstance(result, LoadedNote), result
    return result


def _skipped(path: Path, max_bytes: int = LIMIT) -> SkippedFile:
    result = load_note(path, max_bytes)
    assert isinstance(result, SkippedFile), result
    assert result.path == str(path.absolute())
    return result


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (NOTE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + NOTE.encode("utf-8"), "utf-8-sig"),
        (NOTE.encode("gbk"), "gb18030"),
        ((NOTE + "生僻字：𠀀，欧元：€\n").encode("gb18030"), "gb18030"),
        (codecs.BOM_UTF16_LE + NOTE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + NOTE.encode("utf-16-be"), "utf-16-be"),
        (NOTE.encode("utf-16-le"), "utf-16-le"),
        (NOTE.encode("utf-16-be"), "utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "gbk", "gb18030", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be"],
)
def test_every_common_encoding_decodes_to_the_same_text(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    note = _loaded(_write(tmp_path / "note.md", data))
    assert note.encoding == encoding
    assert note.text.startswith(NOTE)  # no BOM character left, nothing garbled
    assert note.sha256 == hashlib.sha256(data).hexdigest()
    assert note.path == str(tmp_path / "note.md")


# A traditional-Chinese note (Taiwan/Hong Kong users), as Big5 editors save it.
TRADITIONAL = (
    "# 面試筆記\n\n## 為什麼需要多頭注意力？\n\n"
    "每個頭學習不同的子空間，模型能同時關注語法與語義。我們團隊負責檢索系統，"
    "用 BM25 與向量雙路召回，再做重排。\n"
)


@pytest.mark.parametrize("codec", ["big5", "cp950"])
def test_a_big5_note_is_read_as_traditional_chinese(tmp_path: Path, codec: str) -> None:
    note = _loaded(_write(tmp_path / "筆記.md", TRADITIONAL.encode(codec)))
    assert (note.text, note.encoding) == (TRADITIONAL, "big5")


def test_traditional_chinese_in_gb18030_is_not_taken_for_big5(tmp_path: Path) -> None:
    note = _loaded(_write(tmp_path / "n.md", TRADITIONAL.encode("gb18030")))
    assert (note.text, note.encoding) == (TRADITIONAL, "gb18030")


def test_a_short_gbk_line_is_not_taken_for_big5(tmp_path: Path) -> None:
    text = "面试题：什么是注意力机制？\n"  # both decodings succeed on these bytes
    note = _loaded(_write(tmp_path / "n.txt", text.encode("gbk")))
    assert (note.text, note.encoding) == (text, "gb18030")


def test_windows_and_old_mac_newlines_become_unix(tmp_path: Path) -> None:
    note = _loaded(_write(tmp_path / "n.txt", "第一行\r\n第二行\r第三行\n".encode()))
    assert note.text == "第一行\n第二行\n第三行\n"


def test_a_few_broken_bytes_do_not_lose_the_whole_note(tmp_path: Path) -> None:
    data = ("正常的中文笔记内容。" * 200).encode() + b"\xff" + "结尾。".encode()
    note = _loaded(_write(tmp_path / "n.md", data))
    assert "replaced" in note.encoding
    assert note.text.endswith("结尾。")


def test_png_named_md_is_skipped_as_an_image(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    reason = _skipped(_write(tmp_path / "photo.md", png)).reason
    assert "PNG image" in reason


def test_nul_heavy_binary_is_skipped(tmp_path: Path) -> None:
    data = b"\x00" * 4000 + b"abc" + b"\x00\x01\x02\x03" * 500
    assert "binary" in _skipped(_write(tmp_path / "blob.txt", data)).reason


def test_random_bytes_are_skipped_with_advice(tmp_path: Path) -> None:
    data = bytes((i * 97 + 13) % 256 for i in range(5000))
    reason = _skipped(_write(tmp_path / "noise.txt", data)).reason
    assert "UTF-8" in reason or "binary" in reason


def test_empty_and_whitespace_only_files_are_skipped(tmp_path: Path) -> None:
    assert "empty" in _skipped(_write(tmp_path / "empty.md", b"")).reason
    blank = _write(tmp_path / "blank.md", " \n\t\n　\n".encode())
    assert "blank" in _skipped(blank).reason


def test_oversized_file_is_refused_by_size(tmp_path: Path) -> None:
    huge = tmp_path / "huge.md"
    with huge.open("wb") as handle:  # sparse: 50 MB on paper, nothing to read
        handle.truncate(50 * 1024 * 1024)
    reason = _skipped(huge, max_bytes=20 * 1024 * 1024).reason
    assert "too large" in reason and "50.0 MB" in reason and "20.0 MB" in reason


def test_folder_named_like_a_note_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "x.md"
    folder.mkdir()
    assert "folder" in _skipped(folder).reason


def test_broken_link_and_missing_file_are_skipped(tmp_path: Path) -> None:
    link = tmp_path / "gone.md"
    link.symlink_to(tmp_path / "nowhere.md")
    assert "broken link" in _skipped(link).reason
    assert "does not exist" in _skipped(tmp_path / "missing.md").reason


def test_a_pipe_named_like_a_note_is_skipped_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)
    assert "not a regular file" in _skipped(pipe).reason


def test_a_link_to_a_note_is_followed(tmp_path: Path) -> None:
    target = _write(tmp_path / "real" / "note.md", NOTE.encode())
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert _loaded(link).path == str(link)  # cited under the name the user gave


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without permission")
def test_unreadable_file_is_skipped(tmp_path: Path) -> None:
    locked = _write(tmp_path / "locked.md", NOTE.encode())
    locked.chmod(0)
    try:
        assert "permission" in _skipped(locked).reason
    finally:
        locked.chmod(0o644)


def test_folders_are_walked_sorted_with_hidden_and_foreign_files_left_out(tmp_path: Path) -> None:
    root = tmp_path / "notes"
    for name in ("b.md", "a.txt", "sub/c.markdown", "sub/deep/d.MD", "skip.pdf", "img.png"):
        _write(root / name, NOTE.encode())
    _write(root / ".git/config.md", b"x")
    _write(root / ".hidden.md", b"x")
    (root / "dangling.md").symlink_to(root / "gone.md")  # listed, so load_note can report it
    single = _write(tmp_path / "single.txt", NOTE.encode())
    ignored = _write(tmp_path / "report.docx", b"PK\x03\x04")
    found = list(iter_note_files([root, single, ignored, single]))
    expected = ["a.txt", "b.md", "dangling.md", "sub/c.markdown", "sub/deep/d.MD"]
    assert found == sorted([root / name for name in expected] + [single])


def test_one_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    root = tmp_path / "notes"
    _write(root / "1_good.md", NOTE.encode())
    _write(root / "2_empty.md", b"")
    _write(root / "3_image.md", b"\x89PNG\r\n\x1a\n\x00\x00")
    _write(root / "4_gbk.txt", NOTE.encode("gbk"))
    results = [load_note(path, LIMIT) for path in iter_note_files([root])]
    assert [type(r).__name__ for r in results] == [
        "LoadedNote",
        "SkippedFile",
        "SkippedFile",
        "LoadedNote",
    ]
