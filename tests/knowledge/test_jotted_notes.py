"""Notes as candidates jot them: one point per line with no punctuation, a blog page's
button rows pasted with the article, and questions under a stage's label."""

from __future__ import annotations

from knowledge import Question, parse_note, story_question
from knowledge._cues import kind_of_heading


def _asked(text: str, name: str = "/notes/jotted.md") -> list[Question]:
    return parse_note(text, name).questions


def test_unpunctuated_chinese_lines_stay_points_of_their_own() -> None:
    text = (
        "## 项目：智能客服问答\n背景\n客服工单很多 人工回复很慢\n我负责检索模块和离线评测\n"
        "用了BM25和向量的混合检索 再加重排\n召回率从65%提到88%\n上线后人工转接率下降了20%\n"
    )
    (project,) = [q for q in _asked(text) if q.stage == "project"]
    lines = project.answer.split("\n")
    assert "我负责检索模块和离线评测" in lines and "召回率从65%提到88%" in lines
    assert not any("很慢我负责" in line for line in lines)


def test_long_jotted_lines_ending_on_figures_do_not_run_together() -> None:
    text = (
        "## 自我介绍\n面试官您好，我叫张伟。\n"
        "2019-2022 在字节跳动做推荐算法，负责召回模型，双塔召回上线后点击率提升3%\n"
        "2022 至今在星火智能做大模型算法，负责RAG检索和SFT微调，问答准确率提升到85%\n"
    )
    (intro,) = _asked(text)
    assert "提升3%\n2022 至今" in intro.answer


def test_unpunctuated_english_lines_that_each_start_a_sentence_stay_apart() -> None:
    text = (
        "## Project: support chatbot\nBackground\n"
        "Thousands of support tickets a day and slow human replies\n"
        "I owned the retrieval module and the offline evaluation\n"
        "We combined BM25 and dense retrieval and added a reranker\n"
        "Recall went from 65% to 88%\n"
    )
    (project,) = [q for q in _asked(text) if q.stage == "project"]
    assert "slow human replies\nI owned the retrieval module" in project.answer
    # a line left open by its last word is still one sentence with the next
    wrapped = (
        "### What is RLHF?\n"
        "RLHF trains a reward model on human rankings of answers and then it is used by\n"
        "PPO, which adds a KL penalty to keep the policy close to the reference model.\n"
    )
    (rlhf,) = _asked(wrapped)
    assert "used by PPO, which" in rlhf.answer


def test_a_blog_pages_buttons_and_licence_are_not_in_an_answer() -> None:
    text = (
        "## 什么是RLHF\nRLHF 分三步：先做监督微调，再训练奖励模型，最后用 PPO 优化策略。\n"
        "登录后复制\n阅读 3021 · 评论 4\n分享到微博 | 收藏 | 点赞 12\n"
        "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接。\n\n"
        "## What is the KV cache?\nIt stores the keys and values of earlier tokens.\n"
        "Copy code\nShare on Twitter | Save | Like 12\nRead 3021 · Comments 4\n"
        "Copyright notice: this is an original article by the blogger, licensed under CC 4.0 "
        "BY-SA.\n"
    )
    rlhf, cache = _asked(text)
    assert rlhf.answer == "RLHF 分三步：先做监督微调，再训练奖励模型，最后用 PPO 优化策略。"
    assert cache.answer == "It stores the keys and values of earlier tokens."


def test_words_of_buttons_inside_content_stay() -> None:
    text = "## LoRA 为什么省显存？\nSave memory\n分享权重\nLike BERT, it reads both sides\n"
    (lora,) = _asked(text)
    assert lora.answer.split("\n") == ["Save memory", "分享权重", "Like BERT, it reads both sides"]


