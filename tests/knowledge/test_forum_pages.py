"""Notes copied from an interview-forum page ("面经"): the questions listed by number at
the top, the poster's answers below under the same numbers, after a line saying so.

Read in an offline interview: "下面是我自己整理的答案，仅供参考：" then "2、RAG 项目：…",
"3、LoRA：…" left "介绍一下你的 RAG 项目…" and "讲讲 LoRA 原理…" with no answer - the
list started at 2 ("1、自我介绍" is no question) and no "### 答案" heading led the answers.
The page below is written for this test.
"""

from __future__ import annotations

from knowledge import parse_note

PAGE = """某厂 算法岗 一面面经
1、自我介绍
2、讲讲你的推荐项目，线上指标怎么评估的
3、说说 DIN 的注意力是怎么算的
4、为什么要做负采样
5、反问

下面是我整理的答案，仅供参考：

2、推荐项目：做的是短视频召回，双塔模型，线上看点击率和人均时长，A/B 一周，点击率提升 3.2%。

3、DIN：用候选物品和用户历史行为逐个算注意力权重，再加权求和得到用户兴趣向量，不做 softmax 归一化。

4、全量 softmax 太贵，负采样只算少量负样本；还要做热门物品的降采样，避免模型只学热度。
"""

ENGLISH = """Interview questions
1. Tell me about yourself
2. How do you evaluate a ranking model offline?
3. Why use a two-tower model for retrieval?

My answers below:

2. NDCG@10 and recall@100 on a held-out week of logs, checked against an A/B test.

3. Item embeddings can be computed ahead of time, so retrieval is a nearest-neighbour search.
"""


def test_listed_questions_get_the_answers_numbered_like_them_after_a_line_saying_so() -> None:
    parsed = parse_note(PAGE, "/notes/forum.txt")
    answers = {q.question: q.answer for q in parsed.questions}
    assert "短视频召回" in answers["讲讲你的推荐项目，线上指标怎么评估的"]
    assert "注意力权重" in answers["说说 DIN 的注意力是怎么算的"]
    assert "负采样只算少量负样本" in answers["为什么要做负采样"]


def test_an_english_list_is_answered_by_number_too() -> None:
    parsed = parse_note(ENGLISH, "/notes/forum.md")
    answers = {q.question: q.answer for q in parsed.questions}
    assert "NDCG@10" in answers["How do you evaluate a ranking model offline?"]
    assert "nearest-neighbour" in answers["Why use a two-tower model for retrieval?"]


def test_a_line_about_answers_in_prose_heads_no_answers() -> None:
    text = (
        "1. 什么是 LoRA？\n2. 什么是 QLoRA？\n3. 什么是 DPO？\n\n"
        "这几道题的答案我后来在书上都找到了，下面记一些别的。\n\n1. 周末去爬山。\n2. 买菜。\n"
    )
    parsed = parse_note(text, "/notes/bare.md")
    assert all(not q.answer or "爬山" not in q.answer for q in parsed.questions)


# written for this test: a forum thread as a browser copies it
THREAD = """首页 > 面经 > 算法岗 > 某厂大模型一面（已oc）

楼主  小白冲冲冲 Lv.3
发表于 2024-03-12 21:33

1. 讲一下 KV cache 的原理？
答：解码时缓存前面 token 的 key 和 value，新 token 只算自己的，省掉重复计算。

2楼  算法小菜鸡 Lv.5
楼主好人，求内推！

3楼  小白冲冲冲 Lv.3
回复 2楼：私信我
"""


def test_a_threads_breadcrumb_posters_and_chatter_are_no_part_of_the_notes() -> None:
    """Read in a Q&A page copied from a forum: the breadcrumb, "楼主  小白冲冲冲 Lv.3" and the
    replies' "求内推" / "私信我" stayed in the notes' passages, which the interview retrieves
    and shows as reference answers."""
    note = parse_note(THREAD, "/notes/thread.txt")
    said = "\n".join([c.text for c in note.chunks] + [q.answer for q in note.questions])
    for furniture in ("首页", "Lv.", "小白冲冲冲", "算法小菜鸡", "求内推", "私信"):
        assert furniture not in said, furniture
    assert [q.question for q in note.questions] == ["讲一下 KV cache 的原理？"]
