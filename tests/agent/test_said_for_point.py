"""Each key point on the card quotes what the answer said for it ("你说：“…”"), so a
candidate can check a mark: an unflagged wrong answer ("反向 KL … 多峰的时候会摊开") was
shown a bare ✓ beside the notes' claim about the other KL.

Offline the quote is the sentence that covered the point best (its clause when long) or
the clause read as contradicting it; with the rubric LLM, the model's own quote when it is
the answer's words, else code's.
"""

from __future__ import annotations

import json
from pathlib import Path

from scoring_fixtures import LORA, NOTES, MemoryRetriever, rubric_reply
from scripted_server import ScriptedLLMServer

from agent import AgentConfig, Answer, LLMConfig, LLMGateway, Look, Scorer, feedback_html
from agent._answer_text import units
from agent._export import _markdown_feedback
from agent._html import words_in
from agent._said_for_point import QUOTE_UNITS, QUOTE_WORDS, quote_for

RIGHT = "LoRA 会冻结预训练模型的权重，不直接更新原参数。"
WRONG = "推理时会有明显的额外延迟"
ANSWER = f"{RIGHT}{WRONG}，BA 没法合并回原权重。"


def offline(tmp_path: Path, answer: str = ANSWER, language: str = "zh"):
    config = AgentConfig(sessions_db=tmp_path / "s.sqlite", language=language)  # type: ignore[arg-type]
    return Scorer(config, None, None).score(
        LORA.question, Answer(text=answer), "fundamentals", references=[LORA]
    )


def test_a_short_sentence_is_quoted_whole() -> None:
    assert quote_for("LoRA 冻结权重", RIGHT) == RIGHT.strip()


def test_a_long_sentence_is_quoted_by_its_clause_nearest_the_point() -> None:
    sentence = (
        "We started from a plain BM25 baseline that everyone on the team already knew well, "
        "then we added a cross-encoder reranker over the top one hundred candidates, "
        "and finally we tuned the cut-off on a held-out set of two thousand queries."
    )
    quote = quote_for("Cross-encoder reranker on the top 100", sentence)
    assert "cross-encoder reranker" in quote
    assert "BM25" not in quote and units(quote) <= QUOTE_WORDS


def test_a_long_clause_is_cut_with_an_ellipsis_in_either_language() -> None:
    english = " ".join(["tokens"] * 90)
    assert quote_for("tokens", english).endswith("…")
    assert units(quote_for("tokens", english)) == QUOTE_WORDS
    chinese = "我们把检索结果" * 20
    cut = quote_for("检索结果", chinese)
    assert cut.endswith("…") and len(cut) == QUOTE_UNITS + 1


def test_the_offline_card_quotes_the_words_each_mark_was_read_from(tmp_path: Path) -> None:
    score = offline(tmp_path)
    by_status = {kp.status: kp for kp in score.key_points}
    assert set(by_status) == {"hit", "missed", "contradicted"}
    assert by_status["hit"].said == RIGHT  # as said, the whole short sentence
    assert by_status["contradicted"].said == WRONG  # the clause read as saying otherwise
    assert by_status["missed"].said == ""  # nothing said for it, nothing quoted


def test_the_card_and_the_export_show_the_quote_under_its_point(tmp_path: Path) -> None:
    score = offline(tmp_path)
    drawn = feedback_html(score, Look(words=words_in("zh")))
    assert f"你说：“{RIGHT}”" in drawn and f"你说：“{WRONG}”" in drawn
    assert drawn.count("你说：") == 2  # none under the point missed
    english = feedback_html(score, Look(words=words_in("en")))
    assert f"You said: “{WRONG}”" in english
    lines = _markdown_feedback(score.model_dump(mode="json"), "zh")
    at = next(i for i, line in enumerate(lines) if line.startswith("- [") and "冻结" in line)
    assert lines[at + 1] == f"  - 你说：“{RIGHT}”"


def test_a_session_kept_before_quotes_exports_as_before(tmp_path: Path) -> None:
    stored = offline(tmp_path).model_dump(mode="json")
    for kp in stored["key_points"]:
        del kp["said"]  # a score stored by an earlier version
    assert not any("你说" in line for line in _markdown_feedback(stored, "zh"))


def scorer_with_llm(llm_config: LLMConfig, tmp_path: Path) -> Scorer:
    config = AgentConfig(sessions_db=tmp_path / "s.sqlite", llm=llm_config, language="zh")
    gateway = LLMGateway(config.llm, sleep=lambda s: None)
    return Scorer(config, MemoryRetriever(NOTES), gateway)


def test_the_rubric_s_own_quote_is_shown_when_it_is_the_answer_s_words(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
) -> None:
    own = "冻结预训练模型的权重"
    invented = "LoRA 使用了量子退火"  # not in the answer: code's words are shown instead
    reply = json.loads(rubric_reply("fundamentals", 3, 4, quotes=[own, invented, ""]))
    reply["key_points"]["3"]["mark"] = "missed"
    scripted_llm.push(json.dumps(reply, ensure_ascii=False))
    answer = f"{RIGHT}它在注意力层旁边加两个低秩矩阵 A 和 B，只训练这两个矩阵。"
    score = scorer_with_llm(llm_config, tmp_path).score(
        LORA.question, Answer(text=answer), "fundamentals"
    )
    assert score.status == "llm"
    first, second, third = score.key_points
    assert first.said == own
    assert invented not in second.said and second.said in answer and second.said
    assert third.status == "missed" and third.said == ""
