"""jieba's dictionary, cached in parts so loading it never stalls other threads long."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from knowledge import _words
from knowledge._words import PARTS, cut_words, install_dictionary


@pytest.fixture(scope="module")
def jieba_own() -> tuple[dict[str, int], int]:
    """The prefix dictionary as jieba itself builds it."""
    tokenizer = jieba.Tokenizer()
    return tokenizer.gen_pfdict(tokenizer.get_dict_file())


def test_the_cached_dictionary_is_jiebas_own(
    tmp_path: Path, jieba_own: tuple[dict[str, int], int], monkeypatch: pytest.MonkeyPatch
) -> None:
    built = jieba.Tokenizer()
    install_dictionary(built, tmp_path / "cache")  # nothing cached yet: built and written
    assert (built.FREQ, built.total) == jieba_own
    assert len(list((tmp_path / "cache").glob("part-*"))) == PARTS

    monkeypatch.setattr(_words, "_build", lambda tokenizer: pytest.fail("rebuilt"))
    read = jieba.Tokenizer()
    install_dictionary(read, tmp_path / "cache")  # read back, part by part
    assert (read.FREQ, read.total) == jieba_own
    text = "我们用检索增强生成和向量数据库回答面试问题"
    assert read.lcut(text) == jieba.Tokenizer().lcut(text)  # jieba's own load


def test_a_damaged_cache_is_rebuilt(tmp_path: Path, jieba_own: tuple[dict[str, int], int]) -> None:
    folder = tmp_path / "cache"
    install_dictionary(jieba.Tokenizer(), folder)
    part = folder / "part-07"
    part.write_bytes(part.read_bytes()[:1000])  # cut short, e.g. by a full disk
    (folder / "part-08").unlink()
    repaired = jieba.Tokenizer()
    install_dictionary(repaired, folder)
    assert (repaired.FREQ, repaired.total) == jieba_own
    again = jieba.Tokenizer()
    install_dictionary(again, folder)  # the rebuilt cache reads back whole
    assert (again.FREQ, again.total) == jieba_own


def test_an_unwritable_cache_folder_still_gives_a_dictionary(
    tmp_path: Path, jieba_own: tuple[dict[str, int], int]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    tokenizer = jieba.Tokenizer()
    install_dictionary(tokenizer, blocker / "cache")
    assert (tokenizer.FREQ, tokenizer.total) == jieba_own


def test_cut_words_keeps_to_dictionary_words_without_hmm() -> None:
    assert cut_words("检索增强生成") == ["检索", "增强", "生成"]
    assert "".join(cut_words("面霸模拟面试", hmm=False)) == "面霸模拟面试"