def test_a_question_heading_under_a_stages_label_is_asked_without_it() -> None:
    text = (
        "## Behavioral: Tell me about a time you failed\n"
        "Situation: I shipped a ranking model to all traffic without a canary.\n"
        "Action: I rolled back and added an A/B testing step.\n"
        "Result: every launch now starts with 5% of traffic.\n\n"
        "**Behavioral: Tell me about a time you missed a deadline**\n"
        "Situation: two weeks to the demo.\nAction: I cut scope.\nResult: shipped on time.\n\n"
        "## 行为面试：讲一次和同事意见不一致的经历\n"
        "同事想先调prompt 我认为问题在检索\n我用200条日志做了对比\n最后我们先改检索\n"
    )
    failed, missed, disagreed = _asked(text)
    assert failed.question == "Tell me about a time you failed"
    assert failed.stage == "behavioral" and failed.answer.endswith("5% of traffic.")
    assert missed.question == "Tell me about a time you missed a deadline"
    assert missed.answer.startswith("Situation: two weeks")
    assert disagreed.question == "讲一次和同事意见不一致的经历"
    assert disagreed.answer.startswith("同事想先调prompt")


def test_a_story_heading_that_asks_is_not_quoted_inside_another_request() -> None:
    # a heading that asks is the notes' own question: no story question is made of it, in
    # either language ('Tell me about "你如何应对压力和紧急的 deadline？": what was…')
    for heading in (
        "Tell me about a time you failed",
        "行为面试：讲一次失败的经历",
        "你如何应对压力？",
    ):
        assert story_question(heading, False) is None and story_question(heading, True) is None
    # a kind's label before a request: the request is asked, not named inside another
    story = "情境：上线没有灰度。\n行动：回滚并补了AB实验。\n结果：之后都先灰度5%。\n"
    (failed,) = _asked(f"## 行为面试故事：讲一次失败的经历\n{story}")
    assert failed.question == "讲一次失败的经历"


def test_a_resume_section_is_the_self_introduction_not_a_project() -> None:
    lines = "硕士 2018 中科院计算所 模式识别\n2019-2022 字节跳动 推荐算法工程师 负责召回模型\n"
    for heading in ("个人简介", "个人背景", "简历", "Profile", "My resume", "About myself"):
        parsed = parse_note(f"## {heading}\n{lines}", "/notes/cv.md")
        assert parsed.projects == [], heading
        assert [q.stage for q in parsed.questions] == ["self_intro"], heading
    # a heading that only mentions one is still what it names
    assert kind_of_heading("简历上的项目") != "self_intro"
    assert kind_of_heading("用户画像 Profile") != "self_intro"


def test_long_jotted_chinese_lines_that_start_anew_stay_apart() -> None:
    text = (
        "## 行为面试：讲一次和同事意见不一致的经历\n"
        "同事想先调prompt 我认为问题在检索\n我用200条日志做了对比 证明70%的错误来自检索\n"
        "最后我们先改检索 两周后准确率提升了15%\n"
        "## 讲一次失败的经历\n去年上线一个排序模型时没有做灰度 直接全量\n结果点击率掉了8%\n"
        "我回滚后补了AB实验流程\n之后每次上线都先灰度5%流量\n"
    )
    disagreed, failed = _asked(text)
    assert disagreed.topic == "Conflict"
    assert disagreed.answer.split("\n")[-1].startswith("最后我们先改检索")
    assert "掉了8%\n我回滚后" in failed.answer and "直接全量\n结果" in failed.answer


def test_a_question_list_answered_by_number_under_an_answers_heading() -> None:
    text = (
        "## 高频面试题\n1. 什么是KV cache？\n2. LoRA为什么能省显存？\n"
        "3. BM25和TF-IDF有什么区别？\n\n"
        "### 答案\n1. KV cache 缓存之前 token 的 key 和 value\n避免重复计算注意力\n"
        "2. LoRA 冻结原模型权重，只训练两个低秩矩阵。\n3. BM25 对词频做了饱和处理\n\n"
        "## Common questions\n1. What is the KV cache?\n2. Why does LoRA save memory?\n\n"
        "Answers:\n1. It stores the keys and values of earlier tokens.\n"
        "2. Only two low-rank matrices are trained.\n"
    )
    asked = {q.question: q for q in _asked(text)}
    assert asked["什么是KV cache？"].answer == (
        "KV cache 缓存之前 token 的 key 和 value\n避免重复计算注意力"
    )
    assert asked["LoRA为什么能省显存？"].answer == "LoRA 冻结原模型权重，只训练两个低秩矩阵。"
    assert asked["BM25和TF-IDF有什么区别？"].answer == "BM25 对词频做了饱和处理"
    assert (
        asked["What is the KV cache?"].answer == "It stores the keys and values of earlier tokens."
    )
    assert asked["Why does LoRA save memory?"].answer == "Only two low-rank matrices are trained."
    assert len(asked) == 5  # each asked once, not again from its line in the list
    cited = asked["LoRA为什么能省显存？"].citation
    assert (cited.line_start, cited.line_end) == (9, 9)


