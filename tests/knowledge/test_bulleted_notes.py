"""Notes written in bullets and emoji points: where each question's answer starts and ends."""

from __future__ import annotations

from knowledge import ParsedNote, Question, parse_note


def _parse(text: str) -> ParsedNote:
    return parse_note(text, "/notes/bullets.md")


def _asked(parsed: ParsedNote, text: str) -> Question:
    return next(q for q in parsed.questions if q.question == text)


def test_a_bulleted_answer_under_a_q_line_that_does_not_ask_is_no_part_of_the_question() -> None:
    text = "**Q: L1 vs L2 regularisation**\n- L1 = sum |w| -> sparse\n- L2 = sum w^2 -> small\n"
    (l1,) = _parse(text).questions
    assert l1.question == "L1 vs L2 regularisation"
    assert l1.answer.startswith("- L1 = sum |w|") and "L2 = sum w^2" in l1.answer


def test_a_run_of_emoji_points_under_a_question_is_all_its_answer() -> None:
    text = (
        "🔥 3. KV Cache 是什么，为什么能加速？\n"
        "✅ 之前 token 的 K、V 不会变，缓存起来\n"
        "✅ 每步的计算从 O(n²) 降到 O(n)\n"
        "✅ 代价是显存\n\n"
        "🔥 4. PagedAttention 解决了什么问题？\n"
        "✅ 预留连续显存浪费 60%~80%\n"
        "✅ 切成固定大小的 block\n"
        "💡 面试官追问：block 多大？→ 一般 16 个 token\n"
    )
    parsed = _parse(text)
    kv = _asked(parsed, "KV Cache 是什么，为什么能加速？")
    assert kv.answer.endswith("代价是显存") and "O(n²)" in kv.answer
    paged = _asked(parsed, "PagedAttention 解决了什么问题？")
    assert "block" in paged.answer and "16 个 token" not in paged.answer
    assert _asked(parsed, "block 多大？").answer.endswith("一般 16 个 token")


def test_a_bold_title_with_an_aside_is_a_heading_and_long_english_titles_too() -> None:
    text = (
        "**self intro** (keep < 2min!!)\n- Priya, MSc Data Science\n- 2 yrs ML engineer\n\n"
        "## Behavioural (STAR)\n\n"
        "**Disagreed with my manager about the launch metric**\n"
        "- S: PM wanted to launch on ROC-AUC alone\n- T: ops can review 2,000 a day\n"
        "- A: built a notebook showing recall at that capacity\n- R: it became the team metric\n"
    )
    asked = {q.stage: q for q in _parse(text).questions}
    assert asked["self_intro"].answer.startswith("- Priya")
    story = asked["behavioral"]
    assert story.question.startswith(
        "Tell me about a time you disagreed with your manager about the launch metric."
    )
    assert story.answer.startswith("- S: PM wanted") and story.answer.endswith("team metric")


def test_emoji_numbered_titles_of_a_web_post_answer_its_question_list() -> None:
    text = (
        "问题列表：\n"
        "1. 介绍一下推理服务优化的项目\n"
        "2. 讲讲 GPTQ 和 AWQ 的区别\n"
        "3. 和同事意见不一致怎么办\n\n"
        "———— 以下是答案 ————\n\n"
        "🔥 1. 推理服务优化项目\n"
        "📌 背景：客服大模型吞吐只有每秒 350 token\n"
        "👉 迁移到 vLLM，用 continuous batching\n"
        "📌 结果：吞吐提升到每秒 910 token\n\n"
        "🔥 2. GPTQ 和 AWQ 的区别\n"
        "✅ 都是 weight-only 的训练后量化\n"
        "✅ AWQ 保护激活值大的通道\n\n"
        "🔥 二面 1. 和同事意见不一致\n"
        "⭐ S：同事想上 TensorRT-LLM\n"
        "⭐ A：两个方案各做 3 天 PoC\n"
        "⭐ R：最后选了 vLLM\n"
    )
    parsed = _parse(text)
    by_stage = {q.stage: q for q in parsed.questions}
    assert [p.name for p in parsed.projects] == ["推理服务优化项目"]
    assert "910 token" in by_stage["project"].answer
    quant = by_stage["fundamentals"]
    assert quant.question == "GPTQ 和 AWQ 的区别" and quant.answer.endswith("激活值大的通道")
    assert (
        "PoC" in by_stage["behavioral"].answer
        and "和同事意见不一致" in by_stage["behavioral"].question
    )
    assert len(parsed.questions) == 3  # the list's lines are asked where they are answered


def test_a_posters_sign_off_is_no_part_of_the_last_story() -> None:
    """Read on a card: "遗漏：最后祝大家都能拿到心仪的 offer！", "可能矛盾：有问题评论区问我～"."""
    text = (
        "## 二面\n\n**和同事意见不一致**\n"
        "S：同事想上 TensorRT-LLM\nA：各做 3 天 PoC\nR：最后选了 vLLM\n\n"
        "最后祝大家都能拿到心仪的 offer！有问题评论区问我～ 🙏\n"
    )
    (story,) = _parse(text).questions
    assert story.answer.endswith("最后选了 vLLM") and "offer" not in story.answer
