"""Right answers said in other words than the notes are not contradicted, and the wrong
claim on the same notes still is. Each case is a shape seen on a strong answer of a
blind set or in a real interview on the sample notes."""

from __future__ import annotations

from scoring_fixtures import contradicted

BUG_QUESTION = "Tell me about a bug you couldn't reproduce and how you tracked it down."
BUG = "- ~1 in 20k checkouts charged twice, only in prod, never locally / staging"


def test_an_english_denied_verb_reaches_its_phrase():
    """ "could never make it happen locally" denies "locally" four words on, as the
    notes' "never locally" does: both deny it, no flip."""
    right = "I could never make it happen locally or in staging."
    assert contradicted(BUG, right, BUG_QUESTION) == []
    wrong = "It happened locally all the time, and in staging too."
    assert contradicted(BUG, wrong, BUG_QUESTION) != []


FEEDBACK_QUESTION = "Tell me about a time you had to give a teammate difficult feedback."
FEEDBACK = "- asked Tom for a private 1:1 coffee\n- said the juniors stopped asking him questions"


def test_a_one_to_one_is_no_count_of_one():
    """ "1:1" names a meeting of two (or a ratio), not one of something and one of another:
    "just the two of us" is no other figure."""
    right = "I asked Tom for a private coffee, just the two of us."
    assert contradicted(FEEDBACK, right, FEEDBACK_QUESTION) == []


SQL_QUESTION = "Walk me through the text-to-SQL assistant you built."
SQL = "- goal: let PMs ask the warehouse questions w/o writing SQL"


def test_notes_shorthand_w_slash_o_is_without():
    right = "The idea was to let product managers query the warehouse without writing SQL."
    assert contradicted(SQL, right, SQL_QUESTION) == []
    wrong = "The idea was that PMs still write SQL to ask the warehouse questions."
    assert contradicted(SQL, wrong, SQL_QUESTION) != []


LOGS = (
    "- added structured logging w/ a request id across checkout -> payment service,"
    " waited for 3 occurrences"
)
GQA_QUESTION = "What is grouped-query attention, and why do newer LLMs use it?"
GQA = "- KV cache size ~ number of KV heads -> 4x smaller cache, faster decode"


def test_instead_of_rejects_its_object_not_the_claim_after_it():
    """ "instead of guessing I added logs": what is rejected is the guessing; the
    sentence's own claim resumes with its subject (or, after "instead of 32", with the
    noun phrase that follows the figure)."""
    right = "So instead of guessing I added structured logs with one request id from checkout."
    assert contradicted(LOGS, right, BUG_QUESTION) == []
    gqa = "With 8 KV heads instead of 32 the cache is four times smaller, so decode is faster."
    assert contradicted(GQA, gqa, GQA_QUESTION) == []
    wrong = "I relied on guessing instead of adding structured logs with a request id."
    assert contradicted(LOGS, wrong, BUG_QUESTION) != []


VAD_QUESTION = "How did you cut the GPU cost of your transcription service?"
VAD = "- VAD (silero) to cut silence and split long audio into chunks"


def test_two_verbs_of_taking_out_say_the_same():
    right = "I put Silero VAD in front to drop the silence and split long audio into chunks."
    assert contradicted(VAD, right, VAD_QUESTION) == []


PREPROCESSING = "代码数据的预处理流程如下：去重（LSH, MIN-hash）、多余格式去除，规范代码"


def test_a_chinese_verb_of_taking_out_before_or_after_its_object_says_the_same():
    """The shared notes' MetaApp round marked "去掉多余的格式" contradicting "多余格式去除"."""
    right = "数据预处理这块先用 MinHash 加 LSH 做去重，然后去掉多余的格式。"
    assert contradicted(PREPROCESSING, right, "讲讲数据预处理") == []
    assert contradicted(PREPROCESSING, "数据预处理的时候没有去重。", "讲讲数据预处理") != []


FILTERS = "2. **质量过滤**：黑屏、模糊、大字幕 → 规则 + 小模型，砍掉 ~一半"


def test_chinese_verbs_of_cutting_out_say_the_same_share():
    """ "砍掉 ~一半" and "去掉一半" (or 筛掉/丢掉) remove the same half: no denial of it; a
    filter that removed none still says otherwise."""
    for verb in ("去掉", "筛掉", "丢掉"):
        right = f"质量过滤用规则加小模型把黑屏和糊的帧筛出来，通常能{verb}一半。"
        assert contradicted(FILTERS, right, "封面选帧怎么做的") == [], verb
    assert contradicted(FILTERS, "质量过滤其实一半都没砍掉。", "封面选帧怎么做的") != []


