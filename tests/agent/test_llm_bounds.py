"""What code believes of a rubric reply (agent._llm_bounds): the support curve (rule 2)
and the overall read twice (rule 3) - the rubric's and the offline estimate's on the same
answer, half each, within a band of the estimate.

The real gateway over HTTP to the scripted server; the offline estimate of the same
answer comes from the same Scorer class with no LLM. Rules 1 and 2 over HTTP are in
test_scoring.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from scoring_fixtures import CONFLICT, NOTES, MemoryRetriever, rubric_reply
from scripted_server import ScriptedLLMServer

from agent import AgentConfig, Answer, LLMConfig, LLMGateway, Scorer, ScoringConfig, TurnScore

STRONG = (
    "实习时我和同事在评测指标上有分歧，我负责一周内定下评测方案。我先把两种方案的数据整理出来，"
    "约他一起对比，最后把两个指标合并，上线后反馈很好。我学到要先用数据说话。"
)
PARTIAL = "我和同事对评测指标有分歧，后来我们沟通解决了，我觉得沟通很重要。"


def score(answer: str, tmp_path: Path, llm_config: LLMConfig | None, **scoring: float) -> TurnScore:
    config = AgentConfig(
        sessions_db=tmp_path / "s.sqlite",
        llm=llm_config or LLMConfig(),
        scoring=ScoringConfig(**scoring),
    )
    gateway = LLMGateway(config.llm, sleep=lambda s: None) if llm_config else None
    scorer = Scorer(config, MemoryRetriever(NOTES), gateway)
    return scorer.score(CONFLICT.question, Answer(text=answer), "behavioral")


def test_code_evidence_decides_what_a_weak_grader_scores_alike(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    """Behavioral dimensions are all form: a grader giving every answer 4s leaves a strong
    and a partial answer tied on the rubric; the estimate's reading orders them."""
    scripted_llm.on_chat = lambda request: rubric_reply("behavioral", 5, 4)
    strong, partial = (score(a, tmp_path, llm_config) for a in (STRONG, PARTIAL))
    offline = [score(a, tmp_path, None).overall for a in (STRONG, PARTIAL)]

    scores = [[d.score for d in t.dimensions] for t in (strong, partial)]
    assert scores[0] == scores[1]  # the rubric alone cannot tell them apart
    assert "评分模型 75" in strong.summary and "评分模型 75" in partial.summary
    assert offline[0] is not None and offline[1] is not None and offline[0] > offline[1]
    assert strong.overall is not None and partial.overall is not None
    assert strong.overall > partial.overall


def careful_reply() -> str:
    """A careful grader of PARTIAL: the one point it makes, quoted; 4 on every (form)
    dimension, which that point supports - every claim it makes holds."""
    reply = json.loads(rubric_reply("behavioral", 5, 4, status="missed"))
    reply["key_points"]["1"] = {"quote": "我和同事对评测指标有分歧", "mark": "hit"}
    return json.dumps(reply, ensure_ascii=False)


def test_a_grader_moves_the_estimate_at_most_by_the_band(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    """A partial answer the estimate puts at 25 and a careful grader at 75 ends 15 above
    the estimate (the default band), not halfway; a wider band leaves it halfway."""
    scripted_llm.on_chat = lambda request: careful_reply()
    offline = score(PARTIAL, tmp_path, None).overall
    turn = score(PARTIAL, tmp_path, llm_config)

    assert offline is not None and turn.status == "llm" and "评分模型 75" in turn.summary
    assert "评分模型占 50%" in turn.summary  # every claim held: half each
    assert turn.overall == offline + 15 and "相差不超过 15" in turn.summary
    halfway = score(PARTIAL, tmp_path, llm_config, llm_offline_band=100.0)
    assert halfway.overall == round((75 + offline) / 2, 1) > offline + 15


def test_a_grader_shown_wrong_on_its_own_claims_has_less_say(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    """The same scores with every point marked "hit" on quotes the answer does not hold
    and dimension quotes it does not hold: the rubric's 75 weighs less than the careful
    grader's; the estimate's reading, the same, weighs more."""
    sloppy = rubric_reply("behavioral", 5, 4, evidence="我们用数据说服了老板", quotes="数据对比")
    scripted_llm.on_chat = lambda request: sloppy
    offline = score(PARTIAL, tmp_path, None).overall
    turn = score(PARTIAL, tmp_path, llm_config, llm_offline_band=100.0)

    assert offline is not None and "评分模型 75" in turn.summary
    assert turn.overall is not None and offline < turn.overall < (75 + offline) / 2
    assert "评分模型占 50%" not in turn.summary


def test_half_the_points_supports_a_four_not_a_five_as_offline() -> None:
    """Rule 2 follows the offline estimate's curve: a partial answer making half the
    points is held below a complete one however generous the model is."""
    from agent._llm_bounds import _Reading, _support_ceiling

    def ceiling(credits: list[float]) -> int:
        return _support_ceiling([_Reading("hit" if c else "missed", c, c) for c in credits])

    assert ceiling([1.0, 1.0, 0.0, 0.0]) == 4
    assert ceiling([1.0, 1.0, 1.0, 0.0]) == 5
    assert ceiling([1.0, 1.0, 1.0, 1.0]) == 5
    assert ceiling([0.0, 0.0, 0.0, 0.0]) == 1


def test_answers_the_estimate_scores_alike_are_ordered_by_the_model(
    scripted_llm: ScriptedLLMServer, llm_config: LLMConfig, tmp_path: Path
):
    """However little of a reply held, the rubric keeps a quarter of the overall: an
    answer the estimate puts at 0 is lifted a little by a grader's 5s and not by its 1s
    (every claim of the 5s failed: invented quotes, scores lowered to what code allows)."""
    vague = "有一次我和产品经理对上线时间有不同看法，后来大家各退一步，事情就过去了。"
    invented = {"evidence": "我们用数据说服了老板", "quotes": "数据对比"}
    scripted_llm.push(rubric_reply("behavioral", 5, 1, **invented))
    scripted_llm.push(rubric_reply("behavioral", 5, 5, **invented))
    low, high = (score(vague, tmp_path, llm_config) for _ in range(2))

    assert score(vague, tmp_path, None).overall == 0.0
    assert low.overall == 0.0 and "评分模型 0" in low.summary
    assert high.overall is not None and high.overall > 0.0 and "评分模型 50" in high.summary
    assert "评分模型占 25%" in high.summary  # no claim held: the least share
