"""Acronyms said in full: "supervised fine-tuning" says the notes' "SFT"."""

from __future__ import annotations

from agent._acronyms import acronyms_in, spelled_out
from agent._coverage import measure
from agent.keypoints import Point


def test_the_words_whose_initials_spell_an_acronym_say_it():
    known = acronyms_in(["1) SFT 2) RM on preference pairs", "KV cache per layer"])
    assert known == {"sft", "rm", "kv"}
    said = "First supervised fine-tuning, then a reward model; the key-value cache grows."
    assert spelled_out(said, known) == {"sft", "rm", "kv"}
    # a function word breaks the run; words the question asked tell nothing new
    assert spelled_out("rather than more", {"rm"}) == set()
    assert spelled_out("reward model", {"rm"}, asked={"reward", "model"}) == set()


def test_a_point_in_acronyms_is_covered_by_its_words_said_in_full():
    point = Point(text="PPO-RLHF: SFT -> RM -> RL")
    question = "How does RLHF with PPO work?"
    told = "You start with supervised fine-tuning, then train a reward model, then run RL."
    assert measure([point], told, question).points[0].covered >= 0.6
    vague = "You start with some training, then you run RL."
    assert measure([point], vague, question).points[0].covered < 0.6


def test_an_acronym_the_question_spells_out_is_no_point_made():
    """The question's "grouped-query attention" said again is no "GQA" told: the answer
    covers the point as far as it would without saying the name at all."""
    point = Point(text="GQA: G groups")
    question = "What is grouped-query attention, and why do newer LLMs use it?"
    named = (
        "Newer LLMs use grouped-query attention because it is grouped-query attention, "
        "the queries get grouped."
    )
    unnamed = "Newer LLMs use it because it is what it is, the queries get grouped."
    covered = [measure([point], said, question).points[0].covered for said in (named, unnamed)]
    assert covered[0] == covered[1]
