"""A fragment of the notes set into an offline follow-up reads as part of its sentence:
in English a line's plain first word loses its capital (a name keeps it); in Chinese a
latin word at the fragment's edge is spaced on both sides, as the templates write one."""

from __future__ import annotations

import pytest

from agent._capitals import mid_sentence
from agent._questions import FollowUp, offline_follow_up, zh_spaced
from agent.keypoints import Point
from agent.state import InterviewOptions


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("Thousands of support tickets a day", "thousands of support"),
        ("Base model Qwen 7B", "base model Qwen"),
        ("Hundreds of queries per second", "hundreds of queries"),
        ("Qwen is the base model", "Qwen is"),
        ("Qwen 7B as the base", "Qwen 7B"),
        ("Llama 3 as the teacher", "Llama 3"),
        ("LoRA on every layer", "LoRA on"),
        ("BM25 first, then dense", "BM25 first"),
        ("GPT-4 labelled the pairs", "GPT-4 labelled"),
        ("I owned the retrieval", "I owned"),
        ("Google released BERT", "Google released"),
    ],
)
def test_a_lines_plain_first_word_is_lower_cased_and_a_name_is_not(phrase: str, said: str) -> None:
    assert mid_sentence(phrase).startswith(said)


def test_a_word_the_notes_capitalise_mid_line_is_a_name() -> None:
    notes = "We started from Base and tuned it.\nBase handles the long tail"
    assert mid_sentence("Base handles the long tail", notes).startswith("Base handles")


@pytest.mark.parametrize("seq", range(3))
def test_an_english_follow_up_says_a_plain_first_word_in_lower_case(seq: int) -> None:
    tickets = "Thousands of support tickets a day were routed by hand"
    probe = Point(text=tickets, context="Background")
    asked = offline_follow_up(FollowUp(probe, [], "project"), InterviewOptions(language="en"), seq)
    assert "Thousands" not in asked and "thousands of support tickets" in asked, asked
    probe = Point(text="Base model Qwen 7B, fine-tuned with LoRA")
    asked = offline_follow_up(FollowUp(probe, [], "project"), InterviewOptions(language="en"), seq)
    assert "Base model" not in asked and "base model Qwen 7B" in asked, asked


@pytest.mark.parametrize(
    ("phrase", "spaced"),
    [
        ("harmless的原则", " harmless 的原则"),
        ("用了LoRA", "用了 LoRA "),
        ("GPT-4标注的数据", " GPT-4 标注的数据"),
        ("LoRA 微调", " LoRA 微调"),
        ("用 LoRA 微调", "用 LoRA 微调"),
        ("检索", "检索"),
    ],
)
def test_a_latin_word_at_a_chinese_fragments_edge_is_spaced_on_both_sides(
    phrase: str, spaced: str
) -> None:
    assert zh_spaced(phrase) == spaced


@pytest.mark.parametrize("seq", range(3))
def test_a_chinese_follow_up_spaces_a_latin_word_on_both_sides(seq: int) -> None:
    hit = Point(text="harmless的原则")
    about = FollowUp(Point(text="用 DPO 对齐"), [hit], "project", said="我们遵循 harmless的原则")
    asked = offline_follow_up(about, InterviewOptions(language="zh"), seq)
    assert "harmless 的原则" in asked and "harmless的" not in asked, asked
