"""Right answers of a fresh blind set (held-out 14) the offline estimate called
contradicted, each as the shape of language it was, with the wrong answer of the same
shape still caught."""

from __future__ import annotations

from scoring_fixtures import contradicted

from agent._quantities import quantities


def _values(text: str) -> list[tuple[float, str]]:
    return [(round(q.low, 3), q.family) for q in quantities(text)]


def test_a_sums_result_counts_what_its_terms_count():
    notes = "- 只缓存潜在向量\n- 每 token 每层缓存 512 + 64 = 576 个数"
    question = "MLA 每个 token 要缓存多少？"
    assert contradicted(notes, "每个 token 每层一共存五百七十六个数。", question) == []
    assert contradicted(notes, "每个 token 每层一共存一千个数。", question) != []


def test_seconds_said_with_a_spoken_tenth():
    assert _values("p99 从两秒四降到零点九秒") == [(2.4, "seconds"), (0.9, "seconds")]
    assert _values("等了两秒，四个请求") == [(2.0, "seconds"), (4.0, "count")]
    notes = "- 结果：TTFT P99 2.4s → 0.9s"
    question = "PD 分离的效果怎么样？"
    assert contradicted(notes, "首 token 的 p99 从两秒四降到零点九秒。", question) == []
    assert contradicted(notes, "首 token 的 p99 从五秒降到零点九秒。", question) != []


def test_one_in_four_is_a_count_whatever_word_follows():
    assert _values("roughly one answer in four points at the wrong commit") == [
        (1.0, "count"),
        (4.0, "count"),
    ]
    assert _values("up 4 points in 2 weeks")[0] == (4.0, "points")


def test_a_no_longer_point_and_the_before_it_presumes():
    notes = "- 结果：线上人均时长 +1.7%，没再出现跷跷板"
    question = "为什么从 MMoE 换成 PLE？"
    assert contradicted(notes, "MMoE 的毛病是跷跷板，一个目标涨另一个就掉。", question) == []
    assert contradicted(notes, "换成 PLE 以后还是出现跷跷板。", question) != []


def test_really_is_an_adverb_not_an_attribute_the_negation_belongs_to():
    notes = "- 推理技巧：W_UK 吸收进 W_Q → 不用真的展开 K、V"
    question = "MLA 推理时怎么省计算？"
    assert contradicted(notes, "把上投影提前乘进 query 的投影，根本不用展开。", question) == []


def test_a_length_is_a_noun_not_a_degree():
    notes = "- 动机：KV cache 大 → 限制 batch 和上下文长度"
    question = "MLA 的动机是什么？"
    right = "cache 越大，能放的 batch 和上下文就越小。"
    assert contradicted(notes, right, question) == []


def test_a_denied_adjective_denies_its_noun_not_the_word_alone():
    notes = "- Problem: ~30% of red builds are flaky tests, not real breaks"
    question = "What did the triage agent do?"
    right = "It decides between flaky, infrastructure or real regression."
    assert contradicted(notes, right, question) == []
    assert contradicted(notes, "Most red builds are real breaks, not flaky tests.", question)


def test_a_denied_verb_denies_its_own_object():
    notes = "- R: CS now brings threshold questions to us first"
    question = "Tell me about explaining a trade-off to non-technical people."
    assert contradicted(notes, "I didn't bring curves or jargon.", question) == []
    notes = "- split documents into chunks, embed them, store vectors in a vector DB"
    wrong = "You don't need chunks: there is no vector database in RAG."
    assert contradicted(notes, wrong, "How does RAG work?") != []


PASS_AT_K = """pass@k (Chen et al. 2021, Codex paper / HumanEval)
- def: P(at least 1 of k sampled programs passes **all** unit tests of a problem)
- naive A: sample exactly k, score 1 if any passes -> unbiased but **high variance**
- naive B: p = c/n, plug into 1 - (1 - p)^k -> **biased**, underestimates
**Unbiased estimator**
1. draw n >= k samples per problem (paper: n = 200)
2. count c that pass
3. pass@k = E[ 1 - C(n-c, k) / C(n, k) ]
- temperature: best pass@1 at low T (~0.2), best pass@100 at high T (~0.8)
- weak tests -> false passes; EvalPlus adds ~80x tests -> scores drop; check contamination too
"""


