"""Vague answers: a restated question earns nothing, an on-topic vague claim a little."""

from __future__ import annotations

from agent._coverage import Coverage, PointCoverage, measure
from agent._offline_scoring import estimate
from agent.keypoints import Point, key_points


def test_the_question_rearranged_is_an_echo() -> None:
    """ "减少幻觉就是减少大模型的幻觉" adds bigrams across its rearranged words ("少大",
    "少幻") but no character the question lacks: nothing of it is kept."""
    points = key_points("- RAG 检索外部知识\n- 降低采样温度")
    question = "大模型幻觉是什么？怎么减少？"
    padded = "幻觉就是大模型的幻觉。减少幻觉就是减少大模型的幻觉。"
    assert measure(points, padded, question).content == []
    real = "用 RAG 检索外部知识可以减少幻觉。"
    assert measure(points, real, question).content == [real]


def test_what_is_left_of_a_restated_question_is_measured_as_echo() -> None:
    points = key_points("- Regularization (L2, weight decay)\n- Early stopping")
    question = "What is overfitting and how do you reduce it?"
    padded = measure(points, "Overfitting is fitting too much.", question)
    assert padded.echo >= 0.4  # "too much" says nothing: what is left is the question
    plain = measure(points, "Use weight decay and stop training early.", question)
    assert plain.echo == 0.0


def _cover(
    support: float, echo: float, contradicted: bool = False, glyphs: float = 0.0
) -> Coverage:
    points = [Point(text=t) for t in ("先和需求方确认核心功能", "高风险的任务先做", "每天同步进度")]
    return Coverage(
        [PointCoverage(points[0], 0.05), PointCoverage(points[1], 0.07, contradicted)],
        precision=0.0,
        support=support,
        content=["我会先做最重要的功能。"],
        echo=echo,
        glyphs=glyphs,
    )


def _overall_level(cover: Coverage) -> int:
    dims = estimate("behavioral", cover, "zh").dimensions
    return sum(d.score - 1 for d in dims)


def test_a_vague_on_topic_answer_earns_a_little() -> None:
    """No point stated whole or in part, but its own words are the notes' words and it
    contradicts nothing: above an answer that contradicts a point, which earns nothing."""
    assert _overall_level(_cover(support=0.3, echo=0.0)) > 0
    assert _overall_level(_cover(support=0.3, echo=0.0, contradicted=True)) == 0


def test_off_topic_or_restated_answers_do_not_earn_the_floor() -> None:
    assert _overall_level(_cover(support=0.05, echo=0.0)) == 0  # words not in the notes
    assert _overall_level(_cover(support=0.3, echo=0.5)) == 0  # mostly the question again


def test_chinese_one_character_words_count_as_the_notes_words() -> None:
    """ "分好几层，从上往下找" shares no bigram with "建一张多层的图…从最上层开始往下" but
    its 图/层/上/下 are the notes' words; a sentence on another subject shares few."""
    points = key_points("- 建一张多层的图，上层节点少，下层节点多\n- 查询从最上层开始，逐层往下")
    question = "HNSW 索引是怎么工作的？"
    vague = measure(points, "就是一种图，分好几层，从上往下找。", question)
    other = measure(points, "我们组用的是开源的向量数据库，部署起来挺方便的。", question)
    assert vague.support < 0.2 <= 0.4 <= vague.glyphs
    assert other.glyphs < 0.4
    assert measure(points, "It has layers and searches down.", question).glyphs == 0.0


def test_a_vague_chinese_answer_in_the_notes_characters_earns_a_little() -> None:
    assert _overall_level(_cover(support=0.1, echo=0.0, glyphs=0.5)) > 0
    assert _overall_level(_cover(support=0.1, echo=0.0, glyphs=0.2)) == 0
    assert _overall_level(_cover(support=0.1, echo=0.0, glyphs=0.5, contradicted=True)) == 0


def test_naming_a_point_by_its_own_name_is_a_claim_of_the_notes() -> None:
    """ "可以用 RAG 缓解" names the point's method though the rest of the answer ("胡编乱造")
    is not in the notes' words: it earns the floor; the same answer naming nothing does not."""
    points = key_points(
        "- 幻觉：生成与事实不符的内容\n- RAG 检索外部资料，回答有依据\n- 降低采样温度"
    )
    question = "大模型幻觉是什么？怎么减少？"
    named = measure(points, "幻觉就是模型胡编乱造，张口就来，可以用 RAG 缓解。", question)
    assert named.support < 0.2 and any(p.named for p in named.points)
    assert _overall_level(named) > 0
    unnamed = measure(points, "幻觉就是模型胡编乱造，张口就来，可以多试几次。", question)
    assert not any(p.named for p in unnamed.points)
    assert _overall_level(unnamed) == 0
