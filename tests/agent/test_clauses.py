"""agent._clauses: where a key point's sentence is cut into clauses, and where it is not."""

from __future__ import annotations

from agent._clauses import split_clauses
from agent.keypoints import handle, key_points


def test_a_long_sentence_is_cut_between_clauses_not_inside_a_formula_or_a_word_gap() -> None:
    formula = (
        "奖励模型（RM）：对同一个 prompt 的多个回答做人工排序，"
        "用 Bradley-Terry 成对损失 −log σ(r(x, y_w) − r(x, y_l)) 训练打分模型。"
    )
    texts = [p.text for p in key_points(formula)]
    assert any("−log σ(r(x, y_w) − r(x, y_l))" in t for t in texts), texts
    assert not any(t.startswith("y_l") for t in texts)
    english = (
        "At Xinghe Tech I was an algorithm intern on an enterprise knowledge-base QA system: "
        "I replaced pure vector search with hybrid BM25 plus dense retrieval and a reranker, "
        "which raised top-5 recall from 71% to 89% and grounded answers from 62% to 84%."
    )
    texts = [p.text for p in key_points(english)]
    assert not any(":I" in t or ",which" in t for t in texts), texts
    # cut after the colon; the "which" clause stays with what it tells more of
    assert texts[0].endswith("QA system") and texts[1].startswith("I replaced")
    assert not any(t.startswith("which") for t in texts), texts


def test_a_thousands_separator_does_not_cut_a_number_in_two() -> None:
    reference = (
        "以 d=k=4096、r=8 为例，一个矩阵的可训练参数从 1,677 万降到 6.5 万（约 0.39%），"
        "推理时可以把 BA 合并回 W，没有额外延迟，这一点非常重要。"
    )
    assert not any(p.text.endswith("从 1") for p in key_points(reference))
    assert handle(key_points(reference)[0], 30) != "一个矩阵的可训练参数从 1"


def test_an_english_list_is_one_clause_as_a_chinese_one_is() -> None:
    """The demo's English follow-up said "You mentioned the model is trained to produce
    fluent. Now this one: outdated or only weakly stored." - two list items cut loose."""
    note = (
        "The model is trained to produce fluent, likely continuations, not to check facts; "
        "knowledge can be missing, outdated or only weakly stored, and decoding rewards "
        "confident text."
    )
    clauses = [c.strip(" ,") for c in split_clauses(note)]
    assert clauses[0] == "The model is trained to produce fluent, likely continuations"
    assert any(
        c.endswith("knowledge can be missing, outdated or only weakly stored") for c in clauses
    )
    assert [c.strip(" ,") for c in split_clauses("First, we cached the KV pairs")] == [
        "First",
        "we cached the KV pairs",
    ]


def test_an_english_point_is_as_long_as_a_chinese_one_not_longer() -> None:
    """The demo's English card listed one missed point of 33 words ("Mitigations: ground
    answers in retrieved documents (RAG) and require citations, train the model…, lower
    temperature…, and verify answers…"); the Chinese notes' same line is cut in two."""
    note = (
        "Mitigations: ground answers in retrieved documents (RAG) and require citations, "
        'train the model to say "I don\'t know" on unanswerable questions, lower temperature '
        "for factual tasks, and verify answers against sources afterwards."
    )
    texts = [p.text for p in key_points(note)]
    assert len(texts) == 2, texts
    assert texts[1].startswith("lower temperature")
