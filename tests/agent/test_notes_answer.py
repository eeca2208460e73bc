"""The better answer an offline card shows from the notes: readable, the part that answers.

It was the notes' text as stored, cut at 800 characters: "**问题背景：**" markup, tab-
separated table rows, a write-up's every story for a question on one, cut mid-word.
"""

from __future__ import annotations

from pathlib import Path

from agent import AgentConfig, Answer, Scorer
from agent._notes_answer import MAX_CHARS, cut
from agent._turn import NotesText
from agent.keypoints import ALL_POINTS, key_points
from knowledge import Citation

WRITE_UP = "\n\n".join(
    [
        "**问题背景：**业务方的表格查询靠点击，新员工学习成本高，希望用自然语言查表。",
        "**实习描述：**针对招聘场景构建 Text2SQL 任务，用 GPT4 构造 3000 条微调指令数据，"
        "微调后自建 benchmark 的 pass@1 达到 0.8，再用拒绝采样补了 2000 条，最终达到 0.95。",
        "**问题背景：**在测评中发现了灾难性遗忘，通用代码能力明显下降。",
        "**实习描述：**参考 InstructGPT 的 PPO 损失，加 KL 惩罚，让微调模型不偏离参考模型。",
        "阶段\tMXEval-pass@1\t业务榜单-pass@1\nSFT\t0.55\t0.6\nPPO\t0.66\t0.84",
    ]
)
CITATION = Citation(source="/notes/me.md", heading_path=("美团",), line_start=9, line_end=20)
ANSWER = "测评时发现模型忘了通用能力，我参考 InstructGPT 在 PPO 损失里加了 KL 惩罚，不让模型跑偏。"


def _scorer(tmp_path: Path) -> Scorer:
    return Scorer(AgentConfig(sessions_db=tmp_path / "s.sqlite"), None, None)


def test_a_project_card_shows_the_story_it_was_measured_on_without_markup(tmp_path: Path):
    every = key_points(WRITE_UP, ALL_POINTS)
    story = [p for p in every if "遗忘" in p.text or "InstructGPT" in p.text or "PPO：" in p.text]
    reference = NotesText(question="讲讲灾难性遗忘怎么解决的", answer=WRITE_UP, citation=CITATION)

    turn = _scorer(tmp_path).score(
        reference.question, Answer(text=ANSWER), "project", references=[reference], points=story
    )

    better = turn.improved_answer
    assert "**" not in better and "\t" not in better
    assert "在测评中发现了灾难性遗忘" in better and "KL 惩罚" in better
    assert "问题背景" not in better and "实习描述" not in better  # where a line sits: no answer
    assert "PPO：MXEval-pass@1 0.66，业务榜单-pass@1 0.84" in better  # a row, said as a claim
    assert "Text2SQL" not in better  # the other story is not this question's answer
    assert turn.references == [CITATION]


def test_a_long_reference_is_cut_after_a_sentence_with_an_ellipsis(tmp_path: Path):
    sentence = "LoRA 冻结原权重，只训练旁路的两个低秩矩阵，所以可训练参数和优化器状态都很小。"
    notes = "## LoRA\n\n" + "\n".join(f"{i}. {sentence}" for i in range(1, 30))
    reference = NotesText(question="LoRA 的原理是什么？", answer=notes, citation=CITATION)

    turn = _scorer(tmp_path).score(
        reference.question, Answer(text=sentence), "fundamentals", references=[reference]
    )

    better = turn.improved_answer
    assert better.startswith("LoRA\n1. LoRA 冻结原权重") and "#" not in better
    assert len(better) <= MAX_CHARS and better.endswith("。…")


def test_english_is_never_cut_inside_a_word():
    text = "Regularization such as weight decay reduces overfitting " * 4
    shown = cut(text, 100)
    assert shown.endswith("…") and len(shown) <= 100
    assert text.startswith(shown[:-1]) and text[len(shown) - 1] == " "
    assert cut("Short enough.", 100) == "Short enough."


# written for this test: a STAR write-up and a labelled one, as candidates jot them
STAR_ZH = """**S（情境）**：客服每天收到 3 千条投诉，人工分类要两天。
**T（任务）**：两周内上线自动分类，准确率不低于 90%。
**A（行动）**：
- 分类数据：从工单里抽 5 千条人工标注。
- 用 bge 做向量，再训练一个轻量分类头。
**R（结果）**：准确率 93%，分类时间从两天降到十分钟。
反思：标注指南应该先和业务方对齐。"""
LABELLED_EN = """Background:
Support tickets piled up for two days before anyone read them.
My role: I owned the classifier and its evaluation.
Approach and results:
- Labels: 5k tickets labelled by hand.
Lesson: the labelling guide should have been agreed first."""


def test_the_notes_answer_says_no_section_labels_but_keeps_a_things_name() -> None:
    from agent._notes_answer import from_notes

    zh = from_notes(STAR_ZH, key_points(STAR_ZH, ALL_POINTS), "project")
    en = from_notes(LABELLED_EN, key_points(LABELLED_EN, ALL_POINTS), "project")

    for label in ("情境", "任务", "行动", "结果", "反思", "S", "T", "R"):
        assert f"{label}：" not in zh and f"{label}）" not in zh, zh
    assert zh.startswith("客服每天收到 3 千条投诉") and "- 分类数据：从工单里抽" in zh, zh
    assert "准确率 93%" in zh and "标注指南应该先和业务方对齐" in zh, zh
    for label in ("Background", "My role", "Approach and results", "Lesson"):
        assert label not in en, en
    assert "I owned the classifier" in en and "- Labels: 5k tickets" in en, en
    assert "The labelling guide should have been agreed first." in en, en


def test_a_star_letter_set_off_by_a_dash_is_no_word_of_the_better_answer() -> None:
    """A résumé-style write-up's "**S** — Search relevance had plateaued…" was shown as the
    better answer "S — Search relevance…" (notes written for this test)."""
    from agent._notes_answer import from_notes

    notes = (
        "**S** — Checkout search returned stale prices after each sale started.\n\n"
        "**T** - Cut the index refresh lag below ten minutes.\n\n"
        "**Result** — refresh lag fell from 40 minutes to 6.\n\n"
        "Streaming — the job that replaced the nightly batch.\n"
    )
    better = from_notes(notes, [], "behavioral").splitlines()
    assert better[:3] == [
        "Checkout search returned stale prices after each sale started.",
        "Cut the index refresh lag below ten minutes.",
        "Refresh lag fell from 40 minutes to 6.",
    ], better
    assert better[3] == "Streaming — the job that replaced the nightly batch.", better
