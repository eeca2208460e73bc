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
    """ "Grouped-query attention is attention with grouped queries" says the question again."""
    point = Point(text="GQA: query heads in G groups share one K/V head")
    question = "What is grouped-query attention?"
    padded = "Grouped-query attention is attention where the queries are grouped, grouped query."
    assert measure([point], padded, question).points[0].covered < 0.3
