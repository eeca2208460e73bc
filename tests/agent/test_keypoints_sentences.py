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


def test_a_clause_that_goes_on_with_the_one_before_is_no_point_of_its_own():
    # written for this test, in the shapes the demo write-up was cut into "fused with RRF
    # (Reciprocal Rank Fusion, k=60)", "kept each chunk's heading path as metadata, …",
    # "lifting pass@1 on our internal benchmark…" and "用 RRF（Reciprocal Rank Fusion，k=60）融合"
    notes = (
        "- Retrieval: a sparse index over product titles and a dense index over reviews each "
        "return 50 candidates, merged with weighted voting (weights 0.3 and 0.7, tuned on dev).\n"
        "- Cleaning: I dropped near-duplicate reviews by SimHash over their first 200 words, "
        "removed every review under ten words, and kept the star rating as a feature.\n"
        "- I trained the ranker on three months of click logs with a pairwise loss, raising "
        "NDCG@10 on the offline test set from 0.41 to 0.47.\n"
        "- 召回：标题倒排索引和评论向量索引各取 Top-50，"
        "再用加权投票（权重 0.3 和 0.7，在验证集上调）合并。\n"
        "- 训练：在三个月点击日志上用 pairwise 损失训练排序模型，并在每周的数据上增量更新，"
        "使模型能跟上新品和季节变化。"
    )
    texts = [p.text for p in key_points(notes, 99)]
    assert len(texts) == 5, texts
    assert texts[0].endswith("merged with weighted voting (weights 0.3 and 0.7, tuned on dev)")
    assert "removed every review under ten words, and kept the star rating" in texts[1]
    assert texts[2].endswith("raising NDCG@10 on the offline test set from 0.41 to 0.47")
    assert texts[3].endswith("再用加权投票（权重 0.3 和 0.7，在验证集上调）合并")
    assert texts[4].endswith("使模型能跟上新品和季节变化")


def test_a_clause_with_its_own_subject_is_still_a_point_of_its_own():
    notes = (
        "- We served the model with vLLM behind a small gateway that batches requests, and the "
        "gateway retries a failed request once before it returns an error to the client.\n"
        "- 用 tsc 编译和单元测试过滤掉不能运行的样本，最终 2.4 万条，然后对每个 prompt 采样 4 个"
        "回答，能通过单测的作为 chosen，失败的作为 rejected，共 8,000 对。"
    )
    texts = [p.text for p in key_points(notes, 99)]
    assert any("gateway retries" in t and "vLLM" not in t for t in texts), texts
    assert len(texts) >= 3, texts


def test_the_last_item_of_a_list_is_no_point_of_its_own():
    # written for this test: "and the memory needed to hold all experts" was a point alone
    notes = (
        "The risky parts are schema drift in upstream tables (a nightly check catches most of "
        "it), label noise across annotators, and the budget needed to relabel old batches."
    )
    texts = [p.text for p in key_points(notes, 99)]
    assert not any(t.startswith(("and ", "or ")) for t in texts), texts
    assert any(t.endswith("the budget needed to relabel old batches") for t in texts), texts