DECISION_QUESTION = "Tell me about a time you had to make a decision without all the information."
OPTIONS = "- options: their new API (pricing unknown), open source (Tesseract), another vendor"


def test_unknown_in_the_notes_is_what_no_says():
    right = "The options were their new API with no pricing yet, Tesseract, or another vendor."
    assert contradicted(OPTIONS, right, DECISION_QUESTION) == []
    zh = "- 方案：对方的新接口（价格未知）、开源方案、换一家供应商"
    said = "方案有三个：对方的新接口，但还没有价格；开源方案；或者换一家供应商。"
    assert contradicted(zh, said, "讲一次你在信息不全时做决定的经历") == []


def test_a_count_of_one_thing_is_no_count_of_another():
    """ "one request id" shares its clause's words with "waited for 3 occurrences" but
    counts ids, not occurrences; a wrong count of occurrences still contradicts."""
    right = "I added structured logs with one request id from checkout to payment."
    assert contradicted(LOGS, right, BUG_QUESTION) == []
    wrong = "I added logs with a request id and waited for 10 occurrences."
    assert contradicted(LOGS, wrong, BUG_QUESTION) != []


def test_an_arrow_ends_what_a_negation_reaches():
    """ "只看排序不看绝对值 → 对正负样本比例不敏感": the 不 of 不看 is about 绝对值, not the
    samples after the arrow, which an answer dividing by their count does not deny."""
    auc = "- 特点：只看排序不看绝对值 → 对正负样本比例不敏感"
    right = "统计正样本排在负样本前面的比例，再除以正负样本数的乘积就行。"
    assert contradicted(auc, right, "AUC 是什么意思？一般怎么算？") == []


def test_a_negated_verb_before_jiu_is_a_condition():
    """ "不通过就把错误信息塞回去": if it does not pass, the error goes back - no denial of
    feeding the error back."""
    retry = "- 坑：模型会编造参数 → 参数校验失败就把报错喂回去让它重试"
    right = "模型会编造参数，所以先做参数校验，不通过就把错误信息塞回去让它重来。"
    assert contradicted(retry, right, "讲讲你做的 Agent 工具调用项目") == []
    wrong = "模型会编造参数，但校验失败我们也不把报错喂回去，直接返回给用户。"
    assert contradicted(retry, wrong, "讲讲你做的 Agent 工具调用项目") != []


AMP_QUESTION = "混合精度训练是怎么做的？为什么需要 loss scaling？"
AMP = "- BF16 指数位和 FP32 一样多，范围够，一般不用 loss scaling"


def test_a_clause_about_another_version_says_nothing_of_this_one():
    """ "FP16 的范围窄，所以要 loss scaling" is about FP16; the point is about BF16."""
    right = "loss scaling 是因为 FP16 能表示的范围窄，小梯度会下溢。"
    assert contradicted(AMP, right, AMP_QUESTION) == []
    wrong = "BF16 的范围也很窄，所以也一定要用 loss scaling。"
    assert contradicted(AMP, wrong, AMP_QUESTION) != []


def test_a_reason_clause_ends_a_denied_verb():
    """ "couldn't repro because the staging sandbox…": the denial is of reproducing, not of
    the staging sandbox the reason names."""
    repro = "- couldn't repro because the staging sandbox always answered < 1s -> injected latency"
    right = "Staging never showed it since the provider's sandbox always replied in under a second."
    assert contradicted(repro, right, BUG_QUESTION) == []


URGENT_QUESTION = "产品经理在上线前一周突然要加一个需求，你是怎么处理的？"
URGENT = (
    "A：\n- 没直接拒绝，先问清楚背后的目标\n- 评估：实时刷新要改特征链路，至少两周，硬上有线上风险"
)


def test_a_manner_the_notes_use_themselves_is_no_haste():
    """The notes weigh "硬上有线上风险"; an answer weighing "硬塞进来上线风险很大" has not
    done anything in haste. Agreeing on the spot still contradicts "没直接拒绝"."""
    right = "我没直接说不行，先聊了聊她想要什么。我评估了一下，起码两周，硬塞进来上线风险很大。"
    assert contradicted(URGENT, right, URGENT_QUESTION) == []
    wrong = "PM 要加实时刷新，我当场就答应了。"
    assert contradicted(URGENT, wrong, URGENT_QUESTION) != []


