"""Cleaning and chunking: structure kept, junk dropped, sizes sane, citations exact."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import Chunk, ParsedNote, parse_note
from knowledge._cleaning import clean_lines

FIXTURES = Path(__file__).parent / "fixtures"
SOURCE = "/notes/mixed_notes.md"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIANBA_HOME", str(tmp_path / "home"))


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def _parse(text: str, source: str = SOURCE) -> ParsedNote:
    return parse_note(text, source)


def _assert_citations_exact(text: str, chunks: list[Chunk]) -> None:
    """Each chunk's first and last lines are on its first and last cited lines, and every
    line of it lies inside the cited range (of the cleaned file: links lose their URL)."""
    lines = clean_lines(text)
    assert len(lines) == len(text.split("\n"))
    for chunk in chunks:
        start, end = chunk.citation.line_start, chunk.citation.line_end
        assert 1 <= start <= end <= len(lines)
        cited = "\n".join(lines[start - 1 : end])
        kept = [line.strip() for line in chunk.text.split("\n") if line.strip()]
        for line in kept:
            assert line in cited, (line, start, end)
        assert kept[0] in lines[start - 1], (kept[0], lines[start - 1])
        assert kept[-1] in lines[end - 1], (kept[-1], lines[end - 1])


def _chunk_with(chunks: list[Chunk], needle: str) -> Chunk:
    found = [chunk for chunk in chunks if needle in chunk.text]
    assert len(found) == 1, (needle, [c.text[:40] for c in found])
    return found[0]


def test_citations_point_at_the_exact_original_lines() -> None:
    for name in ("mixed_notes.md", "internships.txt", "numbered_answers.txt"):
        text = _fixture(name)
        parsed = _parse(text, f"/notes/{name}")
        assert parsed.chunks
        _assert_citations_exact(text, parsed.chunks)
        assert {c.citation.source for c in parsed.chunks} == {f"/notes/{name}"}


def test_headings_of_every_depth_and_bold_lines_build_the_heading_path() -> None:
    filler = "这一节的内容足够长，不会和相邻小节合并成一个块。" * 10
    titles = ["一级", "二级", "三级", "四级", "五级", "六级"]
    parts = [f"{'#' * depth} {title}\n\n{filler}\n" for depth, title in enumerate(titles, 1)]
    text = "\n".join(parts) + f"\n**加粗小标题**\n\n{filler}\n\n## 新的二级\n\n{filler}\n"
    paths = [chunk.citation.heading_path for chunk in _parse(text).chunks]
    assert paths == [
        ("一级",),
        ("一级", "二级"),
        ("一级", "二级", "三级"),
        ("一级", "二级", "三级", "四级"),
        ("一级", "二级", "三级", "四级", "五级"),
        ("一级", "二级", "三级", "四级", "五级", "六级"),
        ("一级", "二级", "三级", "四级", "五级", "六级", "加粗小标题"),
        ("一级", "新的二级"),
    ]


def test_bold_markup_is_stripped_from_heading_titles() -> None:
    chunks = _parse(_fixture("mixed_notes.md")).chunks
    kv = _chunk_with(chunks, "解码时缓存历史 token")
    assert kv.citation.heading_path == ("大模型面试复习", "八股", "KV cache 笔记")


def test_tables_and_code_blocks_stay_whole_even_when_large() -> None:
    note = "这一行是表格里的一个比较长的说明文字"
    rows = "\n".join(f"| 模型{i} | {i * 7} | {note} |" for i in range(60))
    code = "\n".join(f"    x_{i} = compute(x_{i - 1})  # 第 {i} 步" for i in range(1, 80))
    text = (
        "## 对比\n\n| 模型 | 分数 | 说明 |\n|---|---|---|\n"
        + rows
        + "\n\n## 代码\n\n```python\ndef run(x_0):\n"
        + code
        + "\n    return x_79\n```\n"
    )
    chunks = _parse(text).chunks
    table = _chunk_with(chunks, "| 模型 | 分数 | 说明 |")
    assert len(table.text) > 800
    assert "| 模型59 |" in table.text
    assert (table.citation.line_start, table.citation.line_end) == (3, 64)
    program = _chunk_with(chunks, "def run(x_0):")
    assert program.text.startswith("```python") and program.text.endswith("```")
    assert "x_79 = compute" in program.text
    _assert_citations_exact(text, chunks)


def test_tab_separated_tables_stay_whole() -> None:
    chunks = _parse(_fixture("internships.txt"), "/notes/internships.txt").chunks
    table = _chunk_with(chunks, "阶段\tBLEU\t人工评分")
    assert "SFT\t25.8\t3.6" in table.text


def test_images_links_and_web_boilerplate_are_dropped() -> None:
    text = _fixture("mixed_notes.md")
    joined = "\n".join(chunk.text for chunk in _parse(text).chunks)
    for junk in (
        "![",
        "<img",
        "lora.png",
        "zhihu.com",
        "作者：",
        "链接：",
        "来源：知乎",
        "著作权",
        "分享 点赞 在看",
        "扫码关注",
        "免费领取",
    ):
        assert junk not in joined, junk
    assert "推理时可以把 BA 合并进原权重" in joined  # the text around the image is kept
    assert "类似操作系统的分页机制" in joined  # link text kept, URL dropped


def test_each_question_stays_with_its_answer_in_one_chunk() -> None:
    chunks = _parse(_fixture("mixed_notes.md")).chunks
    qa = _chunk_with(chunks, "BM25 中的 b 参数控制什么？")
    assert "b 控制文档长度归一化的强度" in qa.text
    zh = _chunk_with(chunks, "DPO 和 PPO 的主要区别是什么？")
    assert "不需要奖励模型和在线采样" in zh.text
    numbered = _parse(_fixture("numbered_answers.txt")).chunks
    halluc = _chunk_with(numbered, "如何缓解大模型的幻觉?")
    assert "方法二:解码时降低 temperature" in halluc.text
    assert "总之要从数据、训练和解码三个层面一起处理" in halluc.text


def test_long_sections_are_split_at_paragraphs_into_retrieval_sized_chunks() -> None:
    sentence = "检索增强生成需要先把文档切分成合适大小的块。"
    paragraphs = [f"第{i}段：" + sentence * 8 for i in range(12)]
    text = "## 长章节\n\n" + "\n\n".join(paragraphs) + "\n"
    chunks = _parse(text).chunks
    assert len(chunks) == 3  # 12 paragraphs of ~180 characters, ~800 per chunk
    for chunk in chunks:
        assert 200 <= len(chunk.text) <= 1000
        assert chunk.text.startswith("第")  # each chunk starts at a paragraph
    assert "".join(c.text for c in chunks).count("第") == 12
    _assert_citations_exact(text, chunks)


def test_one_huge_cjk_line_is_cut_at_sentence_ends() -> None:
    sentence = "注意力的计算复杂度和序列长度的平方成正比，所以长上下文很贵。"
    text = "## 长段落\n\n" + sentence * 60 + "\n"
    chunks = _parse(text).chunks
    assert len(chunks) >= 2
    for chunk in chunks:
        assert len(chunk.text) <= 1000
        assert chunk.text.endswith("。")
        assert chunk.citation.line_start == chunk.citation.line_end == 3


def test_short_sibling_sections_join_under_their_parent() -> None:
    text = _fixture("internships.txt")
    chunks = _parse(text, "/notes/internships.txt").chunks
    joined = _chunk_with(chunks, "广告文案生成的线上模型延迟太高")
    assert joined.citation.heading_path == ("实习经历",)
    assert joined.text.startswith("字节跳动")  # the sub-heading travels with its text
    assert "小红书" in joined.text


@pytest.mark.parametrize(
    ("needle", "kind"),
    [
        ("面试官好，我叫周航", "self_intro"),
        ("LoRA 冻结原始权重", "fundamentals"),
        ("聊一下你的 RAG 项目整体架构", "project"),
        ("当时我们对评测口径有分歧", "behavioral"),
    ],
)
def test_chunk_kind_comes_from_headings_and_content(needle: str, kind: str) -> None:
    assert _chunk_with(_parse(_fixture("mixed_notes.md")).chunks, needle).kind == kind


def test_write_ups_of_projects_are_project_chunks_whatever_their_words() -> None:
    chunks = _parse(_fixture("internships.txt"), "/notes/internships.txt").chunks
    assert _chunk_with(chunks, "短视频标题生成模型的 SFT 数据清洗").kind == "project"


def test_text_with_no_cue_is_other() -> None:
    chunks = _parse("## 杂记\n\n今天天气不错，下午去图书馆借了两本书。\n").chunks
    assert [chunk.kind for chunk in chunks] == ["other"]


def test_ids_are_stable_unique_and_depend_on_source_and_content() -> None:
    text = _fixture("mixed_notes.md")
    first, again = _parse(text), _parse(text)
    assert [c.id for c in first.chunks] == [c.id for c in again.chunks]
    assert len({c.id for c in first.chunks}) == len(first.chunks)
    other_file = _parse(text, "/notes/copy.md")
    assert not {c.id for c in first.chunks} & {c.id for c in other_file.chunks}
    shifted = _parse("\n\n\n" + text)  # lines moved, content the same: ids unchanged
    assert [c.id for c in shifted.chunks] == [c.id for c in first.chunks]


def test_repeated_identical_sections_get_distinct_ids() -> None:
    block = "## 重复\n\n完全相同的一段笔记内容，被复制粘贴了两次。\n\n"
    ids = [chunk.id for chunk in _parse(block * 2).chunks]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_empty_or_junk_only_notes_give_nothing() -> None:
    assert _parse("").chunks == []
    junk = "![](a.png)\n\n分享 点赞 在看\n\n扫码关注公众号\n"
    parsed = _parse(junk)
    assert parsed.chunks == [] and parsed.questions == [] and parsed.projects == []
