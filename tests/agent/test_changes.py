"""A change told the other way round, to another named thing, or a rejection of what the notes
chose contradicts its key point; the same change in other words does not."""

from __future__ import annotations

import pytest

from agent._coverage import measure
from agent.keypoints import Point

MIGRATION = Point(
    text="Led the migration of the settlement pipeline from nightly batch jobs to Kafka streaming"
)
DELAY = Point(text="settlement delay went from 24 hours to under 5 minutes")
OPERATOR = Point(text="我把特征拼接从 Python 挪到 C++ 算子里")
WHISPER = Point(text="Moved transcription from Whisper large-v2 to distil-whisper on the A10G GPUs")


def _status(point: Point, answer: str) -> str:
    return measure([point], answer, "Walk me through the project.").statuses[0]


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        (MIGRATION, "I moved the settlement pipeline from Kafka streaming to nightly batch jobs."),
        (DELAY, "Settlement delay went from 5 minutes to 24 hours."),
        (OPERATOR, "我把特征拼接从 C++ 挪回了 Python 里。"),
        (WHISPER, "We moved transcription from Whisper large-v2 to Whisper tiny."),
        (MIGRATION, "We moved the settlement pipeline from nightly batch jobs to a Flink job."),
        (WHISPER, "We kept Whisper large-v2 and ran transcription on CPUs instead of the A10Gs."),
    ],
)
def test_a_change_turned_round_or_filled_with_another_thing_contradicts(
    point: Point, answer: str
) -> None:
    assert _status(point, answer) == "contradicted"


@pytest.mark.parametrize(
    ("point", "answer"),
    [
        (MIGRATION, "I led moving the settlement pipeline off nightly batch jobs onto Kafka."),
        (MIGRATION, "We went from nightly batch jobs to streaming everything through Kafka."),
        (MIGRATION, "We went from nightly batch jobs to real-time processing."),
        (DELAY, "It cut settlement delay from a full day to less than five minutes."),
        (OPERATOR, "我先把特征拼接从 Python 挪进了 C++ 算子。"),
        (WHISPER, "Transcription moved from Whisper large-v2 to distil-whisper, still on A10Gs."),
        (WHISPER, "We served distil-whisper on the A10G GPUs rather than on CPUs."),
    ],
)
def test_the_same_change_in_other_words_is_no_contradiction(point: Point, answer: str) -> None:
    assert _status(point, answer) != "contradicted"
