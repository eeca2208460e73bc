"""The notes' effect given another main cause in none of their words ("检索快主要是因为用了
GPU" against "检索快主要来自 HNSW 的分层图") contradicts the point; the notes' cause in
other words, a cause denied, or another cause added beside theirs does not."""

from __future__ import annotations

from scoring_fixtures import contradicted

QUESTION = "为什么向量检索这么快？"
NOTES = "- 检索快主要来自 HNSW 的分层图：上层稀疏图快速定位，下层稠密图精细搜索"


def test_the_effect_given_another_main_cause():
    wrong = "检索快主要是因为把向量都放在 GPU 显存里并行计算。"
    assert contradicted(NOTES, wrong, QUESTION) != []


def test_the_notes_cause_in_other_words_denied_or_added_to_is_right():
    right = "检索快主要是因为 HNSW 建了分层图，先在上层稀疏图定位再到下层细搜。"
    assert contradicted(NOTES, right, QUESTION) == []
    denied = "检索快主要不是因为 GPU 并行，而是 HNSW 的分层图。"
    assert contradicted(NOTES, denied, QUESTION) == []
    added = "HNSW 的分层图让检索很快；检索快主要也是因为向量放在 GPU 显存里。"
    assert contradicted(NOTES, added, QUESTION) == []
