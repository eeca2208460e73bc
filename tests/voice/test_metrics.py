import pytest

from voice import Segment, Word, compute_metrics
from voice.metrics import LONG_PAUSE_S, count_fillers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("嗯，我们用了LoRA。", {"嗯": 1}),
        ("呃呃，这个问题", {"呃": 2}),
        ("然后，我们训练模型。", {"然后": 1}),  # a clause of its own
        ("然后我们训练了模型。", {}),  # a connective, not a filler
        ("那个，就是，这个模型", {"那个": 1, "就是": 1}),
        ("我们用了那个模型。", {}),  # a demonstrative
        ("这就是原因。", {}),
        ("就是就是我们用了RAG", {"就是": 1}),  # repeated: one hesitation
        ("啊，这个嘛", {"啊": 1}),
        ("是啊，对的", {}),
    ],
)
def test_chinese_filler_heuristic(text: str, expected: dict[str, int]) -> None:
    assert dict(count_fillers(text, "zh")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Um, I think so.", {"um": 1}),
        ("It was, like, really fast.", {"like": 1}),
        ("I like RAG. It looks like a graph.", {}),
        ("It works, you know.", {"you know": 1}),
        ("Do you know BM25?", {}),
        ("It was like like a cache.", {"like": 1}),
        ("Uh, I mean, it, uh, depends.", {"uh": 2, "i mean": 1}),
    ],
)
def test_english_filler_heuristic(text: str, expected: dict[str, int]) -> None:
    assert dict(count_fillers(text, "en")) == expected


def test_chinese_rate_pauses_first_word_and_english_share() -> None:
    segments = [
        Segment(start=1.0, end=4.0, text="我们用了LoRA和KV cache。"),  # 5 Han + 3 English words
        Segment(start=6.5, end=10.0, text="嗯，然后，效果很好。"),  # 7 Han
    ]
    m = compute_metrics(segments, 11.0, "zh")
    assert m.rate_unit == "chars/min"
    assert m.speech_span_s == 9.0
    assert m.speaking_rate == pytest.approx(15 * 60 / 9.0, abs=0.1)
    assert m.filler_counts == {"嗯": 1, "然后": 1}
    assert m.fillers_per_min == pytest.approx(2 * 60 / 9.0, abs=0.01)
    assert (m.long_pauses, m.longest_pause_s) == (1, 2.5)
    assert m.time_to_first_word_s == 1.0
    assert m.english_term_share == pytest.approx(3 / 15, abs=0.001)


def test_word_timestamps_drive_pauses_when_present() -> None:
    words = [Word(start=0.5, end=0.9, text=" We"), Word(start=3.2, end=3.6, text=" rank")]
    m = compute_metrics([Segment(start=0.0, end=3.6, text="We rank", words=words)], 4.0, "en")
    assert m.time_to_first_word_s == 0.5  # the word, not the padded segment start
    assert m.long_pauses == 1 and m.longest_pause_s == pytest.approx(2.3)
    assert m.english_term_share is None
    assert m.long_pause_threshold_s == LONG_PAUSE_S


def test_nothing_said() -> None:
    m = compute_metrics([], 5.0, "en")
    assert m.speaking_rate == 0 and m.time_to_first_word_s is None and m.filler_count == 0


def test_heard_speech_times_pauses_and_first_word() -> None:
    """VAD stretches (what the local backend passes) time the answer; a stretch that
    overlaps no transcribed segment (a cough before answering) is not speech."""
    segments = [
        Segment(start=1.0, end=4.2, text="We rank chunks."),
        Segment(start=4.2, end=9.0, text="Then we rerank them."),  # Whisper hides the pause
    ]
    heard = [(0.1, 0.3), (1.3, 2.9), (3.1, 4.0), (6.6, 8.7)]  # (0.1, 0.3): a cough
    m = compute_metrics(segments, 10.0, "en", speech=heard)
    assert m.time_to_first_word_s == 1.3
    assert m.speech_span_s == pytest.approx(7.4)
    assert m.speaking_rate == pytest.approx(7 * 60 / 7.4, abs=0.1)
    assert (m.long_pauses, m.longest_pause_s) == (1, 2.6)


def test_segment_times_when_the_vad_heard_nothing_under_the_transcript() -> None:
    segments = [Segment(start=1.0, end=2.0, text="Yes."), Segment(start=4.5, end=5.0, text="No.")]
    m = compute_metrics(segments, 6.0, "en", speech=[(5.5, 5.9)])
    assert (m.time_to_first_word_s, m.long_pauses, m.longest_pause_s) == (1.0, 1, 2.5)
