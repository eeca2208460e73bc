"""A claim saying the opposite of a key point is caught; one saying what is avoided is not."""

from __future__ import annotations

from agent._coverage import measure
from agent.keypoints import Point

SATURATION = Point(text="d_k 大时点积数值大，softmax 进入饱和区，接近 one-hot，梯度很小")
QUESTION = "注意力为什么要除以根号 d_k？"


def _status(point: Point, answer: str) -> str:
    return measure([point], answer, QUESTION).statuses[0]


def test_the_same_noun_with_the_opposite_degree_contradicts():
    answer = "除以根号 d_k 是为了让分布更接近 one-hot，这样梯度更大，训练更快。"
    assert _status(SATURATION, answer) == "contradicted"


def test_saying_what_is_prevented_agrees_with_the_point():
    answer = "为了防止点积太大，让 softmax 不要进入饱和区，否则梯度很小。"
    assert _status(SATURATION, answer) != "contradicted"


def test_a_plain_negation_of_the_point_still_contradicts():
    point = Point(text="正则化（L1/L2、weight decay）可以缓解过拟合")
    answer = "解决过拟合的办法是去掉正则化，weight decay 也不要加。"
    assert measure([point], answer, "怎么缓解过拟合？").statuses[0] == "contradicted"


def test_the_same_degree_is_no_contradiction():
    point = Point(text="缓存大小随序列长度线性增长，序列越长缓存越大")
    answer = "缺点是占显存，长度越长、batch 越大缓存越大。"
    assert measure([point], answer, "KV cache 是什么？").statuses[0] != "contradicted"


def test_a_denial_is_found_behind_a_clause_that_shares_more_words():
    point = Point(text="BM25 做文档长度归一化，长文档不会天然占优（参数 b）")
    answer = "BM25 只看词频，长文档天然得分更高，所以 BM25 适合长文档。"
    assert measure([point], answer, "BM25 和 TF-IDF 有什么区别？").statuses[0] == "contradicted"


def test_two_conditions_are_not_a_denial():
    """The answer says the point (saturation when large) and what the fix changes."""
    point = Point(text="d_k 大时点积数值大，softmax 进入饱和区，梯度很小")
    answer = "数值太大的时候 softmax 会饱和，梯度特别小。除以根号 d_k 后 softmax 不容易饱和。"
    assert _status(point, answer) != "contradicted"
    layers = Point(text="构建多层图：上层节点稀疏，下层稠密")
    assert _status(layers, "HNSW 会构建多层图，上层节点稀疏，下层节点稠密。") != "contradicted"