def test_a_numbered_list_after_an_unrelated_heading_answers_nothing() -> None:
    text = (
        "## 面试题\n1. 什么是KV cache？\n2. LoRA为什么能省显存？\n\n"
        "## 项目\n1. 做了检索模块\n2. 做了评测\n"
    )
    assert all(q.answer == "" for q in _asked(text) if q.stage == "fundamentals")


def test_a_word_a_pdf_broke_with_a_hyphen_is_whole_again() -> None:
    text = (
        "### Why does LoRA save memory?\n"
        "LoRA freezes the original weights and trains two low-rank matri-\n"
        "ces, so there are few trainable parameters and the optimizer state\n"
        "and gradients take little memory.\n"
    )
    (lora,) = _asked(text)
    assert "two low-rank matrices, so there" in lora.answer


def test_list_items_that_ask_with_their_answers_nested_under_them() -> None:
    text = (
        "## 三、HR\n- 为什么离开上一家公司？\n  想做更偏大模型的方向。\n"
        "- 你的缺点是什么？\n  有时候太追求细节。\n\n"
        "## HR\n* Why did you leave your last job?\n    I wanted to work on LLMs full time.\n"
        "* Where do you see yourself in five years?\n    Leading a small applied-research team.\n"
    )
    asked = {q.question: q.answer for q in _asked(text)}
    assert asked == {
        "为什么离开上一家公司？": "想做更偏大模型的方向。",
        "你的缺点是什么？": "有时候太追求细节。",
        "Why did you leave your last job?": "I wanted to work on LLMs full time.",
        "Where do you see yourself in five years?": "Leading a small applied-research team.",
    }
    # a list of points is no list of questions: an item that asks nothing stays a point
    (lora,) = _asked("## LoRA 为什么省显存？\n- 只训练低秩矩阵\n  参数少\n- 优化器状态小\n")
    assert lora.answer.startswith("- 只训练低秩矩阵")


def test_a_question_numbered_q1_is_asked_without_its_number() -> None:
    text = (
        "## Round 1\n\n**Q1. What is the bias-variance tradeoff?**\nBias underfits, variance "
        "overfits.\n\n**Q2. How does dropout work?**\nUnits are zeroed while training.\n\n"
        "问题3、什么是 KV cache？\n缓存之前 token 的 K 和 V。\n"
    )
    assert [(q.question, q.topic) for q in _asked(text)] == [
        ("What is the bias-variance tradeoff?", "bias-variance tradeoff"),
        ("How does dropout work?", "dropout"),
        ("什么是 KV cache？", "KV cache"),
    ]
    pairs = (
        "Q1. What is dropout?\nA1. Units are zeroed while training.\n\n"
        "Q2. What is BN?\nA2. It normalizes.\n"
    )
    assert [(q.question, q.answer) for q in _asked(pairs)] == [
        ("What is dropout?", "Units are zeroed while training."),
        ("What is BN?", "It normalizes."),
    ]


def test_a_printed_pages_full_line_still_runs_on_before_a_sentence_opener() -> None:
    text = (
        "### 怎么定位问题的？\n"
        "为了验证检索质量，我们先从线上日志里抽样标注了两百条差评问题，在这个过程中\n"
        "我们发现大部分错误来自检索没有召回，而不是生成的问题，于是先改了检索的召回。\n"
    )
    (found,) = _asked(text)
    assert "在这个过程中我们发现" in found.answer
