"""A follow-up does not name a point by the purpose clause of it ("为了日常回归", "防止两者
一起下降", "to catch them both falling together"): the purpose says what the deed was for,
and "能再说说为了日常回归吗？你当时做了什么" asks about no deed at all."""

from __future__ import annotations

import re

import pytest
from follow_up_fixtures import ask

# written for this test, in the shape of notes' long lines
POINTS = {
    "zh": [
        "为了日常回归，我们也用 LLM 做自动判断（把答案拆成陈述逐条核对），"
        "它和人工标注的一致率约 87%",
        "最后用 0.1，并在验证集上监控 chosen 和 rejected 的对数概率，防止两者一起下降",
    ],
    "en": [
        "I settled on 0.1 and watched the log-probabilities of chosen and rejected on the "
        "validation set, to catch them both falling together",
        "To keep the index fresh, we rebuilt it every night from the ticket database",
    ],
}
_PURPOSE_NAMED = re.compile(
    r"(?:说说|关于|还有|：)(?:为了|防止)|^(?:为了|防止)|[:,] to (?:catch|keep)|: to keep", re.I
)


@pytest.mark.parametrize(
    ("language", "point"), [(lang, p) for lang, points in POINTS.items() for p in points]
)
@pytest.mark.parametrize("seq", [0, 1, 2])
def test_a_point_is_not_named_by_its_purpose(language: str, point: str, seq: int) -> None:
    text = ask(point, "project", language, seq)
    assert not _PURPOSE_NAMED.search(text), text
