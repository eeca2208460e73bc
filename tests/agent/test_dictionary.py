"""Everyday words of an answer read in its notes' language by CC-CEDICT: only where the
notes say one of a word's senses, never a guessed translation."""

from __future__ import annotations

from agent._coverage import measure
from agent._dictionary import in_notes_language
from agent.keypoints import key_points

SONGS = """session = plays split by 30 min gap; last 50 tracks as input
play < 30s = skip -> NOT a positive (kept as hard neg)
item-CF ignores order -> after a slow sad song it still pushes hits"""


def test_a_chinese_word_is_read_as_the_english_notes_say_one_of_its_senses() -> None:
    read = in_notes_language("按三十分钟间隔切成会话，没听满的算跳过", SONGS)
    assert "session" in read and "skip" in read and "gap" in read
    # 听 ("listen") is no word of the notes: left as said
    assert "听" in read


def test_a_word_the_notes_do_not_say_in_any_sense_is_not_translated() -> None:
    assert in_notes_language("我们用了多进程加载数据", SONGS) == "我们用了多进程加载数据"


def test_an_english_answer_meets_chinese_notes_the_other_way() -> None:
    read = in_notes_language(
        "we split plays into sessions and skip short ones", "切会话，跳过的不算"
    )
    assert "会话" in read and "跳过" in read and "split" in read


def test_a_word_the_question_says_stays_as_said_back() -> None:
    assert "会话" in in_notes_language("会话怎么切", SONGS, question="会话是怎么切的？")


def test_a_chinese_answer_to_english_notes_covers_their_points() -> None:
    points = key_points(SONGS, 8)
    answer = "我们把播放按三十分钟的间隔切成会话；没听满三十秒的算跳过，不当正样本。"
    found = measure(points, answer, "数据是怎么处理的？")
    assert found.points[0].status != "missed"  # session / split / gap, said in Chinese
    assert "".join(found.content) == answer  # the card keeps what was said