def test_a_thousands_comma_is_part_of_its_number():
    """ "~1,500 verified queries" is fifteen hundred, not a 1 and a 500; "around fifteen
    hundred" says it, "around fifty" does not."""
    shots = "- few-shot: retrieve 3 similar past SQL pairs from a library of ~1,500 queries"
    right = "We retrieve the three most similar from a library of around fifteen hundred queries."
    assert contradicted(shots, right, SQL_QUESTION) == []
    wrong = "We retrieve the three most similar from a library of around fifty queries."
    assert contradicted(shots, wrong, SQL_QUESTION) != []


def test_too_much_to_denies_what_follows():
    """ "far too much schema to put in a prompt" says it does not fit, as the notes'
    "400 schemas don't fit in the prompt" does."""
    linking = (
        "- schema linking first: embed table + column descriptions, retrieve top ~10 tables"
        " per question (400 schemas don't fit in the prompt)"
    )
    right = (
        "We had about four hundred tables, which is far too much schema to put in a prompt,"
        " so we embed the table and column descriptions and retrieve the top ten tables."
    )
    assert contradicted(linking, right, SQL_QUESTION) == []
    wrong = "We embed the table descriptions, and all 400 schemas fit in the prompt anyway."
    assert contradicted(linking, wrong, SQL_QUESTION) != []


def test_rejecting_every_caller_is_about_how_many():
    """ "computed once rather than by every caller" rejects every caller computing it, not
    a caller: "one caller computes the price" says the point."""
    coalescing = (
        "- Added request coalescing so a cold key is computed once rather than by every caller"
    )
    question = "Walk me through the caching layer you added to the pricing service."
    right = "I added request coalescing: one caller computes the price and the others wait."
    assert contradicted(coalescing, right, question) == []
    before = "The service used to recompute every price on every request. " + right
    assert contradicted(coalescing, before, question) == []
    wrong = "Every caller recomputed a cold key at once, so there was a stampede."
    assert contradicted(coalescing, wrong, question) != []


HALLUCINATION_QUESTION = "Why do LLMs hallucinate, and how can we reduce it?"
HALLUCINATION = (  # the demo notes' English answer
    "The model is trained to produce fluent, likely continuations, not to check facts; "
    "knowledge can be missing, outdated or only weakly stored, and decoding rewards confident "
    "text. Mitigations: ground answers in retrieved documents (RAG) and require citations, "
    'train the model to say "I don\'t know" on unanswerable questions, lower temperature for '
    "factual tasks, and verify answers against sources afterwards."
)


def test_a_quoted_saying_and_a_verb_on_another_object_deny_nothing():
    """Two reviewers met this on the demo notes: the notes' own first sentence said back was
    "contradicted" (by 'train the model to say "I don't know"'), and a full right answer
    scored 25 with two points "contradicted" ("check answers against sources" against "not
    to check facts")."""
    said_back = "The model is trained to produce fluent, likely continuations, not to check facts."
    assert contradicted(HALLUCINATION, said_back, HALLUCINATION_QUESTION) == []
    right = (
        "They are trained to predict plausible next tokens, not to verify facts. To reduce it, "
        "use RAG with citations, train the model to refuse when unsure, lower the temperature, "
        "and check answers against sources afterwards."
    )
    assert contradicted(HALLUCINATION, right, HALLUCINATION_QUESTION) == []
    wrong = (
        "The model is trained to check facts, so it only makes things up when the data is wrong."
    )
    assert contradicted(HALLUCINATION, wrong, HALLUCINATION_QUESTION) != []


KV = (
    "自回归解码时，之前 token 的 K 和 V 不变，缓存起来，每步只算新 token 的 Q、K、V，避免重复计算。"
)


def test_avoiding_a_thing_denies_it_as_not_doing_it_does():
    """A reviewer's "能加速推理，因为不用重复算" was "contradicted" by "避免重复计算"."""
    right = "KV cache 就是缓存，能加速推理，因为不用重复算。"
    assert contradicted(KV, right, "KV cache 是什么？为什么能加速？") == []
    wrong = "每一步都要把之前所有 token 的 K 和 V 重复计算一遍，所以才快。"
    assert contradicted(KV, wrong, "KV cache 是什么？为什么能加速？") != []


