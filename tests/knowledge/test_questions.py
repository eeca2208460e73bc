"""The question bank and the projects found in notes, and the shipped demo notes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import knowledge
from knowledge import LoadedNote, ParsedNote, Question, iter_note_files, load_note, parse_note

FIXTURES = Path(__file__).parent / "fixtures"
DEMO_NOTES = Path(knowledge.__file__).parent / "demo_notes"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIANBA_HOME", str(tmp_path / "home"))


def _parse_fixture(name: str) -> ParsedNote:
    return parse_note((FIXTURES / name).read_text(encoding="utf-8"), f"/notes/{name}")


def _question(parsed: ParsedNote, text: str) -> Question:
    found = [q for q in parsed.questions if q.question == text]
    assert len(found) == 1, (text, [q.question for q in parsed.questions])
    return found[0]


def test_a_numbered_list_of_bare_questions_gives_questions_without_answers() -> None:
    parsed = _parse_fixture("mixed_notes.md")
    listed = [
        "聊一下你的 RAG 项目整体架构？",
        "召回率是怎么评估的？",
        "为什么选择 bge 作为向量模型？",
    ]
    for line_no, text in enumerate(listed, start=59):
        question = _question(parsed, text)
        assert question.answer == ""
        assert question.citation.line_start == question.citation.line_end == line_no
    assert _question(parsed, listed[0]).stage == "project"


def test_numbered_questions_take_the_text_up_to_the_next_question_as_answer() -> None:
    parsed = _parse_fixture("numbered_answers.txt")
    layer_norm = _question(parsed, "LayerNorm 和 BatchNorm 的区别是什么?")
    assert layer_norm.answer.startswith("LayerNorm 在每个样本的特征维上归一化")
    # the citation is the answer's lines (line 5 asks, line 6 answers)
    assert (layer_norm.citation.line_start, layer_norm.citation.line_end) == (6, 6)
    # numbered points inside an answer stay in it, even when they end with "?"
    halluc = _question(parsed, "如何缓解大模型的幻觉?")
    assert "方法一:检索增强,让回答有依据?" in halluc.answer
    assert halluc.answer.endswith("总之要从数据、训练和解码三个层面一起处理。")
    assert not any(q.question.startswith("方法一") for q in parsed.questions)
    # the ad line after the last answer is not part of it
    assert "宝典" not in _question(parsed, "微调数据需要多少条?").answer


def test_a_question_listed_twice_keeps_the_answered_copy() -> None:
    parsed = _parse_fixture("numbered_answers.txt")
    position = _question(parsed, "为什么需要位置编码?")
    assert position.answer.startswith("自注意力对输入顺序不敏感")
    assert position.citation.line_start == 8
    assert len(parsed.questions) == 5


def test_question_headings_answer_with_their_body_and_deeper_sub_headings() -> None:
    lora = _question(_parse_fixture("mixed_notes.md"), "什么是 LoRA？")
    assert lora.answer.startswith("LoRA 冻结原始权重")
    assert "推理时可以把 BA 合并进原权重" in lora.answer
    assert "一般 r 取 8 到 64。" in lora.answer
    assert "lora.png" not in lora.answer
    assert lora.topic == "LoRA" and lora.stage == "fundamentals"


@pytest.mark.parametrize(
    "heading",
    [
        "什么是注意力机制",
        "如何选择学习率",
        "为什么要做归一化",
        "怎么判断过拟合",
        "说一下你对 RLHF 的理解",
        "介绍一下 BM25",
        "讲讲 Transformer 的结构",
        "What is tokenization",
        "How does beam search work",
        "Why use RMSNorm",
        "Explain the KV cache",
        "RoPE 和绝对位置编码有什么不同？",
        "Is LoRA slower at inference?",
    ],
)
def test_question_shaped_headings_become_questions(heading: str) -> None:
    text = f"## 基础\n\n### {heading}\n\n这是一段参考答案。\n"
    parsed = parse_note(text, "/notes/q.md")
    assert [(q.question, q.answer) for q in parsed.questions] == [(heading, "这是一段参考答案。")]


@pytest.mark.parametrize("heading", ["LoRA", "推理加速", "Attention Is All You Need", "总结"])
def test_topic_headings_are_not_questions(heading: str) -> None:
    parsed = parse_note(f"## {heading}\n\n一些笔记内容。\n", "/notes/q.md")
    assert parsed.questions == []


def test_q_a_pairs_in_english_and_chinese() -> None:
    parsed = _parse_fixture("mixed_notes.md")
    bm25 = _question(parsed, "BM25 中的 b 参数控制什么？")
    assert bm25.answer == "b 控制文档长度归一化的强度，b 为 0 时不做长度归一化。"
    assert bm25.topic == "BM25"
    dpo = _question(parsed, "DPO 和 PPO 的主要区别是什么？")
    assert dpo.answer.startswith("DPO 直接在偏好对上优化")
    assert (dpo.citation.line_start, dpo.citation.line_end) == (69, 69)


def test_a_question_running_over_two_lines_before_a() -> None:
    text = "Q: Walk me through the RAG pipeline\nyou built, end to end.\nA: Parse, chunk, embed.\n"
    (question,) = parse_note(text, "/notes/qa.md").questions
    # one question, read as one line: the break was only where the note-taker hit Enter
    assert question.question == "Walk me through the RAG pipeline you built, end to end."
    assert question.answer == "Parse, chunk, embed."
    assert question.topic == "RAG"


def test_stages_follow_headings_and_question_words() -> None:
    parsed = _parse_fixture("mixed_notes.md")
    conflict = _question(parsed, "讲一次你和同事发生冲突的经历")
    assert conflict.stage == "behavioral" and conflict.topic == "Conflict"
    intro = _question(parsed, "请做一个自我介绍。")
    assert intro.stage == "self_intro"
    assert intro.answer.startswith("面试官好，我叫周航")


def test_projects_under_an_experience_heading_and_write_ups_are_found() -> None:
    parsed = _parse_fixture("internships.txt")
    names = [project.name for project in parsed.projects]
    assert names == ["字节跳动", "小红书", "快手"]
    bytedance = parsed.projects[0]
    assert "P99 降到 0.8 秒" in bytedance.description
    assert bytedance.citation.heading_path == ("实习经历", "字节跳动")
    assert (bytedance.citation.line_start, bytedance.citation.line_end) == (7, 11)
    kuaishou = parsed.projects[2]
    assert "阶段\tBLEU" in kuaishou.description  # the table belongs to the write-up
    asked = [q for q in parsed.questions if q.stage == "project"]
    assert {q.topic for q in asked} == set(names)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("## 项目一：多模态检索系统", "多模态检索系统"),
        ("## Project: Code review assistant", "Code review assistant"),
        ("### 项目 2: 推荐系统召回优化", "推荐系统召回优化"),
    ],
)
def test_declared_project_headings(heading: str, name: str) -> None:
    text = f"# 经历\n\n{heading}\n\n做了一个系统，效果提升明显。\n\n###### 背景\n\n业务需要。\n"
    parsed = parse_note(text, "/notes/p.md")
    assert [project.name for project in parsed.projects] == [name]
    assert "业务需要" in parsed.projects[0].description


def test_an_english_write_up_keeps_its_sub_headings_and_its_last_section() -> None:
    """A sub-heading like "Approach and results" is a title, as "方法与结果" is; and an English
    write-up needs about twice the letters of a Chinese one (its lessons were cut at 2,000)."""
    approach = "- I tuned the retrieval pipeline and measured every change on 600 questions.\n" * 30
    text = (
        "# Projects\n\n## Project 1: Enterprise RAG Q&A\n\n### Background\n\n"
        "The company had about 120,000 internal documents.\n\n"
        f"### Approach and results\n\n{approach}\n"
        "### Trade-offs and lessons\n\nThe evaluation set has to include unanswerable questions.\n"
    )
    (project,) = parse_note(text, "/notes/p.md").projects
    assert (
        len(project.description) > 2000
        and "Approach and results:\n- I tuned" in project.description
    )
    assert project.description.endswith(
        "Trade-offs and lessons:\nThe evaluation set has to include unanswerable questions."
    )


def test_self_introduction_and_fundamentals_are_not_projects() -> None:
    parsed = _parse_fixture("mixed_notes.md")
    assert parsed.projects == []


def test_parsing_is_deterministic() -> None:
    text = (FIXTURES / "mixed_notes.md").read_text(encoding="utf-8")
    assert parse_note(text, "/n.md") == parse_note(text, "/n.md")


def _demo_notes() -> list[LoadedNote]:
    notes = []
    for path in iter_note_files([DEMO_NOTES]):
        loaded = load_note(path, 1024 * 1024)
        assert isinstance(loaded, LoadedNote), loaded
        notes.append(loaded)
    return notes


def test_demo_notes_ship_with_the_package_in_both_formats() -> None:
    names = [Path(note.path).name for note in _demo_notes()]
    assert len(names) >= 5
    assert any(name.endswith(".txt") for name in names)
    assert all(note.encoding == "utf-8" for note in _demo_notes())


def test_demo_notes_make_a_sensible_question_bank() -> None:
    parsed = [parse_note(note.text, note.path) for note in _demo_notes()]
    questions = [q for p in parsed for q in p.questions]
    projects = [project for p in parsed for project in p.projects]
    stages = Counter(q.stage for q in questions)
    assert len(questions) >= 20
    assert set(stages) == {"self_intro", "project", "fundamentals", "behavioral"}
    assert stages["fundamentals"] >= 12 and stages["behavioral"] >= 5
    answered = [q for q in questions if q.stage == "fundamentals" and len(q.answer) >= 100]
    assert len(answered) >= 12
    assert len(projects) >= 2
    topics = {q.topic for q in questions}
    assert {"LoRA", "RAG", "KV cache", "BM25", "DPO", "RLHF"} <= topics
    assert any(q.question == "Please introduce yourself." for q in questions)
    ids = [q.id for q in questions] + [c.id for p in parsed for c in p.chunks]
    assert len(ids) == len(set(ids))


def test_the_pros_and_cons_of_a_technique_are_fundamentals_not_behavioral() -> None:
    from knowledge._cues import kind_of_heading

    assert kind_of_heading("讲讲 beam search 的缺点？") == "fundamentals"
    assert kind_of_heading("What are the weaknesses of beam search?") == "fundamentals"
    for about_you in (
        "你的优点和缺点是什么？",
        "你觉得自己最大的缺点是什么",
        "your biggest weakness",
    ):
        assert kind_of_heading(about_you) == "behavioral"


def test_a_title_naming_the_interview_is_no_topic_and_topics_are_cut_between_words() -> None:
    note = (
        "# 字节 大模型算法 一面 复盘\n\n## 为什么要做梯度裁剪\n\n防止梯度爆炸：按比例缩小梯度。\n\n"
        "## How does dropout work\n\nEach unit is zeroed with probability p during training.\n"
    )
    parsed = parse_note(note, "/notes/review.md")
    topics = {q.question: q.topic for q in parsed.questions}
    assert "复盘" not in topics["为什么要做梯度裁剪"]
    assert topics["How does dropout work"] == "dropout"  # its subject, not "How does dropou…"


def test_a_projects_overview_question_names_it_without_its_aside() -> None:
    note = (
        "# 项目经历\n\n## 项目一：企业知识库 RAG 问答系统（星河科技 · 算法实习）\n\n"
        "我负责检索链路：混合检索和重排，Top-5 召回率从 71% 提到 89%。\n\n"
        "# Projects\n\n## Project: Search ranking at ShopCo (intern)\n\n"
        "I built the learning-to-rank pipeline; my role was the ranking model and its "
        "evaluation, and NDCG@10 went from 0.41 to 0.47.\n"
    )
    asked = [q.question for q in parse_note(note, "/notes/p.md").questions]
    zh = "请介绍一下你在「企业知识库 RAG 问答系统」的项目经历：背景、你的角色、方法和结果。"
    assert zh in asked
    assert (
        'Tell me about your project "Search ranking at ShopCo": background, your role, '
        "approach and results." in asked
    )


def test_a_questions_topic_comes_from_its_own_terms_before_its_answers() -> None:
    note = (
        "# 面经整理\n\n## 你的项目里 reranker 是怎么训练的？\n\n"
        "先用 BM25 召回 top-100，再用 BM25 分数挑难负样本，cross-encoder 做 pairwise 训练。\n\n"
        "## 你的项目里 Faiss 索引是怎么建的？\n\n用 BM25 兜底，IVF-PQ 建索引。\n\n"
        "## LayerNorm 用在什么位置？\n\nPre-LN 放在注意力和 FFN 之前，BM25 无关。\n"
    )
    topics = {q.question: q.topic for q in parse_note(note, "/notes/review.md").questions}
    assert topics["你的项目里 reranker 是怎么训练的？"] == "reranker"
    assert topics["你的项目里 Faiss 索引是怎么建的？"] == "Faiss 索引"
    assert topics["LayerNorm 用在什么位置？"] == "LayerNorm"
    assert "BM25" not in topics.values()


def test_a_question_naming_only_an_aspect_is_asked_of_its_headings_subject() -> None:
    note = (
        "# RAG 面经\n\n## 混合检索\n\n评估方式是什么，效果怎么样？\n\n"
        "Recall@5 从 71% 到 89%。\n\n## 二面\n\n原理是什么？\n\n不记得了。\n\n"
        "## Hybrid search\n\nHow was it evaluated?\n\nRecall@5 on 500 labelled queries.\n\n"
        "## 混合检索调参\n\nLoRA 的原理是什么？\n\n低秩增量。\n"
    )
    parsed = parse_note(note, "/notes/rag.md")
    asked = {q.question: q for q in parsed.questions}
    zh = asked["「混合检索」的评估方式是什么，效果怎么样？"]
    assert zh.topic == "混合检索" and (zh.citation.line_start, zh.citation.line_end) == (7, 7)
    en = asked["About Hybrid search: how was it evaluated?"]
    assert en.topic == "Hybrid search"
    assert "原理是什么？" in asked  # no heading names a subject: kept as written
    assert "LoRA 的原理是什么？" in asked  # names its own subject: not touched
    assert knowledge.needs_context("原理是什么？")
    assert not knowledge.needs_context("What is the difference between BERT and GPT?")
    assert not knowledge.needs_context(zh.question) and not knowledge.needs_context(en.question)


def test_a_shortened_topic_is_cut_between_words() -> None:
    """A reader's report listed the topic "使用外挂知识库主要是为了解决什…"."""
    from knowledge._cues import shorten

    assert shorten("使用外挂知识库主要是为了解决什么问题？", 16) == "使用外挂知识库主要是为了解决…"
    assert shorten("How does dropout work in a transformer at inference time", 16).endswith("a…")
    assert shorten("LoRA 的原理", 16) == "LoRA 的原理"
