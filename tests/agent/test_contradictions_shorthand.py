"""Notes' shorthand read as the claim it writes: "!=" is a "not", "(else looks pasted)"
is a condition, "不像 ReLU 直接死" compares with ReLU and denies the dying, and "longer
than BPE for English" puts only BPE on the losing side. Right answers said in full are
not flagged; a wrong one still is."""

from __future__ import annotations

from scoring_fixtures import point_status as _status

from agent._coverage import measure
from agent.keypoints import Point


def test_not_equal_sign_is_a_not():
    point = "!= GPT-2 'byte-level BPE' (still a subword vocab; only its base alphabet is bytes)"
    question = "What is a byte-level model?"
    right = "That's not GPT-2's byte-level BPE, which still learns subwords over a byte alphabet."
    assert _status(point, right, question) != "contradicted"
    wrong = "It is exactly GPT-2's byte-level BPE, nothing more."
    assert _status(point, wrong, question) == "contradicted"


def test_else_opens_a_condition():
    point = "Harmonise: relight + generated contact shadow (else looks pasted)"
    right = "We relight it and add a generated contact shadow so it doesn't look pasted on."
    assert _status(point, right, "How did you composite the product photos?") != "contradicted"


def test_unlike_in_chinese_denies_the_predicate_not_what_it_compares_with():
    point = "Swish 平滑，负区间还有小梯度，不像 ReLU 直接「死」"
    question = "SwiGLU 为什么好用？"
    right = "Swish 比较平滑，负的那边还有一点梯度，不会像 ReLU 那样神经元直接死掉。"
    assert _status(point, right, question) != "contradicted"
    vague = "SwiGLU 是一种带门控的激活函数，效果比 ReLU 好一些。"
    assert _status(point, vague, question) != "contradicted"
    wrong = "Swish 在负区间也会像 ReLU 一样直接死掉，梯度为零。"
    assert _status(point, wrong, question) == "contradicted"


def test_than_compares_up_to_its_circumstance():
    point = "cost: ~4x longer sequences than BPE for English -> slower decoding"
    question = "What does a byte-level tokenizer cost?"
    right = "English comes out about four times longer than with BPE, so decoding is slower."
    assert _status(point, right, question) != "contradicted"
    wrong = "BPE sequences are about four times longer than byte sequences."
    assert _status(point, wrong, question) == "contradicted"


def test_a_problem_that_stopped_is_told_after_not_denied():
    """ "现象：…→ 发散" is the before; "后面…没再发散" says it stopped, and a "no longer"
    says it was there. "从来没有发散过" denies it."""
    point = "现象：~300B tokens 之后每隔几千步 loss 冒尖，有 2 次没回落 → 发散"
    question = "预训练遇到过 loss spike 吗？"
    right = "处理完以后，后面一点七万亿 token 没再发散。"
    assert _status(point, right, question) != "contradicted"
    wrong = "loss 冒尖以后都自己回落了，从来没有发散过。"
    assert _status(point, wrong, question) == "contradicted"
    english = "Symptom: loss spikes every few thousand steps, twice it diverged"
    said = "After the fixes the loss no longer diverged for the rest of the run."
    assert _status(english, said, "Did you see loss spikes?") != "contradicted"


SPIKE_NOTES = """现象：训到 ~600B token，1 周内 5 次 spike；2 次没自己回落 → 发散
处理：回滚 ckpt，跳过那段数据，加 z-loss
结果：后面 1.4T token 只 1 次小 spike 且自己回落；浪费算力 ~9% → < 1%"""


def test_a_clause_telling_another_line_of_the_notes_denies_nothing_of_this_point():
    """The result said after the fix shares "自己回落" with the symptom point, and far
    more with the result line it tells: no denial of the symptom."""
    point = Point(text="2 次没自己回落 → 发散")
    question = "遇到过 loss spike 吗？"
    right = "修完之后一万四千亿 token 只有一次小 spike 且自己回落。"
    statuses = measure([point], right, question, notes=SPIKE_NOTES).statuses
    assert statuses != ["contradicted"]
    assert measure([point], right, question).statuses == ["contradicted"]  # no notes: no line
    wrong = "那两次其实都自己回落了，没有发散。"
    assert measure([point], wrong, question, notes=SPIKE_NOTES).statuses == ["contradicted"]


def test_choosing_the_end_of_a_change_over_its_start_restates_it():
    point = "highlight: Matryoshka embeddings 1024 -> 256 dims, index cost -70%"
    question = "Tell me about yourself."
    right = "I moved us to Matryoshka embeddings, so we serve 256 instead of 1024 dimensions."
    assert _status(point, right, question) != "contradicted"
    wrong = "I moved us to Matryoshka embeddings, so we serve 1024 instead of 256 dimensions."
    assert _status(point, wrong, question) == "contradicted"


def test_never_x_only_y_is_said_by_only_y():
    point = "tool-calling model never sees raw attachments, only a quarantined summary"
    question = "How did you defend the email assistant against prompt injection?"
    right = "The model that calls tools only ever sees a quarantined summary of attachments."
    assert _status(point, right, question) != "contradicted"
    wrong = "The tool-calling model sees the raw attachments directly, nothing is summarised."
    assert _status(point, wrong, question) == "contradicted"


def test_prevent_is_a_negation_in_chinese():
    """ "防止把 X 改成 Y" says X is not changed, as "X 就不会被改成 Y" does."""
    point = "品牌 / 新词白名单，防止把「蕉内」改成「焦内」"
    question = "拼写纠错怎么处理品牌词？"
    right = "维护了一份品牌和新词的白名单，像蕉内这种就不会被改成焦内。"
    assert _status(point, right, question) != "contradicted"


def test_a_greek_letter_is_the_hyperparameter_an_answer_spells_out():
    """ "γ = 2, α = 0.25" in the notes; "gamma of 0.25 and alpha of 2" swaps them."""
    point = "paper: γ = 2, α = 0.25"
    question = "What is focal loss?"
    assert _status(point, "The paper uses gamma of 2 and alpha of 0.25.", question) == "hit"
    wrong = "The usual setting is gamma of 0.25 and alpha of 2."
    assert _status(point, wrong, question) == "contradicted"


def test_a_digit_zero_is_none():
    point = "14 hires over the next 12 months, 0 regretted at 6-month review"
    question = "Tell me about hiring for your team."
    right = "Over the next year we hired fourteen people with no regrets at their six-month review."
    assert _status(point, right, question) != "contradicted"
    wrong = "We hired fourteen people and regretted three of them at the six-month review."
    assert _status(point, wrong, question) == "contradicted"


def test_before_doing_it_is_not_doing_it_first():
    point = "1:1 with their TL FIRST (not escalate): they had 2 eng, 5 asking teams"
    question = "Tell me about a time another team blocked you."
    right = "So before escalating anything I had a one-to-one with their tech lead."
    assert _status(point, right, question) != "contradicted"
    wrong = "So I escalated it to my director right away."
    assert _status(point, wrong, question) == "contradicted"


def test_a_comparison_is_read_in_its_own_clause():
    point = (
        "averaging matters -> per-token mean over the pack weights long answers more than"
        " a per-example mean"
    )
    question = "How does sequence packing work?"
    right = (
        "A per-token mean over the packed row gives long answers more weight than averaging"
        " per example."
    )
    assert _status(point, right, question) != "contradicted"
    wrong = "A per-example mean gives long answers more weight than a per-token mean over the pack."
    assert _status(point, wrong, question) == "contradicted"