def test_an_english_question_s_common_words_name_nothing_to_swap():
    question = (
        "How is pass@k computed for code-generation benchmarks like HumanEval, and why not "
        "just sample k programs and check?"
    )
    right = (
        "Sampling more than k helps. And weak tests let wrong programs pass, which is why "
        "EvalPlus added many more tests and scores dropped."
    )
    assert contradicted(PASS_AT_K, right, question) == []
    notes = (
        "- Favour precision when false alarms are costly: spam filtering\n"
        "- Favour recall when missing a positive is costly: cancer screening"
    )
    wrong = "You favour recall when false alarms are expensive, like spam filtering."
    assert contradicted(notes, wrong, "When would you care more about recall than precision?")


def test_a_denied_noun_phrase_after_an_article():
    notes = "- tail coverage dipped a bit -> added 1k uniform negatives / batch"
    question = "What is the logQ correction for in-batch negatives?"
    right = (
        "Because the negatives you get from the batch aren't a uniform sample, the loss is biased."
    )
    assert contradicted(notes, right, question) == []


def test_not_just_says_more_not_none():
    question = "How is pass@k computed, and why not just sample k programs and check?"
    right = "You don't just draw k samples: you generate two hundred and count how many pass."
    assert contradicted(PASS_AT_K, right, question) == []


def test_a_denied_verb_with_another_verbs_object():
    notes = "- T: me (agent owner): explain why forcing an answer = more wrong answers"
    question = "Tell me about a time you explained a trade-off."
    right = "I had to explain why the model sometimes doesn't give an answer."
    assert contradicted(notes, right, question) == []
    notes = "- I built a test set of 800 real conversations with reference answers"
    wrong = "I did not build any test set; we just looked at a few chats."
    assert contradicted(notes, wrong, "How did you evaluate the assistant?") != []


def test_a_correction_naming_the_other_points_subject_denies_nothing_of_this_one():
    """A reader, challenged on "L2 gives sparse weights", corrected himself ("L1 gives
    sparsity; L2 only shrinks them") and got 0 with the L2 point "contradicted": the
    points open with L1 and L2, and the clause is about L1."""
    notes = (
        "L1 adds |w| penalty and gives sparse weights (feature selection); L2 adds w^2 "
        "penalty and shrinks weights smoothly, no sparsity. L1 is not differentiable at 0."
    )
    question = "Let me check one thing: “L2 gives sparse weights”. Why is that so?"
    right = (
        "Sorry, I mixed them up: L1 gives sparsity because of the absolute value; L2 only "
        "shrinks them."
    )
    assert contradicted(notes, right, question) == []
    wrong = "Because L2 gives sparsity: the squared penalty pushes small weights to exactly zero."
    assert contradicted(notes, wrong, question) != []


def test_a_thing_said_not_to_happen_is_denied():
    question = "How is pass@k computed, and why not just sample k programs and check?"
    wrong = "The unit tests are hand-written, so false passes basically don't happen."
    assert contradicted(PASS_AT_K, wrong, question) != []
    right = "Weak tests let false passes happen, which is why EvalPlus added more tests."
    assert contradicted(PASS_AT_K, right, question) == []


def test_one_of_the_ways_a_point_offers_is_no_opposite_of_it():
    """Read in an English demo interview: "LoRA freezes the pretrained weights" was marked
    contradicting "either updating all weights or only adapters such as LoRA", and the
    next question challenged the right claim."""
    notes = (
        "Fine-tuning adapts the pre-trained model to a task with a much smaller labeled "
        "dataset, either updating all weights or only adapters such as LoRA."
    )
    question = "What is the difference between pre-training and fine-tuning?"
    right = "LoRA freezes the pretrained weights and learns a low-rank update next to them."
    assert contradicted(notes, right, question) == []


# held-out 15's right answers (measured blind first, then read)


