"""Where a key point's sentence ends: not at an abbreviation's dot, and a citation is
no part of it."""

from __future__ import annotations

from agent.keypoints import key_points


def test_a_citation_or_an_abbreviation_cuts_no_point():
    notes = (
        "**GPTQ** (Frantar et al. 2022): layer by layer, the inverse Hessian corrects the error\n"
        "- adapters, e.g. LoRA. They train less"
    )
    texts = [p.text for p in key_points(notes, 99)]
    assert not any("et al" in t or "2022" in t for t in texts)
    assert "GPTQ: layer by layer, the inverse Hessian corrects the error" in texts
    assert not any(t.rstrip().endswith("e.g") for t in texts)


def test_a_sentence_mark_inside_brackets_or_before_a_closing_quote_ends_no_sentence():
    notes = (
        "- PEFT：LoRA 只学低秩增量 → 遗忘更少（但不是零；论文说 learns less and forgets less）\n"
        "- handoff: per-building median (apartment towers take ~ +4 min!)\n"
        "- check: per feature, 'would I know this at the moment I predict?' + drop top features\n"
        "- 例子：“所有动物都会呼吸。狗是动物。”所以狗会呼吸"
    )
    assert [p.text for p in key_points(notes, 99)] == [
        "PEFT：LoRA 只学低秩增量 → 遗忘更少（但不是零；论文说 learns less and forgets less）",
        "handoff: per-building median (apartment towers take ~ +4 min!)",
        "check: per feature, 'would I know this at the moment I predict?' + drop top features",
        "例子：“所有动物都会呼吸。狗是动物。”所以狗会呼吸",
    ]


def test_a_question_mark_the_line_goes_on_from_ends_no_sentence():
    notes = (
        "- rubric, 4 criteria: resolved? / grounded in docs / policy compliant / tone\n"
        "- 告警 → 值班排查：上游数据 bug？还是真实客群变化？→ 后者才触发重训"
    )
    assert [p.text for p in key_points(notes, 99)] == [
        "rubric, 4 criteria: resolved? / grounded in docs / policy compliant / tone",
        "告警 → 值班排查：上游数据 bug？",
        "还是真实客群变化？→ 后者才触发重训",
    ]
