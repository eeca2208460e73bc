"""The terminal counts in English words: "1 file", "4 files", never "file(s)"."""

from __future__ import annotations

import pytest

from agent.grader_check import GraderCheck, describe
from knowledge import IngestReport
from mianba.commands.ingest import summary
from mianba.commands.interview import UsageError, parse_stages


def test_ingest_says_one_file_and_many_passages() -> None:
    one = IngestReport(collection="notes", files_seen=1, imported=["a.md"], chunks=1, questions=0)
    assert summary(one)[0] == "Imported 1 file: 1 passage, 0 questions."
    many = IngestReport(collection="notes", files_seen=4, imported=list("abcd"), chunks=37)
    many.questions = 12
    assert summary(many)[0] == "Imported 4 files: 37 passages, 12 questions."
    assert "(s)" not in "\n".join(summary(one) + summary(many))


@pytest.mark.parametrize(
    ("stages", "said"),
    [("fundamental", "unknown stage fundamental:"), ("a,b", "unknown stages a, b:")],
)
def test_an_unknown_stage_is_named_in_the_right_number(stages: str, said: str) -> None:
    with pytest.raises(UsageError, match=said):
        parse_stages(stages)


@pytest.mark.parametrize(("failed", "said"), [(1, " 1 answer could"), (3, " 3 answers could")])
def test_the_grader_check_counts_unscored_answers(failed: int, said: str) -> None:
    check = GraderCheck("http://127.0.0.1:9/v1", "m", "en", 5, 6, 70.0, failed, "2026-01-01")
    assert said in describe(check, "en") and "(s)" not in describe(check, "en")