def test_a_negated_verb_then_jiu_is_a_condition():
    notes = "- 人名 / 数字：和转写原文做字符串比对，对不上 → 高亮"
    question = "纪要里的人名和数字怎么校验？"
    assert contradicted(notes, "人名和数字跟转写原文逐字比，对不上就高亮。", question) == []


def test_instead_of_x_you_want_y_claims_y():
    notes = "- attention mask = block-diagonal -> a token attends only within its own example"
    question = "What changes in the attention mask when you pack sequences?"
    right = "Instead of one causal mask over the whole row you want a block-diagonal one."
    assert contradicted(notes, right, question) == []


def test_a_few_hundred_and_a_rate_are_read_as_said():
    assert _values("most examples are a few hundred tokens") == [(200.0, "count")]
    assert _values("around four hundred queries a second") == [(400.0, "rate")]
    notes = "- Eval: offline recall@100 on 8k queries labelled from applications"
    question = "How did you evaluate the hybrid search?"
    right = "We evaluated on labelled queries; it serves around four hundred queries a second."
    assert contradicted(notes, right, question) == []


def test_counts_of_other_measure_words_count_other_things():
    notes = "- 分流：3 次一致 → 只抽检 10%"
    question = "标注流水线怎么分流？"
    right = "我们还比了两种情况下的一致率。"
    assert contradicted(notes, right, question) == []


def test_a_figure_change_in_arrow_shorthand_told_the_other_way_round():
    """Notes write a change as "11% -> 0.8%"; "going from 0.8% to 11%" turns it round (a
    decimal point is no end of the "from … to" it is in)."""
    notes = "- highlight: answer-leak rate 11% -> 0.8%\n- 2 direct reports"
    question = "Could you walk me through your background?"
    wrong = "Our headline result was the leak rate going from 0.8% to 11%, which we accepted."
    assert contradicted(notes, wrong, question) != []
    right = "The headline was the answer-leak rate, from 11% down to 0.8%, which we're proud of."
    assert contradicted(notes, right, question) == []
    assert contradicted(notes, "We cut the answer-leak rate to 0.8%, from 11%.", question) == []


def test_either_side_of_an_arrow_is_the_things_value_when_said_alone():
    """The notes' "41% → 58%" gives MATH two values; "现在是百分之五十八，之前四十一" says both,
    each alone. A change the answer tells itself is judged side by side."""
    notes = "- 7B 模型 MATH 41% → 58%\n- 单次实验 3 天 → 20 小时"
    question = "介绍一下你现在的工作。"
    said_alone = "七 B 模型的 MATH 现在是百分之五十八，之前只有四十一。"
    assert contradicted(notes, said_alone, question) == []
    assert contradicted(notes, "七 B 模型 MATH 从百分之五十八提到了九十。", question) != []


def test_a_verb_the_notes_deny_is_not_the_answers_noun():
    """The demo notes' "questions the knowledge base can't answer" against "it made the
    answers a lot better": a right project answer was marked contradicted, scored 0 and
    challenged. Saying the knowledge base *can* answer them still is."""
    notes = (
        "- The other lesson was that the evaluation set has to include questions the "
        "knowledge base can't answer, or you end up overestimating the system"
    )
    question = "What did you learn from the project?"
    right = "We added a reranker, and it made the answers a lot better."
    assert contradicted(notes, right, question) == []
    wrong = (
        "The evaluation set only had questions the knowledge base can answer, and that was fine."
    )
    assert contradicted(notes, wrong, question) != []


def test_a_quoted_saying_of_a_sentences_length_denies_nothing():
    """The demo notes' 'the system says "I couldn't find this in the knowledge base"' (42
    characters quoted) marked "The knowledge base had about 120k documents" contradicted."""
    notes = (
        "- Below a relevance threshold the system says \"I couldn't find this in the "
        'knowledge base" instead of guessing'
    )
    question = "Tell me about the project."
    right = "The knowledge base had about 120k documents, policies, manuals and tickets."
    assert contradicted(notes, right, question) == []