RLHF = (
    "- SFT：用人工写的高质量指令-回答对做监督微调，得到初始策略。\n"
    "- 奖励模型（RM）：对同一个 prompt 的多个回答做人工排序，用 Bradley-Terry 成对损失 "
    "−log σ(r(x, y_w) − r(x, y_l)) 训练打分模型。\n"
    "- PPO：用 RM 的分数作为奖励优化策略，同时加对 SFT 参考模型的 KL 惩罚。"
)


def test_a_word_that_begins_an_actors_name_is_not_that_actor():
    """A textbook RLHF answer scored 0: "奖励来自打分模型" (the reward) was read as the
    奖励模型 (the reward model) doing the scoring model's training."""
    right = (
        "第一步是有监督微调；第二步收集人对多个回答的排序，训练一个打分模型；第三步用 PPO "
        "优化策略，奖励来自打分模型，同时加一个和 SFT 模型之间的 KL 约束。"
    )
    assert contradicted(RLHF, right, "讲一下 RLHF 的三个阶段。") == []


def test_the_words_of_a_quoted_claim_in_the_question_name_nothing_to_swap():
    """A deep dive quoting "…120,000 internal documents…" made "documents" a name the
    question compares: a right "never splitting tables" was then "contradicted" (0/100)."""
    from agent._contradiction import contradicting_clauses
    from agent._coverage import content_sentences
    from agent.keypoints import Point

    points = [  # the points the card measured, as the demo's English write-up gives them
        Point(text="Chunking: I split documents along their Markdown headings and paragraphs into "
              "chunks of 300–600 Chinese characters"),
        Point(text="kept each chunk's heading path as metadata, and never split a table or a "
              "code block"),
        Point(text="fused with RRF (Reciprocal Rank Fusion, k=60)"),
    ]  # fmt: skip
    question = (
        "Now let's talk about your projects. I see you worked on \"Enterprise Knowledge-Base "
        'RAG Q&A System", where you wrote: "The company had about 120,000 internal documents: '
        'policies, product manuals and support tickets". Can you tell me more about that: what '
        "was your part, how did you do it, and how did it turn out?"
    )
    right = (
        "My part was the retrieval pipeline. I chunked documents by markdown heading into 300 "
        "to 600 characters, never splitting tables, did BM25 with jieba and a custom dictionary "
        "plus bge embeddings, fused with RRF k=60, and a cross-encoder reranker kept top 5, with "
        "a threshold to refuse. Recall@5 went from 71 to 89 percent."
    )
    assert contradicting_clauses(points, content_sentences(right, question), question) == {}


def test_a_ba_list_removed_at_its_end_removes_each_item():
    """ "把自动生成的代码、压缩过的 js、license 头都去掉" was read as keeping them against
    "去掉自动生成代码、minified js、license 头": the verb comes after the list."""
    notes = "- 数据清洗：去掉自动生成代码、minified js、license 头\n- 按仓库去重"
    right = "数据上把自动生成的代码、压缩过的 js、license 头都去掉，按仓库去重。"
    assert contradicted(notes, right, "讲讲代码补全项目的数据") == []
    wrong = "数据上保留了自动生成的代码和 license 头，没有去重。"
    assert contradicted(notes, wrong, "讲讲代码补全项目的数据") != []


def test_a_consequence_after_an_arrow_is_another_claim():
    """ "over the closed value lists (trie) -> can't invent values": the denial is of
    inventing values, not of the value lists a right answer says decoding kept to."""
    notes = "- constrained decoding over the closed value lists (trie) -> can't invent values"
    right = "Decoding was restricted to the allowed value lists through a trie."
    assert contradicted(notes, right, "How did you stop it inventing attribute values?") == []


QE = (
    "- problem: every MT segment went to a post-editor, ~45% needed no edit at all -> "
    "wasted spend\n"
    "- labels for free: 600k historical (source, MT, post-edit) triples -> HTER as the target"
)


def test_a_new_kind_denied_a_measure_named_and_a_need_denied_by_both_are_no_flips():
    """A right answer on held-out 13 scored 0: "we didn't need new labels" against "labels
    for free", "compute the edit rate" against "needed no edit", "didn't need" against
    "needed no"."""
    right = (
        "Almost half the segments came back untouched, so we were paying for nothing. The nice "
        "thing was we didn't need new labels: we could compute the edit rate automatically "
        "from 600k historical post-edits."
    )
    question = "Walk me through the quality-estimation project."
    assert contradicted(QE, right, question) == []
    wrong = "Every segment needed heavy edits, and we had to pay annotators for new labels."
    assert contradicted(QE, wrong, question) != []
