"""The offline estimate orders answers of known quality (tests/agent/judgement_set.py).

Orderings and ceilings, not one model's numbers: padded and off-topic answers stay at
or under 40, a strong answer beats every weak one, a wrong account sharing the notes'
words is not rewarded for them. The share of fully ordered questions is printed by
benchmarks/_judgement_scores.py; here it is held above what the estimate reached when
this test was written, so a change that loses ground fails.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from judgement_set import KINDS, Case, all_cases

from agent import AgentConfig, Answer, Scorer

pytestmark = pytest.mark.slow  # the real offline embedder on 200 answers

CEILING = 40.0
# measured with USE multilingual, after the third ordering round (a vague on-topic answer
# earns a little, denials and a contradicting clause's credit read clause by clause;
# held-out 5 written before it)
FULLY_ORDERED_AT_LEAST = 0.9  # measured 0.975 (39/40); 0.875 (35/40) before the round
HELD_OUT_ORDERED_AT_LEAST = 0.9  # measured 1.0 (10/10); 0.9 before the round
HELD_OUT_2_ORDERED_AT_LEAST = 0.9  # measured 1.0 (12/12); 0.58 (7/12) before the work
HELD_OUT_3_ORDERED_AT_LEAST = 0.9  # measured 1.0 (10/10); 0.8 as written, blind; 0.4 before
HELD_OUT_4_ORDERED_AT_LEAST = 0.65  # measured 0.83 (5/6); 0/6 as written, blind; 2/6 before
# after the fourth round (contrasts in the reference, "rather than", comparisons turned round,
# question lines no points), which read held-out 5's failures: 2/10 blind and after round 3
HELD_OUT_5_ORDERED_AT_LEAST = 0.85  # measured 0.9 (9/10) after round 5; 0.7 after round 4


def _scores(scorers: dict[str, Scorer], case: Case) -> dict[str, float]:
    reference = case.as_bank_entry()
    scorer = scorers[case.language]
    return {
        kind: scorer.score(
            case.question, Answer(text=case.answer(kind)), case.stage, references=[reference]
        ).overall
        or 0.0
        for kind in KINDS
    }


@pytest.fixture(scope="module")
def scored(use_embedder: object, tmp_path_factory: pytest.TempPathFactory):
    db = Path(tmp_path_factory.mktemp("judgement")) / "unused.sqlite"
    scorers = {
        lang: Scorer(AgentConfig(sessions_db=db, language=lang), None, None, use_embedder)  # type: ignore[arg-type]
        for lang in ("zh", "en")
    }
    return {case.case_id: _scores(scorers, case) for case in all_cases()}


def test_the_set_has_forty_questions_in_both_languages_and_all_stages() -> None:
    cases = all_cases()
    assert len(cases) >= 40
    assert {c.language for c in cases} == {"zh", "en"}
    assert {c.stage for c in cases} == {"self_intro", "project", "fundamentals", "behavioral"}


def test_padded_and_off_topic_answers_stay_under_the_ceiling(scored) -> None:
    for case_id, s in scored.items():
        assert s["padded"] <= CEILING, case_id
        assert s["off_topic"] <= CEILING, case_id


def test_a_strong_answer_beats_every_weak_one(scored) -> None:
    for case_id, s in scored.items():
        assert s["strong"] > max(s["partial"], s["wrong"], s["off_topic"], s["padded"]), case_id


def test_a_wrong_kv_cache_account_is_not_rewarded_for_sharing_its_words(scored) -> None:
    for case_id in ("zh-kv-cache", "en-kv-cache"):
        s = scored[case_id]
        assert s["wrong"] < s["partial"] < s["strong"], case_id


def test_most_questions_are_fully_ordered(scored) -> None:
    ordered = [
        s["strong"] > s["partial"] > max(s["wrong"], s["off_topic"], s["padded"])
        for s in scored.values()
    ]
    assert sum(ordered) / len(ordered) >= FULLY_ORDERED_AT_LEAST


def _scored_set(use_embedder: object, tmp: Path, cases: list[Case]) -> dict[str, dict[str, float]]:
    db = tmp / "unused.sqlite"
    scorers = {
        lang: Scorer(AgentConfig(sessions_db=db, language=lang), None, None, use_embedder)  # type: ignore[arg-type]
        for lang in ("zh", "en")
    }
    return {case.case_id: _scores(scorers, case) for case in cases}


@pytest.fixture(scope="module")
def held_out(use_embedder: object, tmp_path_factory: pytest.TempPathFactory):
    from judgement_holdout import CASES

    return _scored_set(use_embedder, Path(tmp_path_factory.mktemp("held_out")), CASES)


@pytest.fixture(scope="module")
def held_out_2(use_embedder: object, tmp_path_factory: pytest.TempPathFactory):
    from judgement_holdout2 import CASES

    return _scored_set(use_embedder, Path(tmp_path_factory.mktemp("held_out_2")), CASES)


def test_held_out_questions_keep_the_ceiling_and_the_strong_answer_first(held_out) -> None:
    """Ten questions written after the constants were chosen (judgement_holdout.py)."""
    assert len(held_out) == 10
    for case_id, s in held_out.items():
        assert max(s["padded"], s["off_topic"]) <= CEILING, case_id
        assert s["strong"] > max(s["partial"], s["wrong"], s["off_topic"], s["padded"]), case_id


def test_most_held_out_questions_are_fully_ordered(held_out) -> None:
    ordered = [
        s["strong"] > s["partial"] > max(s["wrong"], s["off_topic"], s["padded"])
        for s in held_out.values()
    ]
    assert sum(ordered) / len(ordered) >= HELD_OUT_ORDERED_AT_LEAST


def test_second_held_out_set_covers_both_languages_and_all_stages() -> None:
    from judgement_holdout2 import CASES

    assert len(CASES) >= 10
    assert {c.language for c in CASES} == {"zh", "en"}
    assert {c.stage for c in CASES} == {"self_intro", "project", "fundamentals", "behavioral"}


def test_seventh_held_out_set_is_well_formed() -> None:
    """Held-out 7 is a blind, benchmark-only set (printed by benchmarks/_judgement_scores.py):
    its shape is checked here, its scores are held to no threshold."""
    from judgement_holdout7 import CASES

    _assert_well_formed(CASES)


def test_eighth_held_out_set_is_well_formed() -> None:
    """Held-out 8, like 7, is blind and benchmark-only: shape here, no score threshold."""
    from judgement_holdout8 import CASES

    _assert_well_formed(CASES)


def test_ninth_held_out_set_is_well_formed() -> None:
    """Held-out 9, like 7 and 8, is blind and benchmark-only: shape here, no score threshold."""
    from judgement_holdout9 import CASES

    _assert_well_formed(CASES)


def _assert_well_formed(cases: list[Case]) -> None:
    """Twelve cases, six per language, all four stages, five distinct non-empty answers."""
    assert len(cases) == 12
    assert len({c.case_id for c in cases}) == 12
    assert sorted(c.language for c in cases) == ["en"] * 6 + ["zh"] * 6
    assert {c.stage for c in cases} == {"self_intro", "project", "fundamentals", "behavioral"}
    for case in cases:
        assert case.question.strip() and case.reference.strip(), case.case_id
        assert all(case.answer(kind).strip() for kind in KINDS), case.case_id
        assert len({case.answer(kind) for kind in KINDS}) == len(KINDS), case.case_id


def test_second_held_out_set_keeps_the_ceiling_and_the_order(held_out_2) -> None:
    """Twelve questions written before the ordering work (judgement_holdout2.py)."""
    for case_id, s in held_out_2.items():
        assert max(s["padded"], s["off_topic"]) <= CEILING, case_id
        assert s["strong"] > max(s["partial"], s["wrong"], s["off_topic"], s["padded"]), case_id
    ordered = [
        s["strong"] > s["partial"] > max(s["wrong"], s["off_topic"], s["padded"])
        for s in held_out_2.values()
    ]
    assert sum(ordered) / len(ordered) >= HELD_OUT_2_ORDERED_AT_LEAST


@pytest.fixture(scope="module")
def held_out_3(use_embedder: object, tmp_path_factory: pytest.TempPathFactory):
    from judgement_holdout3 import CASES

    return _scored_set(use_embedder, Path(tmp_path_factory.mktemp("held_out_3")), CASES)


def test_third_held_out_set_keeps_the_ceiling_and_most_of_the_order(held_out_3) -> None:
    """Ten questions written after the ordering work and measured once (judgement_holdout3.py)."""
    for case_id, s in held_out_3.items():
        assert max(s["padded"], s["off_topic"]) <= CEILING, case_id
        assert s["strong"] > max(s["partial"], s["wrong"], s["off_topic"], s["padded"]), case_id
    ordered = [
        s["strong"] > s["partial"] > max(s["wrong"], s["off_topic"], s["padded"])
        for s in held_out_3.values()
    ]
    assert sum(ordered) / len(ordered) >= HELD_OUT_3_ORDERED_AT_LEAST


@pytest.fixture(scope="module")
def held_out_4(use_embedder: object, tmp_path_factory: pytest.TempPathFactory):
    from judgement_holdout4 import CASES

    return _scored_set(use_embedder, Path(tmp_path_factory.mktemp("held_out_4")), CASES)


def test_fourth_held_out_set_keeps_the_ceiling_and_the_strong_answer_first(held_out_4) -> None:
    """Six questions written before the second ordering round (judgement_holdout4.py): the
    strong answer first everywhere (a strong one scored 0 and a wrong one tied it before)."""
    for case_id, s in held_out_4.items():
        assert max(s["padded"], s["off_topic"]) <= CEILING, case_id
        assert s["strong"] > max(s["partial"], s["wrong"], s["off_topic"], s["padded"]), case_id
    ordered = [
        s["strong"] > s["partial"] > max(s["wrong"], s["off_topic"], s["padded"])
        for s in held_out_4.values()
    ]
    assert sum(ordered) / len(ordered) >= HELD_OUT_4_ORDERED_AT_LEAST


@pytest.fixture(scope="module")
def held_out_5(use_embedder: object, tmp_path_factory: pytest.TempPathFactory):
    from judgement_holdout5 import CASES

    return _scored_set(use_embedder, Path(tmp_path_factory.mktemp("held_out_5")), CASES)


def test_fifth_held_out_set_keeps_the_ceiling_and_the_strong_answer_first(held_out_5) -> None:
    """Ten questions written before the third round (judgement_holdout5.py): a strong answer
    restating the reference's contrasts ("不在计算而在显存") is first everywhere, and no
    answer restating the question earns anything for a question line of the reference."""
    for case_id, s in held_out_5.items():
        assert max(s["padded"], s["off_topic"]) <= CEILING, case_id
        assert s["strong"] > max(s["partial"], s["wrong"], s["off_topic"], s["padded"]), case_id
    ordered = [
        s["strong"] > s["partial"] > max(s["wrong"], s["off_topic"], s["padded"])
        for s in held_out_5.values()
    ]
    assert sum(ordered) / len(ordered) >= HELD_OUT_5_ORDERED_AT_LEAST


def test_swapped_roles_are_not_rewarded(held_out_2, scored) -> None:
    """The wrong answers that exchange two named things' roles with no negation
    (LayerNorm/BatchNorm, temperature/top-p, Adam/SGD) score below the partial ones."""
    for s in (scored["zh-layernorm"], held_out_2["zh-h2-temperature"], held_out_2["en-h2-adam"]):
        assert s["wrong"] < s["partial"] < s["strong"], s


@pytest.mark.parametrize("number", [*range(10, 40), "_x1"])
def test_later_held_out_sets_are_well_formed(number: int | str) -> None:
    """Held-out 10-39 and the cross-language x1, blind or since read as development sets,
    are benchmark-only too: shape here, no score threshold (benchmarks/_judgement_scores.py
    prints them)."""
    cases = importlib.import_module(f"judgement_holdout{number}").CASES
    _assert_well_formed(cases)
